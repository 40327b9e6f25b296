#include "samplecache.h"

#include "core/hashing/contenthash.h"
#include "core/remote/fleetaccess.h"
#include "core/remote/sshtransport.h"
#include "core/units/datasize.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::SampleCache)
};

/// A fetch of a large sample may take this long at most.
constexpr int kFetchTimeoutMs = 30 * 60 * 1000;

/// Marks a cached file as just used: the least recently used go first.
void touch(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadWrite))
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
}

} // namespace

SampleCache::SampleCache(const QString &folder, qint64 capBytes)
    : m_folder(folder)
    , m_capBytes(std::max<qint64>(capBytes, 1))
{}

QString SampleCache::pathFor(const SampleRecord &sample) const
{
    const QByteArray key = sample.source.host.toUtf8() + '\0' + sample.absolutePath().toUtf8() +
                           '\0' + QByteArray::number(sample.sizeBytes) + '\0' +
                           QByteArray::number(sample.modifiedMs);
    return m_folder + QLatin1Char('/') + QString::fromLatin1(ContentHash::hash(key).toHex()) +
           QStringLiteral(".ply");
}

std::optional<QString> SampleCache::cached(const SampleRecord &sample) const
{
    const QString path = pathFor(sample);
    const QFileInfo info(path);
    if (!info.isFile() || info.size() != sample.sizeBytes)
        return std::nullopt;
    touch(path);
    return path;
}

qint64 SampleCache::usedBytes() const
{
    qint64 total = 0;
    const QFileInfoList files =
        QDir(m_folder).entryInfoList({QStringLiteral("*.ply")}, QDir::Files);
    for (const QFileInfo &file : files)
        total += file.size();
    return total;
}

bool SampleCache::makeRoom(qint64 incomingBytes, const QString &keep) const
{
    if (incomingBytes > m_capBytes)
        return false;
    QFileInfoList files = QDir(m_folder).entryInfoList({QStringLiteral("*.ply")}, QDir::Files);
    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        return a.lastModified() < b.lastModified();
    });
    qint64 used = 0;
    for (const QFileInfo &file : std::as_const(files))
        used += file.size();
    for (const QFileInfo &file : std::as_const(files)) {
        if (used + incomingBytes <= m_capBytes)
            break;
        if (file.absoluteFilePath() == keep)
            continue;
        // Our own copies of remote files, in our own cache folder: deleting them loses
        // nothing (the host keeps the original).
        if (QFile::remove(file.absoluteFilePath()))
            used -= file.size();
    }
    return used + incomingBytes <= m_capBytes;
}

std::optional<QString> SampleCache::fetch(const SampleRecord &sample, const FleetAccess &access,
                                          const std::atomic<bool> *cancel,
                                          const std::function<void(qint64, qint64)> &progress,
                                          QString *error) const
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (sample.source.host.isEmpty())
        return sample.absolutePath();
    if (std::optional<QString> path = cached(sample))
        return path;
    if (sample.sizeBytes > m_capBytes) {
        message = Text::tr("%1 is %2, more than the sample cache holds (%3): raise the cache "
                           "size in Preferences")
                      .arg(sample.fileName(), formatDataSize(sample.sizeBytes),
                           formatDataSize(m_capBytes));
        return std::nullopt;
    }
    const std::optional<HostAccess> host = access.host(sample.source.host);
    if (!host) {
        message = Text::tr("“%1” is not a host of the config").arg(sample.source.host);
        return std::nullopt;
    }
    if (!QDir().mkpath(m_folder)) {
        message = Text::tr("cannot create the sample cache folder %1").arg(m_folder);
        return std::nullopt;
    }
    const QString path = pathFor(sample);
    if (!makeRoom(sample.sizeBytes, path)) {
        message = Text::tr("the sample cache %1 cannot make room for %2")
                      .arg(m_folder, formatDataSize(sample.sizeBytes));
        return std::nullopt;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        message = Text::tr("cannot write %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const SshTransport ssh = access.transport(*host);
    qint64 received = 0;
    bool writeFailed = false;
    ProcessRequest request;
    request.timeoutMs = kFetchTimeoutMs;
    request.cancel = cancel;
    request.onOutput = [&](QByteArrayView chunk) {
        received += chunk.size();
        if (received > sample.sizeBytes || file.write(chunk.data(), chunk.size()) != chunk.size()) {
            writeFailed = received <= sample.sizeBytes;
            return false; // larger than listed: it changed; or the disk is full
        }
        if (progress)
            progress(received, sample.sizeBytes);
        return true;
    };
    const RemoteResult result =
        ssh.run({QStringLiteral("cat"), QStringLiteral("--"), sample.absolutePath()}, request);
    if (cancel && cancel->load()) {
        file.cancelWriting();
        message = Text::tr("the fetch of %1 was cancelled").arg(sample.fileName());
        return std::nullopt;
    }
    if (writeFailed) {
        file.cancelWriting();
        message = Text::tr("cannot write %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (result.status != HostStatus::Ok || !result.process.succeeded()) {
        file.cancelWriting();
        const QString why = received > sample.sizeBytes
                                ? Text::tr("it is larger than when it was listed: reload the "
                                           "samples")
                            : !result.error.isEmpty()
                                ? result.error
                                : firstOutputLine(result.process.standardError);
        message = Text::tr("%1 could not be fetched from %2: %3")
                      .arg(sample.absolutePath(), sample.source.host, why);
        return std::nullopt;
    }
    if (received != sample.sizeBytes) {
        file.cancelWriting();
        message = Text::tr("%1 on %2 is %3 now, not %4 as listed: it changed, reload the samples")
                      .arg(sample.absolutePath(), sample.source.host, formatDataSize(received),
                           formatDataSize(sample.sizeBytes));
        return std::nullopt;
    }
    if (!file.commit()) {
        message = Text::tr("cannot write %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return path;
}

} // namespace qm
