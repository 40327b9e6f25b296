#pragma once

// The job runner as a service of the user's session (docs/jobs.md, "Running with the window
// closed"): `qmctl jobs run` installed as a systemd user service on Linux or a launchd agent
// on macOS, so schedules run while no window is open.

#include <QString>

namespace qm {

/// How the runner service stands.
struct RunnerServiceStatus
{
    QString manager;        ///< "systemd" or "launchd"
    QString unitPath;       ///< where its unit or property list is
    bool installed = false; ///< the unit or property list is there
    bool running = false;   ///< the service manager says it runs
    QString detail;         ///< what the service manager said, or why it could not be asked
};

/// The unit (systemd) or property list (launchd) for `qmctl` running `jobs run` (with
/// `--data-dir DIR` when `dataDirectory` is not empty).
QByteArray runnerServiceText(const QString &qmctl, const QString &dataDirectory);

/// Where the unit or property list goes: `~/.config/systemd/user/quartermaster-jobs.service`
/// or `~/Library/LaunchAgents/dev.quartermaster.jobs.plist`.
QString runnerServicePath();

/// Writes the unit (replacing an older one) and, with `start`, has the service manager
/// enable and start it (`systemctl --user enable --now`, `launchctl bootstrap`). False,
/// with `*error`, when the file cannot be written or the manager refuses; `*message`
/// says what was done.
bool installRunnerService(const QString &qmctl, const QString &dataDirectory, bool start,
                          QString *message, QString *error);

/// Stops and disables the service and removes its file; nothing to do when it is not
/// installed.
bool uninstallRunnerService(QString *message, QString *error);

RunnerServiceStatus runnerServiceStatus();

} // namespace qm
