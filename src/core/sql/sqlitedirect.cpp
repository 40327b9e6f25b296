#include "sqlitedirect.h"

#include <QSqlDriver>
#include <QVariant>

#include <dlfcn.h>

namespace qm {

namespace {

// SQLite's C interface, as far as it is used here (sqlite3.h; stable since 3.3). The
// library is not linked: its functions are looked up in the copy the driver runs on.
constexpr int kSqliteOk = 0;
constexpr int kSqliteRow = 100;
constexpr int kSqliteDone = 101;
using Prepare = int (*)(void *, const char *, int, void **, const char **);
using BindText = int (*)(void *, int, const char *, int, void (*)(void *));
using BindInt64 = int (*)(void *, int, long long);
using Step = int (*)(void *);
using ColumnText = const unsigned char *(*)(void *, int);
using ColumnBytes = int (*)(void *, int);
using Finalize = int (*)(void *);
using ErrorMessage = const char *(*)(void *);
using Reset = int (*)(void *);
using BindNull = int (*)(void *, int);
using Changes = int (*)(void *);
// SQLITE_TRANSIENT: SQLite copies the bound text; SQLITE_STATIC (null): it does not.
void (*const kTransient)(void *) = reinterpret_cast<void (*)(void *)>(-1);
void (*const kStatic)(void *) = nullptr;

/// The handle `db`'s driver lends, when it is SQLite's.
void *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    const char *type = handle.typeName();
    if (!type || qstrcmp(type, "sqlite3*") != 0)
        return nullptr;
    return *static_cast<void *const *>(handle.constData());
}

} // namespace

struct SqliteStatement::Library
{
    Prepare prepare = nullptr;
    BindText bindText = nullptr;
    BindInt64 bindInt64 = nullptr;
    Step step = nullptr;
    ColumnText columnText = nullptr;
    ColumnBytes columnBytes = nullptr;
    Finalize finalize = nullptr;
    ErrorMessage errorMessage = nullptr;
    Reset reset = nullptr;
    BindNull bindNull = nullptr;
    Changes changes = nullptr;

    /// The functions of the SQLite that `driver`'s plugin was linked with: the plugin is
    /// found by an address inside it (its class's table of virtual functions), and its
    /// symbols are looked up in it and what it loaded. Nothing when one is missing (a
    /// plugin with SQLite built in and hidden).
    static const Library *of(const QSqlDriver *driver)
    {
        static const Library library = [driver] {
            Library found;
            Dl_info info;
            void *inPlugin = *reinterpret_cast<void *const *>(driver);
            if (!dladdr(inPlugin, &info) || !info.dli_fname)
                return found;
            void *plugin = dlopen(info.dli_fname, RTLD_NOW | RTLD_NOLOAD);
            if (!plugin)
                return found;
            const auto symbol = [plugin](const char *name) { return dlsym(plugin, name); };
            found.prepare = reinterpret_cast<Prepare>(symbol("sqlite3_prepare_v2"));
            found.bindText = reinterpret_cast<BindText>(symbol("sqlite3_bind_text"));
            found.bindInt64 = reinterpret_cast<BindInt64>(symbol("sqlite3_bind_int64"));
            found.step = reinterpret_cast<Step>(symbol("sqlite3_step"));
            found.columnText = reinterpret_cast<ColumnText>(symbol("sqlite3_column_text"));
            found.columnBytes = reinterpret_cast<ColumnBytes>(symbol("sqlite3_column_bytes"));
            found.finalize = reinterpret_cast<Finalize>(symbol("sqlite3_finalize"));
            found.errorMessage = reinterpret_cast<ErrorMessage>(symbol("sqlite3_errmsg"));
            found.reset = reinterpret_cast<Reset>(symbol("sqlite3_reset"));
            found.bindNull = reinterpret_cast<BindNull>(symbol("sqlite3_bind_null"));
            found.changes = reinterpret_cast<Changes>(symbol("sqlite3_changes"));
            dlclose(plugin); // the driver keeps it loaded
            return found;
        }();
        const bool complete = library.prepare && library.bindText && library.bindInt64 &&
                              library.step && library.columnText && library.columnBytes &&
                              library.finalize && library.errorMessage && library.reset &&
                              library.bindNull && library.changes;
        return complete ? &library : nullptr;
    }
};

bool SqliteStatement::available(const QSqlDatabase &db)
{
    return sqliteHandle(db) && Library::of(db.driver());
}

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const QString &sql,
                                 const QVariantList &values)
    : m_db(sqliteHandle(db))
{
    m_library = m_db ? Library::of(db.driver()) : nullptr;
    if (!m_library) {
        m_error = QStringLiteral("the SQLite driver lends no connection to read from");
        return;
    }
    const QByteArray text = sql.toUtf8();
    if (m_library->prepare(m_db, text.constData(), int(text.size()), &m_statement, nullptr) !=
        kSqliteOk) {
        m_error = QString::fromUtf8(m_library->errorMessage(m_db));
        return;
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values[i];
        int result = kSqliteOk;
        if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong) {
            result = m_library->bindInt64(m_statement, i + 1, value.toLongLong());
        } else {
            const QByteArray utf8 = value.toString().toUtf8();
            result = m_library->bindText(m_statement, i + 1, utf8.constData(), int(utf8.size()),
                                         kTransient);
        }
        if (result != kSqliteOk) {
            m_error = QString::fromUtf8(m_library->errorMessage(m_db));
            return;
        }
    }
}

SqliteStatement::~SqliteStatement()
{
    if (m_statement)
        m_library->finalize(m_statement);
}

bool SqliteStatement::next()
{
    if (!isValid())
        return false;
    const int result = m_library->step(m_statement);
    if (result == kSqliteRow)
        return true;
    if (result != kSqliteDone)
        m_error = QString::fromUtf8(m_library->errorMessage(m_db));
    return false;
}

QByteArrayView SqliteStatement::text(int column) const
{
    const unsigned char *text = m_library->columnText(m_statement, column);
    const int size = m_library->columnBytes(m_statement, column);
    return {reinterpret_cast<const char *>(text), text ? size : 0};
}

bool SqliteStatement::bindText(int index, QByteArrayView utf8)
{
    if (!m_statement)
        return false;
    if (utf8.isNull())
        return bindNull(index);
    // An empty view may have no data: SQLite takes a null pointer for NULL.
    const char *data = utf8.isEmpty() ? "" : utf8.data();
    if (m_library->bindText(m_statement, index, data, int(utf8.size()), kStatic) == kSqliteOk)
        return true;
    m_error = QString::fromUtf8(m_library->errorMessage(m_db));
    return false;
}

bool SqliteStatement::bindInt64(int index, qint64 value)
{
    if (m_statement && m_library->bindInt64(m_statement, index, value) == kSqliteOk)
        return true;
    if (m_statement)
        m_error = QString::fromUtf8(m_library->errorMessage(m_db));
    return false;
}

bool SqliteStatement::bindNull(int index)
{
    if (m_statement && m_library->bindNull(m_statement, index) == kSqliteOk)
        return true;
    if (m_statement)
        m_error = QString::fromUtf8(m_library->errorMessage(m_db));
    return false;
}

bool SqliteStatement::exec()
{
    if (!m_statement)
        return false;
    int result = kSqliteRow;
    while (result == kSqliteRow)
        result = m_library->step(m_statement);
    if (result != kSqliteDone)
        m_error = QString::fromUtf8(m_library->errorMessage(m_db));
    m_library->reset(m_statement);
    return result == kSqliteDone;
}

int SqliteStatement::changes() const
{
    return m_library ? m_library->changes(m_db) : 0;
}

} // namespace qm
