// The orphan cleanup kind: a saved orphan plan moved into its location's quarantine in
// checked batches (src/core/storage/orphanscleanjob.h).

#include "core/storage/orphanscleanjob.h"
#include "core/units/datasize.h"
#include "jobkindcatalogue.h"
#include "kindtext.h"

#include <QFileInfo>
#include <QLocale>

namespace qm {

namespace {

JobFromArguments orphansCleanFromArguments(const QStringList &words, const JobKindOptions &options,
                                           const JobEnvironment &environment)
{
    if (words.size() != 1)
        return JobFromArguments::refused(
            JobRefusal::BadArguments,
            kindtext::Arguments::tr("give the plan: add orphans-clean PLAN.csv [--max-objects N] "
                                    "[--max-bytes B] [--batch-size N]"));
    if (options.maxBytes < -1 || options.maxObjects < -1)
        return JobFromArguments::refused(
            JobRefusal::BadArguments,
            kindtext::Arguments::tr("give the most bytes a run deals with as a size such as "
                                    "500G or 2TB, or none"));
    if (words.first().trimmed().isEmpty())
        return JobFromArguments::refused(JobRefusal::BadArguments,
                                         kindtext::Arguments::tr("give the plan: PLAN.csv"));
    OrphansCleanRequest request;
    request.planPath = QFileInfo(words.first()).absoluteFilePath();
    if (options.batchSize > 0)
        request.batchSize = options.batchSize;
    request.maxObjects = options.maxObjects;
    request.maxBytes = options.maxBytes;
    QString error;
    const std::optional<OrphanPlan> plan = readOrphanPlan(request.planPath, &error);
    if (!plan)
        return JobFromArguments::refused(JobRefusal::BadArguments, error);
    // The dry run: every check now, so what is queued is what was shown.
    OrphanCleanOptions dry;
    dry.batchSize = request.batchSize;
    dry.maxObjects = request.maxObjects;
    dry.maxBytes = request.maxBytes;
    dry.store.fleet = &environment; // a host's folder is reached as every job reaches it
    const OrphanCleanResult preview = cleanOrphans(*plan, dry);
    if (!preview.ok)
        return JobFromArguments::refused(JobRefusal::NotPlanned, preview.error);
    const QJsonObject json = orphansCleanPreviewJson(*plan, preview);
    JobFromArguments result;
    result.job = PreparedJob{orphansCleanJobSpec(request, *plan), json,
                             describeOrphansCleanPreview(json, &error).value_or(QStringList())};
    return result;
}

} // namespace

JobKindRecord orphansCleanJobKindRecord()
{
    JobKindRecord record;
    record.kind = kOrphansCleanJobKind;
    record.title = [] { return kindtext::Title::tr("Orphan cleanup"); };
    record.fromArguments = orphansCleanFromArguments;
    record.usage = [] {
        return JobKindUsage{
            kindtext::Arguments::tr("PLAN.csv"),
            kindtext::Arguments::tr("Move the orphans of a saved plan into their location's "
                                    "quarantine, in checked batches, within --max-objects and "
                                    "--max-bytes a run (plan; --yes queues it)")};
    };
    record.argumentsOf = [](const JobSpec &spec) -> std::optional<JobArguments> {
        QString error;
        const std::optional<OrphansCleanRequest> request =
            orphansCleanRequestFrom(spec.parameters, &error);
        if (!request)
            return std::nullopt;
        JobArguments arguments;
        arguments.words = {request->planPath};
        arguments.options.batchSize = request->batchSize;
        arguments.options.maxObjects = request->maxObjects;
        arguments.options.maxBytes = request->maxBytes;
        return arguments;
    };
    record.run = [](const JobEnvironment &environment) -> JobFunction {
        return
            [environment](JobContext &context) { return runOrphansCleanJob(context, environment); };
    };
    record.describePlan = [](const QJsonObject &json, int,
                             QString *error) -> std::optional<QStringList> {
        return describeOrphansCleanPreview(json, error);
    };
    record.describeParameters = [](const JobSpec &spec,
                                   QString *error) -> std::optional<JobFields> {
        const std::optional<OrphansCleanRequest> request =
            orphansCleanRequestFrom(spec.parameters, error);
        if (!request)
            return std::nullopt;
        const QLocale locale;
        return JobFields{{kindtext::Details::tr("Plan"), request->planPath},
                         {kindtext::Details::tr("Location"), spec.source},
                         {kindtext::Details::tr("Batch"), locale.toString(request->batchSize)},
                         {kindtext::Details::tr("At most a run"),
                          (request->maxObjects < 0
                               ? kindtext::Details::tr("any number of objects")
                               : kindtext::Details::tr("%n object(s)", nullptr,
                                                       kindtext::countArg(request->maxObjects))) +
                              QStringLiteral(", ") +
                              (request->maxBytes < 0 ? kindtext::Details::tr("any size")
                                                     : formatDataSize(request->maxBytes))}};
    };
    // It moves objects away: one attempt, and a person looks at what went wrong.
    record.retriable = false;
    // It works in the location the plan is about, its source.
    record.writes = JobWrites::InSource;
    return record;
}

} // namespace qm
