#pragma once

// The figures of every orphan scan and listing of a storage location, kept in the history
// file (table location_scans): what the metrics give, a location's size has a trend and
// a forecast from, and a backup's age is read from.

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace qm {

struct OrphanScan;
struct UsageFigures;

/// One scan of a location as recorded: an orphan scan (every figure), or a listing on
/// its own (objects, bytes, newest and oldest only).
struct LocationScan
{
    enum class Kind { Orphans, Listing };
    Kind kind = Kind::Orphans;
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
    qint64 newestMs = -1; ///< the newest object's time; -1: none, or not known
    qint64 oldestMs = -1;
    /// An orphan scan's rule (orphanScanRuleJson()): how to scan it again.
    QJsonObject rule;

    bool isOrphanScan() const { return kind == Kind::Orphans; }

    static LocationScan of(const QString &location, qint64 scannedAtMs, const OrphanScan &scan,
                           const QString &planPath);
    /// A listing on its own: what `usage` counted.
    static LocationScan listing(const QString &location, qint64 scannedAtMs,
                                const UsageFigures &usage);
};

/// Location scans in a history store's file (HistoryStore::database()), used on the
/// thread that opened it.
class LocationScanStore
{
public:
    explicit LocationScanStore(const QSqlDatabase &database);

    bool record(const LocationScan &scan, QString *error);
    /// The newest orphan scan of every location, by location.
    QList<LocationScan> latest(QString *error = nullptr) const;
    /// The newest record of every location, orphan scan or listing, by location.
    QList<LocationScan> latestOfAnyKind(QString *error = nullptr) const;
    /// The newest orphan scan of `location`; nothing when it has none (or on an error).
    std::optional<LocationScan> latestOrphanScan(const QString &location,
                                                 QString *error = nullptr) const;
    /// The scans and listings of `location` from `fromMs` on, oldest first.
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

/// A location as the history knows it: its newest record (an orphan scan or a listing),
/// and its newest orphan scan when it has one.
struct LocationStatus
{
    LocationScan last;
    std::optional<LocationScan> orphans;
};

/// Every location of `store`, by location; false with `*error` when it cannot be read.
bool readLocationStatuses(const LocationScanStore &store, QList<LocationStatus> *locations,
                          QString *error);

/// Records `scan` into the history file `historyPath` (created with its folder when
/// missing); empty on success, else why not.
QString recordLocationScan(const QString &historyPath, const LocationScan &scan);

} // namespace qm
