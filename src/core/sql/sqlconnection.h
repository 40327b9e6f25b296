#pragma once

#include "core/sql/sqllocation.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace qm {

/// One QtSql connection, to an SQLite file or a PostgreSQL server, under a name of its
/// own. A QtSql connection belongs to the thread that opened it: each thread opens its
/// own (docs/architecture.md, "Threads"), and closes it when this object goes.
class SqlConnection
{
public:
    /// `prefix` names the connection in Qt's registry ("history", "jobs", "logs").
    explicit SqlConnection(const QString &prefix);
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    /// Opens the SQLite file `path`, creating its folder and the file, in WAL mode with
    /// foreign keys on and a five-second busy timeout. `error` says why not.
    bool openSqlite(const QString &path, QString *error);
    /// Opens the SQLite file `path` read-only, as it is (no folder or file created, its
    /// journal mode left alone): a database of someone else's that is only queried.
    bool openSqliteReadOnly(const QString &path, QString *error);
    /// Connects to the PostgreSQL server `location` names (SqlLocation::Kind::Postgres)
    /// through QtSql's QPSQL driver and libpq, waiting at most ten seconds unless the
    /// location sets `connect_timeout`. Blocking. `error` says why not, with libpq's
    /// reason (no such host, password authentication failed, database does not exist).
    bool openPostgres(const SqlLocation &location, QString *error);
    /// Either of the above, as `location` says.
    bool open(const SqlLocation &location, QString *error);

    bool isOpen() const;
    QSqlDatabase database() const;
    /// The SQLite file, or the PostgreSQL location's display name (no password).
    QString path() const { return m_path; }

    /// Brings the schema (`PRAGMA user_version`) up to `latest`: `upgrade(from)` runs
    /// inside one write transaction and moves the database from version `from` to
    /// `latest`, returning false with `error` set when it cannot. Another connection may
    /// be creating the same file at that moment: the write lock is taken first and the
    /// version read again. A database newer than `latest` is refused, not changed.
    /// SQLite only: the version is SQLite's `user_version`.
    bool migrate(int latest, const std::function<bool(int from, QString *error)> &upgrade,
                 QString *error);

private:
    void close();
    /// The registered connection, made anew when it was for another driver.
    QSqlDatabase prepare(const QString &driver);

    QString m_connection;
    QString m_path;
};

} // namespace qm
