// How hosts are reached: FleetAccess from a config (endpoints, rsync paths, bandwidth,
// programs) and the probe source picked for each kind of host. Nothing is contacted.

#include "core/config/configcheck.h"
#include "core/hosts/hostprober.h"
#include "core/hosts/probesource.h"
#include "core/remote/fleetaccess.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

namespace {

// Only `.invalid` names: nothing here may be looked up.
const QByteArray kFleet = "auto_sync:\n"
                          "  bandwidth_limit_mbps: 40\n"
                          "  host_bandwidth_overrides:\n"
                          "    'slow-*': 5\n"
                          "hosts:\n"
                          "  coord-1:\n"
                          "    ssh_host: coord-1.example.invalid\n"
                          "    ssh_port: 2222\n"
                          "    ssh_user: ubuntu\n"
                          "    ssh_key: ~/.ssh/id_fleet\n"
                          "    rsync_path: /opt/bin/rsync\n"
                          "  slow-1:\n"
                          "    ssh_user: admin\n";

} // namespace

class TestFleetAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostsOfTheConfig();
    void withoutConfig();
    void programs();
    void probeSources();
};

void TestFleetAccess::hostsOfTheConfig()
{
    const qm::CheckedFile checked = qm::checkConfigText(QStringLiteral("hosts.yaml"), kFleet);
    QVERIFY(checked.config);
    const qm::FleetAccess access = qm::FleetAccess::withPrograms(checked.config, {});

    const std::optional<qm::HostAccess> coord = access.host(QStringLiteral("coord-1"));
    QVERIFY(coord);
    QCOMPARE(coord->name, QStringLiteral("coord-1"));
    QCOMPARE(coord->ssh.host, QStringLiteral("coord-1.example.invalid"));
    QCOMPARE(coord->ssh.port, 2222);
    QCOMPARE(coord->ssh.user, QStringLiteral("ubuntu"));
    QCOMPARE(coord->ssh.key, QDir::homePath() + QStringLiteral("/.ssh/id_fleet"));
    QCOMPARE(coord->rsyncPath, QStringLiteral("/opt/bin/rsync"));

    // No ssh_host: ssh is given the config's name for it.
    const std::optional<qm::HostAccess> slow = access.host(QStringLiteral("slow-1"));
    QVERIFY(slow);
    QCOMPARE(slow->ssh.host, QStringLiteral("slow-1"));
    QCOMPARE(slow->ssh.port, 22);
    QVERIFY(slow->rsyncPath.isEmpty());

    QVERIFY(!access.host(QStringLiteral("nowhere")));
    QCOMPARE(access.bandwidthLimitFor(QStringLiteral("coord-1")).value_or(-1), 40.0);
    QCOMPARE(access.bandwidthLimitFor(QStringLiteral("slow-1")).value_or(-1), 5.0);
    QCOMPARE(access.transport(*coord).endpoint().host, coord->ssh.host);
}

void TestFleetAccess::withoutConfig()
{
    const qm::FleetAccess access;
    QVERIFY(!access.config);
    QVERIFY(!access.host(QStringLiteral("coord-1")));
    QVERIFY(!access.bandwidthLimitFor(QStringLiteral("coord-1")));
}

void TestFleetAccess::programs()
{
    // Not found: the bare name, run from PATH; found: an absolute path.
    const qm::FleetAccess bare;
    QCOMPARE(bare.programs.rsync, QStringLiteral("rsync"));
    QCOMPARE(bare.programs.ssh, QStringLiteral("ssh"));
    QCOMPARE(bare.programs.rclone, QStringLiteral("rclone"));
    const qm::FleetAccess found = qm::FleetAccess::withPrograms(nullptr, {});
    for (const QString &program : {found.programs.rsync, found.programs.ssh, found.programs.rclone})
        QVERIFY2(program == QFileInfo(program).fileName() || QFileInfo(program).isAbsolute(),
                 qPrintable(program));
    QCOMPARE(found.programs.ssh == QStringLiteral("ssh"),
             qm::findProgram(QStringLiteral("ssh")).isEmpty());
}

void TestFleetAccess::probeSources()
{
    qm::ProbeHost local;
    local.name = QStringLiteral("here");
    local.local = true;
    qm::ProbeHost ssh;
    ssh.name = QStringLiteral("gpu-1");
    ssh.hasSsh = true;
    ssh.ssh.host = QStringLiteral("gpu-1.example.invalid");
    qm::ProbeHost both = ssh;
    both.nodeExporterUrl = QStringLiteral("http://gpu-1.example.invalid:9100/metrics");
    qm::ProbeHost exporter;
    exporter.name = QStringLiteral("metrics-1");
    exporter.nodeExporterUrl = both.nodeExporterUrl;
    qm::ProbeHost neither;
    neither.name = QStringLiteral("bare-1");

    QVERIFY(dynamic_cast<const qm::LocalProbeSource *>(qm::probeSourceFor(local)));
    QVERIFY(dynamic_cast<const qm::SshProbeSource *>(qm::probeSourceFor(ssh)));
    QVERIFY(dynamic_cast<const qm::SshProbeSource *>(qm::probeSourceFor(both)));
    QVERIFY(dynamic_cast<const qm::NodeExporterProbeSource *>(qm::probeSourceFor(exporter)));
    QVERIFY(!qm::probeSourceFor(neither));
    // The transport a probe records is its source's.
    QCOMPARE(local.transport(), QStringLiteral("local"));
    QCOMPARE(both.transport(), QStringLiteral("ssh"));
    QCOMPARE(exporter.transport(), QStringLiteral("node_exporter"));
    QCOMPARE(neither.transport(), QStringLiteral("ssh"));
    QCOMPARE(qm::NodeExporterProbeSource::scrapeCommand(exporter),
             QStringLiteral("GET http://gpu-1.example.invalid:9100/metrics"));

    // Nothing can probe a host with neither: an error saying so, nothing run.
    const qm::HostProbe probe = qm::probeHost(neither, qm::ProbeOptions());
    QCOMPARE(probe.status, qm::HostStatus::Error);
    QVERIFY2(probe.error.contains(QStringLiteral("neither ssh_host nor node_exporter_url")),
             qPrintable(probe.error));
    QVERIFY(probe.command.isEmpty());

    // A node_exporter at a `.invalid` name fails as a scrape fails, without a lookup.
    const qm::HostProbe scraped = qm::probeHost(exporter, qm::ProbeOptions());
    QVERIFY(scraped.status != qm::HostStatus::Ok);
    QCOMPARE(scraped.transport, QStringLiteral("node_exporter"));
    QCOMPARE(scraped.command, QStringLiteral("GET http://gpu-1.example.invalid:9100/metrics"));
    QVERIFY(scraped.volumes.isEmpty());
}

QTEST_GUILESS_MAIN(TestFleetAccess)
#include "tst_fleetaccess.moc"
