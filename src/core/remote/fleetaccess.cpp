#include "fleetaccess.h"

#include "core/remote/processrunner.h"

namespace qm {

RemotePrograms RemotePrograms::find()
{
    RemotePrograms programs;
    for (auto [program, name] : {std::pair{&programs.rsync, QStringLiteral("rsync")},
                                 std::pair{&programs.ssh, QStringLiteral("ssh")},
                                 std::pair{&programs.rclone, QStringLiteral("rclone")}}) {
        const QString found = findProgram(name);
        *program = found.isEmpty() ? name : found;
    }
    return programs;
}

std::optional<HostAccess> FleetAccess::host(const QString &name) const
{
    const FleetHost *entry = config ? config->host(name) : nullptr;
    if (!entry)
        return std::nullopt;
    HostAccess host;
    host.name = name;
    host.ssh.host = entry->sshHost.isEmpty() ? name : entry->sshHost;
    host.ssh.port = entry->sshPort;
    host.ssh.user = entry->sshUser;
    host.ssh.key = expandHomePath(entry->sshKey);
    host.rsyncPath = entry->rsyncPath;
    return host;
}

std::optional<double> FleetAccess::bandwidthLimitFor(const QString &host) const
{
    return config ? config->bandwidthLimitFor(host) : std::nullopt;
}

SshTransport FleetAccess::transport(const HostAccess &host) const
{
    return SshTransport(host.ssh, ssh, programs.openSsh);
}

FleetAccess FleetAccess::withPrograms(std::shared_ptr<const FleetConfig> config,
                                      const SshOptions &ssh)
{
    FleetAccess access;
    access.config = std::move(config);
    access.ssh = ssh;
    access.programs = RemotePrograms::find();
    return access;
}

} // namespace qm
