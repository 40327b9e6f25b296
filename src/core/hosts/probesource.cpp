#include "probesource.h"

#include "core/volumes/systemvolumes.h"

namespace qm {

const ProbeSource *probeSourceFor(const ProbeHost &host)
{
    static const LocalProbeSource local;
    static const SshProbeSource ssh;
    static const NodeExporterProbeSource nodeExporter;
    if (host.local)
        return &local;
    if (host.hasSsh)
        return &ssh;
    if (!host.nodeExporterUrl.isEmpty())
        return &nodeExporter;
    return nullptr;
}

void markSystemVolumes(VolumeList &volumes)
{
    for (Volume &volume : volumes) {
        MountEntry entry;
        entry.mountPoint = volume.mountPoint;
        entry.device = volume.device;
        // df -P names pseudo filesystems by their type ("tmpfs", "udev", "overlay").
        entry.fsType = volume.fsType;
        if (entry.fsType.isEmpty() && !volume.device.contains(QLatin1Char('/')))
            entry.fsType =
                volume.device == QLatin1String("udev") ? QStringLiteral("devtmpfs") : volume.device;
        volume.system = !(volume.systemReason = systemVolumeReason(entry)).isEmpty();
    }
}

void noteProbeError(HostProbe &probe, const QString &error, const QString &command)
{
    if (probe.error.isEmpty()) {
        probe.error = error;
        probe.command = command;
    }
}

QString selfExcludingPattern(const QString &pattern)
{
    if (pattern.isEmpty() ||
        !(pattern.at(0).isLetterOrNumber() || pattern.at(0) == QLatin1Char('_')))
        return pattern;
    return QLatin1Char('[') + pattern.at(0) + QLatin1Char(']') + pattern.mid(1);
}

} // namespace qm
