#include "cleanupjob.h"

#include "core/jobs/planlisting.h"
#include "core/remote/fleetaccess.h"
#include "core/remote/sshtransport.h"
#include "core/safety/protectedroots.h"
#include "core/units/datasize.h"
#include "core/volumes/mounttable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>

#include <climits>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::CleanupJob)
};

int countArg(qint64 count)
{
    return int(std::min<qint64>(count, INT_MAX));
}

} // namespace

QString CleanupJobRequest::target() const
{
    return host.isEmpty() ? rule.root : host + QLatin1Char(':') + rule.root;
}

bool parseCleanupTarget(const QString &text, CleanupJobRequest *request, QString *error)
{
    const qsizetype colon = text.startsWith(QLatin1Char('/')) ? -1 : text.indexOf(u':');
    const QString host = colon < 0 ? QString() : text.left(colon);
    const QString path = colon < 0 ? text : text.mid(colon + 1);
    if (path.isEmpty() || !QDir::isAbsolutePath(path) || (colon >= 0 && host.isEmpty())) {
        *error = Text::tr("give the folder as /path or HOST:/path, not “%1”").arg(text);
        return false;
    }
    request->host = host;
    request->rule.root = QDir::cleanPath(path);
    return true;
}

JobSpec cleanupJobSpec(const CleanupJobRequest &request)
{
    JobSpec spec;
    spec.kind = kCleanupJobKind;
    QJsonObject parameters = {
        {QStringLiteral("root"), request.target()},
        {QStringLiteral("olderThanDays"),
         request.rule.olderThanDays < 0 ? QJsonValue() : QJsonValue(request.rule.olderThanDays)},
        {QStringLiteral("patterns"), QJsonArray::fromStringList(request.rule.patterns)}};
    if (request.emptyQuarantine)
        parameters.insert(QStringLiteral("emptyQuarantine"), true);
    if (!request.rule.onlyFiles.isEmpty())
        parameters.insert(QStringLiteral("onlyFiles"), cleanupItemsToJson(request.rule.onlyFiles));
    if (!request.allowProtectedRoot.isEmpty())
        parameters.insert(QStringLiteral("allowProtectedRoot"), request.allowProtectedRoot);
    spec.parameters = parameters;
    spec.source = request.emptyQuarantine
                      ? request.target() + QLatin1Char('/') + QLatin1String(kQuarantineFolderName)
                      : request.target();
    if (!request.host.isEmpty())
        spec.hosts = {request.host};
    spec.destructive = true;
    spec.maxAttempts = 1;
    return spec;
}

std::optional<CleanupJobRequest> cleanupRequestFrom(const QJsonObject &parameters, QString *error)
{
    CleanupJobRequest request;
    const QJsonValue days = parameters.value(QStringLiteral("olderThanDays"));
    const QJsonValue patterns = parameters.value(QStringLiteral("patterns"));
    const QJsonValue onlyFiles = parameters.value(QStringLiteral("onlyFiles"));
    const bool ok =
        parseCleanupTarget(parameters.value(QStringLiteral("root")).toString(), &request, error);
    if (!ok || !(days.isNull() || (days.isDouble() && days.toInt(-1) >= 0)) ||
        !(patterns.isUndefined() || patterns.isArray())) {
        if (error && ok)
            *error = Text::tr("the cleanup job's parameters are damaged (olderThanDays or "
                              "patterns)");
        return std::nullopt;
    }
    request.rule.olderThanDays = days.isNull() ? -1 : days.toInt();
    for (const QJsonValue &pattern : patterns.toArray())
        request.rule.patterns.append(pattern.toString());
    if (!onlyFiles.isUndefined()) {
        QString why;
        std::optional<QList<CleanupItem>> files = cleanupItemsFromJson(onlyFiles, &why);
        if (!files) {
            if (error)
                *error = Text::tr("the cleanup job's chosen files are damaged: %1").arg(why);
            return std::nullopt;
        }
        request.rule.onlyFiles = std::move(*files);
    }
    request.emptyQuarantine = parameters.value(QStringLiteral("emptyQuarantine")).toBool();
    request.allowProtectedRoot = parameters.value(QStringLiteral("allowProtectedRoot")).toString();
    return request;
}

QJsonObject CleanupJobPlan::toJson() const
{
    return local ? local->toJson() : remote->toJson();
}

std::optional<CleanupJobPlan> CleanupJobPlan::fromJson(const QJsonObject &object, QString *error)
{
    CleanupJobPlan plan;
    if (object.contains(QStringLiteral("host"))) {
        plan.remote = RemoteCleanupPlan::fromJson(object, error);
        if (!plan.remote)
            return std::nullopt;
    } else {
        plan.local = CleanupPlan::fromJson(object, error);
        if (!plan.local)
            return std::nullopt;
    }
    return plan;
}

QStringList CleanupJobPlan::describe(int maxListed) const
{
    const CleanupPlan &p = plan();
    QStringList lines;
    if (local) {
        lines = describePlan(*local).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    } else if (remote->emptying) {
        lines << Text::tr("Would delete for good %n file(s) (%1) that the quarantine %2:%3 has "
                          "held for more than %4 day(s).",
                          nullptr, countArg(p.items.size()))
                     .arg(formatDataSize(p.totalBytes), remote->host, p.canonicalRoot)
                     .arg(p.rule.olderThanDays);
    } else {
        lines << Text::tr("Would move %n file(s) (%1) under %2:%3 into the quarantine %2:%4 "
                          "(held there, on the same filesystem, until a cleanup with "
                          "--empty-quarantine deletes them).",
                          nullptr, countArg(p.items.size()))
                     .arg(formatDataSize(p.totalBytes), remote->host, p.canonicalRoot,
                          p.canonicalRoot + QLatin1Char('/') +
                              QLatin1String(kQuarantineFolderName) + QLatin1Char('/') +
                              remote->runFolder);
        if (p.unreadableFolders > 0)
            lines << Text::tr("Folders that could not be read (their files stay): %1.")
                         .arg(p.unreadableFolders);
        if (p.skippedOther > 0)
            lines << Text::tr("Entries left alone (special files, names that are not UTF-8, "
                              "unreadable listing lines): %1.")
                         .arg(p.skippedOther);
    }
    appendPlannedFiles(
        lines, p.items.size(),
        [&](qsizetype i) {
            return std::pair{p.items[i].relativePath, p.items[i].sizeBytes};
        },
        maxListed);
    return lines;
}

QString checkCleanupRoot(const CleanupJobRequest &request, const FleetAccess &access,
                         const std::atomic<bool> *cancel, bool *unreachable)
{
    bool ignored = false;
    bool &offline = unreachable ? *unreachable : ignored;
    offline = false;
    if (request.emptyQuarantine)
        return QString();
    if (request.host.isEmpty())
        return checkLocalRoot(request.rule.root, request.allowProtectedRoot);
    const std::optional<HostAccess> host = access.host(request.host);
    if (!host)
        return Text::tr("“%1” is not a host of the config").arg(request.host);
    const SshTransport ssh = access.transport(*host);
    return checkRemoteRoot(ssh, request.host, request.rule.root, request.allowProtectedRoot, cancel,
                           &offline);
}

QString cleanupRootRefusalByName(const CleanupJobRequest &request)
{
    if (request.emptyQuarantine)
        return QString();
    if (!request.host.isEmpty())
        return checkRootByName(request.target(), request.rule.root, request.allowProtectedRoot);
    QString ignored;
    QStringList mountPoints;
    for (const MountEntry &entry : readMountTable(&ignored))
        mountPoints.append(entry.mountPoint);
    const QString root = QDir::cleanPath(request.rule.root);
    const QString reason = protectedRootReason(root, QDir::homePath(), mountPoints);
    if (reason.isEmpty() || QDir::cleanPath(request.allowProtectedRoot) == root)
        return QString();
    return protectedRootRefusal(request.rule.root, reason);
}

std::optional<CleanupJobPlan> planCleanupJob(const CleanupJobRequest &request,
                                             const FleetAccess &access,
                                             const std::atomic<bool> *cancel, QString *error,
                                             const std::function<void(const QString &)> &command)
{
    const QString refusal = checkCleanupRoot(request, access, cancel);
    if (!refusal.isEmpty()) {
        *error = refusal;
        return std::nullopt;
    }
    return listCleanupCandidates(request, access, cancel, error, command);
}

std::optional<CleanupJobPlan>
listCleanupCandidates(const CleanupJobRequest &request, const FleetAccess &access,
                      const std::atomic<bool> *cancel, QString *error,
                      const std::function<void(const QString &)> &command)
{
    CleanupJobPlan plan;
    if (request.host.isEmpty()) {
        if (request.emptyQuarantine) {
            *error = Text::tr("only a host's folder has a quarantine: this machine's files go "
                              "to the system trash");
            return std::nullopt;
        }
        plan.local = planCleanup(request.rule, cancel, error);
        if (!plan.local)
            return std::nullopt;
        return plan;
    }
    const std::optional<HostAccess> host = access.host(request.host);
    if (!host) {
        *error = Text::tr("“%1” is not a host of the config").arg(request.host);
        return std::nullopt;
    }
    const SshTransport ssh = access.transport(*host);
    const qint64 now =
        request.rule.nowMs >= 0 ? request.rule.nowMs : QDateTime::currentMSecsSinceEpoch();
    plan.remote = planRemoteCleanup(ssh, request.host, request.rule, request.emptyQuarantine,
                                    quarantineRunFolder(now), cancel, error, command);
    if (!plan.remote)
        return std::nullopt;
    return plan;
}

JobOutcome runCleanupJob(JobContext &context, const FleetAccess &access)
{
    QString error;
    std::optional<CleanupJobPlan> plan;
    const auto command = [&context](const QString &line) { context.command(line); };
    if (!context.job().plan.isEmpty()) {
        plan = CleanupJobPlan::fromJson(context.job().plan, &error);
        if (!plan)
            return JobOutcome::failed(Text::tr("the saved plan is damaged: %1").arg(error));
        // A saved plan passed the check when it was made; its root is checked again, so
        // that no way of queueing a plan gets around it.
        std::optional<CleanupJobRequest> request =
            cleanupRequestFrom(context.job().spec.parameters, &error);
        if (!request)
            return JobOutcome::failed(error);
        bool unreachable = false;
        const QString refusal =
            checkCleanupRoot(*request, access, context.cancelFlag(), &unreachable);
        if (context.cancelled())
            return JobOutcome::cancelled();
        if (!refusal.isEmpty())
            return JobOutcome::failed(refusal, unreachable);
        context.log(Text::tr("executing the saved plan"));
    } else {
        std::optional<CleanupJobRequest> request =
            cleanupRequestFrom(context.job().spec.parameters, &error);
        if (!request)
            return JobOutcome::failed(error);
        request->rule.nowMs = context.nowMs();
        plan = planCleanupJob(*request, access, context.cancelFlag(), &error, command);
        if (context.cancelled())
            return JobOutcome::cancelled();
        if (!plan)
            return JobOutcome::failed(error);
        if (!context.savePlan(plan->toJson(), &error))
            return JobOutcome::failed(Text::tr("the plan could not be saved: %1").arg(error), true);
    }
    for (const QString &line : plan->describe(0))
        context.log(line);

    const qint64 totalBytes = plan->plan().totalBytes;
    const qint64 totalFiles = plan->plan().items.size();
    QElapsedTimer clock;
    clock.start();
    CleanupCallbacks callbacks;
    callbacks.cancel = context.cancelFlag();
    callbacks.log = [&context](const QString &line) { context.log(line); };
    callbacks.removed = [&context](const QString &path, qint64 bytes, const QString &whereTo) {
        context.log(Text::tr("removed %1 (%2) → %3").arg(path, formatDataSize(bytes), whereTo));
    };
    callbacks.progress = [&](qint64 files, qint64 bytes) {
        JobProgress progress = jobProgressOf(bytes, totalBytes, clock.elapsed());
        if (totalBytes <= 0 && totalFiles > 0)
            progress.fraction = double(files) / double(totalFiles);
        context.progress(progress);
    };
    CleanupResult result;
    if (plan->local) {
        result = executeCleanup(*plan->local, {}, callbacks);
    } else {
        const std::optional<HostAccess> host = access.host(plan->remote->host);
        if (!host)
            return JobOutcome::failed(
                Text::tr("“%1” is not a host of the config").arg(plan->remote->host));
        const SshTransport ssh = access.transport(*host);
        result = executeRemoteCleanup(ssh, *plan->remote, {}, callbacks, command);
    }
    // executeCleanup logs its summary through callbacks.log; the remote run leaves it here.
    if (plan->remote)
        context.log(describeResult(result));
    if (result.cancelled)
        return JobOutcome::cancelled();
    if (!result.ok)
        return JobOutcome::failed(result.error);
    return JobOutcome::succeeded();
}

} // namespace qm
