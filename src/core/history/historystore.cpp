#include "historystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

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

QString defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/quartermaster");
}

HistoryStore::HistoryStore()
    : m_connection(QStringLiteral("history-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

HistoryStore::~HistoryStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QSqlDatabase HistoryStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool HistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

bool HistoryStore::open(const QString &path, QString *error)
{
    m_path = path;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = Text::tr("cannot create the folder of %1").arg(path);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error =
            Text::tr("cannot open the history database %1: %2").arg(path, db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    query.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    return migrate(error);
}

bool HistoryStore::migrate(QString *error)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *error = Text::tr("%1 is not a history database: %2").arg(m_path, query.lastError().text());
        return false;
    }
    const int version = query.value(0).toInt();
    if (version > kSchemaVersion) {
        *error = Text::tr("%1 was written by a newer Quartermaster (schema %2; this one knows "
                          "%3)")
                     .arg(m_path)
                     .arg(version)
                     .arg(kSchemaVersion);
        return false;
    }
    if (version == kSchemaVersion)
        return true;
    db.transaction();
    if (version < 1) {
        for (const char *statement : kSchemaV1) {
            if (!query.exec(QString::fromLatin1(statement))) {
                *error = Text::tr("cannot create the history schema in %1: %2")
                             .arg(m_path, query.lastError().text());
                db.rollback();
                return false;
            }
        }
    }
    query.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
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
        "COALESCE((SELECT MAX(probed_at) FROM probes WHERE host = ? AND status = 'ok'), -1)"));
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
                             "elapsed_ms FROM probes WHERE host = ? ORDER BY probed_at DESC, id "
                             "DESC LIMIT 1"));
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

} // namespace qm
