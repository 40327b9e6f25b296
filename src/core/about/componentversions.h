#pragma once

#include <QString>

namespace qm {

/// Versions of the application and of the libraries it runs on, for Help › About,
/// `qmctl --version` and bug reports.
struct ComponentVersions
{
    QString application; ///< this build, e.g. "0.1.0"
    QString qtRuntime;   ///< the Qt loaded at run time
    QString qtBuild;     ///< the Qt compiled against
    QString sqlite;      ///< from the Qt SQLite driver; a reason when it is missing
    QString libarchive;

    /// Reads the versions. Opens a private in-memory SQLite connection for the SQLite
    /// version (fast; needs a QCoreApplication for the driver plugin).
    static ComponentVersions collect();

    /// "Name version" lines, one per component, untranslated (for bug reports).
    QString toText() const;
};

} // namespace qm
