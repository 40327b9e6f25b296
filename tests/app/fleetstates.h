#pragma once

// Hosts and volumes as the Dashboard tests feed them to the cards and the summary.

#include "core/hosts/probehost.h"
#include "core/volumes/volume.h"

#include <QString>

namespace qmtest {

constexpr qint64 kGB = 1000 * 1000 * 1000;

inline qm::ProbeHost named(const QString &name)
{
    qm::ProbeHost host;
    host.name = name;
    return host;
}

/// A volume of `total` bytes with `used` of them used and the rest available.
inline qm::Volume volume(const QString &mount, qint64 total, qint64 used)
{
    qm::Volume v;
    v.mountPoint = mount;
    v.totalBytes = total;
    v.usedBytes = used;
    v.availableBytes = total - used;
    return v;
}

} // namespace qmtest
