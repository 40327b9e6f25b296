#include "locationscanstore.h"

#include "core/history/historystore.h"
#include "core/storage/locationusage.h"
#include "core/storage/orphanscan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace qm {

namespace {

const char kColumns[] = "location, scanned_at, listed_objects, listed_bytes, referenced_keys, "
                        "orphan_objects, orphan_bytes, too_young_objects, too_young_bytes, "
                        "missing_references, orphan_share, band, plan_path, kind, newest_ms, "
                        "oldest_ms, rule";

const QString kOrphansKind = QStringLiteral("orphans");
const QString kListingKind = QStringLiteral("listing");

QVariant nullableTime(qint64 ms)
{
    return ms < 0 ? QVariant() : QVariant(ms);
}

} // namespace

LocationScan LocationScan::of(const QString &location, qint64 scannedAtMs, const OrphanScan &scan,
                              const QString &planPath)
{
    LocationScan record;
    record.location = location;
    record.scannedAtMs = scannedAtMs;
    record.listedObjects = scan.listedObjects;
    record.listedBytes = scan.listedBytes;
    record.referencedKeys = scan.referencedKeys;
    record.orphanObjects = scan.orphanObjects;
    record.orphanBytes = scan.orphanBytes;
    record.tooYoungObjects = scan.tooYoungObjects;
    record.tooYoungBytes = scan.tooYoungBytes;
    record.missingReferences = scan.missingCount;
    record.orphanShare = scan.orphanShare();
    record.band = healthBandName(scan.band());
    record.planPath = planPath;
    return record;
}

LocationScan LocationScan::listing(const QString &location, qint64 scannedAtMs,
                                   const UsageFigures &usage)
{
    LocationScan record;
    record.kind = Kind::Listing;
    record.location = location;
    record.scannedAtMs = scannedAtMs;
    record.listedObjects = usage.objects;
    record.listedBytes = usage.bytes;
    record.newestMs = usage.newestMs;
    record.oldestMs = usage.oldestMs;
    return record;
}

LocationScan LocationScan::listing(const QString &location, qint64 scannedAtMs,
                                   const UsageCounter &usage)
{
    LocationScan record = listing(location, scannedAtMs, usage.total());
    record.prefixes = largestLocationPrefixes(usage.prefixes());
    return record;
}

QList<LocationPrefix> largestLocationPrefixes(const QList<PrefixUsage> &prefixes)
{
    QList<LocationPrefix> largest;
    for (const PrefixUsage &prefix : prefixes) {
        if (prefix.depth != 1)
            continue;
        largest.append({prefix.prefix, prefix.figures.objects, prefix.figures.bytes});
        if (largest.size() == kKeptLocationPrefixes)
            break;
    }
    return largest;
}

LocationScanStore::LocationScanStore(const QSqlDatabase &database)
    : m_database(database)
{}

bool LocationScanStore::record(const LocationScan &scan, QString *error)
{
    QSqlDatabase database = m_database;
    if (!database.transaction()) {
        *error = database.lastError().text();
        return false;
    }
    const auto fail = [&](const QSqlQuery &query) {
        *error = query.lastError().text();
        database.rollback();
        return false;
    };
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO location_scans (%1) VALUES "
                                 "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(QLatin1String(kColumns)));
    for (const QVariant &value :
         {QVariant(scan.location), QVariant(scan.scannedAtMs), QVariant(scan.listedObjects),
          QVariant(scan.listedBytes), QVariant(scan.referencedKeys), QVariant(scan.orphanObjects),
          QVariant(scan.orphanBytes), QVariant(scan.tooYoungObjects), QVariant(scan.tooYoungBytes),
          QVariant(scan.missingReferences), QVariant(scan.orphanShare),
          QVariant(scan.band.isNull() ? QStringLiteral("") : scan.band), // none for a listing
          scan.planPath.isEmpty() ? QVariant() : QVariant(scan.planPath),
          QVariant(scan.isOrphanScan() ? kOrphansKind : kListingKind), nullableTime(scan.newestMs),
          nullableTime(scan.oldestMs),
          scan.rule.isEmpty() ? QVariant()
                              : QVariant(QString::fromUtf8(
                                    QJsonDocument(scan.rule).toJson(QJsonDocument::Compact)))})
        query.addBindValue(value);
    if (!query.exec())
        return fail(query);
    const qint64 id = query.lastInsertId().toLongLong();
    QSqlQuery prefix(m_database);
    prefix.prepare(QStringLiteral(
        "INSERT INTO location_prefixes (scan_id, prefix, objects, bytes) VALUES (?, ?, ?, ?)"));
    for (const LocationPrefix &folder : scan.prefixes.mid(0, kKeptLocationPrefixes)) {
        prefix.addBindValue(id);
        prefix.addBindValue(folder.prefix);
        prefix.addBindValue(folder.objects);
        prefix.addBindValue(folder.bytes);
        if (!prefix.exec())
            return fail(prefix);
    }
    if (!database.commit()) {
        *error = database.lastError().text();
        database.rollback();
        return false;
    }
    return true;
}

QList<LocationPrefix> LocationScanStore::prefixes(qint64 scanId, QString *error) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT prefix, objects, bytes FROM location_prefixes WHERE "
                                 "scan_id = ? ORDER BY bytes DESC, prefix"));
    query.addBindValue(scanId);
    QList<LocationPrefix> prefixes;
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return prefixes;
    }
    while (query.next())
        prefixes.append(
            {query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong()});
    return prefixes;
}

QList<LocationScan> LocationScanStore::latest(QString *error) const
{
    return select(QStringLiteral("WHERE id IN (SELECT MAX(id) FROM location_scans WHERE kind = "
                                 "'orphans' GROUP BY location) ORDER BY location"),
                  {}, error);
}

QList<LocationScan> LocationScanStore::latestOfAnyKind(QString *error) const
{
    return select(QStringLiteral("WHERE id IN (SELECT MAX(id) FROM location_scans GROUP BY "
                                 "location) ORDER BY location"),
                  {}, error);
}

std::optional<LocationScan> LocationScanStore::latestOrphanScan(const QString &location,
                                                                QString *error) const
{
    const QList<LocationScan> scans =
        select(QStringLiteral("WHERE location = ? AND kind = 'orphans' ORDER BY id DESC LIMIT 1"),
               {location}, error);
    if (scans.isEmpty())
        return std::nullopt;
    return scans.first();
}

QList<LocationScan> LocationScanStore::history(const QString &location, qint64 fromMs,
                                               QString *error) const
{
    return select(QStringLiteral("WHERE location = ? AND scanned_at >= ? ORDER BY scanned_at, id"),
                  {location, fromMs}, error);
}

QList<LocationScan> LocationScanStore::select(const QString &where, const QVariantList &values,
                                              QString *error) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1, id FROM location_scans %2").arg(QLatin1String(kColumns), where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<LocationScan> scans;
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return scans;
    }
    while (query.next()) {
        LocationScan scan;
        scan.location = query.value(0).toString();
        scan.scannedAtMs = query.value(1).toLongLong();
        scan.listedObjects = query.value(2).toLongLong();
        scan.listedBytes = query.value(3).toLongLong();
        scan.referencedKeys = query.value(4).toLongLong();
        scan.orphanObjects = query.value(5).toLongLong();
        scan.orphanBytes = query.value(6).toLongLong();
        scan.tooYoungObjects = query.value(7).toLongLong();
        scan.tooYoungBytes = query.value(8).toLongLong();
        scan.missingReferences = query.value(9).toLongLong();
        scan.orphanShare = query.value(10).toDouble();
        scan.band = query.value(11).toString();
        scan.planPath = query.value(12).toString();
        scan.kind = query.value(13).toString() == kListingKind ? LocationScan::Kind::Listing
                                                               : LocationScan::Kind::Orphans;
        scan.newestMs = query.value(14).isNull() ? -1 : query.value(14).toLongLong();
        scan.oldestMs = query.value(15).isNull() ? -1 : query.value(15).toLongLong();
        scan.rule = QJsonDocument::fromJson(query.value(16).toString().toUtf8()).object();
        scan.id = query.value(17).toLongLong();
        scans.append(scan);
    }
    return scans;
}

bool readLatestLocationScans(const QString &historyPath, QList<LocationScan> *scans, QString *error)
{
    scans->clear();
    if (!QFileInfo::exists(historyPath))
        return true;
    HistoryStore history;
    if (!history.open(historyPath, error))
        return false;
    QString why;
    *scans = LocationScanStore(history.database()).latest(&why);
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    return true;
}

bool readLocationStatuses(const LocationScanStore &store, QList<LocationStatus> *locations,
                          QString *error)
{
    locations->clear();
    QString why;
    const QList<LocationScan> last = store.latestOfAnyKind(&why);
    QHash<QString, LocationScan> orphans;
    if (why.isEmpty()) {
        for (const LocationScan &scan : store.latest(&why))
            orphans.insert(scan.location, scan);
    }
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    for (const LocationScan &scan : last) {
        const auto found = orphans.constFind(scan.location);
        locations->append(
            {scan, found == orphans.cend() ? std::nullopt : std::optional<LocationScan>(*found)});
    }
    return true;
}

QString recordLocationScan(const QString &historyPath, const LocationScan &scan)
{
    if (!QDir().mkpath(QFileInfo(historyPath).absolutePath()))
        return QCoreApplication::translate("qm::LocationScanStore",
                                           "cannot create the folder of %1")
            .arg(historyPath);
    HistoryStore history;
    QString why;
    if (!history.open(historyPath, &why) ||
        !LocationScanStore(history.database()).record(scan, &why))
        return why;
    return {};
}

} // namespace qm
