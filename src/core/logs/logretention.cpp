#include "logretention.h"

#include "core/sql/sqllocation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonValue>
#include <QLocale>

#include <algorithm>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::LogRetention)
};

const QString kDatabase = QStringLiteral("database");
const QString kHours = QStringLiteral("olderThanHours");

QString timeForPeople(const std::optional<qint64> &timeUs)
{
    return timeUs ? QLocale().toString(logDateTime(*timeUs).toLocalTime(), QLocale::ShortFormat)
                  : Text::tr("none");
}

/// A time of the plan as JSON: its ISO-8601 text, or null.
QJsonValue timeValue(const std::optional<qint64> &timeUs)
{
    return timeUs ? QJsonValue(logTimeText(*timeUs)) : QJsonValue();
}

} // namespace

QString logRetentionDatabaseProblem(const QString &uri)
{
    QString error;
    const std::optional<SqlLocation> location = SqlLocation::parse(uri, &error);
    if (!location)
        return error;
    if (!location->password.isEmpty())
        return Text::tr("a password is not kept in the job queue: put it in ~/.pgpass (or a "
                        "service file) and give the URI without it");
    return {};
}

JobSpec logRetentionJobSpec(const LogRetentionRequest &request)
{
    JobSpec spec;
    spec.kind = kLogRetentionJobKind;
    spec.parameters = {{kDatabase, request.database}, {kHours, request.olderThanHours}};
    spec.source = request.database;
    spec.destructive = true;
    return spec;
}

std::optional<LogRetentionRequest> logRetentionRequestFrom(const QJsonObject &parameters,
                                                           QString *error)
{
    LogRetentionRequest request;
    request.database = parameters.value(kDatabase).toString();
    request.olderThanHours = parameters.value(kHours).toInt(-1);
    if (request.database.isEmpty() || request.olderThanHours < 0) {
        *error = Text::tr("the job names no database or no age");
        return std::nullopt;
    }
    return request;
}

QJsonObject logRetentionPlanToJson(const LogRetentionPlan &plan)
{
    return {{QStringLiteral("cutoff"), logTimeText(plan.cutoffUs)},
            {QStringLiteral("lines"), plan.lines},
            {QStringLiteral("oldestAt"), timeValue(plan.oldestUs)},
            {QStringLiteral("newestAt"), timeValue(plan.newestUs)}};
}

std::optional<LogRetentionPlan> logRetentionPlanFromJson(const QJsonObject &json, QString *error)
{
    LogRetentionPlan plan;
    const std::optional<qint64> cutoff =
        logTimeFromText(json.value(QStringLiteral("cutoff")).toString());
    if (!cutoff || !json.value(QStringLiteral("lines")).isDouble()) {
        *error = Text::tr("the saved retention plan cannot be read");
        return std::nullopt;
    }
    plan.cutoffUs = *cutoff;
    plan.lines = json.value(QStringLiteral("lines")).toInteger();
    plan.oldestUs = logTimeFromText(json.value(QStringLiteral("oldestAt")).toString());
    plan.newestUs = logTimeFromText(json.value(QStringLiteral("newestAt")).toString());
    return plan;
}

QStringList describeLogRetentionPlan(const LogRetentionPlan &plan)
{
    QStringList lines;
    lines << Text::tr("Delete %n log line(s) older than %1", nullptr,
                      int(std::min<qint64>(plan.lines, INT_MAX)))
                 .arg(timeForPeople(plan.cutoffUs));
    if (plan.lines > 0)
        lines << Text::tr("Oldest: %1").arg(timeForPeople(plan.oldestUs))
              << Text::tr("Newest: %1").arg(timeForPeople(plan.newestUs));
    lines << Text::tr("Deleted in batches of %1 lines, each its own transaction; not "
                      "recoverable once done")
                 .arg(kLogRetentionBatch);
    return lines;
}

std::optional<LogRetentionPlan> planLogRetention(LogStore &store, int olderThanHours, qint64 nowUs,
                                                 QString *error)
{
    return store.planRetention(nowUs - qint64(olderThanHours) * 3'600'000'000LL, error);
}

LogRetentionResult runLogRetention(LogStore &store, const LogRetentionPlan &plan, int batch,
                                   const std::function<void(qint64)> &progress,
                                   const std::atomic<bool> *cancel)
{
    LogRetentionResult result;
    batch = std::max(batch, 1);
    for (;;) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            break;
        }
        const qint64 deleted = store.deleteOlderThan(plan.cutoffUs, batch, &result.error);
        if (deleted < 0)
            break;
        result.deleted += deleted;
        if (progress)
            progress(result.deleted);
        if (deleted < batch)
            break;
    }
    QString error;
    if (const std::optional<LogRetentionPlan> left = store.planRetention(plan.cutoffUs, &error))
        result.remaining = left->lines;
    else if (result.error.isEmpty())
        result.error = error;
    return result;
}

JobOutcome runLogRetentionJob(JobContext &context)
{
    const Job &job = context.job();
    QString error;
    const std::optional<LogRetentionRequest> request =
        logRetentionRequestFrom(job.spec.parameters, &error);
    if (!request)
        return JobOutcome::failed(error);
    const std::optional<SqlLocation> location = SqlLocation::parse(request->database, &error);
    if (!location)
        return JobOutcome::failed(error);
    if (location->kind == SqlLocation::Kind::Sqlite && !QFileInfo::exists(location->path))
        return JobOutcome::failed(Text::tr("%1 does not exist").arg(location->path));
    LogStore store(QStringLiteral("logs-retention-%1").arg(job.id));
    if (!store.open(*location, &error))
        return JobOutcome::failed(error, true);
    if (const QString problem = store.schemaProblem(); !problem.isEmpty())
        return JobOutcome::failed(problem);
    std::optional<LogRetentionPlan> plan;
    if (!job.plan.isEmpty()) {
        plan = logRetentionPlanFromJson(job.plan, &error);
    } else {
        plan = planLogRetention(store, request->olderThanHours, context.nowMs() * 1000, &error);
        if (plan && !context.savePlan(logRetentionPlanToJson(*plan), &error))
            plan.reset();
    }
    if (!plan)
        return JobOutcome::failed(error);
    context.log(describeLogRetentionPlan(*plan).constFirst());
    const LogRetentionResult result = runLogRetention(
        store, *plan, kLogRetentionBatch,
        [&](qint64 deleted) {
            JobProgress progress;
            progress.fraction = plan->lines > 0 ? std::min(1.0, double(deleted) / plan->lines) : 1;
            context.progress(progress);
        },
        context.cancelFlag());
    context.log(
        Text::tr("%n line(s) deleted", nullptr, int(std::min<qint64>(result.deleted, INT_MAX))));
    if (result.deleted > plan->lines)
        context.log(Text::tr("%n more than planned: lines with an older time were written since "
                             "the plan",
                             nullptr,
                             int(std::min<qint64>(result.deleted - plan->lines, INT_MAX))));
    if (result.cancelled)
        return JobOutcome::cancelled();
    if (!result.error.isEmpty())
        return JobOutcome::failed(result.error);
    if (result.remaining > 0)
        return JobOutcome::failed(Text::tr("%n line(s) older than the cutoff are still there",
                                           nullptr,
                                           int(std::min<qint64>(result.remaining, INT_MAX))));
    return JobOutcome::succeeded();
}

} // namespace qm
