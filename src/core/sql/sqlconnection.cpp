#include "sqlconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>

namespace qm {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::SqlConnection)
};
} // namespace

SqlConnection::SqlConnection(const QString &prefix)
    : m_connection(prefix + u'-' + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

SqlConnection::~SqlConnection()
{
    close();
}

void SqlConnection::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QSqlDatabase SqlConnection::prepare(const QString &driver)
{
    if (QSqlDatabase::contains(m_connection) && database().driverName() != driver)
        close();
    return QSqlDatabase::contains(m_connection) ? database()
                                                : QSqlDatabase::addDatabase(driver, m_connection);
}

QSqlDatabase SqlConnection::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool SqlConnection::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

bool SqlConnection::open(const SqlLocation &location, QString *error)
{
    return location.kind == SqlLocation::Kind::Postgres ? openPostgres(location, error)
                                                        : openSqlite(location.path, error);
}

bool SqlConnection::openPostgres(const SqlLocation &location, QString *error)
{
    m_path = location.displayName();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = Text::tr("cannot reach %1: QtSql's PostgreSQL driver (QPSQL) is not "
                          "installed (Debian: libqt6sql6-psql)")
                     .arg(m_path);
        return false;
    }
    QSqlDatabase db = prepare(QStringLiteral("QPSQL"));
    db.setHostName(location.host);
    db.setPort(location.port);
    db.setDatabaseName(location.database);
    db.setUserName(location.user);
    db.setPassword(location.password);
    QStringList options = location.options;
    const auto givesTimeout = [](const QString &option) {
        return option.startsWith(QLatin1StringView("connect_timeout="));
    };
    if (std::none_of(options.cbegin(), options.cend(), givesTimeout))
        options << QStringLiteral("connect_timeout=10");
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        *error = Text::tr("cannot connect to %1: %2")
                     .arg(m_path, db.lastError().databaseText().trimmed());
        return false;
    }
    return true;
}

bool SqlConnection::openSqlite(const QString &path, QString *error)
{
    m_path = path;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = Text::tr("cannot create the folder of %1").arg(path);
        return false;
    }
    QSqlDatabase db = prepare(QStringLiteral("QSQLITE"));
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

bool SqlConnection::openSqliteReadOnly(const QString &path, QString *error)
{
    m_path = path;
    QSqlDatabase db = prepare(QStringLiteral("QSQLITE"));
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = Text::tr("cannot open the database %1: %2").arg(path, db.lastError().text());
        return false;
    }
    return true;
}

bool SqlConnection::migrate(int latest, const std::function<bool(int, QString *)> &upgrade,
                            QString *error)
{
    QSqlDatabase db = database();
    if (db.driverName() != QLatin1StringView("QSQLITE")) {
        *error = Text::tr("%1 is not an SQLite file").arg(m_path);
        return false;
    }
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
