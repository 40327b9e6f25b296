#include "historystore.h"

#include "historywatermarks.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <limits>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::HistoryStore)
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

QVariant nullable(qint64 value)
{
    return value < 0 ? QVariant() : QVariant(value);
}

} // namespace

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
    if (!m_connection.openSqlite(path, error))
        return false;
    QSqlQuery query(database());
    query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    query.exec(QStringLiteral("PRAGMA cache_size=-32768"));
    // GROUP BY sorts the chart's columns in a temporary B-tree: in memory, not a file.
    query.exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
    // Another connection may be creating or migrating the same file right now (the
    // probe scheduler and the alerts open it at start-up): SqlConnection takes care.
    return m_connection.migrate(
        kSchemaVersion, [this](int from, QString *message) { return migrate(from, message); },
        error);
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
