#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace qm {

/// One QtSql connection to an SQLite file, under a name of its own. A QtSql connection
/// belongs to the thread that opened it: each thread opens its own (docs/architecture.md,
/// "Threads").
class SqliteConnection
{
public:
    /// `prefix` names the connection in Qt's registry ("history", "jobs").
    explicit SqliteConnection(const QString &prefix);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    /// Opens `path`, creating its folder and the file, in WAL mode with foreign keys
    /// on and a five-second busy timeout. `error` says why not.
    bool open(const QString &path, QString *error);
    bool isOpen() const;
    QSqlDatabase database() const;
    QString path() const { return m_path; }

    /// Brings the schema (`PRAGMA user_version`) up to `latest`: `upgrade(from)` runs
    /// inside one write transaction and moves the database from version `from` to
    /// `latest`, returning false with `error` set when it cannot. Another connection may
    /// be creating the same file at that moment: the write lock is taken first and the
    /// version read again. A database newer than `latest` is refused, not changed.
    bool migrate(int latest, const std::function<bool(int from, QString *error)> &upgrade,
                 QString *error);

private:
    QString m_connection;
    QString m_path;
};

} // namespace qm
