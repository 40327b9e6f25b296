// The cleanup kind: files matching age and pattern under a root, to the trash of this
// machine or the quarantine of a host (src/core/cleanup/).

#include "core/cleanup/cleanupjob.h"
#include "core/sync/syncjob.h"
#include "core/units/datasize.h"
#include "jobkindcatalogue.h"
#include "kindtext.h"

namespace qm {

namespace {

JobFromArguments cleanupFromArguments(const QStringList &words, const JobKindOptions &options,
                                      const JobEnvironment &environment)
{
    if (words.size() != 1 || options.olderThanDays < 0)
        return JobFromArguments::refused(
            JobRefusal::BadArguments,
            kindtext::Arguments::tr("give ROOT and --older-than DAYS: add cleanup /path|HOST:/path "
                                    "--older-than DAYS [--pattern GLOB]… [--empty-quarantine]"));
    CleanupJobRequest request;
    QString error;
    if (!parseCleanupTarget(words.first(), &request, &error))
        return JobFromArguments::refused(JobRefusal::BadArguments, error);
    if (!request.host.isEmpty() && (!environment.config || !environment.config->host(request.host)))
        return JobFromArguments::refused(
            JobRefusal::BadArguments,
            kindtext::unknownHost(request.host, environment.config != nullptr));
    request.rule.olderThanDays = options.olderThanDays;
    request.rule.patterns = options.patterns;
    request.emptyQuarantine = options.emptyQuarantine;
    request.allowProtectedRoot = options.allowProtectedRoot;
    const FleetAccess sync = FleetAccess::withPrograms(environment.config, environment.ssh);
    bool unreachable = false;
    if (const QString refusal = checkCleanupRoot(request, sync, nullptr, &unreachable);
        !refusal.isEmpty())
        return JobFromArguments::refused(
            unreachable ? JobRefusal::NotPlanned : JobRefusal::BadArguments, refusal);
    const std::optional<CleanupJobPlan> plan = planCleanupJob(request, sync, nullptr, &error);
    if (!plan)
        return JobFromArguments::refused(JobRefusal::NotPlanned, error);
    JobFromArguments result;
    result.job = PreparedJob{cleanupJobSpec(request), plan->toJson(), plan->describe()};
    return result;
}

std::optional<JobArguments> cleanupArguments(const JobSpec &spec)
{
    QString error;
    const std::optional<CleanupJobRequest> request = cleanupRequestFrom(spec.parameters, &error);
    // Files chosen one by one (the Samples page) are no arguments.
    if (!request || !request->rule.onlyFiles.isEmpty())
        return std::nullopt;
    JobArguments arguments{{request->target()}, {}};
    arguments.options.olderThanDays = request->rule.olderThanDays;
    arguments.options.patterns = request->rule.patterns;
    arguments.options.emptyQuarantine = request->emptyQuarantine;
    arguments.options.allowProtectedRoot = request->allowProtectedRoot;
    return arguments;
}

std::optional<JobFields> cleanupFields(const JobSpec &spec, QString *error)
{
    const std::optional<CleanupJobRequest> request = cleanupRequestFrom(spec.parameters, error);
    if (!request)
        return std::nullopt;
    const CleanupRule &rule = request->rule;
    JobFields fields = {
        {kindtext::Details::tr("Root"), request->target()},
        {kindtext::Details::tr("Older than"), kindtext::ageText(rule.olderThanDays)}};
    fields.append({rule.patterns.size() > 1 ? kindtext::Details::tr("Patterns")
                                            : kindtext::Details::tr("Pattern"),
                   rule.patterns.isEmpty() ? kindtext::Details::tr("any name")
                                           : rule.patterns.join(QStringLiteral(", "))});
    if (!rule.onlyFiles.isEmpty()) {
        qint64 bytes = 0;
        for (const CleanupItem &item : rule.onlyFiles)
            bytes += item.sizeBytes;
        fields.append({kindtext::Details::tr("Chosen files"),
                       kindtext::Details::tr("%n file(s), %1, as they were when chosen", nullptr,
                                             kindtext::countArg(rule.onlyFiles.size()))
                           .arg(formatDataSize(bytes))});
    }
    fields.append(
        {kindtext::Details::tr("Removed files go"),
         request->host.isEmpty() ? kindtext::Details::tr("to the trash of this machine")
         : request->emptyQuarantine
             ? kindtext::Details::tr("nowhere: deleted for good from the quarantine on %1")
                   .arg(request->host)
             : kindtext::Details::tr("to the quarantine folder on %1 (same filesystem)")
                   .arg(request->host)});
    return fields;
}

QString cleanupAmountLabel(const JobSpec &spec)
{
    QString error;
    if (const std::optional<CleanupJobRequest> request =
            cleanupRequestFrom(spec.parameters, &error)) {
        if (request->host.isEmpty())
            return kindtext::Details::tr("Moved to the trash");
        return request->emptyQuarantine ? kindtext::Details::tr("Deleted")
                                        : kindtext::Details::tr("Moved to the quarantine");
    }
    return kindtext::Details::tr("Removed");
}

} // namespace

JobKindRecord cleanupJobKindRecord()
{
    JobKindRecord record;
    record.kind = kCleanupJobKind;
    record.title = [] { return kindtext::Title::tr("Cleanup"); };
    record.fromArguments = cleanupFromArguments;
    record.usage = [] {
        return JobKindUsage{
            kindtext::Arguments::tr("ROOT"),
            kindtext::Arguments::tr(
                "Remove files older than --older-than DAYS (plan; --yes queues it)")};
    };
    record.argumentsOf = cleanupArguments;
    record.run = [](const JobEnvironment &environment) -> JobFunction {
        const FleetAccess sync = FleetAccess::withPrograms(environment.config, environment.ssh);
        return [sync](JobContext &context) { return runCleanupJob(context, sync); };
    };
    record.describePlan = [](const QJsonObject &json, int maxListed,
                             QString *error) -> std::optional<QStringList> {
        if (const std::optional<CleanupJobPlan> plan = CleanupJobPlan::fromJson(json, error))
            return plan->describe(maxListed);
        return std::nullopt;
    };
    record.describeParameters = cleanupFields;
    record.amountLabel = cleanupAmountLabel;
    // It removes files: one attempt, and a person looks at what went wrong.
    record.retriable = false;
    // It works in the root it is given.
    record.writes = JobWrites::InSource;
    return record;
}

} // namespace qm
