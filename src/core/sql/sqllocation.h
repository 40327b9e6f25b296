#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace qm {

/// Where a database is: an SQLite file, or a PostgreSQL server reached the way libpq
/// reaches it. Written as a URI:
///
/// - `sqlite:/path/to/file.sqlite` (also `sqlite:///path`, or a bare absolute path);
/// - `postgresql://[user[:password]@][host[:port]][/database][?keyword=value&...]`
///   (also `postgres://`), libpq's URI form: parts left out are left to libpq, so
///   `PGHOST`, `PGUSER`, `~/.pgpass`, `PGSERVICE` and `?service=` work as they do for
///   `psql`. Percent-encoded characters are decoded; `host` may be a socket folder
///   (`%2Fvar%2Frun%2Fpostgresql`), a list of hosts (`a:5432,b:5433`) or `[::1]`.
struct SqlLocation
{
    enum class Kind { Sqlite, Postgres };
    Kind kind = Kind::Sqlite;

    QString path; ///< the SQLite file

    /// PostgreSQL: the fields QtSql's QPSQL driver takes; empty means libpq's default.
    QString host;
    int port = -1;
    QString database;
    QString user;
    QString password;
    /// Every other libpq keyword, as `keyword=value` with the value quoted for libpq's
    /// conninfo (sslmode, connect_timeout, passfile, service, a second host's port...).
    QStringList options;

    /// The location `uri` names; nullopt with `*error` for a person when it names none.
    static std::optional<SqlLocation> parse(const QString &uri, QString *error);

    /// The URI for people and logs: the password is never shown.
    QString displayName() const;
};

} // namespace qm
