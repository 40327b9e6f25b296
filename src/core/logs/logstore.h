#pragma once

#include "core/logs/logline.h"
#include "core/sql/sqlconnection.h"
#include "core/sql/sqllocation.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <atomic>
#include <optional>

namespace qm {

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

    /// Adds `lines` in one transaction; a line whose id is already there is skipped
    /// (ingesting the same file twice adds nothing). The number added, or -1 with *error.
    qint64 insert(const QList<LogLine> &lines, QString *error);

    /// Why `filter` cannot be run (a task id that is not a UUID, a metadata key with a
    /// double quote); empty when it can.
    static QString filterProblem(const LogFilter &filter);

private:
    /// The WHERE clause of `filter` (without the text part's final check) and its values.
    QString whereClause(const LogFilter &filter, QVariantList *values) const;
    QString columns() const;
    LogLine lineOf(const class QSqlQuery &query) const;
    QString timeParameter() const;

    SqlConnection m_connection;
    bool m_postgres = false;
};

} // namespace qm
