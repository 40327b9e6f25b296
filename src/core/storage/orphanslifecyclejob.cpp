#include "orphanslifecyclejob.h"

#include "core/appdata/appdata.h"
#include "core/history/historystore.h"
#include "core/logs/logline.h"
#include "core/storage/locationscanstore.h"
#include "core/storage/orphanscan.h"
#include "core/storage/orphanscanrun.h"
#include "core/storage/orphanscleanjob.h"
#include "core/units/datasize.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <climits>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::OrphansLifecycleJob)
};

const QString kLocation = QStringLiteral("location");
const QString kRule = QStringLiteral("rule");
const QString kBatchSize = QStringLiteral("batchSize");
const QString kMaxObjects = QStringLiteral("maxObjects");
const QString kMaxBytes = QStringLiteral("maxBytes");

int countArg(qint64 count)
{
    return int(std::clamp<qint64>(count, 0, INT_MAX));
}

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 1) + QStringLiteral(" %");
}

} // namespace

JobSpec orphansLifecycleJobSpec(const OrphansLifecycleRequest &request)
{
    JobSpec spec;
    spec.kind = kOrphansLifecycleJobKind;
    spec.parameters = {{kLocation, request.location},
                       {kRule, request.rule},
                       {kBatchSize, request.batchSize},
                       {kMaxObjects, request.maxObjects},
                       {kMaxBytes, request.maxBytes}};
    spec.source = request.location;
    spec.destructive = request.maxObjects != 0;
    spec.maxAttempts = 1;
    return spec;
}

std::optional<OrphansLifecycleRequest> orphansLifecycleRequestFrom(const QJsonObject &parameters,
                                                                   QString *error)
{
    OrphansLifecycleRequest request;
    request.location = parameters.value(kLocation).toString();
    request.rule = parameters.value(kRule).toObject();
    request.batchSize = parameters.value(kBatchSize).toInt(1000);
    request.maxObjects = parameters.value(kMaxObjects).toInteger(-1);
    request.maxBytes = parameters.value(kMaxBytes).toInteger(-1);
    OrphanScanRequest check;
    if (request.location.isEmpty() || request.batchSize < 1 ||
        !applyOrphanScanRule(request.rule, &check, error)) {
        *error = Text::tr("the job names no location and rule to scan it with");
        return std::nullopt;
    }
    return request;
}

std::optional<OrphansLifecycleRequest>
orphansLifecycleRequestFor(const QString &location, const QString &historyPath, QString *error)
{
    const auto neverScanned = [&] {
        *error = Text::tr("%1 has not been scanned for orphans yet: scan it once (qmctl orphans "
                          "scan, or the Storage page) and look at what it finds; the job scans "
                          "with the rule of its last scan")
                     .arg(location);
        return std::nullopt;
    };
    if (historyPath.isEmpty() || !QFileInfo::exists(historyPath))
        return neverScanned();
    HistoryStore history;
    QString why;
    if (!history.open(historyPath, &why)) {
        *error = why;
        return std::nullopt;
    }
    const std::optional<LocationScan> last =
        LocationScanStore(history.database()).latestOrphanScan(location, &why);
    if (!why.isEmpty()) {
        *error = why;
        return std::nullopt;
    }
    if (!last)
        return neverScanned();
    if (last->rule.isEmpty()) {
        *error = Text::tr("the last scan of %1 was made by an earlier version, which did not "
                          "keep its rule: scan it again")
                     .arg(location);
        return std::nullopt;
    }
    OrphansLifecycleRequest request;
    request.location = location;
    request.rule = last->rule;
    return request;
}

QJsonObject orphansLifecyclePreviewJson(const OrphansLifecycleRequest &request)
{
    return {{kLocation, request.location},
            {kRule, request.rule},
            {kBatchSize, request.batchSize},
            {kMaxObjects, request.maxObjects},
            {kMaxBytes, request.maxBytes}};
}

std::optional<QStringList> describeOrphansLifecyclePreview(const QJsonObject &preview,
                                                           QString *error)
{
    const std::optional<OrphansLifecycleRequest> request =
        orphansLifecycleRequestFrom(preview, error);
    if (!request)
        return std::nullopt;
    OrphanScanRequest scan;
    applyOrphanScanRule(request->rule, &scan, error);
    QStringList lines;
    lines << Text::tr("Scan %1 for objects that %2 does not reference, older than %n day(s)",
                      nullptr, scan.options.minAgeDays)
                 .arg(request->location, scan.source.displayName());
    lines << Text::tr("Stop without moving anything when orphans are over %1 of the location")
                 .arg(percent(scan.maxShare));
    if (request->maxObjects == 0) {
        lines << Text::tr("Scan only: nothing is moved (--max-objects 0)");
        return lines;
    }
    lines << Text::tr("Then move the orphans into the location's quarantine, %n key(s) a "
                      "batch, each batch checked against the references again",
                      nullptr, request->batchSize);
    lines << Text::tr("At most a run: %1, %2")
                 .arg(request->maxObjects < 0
                          ? Text::tr("any number of objects")
                          : Text::tr("%n object(s)", nullptr, countArg(request->maxObjects)),
                      request->maxBytes < 0 ? Text::tr("any size")
                                            : formatDataSize(request->maxBytes));
    return lines;
}

QStringList pruneLifecyclePlans(const QString &folder, const QString &location, qint64 beforeMs,
                                const QString &keep, QStringList *failures)
{
    QStringList pruned;
    if (folder.isEmpty())
        return pruned;
    const QDir dir(folder);
    const QString kept = keep.isEmpty() ? QString() : QFileInfo(keep).absoluteFilePath();
    for (const QFileInfo &csv : dir.entryInfoList({QStringLiteral("lifecycle-*.csv")},
                                                  QDir::Files | QDir::NoSymLinks, QDir::Name)) {
        if (csv.absoluteFilePath() == kept)
            continue;
        QFile infoFile(orphanPlanInfoPath(csv.absoluteFilePath()));
        if (!infoFile.open(QIODevice::ReadOnly))
            continue; // not a plan we can tell anything of: left alone
        const QJsonObject info = QJsonDocument::fromJson(infoFile.readAll()).object();
        const std::optional<qint64> created =
            logTimeFromText(info.value(QLatin1String("createdAt")).toString());
        if (info.value(QLatin1String("location")).toString() != location || !created ||
            *created / 1000 >= beforeMs)
            continue;
        QFile file(csv.absoluteFilePath());
        if (file.remove())
            pruned.append(csv.absoluteFilePath());
        else
            failures->append(Text::tr("cannot remove the old lifecycle plan %1: %2")
                                 .arg(csv.absoluteFilePath(), file.errorString()));
    }
    return pruned;
}

JobOutcome runOrphansLifecycleJob(JobContext &context, const FleetAccess &fleet,
                                  const OrphansLifecyclePaths &paths)
{
    const Job &job = context.job();
    QString error;
    const std::optional<OrphansLifecycleRequest> request =
        orphansLifecycleRequestFrom(job.spec.parameters, &error);
    if (!request)
        return JobOutcome::failed(error);
    OrphanScanRequest scan;
    const std::optional<SyncEndpoint> location = SyncEndpoint::parse(request->location, &error);
    if (!location)
        return JobOutcome::failed(error);
    scan.location = *location;
    applyOrphanScanRule(request->rule, &scan, &error);
    scan.options.nowMs = context.nowMs();
    scan.historyPath = paths.historyPath;
    scan.planFolder = orphanPlansDirectory(
        paths.historyPath.isEmpty() ? QString() : QFileInfo(paths.historyPath).absolutePath());
    scan.textfileDirectory = paths.textfileDirectory;
    // A scan only keeps its figures: no plan file a night that nothing will carry out.
    scan.savePlan = request->maxObjects != 0;
    scan.planName = QStringLiteral("lifecycle");
    if (job.plan.isEmpty() && !context.savePlan(orphansLifecyclePreviewJson(*request), &error))
        return JobOutcome::failed(error);

    ObjectListingOptions listing;
    listing.cancel = context.cancelFlag();
    listing.fleet = &fleet;
    context.log(
        Text::tr("Scanning %1 against %2").arg(scan.location.text, scan.source.displayName()));
    const OrphanScanRun run = runOrphanScan(scan, listing);
    if (context.cancelled())
        return JobOutcome::cancelled();
    if (!run.ok())
        return JobOutcome::failed(
            Text::tr("the scan failed, so nothing was moved: %1").arg(run.error));
    context.log(Text::tr("%n object(s) listed (%1); orphaned: %2 (%3), %4", nullptr,
                         countArg(run.scan.listedObjects))
                    .arg(formatDataSize(run.scan.listedBytes), formatDataSize(run.scan.orphanBytes),
                         percent(run.scan.orphanShare()), healthBandName(run.scan.band())));
    for (const QString &warning : {run.historyWarning, run.metricsWarning}) {
        if (!warning.isEmpty())
            context.log(Text::tr("Warning: %1").arg(warning));
    }
    QStringList failures;
    const QStringList pruned = pruneLifecyclePlans(
        scan.planFolder, scan.location.text,
        context.nowMs() - qint64(kLifecyclePlanKeepDays) * 86'400'000, run.planPath, &failures);
    for (const QString &plan : pruned)
        context.log(Text::tr("Removed the lifecycle plan %1, older than %n day(s) (its audit "
                             "log is kept)",
                             nullptr, kLifecyclePlanKeepDays)
                        .arg(plan));
    for (const QString &failure : std::as_const(failures))
        context.log(Text::tr("Warning: %1").arg(failure));
    if (run.refused)
        return JobOutcome::failed(
            Text::tr("orphans are %1 of %2, over the rule's limit of %3: nothing was moved. Look "
                     "at the scan on the Storage page; if it is right, scan it there with a "
                     "higher limit and schedule the job again (a job keeps the rule it was made "
                     "with)")
                .arg(percent(run.scan.largestShare()), scan.location.text, percent(scan.maxShare)));
    if (request->maxObjects == 0) {
        context.log(Text::tr("Scan only: nothing moved"));
        return JobOutcome::succeeded();
    }
    if (run.planPath.isEmpty()) {
        context.log(Text::tr("Nothing to clean"));
        return JobOutcome::succeeded();
    }
    context.log(Text::tr("Plan saved: %1").arg(run.planPath));
    const std::optional<OrphanPlan> plan = readOrphanPlan(run.planPath, &error);
    if (!plan)
        return JobOutcome::failed(error);
    OrphansCleanRequest caps;
    caps.planPath = plan->csvPath;
    caps.batchSize = request->batchSize;
    caps.maxObjects = request->maxObjects;
    caps.maxBytes = request->maxBytes;
    return carryOutOrphanPlan(context, *plan, caps, fleet);
}

} // namespace qm
