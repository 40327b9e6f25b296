// The lifecycle kind: a location scanned with the rule of its last orphan scan, and what
// that scan planned moved into the quarantine within the caps
// (src/core/storage/orphanslifecyclejob.h).

#include "core/storage/orphanslifecyclejob.h"
#include "core/units/datasize.h"
#include "jobkindcatalogue.h"
#include "jobkinds.h"
#include "kindtext.h"

#include <QLocale>

namespace qm {

namespace {

JobFromArguments orphansLifecycleFromArguments(const QStringList &words,
                                               const JobKindOptions &options,
                                               const JobEnvironment &environment)
{
    if (words.size() != 1 || words.first().trimmed().isEmpty())
        return JobFromArguments::refused(
            JobRefusal::BadArguments,
            kindtext::Arguments::tr("give the location: add orphans-lifecycle LOCATION "
                                    "[--batch-size N] [--max-objects N] [--max-bytes B]"));
    if (options.maxBytes < -1 || options.maxObjects < -1)
        return JobFromArguments::refused(
            JobRefusal::BadArguments,
            kindtext::Arguments::tr("give the most bytes a run deals with as a size such as "
                                    "500G or 2TB, or none"));
    QString error;
    if (!SyncEndpoint::parse(words.first(), &error))
        return JobFromArguments::refused(JobRefusal::BadArguments, error);
    std::optional<OrphansLifecycleRequest> request =
        orphansLifecycleRequestFor(words.first(), environment.historyPath, &error);
    if (!request)
        return JobFromArguments::refused(JobRefusal::NotPlanned, error);
    if (options.batchSize > 0)
        request->batchSize = options.batchSize;
    request->maxObjects = options.maxObjects;
    request->maxBytes = options.maxBytes;
    const QJsonObject preview = orphansLifecyclePreviewJson(*request);
    JobFromArguments result;
    result.job =
        PreparedJob{orphansLifecycleJobSpec(*request), preview,
                    describeOrphansLifecyclePreview(preview, &error).value_or(QStringList())};
    return result;
}

} // namespace

JobKindRecord orphansLifecycleJobKindRecord()
{
    JobKindRecord record;
    record.kind = kOrphansLifecycleJobKind;
    record.title = [] { return kindtext::Title::tr("Orphan lifecycle"); };
    record.fromArguments = orphansLifecycleFromArguments;
    record.usage = [] {
        return JobKindUsage{
            kindtext::Arguments::tr("LOCATION"),
            kindtext::Arguments::tr("Scan a location with the rule of its last orphan scan, then "
                                    "move the orphans into its quarantine within --max-objects "
                                    "and --max-bytes a run (--max-objects 0: scan only)")};
    };
    record.argumentsOf = [](const JobSpec &spec) -> std::optional<JobArguments> {
        QString error;
        const std::optional<OrphansLifecycleRequest> request =
            orphansLifecycleRequestFrom(spec.parameters, &error);
        if (!request)
            return std::nullopt;
        JobArguments arguments;
        arguments.words = {request->location};
        arguments.options.batchSize = request->batchSize;
        arguments.options.maxObjects = request->maxObjects;
        arguments.options.maxBytes = request->maxBytes;
        return arguments;
    };
    record.run = [](const JobEnvironment &environment) -> JobFunction {
        return [environment](JobContext &context) {
            return runOrphansLifecycleJob(
                context, environment,
                {environment.historyPath, environment.storageTextfileDirectory});
        };
    };
    record.describePlan = [](const QJsonObject &json, int,
                             QString *error) -> std::optional<QStringList> {
        return describeOrphansLifecyclePreview(json, error);
    };
    record.describeParameters = [](const JobSpec &spec,
                                   QString *error) -> std::optional<JobFields> {
        const std::optional<QStringList> lines =
            describeOrphansLifecyclePreview(spec.parameters, error);
        if (!lines)
            return std::nullopt;
        JobFields fields{{kindtext::Details::tr("Location"), spec.source}};
        fields.append({kindtext::Details::tr("Rule"), lines->join(QLatin1Char('\n'))});
        return fields;
    };
    // It moves objects away: one attempt, and a person looks at what went wrong.
    record.retriable = false;
    record.writes = JobWrites::InSource;
    return record;
}

} // namespace qm
