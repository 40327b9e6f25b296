#include "referencesource.h"

#include "core/sql/sqlconnection.h"
#include "core/text/csv.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::ReferenceSource)
};

/// `value` as the key a listing has, by the source's mapping.
void addMapped(QByteArrayView value, const QByteArray &strip, const QByteArray &add, KeySet *keys,
               QByteArray *scratch)
{
    if (!strip.isEmpty() && value.startsWith(strip))
        value = value.sliced(strip.size());
    if (add.isEmpty()) {
        keys->add(value);
        return;
    }
    scratch->resize(0);
    scratch->append(add).append(value);
    keys->add(*scratch);
}

QString sqlErrorText(const QSqlError &error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text().trimmed() : text;
}

/// The values that map to `keys`: each key without the added prefix, as it is and with
/// the stripped prefix in front. Keys that cannot come from the mapping have none.
QStringList unmappedCandidates(const QList<QByteArray> &keys, const ReferenceSource &source)
{
    const QByteArray strip = source.stripPrefix.toUtf8();
    const QByteArray add = source.addPrefix.toUtf8();
    QStringList values;
    values.reserve(keys.size() * (strip.isEmpty() ? 1 : 2));
    for (QByteArrayView key : keys) {
        if (!key.startsWith(add))
            continue;
        key = key.sliced(add.size());
        values.append(QString::fromUtf8(key));
        if (!strip.isEmpty())
            values.append(QString::fromUtf8(strip + key.toByteArray()));
    }
    return values;
}

/// `values` as a PostgreSQL array literal: {"a","b\"c"}.
QString postgresArray(const QStringList &values)
{
    QString text = QStringLiteral("{");
    for (const QString &value : values) {
        if (text.size() > 1)
            text += u',';
        text += u'"';
        for (const QChar c : value) {
            if (c == u'"' || c == u'\\')
                text += u'\\';
            text += c;
        }
        text += u'"';
    }
    return text + u'}';
}

/// The user's query as a subquery: without the semicolons and blanks it may end with.
QString asSubquery(QString sql)
{
    while (!sql.isEmpty() && (sql.back().isSpace() || sql.back() == u';'))
        sql.chop(1);
    return sql;
}

QString quotedIdentifier(QString name)
{
    return u'"' + name.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

/// Runs the source's query, or with `among`, the query narrowed to the rows whose first
/// column is one of those values (and a check that the query still gives any row).
bool readSql(const ReferenceSource &source, KeySet *keys, QString *error,
             const std::atomic<bool> *cancel, const QStringList *among = nullptr)
{
    const QString where = source.database.displayName();
    if (source.database.kind == SqlLocation::Kind::Sqlite &&
        !QFileInfo(source.database.path).isFile()) {
        *error = Text::tr("the reference database %1 does not exist").arg(where);
        return false;
    }
    // An SQLite file read-only: the user's query can change nothing in it.
    SqlConnection connection(QStringLiteral("references"));
    const bool opened = source.database.kind == SqlLocation::Kind::Sqlite
                            ? connection.openSqliteReadOnly(source.database.path, error)
                            : connection.openPostgres(source.database, error);
    if (!opened)
        return false;
    QSqlDatabase db = connection.database();
    QSqlQuery query(db);
    const bool postgres = source.database.kind == SqlLocation::Kind::Postgres;
    if (postgres) {
        if (!db.transaction() || !query.exec(QStringLiteral("SET TRANSACTION READ ONLY")) ||
            !query.exec(QStringLiteral("SET LOCAL statement_timeout = %1")
                            .arg(qint64(source.timeoutSeconds) * 1000))) {
            *error = Text::tr("cannot query %1: %2").arg(where, sqlErrorText(query.lastError()));
            return false;
        }
    }
    query.setForwardOnly(true);
    bool ran = false;
    QString canary;
    if (!among) {
        ran = query.exec(source.sql);
    } else {
        // Narrowed to the values asked about. First a canary: one value the query gives
        // as the whole query's rows are read (none: the table was emptied, which must
        // not make every key look unreferenced). It is asked for with the others and
        // must come back, or the narrowing does not see values as the scan did (a
        // BLOB, a padded char(n)) and the whole query is read instead.
        const QString sub = u'\n' + asSubquery(source.sql) + u'\n';
        QString from;
        QString column;
        if (postgres) {
            from = QStringLiteral("FROM (%1) AS q(k)").arg(sub);
            column = QStringLiteral("q.k");
        } else {
            // SQLite cannot rename a subquery's columns: its first column by name.
            QSqlQuery probe(db);
            if (probe.exec(QStringLiteral("SELECT * FROM (%1) LIMIT 0").arg(sub)))
                column = QStringLiteral("q.") + quotedIdentifier(probe.record().fieldName(0));
            const QSqlError failure = probe.lastError();
            probe.finish();
            if (column == QLatin1String("q.\"\"")) {
                *error = Text::tr("the reference query failed on %1: %2")
                             .arg(where, sqlErrorText(failure));
                return false;
            }
            from = QStringLiteral("FROM (%1) AS q").arg(sub);
        }
        if (!query.exec(
                QStringLiteral("SELECT %1 %2 WHERE %1 IS NOT NULL LIMIT 1").arg(column, from))) {
            *error = Text::tr("the reference query failed on %1: %2")
                         .arg(where, sqlErrorText(query.lastError()));
            if (postgres)
                db.rollback();
            return false;
        }
        if (!query.next()) {
            *error = Text::tr("%1 gives no key any more: stopped, nothing more is moved")
                         .arg(source.displayName());
            query.finish();
            if (postgres)
                db.rollback();
            return false;
        }
        canary = query.value(0).toString();
        query.finish();
        QStringList values = *among;
        values.append(canary);
        if (postgres) {
            // The values as one literal, not a parameter: a `?` of the user's query (a
            // jsonb operator) is then never taken for a placeholder.
            QString literal = postgresArray(values);
            literal.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("''"));
            ran = query.exec(QStringLiteral("SELECT %1 %2 WHERE %1::text = ANY(E'%3'::text[])")
                                 .arg(column, from, literal));
        } else {
            QJsonArray list;
            for (const QString &value : std::as_const(values))
                list.append(value);
            ran = query.prepare(QStringLiteral("SELECT %1 %2 WHERE CAST(%1 AS TEXT) IN "
                                               "(SELECT value FROM json_each(?))")
                                    .arg(column, from));
            query.addBindValue(
                QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
            ran = ran && query.exec();
        }
    }
    if (!ran) {
        *error = Text::tr("the reference query failed on %1: %2")
                     .arg(where, sqlErrorText(query.lastError()));
        if (postgres)
            db.rollback();
        return false;
    }
    const QByteArray strip = source.stripPrefix.toUtf8();
    const QByteArray add = source.addPrefix.toUtf8();
    QByteArray scratch;
    qint64 rows = 0;
    bool sawCanary = false;
    while (query.next()) {
        if ((++rows & 0xfff) == 0 && cancel && cancel->load()) {
            *error = Text::tr("the reference query was cancelled");
            return false;
        }
        if (query.isNull(0))
            continue;
        const QString value = query.value(0).toString();
        sawCanary = sawCanary || value == canary;
        addMapped(value.toUtf8(), strip, add, keys, &scratch);
    }
    const QSqlError failure = query.lastError();
    query.finish();
    if (postgres)
        db.rollback();
    if (failure.isValid()) {
        *error = Text::tr("the reference query failed on %1: %2").arg(where, sqlErrorText(failure));
        return false;
    }
    if (among && !sawCanary) // the narrowing cannot be trusted: every row, as the scan read
        return readSql(source, keys, error, cancel);
    return true;
}

bool readFile(const ReferenceSource &source, KeySet *keys, QString *error)
{
    QFile file(source.file);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            Text::tr("cannot read the reference file %1: %2").arg(source.file, file.errorString());
        return false;
    }
    const QByteArray text = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error =
            Text::tr("cannot read the reference file %1: %2").arg(source.file, file.errorString());
        return false;
    }
    const QByteArray strip = source.stripPrefix.toUtf8();
    const QByteArray add = source.addPrefix.toUtf8();
    QByteArray scratch;
    if (source.column.isEmpty()) { // a key a line
        qsizetype start = 0;
        while (start < text.size()) {
            qsizetype end = text.indexOf('\n', start);
            if (end < 0)
                end = text.size();
            QByteArrayView line = QByteArrayView(text).sliced(start, end - start);
            if (line.endsWith('\r'))
                line.chop(1);
            if (!line.isEmpty())
                addMapped(line, strip, add, keys, &scratch);
            start = end + 1;
        }
        return true;
    }
    qsizetype at = 0;
    const std::optional<QList<QByteArray>> header = nextCsvRecord(text, &at);
    const qsizetype column = header ? header->indexOf(source.column.toUtf8()) : -1;
    if (column < 0) {
        *error = Text::tr("the reference file %1 has no column “%2” in its first line")
                     .arg(source.file, source.column);
        return false;
    }
    qint64 record = 1;
    while (at < text.size()) {
        ++record;
        const std::optional<QList<QByteArray>> fields = nextCsvRecord(text, &at);
        if (!fields) {
            *error = Text::tr("the reference file %1 has a quote that is never closed in "
                              "record %2")
                         .arg(source.file)
                         .arg(record);
            return false;
        }
        if (fields->size() == 1 && fields->first().isEmpty())
            continue; // a blank line
        if (column >= fields->size()) {
            *error = Text::tr("record %1 of the reference file %2 has no column “%3”")
                         .arg(record)
                         .arg(source.file, source.column);
            return false;
        }
        if (!fields->at(column).isEmpty())
            addMapped(fields->at(column), strip, add, keys, &scratch);
    }
    return true;
}

} // namespace

QString ReferenceSource::displayName() const
{
    if (kind == Kind::File)
        return column.isEmpty() ? file : QStringLiteral("%1 (column %2)").arg(file, column);
    return QStringLiteral("%1: %2").arg(database.displayName(), sql.simplified());
}

QJsonObject referenceSourceJson(const ReferenceSource &source)
{
    const auto nullable = [](const QString &text) {
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    };
    const bool sql = source.kind == ReferenceSource::Kind::Sql;
    return QJsonObject{{QStringLiteral("database"),
                        sql ? QJsonValue(source.database.displayName()) : QJsonValue()},
                       {QStringLiteral("sql"), sql ? QJsonValue(source.sql) : QJsonValue()},
                       {QStringLiteral("timeoutSeconds"), source.timeoutSeconds},
                       {QStringLiteral("file"), sql ? QJsonValue() : QJsonValue(source.file)},
                       {QStringLiteral("column"), nullable(source.column)},
                       {QStringLiteral("stripPrefix"), nullable(source.stripPrefix)},
                       {QStringLiteral("addPrefix"), nullable(source.addPrefix)}};
}

std::optional<ReferenceSource> referenceSourceFromJson(const QJsonObject &json, QString *error)
{
    const auto text = [&json](const char *name) {
        return json.value(QLatin1String(name)).toString();
    };
    ReferenceSource source;
    if (json.value(QLatin1String("sql")).isString()) {
        QString why;
        const std::optional<SqlLocation> database = SqlLocation::parse(text("database"), &why);
        if (!database) {
            *error = Text::tr("the reference database does not read: %1").arg(why);
            return std::nullopt;
        }
        source.kind = ReferenceSource::Kind::Sql;
        source.database = *database;
        source.sql = text("sql");
        source.timeoutSeconds =
            json.value(QLatin1String("timeoutSeconds")).toInt(source.timeoutSeconds);
    } else if (json.value(QLatin1String("file")).isString()) {
        source.kind = ReferenceSource::Kind::File;
        source.file = text("file");
        source.column = text("column");
    } else {
        *error = Text::tr("no reference source is named");
        return std::nullopt;
    }
    source.stripPrefix = text("stripPrefix");
    source.addPrefix = text("addPrefix");
    return source;
}

bool readReferences(const ReferenceSource &source, KeySet *keys, QString *error,
                    const std::atomic<bool> *cancel)
{
    const qsizetype before = keys->size();
    const bool read = source.kind == ReferenceSource::Kind::Sql
                          ? readSql(source, keys, error, cancel)
                          : readFile(source, keys, error);
    if (!read)
        return false;
    if (keys->size() == before) {
        *error = Text::tr("%1 gave no key at all: refusing to take every object for an "
                          "orphan (is the query, the file or the database right?)")
                     .arg(source.displayName());
        return false;
    }
    return true;
}

bool readReferencesAmong(const ReferenceSource &source, const QList<QByteArray> &keys,
                         KeySet *referenced, QString *error, const std::atomic<bool> *cancel)
{
    KeySet found;
    if (source.kind == ReferenceSource::Kind::Sql) {
        const QStringList values = unmappedCandidates(keys, source);
        if (!readSql(source, &found, error, cancel, &values))
            return false;
    } else if (!readReferences(source, &found, error, cancel)) {
        return false; // a file read again whole: it may have changed in any line
    }
    found.sortUnique();
    for (const QByteArray &key : keys) {
        if (found.contains(key))
            referenced->add(key);
    }
    return true;
}

} // namespace qm
