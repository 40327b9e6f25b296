#pragma once

// The peer tools bench_logs measures against (sqlite3, psql, lnav): one run of a tool
// with a script on its standard input, timed from start to exit.

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace qm::bench {

/// A peer tool's run: its wall time and what it printed.
struct ToolRun
{
    bool ok = false; ///< it exited 0 and wrote nothing on its standard error
    double seconds = 0;
    QByteArray out;
    QByteArray err;
};

/// A tool, the arguments that reach the database and its environment (a password).
struct Peer
{
    QString program; ///< empty when not installed
    QStringList arguments;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();

    /// Runs the tool with `arguments` + `extra`, `script` on its standard input (none:
    /// /dev/null) and its standard output into `stdoutFile` when given, and waits for it
    /// however long it takes. A failure is also printed on standard error.
    ToolRun run(const QByteArray &script, const QString &stdoutFile = {},
                const QStringList &extra = {}) const;
};

} // namespace qm::bench
