#pragma once

#include "core/volumes/volume.h"

#include <QByteArray>
#include <QStringList>

namespace qm {

/// What `df -Pk` printed on a host, read.
struct DfOutput
{
    VolumeList volumes;     ///< one per line understood, in output order (fsType empty)
    QStringList badLines;   ///< "line 7: …" for each line that is not a df row
    bool truncated = false; ///< the output passed kMaxDfOutputBytes and was cut
};

/// Output beyond this is not read: no real host has that many mounts.
inline constexpr qsizetype kMaxDfOutputBytes = 4 * 1024 * 1024;

/// Reads the output of POSIX `df -P` (GNU coreutils, BSD, macOS; `-k` or not: the
/// header's "1024-blocks" / "512-blocks" gives the unit). A row is
/// `FILESYSTEM BLOCKS USED AVAILABLE CAPACITY MOUNTPOINT`; the filesystem and the mount
/// point may both hold spaces (macOS "map auto_home", "/Volumes/RingRift Data"), so a
/// row is read as the first run of three counts and a percentage followed by an
/// absolute path. Host output is untrusted: garbage lines are reported, never fatal;
/// counts that would overflow are refused; CR line endings are accepted.
DfOutput parseDfOutput(const QByteArray &output);

} // namespace qm
