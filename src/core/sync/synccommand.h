#pragma once

#include "core/remote/fleetaccess.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace qm {

/// One end of a sync, as a person writes it: "/path" (this machine), "HOST:/path" (HOST
/// a key under `hosts:` of the config) or "rclone:REMOTE:path" (a remote of the user's
/// rclone config: S3 and others).
struct SyncEndpoint
{
    enum class Kind { Local, Host, Rclone };
    Kind kind = Kind::Local;
    QString host;   ///< Host: the config's name for it
    QString remote; ///< Rclone: the remote's name
    QString path;   ///< Local and Host: absolute ('~' expanded for Local); Rclone: as given
    QString text;   ///< as written

    /// Nothing, with `error` saying why, for a relative path, an empty host or remote,
    /// or a name that could be taken for an option.
    static std::optional<SyncEndpoint> parse(const QString &text, QString *error);
};

/// What to sync and how.
struct SyncRequest
{
    SyncEndpoint source;
    SyncEndpoint destination;
    /// Remove at the destination what the source no longer has (rsync --delete, rclone
    /// sync instead of copy). Always with a cap.
    bool deleteExtraneous = false;
    qint64 maxDelete = 0; ///< the cap on removals when deleting
    /// Megabytes (10^6 bytes) per second, as the fleet's daemons read
    /// `bandwidth_limit_mbps`; nothing: no limit.
    std::optional<double> bandwidthMegabytesPerSecond;
    /// Between two hosts: run rsync on the source and push, instead of running it on
    /// the destination and pulling (the default: cloud nodes rarely hold keys to the
    /// storage hub, the hub holds keys to them).
    bool pushFromSource = false;
    /// A deleting sync into a protected folder (protectedRootReason: `/`, a home
    /// folder, a system folder, a mount point's root) is refused unless this names that
    /// destination folder (`--allow-protected-root`); empty: none is allowed.
    QString allowProtectedRoot;
    /// rsync only: options added after the standard ones (the replication measurement's
    /// listing format). Not part of a job's parameters.
    QStringList extraRsyncOptions;
};

/// A sync engine's command line, ready for runProcess.
struct SyncCommand
{
    QString program; ///< rsync, rclone, or ssh (which runs rsync on a host)
    QStringList arguments;
    QString runsOn; ///< the host rsync runs on; empty: this machine
    bool rclone = false;
};

/// The rsync or rclone command for `request`: a dry run (`dryRun`: itemized, with
/// statistics, changing nothing) or the real one (`--partial`, `--info=progress2`).
/// `hostFor` gives the hosts the endpoints name (nullptr: unknown); `rsync` and `ssh`
/// are the local programs' paths. Nothing, with `error` set, for a combination that
/// cannot be run (an unknown host, rclone with a host endpoint).
std::optional<SyncCommand>
buildSyncCommand(const SyncRequest &request, bool dryRun,
                 const std::function<const HostAccess *(const QString &)> &hostFor,
                 const SshOptions &sshOptions, const QString &rsync, const QString &ssh,
                 const QString &rclone, QString *error);

/// `argument` as one word for rsync's own splitting of its `-e` command (which knows
/// single and double quotes, but no backslashes).
QString rsyncShellWord(const QString &argument);

} // namespace qm
