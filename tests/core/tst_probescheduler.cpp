// The probe scheduler's history: each probe recorded, and the maintenance (rollups,
// retention) run after a recorded probe at most once an hour.
#include "history/historystore.h"
#include "hosts/probehost.h"
#include "hosts/probescheduler.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using qm::HistoryStore;

class TestProbeScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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

QTEST_GUILESS_MAIN(TestProbeScheduler)
#include "tst_probescheduler.moc"
