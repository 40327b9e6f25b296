#include "sqliteconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace qm {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::SqliteConnection)
};
} // namespace

SqliteConnection::SqliteConnection(const QString &prefix)
    : m_connection(prefix + u'-' + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

SqliteConnection::~SqliteConnection()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QSqlDatabase SqliteConnection::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool SqliteConnection::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

bool SqliteConnection::open(const QString &path, QString *error)
{
    m_path = path;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = Text::tr("cannot create the folder of %1").arg(path);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? database()
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = Text::tr("cannot open the database %1: %2").arg(path, db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    query.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    return true;
}

bool SqliteConnection::migrate(int latest, const std::function<bool(int, QString *)> &upgrade,
                               QString *error)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *error = Text::tr("%1 is not a Quartermaster database: %2")
                     .arg(m_path, query.lastError().text());
        return false;
    }
    int version = query.value(0).toInt();
    if (version == latest)
        return true;
    const auto failed = [&](const QString &message) {
        *error = Text::tr("cannot create the tables in %1: %2").arg(m_path, message);
        db.rollback();
        return false;
    };
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")) ||
        !query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failed(query.lastError().text());
    version = query.value(0).toInt();
    query.finish();
    if (version > latest) {
        db.rollback();
        *error = Text::tr("%1 was written by a newer Quartermaster (schema %2; this one knows "
                          "%3)")
                     .arg(m_path)
                     .arg(version)
                     .arg(latest);
        return false;
    }
    if (version == latest)
        return db.commit();
    QString message;
    if (!upgrade(version, &message))
        return failed(message);
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(latest)))
        return failed(query.lastError().text());
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

} // namespace qm
