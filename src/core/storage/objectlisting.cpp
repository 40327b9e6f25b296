#include "objectlisting.h"

#include "core/cleanup/quarantine.h"
#include "core/fsutil/folderentries.h"
#include "core/remote/fleetaccess.h"
#include "core/storage/rcloneobjects.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::ObjectListing)
};

constexpr int kMaxErrorsKept = 5;

qint64 modifiedMsOf(const struct stat &info)
{
#ifdef __APPLE__
    return qint64(info.st_mtimespec.tv_sec) * 1000 + info.st_mtimespec.tv_nsec / 1'000'000;
#else
    return qint64(info.st_mtim.tv_sec) * 1000 + info.st_mtim.tv_nsec / 1'000'000;
#endif
}

/// Walks a local folder with open folder descriptors (never a path resolved twice, so
/// no link swapped in meanwhile is followed).
class LocalWalk
{
public:
    LocalWalk(const std::function<void(QByteArrayView, qint64, qint64)> &object,
              const std::atomic<bool> *cancel, ObjectListingStats *stats)
        : m_object(object)
        , m_cancel(cancel)
        , m_stats(stats)
    {}

    /// False when the walk could not be completed; `*error` says why.
    bool run(const QString &root, QString *error)
    {
        const QByteArray path = QFile::encodeName(root);
        const int fd = open(path.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0) {
            *error =
                Text::tr("cannot read %1: %2").arg(root, QString::fromLocal8Bit(strerror(errno)));
            return false;
        }
        struct stat info;
        if (fstat(fd, &info) != 0) {
            close(fd);
            *error =
                Text::tr("cannot read %1: %2").arg(root, QString::fromLocal8Bit(strerror(errno)));
            return false;
        }
        m_device = info.st_dev;
        m_root = root;
        QByteArray key;
        folder(fd, &key, true);
        if (m_cancel && m_cancel->load()) {
            *error = Text::tr("the listing was cancelled");
            return false;
        }
        if (m_stats->unreadable > 0) {
            *error = Text::tr("%n folder(s) under %1 could not be read: %2", nullptr,
                              int(m_stats->unreadable))
                         .arg(root, m_stats->errors.join(QStringLiteral("; ")));
            return false;
        }
        return true;
    }

private:
    void failed(const QByteArray &key, int error)
    {
        ++m_stats->unreadable;
        if (m_stats->errors.size() < kMaxErrorsKept)
            m_stats->errors << QStringLiteral("%1: %2").arg(
                QFile::decodeName(key), QString::fromLocal8Bit(strerror(error)));
    }

    /// Lists the open folder `fd` (closed here), whose key is `*key` ("" for the root).
    void folder(int fd, QByteArray *key, bool isRoot)
    {
        const qsizetype keySize = key->size();
        QList<QByteArray> folders;
        const int listError = forEachFolderEntry(fd, [&](const char *name, unsigned char type) {
            if (isDotOrDotDot(name) || (m_cancel && m_cancel->load()))
                return;
            if (isRoot && std::strcmp(name, kQuarantineFolderName) == 0)
                return;
            struct stat info;
            if (type == DT_LNK) {
                ++m_stats->skippedLinks;
                return;
            }
            if (fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) != 0) {
                key->truncate(keySize);
                key->append(name);
                failed(*key, errno);
                return;
            }
            if (S_ISLNK(info.st_mode)) {
                ++m_stats->skippedLinks;
            } else if (S_ISDIR(info.st_mode)) {
                if (info.st_dev == m_device)
                    folders << QByteArray(name);
                else
                    ++m_stats->skippedOther;
            } else if (S_ISREG(info.st_mode)) {
                key->truncate(keySize);
                key->append(name);
                m_object(*key, qint64(info.st_size), modifiedMsOf(info));
            } else {
                ++m_stats->skippedOther;
            }
        });
        key->truncate(keySize);
        if (listError != 0)
            failed(key->isEmpty() ? QFile::encodeName(m_root) : *key, listError);
        for (const QByteArray &name : std::as_const(folders)) {
            if (m_cancel && m_cancel->load())
                break;
            key->truncate(keySize);
            key->append(name);
            const int child =
                openat(fd, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (child < 0) {
                failed(*key, errno);
                continue;
            }
            key->append('/');
            folder(child, key, false);
        }
        key->truncate(keySize);
        close(fd);
    }

    const std::function<void(QByteArrayView, qint64, qint64)> &m_object;
    const std::atomic<bool> *m_cancel;
    ObjectListingStats *m_stats;
    dev_t m_device = 0;
    QString m_root;
};

bool listRclone(const SyncEndpoint &location,
                const std::function<void(QByteArrayView, qint64, qint64)> &object,
                const ObjectListingOptions &options, QString *error)
{
    // The quarantine of a cleanup is a folder of the location: never an object of it.
    return rcloneListJson(rcloneRemotePath(location),
                          {QStringLiteral("--exclude"),
                           QStringLiteral("/%1/**").arg(QLatin1String(kQuarantineFolderName))},
                          object, options, error);
}

} // namespace

bool listObjects(const SyncEndpoint &location,
                 const std::function<void(QByteArrayView, qint64, qint64)> &object,
                 const ObjectListingOptions &options, ObjectListingStats *stats, QString *error)
{
    ObjectListingStats ignored;
    if (!stats)
        stats = &ignored;
    switch (location.kind) {
    case SyncEndpoint::Kind::Local:
        return LocalWalk(object, options.cancel, stats).run(location.path, error);
    case SyncEndpoint::Kind::Rclone:
        return listRclone(location, object, options, error);
    case SyncEndpoint::Kind::Host:
        break;
    }
    const std::optional<SshTransport> ssh =
        options.ssh ? std::optional<SshTransport>(*options.ssh)
                    : hostTransport(options.fleet, location.host, error);
    if (!ssh)
        return false;
    CleanupRule rule;
    rule.root = location.path;
    // Streamed: each file goes to `object` as find prints it, none is kept here.
    const std::optional<RemoteCleanupPlan> listed =
        planRemoteCleanup(*ssh, location.host, rule, false, {}, options.cancel, error, {},
                          [&object](const CleanupItem &item) {
                              object(item.relativePath.toUtf8(), item.sizeBytes, item.modifiedMs);
                          });
    if (!listed)
        return false;
    if (listed->plan.unreadableFolders > 0) {
        *error = Text::tr("%n folder(s) of %1 could not be read: a listing with holes would "
                          "make what is in them look orphaned",
                          nullptr, int(listed->plan.unreadableFolders))
                     .arg(location.text);
        return false;
    }
    if (stats)
        stats->skippedOther += listed->plan.skippedOther;
    return true;
}

std::optional<SshTransport> hostTransport(const FleetAccess *fleet, const QString &host,
                                          QString *error)
{
    const std::optional<HostAccess> access = fleet ? fleet->host(host) : std::nullopt;
    if (!access) {
        *error = Text::tr("“%1” is not a host of the config (give --config FILE)").arg(host);
        return std::nullopt;
    }
    return fleet->transport(*access);
}

} // namespace qm
