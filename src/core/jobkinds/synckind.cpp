// The sync kind: rsync or rclone from a source to a destination (src/core/sync/).

#include "core/safety/protectedroots.h"
#include "core/sync/syncjob.h"
#include "jobkindcatalogue.h"
#include "kindtext.h"

#include <algorithm>

namespace qm {

namespace {

JobFromArguments syncFromArguments(const QStringList &words, const JobKindOptions &options,
                                   const JobEnvironment &environment)
{
    const bool deleting = options.deleting;
    const qint64 maxDelete = std::max<qint64>(options.maxDelete, 0);
    if (deleting && options.maxDelete < 0)
        return JobFromArguments::refused(
            JobRefusal::BadArguments,
            kindtext::Arguments::tr("sync --delete needs --max-delete N (N ≥ 0)"));
    if (words.size() != 2)
        return JobFromArguments::refused(
            JobRefusal::BadArguments,
            kindtext::Arguments::tr("give SRC and DEST: /path, HOST:/path or rclone:REMOTE:path"));
    QString error;
    const std::optional<SyncEndpoint> source = SyncEndpoint::parse(words[0], &error);
    const std::optional<SyncEndpoint> destination =
        source ? SyncEndpoint::parse(words[1], &error) : std::nullopt;
    if (!destination)
        return JobFromArguments::refused(JobRefusal::BadArguments, error);
    SyncRequest request;
    request.source = *source;
    request.destination = *destination;
    request.deleteExtraneous = deleting;
    request.maxDelete = maxDelete;
    request.pushFromSource = options.push;
    request.allowProtectedRoot = options.allowProtectedRoot;
    for (const SyncEndpoint *end : {source.operator->(), destination.operator->()}) {
        if (end->kind == SyncEndpoint::Kind::Host &&
            (!environment.config || !environment.config->host(end->host)))
            return JobFromArguments::refused(
                JobRefusal::BadArguments,
                kindtext::unknownHost(end->host, environment.config != nullptr));
    }
    if (const QString refusal = protectedDestinationRefusal(request); !refusal.isEmpty())
        return JobFromArguments::refused(JobRefusal::BadArguments, refusal);
    JobFromArguments result;
    result.job = PreparedJob{syncJobSpec(request), {}, {}};
    if (!deleting && !options.dryRunAlways)
        return result;

    // A run that deletes: its dry run is the plan, shown first. One that does not: the
    // dry run shows its checks and what it would copy; the job plans again when it runs.
    const FleetAccess sync = FleetAccess::withPrograms(environment.config, environment.ssh);
    const std::optional<SyncPlan> plan = planSync(request, sync, nullptr, &error);
    if (!plan)
        return JobFromArguments::refused(JobRefusal::NotPlanned, error);
    if (!deleting) {
        result.job->description = plan->describe();
        return result;
    }
    if (plan->deleteCount > maxDelete)
        return JobFromArguments::refused(
            JobRefusal::PlanExceedsLimit,
            kindtext::Arguments::tr("the dry run deletes %n file(s), more than --max-delete %1: "
                                    "nothing queued",
                                    nullptr, int(plan->deleteCount))
                .arg(maxDelete),
            plan->describe());
    result.job->plan = plan->toJson();
    result.job->description = plan->describe();
    return result;
}

std::optional<JobArguments> syncArguments(const JobSpec &spec)
{
    QString error;
    const std::optional<SyncRequest> request = syncRequestFrom(spec.parameters, &error);
    if (!request)
        return std::nullopt;
    JobArguments arguments{{request->source.text, request->destination.text}, {}};
    arguments.options.deleting = request->deleteExtraneous;
    arguments.options.maxDelete = request->deleteExtraneous ? request->maxDelete : -1;
    arguments.options.push = request->pushFromSource;
    arguments.options.allowProtectedRoot = request->allowProtectedRoot;
    return arguments;
}

std::optional<JobFields> syncFields(const JobSpec &spec, QString *error)
{
    const std::optional<SyncRequest> request = syncRequestFrom(spec.parameters, error);
    if (!request)
        return std::nullopt;
    JobFields fields = {{kindtext::Details::tr("Source"), request->source.text},
                        {kindtext::Details::tr("Destination"), request->destination.text}};
    fields.append({kindtext::Details::tr("Extra files at the destination"),
                   request->deleteExtraneous
                       ? kindtext::Details::tr("deleted, at most %n", nullptr,
                                               kindtext::countArg(request->maxDelete))
                       : kindtext::Details::tr("kept")});
    if (request->pushFromSource)
        fields.append(
            {kindtext::Details::tr("Runs on"), kindtext::Details::tr("the source, which pushes")});
    return fields;
}

} // namespace

JobKindRecord syncJobKindRecord()
{
    JobKindRecord record;
    record.kind = kSyncJobKind;
    record.title = [] { return kindtext::Title::tr("Sync"); };
    record.fromArguments = syncFromArguments;
    record.usage = [] {
        return JobKindUsage{
            kindtext::Arguments::tr("SRC DEST"),
            kindtext::Arguments::tr(
                "Queue a sync (rsync, rclone); with --delete, its plan unless --yes")};
    };
    record.argumentsOf = syncArguments;
    record.run = [](const JobEnvironment &environment) -> JobFunction {
        const FleetAccess sync = FleetAccess::withPrograms(environment.config, environment.ssh);
        return [sync](JobContext &context) { return runSyncJob(context, sync); };
    };
    record.describePlan = [](const QJsonObject &plan, int, QString *) {
        return std::optional<QStringList>(SyncPlan::fromJson(plan).describe());
    };
    record.describeParameters = syncFields;
    record.amountLabel = [](const JobSpec &) { return kindtext::Details::tr("Copied"); };
    // A sync that fails on the network is tried again, unless it deletes.
    record.retriable = true;
    record.scheduleRefusal = [](const JobSpec &spec) {
        return spec.destructive
                   ? kindtext::Arguments::tr("a sync that deletes needs a reviewed dry run each "
                                             "time: it cannot be scheduled")
                   : QString();
    };
    return record;
}

} // namespace qm
