#include "referencesource.h"

#include "core/sql/sqlconnection.h"
#include "core/text/csv.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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

bool readSql(const ReferenceSource &source, KeySet *keys, QString *error,
             const std::atomic<bool> *cancel)
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
    if (!query.exec(source.sql)) {
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
    while (query.next()) {
        if ((++rows & 0xfff) == 0 && cancel && cancel->load()) {
            *error = Text::tr("the reference query was cancelled");
            return false;
        }
        if (query.isNull(0))
            continue;
        addMapped(query.value(0).toString().toUtf8(), strip, add, keys, &scratch);
    }
    const QSqlError failure = query.lastError();
    query.finish();
    if (postgres)
        db.rollback();
    if (failure.isValid()) {
        *error = Text::tr("the reference query failed on %1: %2").arg(where, sqlErrorText(failure));
        return false;
    }
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

} // namespace qm
