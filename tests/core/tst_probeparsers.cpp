// Parsers of what hosts print: `df -P` from GNU, BSD and macOS, and node_exporter's
// Prometheus text. Host output is untrusted: garbage is reported, never fatal.

#include "core/probes/dfoutput.h"
#include "core/probes/prometheustext.h"

#include <QProcess>
#include <QTest>

#include <cmath>

class TestProbeParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dfRows_data();
    void dfRows();
    void dfGarbage();
    void dfOfThisMachine();
    void prometheusSamples();
    void prometheusGarbage();
    void nodeExporterFilesystems();
};

void TestProbeParsers::dfRows_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("device");
    QTest::addColumn<QString>("mountPoint");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("used");
    QTest::addColumn<qint64>("available");

    const QByteArray gnu = "Filesystem     1024-blocks      Used Available Capacity Mounted on\n"
                           "/dev/nvme0n1p2   479079112 401234560  53447780      89% /\n"
                           "tmpfs             16318828         0  16318828       0% /dev/shm\n";
    QTest::newRow("GNU root") << gnu << 0 << "/dev/nvme0n1p2"
                              << "/" << 479079112LL * 1024 << 401234560LL * 1024
                              << 53447780LL * 1024;
    const QByteArray mac =
        "Filesystem     1024-blocks       Used  Available Capacity  Mounted on\r\n"
        "/dev/disk3s1s1   971350180   10232280  421339292     3%    /\r\n"
        "map auto_home            0          0          0   100%    /System/Volumes/Data/home\r\n"
        "/dev/disk5s1    3906899968 2897463620 1009436348    75%    /Volumes/RingRift Data\r\n";
    QTest::newRow("macOS mount point with a space")
        << mac << 2 << "/dev/disk5s1"
        << "/Volumes/RingRift Data" << 3906899968LL * 1024 << 2897463620LL * 1024
        << 1009436348LL * 1024;
    QTest::newRow("macOS filesystem with a space")
        << mac << 1 << "map auto_home"
        << "/System/Volumes/Data/home" << 0LL << 0LL << 0LL;
    const QByteArray bsd = "Filesystem  512-blocks    Used   Avail Capacity  Mounted on\n"
                           "/dev/ada0p2   40583256 9012344 28324248    24%    /\n";
    QTest::newRow("BSD 512-byte blocks")
        << bsd << 0 << "/dev/ada0p2"
        << "/" << 40583256LL * 512 << 9012344LL * 512 << 28324248LL * 512;
    QTest::newRow("GNU without -P counts 1K blocks")
        << QByteArray("Filesystem 1K-blocks Used Available Use% Mounted on\n"
                      "/dev/sda1 100 40 60 40% /data  with  spaces\n")
        << 0 << "/dev/sda1"
        << "/data  with  spaces" << 102400LL << 40960LL << 61440LL;
}

void TestProbeParsers::dfRows()
{
    QFETCH(QByteArray, output);
    QFETCH(int, row);
    QFETCH(QString, device);
    QFETCH(QString, mountPoint);
    QFETCH(qint64, total);
    QFETCH(qint64, used);
    QFETCH(qint64, available);
    const qm::DfOutput parsed = qm::parseDfOutput(output);
    QVERIFY2(parsed.badLines.isEmpty(), qPrintable(parsed.badLines.join(u'\n')));
    QVERIFY(row < parsed.volumes.size());
    const qm::Volume &volume = parsed.volumes[row];
    QCOMPARE(volume.device, device);
    QCOMPARE(volume.mountPoint, mountPoint);
    QCOMPARE(volume.totalBytes, total);
    QCOMPARE(volume.usedBytes, used);
    QCOMPARE(volume.availableBytes, available);
    QCOMPARE(volume.state, qm::Volume::State::Ok);
}

void TestProbeParsers::dfGarbage()
{
    const qm::DfOutput parsed =
        qm::parseDfOutput("Filesystem 1024-blocks Used Available Capacity Mounted on\n"
                          "df: /mnt/gone: Stale file handle\n"
                          "\x01\x02 garbage \xff\xfe\n"
                          "/dev/x 99999999999999999999 1 1 1% /huge\n"
                          "/dev/y 9223372036854775807 1 1 1% /overflows-in-bytes\n"
                          "nfs:/export - - - - /mnt/nfs\n"
                          "/dev/ok 10 5 5 50% /ok\n");
    QCOMPARE(parsed.badLines.size(), 4);
    QVERIFY(parsed.badLines[0].startsWith(QLatin1String("line 2:")));
    QCOMPARE(parsed.volumes.size(), 2);
    QCOMPARE(parsed.volumes[0].mountPoint, QStringLiteral("/mnt/nfs"));
    QCOMPARE(parsed.volumes[0].state, qm::Volume::State::Error);
    QCOMPARE(parsed.volumes[0].totalBytes, -1);
    QCOMPARE(parsed.volumes[1].usedBytes, 5 * 1024);
    QVERIFY(qm::parseDfOutput(QByteArray()).volumes.isEmpty());
    QVERIFY(qm::parseDfOutput(QByteArray(qm::kMaxDfOutputBytes + 10, 'x')).truncated);
}

void TestProbeParsers::dfOfThisMachine()
{
    // The real df of this machine: every row read, figures in bytes as df -B1 gives.
    QProcess df;
    df.start(QStringLiteral("df"), {QStringLiteral("-Pk")});
    QVERIFY(df.waitForFinished(30000));
    const QByteArray output = df.readAllStandardOutput();
    const qm::DfOutput parsed = qm::parseDfOutput(output);
    QVERIFY2(parsed.badLines.isEmpty(), qPrintable(parsed.badLines.join(u'\n')));
    QCOMPARE(parsed.volumes.size(), output.trimmed().count('\n')); // all rows but the header
    bool root = false;
    for (const qm::Volume &volume : parsed.volumes)
        root = root || volume.mountPoint == u"/";
    QVERIFY(root);
}

void TestProbeParsers::prometheusSamples()
{
    const QByteArray text =
        "# HELP node_filesystem_avail_bytes Filesystem space available to non-root users.\n"
        "# TYPE node_filesystem_avail_bytes gauge\n"
        "node_filesystem_avail_bytes{device=\"/dev/sda1\",fstype=\"ext4\",mountpoint=\"/\"} "
        "1.2345e+10\n"
        "  node_load1 0.5 1700000000000\r\n"
        "weird{path=\"a \\\"quoted\\\" \\\\ back\\nslash\",} NaN\n"
        "up +Inf\n"
        "down -Inf\n";
    const qm::PrometheusText parsed = qm::parsePrometheusText(text);
    QCOMPARE(parsed.badLines, 0);
    QCOMPARE(parsed.samples.size(), 5);
    QCOMPARE(parsed.samples[0].name, QStringLiteral("node_filesystem_avail_bytes"));
    QCOMPARE(parsed.samples[0].label(u"mountpoint"), QStringLiteral("/"));
    QCOMPARE(parsed.samples[0].value, 1.2345e10);
    QCOMPARE(parsed.samples[1].value, 0.5);
    QCOMPARE(parsed.samples[2].label(u"path"), QStringLiteral("a \"quoted\" \\ back\nslash"));
    QVERIFY(std::isnan(parsed.samples[2].value));
    QVERIFY(std::isinf(parsed.samples[3].value) && parsed.samples[3].value > 0);
    QVERIFY(std::isinf(parsed.samples[4].value) && parsed.samples[4].value < 0);

    // Keeping only the filesystem series.
    const qm::PrometheusText kept = qm::parsePrometheusText(text, qm::isNodeFilesystemMetric);
    QCOMPARE(kept.samples.size(), 1);
}

void TestProbeParsers::prometheusGarbage()
{
    const qm::PrometheusText parsed = qm::parsePrometheusText("<html>404 not found</html>\n"
                                                              "metric{label=\"unterminated} 1\n"
                                                              "metric{=\"x\"} 1\n"
                                                              "metric 1 2 3\n"
                                                              "metric notanumber\n"
                                                              "metric{a=\"1\" b=\"2\"} 1\n"
                                                              "good 1\n");
    QCOMPARE(parsed.badLines, 6);
    QVERIFY2(parsed.firstError.startsWith(QLatin1String("line 1:")), qPrintable(parsed.firstError));
    QCOMPARE(parsed.samples.size(), 1);
    QCOMPARE(parsed.samples[0].name, QStringLiteral("good"));
}

void TestProbeParsers::nodeExporterFilesystems()
{
    const QByteArray text =
        "node_filesystem_size_bytes{device=\"/dev/sda1\",fstype=\"ext4\",mountpoint=\"/\"} 1000\n"
        "node_filesystem_free_bytes{device=\"/dev/sda1\",fstype=\"ext4\",mountpoint=\"/\"} 300\n"
        "node_filesystem_avail_bytes{device=\"/dev/sda1\",fstype=\"ext4\",mountpoint=\"/\"} 250\n"
        "node_filesystem_readonly{device=\"/dev/sda1\",fstype=\"ext4\",mountpoint=\"/\"} 0\n"
        "node_filesystem_size_bytes{device=\"/dev/sdb1\",fstype=\"apfs\","
        "mountpoint=\"/Volumes/RingRift Data\"} 2000\n"
        "node_filesystem_free_bytes{device=\"/dev/sdb1\",fstype=\"apfs\","
        "mountpoint=\"/Volumes/RingRift Data\"} 500\n"
        "node_filesystem_avail_bytes{device=\"/dev/sdb1\",fstype=\"apfs\","
        "mountpoint=\"/Volumes/RingRift Data\"} 500\n"
        "node_filesystem_readonly{device=\"/dev/sdb1\",fstype=\"apfs\","
        "mountpoint=\"/Volumes/RingRift Data\"} 1\n"
        "node_filesystem_device_error{device=\"nfs\",fstype=\"nfs4\",mountpoint=\"/mnt/nfs\"} 1\n"
        "node_filesystem_size_bytes{device=\"x\",fstype=\"tmpfs\",mountpoint=\"/nan\"} NaN\n";
    const qm::VolumeList volumes =
        qm::nodeExporterVolumes(qm::parsePrometheusText(text, qm::isNodeFilesystemMetric).samples);
    QCOMPARE(volumes.size(), 4);
    QCOMPARE(volumes[0].mountPoint, QStringLiteral("/"));
    QCOMPARE(volumes[0].fsType, QStringLiteral("ext4"));
    QCOMPARE(volumes[0].totalBytes, 1000);
    QCOMPARE(volumes[0].usedBytes, 700);
    QCOMPARE(volumes[0].availableBytes, 250);
    QVERIFY(!volumes[0].readOnly);
    QCOMPARE(volumes[1].mountPoint, QStringLiteral("/Volumes/RingRift Data"));
    QVERIFY(volumes[1].readOnly);
    QCOMPARE(volumes[1].usedBytes, 1500);
    QCOMPARE(volumes[2].state, qm::Volume::State::Error);
    QCOMPARE(volumes[3].state, qm::Volume::State::Error);
    QVERIFY(!volumes[3].hasFigures());
}

QTEST_GUILESS_MAIN(TestProbeParsers)
#include "tst_probeparsers.moc"
