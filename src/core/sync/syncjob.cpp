#include "syncjob.h"

#include "core/remote/processrunner.h"
#include "core/remote/sshtransport.h"
#include "core/sync/syncoutput.h"
#include "core/units/datasize.h"
#include "syncjobcommand.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSet>

#include <map>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::SyncJob)
};

/// rsync's own --timeout stops a stalled transfer; this only catches a hung program.
constexpr int kRunTimeoutMs = 7 * 24 * 3600 * 1000;

} // namespace

JobSpec syncJobSpec(const SyncRequest &request)
{
    JobSpec spec;
    spec.kind = kSyncJobKind;
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

std::optional<SyncCommand> commandFor(const SyncRequest &request, bool dryRun,
                                      const FleetAccess &access, QString *error)
{
    std::map<QString, HostAccess> hosts;
    for (const SyncEndpoint *end : {&request.source, &request.destination}) {
        if (end->kind != SyncEndpoint::Kind::Host)
            continue;
        if (const std::optional<HostAccess> host = access.host(end->host))
            hosts.emplace(end->host, *host);
    }
    return buildSyncCommand(
        request, dryRun,
        [&hosts](const QString &name) -> const HostAccess * {
            const auto found = hosts.find(name);
            return found == hosts.end() ? nullptr : &found->second;
        },
        access.ssh, access.programs.rsync, access.programs.ssh, access.programs.rclone, error);
}

JobOutcome runSyncJob(JobContext &context, const FleetAccess &access)
{
    QString error;
    std::optional<SyncRequest> request = syncRequestFrom(context.job().spec.parameters, &error);
    if (!request)
        return JobOutcome::failed(error);
    // The bandwidth limit of the host at the far end (the lower of two hosts').
    for (const SyncEndpoint *end : {&request->source, &request->destination}) {
        if (end->kind != SyncEndpoint::Kind::Host)
            continue;
        if (const std::optional<double> limit = access.bandwidthLimitFor(end->host))
            request->bandwidthMegabytesPerSecond =
                std::min(*limit, request->bandwidthMegabytesPerSecond.value_or(*limit));
    }

    context.log(Text::tr("checking %1 → %2").arg(request->source.text, request->destination.text));
    bool transient = false;
    const std::optional<SyncPlan> plan =
        planSync(*request, access, context.cancelFlag(), &error, &transient,
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

    const std::optional<SyncCommand> command = commandFor(*request, false, access, &error);
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
