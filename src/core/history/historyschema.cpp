// The schema of a history, version by version, and HistoryStore::migrate() from one
// version to the next. The rest of HistoryStore is in historystore.cpp.

#include "historystore.h"
#include "historywatermarks.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace qm {

namespace {

const char *const kSchemaV1[] = {
    "CREATE TABLE probes (id INTEGER PRIMARY KEY, host TEXT NOT NULL, "
    "probed_at INTEGER NOT NULL, status TEXT NOT NULL, transport TEXT NOT NULL, "
    "error TEXT, command TEXT, platform TEXT, elapsed_ms INTEGER)",
    "CREATE INDEX probes_host_time ON probes (host, probed_at)",
    "CREATE TABLE volume_samples (probe_id INTEGER NOT NULL REFERENCES probes(id) ON DELETE "
    "CASCADE, host TEXT NOT NULL, mount TEXT NOT NULL, time INTEGER NOT NULL, "
    "device TEXT, total_bytes INTEGER, used_bytes INTEGER, available_bytes INTEGER, "
    "system INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX volume_samples_host_time ON volume_samples (host, mount, time)",
    "CREATE TABLE category_samples (probe_id INTEGER NOT NULL REFERENCES probes(id) ON "
    "DELETE CASCADE, host TEXT NOT NULL, root TEXT NOT NULL, category TEXT NOT NULL, "
    "time INTEGER NOT NULL, bytes INTEGER NOT NULL, files INTEGER NOT NULL, "
    "newest_at INTEGER)",
    "CREATE INDEX category_samples_host_time ON category_samples (host, category, time)",
    "CREATE TABLE daemon_samples (probe_id INTEGER NOT NULL REFERENCES probes(id) ON DELETE "
    "CASCADE, host TEXT NOT NULL, pattern TEXT NOT NULL, time INTEGER NOT NULL, "
    "running INTEGER)",
};

// Version 2: hourly and daily rollups, and the maintenance watermarks.
const char *const kSchemaV2[] = {
    "CREATE TABLE volume_rollups (host TEXT NOT NULL, mount TEXT NOT NULL, "
    "period INTEGER NOT NULL, start INTEGER NOT NULL, samples INTEGER NOT NULL, "
    "used_min INTEGER, used_max INTEGER, used_mean REAL, total_bytes INTEGER, "
    "PRIMARY KEY (host, mount, period, start)) WITHOUT ROWID",
    "CREATE TABLE category_rollups (host TEXT NOT NULL, category TEXT NOT NULL, "
    "period INTEGER NOT NULL, start INTEGER NOT NULL, samples INTEGER NOT NULL, "
    "bytes_min INTEGER, bytes_max INTEGER, bytes_mean REAL, files_max INTEGER, "
    "PRIMARY KEY (host, category, period, start)) WITHOUT ROWID",
    "CREATE TABLE maintenance (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
};

// Version 3: alerts, with the times they were raised and cleared (open while cleared_at
// is null).
const char *const kSchemaV3[] = {
    "CREATE TABLE alerts (id INTEGER PRIMARY KEY, rule TEXT NOT NULL, host TEXT NOT NULL, "
    "subject TEXT NOT NULL DEFAULT '', severity TEXT NOT NULL, message TEXT NOT NULL, "
    "value REAL, threshold REAL, pending_since INTEGER, raised_at INTEGER NOT NULL, "
    "cleared_at INTEGER)",
    "CREATE INDEX alerts_open ON alerts (cleared_at, rule, host, subject)",
    "CREATE INDEX alerts_raised ON alerts (raised_at)",
};

// Version 4: six-hourly rollups (period 21600000), made from the hourly ones kept, and
// ten-minute ones (made from the raw samples kept, in migrate()); their watermarks
// follow the hourly one.
const char *const kSchemaV4[] = {
    "INSERT OR REPLACE INTO volume_rollups (host, mount, period, start, samples, used_min, "
    "used_max, used_mean, total_bytes) "
    "SELECT host, mount, 21600000, (start / 21600000) * 21600000 AS bucket, SUM(samples), "
    "MIN(used_min), MAX(used_max), SUM(used_mean * samples) / SUM(samples), MAX(total_bytes) "
    "FROM volume_rollups WHERE period = 3600000 AND start < (SELECT (value / 21600000) * "
    "21600000 FROM maintenance WHERE name = 'hourly_until') GROUP BY host, mount, bucket",
    "INSERT OR REPLACE INTO category_rollups (host, category, period, start, samples, "
    "bytes_min, bytes_max, bytes_mean, files_max) "
    "SELECT host, category, 21600000, (start / 21600000) * 21600000 AS bucket, SUM(samples), "
    "MIN(bytes_min), MAX(bytes_max), SUM(bytes_mean * samples) / SUM(samples), MAX(files_max) "
    "FROM category_rollups WHERE period = 3600000 AND start < (SELECT (value / 21600000) * "
    "21600000 FROM maintenance WHERE name = 'hourly_until') GROUP BY host, category, bucket",
    "INSERT OR REPLACE INTO maintenance (name, value) SELECT 'six_hourly_until', "
    "(value / 21600000) * 21600000 FROM maintenance WHERE name = 'hourly_until'",
    "INSERT OR REPLACE INTO maintenance (name, value) SELECT 'ten_minute_until', value "
    "FROM maintenance WHERE name = 'hourly_until'",
};
static_assert(HistoryStore::kSixHoursMs == 21600000 && HistoryStore::kHourMs == 3600000);

// Version 5: rollups keep the mean time of their samples and, from the samples that
// recorded it, the mean available bytes and the least and greatest used % (df's
// formula); NULL in the rollups made before, which did not keep them. Imports used to
// store total - used as the available bytes, a guess: they become unknown. (Rollups
// whose samples are all still kept are made again in migrate().)
const char *const kSchemaV5[] = {
    "ALTER TABLE volume_rollups ADD COLUMN time_mean REAL",
    "ALTER TABLE volume_rollups ADD COLUMN available_mean REAL",
    "ALTER TABLE volume_rollups ADD COLUMN used_percent_min REAL",
    "ALTER TABLE volume_rollups ADD COLUMN used_percent_max REAL",
    "UPDATE volume_samples SET available_bytes = NULL WHERE probe_id IN "
    "(SELECT id FROM probes WHERE transport = 'import')",
};

// Version 6: the figures of every orphan scan of a storage location (qmctl orphans
// scan), for its trend and its metrics (core/storage/locationscanstore.h).
const char *const kSchemaV6[] = {
    "CREATE TABLE location_scans (id INTEGER PRIMARY KEY, location TEXT NOT NULL, "
    "scanned_at INTEGER NOT NULL, listed_objects INTEGER NOT NULL, listed_bytes INTEGER "
    "NOT NULL, referenced_keys INTEGER NOT NULL, orphan_objects INTEGER NOT NULL, "
    "orphan_bytes INTEGER NOT NULL, too_young_objects INTEGER NOT NULL, too_young_bytes "
    "INTEGER NOT NULL, missing_references INTEGER NOT NULL, orphan_share REAL NOT NULL, "
    "band TEXT NOT NULL, plan_path TEXT)",
    "CREATE INDEX location_scans_location_time ON location_scans (location, scanned_at)",
};

// Version 7: a location's listing on its own (a backup listed for the replication
// measurement, `qmctl storage du`) is kept beside its orphan scans ("kind"), with the
// newest and oldest object; an orphan scan keeps the rule it was made with (reference
// source without a password, key mapping, minimum age, share limit) so that a
// scheduled lifecycle job scans as the person did.
const char *const kSchemaV7[] = {
    "ALTER TABLE location_scans ADD COLUMN kind TEXT NOT NULL DEFAULT 'orphans'",
    "ALTER TABLE location_scans ADD COLUMN newest_ms INTEGER",
    "ALTER TABLE location_scans ADD COLUMN oldest_ms INTEGER",
    "ALTER TABLE location_scans ADD COLUMN rule TEXT",
};

// Version 8: the largest top-level folders of each scan or listing, so that a location's
// folders by size show for any location, however it was listed.
const char *const kSchemaV8[] = {
    "CREATE TABLE location_prefixes (scan_id INTEGER NOT NULL, prefix TEXT NOT NULL, "
    "objects INTEGER NOT NULL, bytes INTEGER NOT NULL, PRIMARY KEY (scan_id, prefix)) "
    "WITHOUT ROWID",
};

// Version 9: what each health check said on each machine (core/health/healthhistory.h).
const char *const kSchemaV9[] = {
    "CREATE TABLE health_results (id INTEGER PRIMARY KEY, host TEXT NOT NULL, name TEXT NOT "
    "NULL, kind TEXT NOT NULL, state TEXT NOT NULL, status TEXT NOT NULL, summary TEXT NOT "
    "NULL, evidence TEXT NOT NULL, checked_at INTEGER NOT NULL)",
    "CREATE INDEX health_results_check_time ON health_results (host, name, checked_at)",
    "CREATE INDEX health_results_time ON health_results (checked_at)",
};

} // namespace

bool HistoryStore::migrate(int version, QString *error)
{
    QSqlQuery query(database());
    const auto run = [&](const auto &statements) {
        for (const char *statement : statements) {
            if (!query.exec(QString::fromLatin1(statement))) {
                *error = query.lastError().text();
                return false;
            }
        }
        return true;
    };
    if (version < 1 && !run(kSchemaV1))
        return false;
    if (version < 2 && !run(kSchemaV2))
        return false;
    if (version < 3 && !run(kSchemaV3))
        return false;
    if (version < 4 && !run(kSchemaV4))
        return false;
    // The columns rollUp() writes exist from version 5 on.
    if (version < 5 && !run(kSchemaV5))
        return false;
    if (version < 6 && !run(kSchemaV6))
        return false;
    if (version < 7 && !run(kSchemaV7))
        return false;
    if (version < 8 && !run(kSchemaV8))
        return false;
    if (version < 9 && !run(kSchemaV9))
        return false;
    if (version < 4) {
        // Ten-minute rollups of the raw samples kept, up to where hours are rolled up.
        const qint64 until = watermark(kTenMinuteUntil);
        if (until != std::numeric_limits<qint64>::min() &&
            !rollUp(kTenMinutesMs, std::numeric_limits<qint64>::min(), until, error))
            return false;
    }
    if (version < 5) {
        // The rollups whose samples are all still kept are made again, with their mean
        // time and available bytes. Raw probes are dropped oldest first, so every
        // bucket that starts at or after the oldest probe left is whole; older ones
        // keep NULL (not known) rather than a figure made up.
        if (!query.exec(QStringLiteral("SELECT MIN(probed_at) FROM probes")) || !query.next()) {
            *error = query.lastError().text();
            return false;
        }
        if (!query.value(0).isNull()) {
            const qint64 oldest = query.value(0).toLongLong();
            query.finish();
            for (const auto &[periodMs, name] : kRollupLevels) {
                const qint64 from = floorTo(oldest + periodMs - 1, periodMs);
                const qint64 until = watermark(name);
                if (from < until && !rollUp(periodMs, from, until, error))
                    return false;
            }
        }
    }
    return true;
}

} // namespace qm
