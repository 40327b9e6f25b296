#pragma once

#include "core/logs/logline.h"
#include "core/sql/sqlconnection.h"
#include "core/sql/sqllocation.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <array>
#include <atomic>
#include <functional>
#include <optional>
#include <utility>

struct pg_conn; // libpq's PGconn

namespace qm {

/// What a retention run would delete: the lines older than `cutoffUs`.
struct LogRetentionPlan
{
    qint64 cutoffUs = 0;
    qint64 lines = 0;
    std::optional<qint64> oldestUs; ///< of the lines it deletes; none when there are none
    std::optional<qint64> newestUs;
};

/// Counts of what a filter selects, for the Statistics tab and `qmctl logs stats`.
struct LogStats
{
    QList<std::pair<QString, qint64>> byLevel;  ///< as written, most first
    QList<std::pair<QString, qint64>> bySource; ///< `source_id`, the 50 with most lines
    QList<std::pair<QString, qint64>> byWorker; ///< `worker_id`, the 50 with most lines
    QList<std::pair<qint64, qint64>> byHour;    ///< the hour's start (µs), oldest first
    qint64 tableBytes = -1; ///< the table with its indexes (PostgreSQL) or the file (SQLite)
    std::optional<qint64> oldestUs; ///< the table's oldest line, whatever the filter
};

/// The fleet's `system_logs` table in PostgreSQL or an SQLite file (docs/logs.md), read
/// a page at a time and never whole. One connection, used from the thread that opened it.
///
/// Reading is keyset-paginated on (timestamp, id): a page starts strictly after a cursor
/// and never uses OFFSET or counts the table. Every value reaches the server as a bound
/// parameter, never as SQL text.
class LogStore
{
public:
    /// `prefix` names the connection in Qt's registry (one per thread and store).
    explicit LogStore(const QString &prefix = QStringLiteral("logs"));

    /// Connects to `location`. An SQLite file is created when missing; its table too when
    /// `createSqliteTable` (the embedded default, which is ours), else a missing table is
    /// reported by schemaProblem() as on PostgreSQL. Blocking.
    bool open(const SqlLocation &location, QString *error, bool createSqliteTable = false);
    bool isOpen() const { return m_connection.isOpen(); }
    bool isPostgres() const { return m_postgres; }
    /// The connection (for tests and maintenance that run their own SQL).
    QSqlDatabase database() const { return m_connection.database(); }
    /// The location for people (no password).
    QString displayName() const { return m_connection.path(); }

    /// Empty when `system_logs` is there with every column the fleet's schema has;
    /// else what is wrong, for a person ("there is no table system_logs", "system_logs
    /// has no column cycle_number"). `*missing` is set when the table is not there at all.
    QString schemaProblem(bool *missing = nullptr);
    /// The SQL that creates the table, its indexes (and on PostgreSQL the fleet's
    /// `func_cleanup_old_logs(hours)`), as shipped in resources/logs/.
    static QString schemaSql(SqlLocation::Kind kind);
    /// Runs schemaSql(); harmless when the table is there.
    bool createSchema(QString *error);

    /// Up to `limit` lines that `filter` selects, from `cursor` (exclusive; none: from
    /// the newest line for Older, the oldest for Newer) in `direction`. Nothing, with
    /// `*error`, when the query failed or `cancel` was set.
    std::optional<QList<LogLine>> page(const LogFilter &filter,
                                       const std::optional<LogCursor> &cursor,
                                       LogDirection direction, int limit, QString *error,
                                       const std::atomic<bool> *cancel = nullptr);

    /// Whether forEachJsonPage() can serve `filter`: a text filter of ASCII (other text is
    /// checked line by line in page()), and on PostgreSQL a driver that lends libpq's
    /// connection.
    bool writesJson(const LogFilter &filter) const;
    /// Every line `filter` selects, from the newest (Older) or the oldest, as JSON Lines
    /// (each line what appendLogLineJson() writes, then "\n"), handed to `sink` a page of
    /// `pageSize` lines at a time with its number of lines; false from `sink` stops the
    /// walk. The sink takes the page's bytes and may leave in `page` a buffer written
    /// before, which the next page reuses (no fresh memory to fault in a page). An export's fast
    /// path: the rows become JSON with no LogLine in between. SQLite writes most of each line's
    /// JSON itself; on PostgreSQL libpq's rows are read as they came, and the next page is asked
    /// for before this one is written, so that the server and this thread work at once. False, with
    /// `*error`, when a query failed.
    bool forEachJsonPage(const LogFilter &filter, LogDirection direction, int pageSize,
                         const std::function<bool(QByteArray &page, int lines)> &sink,
                         QString *error);
    /// Adds `lines` in one transaction (on PostgreSQL one statement, the batch passed as
    /// one JSON array); a line whose id is already there is skipped (ingesting the same
    /// file twice adds nothing). The number added, or -1 with *error.
    qint64 insert(const QList<LogLine> &lines, QString *error);
    /// On SQLite, from here to endBulk() the lines insert() adds go into one open
    /// transaction, committed by commitBulk(), instead of one transaction a call: an
    /// ingest's many batches in fewer commits. On PostgreSQL nothing changes (each call
    /// commits: a COPY that fails must not take earlier batches with it).
    bool beginBulk(QString *error);
    /// Commits what insert() added since beginBulk() or the last commitBulk().
    bool commitBulk(QString *error);
    /// Leaves bulk mode, committing what is pending, or with `commit` false rolling it
    /// back (after an error).
    bool endBulk(bool commit, QString *error);
    /// Whether insert() calls are being grouped (beginBulk() on SQLite).
    bool inBulk() const { return m_bulk; }

    /// What deleting the lines older than `cutoffUs` would delete (one count over that
    /// part of the table: a plan, not a view).
    std::optional<LogRetentionPlan> planRetention(qint64 cutoffUs, QString *error);
    /// Deletes at most `batch` of the lines older than `cutoffUs`, in a transaction of
    /// their own (no lock is held long): how many went, or -1 with *error.
    qint64 deleteOlderThan(qint64 cutoffUs, int batch, QString *error);

    /// Counts of what `filter` selects, grouped (a text filter with other than ASCII
    /// characters counts what its longest ASCII run selects).
    std::optional<LogStats> stats(const LogFilter &filter, QString *error);

    /// Lines per time bucket and level: `buckets` equal buckets from `fromUs` to `toUs`
    /// (the filter's own time range is replaced by that), each a count per level rank
    /// (index 0 DEBUG … 4 CRITICAL; a level no rank knows counts as INFO). The volume
    /// histogram of the Logs page.
    std::optional<QList<std::array<qint64, 5>>> histogram(LogFilter filter, qint64 fromUs,
                                                          qint64 toUs, int buckets, QString *error);

    /// Why `filter` cannot be run (a task id that is not a UUID, a metadata key with a
    /// double quote); empty when it can.
    static QString filterProblem(const LogFilter &filter);

private:
    qint64 insertPostgres(const QList<LogLine> &lines, QString *error);
    /// `lines` by COPY on libpq's connection; -1 with *error when it failed (nothing was
    /// added), `*duplicate` set when because an id was there already.
    qint64 copyPostgres(pg_conn *connection, const QList<LogLine> &lines, bool *duplicate,
                        QString *error);
    qint64 insertPostgresJson(const QList<LogLine> &lines, QString *error);
    qint64 insertSqlite(const QList<LogLine> &lines, QString *error);
    bool sqliteJsonPages(const LogFilter &filter, LogDirection direction, int pageSize,
                         const std::function<bool(QByteArray &, int)> &sink, QString *error);
    bool postgresJsonPages(pg_conn *connection, const LogFilter &filter, LogDirection direction,
                           int pageSize, const std::function<bool(QByteArray &, int)> &sink,
                           QString *error);
    /// The WHERE clause of `filter` (without the text part's final check) and its values.
    QString whereClause(const LogFilter &filter, QVariantList *values) const;
    QString columns() const;
    /// The SELECT of `columns` for a page of `filter` after `from`, `*values` its values.
    QString pageSql(const QString &columns, const LogFilter &filter,
                    const std::optional<LogCursor> &from, LogDirection direction, int limit,
                    QVariantList *values) const;
    LogLine lineOf(const QSqlQuery &query) const;
    QString timeParameter() const;
    /// Prepares `sql`, binds `values` in order and runs it; false with *error for a person.
    bool read(QSqlQuery &query, const QString &sql, const QVariantList &values,
              QString *error) const;

    SqlConnection m_connection;
    bool m_postgres = false;
    bool m_bulk = false;
};

} // namespace qm
