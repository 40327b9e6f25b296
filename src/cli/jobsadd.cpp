#include "jobsadd.h"

#include "archive/archivejob.h"
#include "cleanup/cleanupjob.h"
#include "exitcode.h"
#include "jobs/runnerlock.h"
#include "json/schema.h"
#include "safety/protectedroots.h"
#include "sync/syncjob.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace qm::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::cli::Jobs)
};

std::optional<PreparedJob> prepareSync(JobsSession &session, const QStringList &positional,
                                       const JobAddOptions &options, Output &output, int *exit)
{
    const bool deleting = options.deleting;
    const qint64 maxDelete = std::max<qint64>(options.maxDelete, 0);
    if (deleting && options.maxDelete < 0) {
        output.error(Text::tr("sync --delete needs --max-delete N (N ≥ 0)"));
        *exit = UsageError;
        return std::nullopt;
    }
    if (positional.size() != 2) {
        output.error(Text::tr("give SRC and DEST: /path, HOST:/path or rclone:REMOTE:path"));
        *exit = UsageError;
        return std::nullopt;
    }
    QString error;
    const std::optional<SyncEndpoint> source = SyncEndpoint::parse(positional[0], &error);
    const std::optional<SyncEndpoint> destination =
        source ? SyncEndpoint::parse(positional[1], &error) : std::nullopt;
    if (!destination) {
        output.error(error);
        *exit = UsageError;
        return std::nullopt;
    }
    SyncRequest request;
    request.source = *source;
    request.destination = *destination;
    request.deleteExtraneous = deleting;
    request.maxDelete = maxDelete;
    request.pushFromSource = options.push;
    request.allowProtectedRoot = options.allowProtectedRoot;
    for (const SyncEndpoint *end : {source.operator->(), destination.operator->()}) {
        if (end->kind == SyncEndpoint::Kind::Host &&
            (!session.environment.config || !session.environment.config->host(end->host))) {
            output.error(
                Text::tr("“%1” is not a host of the config (give --config FILE)").arg(end->host));
            *exit = UsageError;
            return std::nullopt;
        }
    }
    if (const QString refusal = protectedDestinationRefusal(request); !refusal.isEmpty()) {
        output.error(refusal);
        *exit = UsageError;
        return std::nullopt;
    }
    PreparedJob prepared{syncJobSpec(request), {}, {}};
    if (!deleting)
        return prepared;

    // A run that deletes: its dry run is the plan, shown first, queued only with --yes.
    const FleetAccess environment =
        FleetAccess::withPrograms(session.environment.config, session.environment.ssh);
    const std::optional<SyncPlan> plan = planSync(request, environment, nullptr, &error);
    if (!plan) {
        output.error(error);
        *exit = Incomplete;
        return std::nullopt;
    }
    if (plan->deleteCount > maxDelete) {
        output.error(Text::tr("the dry run deletes %n file(s), more than --max-delete %1: "
                              "nothing queued",
                              nullptr, int(plan->deleteCount))
                         .arg(maxDelete));
        for (const QString &line : plan->describe())
            output.line(line);
        *exit = ProblemsFound;
        return std::nullopt;
    }
    prepared.plan = plan->toJson();
    prepared.description = plan->describe();
    return prepared;
}

std::optional<PreparedJob> prepareArchive(const QStringList &positional,
                                          const JobAddOptions &options, Output &output, int *exit)
{
    if (positional.size() != 1 || options.olderThanDays < 0) {
        output.error(Text::tr("give ROOT and --older-than DAYS: add archive ROOT --older-than "
                              "DAYS [--format zst|gz]"));
        *exit = UsageError;
        return std::nullopt;
    }
    ArchiveRequest request;
    request.root = positional.first();
    request.olderThanDays = options.olderThanDays;
    request.allowProtectedRoot = options.allowProtectedRoot;
    if (!options.archiveFormat.isEmpty()) {
        const std::optional<ArchiveFormat> format = archiveFormatFromKey(options.archiveFormat);
        if (!format) {
            output.error(Text::tr("--format is zst or gz, not “%1”").arg(options.archiveFormat));
            *exit = UsageError;
            return std::nullopt;
        }
        request.format = *format;
    }
    if (const QString refusal = checkLocalRoot(request.root, request.allowProtectedRoot);
        !refusal.isEmpty()) {
        output.error(refusal);
        *exit = UsageError;
        return std::nullopt;
    }
    QString error;
    const std::optional<ArchivePlan> plan = planArchive(request, nullptr, &error);
    if (!plan) {
        output.error(error);
        *exit = Incomplete;
        return std::nullopt;
    }
    return PreparedJob{archiveJobSpec(request), plan->toJson(), describeArchivePlan(*plan)};
}

std::optional<PreparedJob> prepareCleanup(JobsSession &session, const QStringList &positional,
                                          const JobAddOptions &options, Output &output, int *exit)
{
    if (positional.size() != 1 || options.olderThanDays < 0) {
        output.error(Text::tr("give ROOT and --older-than DAYS: add cleanup /path|HOST:/path "
                              "--older-than DAYS [--pattern GLOB]… [--empty-quarantine]"));
        *exit = UsageError;
        return std::nullopt;
    }
    CleanupJobRequest request;
    QString error;
    if (!parseCleanupTarget(positional.first(), &request, &error)) {
        output.error(error);
        *exit = UsageError;
        return std::nullopt;
    }
    if (!request.host.isEmpty() &&
        (!session.environment.config || !session.environment.config->host(request.host))) {
        output.error(
            Text::tr("“%1” is not a host of the config (give --config FILE)").arg(request.host));
        *exit = UsageError;
        return std::nullopt;
    }
    request.rule.olderThanDays = options.olderThanDays;
    request.rule.patterns = options.patterns;
    request.emptyQuarantine = options.emptyQuarantine;
    request.allowProtectedRoot = options.allowProtectedRoot;
    const FleetAccess environment =
        FleetAccess::withPrograms(session.environment.config, session.environment.ssh);
    bool unreachable = false;
    if (const QString refusal = checkCleanupRoot(request, environment, nullptr, &unreachable);
        !refusal.isEmpty()) {
        output.error(refusal);
        *exit = unreachable ? Incomplete : UsageError;
        return std::nullopt;
    }
    const std::optional<CleanupJobPlan> plan =
        planCleanupJob(request, environment, nullptr, &error);
    if (!plan) {
        output.error(error);
        *exit = Incomplete;
        return std::nullopt;
    }
    return PreparedJob{cleanupJobSpec(request), plan->toJson(), plan->describe()};
}

} // namespace

int reviewOrQueue(JobsSession &session, const JobSpec &spec, const QJsonObject &plan,
                  const QStringList &description, bool yes, Output &output)
{
    if (yes)
        return queueJob(session, spec, plan, output);
    if (output.format() == OutputFormat::Json) {
        output.json(
            json::document({{QStringLiteral("plan"), plan}, {QStringLiteral("queued"), false}}));
    } else {
        for (const QString &line : description)
            output.line(line);
        output.line(Text::tr("nothing queued: give --yes to queue this job"));
    }
    return Success;
}

std::optional<PreparedJob> prepareJob(JobsSession &session, QStringList positional,
                                      const JobAddOptions &options, Output &output, int *exit)
{
    *exit = Success;
    const QString kind = positional.isEmpty() ? QString() : positional.takeFirst();
    if (kind == QLatin1String("probe")) {
        if (positional.size() > 1) {
            output.error(Text::tr("give at most one HOST"));
            *exit = UsageError;
            return std::nullopt;
        }
        return PreparedJob{probeJobSpec(positional.value(0)), {}, {}};
    }
    if (kind == QLatin1String("sync"))
        return prepareSync(session, positional, options, output, exit);
    if (kind == QLatin1String("archive"))
        return prepareArchive(positional, options, output, exit);
    if (kind == QLatin1String("cleanup"))
        return prepareCleanup(session, positional, options, output, exit);
    output.error(Text::tr("add what? sync, archive, cleanup or probe"));
    *exit = UsageError;
    return std::nullopt;
}

int addJob(JobsSession &session, const QStringList &positional, const JobAddOptions &options,
           Output &output)
{
    int exit = Success;
    const std::optional<PreparedJob> job = prepareJob(session, positional, options, output, &exit);
    if (!job)
        return exit;
    if (!job->spec.destructive)
        return queueJob(session, job->spec, job->plan, output);
    return reviewOrQueue(session, job->spec, job->plan, job->description, options.yes, output);
}

void printNewId(NewItem item, qint64 id, Output &output)
{
    if (output.format() == OutputFormat::Json)
        output.json(json::document({{QStringLiteral("id"), id}}));
    else
        output.line(item == NewItem::Job ? Text::tr("queued job %1").arg(id)
                                         : Text::tr("added schedule %1").arg(id));
}

int queueJob(JobsSession &session, const JobSpec &spec, const QJsonObject &plan, Output &output)
{
    QString error;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 id = session.store.add(spec, now, &error);
    if (id < 0 || (!plan.isEmpty() && !session.store.savePlan(id, plan, &error))) {
        output.error(error);
        return Incomplete;
    }
    printNewId(NewItem::Job, id, output);
    RunnerLock probe(session.databasePath);
    QString holder;
    if (probe.tryLock(&holder))
        output.warning(Text::tr("no job runner is running: start one with `qmctl jobs run` "
                                "(or the app)"));
    return Success;
}

} // namespace qm::cli
