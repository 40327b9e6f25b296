#include "core/volumes/volumemonitor.h"
#include "core/volumes/volumereader.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <memory>

using namespace std::chrono_literals;
using qm::VolumeMonitor;
using qm::VolumeReader;

namespace {

/// A reader over one fake mount whose stat counts its calls and can be held back.
struct FakeMachine
{
    std::shared_ptr<std::atomic<int>> reads = std::make_shared<std::atomic<int>>(0);
    std::shared_ptr<QSemaphore> gate = std::make_shared<QSemaphore>(1000);

    std::shared_ptr<VolumeReader> reader() const
    {
        VolumeReader::Options options;
        options.statTimeout = 5s;
        options.mountTable = [](QString *) {
            qm::MountEntry entry;
            entry.mountPoint = QStringLiteral("/");
            entry.device = QStringLiteral("/dev/fake");
            entry.fsType = QStringLiteral("ext4");
            return QList<qm::MountEntry>{entry};
        };
        options.stat = [reads = reads, gate = gate](const QString &) {
            gate->acquire();
            ++*reads;
            qm::FilesystemStat stat;
            stat.totalBytes = 1000 + reads->load();
            stat.freeBytes = stat.availableBytes = 500;
            return stat;
        };
        return std::make_shared<VolumeReader>(options);
    }
};

} // namespace

class TestVolumeMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refreshDeliversOnThisThread();
    void refreshesWhileBusyAreCoalesced();
    void timerRefreshes();
    void destroyedMidRefresh();
};

void TestVolumeMonitor::refreshDeliversOnThisThread()
{
    FakeMachine machine;
    VolumeMonitor monitor(machine.reader());
    QSignalSpy updated(&monitor, &VolumeMonitor::volumesUpdated);
    QThread *receivedOn = nullptr;
    connect(&monitor, &VolumeMonitor::volumesUpdated, this,
            [&] { receivedOn = QThread::currentThread(); });
    monitor.refresh();
    QVERIFY(monitor.isRefreshing());
    QTRY_COMPARE(updated.size(), 1);
    QCOMPARE(receivedOn, QThread::currentThread());
    QVERIFY(!monitor.isRefreshing());
    QCOMPARE(monitor.volumes().size(), 1);
    QCOMPARE(monitor.volumes().first().totalBytes, 1001);
    QVERIFY(updated.first().at(1).toString().isEmpty());
    QVERIFY(monitor.lastRefreshed().isValid());
}

void TestVolumeMonitor::refreshesWhileBusyAreCoalesced()
{
    FakeMachine machine;
    machine.gate->acquire(1000); // hold the first read
    VolumeMonitor monitor(machine.reader());
    QSignalSpy updated(&monitor, &VolumeMonitor::volumesUpdated);
    monitor.refresh();
    monitor.refresh();
    monitor.refresh();
    monitor.refresh();
    machine.gate->release(1000);
    QTRY_COMPARE(updated.size(), 2); // the running one, then exactly one more
    QTest::qWait(200);
    QCOMPARE(updated.size(), 2);
    QCOMPARE(machine.reads->load(), 2);
}

void TestVolumeMonitor::timerRefreshes()
{
    FakeMachine machine;
    VolumeMonitor monitor(machine.reader());
    QSignalSpy updated(&monitor, &VolumeMonitor::volumesUpdated);
    monitor.setInterval(50ms);
    QCOMPARE(monitor.interval(), 50ms);
    QTRY_VERIFY(updated.size() >= 3);
    monitor.setInterval(0ms);
    QCOMPARE(monitor.interval(), 0ms);
}

void TestVolumeMonitor::destroyedMidRefresh()
{
    FakeMachine machine;
    machine.gate->acquire(1000);
    {
        VolumeMonitor monitor(machine.reader());
        monitor.refresh();
    }
    machine.gate->release(1000);
    // The read finishes after its monitor is gone; nothing may be delivered or crash.
    QTRY_COMPARE(machine.reads->load(), 1);
    QTest::qWait(100);
}

QTEST_GUILESS_MAIN(TestVolumeMonitor)
#include "tst_volumemonitor.moc"
