#pragma once

#include "mounttable.h"

#include <QString>

namespace qm {

/// Decides whether a mount is a pseudo or runtime filesystem that the dashboard hides
/// by default: kernel filesystems (proc, sysfs, cgroup, ...), device and runtime
/// tmpfs (under /dev, /run, /sys), snap package images, container layers other than
/// `/`, file bind mounts (a container's /etc/hosts), and macOS system volumes other
/// than the data volume.
///
/// Returns an empty string for a real volume, otherwise a short translated reason
/// ("kernel pseudo-filesystem"). `/` is always a real volume, whatever its type
/// (containers mount it as overlay). `mountPointIsDirectory` is false when the mount
/// point is a file.
QString systemVolumeReason(const MountEntry &entry, bool mountPointIsDirectory = true);

} // namespace qm
