// The log retention kind: the lines of a `system_logs` table older than N hours,
// deleted in batches after a plan (src/core/logs/logretention.h).

#include "core/logs/logretention.h"
#include "jobkindcatalogue.h"
#include "kindtext.h"

#include <QDateTime>
#include <QFileInfo>

namespace qm {

namespace {

JobFromArguments logRetentionFromArguments(const QStringList &words, const JobKindOptions &options,
                                           const JobEnvironment &environment)
{
    if (!words.isEmpty() || options.olderThanHours < 0)
        return JobFromArguments::refused(
            JobRefusal::BadArguments,
            kindtext::Arguments::tr("give --older-than-hours HOURS: add logs-retention "
                                    "[--db URI] --older-than-hours HOURS"));
    LogRetentionRequest request;
    request.olderThanHours = options.olderThanHours;
    request.database = options.database;
    if (request.database.isEmpty()) {
        if (environment.logsPath.isEmpty())
            return JobFromArguments::refused(JobRefusal::BadArguments,
                                             kindtext::Arguments::tr("give --db URI"));
        request.database = u"sqlite:" + QFileInfo(environment.logsPath).absoluteFilePath();
    }
    if (const QString problem = logRetentionDatabaseProblem(request.database); !problem.isEmpty())
        return JobFromArguments::refused(JobRefusal::BadArguments, problem);
    QString error;
    const std::optional<SqlLocation> location = SqlLocation::parse(request.database, &error);
    if (location->kind == SqlLocation::Kind::Sqlite && !QFileInfo::exists(location->path))
        return JobFromArguments::refused(
            JobRefusal::BadArguments,
            kindtext::Arguments::tr("%1 does not exist").arg(location->path));
    LogStore store(QStringLiteral("logs-retention-plan"));
    if (!store.open(*location, &error))
        return JobFromArguments::refused(JobRefusal::NotPlanned, error);
    if (const QString problem = store.schemaProblem(); !problem.isEmpty())
        return JobFromArguments::refused(JobRefusal::NotPlanned, problem);
    const std::optional<LogRetentionPlan> plan = planLogRetention(
        store, request.olderThanHours, logTimeUs(QDateTime::currentDateTimeUtc()), &error);
    if (!plan)
        return JobFromArguments::refused(JobRefusal::NotPlanned, error);
    JobFromArguments result;
    result.job = PreparedJob{logRetentionJobSpec(request), logRetentionPlanToJson(*plan),
                             describeLogRetentionPlan(*plan)};
    return result;
}

} // namespace

JobKindRecord logRetentionJobKindRecord()
{
    JobKindRecord record;
    record.kind = kLogRetentionJobKind;
    record.title = [] { return kindtext::Title::tr("Log retention"); };
    record.fromArguments = logRetentionFromArguments;
    record.usage = [] {
        return JobKindUsage{
            QString(),
            kindtext::Arguments::tr("Delete the log lines older than --older-than-hours HOURS "
                                    "from --db URI (default the embedded logs.sqlite) (plan; "
                                    "--yes queues it)")};
    };
    record.argumentsOf = [](const JobSpec &spec) -> std::optional<JobArguments> {
        QString error;
        const std::optional<LogRetentionRequest> request =
            logRetentionRequestFrom(spec.parameters, &error);
        if (!request)
            return std::nullopt;
        JobArguments arguments;
        arguments.options.olderThanHours = request->olderThanHours;
        arguments.options.database = request->database;
        return arguments;
    };
    record.run = [](const JobEnvironment &) -> JobFunction { return runLogRetentionJob; };
    record.describePlan = [](const QJsonObject &json, int,
                             QString *error) -> std::optional<QStringList> {
        if (const std::optional<LogRetentionPlan> plan = logRetentionPlanFromJson(json, error))
            return describeLogRetentionPlan(*plan);
        return std::nullopt;
    };
    record.describeParameters = [](const JobSpec &spec,
                                   QString *error) -> std::optional<JobFields> {
        const std::optional<LogRetentionRequest> request =
            logRetentionRequestFrom(spec.parameters, error);
        if (!request)
            return std::nullopt;
        return JobFields{{kindtext::Details::tr("Database"), request->database},
                         {kindtext::Details::tr("Older than"),
                          kindtext::Details::tr("%n hour(s)", nullptr, request->olderThanHours)}};
    };
    // It deletes: one attempt, and a person looks at what went wrong.
    record.retriable = false;
    // It writes into its database, which it names as its source.
    record.writes = JobWrites::InSource;
    return record;
}

} // namespace qm
