#include "logstore.h"

#include "core/json/jsontext.h"
#include "core/logs/logjsonl.h"
#include "core/sql/sqlitedirect.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <cstdlib>
#include <libpq-fe.h>
#include <memory>
#include <vector>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::LogStore)
};

/// The columns of the fleet's schema, in its order.
const QStringList &schemaColumns()
{
    static const QStringList columns = {QStringLiteral("id"),           QStringLiteral("timestamp"),
                                        QStringLiteral("source_type"),  QStringLiteral("source_id"),
                                        QStringLiteral("log_level"),    QStringLiteral("message"),
                                        QStringLiteral("task_id"),      QStringLiteral("worker_id"),
                                        QStringLiteral("cycle_number"), QStringLiteral("metadata")};
    return columns;
}

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

/// The longest run of ASCII characters of `text`, lower-cased: what SQL can look for
/// before the exact, Unicode-aware check is made here.
QString longestAsciiRun(const QString &text)
{
    QString best;
    QString run;
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            run += c.toLower();
            continue;
        }
        if (run.size() > best.size())
            best = run;
        run.clear();
    }
    return run.size() > best.size() ? run : best;
}

/// libpq's connection under QtSql's PostgreSQL driver; null when the driver is another.
PGconn *postgresConnection(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    // Qt names the type "pg_conn*" (its documentation says "PGconn*", the typedef).
    const char *type = handle.typeName();
    if (!type || (qstrcmp(type, "pg_conn*") != 0 && qstrcmp(type, "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

/// Appends `text` as a field of COPY's text format: backslash, tab, newline and
/// carriage return escaped, the rest as it is.
void appendCopyField(QByteArray *row, QByteArrayView text)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const char *escaped = c == '\\'   ? "\\\\"
                              : c == '\t' ? "\\t"
                              : c == '\n' ? "\\n"
                              : c == '\r' ? "\\r"
                                          : nullptr;
        if (!escaped)
            continue;
        row->append(text.data() + start, i - start);
        row->append(escaped, 2);
        start = i + 1;
    }
    row->append(text.data() + start, text.size() - start);
}

void appendCopyField(QByteArray *row, const QString &text)
{
    appendCopyField(row, QByteArrayView(text.toUtf8()));
}

/// A nullable text column: empty is NULL (\N).
void appendCopyNullable(QByteArray *row, const QString &text)
{
    if (text.isEmpty())
        row->append("\\N", 2);
    else
        appendCopyField(row, text);
}

/// `line` as one row of COPY's text format, in the column order of copyPostgres()'s COPY.
void appendCopyRow(QByteArray *rows, const LogLine &line)
{
    appendCopyField(rows, line.id);
    rows->append('\t');
    appendLogTimeText(rows, line.timeUs);
    rows->append('\t');
    appendCopyField(rows, line.sourceType);
    rows->append('\t');
    appendCopyField(rows, line.sourceId);
    rows->append('\t');
    appendCopyField(rows, line.level);
    rows->append('\t');
    appendCopyField(rows, line.message);
    rows->append('\t');
    appendCopyNullable(rows, line.taskId);
    rows->append('\t');
    appendCopyNullable(rows, line.workerId);
    rows->append('\t');
    if (line.cycle)
        rows->append(QByteArray::number(*line.cycle));
    else
        rows->append("\\N", 2);
    rows->append('\t');
    if (line.metadata.isEmpty())
        rows->append("\\N", 2);
    else
        appendCopyField(rows, QByteArrayView(line.metadata));
    rows->append('\n');
}

QString queryError(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text() : text;
}

} // namespace

LogStore::LogStore(const QString &prefix)
    : m_connection(prefix)
{}

bool LogStore::open(const SqlLocation &location, QString *error, bool createSqliteTable)
{
    m_postgres = location.kind == SqlLocation::Kind::Postgres;
    if (!m_connection.open(location, error))
        return false;
    if (m_postgres) // "relation already exists, skipping" is no news to anyone
        QSqlQuery(m_connection.database())
            .exec(QStringLiteral("SET client_min_messages = warning"));
    if (!m_postgres) {
        // A larger page cache (64 MiB, allocated only as pages are read) keeps the
        // indexes' upper levels in memory while lines go in; in WAL mode NORMAL
        // synchronisation keeps the file consistent without a sync per transaction (a
        // power cut may lose the last batches, never corrupt the file); and a checkpoint
        // every 64 MiB of log instead of 4 MiB copies an index page that each batch of
        // an ingest changes into the file once, not at every batch (about 10 % faster).
        QSqlQuery pragma(m_connection.database());
        pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));
        pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 16384"));
    }
    if (!m_postgres && createSqliteTable)
        return createSchema(error);
    return true;
}

QString LogStore::schemaSql(SqlLocation::Kind kind)
{
    QFile file(kind == SqlLocation::Kind::Postgres
                   ? QStringLiteral(":/logs/system_logs_postgresql.sql")
                   : QStringLiteral(":/logs/system_logs_sqlite.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool LogStore::createSchema(QString *error)
{
    const QString sql =
        schemaSql(m_postgres ? SqlLocation::Kind::Postgres : SqlLocation::Kind::Sqlite);
    if (sql.isEmpty()) {
        *error = Text::tr("the table's SQL is missing from this build");
        return false;
    }
    QSqlDatabase db = m_connection.database();
    QSqlQuery query(db);
    // Statements end with ";" at the end of a line; the function body's lines do not.
    QStringList statements;
    QString current;
    bool inBody = false;
    for (const QString &line : sql.split(u'\n')) {
        if (line.trimmed().startsWith(QLatin1String("--")) && !inBody)
            continue;
        current += line + u'\n';
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inBody = !inBody;
        if (!inBody && line.trimmed().endsWith(u';')) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            *error = Text::tr("cannot create system_logs in %1: %2")
                         .arg(displayName(), queryError(query));
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

QString LogStore::schemaProblem(bool *missing)
{
    if (missing)
        *missing = false;
    QSqlDatabase db = m_connection.database();
    QSqlQuery query(db);
    QSet<QString> have;
    if (m_postgres) {
        query.prepare(QStringLiteral("SELECT column_name FROM information_schema.columns "
                                     "WHERE table_name = 'system_logs' AND "
                                     "table_schema = ANY (current_schemas(false))"));
    } else {
        query.prepare(QStringLiteral("SELECT name FROM pragma_table_info('system_logs')"));
    }
    if (!query.exec())
        return Text::tr("cannot read the columns of system_logs in %1: %2")
            .arg(displayName(), queryError(query));
    while (query.next())
        have.insert(query.value(0).toString().toLower());
    if (have.isEmpty()) {
        if (missing)
            *missing = true;
        return Text::tr("there is no table system_logs in %1").arg(displayName());
    }
    QStringList absent;
    for (const QString &column : schemaColumns())
        if (!have.contains(column))
            absent << column;
    if (absent.isEmpty())
        return {};
    return Text::tr("system_logs in %1 has no column %2")
        .arg(displayName(), absent.join(QStringLiteral(", ")));
}

QString LogStore::filterProblem(const LogFilter &filter)
{
    if (!filter.taskId.isEmpty() && QUuid::fromString(filter.taskId).isNull())
        return Text::tr("the task “%1” is not a UUID").arg(filter.taskId);
    if (filter.metadataKey.contains(u'"'))
        return Text::tr("a metadata key cannot hold a double quote");
    return {};
}

bool LogStore::read(QSqlQuery &query, const QString &sql, const QVariantList &values,
                    QString *error) const
{
    bool ok = query.prepare(sql);
    if (ok) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (!ok)
        *error =
            Text::tr("cannot read system_logs in %1: %2").arg(displayName(), queryError(query));
    return ok;
}

QString LogStore::timeParameter() const
{
    return m_postgres ? QStringLiteral("CAST(? AS timestamptz)") : QStringLiteral("?");
}

QString LogStore::columns() const
{
    if (m_postgres)
        return QStringLiteral(
            "id::text, round(extract(epoch from timestamp) * 1000000)::bigint, source_type, "
            "source_id, log_level, message, task_id::text, worker_id, cycle_number, "
            "metadata::text");
    return QStringLiteral("id, timestamp, source_type, source_id, log_level, message, task_id, "
                          "worker_id, cycle_number, metadata");
}

LogLine LogStore::lineOf(const QSqlQuery &query) const
{
    LogLine line;
    line.id = query.value(0).toString();
    if (m_postgres)
        line.timeUs = query.value(1).toLongLong();
    else
        line.timeUs = logTimeFromText(query.value(1).toString()).value_or(0);
    line.sourceType = query.value(2).toString();
    line.sourceId = query.value(3).toString();
    line.level = query.value(4).toString();
    line.message = query.value(5).toString();
    line.taskId = query.value(6).toString();
    line.workerId = query.value(7).toString();
    if (!query.isNull(8))
        line.cycle = query.value(8).toInt();
    if (!query.isNull(9))
        line.metadata = query.value(9).toString().toUtf8();
    return line;
}

QString LogStore::whereClause(const LogFilter &filter, QVariantList *values) const
{
    QStringList terms;
    if (filter.fromUs >= 0) {
        terms << QStringLiteral("timestamp >= ") + timeParameter();
        *values << logTimeText(filter.fromUs);
    }
    if (filter.toUs >= 0) {
        terms << QStringLiteral("timestamp < ") + timeParameter();
        *values << logTimeText(filter.toUs);
    }
    if (filter.minLevelRank > 0) {
        const QStringList spellings = logLevelSpellingsFrom(filter.minLevelRank);
        QStringList marks;
        for (const QString &spelling : spellings) {
            marks << QStringLiteral("?");
            *values << spelling;
        }
        terms << QStringLiteral("log_level IN (") + marks.join(u',') + u')';
    }
    const auto equals = [&](const QString &column, const QString &value) {
        if (value.isEmpty())
            return;
        terms << column + QStringLiteral(" = ?");
        *values << value;
    };
    equals(QStringLiteral("source_type"), filter.sourceType);
    equals(QStringLiteral("source_id"), filter.sourceId);
    equals(QStringLiteral("worker_id"), filter.workerId);
    if (!filter.taskId.isEmpty()) {
        terms << (m_postgres ? QStringLiteral("task_id = CAST(? AS uuid)")
                             : QStringLiteral("task_id = ?"));
        *values << QUuid::fromString(filter.taskId).toString(QUuid::WithoutBraces);
    }
    if (filter.cycle) {
        terms << QStringLiteral("cycle_number = ?");
        *values << *filter.cycle;
    }
    if (!filter.text.isEmpty()) {
        // ASCII text is matched by SQL alone; other text by its longest ASCII run there
        // and exactly, with Unicode case folding, here (page()).
        const QString needle =
            isAscii(filter.text) ? filter.text.toLower() : longestAsciiRun(filter.text);
        if (!needle.isEmpty()) {
            terms << (m_postgres ? QStringLiteral("strpos(lower(message), ?) > 0")
                                 : QStringLiteral("instr(lower(message), ?) > 0"));
            *values << needle;
        }
    }
    if (!filter.metadataKey.isEmpty()) {
        if (m_postgres) {
            terms << QStringLiteral("metadata ->> ? = ?");
            *values << filter.metadataKey << filter.metadataValue;
        } else {
            const QString path = QStringLiteral("$.\"") + filter.metadataKey + u'"';
            terms << QStringLiteral("(CASE json_type(metadata, ?) WHEN 'true' THEN 'true' "
                                    "WHEN 'false' THEN 'false' "
                                    "ELSE CAST(json_extract(metadata, ?) AS TEXT) END) = ?");
            *values << path << path << filter.metadataValue;
        }
    }
    return terms.join(QStringLiteral(" AND "));
}

std::optional<QList<LogLine>> LogStore::page(const LogFilter &filter,
                                             const std::optional<LogCursor> &cursor,
                                             LogDirection direction, int limit, QString *error,
                                             const std::atomic<bool> *cancel)
{
    if (const QString problem = filterProblem(filter); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    QList<LogLine> lines;
    if (limit <= 0)
        return lines;
    // Text with other than ASCII is checked here after SQL narrowed it down: the rows are
    // read in chunks until the page is full.
    const bool checkHere = !filter.text.isEmpty() && !isAscii(filter.text);
    const int chunk = checkHere ? std::max(limit * 4, 256) : limit;
    std::optional<LogCursor> from = cursor;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    for (;;) {
        if (cancel && cancel->load()) {
            *error = Text::tr("the query was cancelled");
            return std::nullopt;
        }
        QVariantList values;
        const QString sql = pageSql(columns(), filter, from, direction, chunk, &values);
        if (!read(query, sql, values, error))
            return std::nullopt;
        int read = 0;
        while (query.next()) {
            ++read;
            LogLine line = lineOf(query);
            from = LogCursor{line.timeUs, line.id};
            if (checkHere && !line.message.contains(filter.text, Qt::CaseInsensitive))
                continue;
            lines.append(std::move(line));
            if (lines.size() == limit)
                break;
        }
        query.finish();
        if (!checkHere || lines.size() == limit || read < chunk)
            return lines;
    }
}

QString LogStore::pageSql(const QString &columns, const LogFilter &filter,
                          const std::optional<LogCursor> &from, LogDirection direction, int limit,
                          QVariantList *values) const
{
    const bool older = direction == LogDirection::Older;
    QString where = whereClause(filter, values);
    if (from) {
        // The first term lets the timestamp index serve the query; the second is the
        // exact keyset condition.
        const QString op = older ? QStringLiteral("<") : QStringLiteral(">");
        const QString idParameter =
            m_postgres ? QStringLiteral("CAST(? AS uuid)") : QStringLiteral("?");
        const QString keyset = QStringLiteral("timestamp %1= %2 AND (timestamp %1 %2 OR id %1 %3)")
                                   .arg(op, timeParameter(), idParameter);
        where = where.isEmpty() ? keyset : where + QStringLiteral(" AND ") + keyset;
        const QString time = logTimeText(from->timeUs);
        *values << time << time << from->id;
    }
    const QString order = older ? QStringLiteral("DESC") : QStringLiteral("ASC");
    *values << limit;
    return QStringLiteral("SELECT %1 FROM system_logs%2 ORDER BY timestamp %3, id %3 LIMIT ?")
        .arg(columns, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where, order);
}

bool LogStore::writesJson(const LogFilter &filter) const
{
    return (filter.text.isEmpty() || isAscii(filter.text)) &&
           (m_postgres ? postgresConnection(m_connection.database()) != nullptr
                       : SqliteStatement::available(m_connection.database()));
}

bool LogStore::forEachJsonPage(const LogFilter &filter, LogDirection direction, int pageSize,
                               const std::function<bool(QByteArray &, int)> &sink, QString *error)
{
    Q_ASSERT(writesJson(filter));
    if (const QString problem = filterProblem(filter); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (pageSize <= 0)
        return true;
    if (!m_postgres)
        return sqliteJsonPages(filter, direction, pageSize, sink, error);
    PGconn *connection = postgresConnection(m_connection.database());
    if (!connection) {
        *error = Text::tr("cannot read system_logs in %1: the driver gives no connection to "
                          "read from")
                     .arg(displayName());
        return false;
    }
    return postgresJsonPages(connection, filter, direction, pageSize, sink, error);
}

bool LogStore::sqliteJsonPages(const LogFilter &filter, LogDirection direction, int pageSize,
                               const std::function<bool(QByteArray &, int)> &sink, QString *error)
{
    // Read through the driver's SQLite directly: the bytes as they are stored, not turned
    // into UTF-16 and back by QtSql (through which this export was 0.5x sqlite3's own).
    static const QString columns =
        QStringLiteral("id, timestamp, source_type, source_id, log_level, message, task_id, "
                       "worker_id, CAST(cycle_number AS INTEGER), metadata");
    std::optional<LogCursor> cursor;
    QByteArray page;
    qsizetype lastPageSize = 0;
    for (;;) {
        QVariantList values;
        SqliteStatement rows(m_connection.database(),
                             pageSql(columns, filter, cursor, direction, pageSize, &values),
                             values);
        page.resize(0);
        page.reserve(lastPageSize + lastPageSize / 8); // one allocation a page, not twenty
        int count = 0;
        qint64 timeUs = 0;
        while (rows.next()) {
            timeUs = logTimeFromUtf8(rows.text(1)).value_or(0);
            appendLogLineJson(&page, LogLineUtf8{rows.text(0), timeUs, rows.text(2), rows.text(3),
                                                 rows.text(4), rows.text(5), rows.text(6),
                                                 rows.text(7), rows.text(8), rows.text(9)});
            page.append('\n');
            ++count;
            if (count == pageSize)
                cursor = LogCursor{timeUs, QString::fromUtf8(rows.text(0))};
        }
        if (!rows.error().isEmpty()) {
            *error = Text::tr("cannot read system_logs in %1: %2").arg(displayName(), rows.error());
            return false;
        }
        lastPageSize = page.size();
        if ((count > 0 && !sink(page, count)) || count < pageSize)
            return true;
    }
}

namespace {

struct ResultDeleter
{
    void operator()(PGresult *result) const { PQclear(result); }
};
using PostgresResult = std::unique_ptr<PGresult, ResultDeleter>;

/// `sql` with its placeholders numbered as libpq wants them ("?" → "$1", "$2"…). The SQL
/// that pageSql() writes has no "?" but its placeholders (every value is a parameter, no
/// text is quoted into it) and no "$": postgresJsonPages() checks that the count of
/// numbered placeholders is the count of values.
QByteArray numberedPlaceholders(const QString &sql)
{
    QByteArray numbered;
    int number = 0;
    for (const char c : sql.toUtf8()) {
        if (c == '?')
            numbered += '$' + QByteArray::number(++number);
        else
            numbered += c;
    }
    return numbered;
}

/// The result of the query in flight, once it is complete (libpq's last call for it).
PostgresResult resultOf(PGconn *connection)
{
    PostgresResult result;
    while (PGresult *next = PQgetResult(connection)) {
        if (!result || PQresultStatus(next) != PGRES_TUPLES_OK)
            result.reset(next); // an error after rows is what counts
        else
            PQclear(next);
    }
    return result;
}

QByteArrayView valueOf(const PGresult *result, int row, int column)
{
    return {PQgetvalue(result, row, column), PQgetlength(result, row, column)};
}

} // namespace

bool LogStore::postgresJsonPages(PGconn *connection, const LogFilter &filter,
                                 LogDirection direction, int pageSize,
                                 const std::function<bool(QByteArray &, int)> &sink, QString *error)
{
    const auto fail = [&](const char *message) {
        *error = Text::tr("cannot read system_logs in %1: %2")
                     .arg(displayName(), QString::fromUtf8(message).trimmed());
        return false;
    };
    // The query of a page, sent without waiting for its rows (every value a parameter,
    // as text, the server inferring its type as it does for QPSQL's). Null when sent,
    // else why not.
    const auto send = [&](const std::optional<LogCursor> &from) -> const char * {
        QVariantList values;
        const QByteArray sql =
            numberedPlaceholders(pageSql(columns(), filter, from, direction, pageSize, &values));
        // Every "?" numbered is one value: a "?" that were not a placeholder would show
        // here, and the page is not read rather than read with values out of place.
        if (sql.count('$') != values.size())
            return "the query's placeholders do not match its values";
        QList<QByteArray> texts;
        std::vector<const char *> parameters;
        for (const QVariant &value : std::as_const(values))
            texts << value.toString().toUtf8();
        for (const QByteArray &text : std::as_const(texts))
            parameters.push_back(text.constData());
        return PQsendQueryParams(connection, sql.constData(), int(parameters.size()), nullptr,
                                 parameters.data(), nullptr, nullptr, 0) == 1
                   ? nullptr
                   : PQerrorMessage(connection);
    };
    if (const char *failed = send(std::nullopt))
        return fail(failed);
    QByteArray page;
    qsizetype lastPageSize = 0;
    for (;;) {
        const PostgresResult result = resultOf(connection);
        if (!result || PQresultStatus(result.get()) != PGRES_TUPLES_OK)
            return fail(result ? PQresultErrorMessage(result.get()) : PQerrorMessage(connection));
        const PGresult *rows = result.get();
        const int count = PQntuples(rows);
        const bool more = count == pageSize;
        // The next page is on its way while this one is written (columns(): id, the time
        // in µs, then the other columns in the table's order).
        if (more) {
            bool timeRead = false;
            const qint64 lastUs = valueOf(rows, count - 1, 1).toByteArray().toLongLong(&timeRead);
            const LogCursor last{lastUs, QString::fromUtf8(valueOf(rows, count - 1, 0))};
            if (!timeRead)
                return fail("a time that is not a number");
            if (const char *failed = send(last))
                return fail(failed);
        }
        page.resize(0);
        page.reserve(lastPageSize + lastPageSize / 8);
        for (int row = 0; row < count; ++row) {
            appendLogLineJson(&page,
                              LogLineUtf8{valueOf(rows, row, 0),
                                          std::strtoll(PQgetvalue(rows, row, 1), nullptr, 10),
                                          valueOf(rows, row, 2), valueOf(rows, row, 3),
                                          valueOf(rows, row, 4), valueOf(rows, row, 5),
                                          valueOf(rows, row, 6), valueOf(rows, row, 7),
                                          valueOf(rows, row, 8), valueOf(rows, row, 9)});
            page.append('\n');
        }
        lastPageSize = page.size();
        if (count > 0 && !sink(page, count)) {
            if (more)
                resultOf(connection); // the page asked for ahead, not wanted
            return true;
        }
        if (!more)
            return true;
    }
}

qint64 LogStore::insert(const QList<LogLine> &lines, QString *error)
{
    if (lines.isEmpty())
        return 0;
    return m_postgres ? insertPostgres(lines, error) : insertSqlite(lines, error);
}

qint64 LogStore::insertPostgres(const QList<LogLine> &lines, QString *error)
{
    // COPY first: the server parses plain rows, the fastest way in. COPY has no "skip
    // what is there", so a line whose id is in the table (or twice in the batch) fails
    // it whole, before anything is added; the batch then goes in through the JSON path,
    // which skips such lines.
    if (PGconn *connection = postgresConnection(m_connection.database())) {
        bool duplicate = false;
        const qint64 copied = copyPostgres(connection, lines, &duplicate, error);
        if (copied >= 0 || !duplicate)
            return copied;
        error->clear();
    }
    return insertPostgresJson(lines, error);
}

qint64 LogStore::copyPostgres(PGconn *connection, const QList<LogLine> &lines, bool *duplicate,
                              QString *error)
{
    const auto fail = [&](const QString &reason) {
        *error =
            Text::tr("cannot add %n line(s) to system_logs in %1: %2", nullptr, int(lines.size()))
                .arg(displayName(), reason.trimmed());
        return -1;
    };
    PGresult *result = PQexec(connection, "COPY system_logs (id, timestamp, source_type, "
                                          "source_id, log_level, message, task_id, worker_id, "
                                          "cycle_number, metadata) FROM STDIN");
    const bool copying = PQresultStatus(result) == PGRES_COPY_IN;
    PQclear(result);
    if (!copying)
        return fail(QString::fromUtf8(PQerrorMessage(connection)));
    // Sent a MiB at a time: a batch of long messages is never held whole twice.
    constexpr qsizetype kChunk = 1024 * 1024;
    QByteArray rows;
    rows.reserve(kChunk + 64 * 1024);
    bool sent = true;
    for (const LogLine &line : lines) {
        appendCopyRow(&rows, line);
        if (rows.size() >= kChunk) {
            sent = PQputCopyData(connection, rows.constData(), int(rows.size())) == 1;
            rows.clear();
            if (!sent)
                break;
        }
    }
    if (sent && !rows.isEmpty())
        sent = PQputCopyData(connection, rows.constData(), int(rows.size())) == 1;
    const QString sendError = sent ? QString() : QString::fromUtf8(PQerrorMessage(connection));
    PQputCopyEnd(connection, sent ? nullptr : "the client could not send every line");
    // The server's own answer says best what went wrong (a line that is there already
    // can make sending stop early, with the same error).
    qint64 added = -1;
    QString failure;
    while ((result = PQgetResult(connection))) {
        if (PQresultStatus(result) == PGRES_COMMAND_OK) {
            added = QByteArray(PQcmdTuples(result)).toLongLong();
        } else if (failure.isEmpty()) {
            const char *state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
            *duplicate = state && qstrcmp(state, "23505") == 0; // unique_violation
            failure = QString::fromUtf8(PQresultErrorMessage(result));
        }
        PQclear(result);
    }
    if (failure.isEmpty())
        failure = sendError;
    if (!failure.isEmpty() || added < 0)
        return fail(failure.isEmpty() ? QString::fromUtf8(PQerrorMessage(connection)) : failure);
    return added;
}

qint64 LogStore::insertPostgresJson(const QList<LogLine> &lines, QString *error)
{
    // The whole batch as one JSON array in one parameter, unpacked by the server: one
    // round trip per batch instead of one per line (QtSql has no COPY).
    QByteArray rows = "[";
    for (const LogLine &line : lines) {
        if (rows.size() > 1)
            rows += ',';
        rows += logLineToJson(line);
    }
    rows += ']';
    QSqlDatabase db = m_connection.database();
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral(
            "INSERT INTO system_logs (id, timestamp, source_type, source_id, log_level, message, "
            "task_id, worker_id, cycle_number, metadata) SELECT id, \"timestamp\", "
            "\"sourceType\", \"sourceId\", level, message, \"taskId\", \"workerId\", "
            "\"cycleNumber\", metadata FROM jsonb_to_recordset(CAST(? AS jsonb)) AS x(id uuid, "
            "\"timestamp\" timestamptz, \"sourceType\" text, \"sourceId\" text, level text, "
            "message text, \"taskId\" uuid, \"workerId\" text, \"cycleNumber\" int, "
            "metadata jsonb) ON CONFLICT (id) DO NOTHING"))) {
        *error = queryError(query);
        return -1;
    }
    query.addBindValue(QString::fromUtf8(rows));
    if (!query.exec()) {
        *error =
            Text::tr("cannot add %n line(s) to system_logs in %1: %2", nullptr, int(lines.size()))
                .arg(displayName(), queryError(query));
        return -1;
    }
    return std::max(query.numRowsAffected(), 0);
}

bool LogStore::beginBulk(QString *error)
{
    if (m_postgres || m_bulk)
        return true;
    QSqlDatabase db = m_connection.database();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    m_bulk = true;
    return true;
}

bool LogStore::commitBulk(QString *error)
{
    if (!m_bulk)
        return true;
    QSqlDatabase db = m_connection.database();
    if (!db.commit() || !db.transaction()) {
        *error = db.lastError().text();
        db.rollback();
        m_bulk = false;
        return false;
    }
    return true;
}

bool LogStore::endBulk(bool commit, QString *error)
{
    if (!m_bulk)
        return true;
    m_bulk = false;
    QSqlDatabase db = m_connection.database();
    if (!commit) {
        db.rollback();
        return true;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

qint64 LogStore::insertSqlite(const QList<LogLine> &lines, QString *error)
{
    QSqlDatabase db = m_connection.database();
    QSqlQuery query(db);
    // In bulk mode the transaction is open already, and the caller ends it.
    const bool own = !m_bulk;
    if (own && !db.transaction()) {
        *error = db.lastError().text();
        return -1;
    }
    const auto fail = [&] {
        if (own)
            db.rollback();
        return qint64(-1);
    };
    static const QString insert = QStringLiteral(
        "INSERT OR IGNORE INTO system_logs (id, timestamp, source_type, source_id, log_level, "
        "message, task_id, worker_id, cycle_number, metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?)");
    qint64 added = 0;
    if (SqliteStatement::available(db)) {
        // Through the driver's SQLite directly: UTF-8 bound as it is, not as QVariants of
        // UTF-16 text that SQLite converts back (an ingest ran 1.4x as long through QtSql).
        SqliteStatement statement(db, insert, {});
        QByteArray time;
        const auto textOrNull = [](const QByteArray &text) {
            return text.isEmpty() ? QByteArrayView() : QByteArrayView(text);
        };
        for (const LogLine &line : lines) {
            const LogLineBytes bytes(line);
            time.resize(0);
            appendLogTimeText(&time, line.timeUs);
            // An empty message is still a message: never NULL.
            const bool bound =
                statement.bindText(1, bytes.id) && statement.bindText(2, time) &&
                statement.bindText(3, bytes.sourceType) && statement.bindText(4, bytes.sourceId) &&
                statement.bindText(5, bytes.level) &&
                statement.bindText(6, bytes.message.isEmpty() ? QByteArrayView("")
                                                              : QByteArrayView(bytes.message)) &&
                statement.bindText(7, textOrNull(bytes.taskId)) &&
                statement.bindText(8, textOrNull(bytes.workerId)) &&
                (line.cycle ? statement.bindInt64(9, *line.cycle) : statement.bindNull(9)) &&
                statement.bindText(10, textOrNull(line.metadata));
            if (!bound || !statement.exec()) {
                *error = Text::tr("cannot add line %1 to system_logs in %2: %3")
                             .arg(line.id, displayName(), statement.error());
                return fail();
            }
            added += statement.changes() > 0 ? 1 : 0;
        }
        if (own && !db.commit()) {
            *error = db.lastError().text();
            return -1;
        }
        return added;
    }
    if (!query.prepare(insert)) {
        *error = queryError(query);
        return fail();
    }
    const QVariant nullText = QVariant(QMetaType::fromType<QString>());
    const QVariant nullInt = QVariant(QMetaType::fromType<int>());
    for (const LogLine &line : lines) {
        query.bindValue(0, line.id);
        query.bindValue(1, logTimeText(line.timeUs));
        query.bindValue(2, line.sourceType);
        query.bindValue(3, line.sourceId);
        query.bindValue(4, line.level);
        // A null QString binds NULL: an empty message is still a message.
        query.bindValue(5, line.message.isNull() ? QStringLiteral("") : line.message);
        query.bindValue(6, line.taskId.isEmpty() ? nullText : QVariant(line.taskId));
        query.bindValue(7, line.workerId.isEmpty() ? nullText : QVariant(line.workerId));
        query.bindValue(8, line.cycle ? QVariant(*line.cycle) : nullInt);
        query.bindValue(9, line.metadata.isEmpty() ? nullText
                                                   : QVariant(QString::fromUtf8(line.metadata)));
        if (!query.exec()) {
            *error = Text::tr("cannot add line %1 to system_logs in %2: %3")
                         .arg(line.id, displayName(), queryError(query));
            return fail();
        }
        added += query.numRowsAffected() > 0 ? 1 : 0;
    }
    if (own && !db.commit()) {
        *error = db.lastError().text();
        return -1;
    }
    return added;
}

std::optional<LogRetentionPlan> LogStore::planRetention(qint64 cutoffUs, QString *error)
{
    QSqlQuery query(m_connection.database());
    const QString time = m_postgres
                             ? QStringLiteral("round(extract(epoch from %1) * 1000000)::bigint")
                             : QStringLiteral("%1");
    query.prepare(QStringLiteral("SELECT count(*), %1, %2 FROM system_logs WHERE timestamp < %3")
                      .arg(time.arg(QStringLiteral("min(timestamp)")),
                           time.arg(QStringLiteral("max(timestamp)")), timeParameter()));
    query.addBindValue(logTimeText(cutoffUs));
    if (!query.exec() || !query.next()) {
        *error =
            Text::tr("cannot read system_logs in %1: %2").arg(displayName(), queryError(query));
        return std::nullopt;
    }
    LogRetentionPlan plan;
    plan.cutoffUs = cutoffUs;
    plan.lines = query.value(0).toLongLong();
    const auto timeOf = [&](int column) -> std::optional<qint64> {
        if (query.isNull(column))
            return std::nullopt;
        if (m_postgres)
            return query.value(column).toLongLong();
        return logTimeFromText(query.value(column).toString());
    };
    plan.oldestUs = timeOf(1);
    plan.newestUs = timeOf(2);
    return plan;
}

qint64 LogStore::deleteOlderThan(qint64 cutoffUs, int batch, QString *error)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("DELETE FROM system_logs WHERE id IN (SELECT id FROM system_logs "
                                 "WHERE timestamp < %1 ORDER BY timestamp LIMIT ?)")
                      .arg(timeParameter()));
    query.addBindValue(logTimeText(cutoffUs));
    query.addBindValue(std::max(batch, 1));
    if (!query.exec()) {
        *error = Text::tr("cannot delete from system_logs in %1: %2")
                     .arg(displayName(), queryError(query));
        return -1;
    }
    return std::max(query.numRowsAffected(), 0);
}

std::optional<LogStats> LogStore::stats(const LogFilter &filter, QString *error)
{
    if (const QString problem = filterProblem(filter); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    QVariantList values;
    const QString where = whereClause(filter, &values);
    const QString whereSql = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    const auto run = [&](const QString &sql) { return read(query, sql, values, error); };
    LogStats stats;
    const auto grouped = [&](const QString &column, int limit,
                             QList<std::pair<QString, qint64>> *into) {
        const QString sql =
            QStringLiteral("SELECT %1, count(*) AS n FROM system_logs%2 GROUP BY %1 "
                           "ORDER BY n DESC, %1 LIMIT %3")
                .arg(column, whereSql)
                .arg(limit);
        if (!run(sql))
            return false;
        while (query.next())
            into->append({query.value(0).toString(), query.value(1).toLongLong()});
        return true;
    };
    if (!grouped(QStringLiteral("log_level"), 100, &stats.byLevel) ||
        !grouped(QStringLiteral("source_id"), 50, &stats.bySource) ||
        !grouped(QStringLiteral("worker_id"), 50, &stats.byWorker))
        return std::nullopt;
    const QString hour =
        m_postgres ? QStringLiteral("round(extract(epoch from date_trunc('hour', timestamp AT TIME "
                                    "ZONE 'UTC')))::bigint")
                   : QStringLiteral("substr(timestamp, 1, 13)");
    if (!run(QStringLiteral("SELECT %1 AS h, count(*) FROM system_logs%2 GROUP BY h ORDER BY h")
                 .arg(hour, whereSql)))
        return std::nullopt;
    while (query.next()) {
        const qint64 start =
            m_postgres
                ? query.value(0).toLongLong() * 1'000'000
                : logTimeFromText(QString(query.value(0).toString() + QStringLiteral(":00:00Z")))
                      .value_or(0);
        stats.byHour.append({start, query.value(1).toLongLong()});
    }
    values.clear();
    if (!run(m_postgres ? QStringLiteral("SELECT pg_total_relation_size('system_logs')")
                        : QStringLiteral("SELECT page_count * page_size FROM pragma_page_count(), "
                                         "pragma_page_size()")) ||
        !query.next())
        return std::nullopt;
    stats.tableBytes = query.value(0).toLongLong();
    if (!run(m_postgres ? QStringLiteral("SELECT round(extract(epoch from min(timestamp)) * "
                                         "1000000)::bigint FROM system_logs")
                        : QStringLiteral("SELECT min(timestamp) FROM system_logs")) ||
        !query.next())
        return std::nullopt;
    if (!query.isNull(0))
        stats.oldestUs = m_postgres ? std::optional<qint64>(query.value(0).toLongLong())
                                    : logTimeFromText(query.value(0).toString());
    return stats;
}

std::optional<QList<std::array<qint64, 5>>>
LogStore::histogram(LogFilter filter, qint64 fromUs, qint64 toUs, int buckets, QString *error)
{
    if (const QString problem = filterProblem(filter); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    buckets = std::max(buckets, 1);
    filter.fromUs = fromUs;
    filter.toUs = std::max(toUs, fromUs + 1);
    const qint64 width = std::max<qint64>((filter.toUs - fromUs + buckets - 1) / buckets, 1);
    QVariantList values;
    // The bucket is computed by the server from microseconds since the start.
    // Exact integers on both: SQLite's time functions stop at milliseconds, and a double
    // of microseconds since the epoch would put a line on a bucket's edge on either side.
    const QString bucketOf =
        m_postgres ? QStringLiteral(
                         "floor((round(extract(epoch from timestamp) * 1000000) - ?) / ?)::integer")
                   : QStringLiteral("((CAST(strftime('%s', timestamp) AS INTEGER) * 1000000 + "
                                    "CAST(substr(timestamp, 21, 6) AS INTEGER)) - ?) / ?");
    values << fromUs << width;
    const QString where = whereClause(filter, &values);
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!read(query,
              QStringLiteral("SELECT %1 AS b, log_level, count(*) FROM system_logs WHERE %2 "
                             "GROUP BY b, log_level")
                  .arg(bucketOf, where),
              values, error))
        return std::nullopt;
    QList<std::array<qint64, 5>> counts(buckets, std::array<qint64, 5>{});
    while (query.next()) {
        const int bucket = std::clamp(query.value(0).toInt(), 0, buckets - 1);
        int rank = logLevelRank(query.value(1).toString());
        if (rank < 0)
            rank = 1;
        counts[bucket][size_t(rank)] += query.value(2).toLongLong();
    }
    return counts;
}

} // namespace qm
