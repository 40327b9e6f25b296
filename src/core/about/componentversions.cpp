#include "componentversions.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

#include <archive.h>

namespace qm {

namespace {

QString sqliteVersion()
{
    const QString connection =
        QStringLiteral("qm-version-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        if (!db.isValid()) {
            version = QCoreApplication::translate("qm::ComponentVersions",
                                                  "unavailable (the Qt SQLite driver is not "
                                                  "installed)");
        } else {
            db.setDatabaseName(QStringLiteral(":memory:"));
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("select sqlite_version()")) && query.next())
                    version = query.value(0).toString();
                db.close();
            }
            if (version.isEmpty())
                version = QCoreApplication::translate("qm::ComponentVersions", "unavailable (%1)")
                              .arg(db.lastError().text());
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return version;
}

QString libarchiveVersion()
{
    QString version = QString::fromUtf8(archive_version_string());
    const QString prefix = QStringLiteral("libarchive ");
    if (version.startsWith(prefix))
        version = version.mid(prefix.size());
    return version;
}

} // namespace

ComponentVersions ComponentVersions::collect()
{
    ComponentVersions versions;
    versions.application = QStringLiteral(QM_VERSION);
    versions.qtRuntime = QString::fromLatin1(qVersion());
    versions.qtBuild = QStringLiteral(QT_VERSION_STR);
    versions.sqlite = sqliteVersion();
    versions.libarchive = libarchiveVersion();
    return versions;
}

QString ComponentVersions::toText() const
{
    QStringList lines;
    lines << QStringLiteral("Quartermaster ") + application;
    lines << QStringLiteral("Qt ") + qtRuntime +
                 (qtRuntime == qtBuild
                      ? QString()
                      : QStringLiteral(" (built with ") + qtBuild + QLatin1Char(')'));
    lines << QStringLiteral("SQLite ") + sqlite;
    lines << QStringLiteral("libarchive ") + libarchive;
    return lines.join(QLatin1Char('\n'));
}

} // namespace qm
