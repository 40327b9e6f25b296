#pragma once

// The folders no cleanup sweeps unless a person names them: `/`, home folders, system
// folders and the roots of mounted filesystems. `qmctl jobs add cleanup / --older-than 0`
// would otherwise plan to move /usr and /etc to the trash. The same rule guards the
// archives that remove originals and the syncs that delete at their destination.

#include <QString>
#include <QStringList>

#include <atomic>

namespace qm {

class SshTransport;

/// Why the folder `path` is protected, for a person ("the root of the filesystem", "a
/// home folder", "a system folder (/etc)", "the root of the filesystem mounted there");
/// empty when it is not. `path` is absolute and clean, its links already resolved.
/// Protected are: `/`; the folders that hold the system or everybody's files, themselves
/// (/home, /Users, /var, /opt, /tmp, /mnt, /media, /Volumes, /Applications, /Library,
/// …); the system's folders and everything in them (/usr, /etc, /bin, /sbin, /lib*,
/// /boot, /dev, /proc, /sys, /run, /System, /private/etc, /var/lib, /var/db); a home
/// folder itself (`home`, /root, and /home/NAME or /Users/NAME); and any of
/// `mountPoints` itself. Compared without regard to case (macOS file systems ignore
/// it). Pure: the caller supplies the home folder and the mount points of the machine
/// `path` is on.
QString protectedRootReason(const QString &path, const QString &home,
                            const QStringList &mountPoints);

/// The refusal for a person: "Refusing to act on ROOT: it is REASON. Name it with
/// --allow-protected-root ROOT to do it all the same." `what` is the folder as the
/// person gave it (with "HOST:" for a host).
QString protectedRootRefusal(const QString &what, const QString &reason);

/// Checks the folder `root` of this machine: its links resolved, this user's home,
/// the mount table. Empty when it may be swept; else the refusal (see
/// protectedRootRefusal). `allowed` is the folder the person named explicitly (the
/// --allow-protected-root option): a protected root that is that very folder (links
/// resolved on both sides) passes. A root that does not exist is not refused here
/// (planning reports it). Blocking (resolves links): call it from a worker.
QString checkLocalRoot(const QString &root, const QString &allowed);

/// The same for the folder `root` of host `host`, asked over `ssh` (one command: the
/// folder with its links resolved, the ssh user's home, and whether another
/// filesystem is mounted there). Empty when it may be swept; the refusal when not;
/// with `*unreachable` set (and a message saying so) when the host did not answer.
QString checkRemoteRoot(const SshTransport &ssh, const QString &host, const QString &root,
                        const QString &allowed, const std::atomic<bool> *cancel, bool *unreachable);

/// Checks a folder of a host without asking it (the checks that need no host: `/`,
/// system folders, /root, /home/NAME, /Users/NAME): for a sync's destination.
QString checkRootByName(const QString &what, const QString &root, const QString &allowed);

} // namespace qm
