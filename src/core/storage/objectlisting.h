#pragma once

// Listing a storage location object by object: a local folder walked here, or an
// rclone remote (S3, MinIO and the rest) through `rclone lsjson` (docs/orphans.md).

#include "core/remote/sshtransport.h"
#include "core/sync/synccommand.h"

#include <QByteArrayView>
#include <QProcessEnvironment>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace qm {

struct FleetAccess;

/// How a listing runs.
struct ObjectListingOptions
{
    QString rcloneProgram;           ///< empty: findProgram("rclone")
    QString rcloneConfig;            ///< an rclone config file instead of the user's; empty: theirs
    QProcessEnvironment environment; ///< rclone's environment; empty: this process's
    const std::atomic<bool> *cancel = nullptr;
    /// How to reach the hosts of the fleet, for a host's folder (HOST:/path); null: such
    /// a location is refused.
    const FleetAccess *fleet = nullptr;
    /// The host's transport to use instead of making one from `fleet` (one already
    /// checked, whose shared connection is up).
    const SshTransport *ssh = nullptr;
};

/// What a listing saw besides the objects.
struct ObjectListingStats
{
    qint64 skippedLinks = 0; ///< symbolic links (never followed, never objects)
    qint64 skippedOther = 0; ///< sockets, devices, other filesystems below the root
    qint64 unreadable = 0;   ///< folders that could not be read (their errors below)
    QStringList errors;      ///< the first few, for a person
};

/// Hands every object under `location` to `object(key, bytes, modifiedMs)` as it is
/// listed, never holding the listing: the key is the path below the location with "/"
/// between folders. A local folder (SyncEndpoint::Kind::Local) is walked without
/// following a symbolic link, without entering another filesystem, and without its
/// quarantine folder; a host's folder (SyncEndpoint::Kind::Host) is listed over ssh with
/// `find -xdev` as host cleanups list (planRemoteCleanup: regular files, no link
/// followed, the quarantine and trash folders left out, times to the second); an rclone
/// remote is read from `rclone lsjson --recursive`. `stats` may be null. False, with `*error` for a
/// person, when the listing failed or was cancelled; a folder that cannot be read inside the
/// location fails it too (a listing with holes would make what is in them look
/// missing).
bool listObjects(
    const SyncEndpoint &location,
    const std::function<void(QByteArrayView key, qint64 bytes, qint64 modifiedMs)> &object,
    const ObjectListingOptions &options, ObjectListingStats *stats, QString *error);

/// The ssh transport to `host` of `fleet`'s config; nothing, with `*error`, when there
/// is no config or it has no such host.
std::optional<SshTransport> hostTransport(const FleetAccess *fleet, const QString &host,
                                          QString *error);

} // namespace qm
