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
struct PrefixUsage;
struct UsageFigures;
class UsageCounter;

/// A top-level folder of a location ("models/"; "" for the objects in no folder) as a
/// scan or a listing found it.
struct LocationPrefix
{
    QString prefix;
    qint64 objects = 0;
    qint64 bytes = 0;
    friend bool operator==(const LocationPrefix &, const LocationPrefix &) = default;
};

/// How many top-level folders a record keeps: the largest.
inline constexpr int kKeptLocationPrefixes = 50;

/// The largest top-level folders of `prefixes` (as UsageCounter::prefixes() gives them,
/// largest first), at most kKeptLocationPrefixes.
QList<LocationPrefix> largestLocationPrefixes(const QList<PrefixUsage> &prefixes);

/// One scan of a location as recorded: an orphan scan (every figure), or a listing on
/// its own (objects, bytes, newest and oldest only).
struct LocationScan
{
    enum class Kind { Orphans, Listing };
    Kind kind = Kind::Orphans;
    qint64 id = 0; ///< its row, once recorded or read
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
    /// Its largest top-level folders, largest first (recorded with it; read apart, with
    /// LocationScanStore::prefixes()).
    QList<LocationPrefix> prefixes;

    bool isOrphanScan() const { return kind == Kind::Orphans; }

    static LocationScan of(const QString &location, qint64 scannedAtMs, const OrphanScan &scan,
                           const QString &planPath);
    /// A listing on its own: what `usage` counted.
    static LocationScan listing(const QString &location, qint64 scannedAtMs,
                                const UsageFigures &usage);
    /// A listing with its largest top-level folders.
    static LocationScan listing(const QString &location, qint64 scannedAtMs,
                                const UsageCounter &usage);
};

/// Location scans in a history store's file (HistoryStore::database()), used on the
/// thread that opened it.
class LocationScanStore
{
public:
    explicit LocationScanStore(const QSqlDatabase &database);

    /// Records `scan` with its folders, in one transaction.
    bool record(const LocationScan &scan, QString *error);
    /// The folders recorded with the scan of row `scanId`, largest first.
    QList<LocationPrefix> prefixes(qint64 scanId, QString *error = nullptr) const;
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
