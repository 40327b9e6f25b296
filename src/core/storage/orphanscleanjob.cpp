#include "orphanscleanjob.h"

#include "core/units/datasize.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <climits>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::OrphansCleanJob)
};

const QString kPlan = QStringLiteral("plan");
const QString kBatchSize = QStringLiteral("batchSize");
const QString kMaxObjects = QStringLiteral("maxObjects");
const QString kMaxBytes = QStringLiteral("maxBytes");

int countArg(qint64 count)
{
    return int(std::clamp<qint64>(count, 0, INT_MAX));
}

} // namespace

JobSpec orphansCleanJobSpec(const OrphansCleanRequest &request, const OrphanPlan &plan)
{
    JobSpec spec;
    spec.kind = kOrphansCleanJobKind;
    spec.parameters = {{kPlan, request.planPath},
                       {kBatchSize, request.batchSize},
                       {kMaxObjects, request.maxObjects},
                       {kMaxBytes, request.maxBytes}};
    spec.source = plan.location.text;
    spec.destructive = true;
    spec.maxAttempts = 1;
    return spec;
}

std::optional<OrphansCleanRequest> orphansCleanRequestFrom(const QJsonObject &parameters,
                                                           QString *error)
{
    OrphansCleanRequest request;
    request.planPath = parameters.value(kPlan).toString();
    request.batchSize = parameters.value(kBatchSize).toInt(1000);
    request.maxObjects = parameters.value(kMaxObjects).toInteger(-1);
    request.maxBytes = parameters.value(kMaxBytes).toInteger(-1);
    if (request.planPath.isEmpty() || !QFileInfo(request.planPath).isAbsolute() ||
        request.batchSize < 1) {
        *error = Text::tr("the job names no orphan plan");
        return std::nullopt;
    }
    return request;
}

QJsonObject orphansCleanPreviewJson(const OrphanPlan &plan, const OrphanCleanResult &dryRun)
{
    return {{QStringLiteral("plan"), plan.csvPath},
            {QStringLiteral("location"), plan.location.text},
            {QStringLiteral("plannedObjects"), qint64(plan.items.size())},
            {QStringLiteral("plannedBytes"), plan.totalBytes},
            {QStringLiteral("doneBefore"), dryRun.doneBefore},
            {QStringLiteral("wouldMove"), dryRun.moved},
            {QStringLiteral("wouldMoveBytes"), dryRun.movedBytes},
            {QStringLiteral("keptReferenced"), dryRun.keptReferenced},
            {QStringLiteral("keptChanged"), dryRun.keptChanged},
            {QStringLiteral("alreadyGone"), dryRun.alreadyGone},
            {QStringLiteral("notReached"), dryRun.notReached}};
}

std::optional<QStringList> describeOrphansCleanPreview(const QJsonObject &preview, QString *error)
{
    const QString location = preview.value(QStringLiteral("location")).toString();
    if (location.isEmpty() || !preview.value(QStringLiteral("wouldMove")).isDouble()) {
        *error = Text::tr("the saved orphan cleanup plan cannot be read");
        return std::nullopt;
    }
    const auto count = [&preview](const char *name) {
        return preview.value(QLatin1String(name)).toInteger();
    };
    QStringList lines;
    lines << Text::tr("Move %n object(s) (%1) of %2 into its quarantine", nullptr,
                      countArg(count("wouldMove")))
                 .arg(formatDataSize(count("wouldMoveBytes")), location);
    lines << Text::tr("Freed now: %1; held in the quarantine: %2")
                 .arg(formatDataSize(0), formatDataSize(count("wouldMoveBytes")));
    lines << Text::tr("Plan: %1, %n key(s)", nullptr, countArg(count("plannedObjects")))
                 .arg(preview.value(QStringLiteral("plan")).toString());
    if (count("doneBefore") > 0)
        lines << Text::tr("Dealt with by earlier runs: %n key(s)", nullptr,
                          countArg(count("doneBefore")));
    if (count("keptReferenced") > 0)
        lines << Text::tr("Kept, referenced again since the plan: %n key(s)", nullptr,
                          countArg(count("keptReferenced")));
    if (count("keptChanged") > 0)
        lines << Text::tr("Kept, changed since the plan: %n object(s)", nullptr,
                          countArg(count("keptChanged")));
    if (count("notReached") > 0)
        lines << Text::tr("Left for a later run (the caps): %n key(s)", nullptr,
                          countArg(count("notReached")));
    return lines;
}

JobOutcome runOrphansCleanJob(JobContext &context, const FleetAccess &fleet)
{
    const Job &job = context.job();
    QString error;
    const std::optional<OrphansCleanRequest> request =
        orphansCleanRequestFrom(job.spec.parameters, &error);
    if (!request)
        return JobOutcome::failed(error);
    const std::optional<OrphanPlan> plan = readOrphanPlan(request->planPath, &error);
    if (!plan)
        return JobOutcome::failed(error);
    if (job.plan.isEmpty()) {
        // What this run starts from, kept with the job before anything moves.
        if (!context.savePlan(orphansCleanPreviewJson(*plan, OrphanCleanResult()), &error))
            return JobOutcome::failed(error);
    }
    return carryOutOrphanPlan(context, *plan, *request, fleet);
}

JobOutcome carryOutOrphanPlan(JobContext &context, const OrphanPlan &plan,
                              const OrphansCleanRequest &request, const FleetAccess &fleet)
{
    OrphanCleanOptions options;
    options.execute = true;
    options.batchSize = request.batchSize;
    options.maxObjects = request.maxObjects;
    options.maxBytes = request.maxBytes;
    options.store.cancel = context.cancelFlag();
    options.store.fleet = &fleet;
    options.nowMs = context.nowMs();
    OrphanCleanCallbacks callbacks;
    callbacks.log = [&context](const QString &line) { context.log(line); };
    callbacks.progress = [&context](qint64 done, qint64 total) {
        JobProgress progress;
        progress.fraction = total > 0 ? std::min(1.0, double(done) / double(total)) : 1.0;
        context.progress(progress);
    };
    const OrphanCleanResult result = cleanOrphans(plan, options, callbacks);
    context.log(Text::tr("Moved %n object(s) (%1) into %2", nullptr, countArg(result.moved))
                    .arg(formatDataSize(result.movedBytes), result.quarantine));
    if (result.notReached > 0 && result.ok)
        context.log(
            Text::tr("Left for a later run: %n key(s)", nullptr, countArg(result.notReached)));
    if (result.cancelled)
        return JobOutcome::cancelled();
    if (!result.ok)
        return JobOutcome::failed(result.error);
    return JobOutcome::succeeded();
}

} // namespace qm
