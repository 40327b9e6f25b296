#pragma once

// The SQLite library that a QtSql connection runs on, called directly: rows read as the
// UTF-8 bytes SQLite holds, with no QVariant, QString or UTF-16 in between, for reads of
// millions of rows (the Logs export). docs/logs.md, "Export".

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <memory>

namespace qm {

/// A statement on the QSQLITE connection `db`, prepared, bound and stepped through the
/// functions of the very SQLite library the driver was loaded with (found through the
/// driver's plugin, never a second copy of SQLite). Used on the connection's thread.
class SqliteStatement
{
public:
    /// Whether `db` can be read directly: a QSQLITE connection whose driver lends its
    /// handle and whose plugin's SQLite library is found. When not, the caller reads
    /// through QtSql.
    static bool available(const QSqlDatabase &db);

    /// Prepares `sql` with `values` bound in order (strings as text, integers as
    /// integers). isValid() false, with error(), when it cannot be.
    SqliteStatement(const QSqlDatabase &db, const QString &sql, const QVariantList &values);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr && m_error.isEmpty(); }
    /// SQLite's message for what failed, empty while nothing has.
    QString error() const { return m_error; }
    /// The next row; false at the end or on an error (then error() says it).
    bool next();
    /// Column `column` of the current row as UTF-8 (empty for NULL), valid until next().
    QByteArrayView text(int column) const;

    /// For a statement run many times (an INSERT): binds parameter `index` (1-based) to
    /// `utf8`, which must stay as it is until exec(); a null view binds NULL.
    bool bindText(int index, QByteArrayView utf8);
    bool bindInt64(int index, qint64 value);
    bool bindNull(int index);
    /// Runs the statement to its end and makes it ready to be bound and run again; false
    /// with error() when it failed (the statement is ready again all the same).
    bool exec();
    /// The rows the last exec() inserted, changed or deleted.
    int changes() const;

private:
    struct Library;
    const Library *m_library = nullptr;
    void *m_db = nullptr;
    void *m_statement = nullptr;
    QString m_error;
};

} // namespace qm
