// Start-up of the real main window, offscreen: the fleet as the history remembers it
// (never probed: .invalid names, probing off), alerts evaluated at once, this machine
// probed on the interval, and probe jobs that do not retry what cannot succeed.
#include "app/alerts/alertsmodel.h"
#include "app/alerts/alertspage.h"
#include "app/dashboard/dashboardpage.h"
#include "app/dashboard/fleetsummarybar.h"
#include "app/dashboard/hostcards.h"
#include "app/hosts/hostprobesmodel.h"
#include "app/hosts/hostspage.h"
#include "app/jobs/jobqueueservice.h"
#include "app/mainwindow/mainwindow.h"
#include "core/alerts/alertmonitor.h"
#include "core/fleet/probescheduler.h"
#include "core/history/historystore.h"
#include "core/jobkinds/jobkinds.h"
#include "core/jobs/jobstore.h"
#include "core/settings/settings.h"
#include "windowtest.h"

#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using qm::MainWindow;
using qm::Settings;

namespace {

std::optional<qm::Job> storedJob(qint64 id)
{
    qm::JobStore store;
    QString error;
    return store.open(qm::jobsDatabasePath(), &error) ? store.job(id) : std::nullopt;
}

} // namespace

class TestStartup : public qmtest::WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void remembersTheFleetAtStart();
    void importedHostsShowTheirVolumes();
    void thisMachineIsProbedOnTheInterval();
    void probeJobOfAnInvalidHostIsNotRetried();
};

void TestStartup::init()
{
    QVERIFY(openWindow());
}

void TestStartup::cleanup()
{
    closeWindow();
}

void TestStartup::remembersTheFleetAtStart()
{
    // The history of an earlier run: gpu-1 has failed for 40 minutes (last tried 14
    // minutes ago), gpu-2 answered 14 minutes ago with its disk full. Neither is probed now
    // (probing is off for this config, and they have .invalid names): what the window
    // shows of them comes from the history, with its age, marked as not live.
    m_window.reset();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        qm::HistoryStore store;
        QString error;
        QVERIFY2(store.open(qm::historyDatabasePath(), &error), qPrintable(error));
        qm::HostProbe down;
        down.name = QStringLiteral("gpu-1");
        down.transport = QStringLiteral("ssh");
        down.status = qm::HostStatus::Unreachable;
        down.error = QStringLiteral("gpu-1.example.invalid is a reserved .invalid name");
        for (const int minutesAgo : {40, 14}) {
            down.probedAt = now.addSecs(-minutesAgo * 60);
            QVERIFY2(store.record(down, &error), qPrintable(error));
        }
        qm::HostProbe full;
        full.name = QStringLiteral("gpu-2");
        full.transport = QStringLiteral("ssh");
        full.status = qm::HostStatus::Ok;
        full.probedAt = now.addSecs(-14 * 60);
        qm::Volume data;
        data.mountPoint = QStringLiteral("/");
        data.device = QStringLiteral("/dev/sda1");
        data.totalBytes = 4'000'000'000'000;
        data.usedBytes = data.totalBytes;
        data.availableBytes = 0;
        full.volumes = {data};
        QVERIFY2(store.record(full, &error), qPrintable(error));
    }
    const QString config = m_dir->filePath(QStringLiteral("fleet.yaml"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hosts:\n"
               "  gpu-1: {ssh_host: gpu-1.example.invalid}\n"
               "  gpu-2: {ssh_host: gpu-2.example.invalid}\n");
    file.close();
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->show();
    QSignalSpy started(m_window->hostsPage()->scheduler(), &qm::ProbeScheduler::probeStarted);
    m_window->openConfig(config);

    // Hosts page: the remembered state and its age.
    qm::HostProbesModel *model = m_window->hostsPage()->model();
    QTRY_VERIFY(model->isRemembered(QStringLiteral("gpu-1")) &&
                model->isRemembered(QStringLiteral("gpu-2")));
    const auto cell = [model](const QString &host, int column) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, column);
            if (index.data(qm::HostProbesModel::HostNameRole).toString() == host)
                return index.data().toString();
        }
        return QString();
    };
    QCOMPARE(cell(QStringLiteral("gpu-2"), qm::HostProbesModel::Reachability),
             QStringLiteral("OK — last seen 14 minute(s) ago"));
    QCOMPARE(cell(QStringLiteral("gpu-1"), qm::HostProbesModel::Reachability),
             QStringLiteral("unreachable — last probed 14 minute(s) ago"));
    QCOMPARE(cell(QStringLiteral("gpu-2"), qm::HostProbesModel::Used), QStringLiteral("100.0 %"));

    // Dashboard: their cards, marked as not live.
    const auto cardAge = [this](const QString &host) {
        for (QWidget *card : m_window->dashboardPage()->hostCards()->cardWidgets()) {
            if (card->property("host").toString() == host) {
                const auto *age = card->findChild<QLabel *>(QStringLiteral("hostAge"));
                return age ? age->text() : QString();
            }
        }
        return QString();
    };
    QTRY_COMPARE(cardAge(QStringLiteral("gpu-2")),
                 QStringLiteral("last seen 14 minute(s) ago · from history, not live"));
    QCOMPARE(m_window->dashboardPage()->summary().remembered, 2);

    // Alerts at once: gpu-1 has not answered for 40 minutes (open); gpu-2's full disk
    // is pending until a probe finds it still full.
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigationList"));
    QTRY_COMPARE(navigation->item(4)->text(), QStringLiteral("Alerts (1)"));
    QCOMPARE(m_window->dashboardPage()->summaryBar()->valueText(QStringLiteral("summaryAlerts")),
             QStringLiteral("1"));
    const QList<qm::Alert> open = m_window->alertMonitor()->openAlerts();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open[0].rule, QStringLiteral("host-unreachable"));
    QCOMPARE(open[0].host, QStringLiteral("gpu-1"));
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
    auto *view = m_window->alertsPage()->findChild<QTreeView *>(QStringLiteral("alertsView"));
    // (This machine's own disk may pend too: only the fleet's rows are looked at.)
    const auto fleetRows = [view] {
        QStringList rows;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QString host =
                view->model()->index(row, qm::AlertsModel::HostColumn).data().toString();
            if (host.startsWith(QStringLiteral("gpu-")))
                rows.append(
                    view->model()->index(row, qm::AlertsModel::SeverityColumn).data().toString() +
                    QLatin1Char(' ') + host);
        }
        rows.sort();
        return rows;
    };
    QTRY_COMPARE(fleetRows(), (QStringList{QStringLiteral("Pending: Critical gpu-2"),
                                           QStringLiteral("Warning gpu-1")}));
    auto *summary = m_window->alertsPage()->findChild<QLabel *>(QStringLiteral("alertsSummary"));
    QVERIFY2(summary->text().startsWith(QStringLiteral("1 open alert(s), ")) &&
                 summary->text().contains(QStringLiteral("pending")),
             qPrintable(summary->text()));

    // Nothing reached for the network: no probe of either host, the history unchanged.
    for (const QList<QVariant> &host : std::as_const(started))
        QVERIFY(!host.first().toString().startsWith(QStringLiteral("gpu-")));
    qm::HistoryStore store;
    QString error;
    QVERIFY(store.open(qm::historyDatabasePath(), &error));
    QCOMPARE(store.probeCount(QStringLiteral("gpu-1")), 2);
    QCOMPARE(store.probeCount(QStringLiteral("gpu-2")), 1);
}

void TestStartup::importedHostsShowTheirVolumes()
{
    // gpu-3 is known only from `qmctl history import` (its last samples 10 minutes ago):
    // its card shows those volumes, said to be imported; the host itself counts as not
    // probed, for nothing ever reached it.
    m_window.reset();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        qm::HistoryStore store;
        QString error;
        QVERIFY2(store.open(qm::historyDatabasePath(), &error), qPrintable(error));
        QList<qm::ImportedSample> samples;
        for (const int minutesAgo : {30, 20, 10}) {
            qm::ImportedSample sample;
            sample.host = QStringLiteral("gpu-3");
            sample.timeMs = now.addSecs(-minutesAgo * 60).toMSecsSinceEpoch();
            sample.mount = QStringLiteral("/data");
            sample.totalBytes = 1'000'000'000'000;
            sample.usedBytes = 900'000'000'000 - minutesAgo * 1'000'000'000LL;
            sample.availableBytes = sample.totalBytes - sample.usedBytes;
            samples.append(sample);
        }
        QVERIFY2(store.import(samples, &error), qPrintable(error));
    }
    const QString config = m_dir->filePath(QStringLiteral("fleet.yaml"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hosts:\n  gpu-3: {ssh_host: gpu-3.example.invalid}\n");
    file.close();
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->show();
    m_window->openConfig(config);

    qm::HostProbesModel *model = m_window->hostsPage()->model();
    QTRY_VERIFY(model->isRemembered(QStringLiteral("gpu-3")));
    QString reachability;
    QString lastProbe = QStringLiteral("(no row)");
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, qm::HostProbesModel::Reachability);
        if (index.data(qm::HostProbesModel::HostNameRole).toString() == QLatin1String("gpu-3")) {
            reachability = index.data().toString();
            lastProbe = model->index(row, qm::HostProbesModel::LastProbe).data().toString();
        }
    }
    QCOMPARE(reachability, QStringLiteral("not probed — imported, sampled 10 minute(s) ago"));
    QCOMPARE(lastProbe, QString()); // an import is no probe

    QWidget *card = nullptr;
    QTRY_VERIFY([&] {
        for (QWidget *widget : m_window->dashboardPage()->hostCards()->cardWidgets())
            if (widget->property("host").toString() == QLatin1String("gpu-3"))
                card = widget;
        return card && card->findChild<QLabel *>(QStringLiteral("volumeMount"));
    }());
    QCOMPARE(card->findChild<QLabel *>(QStringLiteral("volumeMount"))->text(),
             QStringLiteral("/data"));
    QCOMPARE(card->findChild<QLabel *>(QStringLiteral("hostAge"))->text(),
             QStringLiteral("imported, sampled 10 minute(s) ago"));
    QCOMPARE(card->findChild<QLabel *>(QStringLiteral("hostState"))->text(),
             QStringLiteral("not probed"));
    QCOMPARE(card->findChild<QLabel *>(QStringLiteral("hostHint"))->text(),
             QStringLiteral("Probe it on the Hosts page to see it live."));
    const qm::FleetSummary summary = m_window->dashboardPage()->summary();
    QCOMPARE(summary.notProbed, 1);
    QCOMPARE(summary.remembered, 0);
    QCOMPARE(summary.volumesOverThreshold, 1); // its /data is 89 % used
}

void TestStartup::thisMachineIsProbedOnTheInterval()
{
    // Periodic probing is off (no config), yet this machine is probed on the interval:
    // its trend is a line, not a dot.
    qm::ProbeScheduler *scheduler = m_window->hostsPage()->scheduler();
    const QString self = scheduler->hosts().first().name;
    QTRY_VERIFY(!m_window->hostsPage()->model()->state(self).probe.name.isEmpty());
    QVERIFY(!scheduler->isEnabled());
    QSignalSpy finished(scheduler, &qm::ProbeScheduler::probeFinished);
    scheduler->setInterval(std::chrono::seconds(2));
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2, 30'000);
    for (const QList<QVariant> &probe : std::as_const(finished))
        QCOMPARE(probe.first().value<qm::HostProbe>().name, self);
    qm::HistoryStore store;
    QString error;
    QVERIFY(store.open(qm::historyDatabasePath(), &error));
    QVERIFY(store.probeCount(self) >= 3); // the start-up probe and two on the interval
}

void TestStartup::probeJobOfAnInvalidHostIsNotRetried()
{
    // A .invalid name is never looked up: its failure is final, not transient, so the
    // job fails once and is not tried again.
    const QString config = m_dir->filePath(QStringLiteral("fleet.yaml"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hosts:\n  gpu-1: {ssh_host: gpu-1.example.invalid}\n");
    file.close();
    QSignalSpy opened(m_window.get(), &MainWindow::configOpened);
    m_window->openConfig(config);
    QTRY_COMPARE(opened.size(), 1);
    QTRY_COMPARE(m_window->hostsPage()->scheduler()->hosts().size(), 2);
    QTRY_COMPARE(m_window->jobQueue()->runnerState(), qm::JobRunnerState::Running);
    QSignalSpy queued(m_window->jobQueue(), &qm::JobQueueService::enqueued);
    m_window->jobQueue()->enqueue(qm::probeJobSpec(QStringLiteral("gpu-1")));
    QTRY_COMPARE(queued.size(), 1);
    const qint64 id = queued[0][0].toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(storedJob(id) && storedJob(id)->state != qm::JobState::Running &&
                                 storedJob(id)->attempts >= 1,
                             30'000);
    QCOMPARE(storedJob(id)->state, qm::JobState::Failed);
    QCOMPARE(storedJob(id)->attempts, 1);
    QVERIFY2(storedJob(id)->error.contains(QStringLiteral("gpu-1")),
             qPrintable(storedJob(id)->error));
}

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"
