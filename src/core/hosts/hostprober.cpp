#include "hostprober.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QThreadPool>
#include <QUrl>
#include <QtConcurrent/QtConcurrentMap>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::HostProber)
};

} // namespace

HostProbe probeHost(const ProbeHost &host, const ProbeOptions &options)
{
    HostProbe probe;
    probe.name = host.name;
    probe.transport = host.transport();
    probe.probedAt = QDateTime::currentDateTimeUtc();
    QElapsedTimer clock;
    clock.start();
    probe.status = HostStatus::Ok;
    if (const ProbeSource *source = probeSourceFor(host)) {
        source->probe(host, options, probe);
    } else {
        probe.status = HostStatus::Error;
        probe.error = Text::tr("%1 has neither ssh_host nor node_exporter_url: nothing to "
                               "probe it with")
                          .arg(host.name);
    }
    probe.elapsedMs = clock.elapsed();
    return probe;
}

bool probeFailureIsFinal(const ProbeHost &host, const HostProbe &probe)
{
    switch (probe.status) {
    case HostStatus::Ok:
        return false;
    case HostStatus::AuthFailed:
    case HostStatus::HostKeyUnknown:
    case HostStatus::HostKeyMismatch:
        return true;
    default:
        break;
    }
    if (host.local)
        return false;
    const bool sshInvalid = !host.hasSsh || SshTransport::isReservedInvalidName(host.ssh.host);
    const bool exporterInvalid =
        host.nodeExporterUrl.isEmpty() ||
        SshTransport::isReservedInvalidName(QUrl(host.nodeExporterUrl).host());
    // Nothing to probe it with at all is final too (the config must change first).
    return sshInvalid && exporterInvalid;
}

QList<HostProbe> probeHostsNow(const QList<ProbeHost> &hosts, const ProbeOptions &options,
                               int parallel)
{
    QThreadPool pool;
    pool.setMaxThreadCount(qBound(1, parallel, 64));
    return QtConcurrent::blockingMapped<QList<HostProbe>>(
        &pool, hosts, [&options](const ProbeHost &host) { return probeHost(host, options); });
}

std::unique_ptr<QTemporaryDir> makeSshControlDirectory()
{
    // Socket paths are limited to about 100 bytes; macOS's per-user temp folder is
    // long, so the sockets live in /tmp (QTemporaryDir makes the folder 0700).
    auto dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/qm-ssh-XXXXXX"));
    if (!dir->isValid())
        dir = std::make_unique<QTemporaryDir>();
    return dir;
}

void closeSharedConnections(const QList<ProbeHost> &hosts, const ProbeOptions &options)
{
    const QString control = options.ssh.controlDirectory;
    if (control.isEmpty() || QDir(control).isEmpty(QDir::AllEntries | QDir::System | QDir::Hidden |
                                                   QDir::NoDotAndDotDot))
        return;
    for (const ProbeHost &host : hosts) {
        if (host.hasSsh && !host.local)
            SshTransport(host.ssh, options.ssh, options.programs).closeSharedConnection();
    }
}

} // namespace qm
