#pragma once

#include "core/remote/hoststatus.h"
#include "core/remote/processrunner.h"
#include "core/remote/sshcommand.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace qm {

/// Where the OpenSSH programs are (empty: not installed).
struct SshPrograms
{
    QString ssh;
    QString keygen;
    QString keyscan;
    /// Looks them up with findProgram.
    static SshPrograms find();
};

/// A host key as ssh-keyscan reports it, for the user to accept.
struct HostKey
{
    QString knownHostsLine; ///< "NAME TYPE BASE64", ready for known_hosts
    QString type;           ///< "ssh-ed25519", "ecdsa-sha2-nistp256", ...
    QString fingerprint;    ///< "SHA256:…", as ssh-keygen -l shows it
};

/// What ssh itself resolves for an endpoint (`ssh -G`): the user's ~/.ssh/config
/// applied (aliases, HostName, Port, HostKeyAlias, known_hosts files, proxies).
struct ResolvedSshHost
{
    QString hostName;
    int port = 22;
    QString hostKeyAlias;
    QStringList knownHostsFiles; ///< user files first, then the global ones; `~` expanded
    bool viaProxy = false;       ///< ProxyCommand or ProxyJump: no direct TCP connection
    /// The name known_hosts files the host under: the alias, or "host" / "[host]:port".
    QString knownHostsName() const;
};

/// The result of a command run on a host.
struct RemoteResult
{
    HostStatus status = HostStatus::Error;
    QString error;         ///< what went wrong, for a person; empty when ok
    ProcessResult process; ///< the ssh run (its commandLine is what ran)
};

/// Reaches one host with the system OpenSSH client, through runProcess. Every command
/// is an argument vector, single-quoted for the remote shell. Blocking: use it from a
/// worker thread. Never accepts an unknown host key by itself.
///
/// Before ssh runs, `check()` tells the failures apart without reading ssh's
/// messages: the name is resolved by ssh's own config (`ssh -G`), a reserved
/// `.invalid` name is never looked up, a TCP connect tells refused from unreachable,
/// and `ssh-keygen -F` tells whether known_hosts holds a key for the host. After a
/// failed run (exit 255), a key scan compared with known_hosts tells a changed host
/// key from an authentication failure; ssh's messages are read only when neither
/// answers.
class SshTransport
{
public:
    SshTransport(const SshEndpoint &endpoint, const SshOptions &options,
                 const SshPrograms &programs = SshPrograms::find());

    const SshEndpoint &endpoint() const { return m_endpoint; }

    /// Resolves the endpoint with `ssh -G`; false (and `error`) when ssh cannot.
    bool resolve(ResolvedSshHost *resolved, QString *error) const;

    /// The checks before any command: Ok when ssh may be run. `command` receives the
    /// last command that ran, for the detail panel.
    RemoteResult check() const;

    /// Runs `argv` on the host (check() first, unless `checked` or a run of this transport
    /// or a copy of it passed the check already). `request` gives the
    /// time limit, output caps and streaming; its program and arguments are replaced.
    RemoteResult run(const QStringList &argv, ProcessRequest request = {},
                     bool checked = false) const;

    /// The host's keys as it presents them now (ssh-keyscan), with fingerprints.
    QList<HostKey> scanHostKeys(QString *error) const;

    /// Appends `keys` to the first known_hosts file ssh uses for this host (created
    /// 0600 in a 0700 folder when missing). The user has seen the fingerprints.
    bool trustHostKeys(const QList<HostKey> &keys, QString *error) const;

    /// Ends the shared connection (ControlMaster), if any.
    void closeSharedConnection() const;

    /// Whether `hostName` is a reserved `.invalid` name (RFC 2606), never resolved.
    static bool isReservedInvalidName(const QString &hostName);

private:
    RemoteResult classifyFailure(const ProcessResult &process) const;
    /// The "TYPE BASE64" keys known_hosts holds for the host (ssh-keygen -F).
    QStringList knownKeys(const ResolvedSshHost &host, QString *command) const;

    SshEndpoint m_endpoint;
    SshOptions m_options;
    SshPrograms m_programs;
    /// check() passed once for this endpoint (shared by copies): later runs go straight
    /// to ssh.
    std::shared_ptr<std::atomic<bool>> m_checkedOk = std::make_shared<std::atomic<bool>>(false);
};

/// The commands one piece of work runs on a host (a cleanup plan, a samples index):
/// each through `ssh`, stopped by `cancel`, its command line handed to `command` (for a
/// job's log or a detail panel) when set.
struct RemoteCommands
{
    const SshTransport &ssh;
    const std::atomic<bool> *cancel = nullptr;
    std::function<void(const QString &)> command;

    /// Runs `argv` with a time limit of `timeoutMs`; `request` gives the rest (output
    /// caps, streaming).
    RemoteResult run(const QStringList &argv, int timeoutMs, ProcessRequest request = {}) const;
};

} // namespace qm
