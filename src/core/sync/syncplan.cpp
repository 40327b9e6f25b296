// Planning a sync: the checks before anything is copied (rsync versions, space, a
// source that has files, two ends that are not one place), then the dry run. Running
// the plan is in syncjob.cpp.

#include "core/probes/dfoutput.h"
#include "core/remote/processrunner.h"
#include "core/remote/sshtransport.h"
#include "core/safety/protectedroots.h"
#include "core/sync/syncoutput.h"
#include "core/units/datasize.h"
#include "syncjob.h"
#include "syncjobcommand.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>
#include <QStorageInfo>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::SyncJob)
};

constexpr int kCheckTimeoutMs = 60'000;
/// A dry run walks both trees; a big tree over a slow link takes a while.
constexpr int kDryRunTimeoutMs = 30 * 60'000;
/// Where the destination stands: its filesystem's figures and mount point.
struct Space
{
    QString mountPoint;
    qint64 usedBytes = -1;
    qint64 availableBytes = -1;
    double usedPercent() const
    {
        const qint64 sum = usedBytes + availableBytes;
        return sum > 0 ? 100.0 * double(usedBytes) / double(sum) : 0.0;
    }
};

/// Runs commands for a sync's checks, here or on a host, recording each.
class Checker
{
public:
    Checker(const FleetAccess &access, const std::atomic<bool> *cancel,
            const std::function<void(const QString &)> &command)
        : m_access(access)
        , m_cancel(cancel)
        , m_command(command)
    {}

    /// Runs `argv` on `host` (empty: here). False with `error` (and `transient`) set when
    /// the host could not be reached; a program's own failure is in `result`.
    bool run(const QString &host, const QStringList &argv, ProcessResult *result, QString *error,
             bool *transient, int timeoutMs = kCheckTimeoutMs)
    {
        ProcessRequest request;
        request.timeoutMs = timeoutMs;
        request.cancel = m_cancel;
        if (host.isEmpty()) {
            request.program = argv.first();
            request.arguments = argv.mid(1);
            *result = runProcess(request);
            record(result->commandLine);
            if (result->outcome == ProcessResult::Outcome::FailedToStart) {
                *error = result->errorString;
                return false;
            }
            return true;
        }
        const std::optional<HostAccess> reach = m_access.host(host);
        if (!reach) {
            *error = Text::tr("“%1” is not a host of the config").arg(host);
            return false;
        }
        const SshTransport transport = m_access.transport(*reach);
        const RemoteResult remote = transport.run(argv, request);
        record(remote.process.commandLine);
        *result = remote.process;
        if (remote.status != HostStatus::Ok) {
            *error = Text::tr("%1: %2").arg(host, remote.error);
            *transient =
                remote.status == HostStatus::Unreachable || remote.status == HostStatus::Refused;
            return false;
        }
        return true;
    }

private:
    void record(const QString &commandLine)
    {
        if (m_command && !commandLine.isEmpty())
            m_command(commandLine);
    }

    const FleetAccess &m_access;
    const std::atomic<bool> *m_cancel;
    std::function<void(const QString &)> m_command;
};

QString contentsOf(const QString &path)
{
    return path.endsWith(u'/') ? path : path + u'/';
}

QString where(const SyncEndpoint &end)
{
    return end.kind == SyncEndpoint::Kind::Host ? end.host : QString();
}

/// The mount roots of removable and external storage on this machine: such a path
/// must be a mount point of its own, or the drive is not there.
bool conventionalExternal(const QString &path, QString *root)
{
    static const QStringList bases = {QStringLiteral("/Volumes/"), QStringLiteral("/media/"),
                                      QStringLiteral("/mnt/"), QStringLiteral("/run/media/")};
    for (const QString &base : bases) {
        if (!path.startsWith(base))
            continue;
        // /media/USER/DRIVE and /run/media/USER/DRIVE hold a user level first.
        const int depth =
            base == QLatin1String("/Volumes/") || base == QLatin1String("/mnt/") ? 1 : 2;
        const QStringList parts = path.mid(base.size()).split(u'/', Qt::SkipEmptyParts);
        if (parts.size() < depth)
            return false;
        *root = base + parts.mid(0, depth).join(u'/');
        return true;
    }
    return false;
}

/// The external storage root `path` lies on for `host` (empty: this machine), or empty.
QString externalRoot(const FleetAccess &access, const QString &host, const QString &path)
{
    if (access.config) {
        for (const ExternalStorage &storage : access.config->externalStorage) {
            if ((host.isEmpty() || storage.host.name == host) && !storage.path.isEmpty() &&
                (path == storage.path || path.startsWith(contentsOf(storage.path))))
                return storage.path;
        }
    }
    QString root;
    if (host.isEmpty() && conventionalExternal(path, &root))
        return root;
    return {};
}

} // namespace

namespace {

bool versionChecked(Checker &checker, const QString &host, const QString &rsync, QString *error,
                    bool *transient);

/// The local rsync programs found new enough, with the time each was modified: a
/// runner checks this machine's rsync once, not before every job, and again after an
/// upgrade or downgrade.
QMutex g_checkedMutex;
QHash<QString, QDateTime> g_checkedRsync;

bool versionOk(Checker &checker, const QString &host, const QString &rsync, QString *error,
               bool *transient)
{
    const QDateTime modified = QFileInfo(rsync).lastModified();
    if (host.isEmpty() && modified.isValid()) {
        const QMutexLocker lock(&g_checkedMutex);
        if (g_checkedRsync.value(rsync) == modified)
            return true;
    }
    const bool ok = versionChecked(checker, host, rsync, error, transient);
    if (ok && host.isEmpty() && modified.isValid()) {
        const QMutexLocker lock(&g_checkedMutex);
        g_checkedRsync.insert(rsync, modified);
    }
    return ok;
}

bool versionChecked(Checker &checker, const QString &host, const QString &rsync, QString *error,
                    bool *transient)
{
    ProcessResult result;
    if (!checker.run(host, {rsync, QStringLiteral("--version")}, &result, error, transient))
        return false;
    const QString place = host.isEmpty() ? Text::tr("this machine") : host;
    const std::optional<std::pair<int, int>> version = parseRsyncVersion(result.standardOutput);
    if (!result.succeeded() || !version) {
        *error = Text::tr("rsync is not installed on %1 (%2)")
                     .arg(place, firstOutputLine(result.standardError));
        return false;
    }
    if (*version < std::make_pair(3, 1)) {
        *error = Text::tr("rsync on %1 is %2.%3; 3.1 or newer is needed (macOS: install it "
                          "with Homebrew and set the host's rsync_path)")
                     .arg(place)
                     .arg(version->first)
                     .arg(version->second);
        return false;
    }
    return true;
}

/// The space where `end` lies, from `df -Pk` (a host) or the filesystem (here); false
/// with `error` when it is not there.
bool spaceOf(Checker &checker, const SyncEndpoint &end, Space *space, QString *error,
             bool *transient)
{
    if (end.kind == SyncEndpoint::Kind::Local) {
        if (!QFileInfo(end.path).isDir()) {
            *error = Text::tr("the destination %1 does not exist; Quartermaster never creates "
                              "a destination root")
                         .arg(end.path);
            return false;
        }
        const QStorageInfo storage(end.path);
        space->mountPoint = storage.rootPath();
        space->availableBytes = storage.bytesAvailable();
        space->usedBytes = storage.bytesTotal() - storage.bytesFree();
        return true;
    }
    ProcessResult result;
    if (!checker.run(end.host,
                     {QStringLiteral("df"), QStringLiteral("-Pk"), QStringLiteral("--"), end.path},
                     &result, error, transient))
        return false;
    const DfOutput df = parseDfOutput(result.standardOutput);
    if (!result.succeeded() || df.volumes.isEmpty()) {
        *error = Text::tr("the destination %1 does not exist on %2; Quartermaster never creates "
                          "a destination root")
                     .arg(end.path, end.host);
        return false;
    }
    const Volume &volume = df.volumes.constFirst();
    space->mountPoint = volume.mountPoint;
    space->availableBytes = volume.availableBytes;
    space->usedBytes = volume.usedBytes;
    return true;
}

bool sourceHasFiles(Checker &checker, const FleetAccess &access, const SyncEndpoint &end,
                    QString *error, bool *transient)
{
    if (end.kind == SyncEndpoint::Kind::Local) {
        const QFileInfo info(end.path);
        if (!info.isDir()) {
            *error = Text::tr("the source %1 does not exist").arg(end.path);
            return false;
        }
        if (QDir(end.path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden |
                                   QDir::System)) {
            *error = Text::tr("the source %1 is empty: nothing to sync (an unmounted drive?)")
                         .arg(end.path);
            return false;
        }
        return true;
    }
    const QStringList argv =
        end.kind == SyncEndpoint::Kind::Host
            ? QStringList{QStringLiteral("ls"), QStringLiteral("-A"), QStringLiteral("--"),
                          end.path}
            : QStringList{access.programs.rclone, QStringLiteral("lsf"),
                          QStringLiteral("--max-depth=1"), end.remote + u':' + end.path};
    ProcessResult result;
    if (!checker.run(where(end), argv, &result, error, transient))
        return false;
    if (!result.succeeded()) {
        *error = Text::tr("the source %1 cannot be listed: %2")
                     .arg(end.text, firstOutputLine(result.standardError));
        return false;
    }
    if (result.standardOutput.trimmed().isEmpty()) {
        *error = Text::tr("the source %1 is empty: nothing to sync").arg(end.text);
        return false;
    }
    return true;
}

/// Whether the two ends are one place (or one inside the other), after resolving
/// local paths.
bool samePlace(const SyncEndpoint &a, const SyncEndpoint &b)
{
    const auto target = [](const SyncEndpoint &end) -> QString {
        switch (end.kind) {
        case SyncEndpoint::Kind::Local: {
            const QString canonical = QFileInfo(end.path).canonicalFilePath();
            return canonical.isEmpty() ? end.path : canonical;
        }
        case SyncEndpoint::Kind::Host:
            return end.host + u':' + end.path;
        case SyncEndpoint::Kind::Rclone:
            return end.text;
        }
        return end.text;
    };
    return targetsOverlap(target(a), target(b));
}

/// Reads an rclone dry run's JSON log: what it would copy and delete.
RsyncDryRun parseRcloneDryRun(const QByteArray &log)
{
    RsyncDryRun result;
    result.statsFound = true;
    for (const QByteArray &line : log.split('\n')) {
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        const QString message = entry.value(QStringLiteral("msg")).toString();
        const QString object = entry.value(QStringLiteral("object")).toString();
        if (message.startsWith(QLatin1String("Skipped delete"))) {
            ++result.deleteCount;
            if (result.deletions.size() < RsyncDryRun::kMaxListed)
                result.deletions.append(object);
        } else if (message.startsWith(QLatin1String("Skipped copy"))) {
            ++result.filesToTransfer;
        } else if (std::optional<SyncProgress> stats = parseRcloneStatsLine(line)) {
            result.bytesToTransfer = std::max<qint64>(result.bytesToTransfer, stats->bytesDone);
        }
    }
    return result;
}

} // namespace

QString protectedDestinationRefusal(const SyncRequest &request)
{
    // A deleting run removes what the source lacks: never across a protected folder
    // (all of / but the source, say) unless the person named it.
    const SyncEndpoint &to = request.destination;
    if (!request.deleteExtraneous || to.kind == SyncEndpoint::Kind::Rclone)
        return QString();
    return to.kind == SyncEndpoint::Kind::Local
               ? checkLocalRoot(to.path, request.allowProtectedRoot)
               : checkRootByName(to.text, to.path, request.allowProtectedRoot);
}

std::optional<SyncPlan> planSync(const SyncRequest &request, const FleetAccess &access,
                                 const std::atomic<bool> *cancel, QString *error, bool *transient,
                                 const std::function<void(const QString &)> &command)
{
    bool ignored = false;
    if (!transient)
        transient = &ignored;
    *transient = false;
    Checker checker(access, cancel, command);
    const SyncEndpoint &from = request.source;
    const SyncEndpoint &to = request.destination;
    const bool rclone =
        from.kind == SyncEndpoint::Kind::Rclone || to.kind == SyncEndpoint::Kind::Rclone;

    if (samePlace(from, to)) {
        *error = Text::tr("the source and the destination are the same place, or one lies "
                          "inside the other");
        return std::nullopt;
    }
    if (const QString refusal = protectedDestinationRefusal(request); !refusal.isEmpty()) {
        *error = refusal;
        return std::nullopt;
    }
    const auto hostFor = [&access](const QString &name) -> std::optional<HostAccess> {
        return access.host(name);
    };
    // rsync ≥ 3.1 wherever it runs: this machine unless both ends are hosts, and each host.
    if (!rclone) {
        const bool bothHosts =
            from.kind == SyncEndpoint::Kind::Host && to.kind == SyncEndpoint::Kind::Host;
        if (!bothHosts && !versionOk(checker, QString(), access.programs.rsync, error, transient))
            return std::nullopt;
        for (const SyncEndpoint *end : {&from, &to}) {
            if (end->kind != SyncEndpoint::Kind::Host)
                continue;
            const std::optional<HostAccess> host = hostFor(end->host);
            if (!host) {
                *error = Text::tr("“%1” is not a host of the config").arg(end->host);
                return std::nullopt;
            }
            if (!versionOk(checker, end->host,
                           host->rsyncPath.isEmpty() ? QStringLiteral("rsync") : host->rsyncPath,
                           error, transient))
                return std::nullopt;
        }
    }
    if (!sourceHasFiles(checker, access, from, error, transient))
        return std::nullopt;

    Space space;
    const bool spaceKnown = to.kind != SyncEndpoint::Kind::Rclone;
    if (spaceKnown) {
        if (!spaceOf(checker, to, &space, error, transient))
            return std::nullopt;
        const QString external = externalRoot(access, where(to), to.path);
        if (!external.isEmpty() && space.mountPoint != external &&
            !space.mountPoint.startsWith(contentsOf(external))) {
            *error = Text::tr("the external storage %1 is not mounted (%2 lies on %3): nothing "
                              "is synced there")
                         .arg(external, to.path, space.mountPoint);
            return std::nullopt;
        }
        const std::optional<ConfigNumber> maxUsage =
            access.config ? access.config->maxDiskUsagePercent : std::nullopt;
        if (maxUsage && space.usedPercent() >= maxUsage->value) {
            *error = Text::tr("the destination is %1 % full, at or above max_disk_usage_percent "
                              "(%2 %): it receives no sync")
                         .arg(space.usedPercent(), 0, 'f', 1)
                         .arg(maxUsage->value);
            return std::nullopt;
        }
    }

    // The dry run: what would be copied and deleted.
    SyncRequest dry = request;
    dry.maxDelete = 0;
    dry.bandwidthMegabytesPerSecond.reset();
    QString buildError;
    const std::optional<SyncCommand> dryCommand = commandFor(dry, true, access, &buildError);
    if (!dryCommand) {
        *error = buildError;
        return std::nullopt;
    }
    ProcessResult result;
    if (!checker.run(QString(), QStringList{dryCommand->program} + dryCommand->arguments, &result,
                     error, transient, kDryRunTimeoutMs))
        return std::nullopt;
    if (result.outcome == ProcessResult::Outcome::Cancelled) {
        *error = Text::tr("cancelled");
        return std::nullopt;
    }
    const RsyncDryRun run =
        rclone ? parseRcloneDryRun(result.standardError) : parseRsyncDryRun(result.standardOutput);
    if (!result.succeeded() || !run.statsFound) {
        *error = Text::tr("the dry run failed: %1")
                     .arg(firstOutputLine(result.standardError.isEmpty() ? result.standardOutput
                                                                         : result.standardError));
        *transient = result.exitCode == 10 || result.exitCode == 12 || result.exitCode == 30 ||
                     result.exitCode == 35 || result.exitCode == 255;
        return std::nullopt;
    }
    SyncPlan plan;
    plan.filesToTransfer = run.filesToTransfer;
    plan.bytesToTransfer = run.bytesToTransfer;
    plan.deleteCount = run.deleteCount;
    plan.deletions = run.deletions;

    if (spaceKnown) {
        if (plan.bytesToTransfer > space.availableBytes) {
            *error = Text::tr("the destination has %1 free; the sync needs %2")
                         .arg(formatDataSize(space.availableBytes),
                              formatDataSize(plan.bytesToTransfer));
            return std::nullopt;
        }
        const std::optional<ConfigNumber> minFree =
            access.config ? access.config->minFreeDiskPercent : std::nullopt;
        const qint64 sum = space.usedBytes + space.availableBytes;
        if (minFree && sum > 0 &&
            100.0 * double(space.usedBytes + plan.bytesToTransfer) / double(sum) >
                100.0 - minFree->value) {
            *error = Text::tr("the sync would leave the destination with less than "
                              "min_free_disk_percent (%1 %) free")
                         .arg(minFree->value);
            return std::nullopt;
        }
    }
    return plan;
}

} // namespace qm
