// The Replication page offscreen: rows from the config before any measurement, the
// figures of a measurement, the details pane, Sync Now emitting the sync job that brings
// the row to its target, the measurements the alerts get, and Measure running as a job
// of a real job queue (its own thread, a temporary database) against hosts that cannot
// be reached (reserved .invalid names, never looked up).
#include "app/jobs/jobqueueservice.h"
#include "app/replication/replicationmodel.h"
#include "app/replication/replicationpage.h"
#include "core/config/configcheck.h"
#include "core/jobkinds/jobkinds.h"
#include "core/sync/syncjob.h"
#include "fastqueue.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThread>
#include <QTimeZone>
#include <QTreeView>

using namespace qm;

namespace {

const QByteArray kConfig = "sync_routing:\n"
                           "  replication_target: 2\n"
                           "  excluded_hosts: [laptop]\n"
                           "hosts:\n"
                           "  vast-1:\n"
                           "    ssh_host: vast-1.example.invalid\n"
                           "    is_ephemeral: true\n"
                           "    storage_paths: {games: /data/games}\n"
                           "  hub:\n"
                           "    ssh_host: hub.example.invalid\n"
                           "    storage_paths: {npz: /srv/npz}\n"
                           "  nas:\n"
                           "    ssh_host: nas.example.invalid\n"
                           "    storage_paths: {games: /srv/games}\n"
                           "  laptop: {ssh_host: laptop.example.invalid}\n"
                           "  backup:\n"
                           "    ssh_host: backup.example.invalid\n"
                           "    storage_paths: {games: /srv/backup}\n";

QDateTime utc(int day, int hour = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), QTimeZone::utc());
}

/// A queue in `dir` that looks at its jobs ten times a second.
JobQueueService::Options queueOptions(const QTemporaryDir &dir)
{
    return qmtest::fastQueueOptions(dir.filePath(QStringLiteral("jobs.sqlite")));
}

} // namespace

class TestReplicationPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const CheckedFile checked = checkConfigText(QStringLiteral("hosts.yaml"), kConfig);
        QVERIFY(checked.config);
        m_config = checked.config;
        m_page = std::make_unique<ReplicationPage>();
        m_page->resize(1200, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->setConfig(m_config.get());
        m_view = m_page->findChild<QTreeView *>(QStringLiteral("replicationView"));
        QVERIFY(m_view);
    }

    void cleanup() { m_page.reset(); }

    void rowsBeforeMeasuring()
    {
        QAbstractItemModelTester tester(m_page->model());
        QAbstractItemModel *model = m_view->model();
        // vast-1 games, hub npz, nas games, backup games.
        QCOMPARE(model->rowCount(), 4);
        const int row = rowOf(QStringLiteral("vast-1"));
        QVERIFY(row >= 0);
        QCOMPARE(text(row, ReplicationModel::KindColumn), QStringLiteral("Games"));
        QCOMPARE(text(row, ReplicationModel::FilesColumn), QString());
        QCOMPARE(text(row, ReplicationModel::ReceiversColumn), QStringLiteral("nas, backup"));
        QCOMPARE(text(row, ReplicationModel::SkippedColumn),
                 QStringLiteral("hub (no folder), laptop (excluded)"));
        QCOMPARE(text(row, ReplicationModel::MeasuredColumn), QStringLiteral("not measured"));
        select(row);
        const QString details = detailsText();
        QVERIFY2(details.contains(QStringLiteral("excluded from games in "
                                                 "sync_routing.excluded_hosts")),
                 qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("Not measured yet")));
        QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("syncNowButton"))->isEnabled());
        // Measurements run in the app's job queue: without one, Measure is off and says so.
        auto *measure = m_page->findChild<QPushButton *>(QStringLiteral("measureButton"));
        QVERIFY(!measure->isEnabled());
        QVERIFY(measure->toolTip().contains(QStringLiteral("job queue")));
    }

    void measurementShowsAndSyncNowEmitsTheJob()
    {
        QSignalSpy published(m_page.get(), &ReplicationPage::measurementsChanged);
        m_page->addMeasurement(measurement());
        const int row = rowOf(QStringLiteral("vast-1"));
        QCOMPARE(text(row, ReplicationModel::FilesColumn), QStringLiteral("3"));
        QCOMPARE(text(row, ReplicationModel::BytesColumn), QStringLiteral("1.5 KiB"));
        QCOMPARE(text(row, ReplicationModel::OldestColumn), QStringLiteral("2 day(s)"));
        QVERIFY(m_view->model()
                    ->index(row, ReplicationModel::FilesColumn)
                    .data(ReplicationModel::AtRiskRole)
                    .toBool());
        QVERIFY(text(row, ReplicationModel::MeasuredColumn)
                    .contains(QStringLiteral("1 receiver(s) not measured")));
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("replicationSummary"))
                    ->text()
                    .contains(QStringLiteral("3 file(s)")));
        // The alerts get it.
        QCOMPARE(published.size(), 1);
        const auto alerts = published[0][0].value<QList<ReplicationMeasurement>>();
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts[0].host, QStringLiteral("vast-1"));
        QCOMPARE(alerts[0].files, 3);
        QCOMPARE(alerts[0].oldestUnreplicated, utc(20));

        select(row);
        const QString details = detailsText();
        QVERIFY2(details.contains(QStringLiteral("not measured, counts as no copy: unreachable")),
                 qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("lacks 2 file(s)")));
        QVERIFY(details.contains(QStringLiteral("old.db")));
        QVERIFY(details.contains(QStringLiteral("vast-1:/data/games → nas:/srv/games")));

        // Nothing takes the syncs yet: the button says so instead of doing nothing.
        auto *syncNow = m_page->findChild<QPushButton *>(QStringLiteral("syncNowButton"));
        QVERIFY(!syncNow->isEnabled());
        QSignalSpy requested(m_page.get(), &ReplicationPage::syncRequested);
        QTRY_VERIFY(syncNow->isEnabled());
        QTest::mouseClick(syncNow, Qt::LeftButton);
        // Neither receiver holds every file: both get a sync, the measured one first.
        QCOMPARE(requested.size(), 2);
        QCOMPARE(requested[1][0].value<JobSpec>().destination,
                 QStringLiteral("backup:/srv/backup"));
        const JobSpec spec = requested[0][0].value<JobSpec>();
        QCOMPARE(spec.kind, kSyncJobKind);
        QCOMPARE(spec.trigger, JobTrigger::User);
        QCOMPARE(spec.source, QStringLiteral("vast-1:/data/games"));
        QCOMPARE(spec.destination, QStringLiteral("nas:/srv/games"));
        QCOMPARE(spec.hosts, QStringList({QStringLiteral("vast-1"), QStringLiteral("nas")}));
        QVERIFY(!spec.destructive);
        QCOMPARE(spec.parameters.value(QStringLiteral("delete")).toBool(), false);
        QString error;
        const std::optional<SyncRequest> request = syncRequestFrom(spec.parameters, &error);
        QVERIFY2(request, qPrintable(error));
        QCOMPARE(request->destination.path, QStringLiteral("/srv/games"));
    }

    void aConfigChangeKeepsMeasurementsOfRoutedRows()
    {
        m_page->addMeasurement(measurement());
        QSignalSpy published(m_page.get(), &ReplicationPage::measurementsChanged);
        m_page->setConfig(m_config.get());
        QCOMPARE(text(rowOf(QStringLiteral("vast-1")), ReplicationModel::FilesColumn),
                 QStringLiteral("3"));
        QCOMPARE(published.size(), 0); // nothing changed for the alerts
        const CheckedFile other = checkConfigText(QStringLiteral("hosts.yaml"),
                                                  "sync_routing: {replication_target: 2}\nhosts:\n"
                                                  "  nas: {ssh_host: n.invalid, storage_paths: "
                                                  "{games: /g}}\n");
        m_page->setConfig(other.config.get());
        QCOMPARE(m_view->model()->rowCount(), 1);
        QCOMPARE(published.size(), 1);
        QVERIFY(published[0][0].value<QList<ReplicationMeasurement>>().isEmpty());
    }

    void measureRunsInTheBackground()
    {
        // Every host has a reserved .invalid name: each check fails at once, without a
        // lookup, and the failure is what the rows show.
        QTemporaryDir dir;
        QFile empty(dir.filePath(QStringLiteral("ssh_config")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        auto *measure = m_page->findChild<QPushButton *>(QStringLiteral("measureButton"));
        QVERIFY(!measure->isEnabled()); // no queue to run it yet

        JobQueueService queue(queueOptions(dir));
        JobEnvironment environment;
        environment.config = m_config;
        environment.ssh.configFile = empty.fileName();
        environment.routeMeasured = m_page->measurementSink(&queue);
        queue.setEnvironment(environment);
        queue.start();
        m_page->setJobQueue(&queue);
        QVERIFY(measure->isEnabled());
        QSignalSpy status(m_page.get(), &ReplicationPage::statusMessage);
        QTest::mouseClick(measure, Qt::LeftButton);
        QVERIFY(!measure->isEnabled());
        QVERIFY(m_page->findChild<QProgressBar *>(QStringLiteral("measureProgress"))->isVisible());
        // The measurement is a job of the queue, as the Jobs page shows it.
        QTRY_VERIFY(m_page->measuringJob() != 0);
        const qint64 id = m_page->measuringJob();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->measuringJob() == 0, 60'000);
        const Job *job = queue.job(id);
        QVERIFY(job);
        QCOMPARE(job->spec.kind, kReplicationJobKind);
        QCOMPARE(job->state, JobState::Failed); // no folder could be measured
        QVERIFY2(job->error.contains(QStringLiteral("vast-1 games")), qPrintable(job->error));
        QVERIFY(
            status.last()[0].toString().startsWith(QStringLiteral("Replication measurement: ")));
        const int row = rowOf(QStringLiteral("vast-1"));
        QCOMPARE(text(row, ReplicationModel::MeasuredColumn),
                 QStringLiteral("failed (see details)"));
        select(row);
        QVERIFY2(detailsText().contains(QStringLiteral("vast-1 cannot be reached from here")) &&
                     detailsText().contains(QStringLiteral(".invalid")),
                 qPrintable(detailsText()));
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("replicationSummary"))
                    ->text()
                    .contains(QStringLiteral("4 folder(s) could not be measured")));
        QVERIFY(measure->isEnabled());
        QVERIFY(!m_page->findChild<QProgressBar *>(QStringLiteral("measureProgress"))->isVisible());
    }

    void cancelStopsTheMeasuringJob()
    {
        QTemporaryDir dir;
        JobQueueService queue(queueOptions(dir));
        // A measurement that runs until it is cancelled.
        queue.setJobFunction(kReplicationJobKind, [](JobContext &context) {
            while (!context.cancelled())
                QThread::msleep(20);
            return JobOutcome::cancelled();
        });
        queue.start();
        m_page->setJobQueue(&queue);
        QSignalSpy status(m_page.get(), &ReplicationPage::statusMessage);
        auto *measure = m_page->findChild<QPushButton *>(QStringLiteral("measureButton"));
        QTest::mouseClick(measure, Qt::LeftButton);
        QTRY_VERIFY(m_page->measuringJob() != 0);
        const qint64 id = m_page->measuringJob();
        QTRY_VERIFY(queue.job(id) && queue.job(id)->state == JobState::Running);
        auto *cancel = m_page->findChild<QPushButton *>(QStringLiteral("cancelMeasureButton"));
        QVERIFY(cancel && cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->measuringJob() == 0, 5000);
        QCOMPARE(queue.job(id)->state, JobState::Cancelled);
        QCOMPARE(status.last()[0].toString(), QStringLiteral("Replication measurement cancelled"));
        QVERIFY(measure->isEnabled());
        QVERIFY(!cancel->isVisible());
    }

private:
    RouteMeasurement measurement() const
    {
        RouteMeasurement m;
        m.route = replicationRoute(*m_config, *m_config->host(QStringLiteral("vast-1")),
                                   DataKind::Games, {});
        m.target = 2;
        m.measuredAt = utc(22);
        m.tally.totalFiles = 4;
        m.tally.totalBytes = 2000;
        m.tally.atRiskFiles = 3;
        m.tally.atRiskBytes = 1536;
        m.tally.oldestAtRisk = utc(20);
        m.tally.oldestFiles = {{QStringLiteral("old.db"), 512, utc(20)}};
        ReceiverResult nas;
        nas.receiver = m.route.receivers.value(0);
        nas.measured = true;
        nas.missingFiles = 2;
        nas.missingBytes = 1024;
        ReceiverResult down;
        down.receiver = m.route.receivers.value(1);
        down.error = QStringLiteral("unreachable");
        m.receivers = {nas, down};
        return m;
    }

    int rowOf(const QString &producer) const
    {
        for (int r = 0; r < m_view->model()->rowCount(); ++r) {
            if (text(r, ReplicationModel::ProducerColumn) == producer)
                return r;
        }
        return -1;
    }

    QString text(int row, int column) const
    {
        return m_view->model()->index(row, column).data().toString();
    }

    void select(int row) { m_view->setCurrentIndex(m_view->model()->index(row, 0)); }

    QString detailsText() const
    {
        return m_page->findChild<QTextBrowser *>(QStringLiteral("replicationDetails"))
            ->toPlainText();
    }

    std::shared_ptr<const FleetConfig> m_config;
    std::unique_ptr<ReplicationPage> m_page;
    QTreeView *m_view = nullptr;
};

QTEST_MAIN(TestReplicationPage)
#include "tst_replicationpage.moc"
