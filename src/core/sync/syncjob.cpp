#include "syncjob.h"

#include "cleanup/protectedroots.h"
#include "hosts/processrunner.h"
#include "hosts/sshtransport.h"
#include "probes/dfoutput.h"
#include "sync/syncoutput.h"
#include "units/datasize.h"

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

#include <map>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::SyncJob)
};

constexpr int kCheckTimeoutMs = 60'000;
/// A dry run walks both trees; a big tree over a slow link takes a while.
constexpr int kDryRunTimeoutMs = 30 * 60'000;
/// rsync's own --timeout stops a stalled transfer; this only catches a hung program.
constexpr int kRunTimeoutMs = 7 * 24 * 3600 * 1000;

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
    Checker(const SyncEnvironment &environment, const std::atomic<bool> *cancel,
            const std::function<void(const QString &)> &command)
        : m_environment(environment)
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
        const std::optional<SyncHost> reach = m_environment.host(host);
        if (!reach) {
            *error = Text::tr("“%1” is not a host of the config").arg(host);
            return false;
        }
        const SshTransport transport(reach->ssh, m_environment.sshOptions);
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

    const SyncEnvironment &m_environment;
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
QString externalRoot(const SyncEnvironment &environment, const QString &host, const QString &path)
{
    if (environment.config) {
        for (const ExternalStorage &storage : environment.config->externalStorage) {
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

std::optional<SyncHost> SyncEnvironment::host(const QString &name) const
{
    const FleetHost *entry = config ? config->host(name) : nullptr;
    if (!entry)
        return std::nullopt;
    SyncHost host;
    host.name = name;
    host.ssh.host = entry->sshHost.isEmpty() ? name : entry->sshHost;
    host.ssh.port = entry->sshPort;
    host.ssh.user = entry->sshUser;
    host.ssh.key = expandHomePath(entry->sshKey);
    host.rsyncPath = entry->rsyncPath;
    return host;
}

SyncEnvironment SyncEnvironment::withPrograms(std::shared_ptr<const FleetConfig> config,
                                              const SshOptions &options)
{
    SyncEnvironment environment;
    environment.config = std::move(config);
    environment.sshOptions = options;
    for (auto [program, name] : {std::pair{&environment.rsync, QStringLiteral("rsync")},
                                 std::pair{&environment.ssh, QStringLiteral("ssh")},
                                 std::pair{&environment.rclone, QStringLiteral("rclone")}}) {
        const QString found = findProgram(name);
        *program = found.isEmpty() ? name : found;
    }
    return environment;
}

JobSpec syncJobSpec(const SyncRequest &request)
{
    JobSpec spec;
    spec.kind = JobKind::Sync;
    spec.parameters = {{QStringLiteral("source"), request.source.text},
                       {QStringLiteral("destination"), request.destination.text},
                       {QStringLiteral("delete"), request.deleteExtraneous},
                       {QStringLiteral("maxDelete"), request.maxDelete},
                       {QStringLiteral("push"), request.pushFromSource}};
    if (!request.allowProtectedRoot.isEmpty())
        spec.parameters.insert(QStringLiteral("allowProtectedRoot"), request.allowProtectedRoot);
    spec.source = request.source.text;
    spec.destination = request.destination.text;
    for (const SyncEndpoint *end : {&request.source, &request.destination}) {
        if (end->kind == SyncEndpoint::Kind::Host && !spec.hosts.contains(end->host))
            spec.hosts.append(end->host);
    }
    spec.destructive = request.deleteExtraneous;
    return spec;
}

std::optional<SyncRequest> syncRequestFrom(const QJsonObject &parameters, QString *error)
{
    const std::optional<SyncEndpoint> source =
        SyncEndpoint::parse(parameters.value(QStringLiteral("source")).toString(), error);
    if (!source)
        return std::nullopt;
    const std::optional<SyncEndpoint> destination =
        SyncEndpoint::parse(parameters.value(QStringLiteral("destination")).toString(), error);
    if (!destination)
        return std::nullopt;
    SyncRequest request;
    request.source = *source;
    request.destination = *destination;
    request.deleteExtraneous = parameters.value(QStringLiteral("delete")).toBool();
    request.maxDelete = parameters.value(QStringLiteral("maxDelete")).toInteger();
    request.pushFromSource = parameters.value(QStringLiteral("push")).toBool();
    request.allowProtectedRoot = parameters.value(QStringLiteral("allowProtectedRoot")).toString();
    return request;
}

QJsonObject SyncPlan::toJson() const
{
    return {{QStringLiteral("filesToTransfer"), filesToTransfer},
            {QStringLiteral("bytesToTransfer"), bytesToTransfer},
            {QStringLiteral("deleteCount"), deleteCount},
            {QStringLiteral("deletions"), QJsonArray::fromStringList(deletions)}};
}

SyncPlan SyncPlan::fromJson(const QJsonObject &object)
{
    SyncPlan plan;
    plan.filesToTransfer = object.value(QStringLiteral("filesToTransfer")).toInteger();
    plan.bytesToTransfer = object.value(QStringLiteral("bytesToTransfer")).toInteger();
    plan.deleteCount = object.value(QStringLiteral("deleteCount")).toInteger();
    for (const QJsonValue &path : object.value(QStringLiteral("deletions")).toArray())
        plan.deletions.append(path.toString());
    return plan;
}

QStringList SyncPlan::describe() const
{
    QStringList lines;
    lines.append(Text::tr("%n file(s) to copy (%1)", nullptr, int(filesToTransfer))
                     .arg(formatDataSize(bytesToTransfer)));
    if (deleteCount > 0) {
        lines.append(
            Text::tr("%n file(s) to delete at the destination:", nullptr, int(deleteCount)));
        for (const QString &path : deletions)
            lines.append(QStringLiteral("  ") + path);
        if (deleteCount > deletions.size())
            lines.append(Text::tr("  … and %n more", nullptr, int(deleteCount - deletions.size())));
    }
    return lines;
}

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

bool sourceHasFiles(Checker &checker, const SyncEnvironment &environment, const SyncEndpoint &end,
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
            : QStringList{environment.rclone, QStringLiteral("lsf"),
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

/// The engine's command for `request`, with the hosts of the config.
std::optional<SyncCommand> commandFor(const SyncRequest &request, bool dryRun,
                                      const SyncEnvironment &environment, QString *error)
{
    std::map<QString, SyncHost> hosts;
    for (const SyncEndpoint *end : {&request.source, &request.destination}) {
        if (end->kind != SyncEndpoint::Kind::Host)
            continue;
        if (const std::optional<SyncHost> host = environment.host(end->host))
            hosts.emplace(end->host, *host);
    }
    return buildSyncCommand(
        request, dryRun,
        [&hosts](const QString &name) -> const SyncHost * {
            const auto found = hosts.find(name);
            return found == hosts.end() ? nullptr : &found->second;
        },
        environment.sshOptions, environment.rsync, environment.ssh, environment.rclone, error);
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

std::optional<SyncPlan> planSync(const SyncRequest &request, const SyncEnvironment &environment,
                                 const std::atomic<bool> *cancel, QString *error, bool *transient,
                                 const std::function<void(const QString &)> &command)
{
    bool ignored = false;
    if (!transient)
        transient = &ignored;
    *transient = false;
    Checker checker(environment, cancel, command);
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
    const auto hostFor = [&environment](const QString &name) -> std::optional<SyncHost> {
        return environment.host(name);
    };
    // rsync ≥ 3.1 wherever it runs: this machine unless both ends are hosts, and each host.
    if (!rclone) {
        const bool bothHosts =
            from.kind == SyncEndpoint::Kind::Host && to.kind == SyncEndpoint::Kind::Host;
        if (!bothHosts && !versionOk(checker, QString(), environment.rsync, error, transient))
            return std::nullopt;
        for (const SyncEndpoint *end : {&from, &to}) {
            if (end->kind != SyncEndpoint::Kind::Host)
                continue;
            const std::optional<SyncHost> host = hostFor(end->host);
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
    if (!sourceHasFiles(checker, environment, from, error, transient))
        return std::nullopt;

    Space space;
    const bool spaceKnown = to.kind != SyncEndpoint::Kind::Rclone;
    if (spaceKnown) {
        if (!spaceOf(checker, to, &space, error, transient))
            return std::nullopt;
        const QString external = externalRoot(environment, where(to), to.path);
        if (!external.isEmpty() && space.mountPoint != external &&
            !space.mountPoint.startsWith(contentsOf(external))) {
            *error = Text::tr("the external storage %1 is not mounted (%2 lies on %3): nothing "
                              "is synced there")
                         .arg(external, to.path, space.mountPoint);
            return std::nullopt;
        }
        const std::optional<ConfigNumber> maxUsage =
            environment.config ? environment.config->maxDiskUsagePercent : std::nullopt;
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
    const std::optional<SyncCommand> dryCommand = commandFor(dry, true, environment, &buildError);
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
            environment.config ? environment.config->minFreeDiskPercent : std::nullopt;
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

JobOutcome runSyncJob(JobContext &context, const SyncEnvironment &environment)
{
    QString error;
    std::optional<SyncRequest> request = syncRequestFrom(context.job().spec.parameters, &error);
    if (!request)
        return JobOutcome::failed(error);
    // The bandwidth limit of the host at the far end (the lower of two hosts').
    for (const SyncEndpoint *end : {&request->source, &request->destination}) {
        if (end->kind != SyncEndpoint::Kind::Host || !environment.config)
            continue;
        if (const std::optional<double> limit = environment.config->bandwidthLimitFor(end->host))
            request->bandwidthMegabytesPerSecond =
                std::min(*limit, request->bandwidthMegabytesPerSecond.value_or(*limit));
    }

    context.log(Text::tr("checking %1 → %2").arg(request->source.text, request->destination.text));
    bool transient = false;
    const std::optional<SyncPlan> plan =
        planSync(*request, environment, context.cancelFlag(), &error, &transient,
                 [&context](const QString &line) { context.command(line); });
    if (context.cancelled())
        return JobOutcome::cancelled();
    if (!plan)
        return JobOutcome::failed(error, transient);

    if (request->deleteExtraneous) {
        // A deleting run removes only what the reviewed plan showed.
        if (context.job().plan.isEmpty())
            return JobOutcome::failed(Text::tr(
                "a sync that deletes needs a reviewed plan: queue it again with its dry run"));
        const SyncPlan reviewed = SyncPlan::fromJson(context.job().plan);
        const QSet<QString> allowed(reviewed.deletions.cbegin(), reviewed.deletions.cend());
        const bool complete = reviewed.deletions.size() == reviewed.deleteCount;
        qint64 unexpected = std::max<qint64>(0, plan->deleteCount - reviewed.deleteCount);
        for (const QString &path : plan->deletions)
            unexpected += complete && !allowed.contains(path) ? 1 : 0;
        if (unexpected > 0)
            return JobOutcome::failed(
                Text::tr("the destination changed since the plan was reviewed: %n deletion(s) "
                         "not in the plan; nothing was deleted. Review the new plan and queue "
                         "it again",
                         nullptr, int(unexpected)));
        request->maxDelete = std::min(request->maxDelete, reviewed.deleteCount);
    } else if (!context.savePlan(plan->toJson(), &error)) {
        return JobOutcome::failed(error, true);
    }
    for (const QString &line : plan->describe().mid(0, 3))
        context.log(line);

    const std::optional<SyncCommand> command = commandFor(*request, false, environment, &error);
    if (!command)
        return JobOutcome::failed(error);
    ProcessRequest process;
    process.program = command->program;
    process.arguments = command->arguments;
    process.timeoutMs = kRunTimeoutMs;
    process.cancel = context.cancelFlag();
    context.command(displayCommandLine(process.program, process.arguments));
    const qint64 total = plan->bytesToTransfer;
    JobProgress last;
    const auto report = [&](const SyncProgress &progress) {
        last.bytesDone = progress.bytesDone;
        last.bytesTotal = total;
        last.fraction = progress.fraction >= 0
                            ? progress.fraction
                            : (total > 0 ? double(progress.bytesDone) / double(total) : 0);
        last.rateBytesPerSecond = progress.rateBytesPerSecond;
        last.etaSeconds = progress.etaSeconds;
        context.progress(last);
    };
    OutputLines lines([&](QByteArrayView line) {
        const std::optional<SyncProgress> progress =
            command->rclone ? parseRcloneStatsLine(line) : parseRsyncProgressLine(line);
        if (progress)
            report(*progress);
    });
    if (command->rclone)
        process.onError = [&lines](QByteArrayView chunk) { lines.feed(chunk); };
    else
        process.onOutput = [&lines](QByteArrayView chunk) {
            lines.feed(chunk);
            return true;
        };
    const ProcessResult result = runProcess(process);
    lines.finish();
    if (result.outcome == ProcessResult::Outcome::Cancelled || context.cancelled())
        return JobOutcome::cancelled();
    const QString why = firstOutputLine(result.standardError);
    if (result.outcome != ProcessResult::Outcome::Finished)
        return JobOutcome::failed(result.errorString, true);
    switch (result.exitCode) {
    case 0:
        break;
    case 24:
        // Files that vanished at the source while it ran: normal on a busy producer.
        context.log(Text::tr("some source files vanished while the sync ran; the rest is "
                             "copied"));
        break;
    case 25:
        return JobOutcome::failed(
            Text::tr("rsync stopped deleting at the cap of %n file(s) (--max-delete)", nullptr,
                     int(request->maxDelete)));
    case 10:
    case 12:
    case 30:
    case 35:
    case 255:
        return JobOutcome::failed(
            Text::tr("the connection failed (exit %1): %2").arg(result.exitCode).arg(why), true);
    default:
        return JobOutcome::failed(
            Text::tr("%1 failed (exit %2): %3")
                .arg(command->rclone ? QStringLiteral("rclone") : QStringLiteral("rsync"))
                .arg(result.exitCode)
                .arg(why));
    }
    context.log(Text::tr("done: %1 copied").arg(formatDataSize(std::max<qint64>(0, total))));
    return JobOutcome::succeeded();
}

} // namespace qm
