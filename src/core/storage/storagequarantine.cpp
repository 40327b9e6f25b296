#include "storagequarantine.h"

#include "core/archive/archivefs.h"
#include "core/cleanup/cleanup.h"
#include "core/cleanup/cleanupcommon.h"
#include "core/cleanup/quarantine.h"
#include "core/fsutil/userfile.h"
#include "core/storage/rcloneobjects.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::StorageQuarantine)
};

QString quarantineOf(const SyncEndpoint &location)
{
    return location.kind == SyncEndpoint::Kind::Rclone
               ? rcloneRemotePath(location, QLatin1String(kQuarantineFolderName))
               : QDir::cleanPath(location.path) + u'/' + QLatin1String(kQuarantineFolderName);
}

SyncEndpoint localFolder(const QString &path)
{
    SyncEndpoint endpoint;
    endpoint.kind = SyncEndpoint::Kind::Local;
    endpoint.path = path;
    endpoint.text = path;
    return endpoint;
}

/// Whether `path` is a folder itself, not a link to one: -1 when it is not there, 0
/// when it is something else, 1 when it is a folder.
int isRealFolder(const QString &path)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return errno == ENOENT ? -1 : 0;
    return S_ISDIR(st.st_mode) ? 1 : 0;
}

/// Removes the empty folders below `path` and `path` itself, bottom up, never through a
/// link.
void removeEmptyFolders(const QString &path)
{
    const QStringList children =
        QDir(path).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks);
    for (const QString &child : children) {
        const QString below = path + u'/' + child;
        if (isRealFolder(below) == 1)
            removeEmptyFolders(below);
    }
    ::rmdir(QFile::encodeName(path).constData());
}

/// Appends JSON Lines to an audit log, synced at the end.
class AuditAppender
{
public:
    explicit AuditAppender(const QString &path)
        : m_path(path)
    {}
    void add(const QString &location, const QString &key, qint64 bytes)
    {
        m_text +=
            QJsonDocument(QJsonObject{{QStringLiteral("at"),
                                       QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                                      {QStringLiteral("location"), location},
                                      {QStringLiteral("key"), key},
                                      {QStringLiteral("bytes"), bytes},
                                      {QStringLiteral("action"), QStringLiteral("deleted")}})
                .toJson(QJsonDocument::Compact);
        m_text += '\n';
    }
    /// Empty, or why the log could not be written.
    QString write()
    {
        if (m_text.isEmpty())
            return {};
        const QByteArray text = std::exchange(m_text, QByteArray());
        const int fd = ::open(QFile::encodeName(m_path).constData(),
                              O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0600);
        int error = fd < 0 ? errno : writeAll(fd, text);
        if (error == 0)
            error = archivefs::fullSync(fd);
        if (fd >= 0)
            ::close(fd);
        return error == 0
                   ? QString()
                   : Text::tr("cannot write the audit log %1: %2").arg(m_path, errnoText(error));
    }

private:
    QString m_path;
    QByteArray m_text;
};

void emptyLocalRun(const SyncEndpoint &location, const QString &runPath, const QuarantineRun &run,
                   AuditAppender *audit, const std::function<void(const QString &)> &log,
                   QuarantineEmptying *result)
{
    CleanupRule rule;
    rule.root = runPath;
    QString error;
    const std::optional<CleanupPlan> plan = planCleanup(rule, nullptr, &error);
    if (!plan) {
        result->error = error;
        return;
    }
    CleanupLimits limits;
    limits.maxFailures = -1;
    CleanupCallbacks callbacks;
    callbacks.log = log;
    callbacks.remove = [](const QString &path) {
        if (::unlink(QFile::encodeName(path).constData()) == 0)
            return TrashOutcome{TrashOutcome::Result::Trashed, {}, {}};
        if (errno == ENOENT)
            return TrashOutcome{TrashOutcome::Result::AlreadyGone, {}, {}};
        return TrashOutcome{TrashOutcome::Result::Failed,
                            {},
                            Text::tr("cannot delete %1: %2").arg(path, errnoText(errno))};
    };
    callbacks.removed = [&](const QString &relative, qint64 bytes, const QString &) {
        ++result->deleted;
        result->deletedBytes += bytes;
        audit->add(location.text, run.folder + u'/' + relative, bytes);
    };
    const CleanupResult outcome = executeCleanup(*plan, limits, callbacks);
    result->kept += outcome.keptChanged;
    if (!outcome.ok && result->error.isEmpty())
        result->error = outcome.error;
    removeEmptyFolders(plan->canonicalRoot);
}

void emptyRcloneRun(const SyncEndpoint &location, const QString &runPath, const QuarantineRun &run,
                    AuditAppender *audit, const ObjectListingOptions &options,
                    QuarantineEmptying *result)
{
    QList<QByteArray> keys;
    QHash<QByteArray, qint64> sizes;
    QString error;
    if (!rcloneListJson(
            runPath, {},
            [&](QByteArrayView key, qint64 bytes, qint64) {
                keys.append(key.toByteArray());
                sizes.insert(key.toByteArray(), bytes);
            },
            options, &error)) {
        result->error = error;
        return;
    }
    QString deleteError;
    rcloneDeleteKeys(runPath, keys, options, &deleteError);
    // What went is what is no longer there.
    QHash<QByteArray, ListedObject> still;
    if (!rcloneStatKeys(runPath, keys, &still, options, &error)) {
        result->error = error;
        return;
    }
    for (const QByteArray &key : keys) {
        if (still.contains(key))
            continue;
        ++result->deleted;
        result->deletedBytes += sizes.value(key);
        audit->add(location.text, run.folder + u'/' + QString::fromUtf8(key), sizes.value(key));
    }
    if (!deleteError.isEmpty() && result->error.isEmpty())
        result->error = deleteError;
}

/// Every file of the quarantine of a host's folder, by its run folder (the plan an
/// emptying of every run folder would carry out).
std::optional<RemoteCleanupPlan> hostQuarantine(const SyncEndpoint &location,
                                                const ObjectListingOptions &options, QString *error)
{
    const std::optional<SshTransport> ssh = hostTransport(options.fleet, location.host, error);
    if (!ssh)
        return std::nullopt;
    CleanupRule rule;
    rule.root = location.path;
    rule.olderThanDays = 0;
    rule.nowMs = QDateTime::currentMSecsSinceEpoch() + 86'400'000; // every run so far
    return planRemoteCleanup(*ssh, location.host, rule, true, {}, options.cancel, error);
}

void emptyHostRuns(const SyncEndpoint &location, const QList<QuarantineRun> &runs,
                   AuditAppender *audit, const ObjectListingOptions &options,
                   const std::function<void(const QString &)> &log, QuarantineEmptying *result)
{
    QString error;
    std::optional<RemoteCleanupPlan> held = hostQuarantine(location, options, &error);
    if (!held) {
        result->error = error;
        return;
    }
    QList<CleanupItem> chosen;
    for (const CleanupItem &item : std::as_const(held->plan.items)) {
        const QString folder = item.relativePath.section(u'/', 0, 0);
        if (std::any_of(runs.cbegin(), runs.cend(),
                        [&folder](const QuarantineRun &run) { return run.folder == folder; }))
            chosen.append(item);
    }
    held->plan.items = chosen;
    held->plan.totalBytes = 0;
    for (const CleanupItem &item : std::as_const(chosen))
        held->plan.totalBytes += item.sizeBytes;
    const std::optional<SshTransport> ssh = hostTransport(options.fleet, location.host, &error);
    CleanupLimits limits;
    limits.maxFailures = -1;
    CleanupCallbacks callbacks;
    callbacks.log = log;
    callbacks.removed = [&](const QString &relative, qint64 bytes, const QString &) {
        ++result->deleted;
        result->deletedBytes += bytes;
        audit->add(location.text, relative, bytes);
    };
    const CleanupResult outcome = executeRemoteCleanup(*ssh, *held, limits, callbacks);
    result->kept += outcome.keptChanged;
    if (!outcome.ok && result->error.isEmpty())
        result->error = outcome.error;
}

} // namespace

bool listQuarantine(const SyncEndpoint &location, QList<QuarantineRun> *runs,
                    const ObjectListingOptions &options, QString *error)
{
    runs->clear();
    const QString quarantine = quarantineOf(location);
    QHash<QString, QuarantineRun> byFolder;
    if (location.kind == SyncEndpoint::Kind::Local) {
        const int folder = isRealFolder(quarantine);
        if (folder < 0)
            return true;
        if (folder == 0) {
            *error = Text::tr("%1 is not a folder (a link?)").arg(quarantine);
            return false;
        }
        for (const QString &name :
             QDir(quarantine).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
            if (!quarantineRunTime(name) || isRealFolder(quarantine + u'/' + name) != 1)
                continue;
            QuarantineRun &run = byFolder[name];
            ObjectListingStats stats;
            if (!listObjects(
                    localFolder(quarantine + u'/' + name),
                    [&run](QByteArrayView, qint64 bytes, qint64) {
                        ++run.objects;
                        run.bytes += bytes;
                    },
                    options, &stats, error))
                return false;
        }
    } else if (location.kind == SyncEndpoint::Kind::Host) {
        const std::optional<RemoteCleanupPlan> held = hostQuarantine(location, options, error);
        if (!held)
            return false;
        for (const CleanupItem &item : held->plan.items) {
            QuarantineRun &run = byFolder[item.relativePath.section(u'/', 0, 0)];
            ++run.objects;
            run.bytes += item.sizeBytes;
        }
    } else {
        QString why;
        const bool listed = rcloneListJson(
            quarantine, {},
            [&byFolder](QByteArrayView key, qint64 bytes, qint64) {
                const qsizetype slash = key.indexOf('/');
                if (slash <= 0)
                    return;
                QuarantineRun &run = byFolder[QString::fromUtf8(key.first(slash))];
                ++run.objects;
                run.bytes += bytes;
            },
            options, &why);
        // A quarantine never made lists as a folder that is not found.
        if (!listed && !why.contains(QLatin1String("not found"), Qt::CaseInsensitive)) {
            *error = why;
            return false;
        }
    }
    for (auto it = byFolder.begin(); it != byFolder.end(); ++it) {
        const std::optional<qint64> time = quarantineRunTime(it.key());
        if (!time)
            continue;
        it->folder = it.key();
        it->timeMs = *time;
        runs->append(*it);
    }
    std::sort(runs->begin(), runs->end(), [](const QuarantineRun &a, const QuarantineRun &b) {
        return a.timeMs != b.timeMs ? a.timeMs < b.timeMs : a.folder < b.folder;
    });
    return true;
}

QuarantineEmptying emptyQuarantine(const SyncEndpoint &location, const QList<QuarantineRun> &runs,
                                   const QString &auditPath, const ObjectListingOptions &options,
                                   const std::function<void(const QString &)> &log)
{
    QuarantineEmptying result;
    AuditAppender audit(auditPath);
    const QString quarantine = quarantineOf(location);
    const bool local = location.kind == SyncEndpoint::Kind::Local;
    if (location.kind == SyncEndpoint::Kind::Host && !runs.isEmpty()) {
        // One listing and one run of the host's checked batches for all the runs.
        emptyHostRuns(location, runs, &audit, options, log, &result);
        if (const QString failure = audit.write(); !failure.isEmpty() && result.error.isEmpty())
            result.error = failure;
    }
    for (const QuarantineRun &run : runs) {
        if (location.kind == SyncEndpoint::Kind::Host)
            break;
        if (!quarantineRunTime(run.folder) || run.folder.contains(u'/'))
            continue; // only run folders, by name
        const QString runPath = quarantine + u'/' + run.folder;
        if (local) {
            if (isRealFolder(quarantine) != 1 || isRealFolder(runPath) != 1)
                continue; // gone, or a link: never followed
            emptyLocalRun(location, runPath, run, &audit, log, &result);
        } else {
            emptyRcloneRun(location, runPath, run, &audit, options, &result);
        }
        if (const QString failure = audit.write(); !failure.isEmpty() && result.error.isEmpty())
            result.error = failure;
        if (log)
            log(Text::tr("Emptied %1").arg(runPath));
    }
    // Listed again: what is left of those runs.
    QList<QuarantineRun> after;
    QString error;
    if (!listQuarantine(location, &after, options, &error)) {
        if (result.error.isEmpty())
            result.error = error;
    } else {
        for (const QuarantineRun &run : after) {
            if (std::any_of(runs.cbegin(), runs.cend(),
                            [&run](const QuarantineRun &r) { return r.folder == run.folder; }))
                result.left += run.objects;
        }
    }
    if (result.error.isEmpty() && result.left > result.kept)
        result.error =
            Text::tr("%n object(s) are still in the quarantine", nullptr, int(result.left));
    result.ok = result.error.isEmpty();
    return result;
}

} // namespace qm
