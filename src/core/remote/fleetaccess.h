#pragma once

#include "core/config/fleetconfig.h"
#include "core/remote/sshcommand.h"
#include "core/remote/sshtransport.h"

#include <QString>

#include <memory>
#include <optional>

namespace qm {

/// How to reach one host of the fleet config: its ssh endpoint and the rsync it runs.
struct HostAccess
{
    QString name; ///< the config's name for it
    SshEndpoint ssh;
    QString rsyncPath; ///< rsync on that host; empty: `rsync` on its PATH
};

/// The programs of this machine that reach other hosts.
struct RemotePrograms
{
    /// rsync, ssh (rsync's remote shell, and what runs rsync on a host) and rclone: an
    /// absolute path, or a bare name run from PATH.
    QString rsync = QStringLiteral("rsync");
    QString ssh = QStringLiteral("ssh");
    QString rclone = QStringLiteral("rclone");
    /// The OpenSSH client and its helpers as SshTransport runs them (found when made;
    /// empty: not installed).
    SshPrograms openSsh = SshPrograms::find();

    /// With rsync, ssh and rclone found on this machine (findProgram); a program found
    /// nowhere keeps its bare name.
    static RemotePrograms find();
};

/// How to reach each host of the fleet: the config (its hosts' ssh endpoints, rsync
/// paths and bandwidth limits), the options of every ssh run (ssh config file,
/// known_hosts, connection sharing) and the local programs. What every piece of work on
/// other hosts takes — syncs, cleanups, samples, replication measurements, jobs — so
/// that each reaches a host the same way.
struct FleetAccess
{
    std::shared_ptr<const FleetConfig> config; ///< may be null: this machine and rclone only
    SshOptions ssh;
    RemotePrograms programs;

    /// The host `name` of the config as ssh reaches it (`ssh_host`, else the name;
    /// `ssh_port`, `ssh_user`, `ssh_key` with `~` expanded; `rsync_path`); nothing when
    /// the config does not have it (or there is no config).
    std::optional<HostAccess> host(const QString &name) const;

    /// The config's bandwidth limit for work with `host`, in megabytes per second
    /// (FleetConfig::bandwidthLimitFor); nothing: no limit, or no config.
    std::optional<double> bandwidthLimitFor(const QString &host) const;

    /// The ssh transport to `host` with these options and programs.
    SshTransport transport(const HostAccess &host) const;

    /// `config` and `ssh` with the programs found on this machine (RemotePrograms::find).
    static FleetAccess withPrograms(std::shared_ptr<const FleetConfig> config,
                                    const SshOptions &ssh);
};

} // namespace qm
