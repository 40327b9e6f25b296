#include "core/volumes/mounttable.h"

#include <QTest>

using qm::MountEntry;

class TestMountTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesMountInfo_data();
    void parsesMountInfo();
    void keepsTheVisibleOfStackedMounts();
    void skipsMalformedLines();
    void readsThisMachine();
};

void TestMountTable::parsesMountInfo_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("mountPoint");
    QTest::addColumn<QString>("device");
    QTest::addColumn<QString>("fsType");
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<bool>("bindMount");

    QTest::newRow("root ext4") << QByteArray(
                                      "27 1 254:0 / / rw,relatime - ext4 /dev/vda rw,discard")
                               << QStringLiteral("/") << QStringLiteral("/dev/vda")
                               << QStringLiteral("ext4") << false << false;
    QTest::newRow("optional fields before the separator")
        << QByteArray("36 35 98:0 / /mnt/data rw,noatime shared:1 master:2 - xfs /dev/sdb1 rw")
        << QStringLiteral("/mnt/data") << QStringLiteral("/dev/sdb1") << QStringLiteral("xfs")
        << false << false;
    QTest::newRow("read-only per-mount option")
        << QByteArray("40 27 7:1 / /snap/core/1 ro,nodev,relatime shared:5 - squashfs "
                      "/dev/loop1 ro")
        << QStringLiteral("/snap/core/1") << QStringLiteral("/dev/loop1")
        << QStringLiteral("squashfs") << true << false;
    QTest::newRow("ro only as superblock option is not per-mount read-only")
        << QByteArray("41 27 8:1 / /mnt/x rw,relatime - ext4 /dev/sdc1 ro")
        << QStringLiteral("/mnt/x") << QStringLiteral("/dev/sdc1") << QStringLiteral("ext4")
        << false << false;
    QTest::newRow("space, tab and backslash escapes")
        << QByteArray("50 27 8:2 / /media/My\\040Drive\\011x\\134y rw - exfat /dev/sdd1 rw")
        << QStringLiteral("/media/My Drive\tx\\y") << QStringLiteral("/dev/sdd1")
        << QStringLiteral("exfat") << false << false;
    QTest::newRow("UTF-8 mount point")
        << QByteArray("51 27 8:3 / /Volumes/Daten\xc3\xa4 rw - apfs /dev/disk3s1 rw")
        << QString::fromUtf8("/Volumes/Daten\xc3\xa4") << QStringLiteral("/dev/disk3s1")
        << QStringLiteral("apfs") << false << false;
    QTest::newRow("bind mount of a sub-tree")
        << QByteArray("60 27 254:0 /var/lib/docker/x /etc/hosts rw - ext4 /dev/vda rw")
        << QStringLiteral("/etc/hosts") << QStringLiteral("/dev/vda") << QStringLiteral("ext4")
        << false << true;
    QTest::newRow("network filesystem")
        << QByteArray("70 27 0:55 / /mnt/nas rw,relatime - nfs4 nas.invalid:/export rw")
        << QStringLiteral("/mnt/nas") << QStringLiteral("nas.invalid:/export")
        << QStringLiteral("nfs4") << false << false;
}

void TestMountTable::parsesMountInfo()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, mountPoint);
    QFETCH(QString, device);
    QFETCH(QString, fsType);
    QFETCH(bool, readOnly);
    QFETCH(bool, bindMount);

    const QList<MountEntry> entries = qm::parseLinuxMountInfo(QByteArray(line + '\n'));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].mountPoint, mountPoint);
    QCOMPARE(entries[0].device, device);
    QCOMPARE(entries[0].fsType, fsType);
    QCOMPARE(entries[0].readOnly, readOnly);
    QCOMPARE(entries[0].bindMount, bindMount);
}

void TestMountTable::keepsTheVisibleOfStackedMounts()
{
    // /dev/shm mounted twice: the second hides the first. df shows one /dev/shm.
    const QByteArray text = "24 27 0:6 / /dev rw - devtmpfs devtmpfs rw\n"
                            "25 24 0:23 / /dev/shm rw - tmpfs tmpfs rw,size=100k\n"
                            "27 1 254:0 / / rw - ext4 /dev/vda rw\n"
                            "30 25 0:27 / /dev/shm ro - tmpfs shm2 rw,size=200k\n";
    const QList<MountEntry> entries = qm::parseLinuxMountInfo(text);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries[0].mountPoint, QStringLiteral("/dev"));
    QCOMPARE(entries[1].mountPoint, QStringLiteral("/dev/shm"));
    QCOMPARE(entries[1].device, QStringLiteral("shm2"));
    QVERIFY(entries[1].readOnly);
    QCOMPARE(entries[2].mountPoint, QStringLiteral("/"));
}

void TestMountTable::skipsMalformedLines()
{
    const QByteArray text = "garbage\n"
                            "\n"
                            "1 2 3 4 5 6 7 8 9\n"                         // no separator
                            "1 2 0:1 / /x rw -\n"                         // nothing after it
                            "1 2 0:1 / relative rw - ext4 /dev/sda1 rw\n" // not absolute
                            "27 1 254:0 / / rw - ext4 /dev/vda rw";       // no final newline
    const QList<MountEntry> entries = qm::parseLinuxMountInfo(text);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].mountPoint, QStringLiteral("/"));
    QVERIFY(qm::parseLinuxMountInfo(QByteArrayView()).isEmpty());
}

void TestMountTable::readsThisMachine()
{
    QString error;
    const QList<MountEntry> entries = qm::readMountTable(&error);
    QVERIFY2(!entries.isEmpty(), qPrintable(error));
    const bool absolute = std::all_of(entries.begin(), entries.end(), [](const MountEntry &e) {
        return e.mountPoint.startsWith(QLatin1Char('/')) && !e.fsType.isEmpty();
    });
    QVERIFY(absolute);
}

QTEST_GUILESS_MAIN(TestMountTable)
#include "tst_mounttable.moc"
