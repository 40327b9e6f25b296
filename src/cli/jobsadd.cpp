#include "jobsadd.h"

#include "archive/archivejob.h"
#include "cleanup/cleanupjob.h"
#include "exitcode.h"
#include "jobs/runnerlock.h"
#include "json/schema.h"
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

/// A job that removes originals or files: its plan is printed, and it is queued (with
/// the plan saved) only with --yes.
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

int addSync(JobsSession &session, const QStringList &positional, bool deleting, qint64 maxDelete,
            bool push, bool yes, Output &output)
{
    if (positional.size() != 2) {
        output.error(Text::tr("give SRC and DEST: /path, HOST:/path or rclone:REMOTE:path"));
        return UsageError;
    }
    QString error;
    const std::optional<SyncEndpoint> source = SyncEndpoint::parse(positional[0], &error);
    const std::optional<SyncEndpoint> destination =
        source ? SyncEndpoint::parse(positional[1], &error) : std::nullopt;
    if (!destination) {
        output.error(error);
        return UsageError;
    }
    SyncRequest request;
    request.source = *source;
    request.destination = *destination;
    request.deleteExtraneous = deleting;
    request.maxDelete = maxDelete;
    request.pushFromSource = push;
    for (const SyncEndpoint *end : {source.operator->(), destination.operator->()}) {
        if (end->kind == SyncEndpoint::Kind::Host &&
            (!session.environment.config || !session.environment.config->host(end->host))) {
            output.error(
                Text::tr("“%1” is not a host of the config (give --config FILE)").arg(end->host));
            return UsageError;
        }
    }
    JobSpec spec = syncJobSpec(request);
    if (!deleting)
        return queueJob(session, spec, {}, output);

    // A run that deletes: its dry run is the plan, shown first, queued only with --yes.
    const SyncEnvironment environment =
        SyncEnvironment::withPrograms(session.environment.config, session.environment.ssh);
    const std::optional<SyncPlan> plan = planSync(request, environment, nullptr, &error);
    if (!plan) {
        output.error(error);
        return Incomplete;
    }
    if (plan->deleteCount > maxDelete) {
        output.error(Text::tr("the dry run deletes %n file(s), more than --max-delete %1: "
                              "nothing queued",
                              nullptr, int(plan->deleteCount))
                         .arg(maxDelete));
        for (const QString &line : plan->describe())
            output.line(line);
        return ProblemsFound;
    }
    return reviewOrQueue(session, spec, plan->toJson(), plan->describe(), yes, output);
}

int addArchive(JobsSession &session, const QStringList &positional, const JobAddOptions &options,
               Output &output)
{
    if (positional.size() != 1 || options.olderThanDays < 0) {
        output.error(Text::tr("give ROOT and --older-than DAYS: add archive ROOT --older-than "
                              "DAYS [--format zst|gz]"));
        return UsageError;
    }
    ArchiveRequest request;
    request.root = positional.first();
    request.olderThanDays = options.olderThanDays;
    if (!options.archiveFormat.isEmpty()) {
        const std::optional<ArchiveFormat> format = archiveFormatFromKey(options.archiveFormat);
        if (!format) {
            output.error(Text::tr("--format is zst or gz, not “%1”").arg(options.archiveFormat));
            return UsageError;
        }
        request.format = *format;
    }
    QString error;
    const std::optional<ArchivePlan> plan = planArchive(request, nullptr, &error);
    if (!plan) {
        output.error(error);
        return Incomplete;
    }
    return reviewOrQueue(session, archiveJobSpec(request), plan->toJson(),
                         describeArchivePlan(*plan), options.yes, output);
}

int addCleanup(JobsSession &session, const QStringList &positional, const JobAddOptions &options,
               Output &output)
{
    if (positional.size() != 1 || options.olderThanDays < 0) {
        output.error(Text::tr("give ROOT and --older-than DAYS: add cleanup /path|HOST:/path "
                              "--older-than DAYS [--pattern GLOB]… [--empty-quarantine]"));
        return UsageError;
    }
    CleanupJobRequest request;
    QString error;
    if (!parseCleanupTarget(positional.first(), &request, &error)) {
        output.error(error);
        return UsageError;
    }
    if (!request.host.isEmpty() &&
        (!session.environment.config || !session.environment.config->host(request.host))) {
        output.error(
            Text::tr("“%1” is not a host of the config (give --config FILE)").arg(request.host));
        return UsageError;
    }
    request.rule.olderThanDays = options.olderThanDays;
    request.rule.patterns = options.patterns;
    request.emptyQuarantine = options.emptyQuarantine;
    const SyncEnvironment environment =
        SyncEnvironment::withPrograms(session.environment.config, session.environment.ssh);
    const std::optional<CleanupJobPlan> plan =
        planCleanupJob(request, environment, nullptr, &error);
    if (!plan) {
        output.error(error);
        return Incomplete;
    }
    return reviewOrQueue(session, cleanupJobSpec(request), plan->toJson(), plan->describe(),
                         options.yes, output);
}

} // namespace

int addJob(JobsSession &session, QStringList positional, const JobAddOptions &options,
           Output &output)
{
    const QString kind = positional.isEmpty() ? QString() : positional.takeFirst();
    if (kind == QLatin1String("probe")) {
        if (positional.size() > 1) {
            output.error(Text::tr("give at most one HOST"));
            return UsageError;
        }
        return queueJob(session, probeJobSpec(positional.value(0)), {}, output);
    }
    if (kind == QLatin1String("sync")) {
        if (options.deleting && options.maxDelete < 0) {
            output.error(Text::tr("sync --delete needs --max-delete N (N ≥ 0)"));
            return UsageError;
        }
        return addSync(session, positional, options.deleting,
                       std::max<qint64>(options.maxDelete, 0), options.push, options.yes, output);
    }
    if (kind == QLatin1String("archive"))
        return addArchive(session, positional, options, output);
    if (kind == QLatin1String("cleanup"))
        return addCleanup(session, positional, options, output);
    output.error(Text::tr("add what? sync, archive, cleanup or probe"));
    return UsageError;
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
    if (output.format() == OutputFormat::Json)
        output.json(json::document({{QStringLiteral("id"), id}}));
    else
        output.line(QString::number(id));
    RunnerLock probe(session.databasePath);
    QString holder;
    if (probe.tryLock(&holder))
        output.warning(Text::tr("no job runner is running: start one with `qmctl jobs run` "
                                "(or the app)"));
    return Success;
}

} // namespace qm::cli
