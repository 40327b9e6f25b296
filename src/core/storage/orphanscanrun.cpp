#include "orphanscanrun.h"

#include "core/storage/locationscanstore.h"
#include "core/storage/storagemetrics.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QTimeZone>

#include <algorithm>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::OrphanScanRun)
};

} // namespace

QJsonObject orphanScanRuleJson(const OrphanScanRequest &request)
{
    return {{QStringLiteral("reference"), referenceSourceJson(request.source)},
            {QStringLiteral("minAgeDays"), request.options.minAgeDays},
            {QStringLiteral("maxShare"), request.maxShare}};
}

bool applyOrphanScanRule(const QJsonObject &rule, OrphanScanRequest *request, QString *error)
{
    const std::optional<ReferenceSource> source =
        referenceSourceFromJson(rule.value(QLatin1String("reference")).toObject(), error);
    if (!source)
        return false;
    request->source = *source;
    request->options.minAgeDays = rule.value(QLatin1String("minAgeDays")).toInt(7);
    request->maxShare = rule.value(QLatin1String("maxShare")).toDouble(0.5);
    return true;
}

OrphanScanRun runOrphanScan(const OrphanScanRequest &request, const ObjectListingOptions &listing,
                            std::atomic<qint64> *listedSoFar)
{
    OrphanScanRun run;
    OrphanScanOptions options = request.options;
    if (options.nowMs <= 0)
        options.nowMs = QDateTime::currentMSecsSinceEpoch();
    // The references first: when they cannot be read, nothing is listed for nothing.
    KeySet referenced;
    if (!readReferences(request.source, &referenced, &run.error, listing.cancel))
        return run;
    ObjectList listed;
    UsageCounter usage(1);
    if (!listObjects(
            request.location,
            [&listed, &usage, listedSoFar](QByteArrayView key, qint64 bytes, qint64 modifiedMs) {
                listed.add(key, bytes, modifiedMs);
                usage.add(key, bytes, modifiedMs);
                if (listedSoFar)
                    listedSoFar->fetch_add(1, std::memory_order_relaxed);
            },
            listing, &run.stats, &run.error))
        return run;
    run.scan = compareKeys(listed, referenced, options);
    run.prefixes = usage.prefixes();
    run.refused = run.scan.largestShare() > request.maxShare;
    if (request.savePlan && !run.refused && run.scan.orphanObjects > 0) {
        QString path = request.planPath;
        if (path.isEmpty()) {
            const QString folder = QFileInfo(request.planFolder).absoluteFilePath();
            if (!QDir().mkpath(folder)) {
                run.error = Text::tr("cannot create the folder %1").arg(folder);
                return run;
            }
            path = folder + QStringLiteral("/%1-%2.csv")
                                .arg(request.planName,
                                     QDateTime::fromMSecsSinceEpoch(options.nowMs, QTimeZone::utc())
                                         .toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
        }
        path = QFileInfo(path).absoluteFilePath();
        if (const QString failure =
                writeOrphanPlan(path, request.location, request.source, options, listed, run.scan);
            !failure.isEmpty()) {
            run.error = Text::tr("cannot save the plan: %1").arg(failure);
            return run;
        }
        run.planPath = path;
        QHash<QString, PlanPrefix> byPrefix;
        for (const qsizetype i : run.scan.orphans) {
            const QByteArrayView key = listed.key(i);
            const qsizetype slash = key.indexOf('/');
            const QString prefix = slash < 0 ? QString() : QString::fromUtf8(key.first(slash + 1));
            PlanPrefix &total = byPrefix[prefix];
            total.prefix = prefix;
            ++total.objects;
            total.bytes += listed.bytes(i);
        }
        run.planPrefixes = byPrefix.values();
        std::sort(run.planPrefixes.begin(), run.planPrefixes.end(),
                  [](const PlanPrefix &a, const PlanPrefix &b) {
                      return a.bytes != b.bytes ? a.bytes > b.bytes : a.prefix < b.prefix;
                  });
    }
    // Kept in the history: the location's trend, `storage list`, the metrics, alerts, and
    // the rule a scheduled lifecycle job scans with.
    if (!request.historyPath.isEmpty()) {
        LocationScan record =
            LocationScan::of(request.location.text, options.nowMs, run.scan, run.planPath);
        record.newestMs = usage.total().newestMs;
        record.oldestMs = usage.total().oldestMs;
        record.rule = orphanScanRuleJson(request);
        record.prefixes = largestLocationPrefixes(run.prefixes);
        run.historyWarning = recordLocationScan(request.historyPath, record);
    }
    if (!request.textfileDirectory.isEmpty()) {
        QList<LocationScan> scans;
        QString why;
        if (!readLatestLocationScans(request.historyPath, &scans, &why))
            run.metricsWarning = why;
        else
            run.metricsWarning =
                writeStorageMetrics(request.textfileDirectory, storageMetricsText(scans));
    }
    return run;
}

} // namespace qm
