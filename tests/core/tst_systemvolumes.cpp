#include "core/volumes/systemvolumes.h"

#include <QTest>

class TestSystemVolumes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifies_data();
    void classifies();
};

void TestSystemVolumes::classifies_data()
{
    QTest::addColumn<QString>("mountPoint");
    QTest::addColumn<QString>("fsType");
    QTest::addColumn<bool>("isDirectory");
    QTest::addColumn<bool>("system");

    QTest::newRow("root ext4") << QStringLiteral("/") << QStringLiteral("ext4") << true << false;
    QTest::newRow("root overlay in a container")
        << QStringLiteral("/") << QStringLiteral("overlay") << true << false;
    QTest::newRow("root even if a file, whatever")
        << QStringLiteral("/") << QStringLiteral("tmpfs") << false << false;
    QTest::newRow("home") << QStringLiteral("/home") << QStringLiteral("ext4") << true << false;
    QTest::newRow("external drive")
        << QStringLiteral("/media/data") << QStringLiteral("exfat") << true << false;
    QTest::newRow("nfs") << QStringLiteral("/mnt/nas") << QStringLiteral("nfs4") << true << false;
    QTest::newRow("tmp on tmpfs is real space")
        << QStringLiteral("/tmp") << QStringLiteral("tmpfs") << true << false;
    QTest::newRow("proc") << QStringLiteral("/proc") << QStringLiteral("proc") << true << true;
    QTest::newRow("sysfs") << QStringLiteral("/sys") << QStringLiteral("sysfs") << true << true;
    QTest::newRow("cgroup") << QStringLiteral("/sys/fs/cgroup/cpu") << QStringLiteral("cgroup")
                            << true << true;
    QTest::newRow("tmpfs under /sys")
        << QStringLiteral("/sys/fs/cgroup") << QStringLiteral("tmpfs") << true << true;
    QTest::newRow("devtmpfs") << QStringLiteral("/dev") << QStringLiteral("devtmpfs") << true
                              << true;
    QTest::newRow("dev shm") << QStringLiteral("/dev/shm") << QStringLiteral("tmpfs") << true
                             << true;
    QTest::newRow("run") << QStringLiteral("/run") << QStringLiteral("tmpfs") << true << true;
    QTest::newRow("run user") << QStringLiteral("/run/user/1000") << QStringLiteral("tmpfs") << true
                              << true;
    QTest::newRow("var run") << QStringLiteral("/var/run") << QStringLiteral("tmpfs") << true
                             << true;
    QTest::newRow("/runner is not /run")
        << QStringLiteral("/runner") << QStringLiteral("tmpfs") << true << false;
    QTest::newRow("snap") << QStringLiteral("/snap/core22/1380") << QStringLiteral("squashfs")
                          << true << true;
    QTest::newRow("squashfs elsewhere")
        << QStringLiteral("/mnt/image") << QStringLiteral("squashfs") << true << false;
    QTest::newRow("docker overlay") << QStringLiteral("/var/lib/docker/overlay2/x/merged")
                                    << QStringLiteral("overlay") << true << true;
    QTest::newRow("file bind mount")
        << QStringLiteral("/etc/hosts") << QStringLiteral("ext4") << false << true;
    QTest::newRow("autofs") << QStringLiteral("/net") << QStringLiteral("autofs") << true << true;
    QTest::newRow("gvfs") << QStringLiteral("/run/user/1000/gvfs")
                          << QStringLiteral("fuse.gvfsd-fuse") << true << true;
    QTest::newRow("macOS data volume")
        << QStringLiteral("/System/Volumes/Data") << QStringLiteral("apfs") << true << false;
    QTest::newRow("macOS VM volume")
        << QStringLiteral("/System/Volumes/VM") << QStringLiteral("apfs") << true << true;
    QTest::newRow("macOS preboot")
        << QStringLiteral("/System/Volumes/Preboot") << QStringLiteral("apfs") << true << true;
    QTest::newRow("macOS devfs") << QStringLiteral("/dev") << QStringLiteral("devfs") << true
                                 << true;
    QTest::newRow("macOS external")
        << QStringLiteral("/Volumes/RingRift-Data") << QStringLiteral("apfs") << true << false;
}

void TestSystemVolumes::classifies()
{
    QFETCH(QString, mountPoint);
    QFETCH(QString, fsType);
    QFETCH(bool, isDirectory);
    QFETCH(bool, system);

    qm::MountEntry entry;
    entry.mountPoint = mountPoint;
    entry.fsType = fsType;
    entry.device = QStringLiteral("dev");
    const QString reason = qm::systemVolumeReason(entry, isDirectory);
    QCOMPARE(!reason.isEmpty(), system);
}

QTEST_GUILESS_MAIN(TestSystemVolumes)
#include "tst_systemvolumes.moc"
