#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace qm {

/// One line of the system's mount table: what is mounted where. No figures; reading
/// the mount table never touches the mounted filesystems, so it cannot hang on a dead
/// network mount (statvfs can, see VolumeReader).
struct MountEntry
{
    QString mountPoint;
    QString device;
    QString fsType;
    bool readOnly = false;
    /// The mount shows a sub-tree of its filesystem (a bind mount, Linux only).
    bool bindMount = false;

    friend bool operator==(const MountEntry &, const MountEntry &) = default;
};

/// Parses Linux `/proc/self/mountinfo` (proc(5)). Octal escapes (`\040` for a space)
/// are decoded; malformed lines are skipped. When a mount point appears more than
/// once (stacked mounts), only the last, visible one is kept, at the position of the
/// first.
QList<MountEntry> parseLinuxMountInfo(QByteArrayView text);

/// Reads this machine's mount table: `/proc/self/mountinfo` on Linux, getmntinfo(3)
/// on macOS and the BSDs. On failure returns an empty list and sets `*error` to a
/// message a person can act on.
QList<MountEntry> readMountTable(QString *error);

} // namespace qm
