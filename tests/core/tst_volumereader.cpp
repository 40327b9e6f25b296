#include "core/volumes/usagelevel.h"
#include "core/volumes/volumereader.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QTest>

#include <atomic>
#include <cerrno>
#include <memory>
#include <sys/statvfs.h>

using namespace std::chrono_literals;
using qm::FilesystemStat;
using qm::MountEntry;
using qm::Volume;
using qm::VolumeReader;

namespace {

MountEntry mount(const char *path, const char *fsType = "ext4")
{
    MountEntry entry;
    entry.mountPoint = QString::fromUtf8(path);
    entry.device = QStringLiteral("/dev/test");
    entry.fsType = QString::fromUtf8(fsType);
    return entry;
}

FilesystemStat figures(qint64 total, qint64 free, qint64 available)
{
    FilesystemStat stat;
    stat.totalBytes = total;
    stat.freeBytes = free;
    stat.availableBytes = available;
    return stat;
}

const Volume *find(const qm::VolumeList &volumes, const QString &mountPoint)
{
    for (const Volume &volume : volumes) {
        if (volume.mountPoint == mountPoint)
            return &volume;
    }
    return nullptr;
}

} // namespace

class TestVolumeReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figuresMatchStatvfs();
    void rootComesFirst();
    void figuresFollowDf_data();
    void figuresFollowDf();
    void usageLevels_data();
    void usageLevels();
    void deadMountDoesNotStallTheOthers();
    void statErrorsAreToldApart_data();
    void statErrorsAreToldApart();
    void mountTableErrorIsReported();
    void rootIsListedEvenOutsideTheMountTable();
};

void TestVolumeReader::figuresMatchStatvfs()
{
    VolumeReader reader;
    QString error;
    const qm::VolumeList volumes = reader.read(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!volumes.isEmpty());

    int compared = 0;
    for (const Volume &volume : volumes) {
        if (volume.system || volume.state != Volume::State::Ok)
            continue;
        struct statvfs vfs = {};
        QVERIFY(::statvfs(QFile::encodeName(volume.mountPoint).constData(), &vfs) == 0);
        const auto fragment = qint64(vfs.f_frsize ? vfs.f_frsize : vfs.f_bsize);
        QCOMPARE(volume.totalBytes, qint64(vfs.f_blocks) * fragment);
        // Other processes write while the test runs: allow 64 MiB of drift.
        const qint64 tolerance = 64LL * 1024 * 1024;
        QVERIFY(std::abs(volume.availableBytes - qint64(vfs.f_bavail) * fragment) <= tolerance);
        QVERIFY(std::abs(volume.usedBytes - qint64(vfs.f_blocks - vfs.f_bfree) * fragment) <=
                tolerance);
        if (vfs.f_flag & ST_RDONLY)
            QVERIFY(volume.readOnly);
        ++compared;
    }
    QVERIFY(compared > 0);
}

void TestVolumeReader::rootComesFirst()
{
    VolumeReader::Options options;
    options.mountTable = [](QString *) {
        return QList<MountEntry>{mount("/home"), mount("/boot"), mount("/"),
                                 mount("/proc", "proc")};
    };
    options.stat = [](const QString &) { return figures(100, 50, 40); };
    VolumeReader reader(options);
    const qm::VolumeList volumes = reader.read();
    QCOMPARE(volumes.size(), 4);
    QCOMPARE(volumes[0].mountPoint, QStringLiteral("/"));
    QCOMPARE(volumes[1].mountPoint, QStringLiteral("/boot"));
    QCOMPARE(volumes[2].mountPoint, QStringLiteral("/home"));
    QVERIFY(!volumes[0].system);
    QVERIFY(volumes[3].system);
    QVERIFY(!volumes[3].systemReason.isEmpty());
}

void TestVolumeReader::figuresFollowDf_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("free");
    QTest::addColumn<qint64>("available");
    QTest::addColumn<qint64>("used");
    QTest::addColumn<double>("usedPercent");

    // This machine's /: 5 % reserved for root, so used + available < total.
    QTest::newRow("reserved blocks") << qint64(270553174016) << qint64(253066031104)
                                     << qint64(85158465536) << qint64(17487142912) << 17.0364;
    QTest::newRow("empty") << qint64(1000) << qint64(1000) << qint64(1000) << qint64(0) << 0.0;
    QTest::newRow("full to the reserve")
        << qint64(1000) << qint64(50) << qint64(0) << qint64(950) << 100.0;
    QTest::newRow("zero-sized pseudo") << qint64(0) << qint64(0) << qint64(0) << qint64(0) << 0.0;
    QTest::newRow("83 % like the fleet's receiver")
        << qint64(1000) << qint64(170) << qint64(170) << qint64(830) << 83.0;
}

void TestVolumeReader::figuresFollowDf()
{
    QFETCH(qint64, total);
    QFETCH(qint64, free);
    QFETCH(qint64, available);
    QFETCH(qint64, used);
    QFETCH(double, usedPercent);

    Volume volume;
    qm::applyStat(volume, figures(total, free, available));
    QCOMPARE(volume.state, Volume::State::Ok);
    QCOMPARE(volume.totalBytes, total);
    QCOMPARE(volume.usedBytes, used);
    QCOMPARE(volume.availableBytes, available);
    QVERIFY2(std::abs(volume.usedPercent() - usedPercent) < 0.001,
             qPrintable(QString::number(volume.usedPercent())));
    QVERIFY(std::abs(volume.freePercent() - (100.0 - usedPercent)) < 0.001);
}

void TestVolumeReader::usageLevels_data()
{
    QTest::addColumn<double>("usedPercent");
    QTest::addColumn<int>("level");

    QTest::newRow("79 % used: normal") << 79.0 << int(qm::UsageLevel::Normal);
    QTest::newRow("80 % used: free 20 % is not below 20") << 80.0 << int(qm::UsageLevel::Normal);
    QTest::newRow("81 % used: warning") << 81.0 << int(qm::UsageLevel::Warning);
    QTest::newRow("90 % used: free 10 % is warning") << 90.0 << int(qm::UsageLevel::Warning);
    QTest::newRow("91 % used: critical") << 91.0 << int(qm::UsageLevel::Critical);
    QTest::newRow("no figures") << -1.0 << int(qm::UsageLevel::Unknown);
}

void TestVolumeReader::usageLevels()
{
    QFETCH(double, usedPercent);
    QFETCH(int, level);

    Volume volume;
    if (usedPercent < 0) {
        volume.state = Volume::State::NotResponding;
    } else {
        volume.totalBytes = 1000;
        volume.usedBytes = qint64(usedPercent * 10);
        volume.availableBytes = 1000 - volume.usedBytes;
    }
    QCOMPARE(int(qm::usageLevel(volume, qm::UsageThresholds{})), level);
}

void TestVolumeReader::deadMountDoesNotStallTheOthers()
{
    auto release = std::make_shared<QSemaphore>();
    auto deadCalls = std::make_shared<std::atomic<int>>(0);
    VolumeReader::Options options;
    options.statTimeout = 300ms;
    options.mountTable = [](QString *) {
        return QList<MountEntry>{mount("/"), mount("/mnt/dead", "nfs4"), mount("/mnt/ok")};
    };
    options.stat = [release, deadCalls](const QString &path) {
        if (path == QLatin1String("/mnt/dead")) {
            ++*deadCalls;
            release->acquire(); // hangs like statvfs on a dead NFS server
            release->release();
        }
        return figures(1000, 600, 500);
    };
    VolumeReader reader(options);

    QElapsedTimer timer;
    timer.start();
    qm::VolumeList volumes = reader.read();
    QVERIFY2(timer.elapsed() < 2000, "the read must return at the timeout");
    QCOMPARE(volumes.size(), 3);
    QCOMPARE(find(volumes, QStringLiteral("/mnt/dead"))->state, Volume::State::NotResponding);
    QVERIFY(!find(volumes, QStringLiteral("/mnt/dead"))->errorString.isEmpty());
    QVERIFY(find(volumes, QStringLiteral("/mnt/dead"))->usedPercent() < 0);
    QCOMPARE(find(volumes, QStringLiteral("/"))->state, Volume::State::Ok);
    QCOMPARE(find(volumes, QStringLiteral("/mnt/ok"))->totalBytes, 1000);

    // A second read waits on the same stuck stat instead of starting another thread.
    volumes = reader.read();
    QCOMPARE(find(volumes, QStringLiteral("/mnt/dead"))->state, Volume::State::NotResponding);
    QCOMPARE(deadCalls->load(), 1);

    // The server comes back: the stuck stat finishes, the next read starts afresh.
    release->release();
    QTRY_VERIFY_WITH_TIMEOUT(reader.read().at(1).state == Volume::State::Ok, 5000);
    QVERIFY(deadCalls->load() >= 2);
}

void TestVolumeReader::statErrorsAreToldApart_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("state");

    QTest::newRow("EACCES") << EACCES << int(Volume::State::AccessDenied);
    QTest::newRow("EPERM (macOS privacy controls)") << EPERM << int(Volume::State::AccessDenied);
    QTest::newRow("EIO") << EIO << int(Volume::State::Error);
    QTest::newRow("ENOENT") << ENOENT << int(Volume::State::Error);
}

void TestVolumeReader::statErrorsAreToldApart()
{
    QFETCH(int, error);
    QFETCH(int, state);

    VolumeReader::Options options;
    options.mountTable = [](QString *) { return QList<MountEntry>{mount("/")}; };
    options.stat = [error](const QString &) {
        FilesystemStat stat;
        stat.error = error;
        return stat;
    };
    VolumeReader reader(options);
    const qm::VolumeList volumes = reader.read();
    QCOMPARE(volumes.size(), 1);
    QCOMPARE(int(volumes[0].state), state);
    QVERIFY(!volumes[0].errorString.isEmpty());
    QCOMPARE(volumes[0].totalBytes, -1);
    QVERIFY(!volumes[0].hasFigures());
}

void TestVolumeReader::mountTableErrorIsReported()
{
    VolumeReader::Options options;
    options.mountTable = [](QString *error) {
        *error = QStringLiteral("Cannot read the mount table: gone");
        return QList<MountEntry>{};
    };
    VolumeReader reader(options);
    QString error;
    QVERIFY(reader.read(&error).isEmpty());
    QCOMPARE(error, QStringLiteral("Cannot read the mount table: gone"));
}

void TestVolumeReader::rootIsListedEvenOutsideTheMountTable()
{
    // Inside a chroot, /proc/self/mountinfo leaves out the mount holding the new root.
    VolumeReader::Options options;
    options.mountTable = [](QString *) {
        return QList<MountEntry>{mount("/proc", "proc"), mount("/srv/data")};
    };
    options.stat = [](const QString &) { return figures(100, 50, 40); };
    VolumeReader reader(options);
    const qm::VolumeList volumes = reader.read();
    QCOMPARE(volumes.size(), 3);
    QCOMPARE(volumes[0].mountPoint, QStringLiteral("/"));
    QCOMPARE(volumes[0].totalBytes, 100);
    QVERIFY(!volumes[0].system);
}

QTEST_GUILESS_MAIN(TestVolumeReader)
#include "tst_volumereader.moc"
