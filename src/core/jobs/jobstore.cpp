#include "jobstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::JobStore)
};

constexpr int kSchemaVersion = 4;

const char *const kSchemaV1[] = {
    "CREATE TABLE jobs (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, state TEXT NOT NULL, "
    "trigger TEXT NOT NULL, priority INTEGER NOT NULL DEFAULT 0, parameters TEXT NOT NULL, "
    "source TEXT NOT NULL, destination TEXT NOT NULL, hosts TEXT NOT NULL, "
    "max_attempts INTEGER NOT NULL, destructive INTEGER NOT NULL, "
    "attempts INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, started_at INTEGER, "
    "finished_at INTEGER, not_before INTEGER NOT NULL DEFAULT 0, "
    "progress REAL NOT NULL DEFAULT 0, bytes_done INTEGER, bytes_total INTEGER, "
    "cancel_requested INTEGER NOT NULL DEFAULT 0, error TEXT NOT NULL DEFAULT '', plan TEXT)",
    "CREATE INDEX jobs_due ON jobs (state, priority, id)",
    "CREATE TABLE job_log (job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE, "
    "time INTEGER NOT NULL, attempt INTEGER NOT NULL, text TEXT NOT NULL)",
    "CREATE INDEX job_log_job ON job_log (job_id)",
    "CREATE TABLE job_commands (job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE "
    "CASCADE, time INTEGER NOT NULL, attempt INTEGER NOT NULL, command_line TEXT NOT NULL)",
    "CREATE INDEX job_commands_job ON job_commands (job_id)",
};

/// Version 2: the rate and time left of a running job, the schedule a job came from,
/// schedules, and the queue's pause switch.
const char *const kSchemaV2[] = {
    "ALTER TABLE jobs ADD COLUMN rate REAL",
    "ALTER TABLE jobs ADD COLUMN eta_seconds INTEGER",
    "ALTER TABLE jobs ADD COLUMN schedule_id INTEGER",
    "CREATE TABLE schedules (id INTEGER PRIMARY KEY, spec TEXT NOT NULL, "
    "every_minutes INTEGER NOT NULL DEFAULT 0, daily_at_minute INTEGER NOT NULL DEFAULT -1, "
    "catch_up INTEGER NOT NULL DEFAULT 0, enabled INTEGER NOT NULL DEFAULT 1, "
    "next_run_at INTEGER NOT NULL, last_run_at INTEGER, created_at INTEGER NOT NULL)",
    "CREATE TABLE queue_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
};

/// Version 3: an index in the order jobs are claimed (priority first, then age), so a
/// claim reads the first due jobs instead of sorting the whole queue.
const char *const kSchemaV3[] = {
    "CREATE INDEX jobs_claim ON jobs (state, priority DESC, id)",
};

/// Version 4: the programs running jobs have started, each by its process group, so
/// that a runner can end what a runner that died left running.
const char *const kSchemaV4[] = {
    "CREATE TABLE job_processes (job_id INTEGER NOT NULL, process_group INTEGER NOT NULL, "
    "start_mark TEXT NOT NULL, command_line TEXT NOT NULL, started_at INTEGER NOT NULL)",
};

const QString kColumns = QStringLiteral(
    "id, kind, state, trigger, priority, parameters, source, destination, hosts, "
    "max_attempts, destructive, attempts, created_at, started_at, finished_at, not_before, "
    "progress, bytes_done, bytes_total, cancel_requested, error, plan, rate, eta_seconds, "
    "schedule_id");

/// A log line or command longer than this is cut: a program that prints megabytes on
/// one line must not fill the database.
constexpr qsizetype kMaxLineLength = 4000;

QString cut(const QString &text)
{
    return text.size() <= kMaxLineLength ? text : text.left(kMaxLineLength) + u'…';
}

QJsonObject objectFrom(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

qint64 timeOrNone(const QVariant &value)
{
    return value.isNull() ? -1 : value.toLongLong();
}

/// `text`, empty rather than null: QtSql binds a null QString as NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant noneIfNegative(qint64 value)
{
    return value < 0 ? QVariant() : QVariant(value);
}

Job jobFrom(const QSqlQuery &q)
{
    Job job;
    job.id = q.value(0).toLongLong();
    // A kind no record knows (written by a newer Quartermaster) keeps its key: it is
    // shown as that, and the runner fails it rather than running other code.
    job.spec.kind = JobKind(q.value(1).toString());
    job.state = jobStateFromKey(q.value(2).toString()).value_or(JobState::Failed);
    job.spec.trigger = jobTriggerFromKey(q.value(3).toString()).value_or(JobTrigger::User);
    job.spec.priority = q.value(4).toInt();
    job.spec.parameters = objectFrom(q.value(5));
    job.spec.source = q.value(6).toString();
    job.spec.destination = q.value(7).toString();
    const QJsonArray hosts = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array();
    for (const QJsonValue &host : hosts)
        job.spec.hosts.append(host.toString());
    job.spec.maxAttempts = q.value(9).toInt();
    job.spec.destructive = q.value(10).toBool();
    job.attempts = q.value(11).toInt();
    job.createdMs = q.value(12).toLongLong();
    job.startedMs = timeOrNone(q.value(13));
    job.finishedMs = timeOrNone(q.value(14));
    job.notBeforeMs = q.value(15).toLongLong();
    job.progress = q.value(16).toDouble();
    job.bytesDone = timeOrNone(q.value(17));
    job.bytesTotal = timeOrNone(q.value(18));
    job.cancelRequested = q.value(19).toBool();
    job.error = q.value(20).toString();
    job.plan = objectFrom(q.value(21));
    job.rateBytesPerSecond = q.value(22).isNull() ? -1 : q.value(22).toDouble();
    job.etaSeconds = timeOrNone(q.value(23));
    job.spec.scheduleId = q.value(24).isNull() ? 0 : q.value(24).toLongLong();
    return job;
}

} // namespace

JobStore::JobStore()
    : m_connection(QStringLiteral("jobs"))
{}

bool JobStore::open(const QString &path, QString *error)
{
    if (!m_connection.openSqlite(path, error))
        return false;
    // A job the store acknowledged is on disk, even across a power cut.
    QSqlQuery(database()).exec(QStringLiteral("PRAGMA synchronous=FULL"));
    return m_connection.migrate(
        kSchemaVersion,
        [this](int from, QString *message) {
            QSqlQuery q(database());
            const auto run = [&](const auto &statements) {
                for (const char *statement : statements) {
                    if (!q.exec(QString::fromLatin1(statement))) {
                        *message = q.lastError().text();
                        return false;
                    }
                }
                return true;
            };
            return (from >= 1 || run(kSchemaV1)) && (from >= 2 || run(kSchemaV2)) &&
                   (from >= 3 || run(kSchemaV3)) && (from >= 4 || run(kSchemaV4));
        },
        error);
}

bool JobStore::isOpen() const
{
    return m_connection.isOpen();
}

bool JobStore::exec(const QString &sql, const QVariantList &values, QString *error,
                    int *rowsAffected)
{
    QSqlQuery q(database());
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        if (error)
            *error = Text::tr("the jobs database %1: %2").arg(path(), q.lastError().text());
        return false;
    }
    if (rowsAffected)
        *rowsAffected = q.numRowsAffected();
    return true;
}

QList<Job> JobStore::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM jobs %2").arg(kColumns, where));
    for (const QVariant &value : values)
        q.addBindValue(value);
    QList<Job> jobs;
    if (!q.exec())
        return jobs;
    while (q.next())
        jobs.append(jobFrom(q));
    return jobs;
}

qint64 JobStore::add(const JobSpec &spec, qint64 nowMs, QString *error)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "INSERT INTO jobs (kind, state, trigger, priority, parameters, source, destination, "
        "hosts, max_attempts, destructive, created_at, schedule_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(notNull(spec.kind.key()));
    q.addBindValue(jobStateKey(JobState::Queued));
    q.addBindValue(jobTriggerKey(spec.trigger));
    q.addBindValue(spec.priority);
    q.addBindValue(jsonText(spec.parameters));
    q.addBindValue(notNull(spec.source));
    q.addBindValue(notNull(spec.destination));
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(spec.hosts)).toJson(QJsonDocument::Compact)));
    q.addBindValue(std::max(1, spec.maxAttempts));
    q.addBindValue(spec.destructive);
    q.addBindValue(nowMs);
    q.addBindValue(spec.scheduleId > 0 ? QVariant(spec.scheduleId) : QVariant());
    if (!q.exec()) {
        *error = Text::tr("cannot queue the job in %1: %2").arg(path(), q.lastError().text());
        return -1;
    }
    return q.lastInsertId().toLongLong();
}

std::optional<Job> JobStore::job(qint64 id) const
{
    const QList<Job> found = select(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Job>(found.first());
}

QList<Job> JobStore::jobs(const QList<JobState> &states) const
{
    QStringList marks;
    QVariantList keys;
    for (const JobState state : states) {
        marks.append(QStringLiteral("?"));
        keys.append(jobStateKey(state));
    }
    return select(
        (states.isEmpty()
             ? QString()
             : QStringLiteral("WHERE state IN (%1) ").arg(marks.join(QStringLiteral(", ")))) +
            QStringLiteral("ORDER BY id DESC"),
        keys);
}

int JobStore::interruptRunning(qint64 nowMs, QString *error)
{
    int rows = 0;
    // One whose cancel was asked for is cancelled: nobody wants it resumed.
    if (!exec(QStringLiteral("UPDATE jobs SET state = CASE WHEN cancel_requested THEN ? ELSE ? "
                             "END, finished_at = ?, error = ? WHERE state = ?"),
              {jobStateKey(JobState::Cancelled), jobStateKey(JobState::Interrupted), nowMs,
               Text::tr("interrupted: the process running it stopped"),
               jobStateKey(JobState::Running)},
              error, &rows))
        return -1;
    return rows;
}

std::optional<Job> JobStore::claimNext(qint64 nowMs,
                                       const std::function<bool(const Job &)> &admissible,
                                       QString *error)
{
    const QList<Job> claimed = claimDue(nowMs, 1, admissible, error);
    if (claimed.isEmpty())
        return std::nullopt;
    return claimed.first();
}

QList<Job> JobStore::claimDue(qint64 nowMs, int maxCount,
                              const std::function<bool(const Job &)> &admissible, QString *error)
{
    QList<Job> claimed;
    if (maxCount <= 0)
        return claimed;
    QSqlDatabase db = database();
    QSqlQuery begin(db);
    // IMMEDIATE: between choosing a job and marking it running, no other writer.
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = Text::tr("the jobs database %1: %2").arg(path(), begin.lastError().text());
        return claimed;
    }
    // A page at a time: a long queue of jobs that may not start yet (a host at its
    // cap) is read only as far as needed, never parsed whole for each claim.
    constexpr int kPage = 32;
    QList<qint64> ids;
    for (qint64 offset = 0; ids.size() < maxCount; offset += kPage) {
        const QList<Job> due =
            select(QStringLiteral("WHERE state = ? AND not_before <= ? ORDER BY priority DESC, id "
                                  "LIMIT ? OFFSET ?"),
                   {jobStateKey(JobState::Queued), nowMs, kPage, offset});
        for (const Job &candidate : due) {
            if (ids.size() >= maxCount)
                break;
            if (admissible && !admissible(candidate))
                continue;
            if (!exec(QStringLiteral("UPDATE jobs SET state = ?, attempts = attempts + 1, "
                                     "started_at = ?, finished_at = NULL, progress = 0, "
                                     "bytes_done = NULL, bytes_total = NULL, rate = NULL, "
                                     "eta_seconds = NULL, error = '' "
                                     "WHERE id = ?"),
                      {jobStateKey(JobState::Running), nowMs, candidate.id}, error)) {
                db.rollback();
                return {};
            }
            ids.append(candidate.id);
        }
        if (due.size() < kPage)
            break;
    }
    if (ids.isEmpty()) {
        db.rollback();
        return claimed;
    }
    if (!db.commit()) {
        *error = Text::tr("the jobs database %1: %2").arg(path(), db.lastError().text());
        return claimed;
    }
    for (const qint64 id : std::as_const(ids)) {
        if (std::optional<Job> found = job(id))
            claimed.append(std::move(*found));
    }
    return claimed;
}

bool JobStore::beginBatch(QString *error)
{
    QSqlDatabase db = database();
    if (db.transaction())
        return true;
    *error = Text::tr("the jobs database %1: %2").arg(path(), db.lastError().text());
    return false;
}

bool JobStore::commitBatch(QString *error)
{
    QSqlDatabase db = database();
    if (db.commit())
        return true;
    *error = Text::tr("the jobs database %1: %2").arg(path(), db.lastError().text());
    db.rollback();
    return false;
}

bool JobStore::setProgress(qint64 id, const JobProgress &progress)
{
    return exec(
        QStringLiteral("UPDATE jobs SET progress = ?, bytes_done = ?, bytes_total = ?, "
                       "rate = ?, eta_seconds = ? WHERE id = ? AND state = ?"),
        {std::clamp(progress.fraction, 0.0, 1.0), noneIfNegative(progress.bytesDone),
         noneIfNegative(progress.bytesTotal),
         progress.rateBytesPerSecond < 0 ? QVariant() : QVariant(progress.rateBytesPerSecond),
         noneIfNegative(progress.etaSeconds), id, jobStateKey(JobState::Running)},
        nullptr);
}

void JobStore::relaxDurability()
{
    m_relaxed = QSqlQuery(database()).exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
}

bool JobStore::savePlan(qint64 id, const QJsonObject &plan, QString *error)
{
    if (m_relaxed)
        QSqlQuery(database()).exec(QStringLiteral("PRAGMA synchronous=FULL"));
    const bool saved =
        exec(QStringLiteral("UPDATE jobs SET plan = ? WHERE id = ?"), {jsonText(plan), id}, error);
    if (m_relaxed)
        QSqlQuery(database()).exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    return saved;
}

bool JobStore::appendLog(qint64 id, qint64 timeMs, const QString &text)
{
    return exec(QStringLiteral("INSERT INTO job_log (job_id, time, attempt, text) "
                               "SELECT id, ?, attempts, ? FROM jobs WHERE id = ?"),
                {timeMs, notNull(cut(text)), id}, nullptr);
}

bool JobStore::appendCommand(qint64 id, qint64 timeMs, const QString &commandLine)
{
    return exec(QStringLiteral("INSERT INTO job_commands (job_id, time, attempt, command_line) "
                               "SELECT id, ?, attempts, ? FROM jobs WHERE id = ?"),
                {timeMs, notNull(cut(commandLine)), id}, nullptr);
}

namespace {

/// The rows of a job's `table` (log lines or commands), in the order written, as
/// `Row{time, attempt, text}`.
template <typename Row>
QList<Row> perAttempt(const QSqlDatabase &db, const QString &table, const QString &textColumn,
                      qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT time, attempt, %1 FROM %2 WHERE job_id = ? ORDER BY rowid")
                  .arg(textColumn, table));
    q.addBindValue(id);
    QList<Row> rows;
    if (q.exec()) {
        while (q.next())
            rows.append(Row{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString()});
    }
    return rows;
}

} // namespace

QList<JobLogLine> JobStore::log(qint64 id) const
{
    return perAttempt<JobLogLine>(database(), QStringLiteral("job_log"), QStringLiteral("text"),
                                  id);
}

QList<JobCommand> JobStore::commands(qint64 id) const
{
    return perAttempt<JobCommand>(database(), QStringLiteral("job_commands"),
                                  QStringLiteral("command_line"), id);
}

bool JobStore::updateRunning(qint64 id, const QString &assignments, QVariantList values,
                             QString *message)
{
    int rows = 0;
    values << id << jobStateKey(JobState::Running);
    if (!exec(QStringLiteral("UPDATE jobs SET %1 WHERE id = ? AND state = ?").arg(assignments),
              values, message, &rows))
        return false;
    if (rows == 0) {
        *message = Text::tr("job %1 is not running").arg(id);
        return false;
    }
    return true;
}

bool JobStore::finish(qint64 id, JobState state, const QString &error, qint64 nowMs,
                      QString *message)
{
    return updateRunning(id,
                         QStringLiteral("state = ?, error = ?, finished_at = ?, rate = NULL, "
                                        "eta_seconds = NULL, "
                                        "progress = CASE WHEN ? THEN 1 ELSE progress END"),
                         {jobStateKey(state), notNull(error), nowMs, state == JobState::Succeeded},
                         message);
}

bool JobStore::retryLater(qint64 id, const QString &error, qint64 notBeforeMs, qint64 nowMs,
                          QString *message)
{
    return updateRunning(
        id,
        QStringLiteral("state = ?, error = ?, finished_at = ?, not_before = ?, rate = NULL, "
                       "eta_seconds = NULL"),
        {jobStateKey(JobState::Queued), notNull(error), nowMs, notBeforeMs}, message);
}

JobStore::CancelResult JobStore::cancel(qint64 id, qint64 nowMs)
{
    int rows = 0;
    if (exec(QStringLiteral("UPDATE jobs SET state = ?, finished_at = ?, error = ? "
                            "WHERE id = ? AND state = ?"),
             {jobStateKey(JobState::Cancelled), nowMs, Text::tr("cancelled before it ran"), id,
              jobStateKey(JobState::Queued)},
             nullptr, &rows) &&
        rows > 0)
        return CancelResult::Cancelled;
    if (exec(QStringLiteral("UPDATE jobs SET cancel_requested = 1 WHERE id = ? AND state = ?"),
             {id, jobStateKey(JobState::Running)}, nullptr, &rows) &&
        rows > 0)
        return CancelResult::Requested;
    return job(id) ? CancelResult::NotActive : CancelResult::NotFound;
}

int JobStore::removeFinished(const QList<qint64> &ids, qint64 finishedBeforeMs, QString *error)
{
    const QVariantList finished = {jobStateKey(JobState::Succeeded), jobStateKey(JobState::Failed),
                                   jobStateKey(JobState::Cancelled)};
    QSqlDatabase db = database();
    if (!db.transaction()) {
        *error = Text::tr("the jobs database %1: %2").arg(path(), db.lastError().text());
        return -1;
    }
    int removed = 0;
    const auto remove = [&](const QString &which, QVariantList values) {
        int rows = 0;
        values += finished;
        if (!exec(QStringLiteral("DELETE FROM jobs WHERE %1 AND state IN (?, ?, ?)").arg(which),
                  values, error, &rows))
            return false;
        removed += rows;
        return true;
    };
    bool ok = true;
    for (const qint64 id : ids)
        ok = ok && remove(QStringLiteral("id = ?"), {id});
    if (finishedBeforeMs >= 0)
        ok = ok && remove(QStringLiteral("finished_at < ?"), {finishedBeforeMs});
    if (!ok || !db.commit()) {
        if (ok)
            *error = Text::tr("the jobs database %1: %2").arg(path(), db.lastError().text());
        db.rollback();
        return -1;
    }
    return removed;
}

bool JobStore::cancelRequested(qint64 id) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT cancel_requested FROM jobs WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() && q.value(0).toBool();
}

bool JobStore::retry(qint64 id, QString *error)
{
    int rows = 0;
    if (!exec(QStringLiteral("UPDATE jobs SET state = ?, attempts = 0, not_before = 0, "
                             "cancel_requested = 0, error = '' WHERE id = ? "
                             "AND state NOT IN (?, ?)"),
              {jobStateKey(JobState::Queued), id, jobStateKey(JobState::Queued),
               jobStateKey(JobState::Running)},
              error, &rows))
        return false;
    if (rows == 0) {
        *error = job(id) ? Text::tr("job %1 is queued or running already").arg(id)
                         : Text::tr("there is no job %1").arg(id);
        return false;
    }
    return true;
}

bool JobStore::setPriority(qint64 id, int priority, QString *error)
{
    int rows = 0;
    if (!exec(QStringLiteral("UPDATE jobs SET priority = ? WHERE id = ? AND state = ?"),
              {priority, id, jobStateKey(JobState::Queued)}, error, &rows))
        return false;
    if (rows == 0) {
        *error = Text::tr("job %1 is not queued").arg(id);
        return false;
    }
    return true;
}

bool JobStore::resume(qint64 id, QString *error)
{
    int rows = 0;
    if (!exec(QStringLiteral("UPDATE jobs SET state = ?, not_before = 0, error = '' "
                             "WHERE id = ? AND state = ?"),
              {jobStateKey(JobState::Queued), id, jobStateKey(JobState::Interrupted)}, error,
              &rows))
        return false;
    if (rows == 0) {
        *error = Text::tr("job %1 was not interrupted").arg(id);
        return false;
    }
    return true;
}

bool JobStore::addProcess(qint64 id, const ProcessGroup &group, const QString &commandLine,
                          qint64 nowMs)
{
    return exec(QStringLiteral("INSERT INTO job_processes (job_id, process_group, start_mark, "
                               "command_line, started_at) VALUES (?, ?, ?, ?, ?)"),
                {id, group.id, notNull(group.startMark), notNull(cut(commandLine)), nowMs},
                nullptr);
}

bool JobStore::removeProcess(const ProcessGroup &group)
{
    return exec(QStringLiteral("DELETE FROM job_processes WHERE process_group = ? AND "
                               "start_mark = ?"),
                {group.id, notNull(group.startMark)}, nullptr);
}

QList<JobProcess> JobStore::processes() const
{
    QSqlQuery q(database());
    QList<JobProcess> found;
    if (!q.exec(QStringLiteral("SELECT job_id, process_group, start_mark, command_line, "
                               "started_at FROM job_processes ORDER BY rowid")))
        return found;
    while (q.next())
        found.append({q.value(0).toLongLong(),
                      {q.value(1).toLongLong(), q.value(2).toString()},
                      q.value(3).toString(),
                      q.value(4).toLongLong()});
    return found;
}

bool JobStore::setPaused(bool paused, QString *error)
{
    return exec(QStringLiteral("INSERT INTO queue_state (key, value) VALUES ('paused', ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                {paused ? QStringLiteral("1") : QStringLiteral("0")}, error);
}

bool JobStore::isPaused() const
{
    QSqlQuery q(database());
    return q.exec(QStringLiteral("SELECT value FROM queue_state WHERE key = 'paused'")) &&
           q.next() && q.value(0).toString() == QLatin1String("1");
}

qint64 JobStore::changeCounter() const
{
    // SQLite's data_version: moves when another connection committed.
    QSqlQuery q(database());
    return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace qm
