#include "archive.h"

#include "archivefs.h"
#include "core/cleanup/quarantine.h"
#include "core/safety/protectedroots.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

// Planning and the saved plan; carrying a plan out is in archiverun.cpp.

namespace qm {

namespace {

using namespace archivefs;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::Archive)
};

constexpr qint64 kDayMs = 86'400'000;

QString absoluteClean(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

bool exists(const QString &path)
{
    struct stat st;
    return ::lstat(nativePath(path).constData(), &st) == 0 || errno != ENOENT;
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString defaultOutputFolder(const QString &root)
{
    return joinPath(root, QStringLiteral("archives"));
}

/// Reads the fields of a saved plan, remembering the first one that is missing or wrong.
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &object)
        : m_object(object)
    {}

    QString string(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isString())
            fail(key);
        return value.toString();
    }
    qint64 integer(const QString &key, qint64 minimum = 0)
    {
        const QJsonValue value = m_object.value(key);
        const qint64 result = value.toInteger(minimum - 1);
        if (!value.isDouble() || double(result) != value.toDouble() || result < minimum)
            fail(key);
        return result;
    }
    bool boolean(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isBool())
            fail(key);
        return value.toBool();
    }
    qint64 time(const QString &key)
    {
        const QDateTime time = QDateTime::fromString(string(key), Qt::ISODateWithMs);
        if (!time.isValid())
            fail(key);
        return time.toMSecsSinceEpoch();
    }
    void fail(const QString &key)
    {
        if (m_failedKey.isEmpty())
            m_failedKey = key;
    }
    const QString &failedKey() const { return m_failedKey; }

private:
    QJsonObject m_object;
    QString m_failedKey;
};

/// Whether `path` names a file below a root: relative, without "", "." or ".." parts.
bool isPlainRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/'))
        return false;
    for (const QStringView part : QStringView(path).split(u'/')) {
        if (part.isEmpty() || part == u"." || part == u"..")
            return false;
    }
    return true;
}

/// Lists a folder's old files, depth first, without following symlinks or leaving the
/// root's filesystem.
struct Walker
{
    ArchivePlan *plan = nullptr;
    const std::atomic<bool> *cancel = nullptr;
    dev_t rootDevice = 0;
    bool skipOutput = false; ///< an output folder inside the root: (device, inode)
    dev_t outputDevice = 0;
    ino_t outputInode = 0;
    bool skipHomeTrash = false; ///< this user's trash, when it is inside the root
    dev_t homeTrashDevice = 0;
    ino_t homeTrashInode = 0;
    bool cancelled = false;

    /// Takes ownership of `folderFd`.
    void walk(int folderFd, const QString &prefix)
    {
        DIR *dir = ::fdopendir(folderFd);
        if (!dir) {
            ::close(folderFd);
            ++plan->unreadableFolders;
            return;
        }
        for (;;) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                cancelled = true;
                break;
            }
            errno = 0;
            const struct dirent *entry = ::readdir(dir);
            if (!entry) {
                if (errno != 0)
                    ++plan->unreadableFolders;
                break;
            }
            const QByteArray name(entry->d_name);
            if (name == "." || name == "..")
                continue;
            struct stat st;
            if (::fstatat(::dirfd(dir), entry->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
                continue; // gone since it was listed
            if (S_ISLNK(st.st_mode)) {
                ++plan->skippedSymlinks;
                continue;
            }
            const QString decoded = QFile::decodeName(name);
            if (QFile::encodeName(decoded) != name) { // could not be opened again by name
                ++plan->skippedSpecial;
                continue;
            }
            const QString relative = prefix.isEmpty() ? decoded : prefix + u'/' + decoded;
            if (S_ISDIR(st.st_mode)) {
                if (st.st_dev != rootDevice) {
                    ++plan->skippedMounts;
                    continue;
                }
                // Earlier archives, and files already handed to the trash (originals
                // trashed on a mount go to its `.Trash-UID`), are never archived again.
                if ((prefix.isEmpty() && decoded == u"archives") || name == ".Trash" ||
                    name.startsWith(".Trash-") ||
                    (skipOutput && st.st_dev == outputDevice && st.st_ino == outputInode) ||
                    (skipHomeTrash && st.st_dev == homeTrashDevice && st.st_ino == homeTrashInode))
                    continue;
                const int fd = ::openat(::dirfd(dir), entry->d_name,
                                        O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
                if (fd < 0) {
                    ++plan->unreadableFolders;
                    continue;
                }
                walk(fd, relative);
                if (cancelled)
                    break;
            } else if (S_ISREG(st.st_mode)) {
                const qint64 modified = milliseconds(modifiedTime(st));
                if (modified < plan->cutoffMs) {
                    plan->items.append({relative, qint64(st.st_size), modified});
                    plan->totalBytes += st.st_size;
                }
            } else {
                ++plan->skippedSpecial;
            }
        }
        ::closedir(dir);
    }
};

} // namespace

QString archiveFormatKey(ArchiveFormat format)
{
    return format == ArchiveFormat::TarGz ? QStringLiteral("gz") : QStringLiteral("zst");
}

std::optional<ArchiveFormat> archiveFormatFromKey(const QString &key)
{
    if (key == u"zst")
        return ArchiveFormat::TarZst;
    if (key == u"gz")
        return ArchiveFormat::TarGz;
    return std::nullopt;
}

QString freeArchivePath(const QString &folder, const QString &baseName, qint64 nowMs,
                        ArchiveFormat format)
{
    const QString base =
        baseName + u'-' +
        QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString extension =
        format == ArchiveFormat::TarZst ? QStringLiteral(".tar.zst") : QStringLiteral(".tar.gz");
    for (int n = 1;; ++n) {
        const QString suffix = n > 1 ? u'-' + QString::number(n) : QString();
        const QString path = joinPath(folder, base + suffix + extension);
        if (!exists(path) && !exists(archivePartialPath(path)))
            return path;
    }
}

QString archivePartialPath(const QString &archivePath)
{
    const QFileInfo info(archivePath);
    return joinPath(info.absolutePath(),
                    QLatin1Char('.') + info.fileName() + QLatin1String(".partial"));
}

QJsonObject ArchivePlan::toJson() const
{
    QJsonArray list;
    for (const ArchiveItem &item : items)
        list.append(QJsonObject{{QStringLiteral("path"), item.relativePath},
                                {QStringLiteral("sizeBytes"), item.sizeBytes},
                                {QStringLiteral("modifiedAt"), isoTime(item.modifiedMs)}});
    QJsonObject json{
        {QStringLiteral("schemaVersion"), 1},
        {QStringLiteral("root"), root},
        {QStringLiteral("singleFile"), singleFile},
        {QStringLiteral("format"), archiveFormatKey(format)},
        {QStringLiteral("archivePath"), archivePath},
        {QStringLiteral("olderThanDays"), olderThanDays},
        {QStringLiteral("cutoffAt"), isoTime(cutoffMs)},
        {QStringLiteral("createdAt"), isoTime(createdMs)},
        {QStringLiteral("items"), list},
        {QStringLiteral("totalBytes"), totalBytes},
        {QStringLiteral("skippedSymlinks"), skippedSymlinks},
        {QStringLiteral("skippedMounts"), skippedMounts},
        {QStringLiteral("skippedSpecial"), skippedSpecial},
        {QStringLiteral("unreadableFolders"), unreadableFolders},
    };
    if (!host.isEmpty()) {
        json.insert(QStringLiteral("host"), host);
        json.insert(QStringLiteral("runFolder"), runFolder);
        json.insert(QStringLiteral("gnuStat"), gnuStat);
    }
    return json;
}

std::optional<ArchivePlan> ArchivePlan::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader reader(json);
    ArchivePlan plan;
    if (reader.integer(QStringLiteral("schemaVersion")) != 1)
        reader.fail(QStringLiteral("schemaVersion"));
    plan.root = reader.string(QStringLiteral("root"));
    plan.singleFile = reader.boolean(QStringLiteral("singleFile"));
    const auto format = archiveFormatFromKey(reader.string(QStringLiteral("format")));
    if (!format)
        reader.fail(QStringLiteral("format"));
    plan.format = format.value_or(ArchiveFormat::TarZst);
    plan.archivePath = reader.string(QStringLiteral("archivePath"));
    // A host's plan (absent from a plan of this machine, and from plans saved before
    // hosts could be archived).
    plan.host = json.value(QStringLiteral("host")).toString();
    if (!plan.host.isEmpty()) {
        plan.runFolder = json.value(QStringLiteral("runFolder")).toString();
        plan.gnuStat = json.value(QStringLiteral("gnuStat")).toBool(true);
        if (!quarantineRunTime(plan.runFolder) || plan.runFolder.contains(u'/'))
            reader.fail(QStringLiteral("runFolder"));
        if (plan.singleFile)
            reader.fail(QStringLiteral("singleFile"));
    }
    if (!plan.root.startsWith(u'/'))
        reader.fail(QStringLiteral("root"));
    if (!plan.archivePath.startsWith(u'/'))
        reader.fail(QStringLiteral("archivePath"));
    plan.olderThanDays = int(reader.integer(QStringLiteral("olderThanDays")));
    plan.cutoffMs = reader.time(QStringLiteral("cutoffAt"));
    plan.createdMs = reader.time(QStringLiteral("createdAt"));
    plan.totalBytes = reader.integer(QStringLiteral("totalBytes"));
    plan.skippedSymlinks = int(reader.integer(QStringLiteral("skippedSymlinks")));
    plan.skippedMounts = int(reader.integer(QStringLiteral("skippedMounts")));
    plan.skippedSpecial = int(reader.integer(QStringLiteral("skippedSpecial")));
    plan.unreadableFolders = int(reader.integer(QStringLiteral("unreadableFolders")));

    const QJsonValue list = json.value(QStringLiteral("items"));
    if (!list.isArray())
        reader.fail(QStringLiteral("items"));
    const QJsonArray array = list.toArray();
    QSet<QString> seen;
    qint64 total = 0;
    for (qsizetype i = 0; i < array.size() && reader.failedKey().isEmpty(); ++i) {
        const QString key = QStringLiteral("items[%1]").arg(i);
        JsonReader itemReader(array.at(i).toObject());
        ArchiveItem item;
        item.relativePath = itemReader.string(QStringLiteral("path"));
        item.sizeBytes = itemReader.integer(QStringLiteral("sizeBytes"));
        item.modifiedMs = itemReader.time(QStringLiteral("modifiedAt"));
        // A path leading out of the root, or twice into the archive, is never acted on.
        if (!isPlainRelativePath(item.relativePath) || seen.contains(item.relativePath) ||
            (plan.singleFile && item.relativePath != QFileInfo(plan.root).fileName()))
            itemReader.fail(QStringLiteral("path"));
        if (!itemReader.failedKey().isEmpty())
            reader.fail(key + u'.' + itemReader.failedKey());
        seen.insert(item.relativePath);
        total += item.sizeBytes;
        plan.items.append(item);
    }
    if (plan.singleFile && plan.items.size() > 1)
        reader.fail(QStringLiteral("items"));
    if (total != plan.totalBytes)
        reader.fail(QStringLiteral("totalBytes"));
    if (!reader.failedKey().isEmpty()) {
        if (error)
            *error = Text::tr("The saved archive plan is damaged: \"%1\" is missing or wrong.")
                         .arg(reader.failedKey());
        return std::nullopt;
    }
    return plan;
}

std::optional<ArchivePlan> planArchive(const ArchiveRequest &request,
                                       const std::atomic<bool> *cancel, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<ArchivePlan>();
    };
    if (request.root.isEmpty())
        return fail(Text::tr("No folder or file to archive was given."));
    if (request.olderThanDays < 0)
        return fail(Text::tr("The age of files to archive must be 0 days or more, not %1.")
                        .arg(request.olderThanDays));

    ArchivePlan plan;
    plan.root = absoluteClean(request.root);
    // An archive moves its originals to the trash: the cleanup's protected folders.
    if (const QString refusal = checkLocalRoot(plan.root, request.allowProtectedRoot);
        !refusal.isEmpty())
        return fail(refusal);
    struct stat st;
    if (::lstat(nativePath(plan.root).constData(), &st) != 0)
        return fail(Text::tr("Cannot archive %1: %2").arg(plan.root, systemError(errno)));
    if (S_ISLNK(st.st_mode))
        return fail(Text::tr("%1 is a symbolic link, and archiving never follows links. Give "
                             "the path it points to (%2) instead.")
                        .arg(plan.root, QFileInfo(plan.root).symLinkTarget()));
    if (!S_ISDIR(st.st_mode) && !S_ISREG(st.st_mode))
        return fail(Text::tr("Cannot archive %1: it is neither a folder nor a regular file.")
                        .arg(plan.root));

    QString output;
    struct stat outputSt = {};
    if (!request.outputDirectory.isEmpty()) {
        output = absoluteClean(request.outputDirectory);
        if (::stat(nativePath(output).constData(), &outputSt) != 0 || !S_ISDIR(outputSt.st_mode))
            return fail(Text::tr("The output folder %1 does not exist.").arg(output));
    }

    const qint64 now = request.nowMs >= 0 ? request.nowMs : QDateTime::currentMSecsSinceEpoch();
    plan.singleFile = S_ISREG(st.st_mode);
    plan.format = request.format;
    plan.olderThanDays = request.olderThanDays;
    plan.createdMs = now;
    plan.cutoffMs = now - qint64(request.olderThanDays) * kDayMs;
    const bool zst = request.format == ArchiveFormat::TarZst;

    if (plan.singleFile) {
        const QFileInfo file(plan.root);
        const qint64 modified = milliseconds(modifiedTime(st));
        if (modified < plan.cutoffMs) {
            plan.items.append({file.fileName(), qint64(st.st_size), modified});
            plan.totalBytes = st.st_size;
        }
        plan.archivePath = joinPath(output.isEmpty() ? file.absolutePath() : output,
                                    file.fileName() + QLatin1String(zst ? ".zst" : ".gz"));
        if (exists(plan.archivePath))
            return fail(Text::tr("%1 already exists, and archiving never replaces a file. Move "
                                 "it away or choose another output folder.")
                            .arg(plan.archivePath));
        return plan;
    }

    const int fd =
        ::open(nativePath(plan.root).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return fail(Text::tr("Cannot read the folder %1: %2").arg(plan.root, systemError(errno)));
    Walker walker;
    walker.plan = &plan;
    walker.cancel = cancel;
    walker.rootDevice = st.st_dev;
    walker.skipOutput = !output.isEmpty();
    walker.outputDevice = outputSt.st_dev;
    walker.outputInode = outputSt.st_ino;
    const QString homeTrash =
        joinPath(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
                 QStringLiteral("Trash"));
    struct stat trashSt;
    if (::stat(nativePath(homeTrash).constData(), &trashSt) == 0) {
        walker.skipHomeTrash = true;
        walker.homeTrashDevice = trashSt.st_dev;
        walker.homeTrashInode = trashSt.st_ino;
    }
    walker.walk(fd, QString());
    if (walker.cancelled)
        return fail(Text::tr("Planning the archive of %1 was cancelled.").arg(plan.root));
    std::sort(plan.items.begin(), plan.items.end(), [](const ArchiveItem &a, const ArchiveItem &b) {
        return a.relativePath < b.relativePath;
    });

    const QString folder = output.isEmpty() ? defaultOutputFolder(plan.root) : output;
    const QString base = QFileInfo(plan.root).fileName();
    plan.archivePath =
        freeArchivePath(folder, base.isEmpty() ? QStringLiteral("root") : base, now, plan.format);
    return plan;
}

} // namespace qm
