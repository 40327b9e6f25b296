// The probe scheduler: each probe recorded in the history, the maintenance (rollups,
// retention) run after a recorded probe at most once an hour; this machine probed on
// the interval whether or not periodic probing is on; the history's last state of each
// host recalled without probing it.
#include "core/fleet/probescheduler.h"
#include "core/history/historystore.h"
#include "core/hosts/probehost.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using qm::HistoryStore;

class TestProbeScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thisMachineIsProbedOnItsInterval();
    void recallsTheHistoryWithoutProbing();
    void maintainsTheHistoryAfterAProbe()
    {
        QTemporaryDir dir;
        const QString path = qm::historyDatabasePath(dir.path());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        // Three samples within one hour: start at a whole hour, 40 days ago.
        const qint64 old =
            (now - 40 * HistoryStore::kDayMs) / HistoryStore::kHourMs * HistoryStore::kHourMs;
        {
            // Samples from 40 days ago: past a raw retention of 30 days.
            HistoryStore store;
            QString error;
            QVERIFY(store.open(path, &error));
            QList<qm::ImportedSample> samples;
            for (int i = 0; i < 3; ++i)
                samples.append({QStringLiteral("old"), old + i * 60'000, QStringLiteral("/"), 1000,
                                100 + i, QString(), -1});
            QVERIFY(store.import(samples, &error));
            QCOMPARE(store.probeCount(QStringLiteral("old")), 3);
        }
        qm::ProbeScheduler scheduler;
        scheduler.setHistoryPath(path);
        scheduler.setHistoryRetention({30, 365});
        qm::ProbeHost local;
        local.name = qm::thisMachineName();
        local.local = true;
        scheduler.setHosts({local});
        QSignalSpy finished(&scheduler, &qm::ProbeScheduler::probeFinished);
        QSignalSpy historyErrors(&scheduler, &qm::ProbeScheduler::historyError);
        scheduler.probeNow(local.name);
        QVERIFY(finished.wait(30'000));
        QCOMPARE(historyErrors.size(), 0);

        HistoryStore store;
        QString error;
        QVERIFY(store.open(path, &error));
        QCOMPARE(store.probeCount(local.name), 1);
        // Rolled up, then the raw samples dropped; their hour and day remain.
        QCOMPARE(store.probeCount(QStringLiteral("old")), 0);
        const QList<qm::VolumeRollup> hours =
            store.volumeRollups(QStringLiteral("old"), QStringLiteral("/"), HistoryStore::kHourMs,
                                old - HistoryStore::kHourMs, old);
        QCOMPARE(hours.size(), 1);
        QCOMPARE(hours.first().usedMax, 102);
        QVERIFY(store.rolledUpUntil(HistoryStore::kHourMs) > now - HistoryStore::kHourMs);

        // Within the hour, the next probe records without maintaining again: an import
        // of old samples now stays raw.
        QVERIFY(store.import(
            {{QStringLiteral("old"), old, QStringLiteral("/"), 1000, 5, QString(), -1}}, &error));
        scheduler.probeNow(local.name);
        QVERIFY(finished.wait(30'000));
        QCOMPARE(store.probeCount(local.name), 2);
        QCOMPARE(store.probeCount(QStringLiteral("old")), 1);
    }
};

void TestProbeScheduler::thisMachineIsProbedOnItsInterval()
{
    // Periodic probing is off (a newly opened config): this machine is probed all the
    // same, every interval; the config's host is not probed at all.
    qm::ProbeScheduler scheduler;
    qm::ProbeHost local;
    local.name = qm::thisMachineName();
    local.local = true;
    qm::ProbeHost remote;
    remote.name = QStringLiteral("gpu-1");
    remote.hasSsh = true;
    remote.ssh.host = QStringLiteral("gpu-1.example.invalid");
    scheduler.setInterval(std::chrono::seconds(1));
    scheduler.setHosts({local, remote});
    QVERIFY(!scheduler.isEnabled());
    QSignalSpy started(&scheduler, &qm::ProbeScheduler::probeStarted);
    QSignalSpy finished(&scheduler, &qm::ProbeScheduler::probeFinished);
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 3, 20'000);
    for (const QList<QVariant> &start : std::as_const(started))
        QCOMPARE(start.first().toString(), local.name);
    // A second apart, or close to it: not all at once.
    const QDateTime first = finished[0][0].value<qm::HostProbe>().probedAt;
    const QDateTime third = finished[2][0].value<qm::HostProbe>().probedAt;
    QVERIFY2(first.msecsTo(third) >= 1500, qPrintable(QString::number(first.msecsTo(third))));
    QVERIFY(scheduler.nextProbe(local.name).isValid());
    QVERIFY(!scheduler.nextProbe(remote.name).isValid());
}

void TestProbeScheduler::recallsTheHistoryWithoutProbing()
{
    QTemporaryDir dir;
    const QString path = qm::historyDatabasePath(dir.path());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        qm::HostProbe ok;
        ok.name = QStringLiteral("gpu-1");
        ok.transport = QStringLiteral("ssh");
        ok.status = qm::HostStatus::Ok;
        ok.probedAt = now.addSecs(-14 * 60);
        qm::Volume data;
        data.mountPoint = QStringLiteral("/data");
        data.totalBytes = 1000;
        data.usedBytes = 1000;
        data.availableBytes = 0;
        ok.volumes = {data};
        QVERIFY2(store.record(ok, &error), qPrintable(error));
        qm::HostProbe down = ok;
        down.name = QStringLiteral("gpu-2");
        down.status = qm::HostStatus::Unreachable;
        down.error = QStringLiteral("gpu-2.example.invalid is a reserved .invalid name");
        down.volumes.clear();
        down.probedAt = now.addSecs(-40 * 60);
        QVERIFY(store.record(down, &error));
        down.probedAt = now.addSecs(-14 * 60);
        QVERIFY(store.record(down, &error));
    }
    qm::ProbeScheduler scheduler;
    scheduler.setHistoryPath(path);
    QList<qm::ProbeHost> hosts;
    for (const QString &name :
         {QStringLiteral("gpu-1"), QStringLiteral("gpu-2"), QStringLiteral("gpu-3")}) {
        qm::ProbeHost host;
        host.name = name;
        host.hasSsh = true;
        host.ssh.host = name + QStringLiteral(".example.invalid");
        hosts.append(host);
    }
    scheduler.setHosts(hosts);
    QSignalSpy started(&scheduler, &qm::ProbeScheduler::probeStarted);
    QSignalSpy recalled(&scheduler, &qm::ProbeScheduler::probesRecalled);
    scheduler.recallFromHistory();
    QVERIFY(recalled.wait(10'000));
    const auto states = recalled[0][0].value<QList<qm::LiveHostState>>();
    QCOMPARE(states.size(), 2); // gpu-3 was never recorded
    QCOMPARE(states[0].probe.name, QStringLiteral("gpu-1"));
    QCOMPARE(states[0].probe.status, qm::HostStatus::Ok);
    QCOMPARE(states[0].probe.probedAt.toSecsSinceEpoch(), now.addSecs(-14 * 60).toSecsSinceEpoch());
    QCOMPARE(states[0].probe.volumes.size(), 1);
    QCOMPARE(states[0].probe.volumes[0].availableBytes, 0);
    QVERIFY(!states[0].failingSince.isValid());
    QCOMPARE(states[1].probe.status, qm::HostStatus::Unreachable);
    QCOMPARE(states[1].failingSince.toSecsSinceEpoch(), now.addSecs(-40 * 60).toSecsSinceEpoch());
    // Once is enough: the hosts were seen.
    scheduler.recallFromHistory();
    QTest::qWait(300);
    QCOMPARE(recalled.size(), 1);
    QCOMPARE(started.size(), 0);
}

QTEST_GUILESS_MAIN(TestProbeScheduler)
#include "tst_probescheduler.moc"
