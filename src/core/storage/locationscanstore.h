#pragma once

// The figures of every orphan scan of a storage location, kept in the history file
// (table location_scans): what the metrics give and a location's size has a trend from.

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace qm {

struct OrphanScan;

/// One scan of a location as recorded.
struct LocationScan
{
    QString location;
    qint64 scannedAtMs = 0;
    qint64 listedObjects = 0;
    qint64 listedBytes = 0;
    qint64 referencedKeys = 0;
    qint64 orphanObjects = 0;
    qint64 orphanBytes = 0;
    qint64 tooYoungObjects = 0;
    qint64 tooYoungBytes = 0;
    qint64 missingReferences = 0;
    double orphanShare = 0;
    QString band; ///< "healthy", "warning", "critical"
    QString planPath;

    static LocationScan of(const QString &location, qint64 scannedAtMs, const OrphanScan &scan,
                           const QString &planPath);
};

/// Location scans in a history store's file (HistoryStore::database()), used on the
/// thread that opened it.
class LocationScanStore
{
public:
    explicit LocationScanStore(const QSqlDatabase &database);

    bool record(const LocationScan &scan, QString *error);
    /// The newest scan of every location, by location.
    QList<LocationScan> latest(QString *error = nullptr) const;
    /// The scans of `location` from `fromMs` on, oldest first.
    QList<LocationScan> history(const QString &location, qint64 fromMs,
                                QString *error = nullptr) const;

private:
    QList<LocationScan> select(const QString &where, const QVariantList &values,
                               QString *error) const;
    QSqlDatabase m_database;
};

/// The newest scan of every location kept in the history file `historyPath`, into
/// `*scans`; none when the file does not exist yet (it is not created). False with
/// `*error` when it cannot be read.
bool readLatestLocationScans(const QString &historyPath, QList<LocationScan> *scans,
                             QString *error);

} // namespace qm
