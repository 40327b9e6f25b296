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

} // namespace qm
