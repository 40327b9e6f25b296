#include "locationscanstore.h"

#include "core/history/historystore.h"
#include "core/storage/orphanscan.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace qm {

namespace {

const char kColumns[] = "location, scanned_at, listed_objects, listed_bytes, referenced_keys, "
                        "orphan_objects, orphan_bytes, too_young_objects, too_young_bytes, "
                        "missing_references, orphan_share, band, plan_path";

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

LocationScanStore::LocationScanStore(const QSqlDatabase &database)
    : m_database(database)
{}

bool LocationScanStore::record(const LocationScan &scan, QString *error)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO location_scans (%1) VALUES "
                                 "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(QLatin1String(kColumns)));
    for (const QVariant &value :
         {QVariant(scan.location), QVariant(scan.scannedAtMs), QVariant(scan.listedObjects),
          QVariant(scan.listedBytes), QVariant(scan.referencedKeys), QVariant(scan.orphanObjects),
          QVariant(scan.orphanBytes), QVariant(scan.tooYoungObjects), QVariant(scan.tooYoungBytes),
          QVariant(scan.missingReferences), QVariant(scan.orphanShare), QVariant(scan.band),
          scan.planPath.isEmpty() ? QVariant() : QVariant(scan.planPath)})
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

QList<LocationScan> LocationScanStore::latest(QString *error) const
{
    return select(QStringLiteral("WHERE id IN (SELECT MAX(id) FROM location_scans GROUP BY "
                                 "location) ORDER BY location"),
                  {}, error);
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
        QStringLiteral("SELECT %1 FROM location_scans %2").arg(QLatin1String(kColumns), where));
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

} // namespace qm
