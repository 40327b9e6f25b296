// The listing kind: what a storage location holds, kept in the history
// (src/core/storage/locationlistingjob.h).

#include "core/storage/locationlistingjob.h"
#include "core/sync/synccommand.h"
#include "jobkindcatalogue.h"
#include "jobkinds.h"
#include "kindtext.h"

namespace qm {

namespace {

JobFromArguments locationListingFromArguments(const QStringList &words, const JobKindOptions &,
                                              const JobEnvironment &)
{
    if (words.size() != 1 || words.first().trimmed().isEmpty())
        return JobFromArguments::refused(
            JobRefusal::BadArguments,
            kindtext::Arguments::tr("give the location: add storage-du LOCATION"));
    QString error;
    const std::optional<SyncEndpoint> location = SyncEndpoint::parse(words.first(), &error);
    if (!location)
        return JobFromArguments::refused(JobRefusal::BadArguments, error);
    JobFromArguments result;
    result.job = PreparedJob{locationListingJobSpec(location->text), {}, {}};
    return result;
}

} // namespace

JobKindRecord locationListingJobKindRecord()
{
    JobKindRecord record;
    record.kind = kLocationListingJobKind;
    record.title = [] { return kindtext::Title::tr("Location listing"); };
    record.fromArguments = locationListingFromArguments;
    record.usage = [] {
        return JobKindUsage{
            kindtext::Arguments::tr("LOCATION"),
            kindtext::Arguments::tr("List a storage location and keep its size in the history "
                                    "(its trend, and the alerts of a backup or a limit)")};
    };
    record.argumentsOf = [](const JobSpec &spec) -> std::optional<JobArguments> {
        QString error;
        const std::optional<QString> location = locationListingFrom(spec.parameters, &error);
        if (!location)
            return std::nullopt;
        return JobArguments{{*location}, {}};
    };
    record.run = [](const JobEnvironment &environment) -> JobFunction {
        return [environment](JobContext &context) {
            return runLocationListingJob(context, environment, environment.historyPath);
        };
    };
    record.describeParameters = [](const JobSpec &spec,
                                   QString *error) -> std::optional<JobFields> {
        const std::optional<QString> location = locationListingFrom(spec.parameters, error);
        if (!location)
            return std::nullopt;
        return JobFields{{kindtext::Details::tr("Location"), *location}};
    };
    record.amountLabel = [](const JobSpec &) { return kindtext::Details::tr("Listed"); };
    return record;
}

} // namespace qm
