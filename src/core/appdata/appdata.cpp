#include "appdata.h"

#include <QStandardPaths>

namespace qm {

QString defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/quartermaster");
}

QString historyDatabasePath(const QString &dataDirectory)
{
    return (dataDirectory.isEmpty() ? defaultDataDirectory() : dataDirectory) +
           QStringLiteral("/history.sqlite");
}

QString jobsDatabasePath(const QString &dataDirectory)
{
    return (dataDirectory.isEmpty() ? defaultDataDirectory() : dataDirectory) +
           QStringLiteral("/jobs.sqlite");
}

QString logsDatabasePath(const QString &dataDirectory)
{
    return (dataDirectory.isEmpty() ? defaultDataDirectory() : dataDirectory) +
           QStringLiteral("/logs.sqlite");
}

QString orphanPlansDirectory(const QString &dataDirectory)
{
    return (dataDirectory.isEmpty() ? defaultDataDirectory() : dataDirectory) +
           QStringLiteral("/orphans");
}

} // namespace qm
