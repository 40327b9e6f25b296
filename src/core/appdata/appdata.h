#pragma once

#include <QString>

namespace qm {

/// Where Quartermaster keeps its databases: `$XDG_DATA_HOME/quartermaster` (on macOS
/// ~/Library/Application Support/quartermaster), shared by the app and qmctl.
QString defaultDataDirectory();

/// The history database in `dataDirectory` (default: defaultDataDirectory()).
QString historyDatabasePath(const QString &dataDirectory = QString());

/// The jobs database in `dataDirectory` (default: defaultDataDirectory()).
QString jobsDatabasePath(const QString &dataDirectory = QString());

/// The embedded `system_logs` file in `dataDirectory` (default: defaultDataDirectory()):
/// the Logs page's and `qmctl logs`' database when no other is given.
QString logsDatabasePath(const QString &dataDirectory = QString());

/// Where orphan plans are saved when no path is given (`orphans` in `dataDirectory`).
QString orphanPlansDirectory(const QString &dataDirectory = QString());

} // namespace qm
