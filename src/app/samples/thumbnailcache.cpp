#include "thumbnailcache.h"

#include "core/hashing/contenthash.h"
#include "core/samples/plyfile.h"
#include "core/samples/splatrenderer.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QRegularExpression>
#include <QSaveFile>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <climits>

namespace qm {

namespace {

constexpr qint64 kBlock = 1024 * 1024;
/// Of the images kept in memory, in KiB.
constexpr int kMemoryKiB = 32 * 1024;
constexpr int kMaxTasks = 4;
/// The folder is pruned after this many thumbnails were saved.
constexpr int kSavesBetweenPrunes = 64;
const QColor kBackground(24, 26, 30);
/// Thumbnails saved by every cache of this process.
std::atomic<int> s_saves{0};
/// The PNG text keys of a thumbnail: the drawing's version, and its note.
const QString kVersionKey = QStringLiteral("Quartermaster-Thumbnail");
const QString kNoteKey = QStringLiteral("Quartermaster-Note");

/// The key of the memory cache: the same path with the same size and time of change.
QString memoryKey(const QString &path, const QFileInfo &info)
{
    return path % QChar(0) % QString::number(info.size()) % QChar(0) %
           QString::number(info.lastModified().toMSecsSinceEpoch());
}

} // namespace

struct ThumbnailCache::Result
{
    QString path;
    QString memoryKey;
    QImage image; ///< null: failed
    QString error;
};

ThumbnailCache::ThumbnailCache(const QString &folder, QSize size, QObject *parent)
    : QObject(parent)
    , m_folder(folder)
    , m_size(size.isValid() && !size.isEmpty() ? size : QSize(160, 120))
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
    , m_memory(kMemoryKiB)
{
    m_pool.setMaxThreadCount(std::clamp(QThread::idealThreadCount(), 1, kMaxTasks));
    // What earlier runs left: pruned in the pool, never on the GUI thread.
    QThreadPool *pool = &m_pool;
    pool->start([folder = m_folder] { prune(folder, kDiskBytes); });
}

ThumbnailCache::~ThumbnailCache()
{
    cancelAll();
    // The watchers, children of this, go with it: nothing is emitted after this.
    m_pool.waitForDone();
}

void ThumbnailCache::request(const QString &plyPath)
{
    if (m_queue.contains(plyPath) || m_inFlight.contains(plyPath))
        return;
    if (const std::optional<QImage> image = cached(plyPath)) {
        QMetaObject::invokeMethod(
            this,
            [this, plyPath, image = *image, cancel = m_cancel] {
                if (!*cancel)
                    Q_EMIT thumbnailReady(plyPath, image);
            },
            Qt::QueuedConnection);
        return;
    }
    m_queue.append(plyPath);
    dispatch();
}

void ThumbnailCache::cancelAll()
{
    m_queue.clear();
    m_inFlight.clear();
    m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
}

QString ThumbnailCache::noteOf(const QImage &thumbnail)
{
    return thumbnail.text(kNoteKey);
}

std::optional<QImage> ThumbnailCache::cached(const QString &plyPath) const
{
    const QFileInfo info(plyPath);
    if (!info.exists())
        return std::nullopt;
    if (const QImage *image = m_memory.object(memoryKey(plyPath, info)))
        return *image;
    return std::nullopt;
}

void ThumbnailCache::dispatch()
{
    while (m_running < m_pool.maxThreadCount() && !m_queue.isEmpty()) {
        const QString path = m_queue.takeFirst();
        m_inFlight.insert(path);
        ++m_running;
        auto *watcher = new QFutureWatcher<Result>(this);
        connect(watcher, &QFutureWatcher<Result>::finished, this,
                [this, watcher, cancel = m_cancel] {
                    watcher->deleteLater();
                    --m_running;
                    finished(watcher->result(), cancel);
                });
        // The task holds copies and a share of its cancel flag, nothing of this object.
        watcher->setFuture(
            QtConcurrent::run(&m_pool, [path, folder = m_folder, size = m_size, cancel = m_cancel] {
                return make(path, folder, size, *cancel);
            }));
    }
}

void ThumbnailCache::finished(const Result &result,
                              const std::shared_ptr<std::atomic<bool>> &cancel)
{
    const bool answer = !*cancel;
    if (answer) {
        m_inFlight.remove(result.path);
        if (!result.image.isNull())
            m_memory.insert(result.memoryKey, new QImage(result.image),
                            std::max<int>(1, int(result.image.sizeInBytes() / 1024)));
    }
    // Before the signal: a receiver may ask for more, or cancel.
    dispatch();
    if (!answer)
        return;
    if (result.image.isNull())
        Q_EMIT thumbnailFailed(result.path, result.error);
    else
        Q_EMIT thumbnailReady(result.path, result.image);
}

QString ThumbnailCache::hashFile(const QString &path, QString *error,
                                 const std::atomic<bool> *cancel)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return QString();
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    ContentHash hash;
    QByteArray block(kBlock, Qt::Uninitialized);
    for (;;) {
        if (cancel && cancel->load())
            return fail(tr("cancelled"));
        const qint64 got = file.read(block.data(), kBlock);
        if (got < 0)
            return fail(
                tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        if (got == 0)
            break;
        hash.addData(QByteArrayView(block.constData(), got));
    }
    return QString::fromLatin1(hash.result().toHex());
}

ThumbnailCache::Result ThumbnailCache::make(const QString &path, const QString &folder, QSize size,
                                            const std::atomic<bool> &cancel)
{
    Result result;
    result.path = path;
    const QString shown = QDir::toNativeSeparators(path);
    // Before reading: a change while it is read makes a key that is never asked for.
    const QFileInfo info(path);
    if (!info.isFile()) {
        result.error = tr("Cannot draw %1: there is no such file.").arg(shown);
        return result;
    }
    result.memoryKey = memoryKey(path, info);
    const QString hex = hashFile(path, &result.error, &cancel);
    if (hex.isEmpty())
        return result;

    const QString pngPath = QDir(folder).filePath(hex + QStringLiteral(".png"));
    QImage image;
    // A thumbnail of another size (another cache on the same folder) or of an older
    // drawing is drawn again.
    if (QFileInfo::exists(pngPath) && image.load(pngPath, "PNG") && image.size() == size &&
        image.text(kVersionKey) == QString::number(kDrawingVersion)) {
        QFile used(pngPath); // used now: the last to be pruned
        if (used.open(QIODevice::ReadWrite))
            used.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
        result.image = image;
        return result;
    }

    PlyFile ply;
    PlyError plyError;
    std::optional<SplatCloud> cloud;
    if (ply.open(path, &plyError))
        cloud = ply.decode(&plyError, &cancel);
    if (cancel.load())
        return result; // not answered
    if (!cloud) {
        result.error =
            tr("Cannot draw %1: %2 (at byte %3)").arg(shown, plyError.message).arg(plyError.offset);
        return result;
    }
    SplatRenderOptions options;
    options.size = size;
    options.background = kBackground;
    options.maxSplats = kThumbnailSplats;
    options.maxRadius = 2;
    image = renderSplats(*cloud, framingCamera(*cloud), options);
    image.setText(kVersionKey, QString::number(kDrawingVersion));
    const int vertices = int(std::min<qsizetype>(cloud->size(), INT_MAX));
    if (vertices == 0)
        image.setText(kNoteKey, tr("The file has no vertices: there is nothing to show."));
    else if (!cloud->hasAlpha() || !cloud->hasScale()) // what makes a splat a splat
        image.setText(kNoteKey, tr("Not a Gaussian splat: a plain point cloud of %n point(s), "
                                   "without an opacity and a size per splat.",
                                   nullptr, vertices));

    // Not being able to keep it is no reason to withhold it: the next request draws it
    // again.
    QSaveFile file(pngPath);
    if (!QDir().mkpath(folder) || !file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") ||
        !file.commit())
        qWarning("ThumbnailCache: cannot save %s: %s", qUtf8Printable(pngPath),
                 qUtf8Printable(file.errorString()));
    else if (++s_saves % kSavesBetweenPrunes == 0)
        prune(folder, kDiskBytes);
    result.image = image;
    return result;
}

int ThumbnailCache::prune(const QString &folder, qint64 maxBytes)
{
    static const QRegularExpression ours(QStringLiteral("^[0-9a-f]{32}\\.png$"));
    QFileInfoList files;
    qint64 used = 0;
    for (const QFileInfo &file :
         QDir(folder).entryInfoList({QStringLiteral("*.png")}, QDir::Files | QDir::NoSymLinks)) {
        if (!ours.match(file.fileName()).hasMatch())
            continue;
        files.append(file);
        used += file.size();
    }
    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        return a.lastModified() < b.lastModified();
    });
    int removed = 0;
    for (const QFileInfo &file : std::as_const(files)) {
        if (used <= maxBytes)
            break;
        if (QFile::remove(file.absoluteFilePath())) {
            used -= file.size();
            ++removed;
        }
    }
    return removed;
}

} // namespace qm
