#include "orphanscan.h"

#include "core/fsutil/userfile.h"
#include "core/json/schema.h"
#include "core/text/csv.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>
#include <string_view>

namespace qm {

namespace {

constexpr int kMissingExamples = 10;

std::string_view viewOf(QByteArrayView bytes)
{
    return std::string_view(bytes.data(), size_t(bytes.size()));
}

} // namespace

HealthBand healthBandOf(double orphanShare)
{
    if (orphanShare < 0.10)
        return HealthBand::Healthy;
    return orphanShare <= 0.25 ? HealthBand::Warning : HealthBand::Critical;
}

QString healthBandName(HealthBand band)
{
    switch (band) {
    case HealthBand::Healthy:
        return QStringLiteral("healthy");
    case HealthBand::Warning:
        return QStringLiteral("warning");
    case HealthBand::Critical:
        break;
    }
    return QStringLiteral("critical");
}

double OrphanScan::orphanShare() const
{
    if (listedBytes > 0)
        return double(orphanBytes) / double(listedBytes);
    return listedObjects > 0 ? double(orphanObjects) / double(listedObjects) : 0.0;
}

double OrphanScan::largestShare() const
{
    const double objects = listedObjects > 0 ? double(orphanObjects) / double(listedObjects) : 0.0;
    return std::max(objects, orphanShare());
}

OrphanScan compareKeys(ObjectList &listed, KeySet &referenced, const OrphanScanOptions &options)
{
    listed.sortByKey();
    referenced.sortUnique();
    const qint64 nowMs = options.nowMs > 0 ? options.nowMs : QDateTime::currentMSecsSinceEpoch();
    const qint64 oldestAllowedMs = nowMs - qint64(options.minAgeDays) * 24 * 3600 * 1000;
    OrphanScan scan;
    scan.listedObjects = listed.size();
    scan.referencedKeys = referenced.size();
    // Both sorted: one walk through the two.
    qsizetype r = 0;
    const auto missing = [&](qsizetype index) {
        ++scan.missingCount;
        if (scan.missingExamples.size() < kMissingExamples)
            scan.missingExamples << QString::fromUtf8(referenced.key(index));
    };
    for (qsizetype i = 0; i < listed.size(); ++i) {
        const std::string_view key = viewOf(listed.key(i));
        scan.listedBytes += listed.bytes(i);
        while (r < referenced.size() && viewOf(referenced.key(r)) < key)
            missing(r++);
        if (r < referenced.size() && viewOf(referenced.key(r)) == key) {
            ++r;
            continue;
        }
        if (listed.modifiedMs(i) > oldestAllowedMs) {
            ++scan.tooYoungObjects;
            scan.tooYoungBytes += listed.bytes(i);
            continue;
        }
        ++scan.orphanObjects;
        scan.orphanBytes += listed.bytes(i);
        scan.orphans.push_back(i);
    }
    while (r < referenced.size())
        missing(r++);
    return scan;
}

QJsonObject orphanScanJson(const QString &location, const OrphanScan &scan, const QString &planPath)
{
    QJsonArray examples;
    for (const QString &key : scan.missingExamples)
        examples.append(key);
    return QJsonObject{
        {QStringLiteral("schemaVersion"), 1},
        {QStringLiteral("location"), location},
        {QStringLiteral("listedObjects"), scan.listedObjects},
        {QStringLiteral("listedBytes"), scan.listedBytes},
        {QStringLiteral("referencedKeys"), scan.referencedKeys},
        {QStringLiteral("orphans"), QJsonObject{{QStringLiteral("objects"), scan.orphanObjects},
                                                {QStringLiteral("bytes"), scan.orphanBytes}}},
        {QStringLiteral("tooYoung"), QJsonObject{{QStringLiteral("objects"), scan.tooYoungObjects},
                                                 {QStringLiteral("bytes"), scan.tooYoungBytes}}},
        {QStringLiteral("missing"), QJsonObject{{QStringLiteral("count"), scan.missingCount},
                                                {QStringLiteral("examples"), examples}}},
        {QStringLiteral("orphanShare"), scan.orphanShare()},
        {QStringLiteral("band"), healthBandName(scan.band())},
        {QStringLiteral("planPath"), planPath.isEmpty() ? QJsonValue() : QJsonValue(planPath)},
    };
}

QString orphanPlanInfoPath(const QString &csvPath)
{
    QString path = csvPath;
    if (path.endsWith(QLatin1String(".csv")))
        path.chop(4);
    return path + QStringLiteral(".json");
}

QString writeOrphanPlan(const QString &csvPath, const SyncEndpoint &location,
                        const ReferenceSource &source, const OrphanScanOptions &options,
                        const ObjectList &listed, const OrphanScan &scan)
{
    QByteArray csv = "key,bytes,modifiedAt\n";
    for (const qsizetype i : scan.orphans) {
        appendCsvField(&csv, listed.key(i));
        // To the millisecond: a cleanup compares the time it finds with this one.
        csv += ',' + QByteArray::number(listed.bytes(i)) + ',' +
               QDateTime::fromMSecsSinceEpoch(listed.modifiedMs(i), QTimeZone::utc())
                   .toString(Qt::ISODateWithMs)
                   .toLatin1() +
               '\n';
    }
    const qint64 nowMs = options.nowMs > 0 ? options.nowMs : QDateTime::currentMSecsSinceEpoch();
    const QJsonObject info{
        {QStringLiteral("schemaVersion"), kOrphanPlanSchemaVersion},
        {QStringLiteral("location"), location.text},
        {QStringLiteral("reference"), referenceSourceJson(source)},
        {QStringLiteral("minAgeDays"), options.minAgeDays},
        {QStringLiteral("createdAt"), json::time(nowMs)},
        {QStringLiteral("objects"), scan.orphanObjects},
        {QStringLiteral("bytes"), scan.orphanBytes},
    };
    const SaveFileOps ops = SaveFileOps::system();
    bool existed = false;
    if (const QString failure = writeNewFile(csvPath, csv, 0600, ops, &existed); !failure.isEmpty())
        return failure;
    const QString infoPath = orphanPlanInfoPath(csvPath);
    if (const QString failure = writeNewFile(
            infoPath, QJsonDocument(info).toJson(QJsonDocument::Indented), 0600, ops, &existed);
        !failure.isEmpty()) {
        QFile::remove(csvPath); // a plan without what it is about is no plan
        return failure;
    }
    return {};
}

} // namespace qm
