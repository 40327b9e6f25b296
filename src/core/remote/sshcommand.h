#pragma once

#include <QString>
#include <QStringList>

namespace qm {

/// `text` as one POSIX shell word: single-quoted, a `'` written as `'\''`. Whatever
/// it holds (spaces, `$(…)`, backticks, newlines, a leading `-`) reaches the remote
/// program as one argument and is never interpreted by the remote shell.
QString shellQuote(const QString &text);

/// The command line an ssh server's shell runs for `argv`: every argument quoted with
/// shellQuote, joined by spaces. ssh sends a single string, so this is the only way
/// an argument vector survives the trip intact.
QString remoteCommandLine(const QStringList &argv);

/// How to reach a host over SSH, from its config entry (`ssh_host`, `ssh_port`,
/// `ssh_user`, `ssh_key`, `~` already expanded).
struct SshEndpoint
{
    QString host;
    int port = 22;
    QString user; ///< empty: ssh's own default (the user's ~/.ssh/config, then $USER)
    QString key;  ///< empty: the agent and ssh's defaults
};

/// Options of every ssh run.
struct SshOptions
{
    int connectTimeoutSeconds = 10;
    /// Folder for ControlMaster sockets (private, 0700); empty: no connection sharing.
    QString controlDirectory;
    int controlPersistSeconds = 60;
    /// `-F`: an ssh config file instead of the user's ~/.ssh/config; empty: the user's.
    QString configFile;
    /// `UserKnownHostsFile` instead of ssh's own (~/.ssh/known_hosts); empty: ssh's.
    QString knownHostsFile;
};

/// The argument vector for the system `ssh` (program not included) that runs `argv`
/// on `endpoint`: BatchMode (never a password prompt), StrictHostKeyChecking=yes (an
/// unknown key fails instead of being accepted), a connect timeout, ControlMaster
/// sharing when a folder is given. The user's ~/.ssh/config, agent and known_hosts
/// still apply. With an empty `argv` no command follows the host (for `-G`, `-O exit`).
/// Empty when the host name could be taken for an option (a leading '-') or is empty.
QStringList sshArguments(const SshEndpoint &endpoint, const QStringList &argv,
                         const SshOptions &options = {});

} // namespace qm
