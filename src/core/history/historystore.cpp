#include "historystore.h"

#include <QCoreApplication>
#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iterator>
#include <limits>
#include <numeric>
#include <tuple>
#include <vector>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::HistoryStore)
};

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

const QString kHourlyUntil = QStringLiteral("hourly_until");
const QString kSixHourlyUntil = QStringLiteral("six_hourly_until");
const QString kTenMinuteUntil = QStringLiteral("ten_minute_until");
const QString kDailyUntil = QStringLiteral("daily_until");

qint64 floorTo(qint64 timeMs, qint64 periodMs)
{
    return timeMs - ((timeMs % periodMs) + periodMs) % periodMs;
}

/// The periods of the rollups, finest first, with the names of their watermarks.
const std::pair<qint64, QString> kRollupLevels[] = {
    {HistoryStore::kTenMinutesMs, kTenMinuteUntil},
    {HistoryStore::kHourMs, kHourlyUntil},
    {HistoryStore::kSixHoursMs, kSixHourlyUntil},
    {HistoryStore::kDayMs, kDailyUntil},
};

HostStatus statusFromKey(const QString &key)
{
    for (const HostStatus status :
         {HostStatus::Ok, HostStatus::Unreachable, HostStatus::Refused, HostStatus::AuthFailed,
          HostStatus::HostKeyUnknown, HostStatus::HostKeyMismatch, HostStatus::Denied}) {
        if (hostStatusKey(status) == key)
            return status;
    }
    return HostStatus::Error;
}

/// Rows inserted thousands to a statement: they travel as one JSON array bound to one
/// parameter and are unpacked by SQLite's json_each(), so neither a statement nor a
/// bound value is paid per row (Qt's binding costs more than SQLite's insert).
/// add() queues a row and runs a full batch; flush() runs the rest. A batch of rows
/// that refer to another table's (`parent`) flushes that one first.
class BatchInsert
{
public:
    static constexpr int kRows = 4096;

    /// One value of a row: a number, or a string already written as JSON (by json(),
    /// and outliving the add() call).
    struct Field
    {
        Field(qint64 value)
            : number(value)
        {}
        Field(const QByteArray &jsonText)
            : json(&jsonText)
        {}
        /// A number when it is not negative, else null (not known).
        static Field orNull(qint64 value)
        {
            static const QByteArray null = "null";
            return value >= 0 ? Field(value) : Field(null);
        }
        qint64 number = 0;
        const QByteArray *json = nullptr;
    };

    /// `text` as a JSON string, quotes included.
    static QByteArray json(const QString &text)
    {
        static const char hex[] = "0123456789abcdef";
        QByteArray out = "\"";
        for (const char c : text.toUtf8()) {
            const auto byte = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\') {
                out += '\\';
                out += c;
            } else if (byte < 0x20) {
                out += "\\u00";
                out += hex[byte >> 4];
                out += hex[byte & 0xf];
            } else {
                out += c;
            }
        }
        return out + '"';
    }

    /// `table` and its `columns`; `constants` are SQL expressions for further columns.
    BatchInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                const QStringList &constants = {}, const QStringList &constantColumns = {},
                BatchInsert *parent = nullptr)
        : m_parent(parent)
        , m_query(db)
    {
        QStringList values;
        for (int i = 0; i < columns.size(); ++i)
            values.append(QStringLiteral("json_extract(value, '$[%1]')").arg(i));
        m_sql = QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM json_each(CAST(? AS TEXT))")
                    .arg(table, (columns + constantColumns).join(QStringLiteral(", ")),
                         (values + constants).join(QStringLiteral(", ")));
    }

    bool add(std::initializer_list<Field> row)
    {
        m_json += m_rows == 0 ? '[' : ',';
        char separator = '[';
        for (const Field &field : row) {
            m_json += separator;
            separator = ',';
            if (field.json) {
                m_json += *field.json;
            } else {
                char digits[24];
                const auto end = std::to_chars(std::begin(digits), std::end(digits), field.number);
                m_json.append(digits, end.ptr - digits);
            }
        }
        m_json += ']';
        return ++m_rows < kRows || run();
    }

    bool flush() { return m_rows == 0 || run(); }
    QString error() const { return m_error; }

private:
    bool run()
    {
        if (m_parent && !m_parent->flush()) {
            m_error = m_parent->error();
            return false;
        }
        m_json += ']';
        if (!m_prepared && !m_query.prepare(m_sql)) {
            m_error = m_query.lastError().text();
            return false;
        }
        m_prepared = true;
        m_query.bindValue(0, m_json);
        m_json.resize(0); // the next batch; the bound value keeps this one
        m_rows = 0;
        if (!m_query.exec()) {
            m_error = m_query.lastError().text();
            return false;
        }
        return true;
    }

    BatchInsert *m_parent;
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
    QByteArray m_json;
    int m_rows = 0;
    QString m_error;
};

/// The SQL expression of a raw sample's used % over the columns of volume_samples:
/// used / (used + available) * 100 (0 when both are 0), NULL where the available bytes
/// were not recorded. VolumePoint::usedPercent() in SQL, for the rollups.
QString usedPercentSql()
{
    return QStringLiteral("(CASE WHEN available_bytes IS NULL OR used_bytes IS NULL THEN NULL "
                          "WHEN used_bytes + available_bytes <= 0 THEN 0.0 "
                          "ELSE used_bytes * 100.0 / (used_bytes + available_bytes) END)");
}

QVariant nullable(qint64 value)
{
    return value < 0 ? QVariant() : QVariant(value);
}

} // namespace

QString defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/quartermaster");
}

QString historyDatabasePath(const QString &dataDirectory)
{
    return (dataDirectory.isEmpty() ? defaultDataDirectory() : dataDirectory) +
           QStringLiteral("/history.sqlite");
}

HistoryStore::HistoryStore()
    : m_connection(QStringLiteral("history"))
{}

HistoryStore::~HistoryStore() = default;

QSqlDatabase HistoryStore::database() const
{
    return m_connection.database();
}

bool HistoryStore::isOpen() const
{
    return m_connection.isOpen();
}

bool HistoryStore::open(const QString &path, QString *error)
{
    if (!m_connection.open(path, error))
        return false;
    QSqlQuery query(database());
    query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    query.exec(QStringLiteral("PRAGMA cache_size=-32768"));
    // GROUP BY sorts the chart's columns in a temporary B-tree: in memory, not a file.
    query.exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
    // Another connection may be creating or migrating the same file right now (the
    // probe scheduler and the alerts open it at start-up): SqliteConnection takes care.
    return m_connection.migrate(
        kSchemaVersion, [this](int from, QString *message) { return migrate(from, message); },
        error);
}

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

bool HistoryStore::record(const HostProbe &probe, QString *error)
{
    QSqlDatabase db = database();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    const qint64 time = probe.probedAt.toMSecsSinceEpoch();
    const auto fail = [&](const QSqlQuery &q) {
        *error =
            Text::tr("cannot record the probe of %1: %2").arg(probe.name, q.lastError().text());
        db.rollback();
        return false;
    };
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO probes (host, probed_at, status, transport, error, "
                             "command, platform, elapsed_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(probe.name);
    q.addBindValue(time);
    q.addBindValue(hostStatusKey(probe.status));
    q.addBindValue(probe.transport);
    q.addBindValue(probe.error.isEmpty() ? QVariant() : QVariant(probe.error));
    q.addBindValue(probe.command.isEmpty() ? QVariant() : QVariant(probe.command));
    q.addBindValue(probe.platform.isEmpty() ? QVariant() : QVariant(probe.platform));
    q.addBindValue(probe.elapsedMs);
    if (!q.exec())
        return fail(q);
    const qint64 id = q.lastInsertId().toLongLong();

    q.prepare(QStringLiteral("INSERT INTO volume_samples (probe_id, host, mount, time, device, "
                             "total_bytes, used_bytes, available_bytes, system) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Volume &volume : probe.volumes) {
        q.addBindValue(id);
        q.addBindValue(probe.name);
        q.addBindValue(volume.mountPoint);
        q.addBindValue(time);
        q.addBindValue(volume.device);
        q.addBindValue(nullable(volume.totalBytes));
        q.addBindValue(nullable(volume.usedBytes));
        q.addBindValue(nullable(volume.availableBytes));
        q.addBindValue(volume.system ? 1 : 0);
        if (!q.exec())
            return fail(q);
    }
    q.prepare(QStringLiteral("INSERT INTO category_samples (probe_id, host, root, category, "
                             "time, bytes, files, newest_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const DataRootScan &root : probe.roots) {
        if (root.status != DataRootScan::Status::Ok)
            continue;
        for (const CategoryTotal &total : root.categories) {
            q.addBindValue(id);
            q.addBindValue(probe.name);
            q.addBindValue(root.root);
            q.addBindValue(total.name);
            q.addBindValue(time);
            q.addBindValue(total.bytes);
            q.addBindValue(total.files);
            q.addBindValue(nullable(total.newestSecs));
            if (!q.exec())
                return fail(q);
        }
    }
    q.prepare(QStringLiteral("INSERT INTO daemon_samples (probe_id, host, pattern, time, "
                             "running) VALUES (?, ?, ?, ?, ?)"));
    for (const DaemonState &daemon : probe.daemons) {
        q.addBindValue(id);
        q.addBindValue(probe.name);
        q.addBindValue(daemon.pattern);
        q.addBindValue(time);
        q.addBindValue(daemon.error.isEmpty() ? QVariant(daemon.running ? 1 : 0) : QVariant());
        if (!q.exec())
            return fail(q);
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

QDateTime HistoryStore::failingSince(const QString &host) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "SELECT MIN(probed_at) FROM probes WHERE host = ? AND status != 'ok' AND probed_at > "
        "COALESCE((SELECT MAX(probed_at) FROM probes WHERE host = ? AND status = 'ok' AND "
        "transport != 'import'), -1)"));
    q.addBindValue(host);
    q.addBindValue(host);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
}

HostProbe HistoryStore::latestProbe(const QString &host) const
{
    HostProbe probe;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT id, probed_at, status, transport, error, command, platform, "
                             "elapsed_ms FROM probes WHERE host = ? AND transport != 'import' "
                             "ORDER BY probed_at DESC, id DESC LIMIT 1"));
    q.addBindValue(host);
    if (!q.exec() || !q.next())
        return probe;
    const qint64 id = q.value(0).toLongLong();
    probe.name = host;
    probe.probedAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    probe.status = statusFromKey(q.value(2).toString());
    probe.transport = q.value(3).toString();
    probe.error = q.value(4).toString();
    probe.command = q.value(5).toString();
    probe.platform = q.value(6).toString();
    probe.elapsedMs = q.value(7).toLongLong();

    q.prepare(QStringLiteral("SELECT mount, device, total_bytes, used_bytes, available_bytes, "
                             "system FROM volume_samples WHERE probe_id = ? ORDER BY rowid"));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next()) {
            Volume volume;
            volume.mountPoint = q.value(0).toString();
            volume.device = q.value(1).toString();
            volume.totalBytes = q.value(2).isNull() ? -1 : q.value(2).toLongLong();
            volume.usedBytes = q.value(3).isNull() ? -1 : q.value(3).toLongLong();
            volume.availableBytes = q.value(4).isNull() ? -1 : q.value(4).toLongLong();
            volume.system = q.value(5).toInt() != 0;
            if (volume.totalBytes < 0)
                volume.state = Volume::State::Error;
            probe.volumes.append(volume);
        }
    }
    q.prepare(QStringLiteral("SELECT root, category, bytes, files, newest_at FROM "
                             "category_samples WHERE probe_id = ? ORDER BY rowid"));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next()) {
            const QString root = q.value(0).toString();
            if (probe.roots.isEmpty() || probe.roots.last().root != root) {
                DataRootScan scan;
                scan.root = root;
                probe.roots.append(scan);
            }
            probe.roots.last().categories.append(
                {q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                 q.value(4).isNull() ? -1 : q.value(4).toLongLong()});
        }
    }
    q.prepare(QStringLiteral("SELECT pattern, running FROM daemon_samples WHERE probe_id = ? "
                             "ORDER BY rowid"));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next()) {
            DaemonState daemon;
            daemon.pattern = q.value(0).toString();
            daemon.running = q.value(1).toInt() == 1;
            if (q.value(1).isNull())
                daemon.error = Text::tr("not checked");
            probe.daemons.append(daemon);
        }
    }
    return probe;
}

HostProbe HistoryStore::latestImportedProbe(const QString &host) const
{
    HostProbe probe;
    QSqlQuery q(database());
    // SQLite gives the other columns of the row that holds MAX(time) in each group.
    q.prepare(QStringLiteral(
        "SELECT mount, total_bytes, used_bytes, available_bytes, MAX(time) FROM volume_samples "
        "WHERE host = ? AND probe_id IN (SELECT id FROM probes WHERE host = ? AND "
        "transport = 'import') GROUP BY mount ORDER BY mount"));
    q.addBindValue(host);
    q.addBindValue(host);
    if (!q.exec())
        return probe;
    qint64 newestMs = 0;
    while (q.next()) {
        Volume volume;
        volume.mountPoint = q.value(0).toString();
        volume.totalBytes = q.value(1).isNull() ? -1 : q.value(1).toLongLong();
        volume.usedBytes = q.value(2).isNull() ? -1 : q.value(2).toLongLong();
        volume.availableBytes = q.value(3).isNull() ? -1 : q.value(3).toLongLong();
        if (volume.totalBytes < 0)
            volume.state = Volume::State::Error;
        newestMs = std::max(newestMs, q.value(4).toLongLong());
        probe.volumes.append(volume);
    }
    if (probe.volumes.isEmpty())
        return probe;
    probe.name = host;
    probe.status = HostStatus::Ok;
    probe.transport = QStringLiteral("import"); // HostProbe::imported()
    probe.probedAt = QDateTime::fromMSecsSinceEpoch(newestMs, Qt::UTC);
    return probe;
}

qint64 HistoryStore::probeCount(const QString &host) const
{
    QSqlQuery q(database());
    if (host.isEmpty()) {
        q.exec(QStringLiteral("SELECT COUNT(*) FROM probes"));
    } else {
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM probes WHERE host = ?"));
        q.addBindValue(host);
        q.exec();
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool HistoryStore::import(const QList<ImportedSample> &samples, QString *error)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    // Every sample's probe is inserted here, under ids taken below: checking each of a
    // million references again would cost a B-tree search apiece. (Outside a
    // transaction, or SQLite ignores it.)
    q.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    const auto checkReferences =
        qScopeGuard([&db] { QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys=ON")); });
    // IMMEDIATE: the probe ids below are taken from MAX(id), so no other writer may come
    // between reading it and inserting.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = Text::tr("cannot import into %1: %2").arg(path(), q.lastError().text());
        return false;
    }
    const auto fail = [&](const QString &message) {
        *error = Text::tr("cannot import into %1: %2").arg(path(), message);
        db.rollback();
        return false;
    };
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM probes")) || !q.next())
        return fail(q.lastError().text());
    qint64 nextId = q.value(0).toLongLong() + 1;
    q.finish();

    const auto columns = [](const char *names) { return QString::fromLatin1(names).split(u' '); };
    BatchInsert probes(db, QStringLiteral("probes"), columns("id host probed_at"),
                       {QStringLiteral("'ok'"), QStringLiteral("'import'")},
                       columns("status transport"));
    // Available bytes stay NULL where the sample did not give them: never guessed.
    BatchInsert volumes(db, QStringLiteral("volume_samples"),
                        columns("probe_id host mount time total_bytes used_bytes available_bytes"),
                        {}, {}, &probes);
    BatchInsert categories(
        db, QStringLiteral("category_samples"), columns("probe_id host category time bytes"),
        {QStringLiteral("''"), QStringLiteral("0")}, columns("root files"), &probes);
    // Every host, mount and category name once, numbered in sorted order and written as
    // JSON once: a million samples then sort and match by integers.
    QHash<QString, int> nameIds;
    QStringList names;
    const auto nameId = [&](const QString &name) -> int {
        auto it = nameIds.constFind(name);
        if (it == nameIds.constEnd()) {
            it = nameIds.insert(name, int(names.size()));
            names.append(name);
        }
        return it.value();
    };
    struct Key
    {
        int host;
        int mount;
        qint64 timeMs;
        int category;
        qsizetype index;
    };
    std::vector<Key> keys;
    keys.reserve(size_t(samples.size()));
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const ImportedSample &sample = samples[i];
        keys.push_back(
            {nameId(sample.host), nameId(sample.mount), sample.timeMs, nameId(sample.category), i});
    }
    std::vector<int> byName(size_t(names.size()));
    std::iota(byName.begin(), byName.end(), 0);
    std::sort(byName.begin(), byName.end(), [&](int a, int b) { return names[a] < names[b]; });
    std::vector<int> rank(size_t(names.size()));
    std::vector<QByteArray> json(size_t(names.size()));
    for (size_t r = 0; r < byName.size(); ++r) {
        rank[size_t(byName[r])] = int(r);
        json[r] = BatchInsert::json(names[byName[r]]);
    }
    for (Key &key : keys) {
        key.host = rank[size_t(key.host)];
        key.mount = rank[size_t(key.mount)];
        key.category = rank[size_t(key.category)];
    }
    // In index order (host, volume, time), first given first among equals: SQLite's
    // B-tree inserts are cheapest when each lands next to the one before.
    std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        return std::tie(a.host, a.mount, a.timeMs, a.index) <
               std::tie(b.host, b.mount, b.timeMs, b.index);
    });
    QSet<std::pair<qint64, int>> seenCategories; // one sample per category and probe
    const Key *lastVolume = nullptr;             // the volume sample inserted last
    qint64 oldest = std::numeric_limits<qint64>::max();
    std::vector<qint64> times;
    for (auto hostBegin = keys.cbegin(); hostBegin != keys.cend();) {
        // One probe per time of this host, numbered in time order.
        const int host = hostBegin->host;
        const auto hostEnd = std::find_if(hostBegin, keys.cend(),
                                          [host](const Key &key) { return key.host != host; });
        times.clear();
        for (auto key = hostBegin; key != hostEnd; ++key)
            times.push_back(key->timeMs);
        std::sort(times.begin(), times.end());
        times.erase(std::unique(times.begin(), times.end()), times.end());
        oldest = std::min(oldest, times.front());
        const qint64 firstId = nextId;
        for (const qint64 time : times) {
            if (!probes.add({nextId++, json[size_t(host)], time}))
                return fail(probes.error());
        }
        for (auto key = hostBegin; key != hostEnd; ++key) {
            const ImportedSample &sample = samples[key->index];
            const qint64 id =
                firstId +
                (std::lower_bound(times.cbegin(), times.cend(), key->timeMs) - times.cbegin());
            // One sample per volume and probe: a second one sorts right after the first.
            if (!sample.mount.isEmpty() && sample.totalBytes >= 0 && sample.usedBytes >= 0 &&
                !(lastVolume && lastVolume->host == key->host && lastVolume->mount == key->mount &&
                  lastVolume->timeMs == key->timeMs)) {
                lastVolume = &*key;
                if (!volumes.add({id, json[size_t(host)], json[size_t(key->mount)], sample.timeMs,
                                  sample.totalBytes, sample.usedBytes,
                                  BatchInsert::Field::orNull(sample.availableBytes)}))
                    return fail(volumes.error());
            }
            if (!sample.category.isEmpty() && sample.categoryBytes >= 0 &&
                !seenCategories.contains({id, key->category})) {
                seenCategories.insert({id, key->category});
                if (!categories.add({id, json[size_t(host)], json[size_t(key->category)],
                                     sample.timeMs, sample.categoryBytes}))
                    return fail(categories.error());
            }
        }
        hostBegin = hostEnd;
    }
    for (BatchInsert *batch : {&probes, &volumes, &categories}) {
        if (!batch->flush())
            return fail(batch->error());
    }
    // Rollups from the oldest imported hour and day on are redone by maintain().
    QString message;
    if (!samples.isEmpty() &&
        (!setWatermark(kTenMinuteUntil, floorTo(oldest, kTenMinutesMs), true, &message) ||
         !setWatermark(kHourlyUntil, floorTo(oldest, kHourMs), true, &message) ||
         !setWatermark(kSixHourlyUntil, floorTo(oldest, kSixHoursMs), true, &message) ||
         !setWatermark(kDailyUntil, floorTo(oldest, kDayMs), true, &message)))
        return fail(message);
    if (!db.commit())
        return fail(db.lastError().text());
    return true;
}

qint64 HistoryStore::rolledUpUntil(qint64 periodMs) const
{
    return watermark(periodMs == kDayMs          ? kDailyUntil
                     : periodMs == kSixHoursMs   ? kSixHourlyUntil
                     : periodMs == kTenMinutesMs ? kTenMinuteUntil
                                                 : kHourlyUntil);
}

qint64 HistoryStore::watermark(const QString &name) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM maintenance WHERE name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toLongLong() : std::numeric_limits<qint64>::min();
}

bool HistoryStore::setWatermark(const QString &name, qint64 valueMs, bool onlyLower, QString *error)
{
    QSqlQuery q(database());
    q.prepare(onlyLower ? QStringLiteral("UPDATE maintenance SET value = MIN(value, ?) WHERE "
                                         "name = ?")
                        : QStringLiteral("INSERT OR REPLACE INTO maintenance (value, name) "
                                         "VALUES (?, ?)"));
    q.addBindValue(valueMs);
    q.addBindValue(name);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool HistoryStore::rollUp(qint64 periodMs, qint64 fromMs, qint64 toMs, QString *error)
{
    QSqlQuery q(database());
    // The mean time of the samples, not the bucket's middle: a line through the means
    // then keeps the slope of the samples. AVG, MIN and MAX skip NULLs: the available
    // bytes and the used % come from the samples that recorded them.
    q.prepare(
        QStringLiteral(
            "INSERT OR REPLACE INTO volume_rollups (host, mount, period, start, samples, used_min, "
            "used_max, used_mean, total_bytes, time_mean, available_mean, used_percent_min, "
            "used_percent_max) "
            "SELECT host, mount, :period, (time / :period) * :period AS bucket, COUNT(*), "
            "MIN(used_bytes), MAX(used_bytes), AVG(used_bytes), MAX(total_bytes), AVG(time), "
            "AVG(available_bytes), MIN(percent), MAX(percent) FROM "
            "(SELECT host, mount, time, used_bytes, total_bytes, available_bytes, %1 AS percent "
            "FROM volume_samples WHERE time >= :from AND time < :to AND used_bytes IS NOT NULL) "
            "GROUP BY host, mount, bucket")
            .arg(usedPercentSql()));
    q.bindValue(QStringLiteral(":period"), periodMs);
    q.bindValue(QStringLiteral(":from"), fromMs);
    q.bindValue(QStringLiteral(":to"), toMs);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    // A category's figure at one probe is its sum over the host's data roots.
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO category_rollups (host, category, period, start, samples, "
        "bytes_min, bytes_max, bytes_mean, files_max) "
        "SELECT host, category, :period, (time / :period) * :period AS bucket, COUNT(*), "
        "MIN(bytes), MAX(bytes), AVG(bytes), MAX(files) FROM "
        "(SELECT host, category, time, SUM(bytes) AS bytes, SUM(files) AS files "
        "FROM category_samples WHERE time >= :from AND time < :to "
        "GROUP BY probe_id, host, category) "
        "GROUP BY host, category, bucket"));
    q.bindValue(QStringLiteral(":period"), periodMs);
    q.bindValue(QStringLiteral(":from"), fromMs);
    q.bindValue(QStringLiteral(":to"), toMs);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool HistoryStore::maintain(qint64 nowMs, const HistoryRetention &retention, QString *error)
{
    QSqlDatabase db = database();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    const auto fail = [&](const QString &message) {
        *error = Text::tr("cannot maintain the history %1: %2").arg(path(), message);
        db.rollback();
        return false;
    };
    QString message;
    for (const auto &[periodMs, name] : kRollupLevels) {
        const qint64 to = floorTo(nowMs, periodMs); // complete buckets only
        const qint64 from = watermark(name);
        if (from < to && !rollUp(periodMs, from, to, &message))
            return fail(message);
        if (from < to && !setWatermark(name, to, false, &message))
            return fail(message);
    }
    // Raw probes go once their days are rolled up and they are older than rawDays.
    const qint64 rawCutoff =
        std::min(nowMs - qint64(retention.rawDays) * kDayMs, watermark(kDailyUntil));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM probes WHERE probed_at < ?"));
    q.addBindValue(rawCutoff);
    if (!q.exec())
        return fail(q.lastError().text());
    for (const QString &table :
         {QStringLiteral("volume_rollups"), QStringLiteral("category_rollups")}) {
        for (const auto &[periodMs, days] : {std::pair(kTenMinutesMs, retention.rawDays),
                                             std::pair(kHourMs, retention.hourlyDays)}) {
            q.prepare(QStringLiteral("DELETE FROM %1 WHERE period = ? AND start < ?").arg(table));
            q.addBindValue(periodMs);
            q.addBindValue(nowMs - qint64(days) * kDayMs);
            if (!q.exec())
                return fail(q.lastError().text());
        }
    }
    if (!db.commit())
        return fail(db.lastError().text());
    return true;
}

QStringList HistoryStore::hosts() const
{
    QStringList hosts;
    QSqlQuery q(database());
    q.exec(QStringLiteral("SELECT host FROM volume_samples UNION SELECT host FROM "
                          "volume_rollups ORDER BY 1"));
    while (q.next())
        hosts.append(q.value(0).toString());
    return hosts;
}

QStringList HistoryStore::mounts(const QString &host) const
{
    QStringList mounts;
    QSqlQuery q(database());
    // Pseudo and runtime filesystems (recorded as system) are left out.
    q.prepare(QStringLiteral(
        "SELECT mount FROM volume_samples WHERE host = :host GROUP BY mount HAVING "
        "MAX(system) = 0 UNION SELECT mount FROM volume_rollups WHERE host = :host AND mount "
        "NOT IN (SELECT mount FROM volume_samples WHERE host = :host AND system = 1) "
        "ORDER BY 1"));
    q.bindValue(QStringLiteral(":host"), host);
    if (q.exec()) {
        while (q.next())
            mounts.append(q.value(0).toString());
    }
    return mounts;
}

std::optional<qint64> HistoryStore::oldestTime(const QString &host, const QString &mount) const
{
    std::optional<qint64> oldest;
    QSqlQuery q(database());
    // One MIN per level: each is a single step down its index.
    const auto take = [&] {
        if (q.exec() && q.next() && !q.value(0).isNull())
            oldest = std::min(oldest.value_or(std::numeric_limits<qint64>::max()),
                              q.value(0).toLongLong());
    };
    q.prepare(QStringLiteral("SELECT MIN(time) FROM volume_samples WHERE host = ? AND mount = ?"));
    q.addBindValue(host);
    q.addBindValue(mount);
    take();
    for (const qint64 period : {kTenMinutesMs, kHourMs, kSixHoursMs, kDayMs}) {
        q.prepare(QStringLiteral("SELECT MIN(start) FROM volume_rollups WHERE host = ? AND "
                                 "mount = ? AND period = ?"));
        q.addBindValue(host);
        q.addBindValue(mount);
        q.addBindValue(period);
        take();
    }
    return oldest;
}

QList<VolumePoint> HistoryStore::volumeSamples(const QString &host, const QString &mount,
                                               qint64 fromMs, qint64 toMs) const
{
    QList<VolumePoint> points;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT time, used_bytes, total_bytes, available_bytes FROM "
                             "volume_samples WHERE host = ? AND mount = ? AND time >= ? AND "
                             "time <= ? AND used_bytes IS NOT NULL AND total_bytes IS NOT NULL "
                             "ORDER BY time"));
    q.addBindValue(host);
    q.addBindValue(mount);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (q.exec()) {
        while (q.next())
            points.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                           q.value(2).toLongLong(),
                           q.value(3).isNull() ? -1 : q.value(3).toLongLong()});
    }
    return points;
}

std::optional<qint64> HistoryStore::newestTime(const QString &host, const QString &mount) const
{
    std::optional<qint64> newest;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT MAX(time) FROM volume_samples WHERE host = ? AND mount = ?"));
    q.addBindValue(host);
    q.addBindValue(mount);
    // Raw samples go oldest first and rollups are means of them: while there are any,
    // the newest is the newest of all.
    if (q.exec() && q.next() && !q.value(0).isNull())
        return q.value(0).toLongLong();
    // The newest rollup of each level: one step down its index.
    for (const auto &level : kRollupLevels) {
        const qint64 periodMs = level.first;
        q.prepare(QStringLiteral("SELECT start, time_mean FROM volume_rollups WHERE host = ? AND "
                                 "mount = ? AND period = ? ORDER BY start DESC LIMIT 1"));
        q.addBindValue(host);
        q.addBindValue(mount);
        q.addBindValue(periodMs);
        if (!q.exec() || !q.next())
            continue;
        const qint64 time = q.value(1).isNull() ? q.value(0).toLongLong() + periodMs / 2
                                                : qint64(std::llround(q.value(1).toDouble()));
        newest = std::max(newest.value_or(time), time);
    }
    return newest;
}

QList<VolumePoint> HistoryStore::volumeHistory(const QString &host, const QString &mount,
                                               qint64 fromMs, qint64 toMs,
                                               qint64 resolutionMs) const
{
    // Where hours do, raw samples serve only after the hours rolled up.
    const qint64 rawFrom =
        resolutionMs >= kHourMs ? std::max(fromMs, rolledUpUntil(kHourMs)) : fromMs;
    const QList<VolumePoint> raw = volumeSamples(host, mount, rawFrom, toMs);
    // Coarser levels fill only the time before the finer ones begin (`before`, excluded;
    // toMs itself when there is nothing finer, so toMs + 1 never overflows).
    const auto coarser = [&](qint64 periodMs, qint64 before, bool inclusive) {
        QList<VolumePoint> points;
        if (!inclusive && before < fromMs + periodMs)
            return points; // no whole period fits: nothing to read
        for (const VolumeRollup &r :
             volumeRollups(host, mount, periodMs, fromMs, inclusive ? before : before - 1)) {
            // Before a finer level, only rollups whose whole period ends before it
            // begins: a partial one would repeat the finer samples as a mean.
            // (used + available rounded as one: the capacity of a steady volume stays.)
            const qint64 used = std::llround(r.usedMean);
            if (inclusive ? r.timeMs <= before : r.startMs + periodMs <= before)
                points.append({r.timeMs, used, r.totalBytes,
                               r.availableMean < 0
                                   ? -1
                                   : qint64(std::llround(r.usedMean + r.availableMean)) - used});
        }
        return points;
    };
    const QList<VolumePoint> fromHours =
        raw.isEmpty() ? coarser(kHourMs, toMs, true) : coarser(kHourMs, raw.first().timeMs, false);
    const QList<VolumePoint> points =
        fromHours.isEmpty() ? (raw.isEmpty() ? coarser(kDayMs, toMs, true)
                                             : coarser(kDayMs, raw.first().timeMs, false))
                            : coarser(kDayMs, fromHours.first().timeMs, false);
    return points + fromHours + raw;
}

QList<CategoryPoint> HistoryStore::categorySamples(const QString &host, qint64 fromMs,
                                                   qint64 toMs) const
{
    QList<CategoryPoint> points;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT time, category, SUM(bytes) FROM category_samples WHERE "
                             "host = ? AND time >= ? AND time <= ? GROUP BY probe_id, category "
                             "ORDER BY time, category"));
    q.addBindValue(host);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (q.exec()) {
        while (q.next())
            points.append(
                {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
    }
    return points;
}

QList<VolumeRollup> HistoryStore::volumeRollups(const QString &host, const QString &mount,
                                                qint64 periodMs, qint64 fromMs, qint64 toMs) const
{
    QList<VolumeRollup> rollups;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT start, samples, used_min, used_max, used_mean, total_bytes, "
                             "time_mean, available_mean, used_percent_min, used_percent_max "
                             "FROM volume_rollups WHERE host = ? AND mount = ? AND period = ? "
                             "AND start >= ? AND start <= ? ORDER BY start"));
    q.addBindValue(host);
    q.addBindValue(mount);
    q.addBindValue(periodMs);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (q.exec()) {
        const auto orUnknown = [&q](int column) {
            return q.value(column).isNull() ? -1.0 : q.value(column).toDouble();
        };
        while (q.next()) {
            VolumeRollup r;
            r.startMs = q.value(0).toLongLong();
            r.samples = q.value(1).toInt();
            r.usedMin = q.value(2).toLongLong();
            r.usedMax = q.value(3).toLongLong();
            r.usedMean = q.value(4).toDouble();
            r.totalBytes = q.value(5).toLongLong();
            r.timeMs = q.value(6).isNull() ? r.startMs + periodMs / 2
                                           : qint64(std::llround(q.value(6).toDouble()));
            r.availableMean = orUnknown(7);
            r.usedPercentMin = orUnknown(8);
            r.usedPercentMax = orUnknown(9);
            rollups.append(r);
        }
    }
    return rollups;
}

} // namespace qm
