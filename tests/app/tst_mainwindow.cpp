// Drives the real main window offscreen, by object name, as a user would.

#include "app/alerts/alertspage.h"
#include "app/config/configpage.h"
#include "app/dashboard/dashboardpage.h"
#include "app/dashboard/volumesmodel.h"
#include "app/dialogs/aboutdialog.h"
#include "app/hosts/hostprobesmodel.h"
#include "app/hosts/hostspage.h"
#include "app/jobs/jobqueueservice.h"
#include "app/jobs/jobsmodel.h"
#include "app/jobs/jobspage.h"
#include "app/jobs/newjobdialog.h"
#include "app/logs/logsmodel.h"
#include "app/logs/logspage.h"
#include "app/mainwindow/mainwindow.h"
#include "app/replication/replicationpage.h"
#include "app/session/appsession.h"
#include "app/session/pagedescription.h"
#include "app/space/spacepage.h"
#include "app/trends/trendspage.h"
#include "core/alerts/alertmonitor.h"
#include "core/alerts/alertstore.h"
#include "core/appdata/appdata.h"
#include "core/cleanup/cleanupjob.h"
#include "core/fleet/probescheduler.h"
#include "core/history/historystore.h"
#include "core/jobkinds/jobkinds.h"
#include "core/jobkinds/runnerservice.h"
#include "core/jobs/jobstore.h"
#include "core/logs/logstore.h"
#include "core/remote/processrunner.h"
#include "core/settings/settings.h"
#include "core/sync/syncjob.h"
#include "core/units/datasize.h"
#include "core/volumes/volumemonitor.h"
#include "windowtest.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUuid>

#include <sys/statvfs.h>

using qm::DashboardPage;
using qm::MainWindow;
using qm::Settings;
using qm::VolumesModel;

namespace {

const QString kFixture =
    QStringLiteral(QM_SOURCE_DIR "/tests/data/distributed_hosts.template.yaml");

QTreeView *volumesView(QWidget *window)
{
    auto *page = window->findChild<QWidget *>(QStringLiteral("dashboardPage"));
    return page ? page->findChild<QTreeView *>(QStringLiteral("volumesView")) : nullptr;
}

/// A job that runs a real program for half a minute, stopped by its cancel flag.
qm::JobOutcome sleeper(qm::JobContext &context)
{
    qm::ProcessRequest request;
    request.program = qm::findProgram(QStringLiteral("sleep"));
    request.arguments = {QStringLiteral("30")};
    request.timeoutMs = 60'000;
    request.cancel = context.cancelFlag();
    context.command(qm::displayCommandLine(request.program, request.arguments));
    const qm::ProcessResult result = qm::runProcess(request);
    return result.outcome == qm::ProcessResult::Outcome::Cancelled ? qm::JobOutcome::cancelled()
                                                                   : qm::JobOutcome::succeeded();
}

std::optional<qm::Job> storedJob(qint64 id)
{
    qm::JobStore store;
    QString error;
    return store.open(qm::jobsDatabasePath(), &error) ? store.job(id) : std::nullopt;
}

/// Adds `lines` to this machine's log database (the embedded one of the Logs page).
bool addLogLines(const QList<qm::LogLine> &lines)
{
    qm::LogStore store(QStringLiteral("test-writer"));
    qm::SqlLocation location;
    location.path = qm::logsDatabasePath();
    QString error;
    if (!store.open(location, &error, true) || store.insert(lines, &error) != lines.size()) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

qm::LogLine logLine(const QString &sourceType, const QString &sourceId, const QString &worker,
                    qint64 timeMs, const QString &message)
{
    qm::LogLine line;
    line.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    line.timeUs = timeMs * 1000;
    line.sourceType = sourceType;
    line.sourceId = sourceId;
    line.workerId = worker;
    line.level = QStringLiteral("INFO");
    line.message = message;
    return line;
}

/// The action `name` of the links `page` offers for `line`, triggered; false when the
/// menu has no such action or it is disabled.
bool triggerLineLink(qm::LogsPage *page, const qm::LogLine &line, const QString &name)
{
    QMenu menu;
    page->addLineActions(&menu, line);
    auto *action = menu.findChild<QAction *>(name);
    if (!action) {
        // Actions added with addAction() are the menu's children.
        for (QAction *candidate : menu.actions())
            if (candidate->objectName() == name)
                action = candidate;
    }
    if (!action || !action->isEnabled())
        return false;
    action->trigger();
    return true;
}

int rowOf(const QAbstractItemModel *model, const QString &mountPoint)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(VolumesModel::MountPointRole).toString() == mountPoint)
            return row;
    }
    return -1;
}

} // namespace

class TestMainWindow : public qmtest::WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void dashboardListsTheBuildDirectoryVolume();
    void onlyWorkingPagesAppear();
    void pagesAreMadeWhenFirstShown();
    void jobsBadgeWithoutTheJobsPage();
    void alertsBadgeFromOpenAlerts();
    void f5Refreshes();
    void backgroundProbesLeaveTheStatusBar();
    void probeJobsReachTheHostsPage();
    void systemFilesystemsToggle();
    void geometryIsRestored();
    void aboutShowsVersions();
    void preferencesChangeThresholds();
    void preferencesEditAlertsAndRetention();
    void opensConfigAndRemembersIt();
    void missingConfigShowsAnError();
    void replicationFeedsTheAlerts();
    void jobsPageAndQuitWithARunningJob();
    void queuedJobsRunWithTheConfigGivenAtStart();
    void aCleanupFromTheSpacePageRemovesItsPlan();
    void logLinesLinkToHostsTrendsAndJobs();
    void aJobShowsItsLogLines();
};

void TestMainWindow::init()
{
    QVERIFY(openWindow());
}

void TestMainWindow::cleanup()
{
    closeWindow();
}

void TestMainWindow::dashboardListsTheBuildDirectoryVolume()
{
    auto *page = m_window->findChild<DashboardPage *>(QStringLiteral("dashboardPage"));
    QVERIFY(page);
    QSignalSpy painted(page, &DashboardPage::firstVolumesPainted);
    QTreeView *view = volumesView(m_window.get());
    QVERIFY(view);
    QTRY_VERIFY(view->model()->rowCount() > 0);
    QTRY_COMPARE(painted.size(), 1);

    // The oracle: Qt's own idea of the volume holding the build directory, and statvfs.
    const QString buildDir = QStringLiteral(QM_BINARY_DIR);
    const QString root = QStorageInfo(buildDir).rootPath();
    if (rowOf(view->model(), root) < 0)
        m_window->findChild<QAction *>(QStringLiteral("actionShowSystemVolumes"))->trigger();
    const int row = rowOf(view->model(), root);
    QVERIFY2(row >= 0, qPrintable(QStringLiteral("%1 not listed").arg(root)));

    struct statvfs vfs = {};
    QVERIFY(::statvfs(QFile::encodeName(root).constData(), &vfs) == 0);
    const qint64 total = qint64(vfs.f_blocks) * qint64(vfs.f_frsize);
    const QModelIndex size = view->model()->index(row, VolumesModel::Size);
    QCOMPARE(size.data(VolumesModel::SortRole).toLongLong(), total);
    QCOMPARE(size.data().toString(), qm::formatDataSize(total));
    QVERIFY(view->model()
                ->index(row, VolumesModel::Usage)
                .data()
                .toString()
                .endsWith(QStringLiteral(" %")));

    // `/` is always listed, and first in the default order.
    QCOMPARE(view->model()->index(0, 0).data(VolumesModel::MountPointRole).toString(),
             QStringLiteral("/"));
}

void TestMainWindow::onlyWorkingPagesAppear()
{
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigationList"));
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), 12);
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Dashboard"));
    QCOMPARE(navigation->item(1)->text(), QStringLiteral("Hosts"));
    QCOMPARE(navigation->item(2)->text(), QStringLiteral("Config"));
    QCOMPARE(navigation->item(3)->text(), QStringLiteral("Trends"));
    QCOMPARE(navigation->item(4)->text(), QStringLiteral("Alerts"));
    QCOMPARE(navigation->item(5)->text(), QStringLiteral("Health"));
    QCOMPARE(navigation->item(6)->text(), QStringLiteral("Jobs"));
    QCOMPARE(navigation->item(7)->text(), QStringLiteral("Replication"));
    QCOMPARE(navigation->item(8)->text(), QStringLiteral("Samples"));
    QCOMPARE(navigation->item(9)->text(), QStringLiteral("Space"));
    QCOMPARE(navigation->item(10)->text(), QStringLiteral("Storage"));
    QCOMPARE(navigation->item(11)->text(), QStringLiteral("Logs"));

    auto *sidebar = m_window->findChild<QAction *>(QStringLiteral("actionShowSidebar"));
    sidebar->trigger();
    QVERIFY(navigation->isHidden());
    sidebar->trigger();
    QVERIFY(!navigation->isHidden());
}

void TestMainWindow::pagesAreMadeWhenFirstShown()
{
    // The sidebar lists the registered pages; only the first is made at start.
    const QList<qm::PageDescription> pages = qm::sidebarPages();
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigationList"));
    QCOMPARE(navigation->count(), pages.size());
    for (int row = 0; row < pages.size(); ++row) {
        QCOMPARE(navigation->item(row)->text(), pages[row].title);
        QCOMPARE(m_window->isPageMade(pages[row].key), row == 0);
    }
    QVERIFY(!m_window->findChild<qm::TrendsPage *>());
    QVERIFY(!m_window->findChild<qm::ConfigPage *>());

    // Ctrl+4 makes the Trends page and shows it; going back and forth keeps it.
    auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("pageStack"));
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QVERIFY(m_window->isPageMade(QStringLiteral("trends")));
    auto *trends = m_window->findChild<qm::TrendsPage *>();
    QVERIFY(trends);
    QCOMPARE(stack->currentWidget(), trends);
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(m_window->findChildren<qm::TrendsPage *>().size(), 1);
    QCOMPARE(stack->count(), pages.size());

    // A page asks for another through the session: made, shown, handed the argument.
    QVERIFY(!m_window->isPageMade(QStringLiteral("jobs")));
    m_window->session()->showPage(QStringLiteral("jobs"), qint64(42));
    QVERIFY(m_window->isPageMade(QStringLiteral("jobs")));
    QCOMPARE(stack->currentWidget(), m_window->findChild<qm::JobsPage *>());
    QCOMPARE(navigation->currentRow(), 6);

    // Opening the File menu makes the Config page, whose Save it shows.
    QVERIFY(!m_window->isPageMade(QStringLiteral("config")));
    auto *file = m_window->findChild<QMenu *>(QStringLiteral("menuFile"));
    QMetaObject::invokeMethod(file, "aboutToShow");
    QVERIFY(m_window->isPageMade(QStringLiteral("config")));
    QVERIFY(file->actions().contains(
        m_window->findChild<QAction *>(QStringLiteral("actionSaveConfig"))));
    // and the Jobs page's New Job…, from any page.
    QVERIFY(
        file->actions().contains(m_window->findChild<QAction *>(QStringLiteral("actionNewJob"))));
    QCOMPARE(navigation->currentRow(), 6); // made, not shown
}

void TestMainWindow::jobsBadgeWithoutTheJobsPage()
{
    // A job that fails turns the Jobs item red though the Jobs page was never shown.
    m_window->jobQueue()->setJobFunction(qm::kCleanupJobKind, [](qm::JobContext &) {
        return qm::JobOutcome::failed(QStringLiteral("no"));
    });
    QTRY_COMPARE(m_window->jobQueue()->runnerState(), qm::JobRunnerState::Running);
    qm::JobSpec spec;
    spec.kind = qm::kCleanupJobKind;
    spec.source = m_dir->filePath(QStringLiteral("old"));
    m_window->jobQueue()->enqueue(spec);
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigationList"));
    QTRY_COMPARE(navigation->item(6)->text(), QStringLiteral("Jobs (1 failed)"));
    QVERIFY(!m_window->isPageMade(QStringLiteral("jobs")));
    // Seen once the page is on screen.
    QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
    QTRY_COMPARE(navigation->item(6)->text(), QStringLiteral("Jobs"));
}

void TestMainWindow::alertsBadgeFromOpenAlerts()
{
    // Two alerts left open by an earlier run: the sidebar counts them at start-up, and
    // the Alerts page (Ctrl+5) lists them.
    m_window.reset();
    {
        qm::HistoryStore store;
        QString error;
        QVERIFY2(store.open(qm::historyDatabasePath(), &error), qPrintable(error));
        QList<qm::AlertEvent> events;
        for (const auto &[host, severity] :
             {std::pair{QStringLiteral("gpu-1"), qm::AlertSeverity::Critical},
              std::pair{QStringLiteral("gpu-2"), qm::AlertSeverity::Warning}}) {
            qm::AlertEvent event;
            event.alert.rule = qm::alertRuleKey(qm::AlertRuleKind::HostUnreachable);
            event.alert.host = host;
            event.alert.severity = severity;
            event.alert.message = QStringLiteral("%1 has not answered").arg(host);
            event.alert.raisedAt = QDateTime::currentDateTimeUtc();
            events.append(event);
        }
        QVERIFY2(qm::AlertStore(store.database()).record(&events, &error), qPrintable(error));
    }
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->show();
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigationList"));
    QTRY_COMPARE(navigation->item(4)->text(), QStringLiteral("Alerts (2)"));
    QCOMPARE(navigation->item(4)->toolTip(), QStringLiteral("2 open alert(s), 1 critical"));
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
    auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("pageStack"));
    QCOMPARE(stack->currentWidget(), m_window->alertsPage());
    auto *view = m_window->alertsPage()->findChild<QTreeView *>(QStringLiteral("alertsView"));
    QCOMPARE(view->model()->rowCount(), 2);
}

void TestMainWindow::f5Refreshes()
{
    auto *page = m_window->findChild<DashboardPage *>(QStringLiteral("dashboardPage"));
    QTRY_VERIFY(!page->volumeMonitor()->isRefreshing());
    QSignalSpy started(page->volumeMonitor(), &qm::VolumeMonitor::refreshStarted);
    QSignalSpy updated(page->volumeMonitor(), &qm::VolumeMonitor::volumesUpdated);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QCOMPARE(started.size(), 1);
    QTRY_COMPARE(updated.size(), 1);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Volumes read")));
}

void TestMainWindow::backgroundProbesLeaveTheStatusBar()
{
    // The start-up probe of this machine, and any periodic one, must not overwrite what the
    // page in front said.
    auto *hosts = m_window->hostsPage();
    QVERIFY(hosts);
    const QString self = hosts->scheduler()->hosts().first().name;
    QTRY_VERIFY(!hosts->model()->state(self).probe.name.isEmpty());
    QTRY_VERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Volumes read")),
                 qPrintable(m_window->statusBar()->currentMessage()));
    QSignalSpy finished(hosts->scheduler(), &qm::ProbeScheduler::probeFinished);
    hosts->scheduler()->probeNow(self);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Volumes read")),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestMainWindow::probeJobsReachTheHostsPage()
{
    // A probe job (the Jobs page's "probe all", a schedule) probes the hosts as the Hosts
    // page has them, and the page shows what it found.
    auto *hosts = m_window->hostsPage();
    const QString self = hosts->scheduler()->hosts().first().name;
    QTRY_VERIFY(!hosts->model()->state(self).probe.name.isEmpty());
    QTRY_COMPARE(m_window->jobQueue()->runnerState(), qm::JobRunnerState::Running);
    const QDateTime before = hosts->model()->state(self).probe.probedAt;
    QSignalSpy finished(hosts->scheduler(), &qm::ProbeScheduler::probeFinished);
    QSignalSpy queued(m_window->jobQueue(), &qm::JobQueueService::enqueued);
    m_window->jobQueue()->enqueue(qm::probeJobSpec(self));
    QTRY_COMPARE(queued.size(), 1);
    const qint64 id = queued[0][0].toLongLong();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
    QCOMPARE(finished[0][0].value<qm::HostProbe>().name, self);
    QVERIFY(hosts->model()->state(self).probe.probedAt > before);
    QTRY_VERIFY(m_window->jobQueue()->job(id) &&
                m_window->jobQueue()->job(id)->state == qm::JobState::Succeeded);
}

void TestMainWindow::systemFilesystemsToggle()
{
    QTreeView *view = volumesView(m_window.get());
    auto *page = m_window->findChild<DashboardPage *>(QStringLiteral("dashboardPage"));
    QTRY_VERIFY(view->model()->rowCount() > 0);
    const int all = page->volumesModel()->rowCount();
    const int shown = view->model()->rowCount();
    QVERIFY2(all > shown, "this machine has /proc and /sys at least, hidden by default");

    auto *toggle = m_window->findChild<QAction *>(QStringLiteral("actionShowSystemVolumes"));
    QVERIFY(!toggle->isChecked());
    toggle->trigger();
    QCOMPARE(view->model()->rowCount(), all);
    QVERIFY(m_settings->showSystemVolumes());
    QVERIFY(rowOf(view->model(), QStringLiteral("/proc")) >= 0);
    toggle->trigger();
    QCOMPARE(view->model()->rowCount(), shown);
}

void TestMainWindow::geometryIsRestored()
{
    // After the volumes arrived (a long host line must not widen the window).
    auto *page = m_window->findChild<DashboardPage *>(QStringLiteral("dashboardPage"));
    QTRY_VERIFY(page->volumeMonitor()->lastRefreshed().isValid());
    m_window->resize(900, 640);
    QTRY_COMPARE(m_window->size(), QSize(900, 640));
    m_window->findChild<QAction *>(QStringLiteral("actionShowSidebar"))->trigger();
    m_window->close();
    m_window.reset();

    MainWindow again(m_settings.get());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(900, 640));
    QVERIFY(again.findChild<QListWidget *>(QStringLiteral("navigationList"))->isHidden());
    again.close();
}

void TestMainWindow::aboutShowsVersions()
{
    m_window->findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
    auto *about = m_window->findChild<qm::AboutDialog *>(QStringLiteral("aboutDialog"));
    QVERIFY(about);
    QTRY_VERIFY(about->isVisible());
    const QString text = about->versionsText();
    QVERIFY(text.contains(QStringLiteral("Quartermaster " QM_VERSION)));
    QVERIFY(text.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("SQLite 3\\.\\d+"))));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("libarchive 3\\.\\d+"))));
    about->close();
}

void TestMainWindow::preferencesChangeThresholds()
{
    m_window->findChild<QAction *>(QStringLiteral("actionPreferences"))->trigger();
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("preferencesDialog"));
    QVERIFY(dialog);
    auto *warning = dialog->findChild<QSpinBox *>(QStringLiteral("warningFreeSpin"));
    auto *critical = dialog->findChild<QSpinBox *>(QStringLiteral("criticalFreeSpin"));
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    // Jobs: whether the runner runs with the window closed, as the service manager says
    // (asked off the GUI thread); the button then offers the other way.
    auto *service = dialog->findChild<QPushButton *>(QStringLiteral("runnerServiceButton"));
    QTRY_VERIFY(service->isEnabled());
    const QString said = dialog->findChild<QLabel *>(QStringLiteral("runnerServiceLabel"))->text();
    if (QFileInfo::exists(qm::runnerServicePath()))
        QVERIFY2(said.contains(QStringLiteral("installed")) ||
                     said.contains(QStringLiteral("closed")),
                 qPrintable(said));
    else
        QVERIFY2(said.contains(QStringLiteral("only while this window is open")), qPrintable(said));
    QCOMPARE(service->text().contains(QStringLiteral("Closed")),
             !QFileInfo::exists(qm::runnerServicePath()));
    QCOMPARE(warning->value(), 20);
    QCOMPARE(critical->value(), 10);

    critical->setValue(30); // above warning: refused until mended
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    critical->setValue(15);
    warning->setValue(35);
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());

    // Data categories are checked as typed; the probe interval is in minutes.
    auto *categories = dialog->findChild<QPlainTextEdit *>(QStringLiteral("categoriesEdit"));
    QVERIFY(categories->toPlainText().startsWith(QStringLiteral("games: *.db\n")));
    categories->setPlainText(QStringLiteral("games *.db"));
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    categories->setPlainText(QStringLiteral("games: *.db *.sqlite\nplies: ply_files/*.ply"));
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    auto *daemons = dialog->findChild<QPlainTextEdit *>(QStringLiteral("daemonsEdit"));
    QVERIFY(daemons->toPlainText().contains(QStringLiteral("coordinator: unified_data_sync")));
    daemons->setPlainText(QStringLiteral("coordinator"));
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    daemons->setPlainText(QStringLiteral("mac-*: unified_data_sync"));
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    dialog->findChild<QSpinBox *>(QStringLiteral("probeIntervalSpin"))->setValue(15);
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("localRootsEdit"))
        ->setPlainText(QStringLiteral("/srv/data\n\n"));
    auto *sampleCache = dialog->findChild<QSpinBox *>(QStringLiteral("sampleCacheSpin"));
    QCOMPARE(sampleCache->value(), 2); // GiB, the default
    sampleCache->setValue(5);
    buttons->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(m_settings->sampleCacheBytes(), 5LL << 30);
    QCOMPARE(m_settings->probeInterval(), std::chrono::seconds(15 * 60));
    QCOMPARE(m_settings->dataCategories().size(), 2);
    QCOMPARE(m_settings->dataCategories().at(0).patterns,
             QStringList({QStringLiteral("*.db"), QStringLiteral("*.sqlite")}));
    QCOMPARE(m_settings->localDataRoots(), QStringList{QStringLiteral("/srv/data")});
    QCOMPARE(m_settings->daemonRules().size(), 1);
    QCOMPARE(m_settings->daemonRules().at(0).name, QStringLiteral("mac-*"));

    QCOMPARE(m_settings->usageThresholds(), (qm::UsageThresholds{35.0, 15.0}));
    auto *page = m_window->findChild<DashboardPage *>(QStringLiteral("dashboardPage"));
    QCOMPARE(page->volumesModel()->usageThresholds(), (qm::UsageThresholds{35.0, 15.0}));
}

void TestMainWindow::preferencesEditAlertsAndRetention()
{
    m_window->findChild<QAction *>(QStringLiteral("actionPreferences"))->trigger();
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("preferencesDialog"));
    QVERIFY(dialog);
    auto *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                   ->button(QDialogButtonBox::Ok);
    const auto spin = [dialog](const QString &name) {
        return dialog->findChild<QDoubleSpinBox *>(name);
    };
    // The defaults, in the units a person reads: hours, GB, minutes.
    QCOMPARE(spin(QStringLiteral("forecast-full_warning"))->value(), 24.0);
    QCOMPARE(spin(QStringLiteral("forecast-full_critical"))->value(), 4.0);
    QCOMPARE(spin(QStringLiteral("category-size_margin"))->value(), 10.0);
    QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("host-unreachable_for"))->value(), 0);
    QCOMPARE(spin(QStringLiteral("host-unreachable_warning"))->value(), 15.0);
    QVERIFY(!spin(QStringLiteral("max-disk-usage_warning"))); // the config holds it
    auto *limits = dialog->findChild<QPlainTextEdit *>(QStringLiteral("categoryLimitsEdit"));
    QCOMPARE(limits->toPlainText(), QStringLiteral("ply_rejected: 300 GB"));

    // Full within 2 h as a warning but 4 h as critical: milder, refused until mended.
    spin(QStringLiteral("forecast-full_warning"))->setValue(2);
    QVERIFY(!ok->isEnabled());
    auto *validation = dialog->findChild<QLabel *>(QStringLiteral("validationLabel"));
    QVERIFY2(validation->text().contains(QStringLiteral("Full soon")),
             qPrintable(validation->text()));
    spin(QStringLiteral("forecast-full_warning"))->setValue(48);
    QVERIFY(ok->isEnabled());
    limits->setPlainText(QStringLiteral("ply_rejected: lots"));
    QVERIFY(!ok->isEnabled());
    limits->setPlainText(QStringLiteral("ply_rejected: 500 GB\nlogs: 2 TB"));
    QVERIFY(ok->isEnabled());
    auto *locationLimits =
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("locationLimitsEdit"));
    QVERIFY(locationLimits->toPlainText().isEmpty());                      // none by default
    QCOMPARE(spin(QStringLiteral("location-full_warning"))->value(), 7.0); // days
    locationLimits->setPlainText(QStringLiteral("rclone:s3:backups"));
    QVERIFY(!ok->isEnabled());
    QVERIFY2(validation->text().contains(QStringLiteral("Storage location limits")),
             qPrintable(validation->text()));
    locationLimits->setPlainText(QStringLiteral("rclone:s3:backups: 2 TB"));
    QVERIFY(ok->isEnabled());
    auto *stale = dialog->findChild<QCheckBox *>(QStringLiteral("stale-data_enabled"));
    stale->setChecked(false);
    QVERIFY(!spin(QStringLiteral("stale-data_warning"))->isEnabled());
    dialog->findChild<QSpinBox *>(QStringLiteral("volume-free_for"))->setValue(10);
    dialog->findChild<QCheckBox *>(QStringLiteral("notificationsCheck"))->setChecked(false);

    // History: hourly figures at least as long as raw probes.
    auto *raw = dialog->findChild<QSpinBox *>(QStringLiteral("rawDaysSpin"));
    auto *hourly = dialog->findChild<QSpinBox *>(QStringLiteral("hourlyDaysSpin"));
    QCOMPARE(raw->value(), 14);
    QCOMPARE(hourly->value(), 365);
    raw->setValue(30);
    hourly->setValue(20);
    QVERIFY(!ok->isEnabled());
    hourly->setValue(730);
    QVERIFY(ok->isEnabled());

    QSignalSpy rulesChanged(m_settings.get(), &Settings::alertRulesChanged);
    ok->click();
    QCOMPARE(rulesChanged.size(), 1);
    const qm::AlertRules rules = m_settings->alertRules();
    QCOMPARE(rules.rule(qm::AlertRuleKind::ForecastFull).warning, 48.0 * 3600);
    QVERIFY(!rules.rule(qm::AlertRuleKind::StaleData).enabled);
    QCOMPARE(rules.rule(qm::AlertRuleKind::VolumeFree).forSecs, 600);
    QCOMPARE(rules.categoryLimits,
             (QList<qm::CategoryLimit>{{QStringLiteral("ply_rejected"), 500'000'000'000},
                                       {QStringLiteral("logs"), 2'000'000'000'000}}));
    QCOMPARE(rules.locationLimits,
             (QList<qm::LocationLimit>{{QStringLiteral("rclone:s3:backups"), 2'000'000'000'000}}));
    QVERIFY(!m_settings->alertNotifications());
    QCOMPARE(m_settings->historyRetention().rawDays, 30);
    QCOMPARE(m_settings->historyRetention().hourlyDays, 730);

    // Restore Defaults brings every field back.
    m_window->findChild<QAction *>(QStringLiteral("actionPreferences"))->trigger();
    dialog = m_window->findChildren<QDialog *>(QStringLiteral("preferencesDialog")).last();
    QCOMPARE(dialog->findChild<QDoubleSpinBox *>(QStringLiteral("forecast-full_warning"))->value(),
             48.0);
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
        ->button(QDialogButtonBox::RestoreDefaults)
        ->click();
    QCOMPARE(dialog->findChild<QDoubleSpinBox *>(QStringLiteral("forecast-full_warning"))->value(),
             24.0);
    QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("stale-data_enabled"))->isChecked());
    QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("rawDaysSpin"))->value(), 14);
}

void TestMainWindow::opensConfigAndRemembersIt()
{
    QVERIFY2(QFile::exists(kFixture), "tests/data/distributed_hosts.template.yaml is missing");
    // Let the first volume reading land first: its status message would replace ours.
    auto *page = m_window->findChild<DashboardPage *>(QStringLiteral("dashboardPage"));
    QTRY_VERIFY(page->volumeMonitor()->lastRefreshed().isValid());
    QSignalSpy opened(m_window.get(), &MainWindow::configOpened);
    m_window->openConfig(kFixture);
    QTRY_COMPARE(opened.size(), 1);
    const QString absolute = QFileInfo(kFixture).absoluteFilePath();
    QCOMPARE(m_window->configPath(), absolute);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("distributed_hosts.template.yaml")));
    QCOMPARE(m_settings->recentFiles().value(0), absolute);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("230 line")));

    auto *recent = m_window->findChild<QMenu *>(QStringLiteral("menuRecentFiles"));
    QVERIFY(recent);
    const QList<QAction *> actions = recent->actions();
    QVERIFY(actions.size() >= 2);
    QVERIFY(actions.first()->text().contains(absolute));
}

void TestMainWindow::missingConfigShowsAnError()
{
    const QString missing = m_dir->filePath(QStringLiteral("gone.yaml"));
    m_settings->addRecentFile(missing);
    QSignalSpy failed(m_window.get(), &MainWindow::configOpenFailed);
    m_window->openConfig(missing);
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("does not exist")));
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("configErrorBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(missing));
    QVERIFY(!m_settings->recentFiles().contains(missing)); // a vanished file leaves the list
    QVERIFY(m_window->configPath().isEmpty());
    box->close();
}

void TestMainWindow::replicationFeedsTheAlerts()
{
    // An ephemeral host whose games have lacked copies for two days: the Replication
    // page (Ctrl+7) lists it from the config, and its measurement reaches the alert
    // monitor, whose EphemeralReplication rule raises a critical alert.
    const QString path = m_dir->filePath(QStringLiteral("hosts.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("sync_routing: {replication_target: 2}\n"
               "hosts:\n"
               "  vast-1: {ssh_host: v.invalid, is_ephemeral: true,"
               " storage_paths: {games: /data/games}}\n"
               "  hub: {ssh_host: h.invalid, storage_paths: {games: /srv/games}}\n");
    file.close();
    QSignalSpy opened(m_window.get(), &MainWindow::configOpened);
    m_window->openConfig(path);
    QTRY_COMPARE(opened.size(), 1);
    qm::ReplicationPage *page = m_window->replicationPage();
    QTRY_COMPARE(page->model()->rowCount(), 2);
    QTest::keyClick(m_window.get(), Qt::Key_8, Qt::ControlModifier);
    auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("pageStack"));
    QCOMPARE(stack->currentWidget(), page);

    // The rule looks at hosts with a live state: vast-1 is probed (a reserved .invalid
    // name: unreachable at once, never looked up).
    m_window->hostsPage()->scheduler()->probeNow(QStringLiteral("vast-1"));
    QTRY_VERIFY(m_window->hostsPage()->model()->states().contains(QStringLiteral("vast-1")));

    qm::RouteMeasurement measurement;
    for (const auto &row : page->model()->rows()) {
        if (row.route.producer == QLatin1String("vast-1"))
            measurement.route = row.route;
    }
    measurement.target = 2;
    measurement.measuredAt = QDateTime::currentDateTimeUtc();
    measurement.tally.atRiskFiles = 4;
    measurement.tally.atRiskBytes = 4096;
    measurement.tally.oldestAtRisk = measurement.measuredAt.addDays(-2);
    page->addMeasurement(measurement);
    const auto raised = [this] {
        for (const qm::Alert &alert : m_window->alertMonitor()->openAlerts()) {
            if (alert.rule == QLatin1String("ephemeral-replication") &&
                alert.host == QLatin1String("vast-1") && alert.subject == QLatin1String("games"))
                return alert.severity == qm::AlertSeverity::Critical;
        }
        return false;
    };
    QTRY_VERIFY(raised());
}

void TestMainWindow::jobsPageAndQuitWithARunningJob()
{
    m_window->jobQueue()->setJobFunction(qm::kCleanupJobKind, sleeper);
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigationList"));
    QTRY_COMPARE(m_window->jobQueue()->runnerState(), qm::JobRunnerState::Running);
    QSignalSpy queued(m_window->jobQueue(), &qm::JobQueueService::enqueued);
    qm::JobSpec spec;
    spec.kind = qm::kCleanupJobKind;
    spec.source = m_dir->filePath(QStringLiteral("old"));
    m_window->jobsPage()->enqueue(spec);
    QVERIFY(queued.wait(5000));
    const qint64 id = queued.first().first().toLongLong();
    QTRY_VERIFY(m_window->jobQueue()->job(id) &&
                m_window->jobQueue()->job(id)->state == qm::JobState::Running);
    QTRY_COMPARE(navigation->item(6)->text(), QStringLiteral("Jobs (1 running)"));
    QTRY_VERIFY([id] { // its program started
        qm::JobStore store;
        QString error;
        return store.open(qm::jobsDatabasePath(), &error) && !store.commands(id).isEmpty();
    }());

    // Ctrl+7 shows the page, the job in it.
    QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
    auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("pageStack"));
    QCOMPARE(stack->currentWidget(), m_window->jobsPage());
    QVERIFY(m_window->jobsPage()->model()->rowOf(id) >= 0);

    // Quitting stops the job's program without hanging; the next runner resumes it.
    QElapsedTimer timer;
    timer.start();
    m_window->close();
    m_window.reset();
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(storedJob(id)->state, qm::JobState::Interrupted);
}

void TestMainWindow::queuedJobsRunWithTheConfigGivenAtStart()
{
    // A sync to a host of the config, queued while the app was not running (by a
    // schedule, or `qmctl jobs add`): the app runs it with the config it is started with,
    // not before that config is open.
    m_window.reset();
    QString error;
    qm::SyncRequest request;
    request.source = *qm::SyncEndpoint::parse(QStringLiteral("vast-example:/data"), &error);
    request.destination = *qm::SyncEndpoint::parse(m_dir->filePath(QStringLiteral("copy")), &error);
    qint64 id = 0;
    {
        qm::JobStore store;
        QVERIFY2(store.open(qm::jobsDatabasePath(), &error), qPrintable(error));
        id = store.add(qm::syncJobSpec(request), QDateTime::currentMSecsSinceEpoch(), &error);
        QVERIFY2(id > 0, qPrintable(error));
    }
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->show();
    m_window->openConfig(kFixture); // as main() does with the command line's config
    QTRY_VERIFY(storedJob(id) && storedJob(id)->attempts >= 1 &&
                storedJob(id)->state != qm::JobState::Running);
    // It reached for the host the config names (a reserved .invalid name: never looked
    // up), instead of failing for a host it did not know.
    const QString reason = storedJob(id)->error;
    QVERIFY2(!reason.contains(QStringLiteral("not a host of the config")), qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("vast-example")), qPrintable(reason));
}

void TestMainWindow::aCleanupFromTheSpacePageRemovesItsPlan()
{
    // Space → Clean Up… on a folder: New Job on that folder, reviewed, queued with its
    // plan; the files of the plan go to the trash, a newer one stays, and the page
    // scans the folder again when the job has ended.
    const QString root = m_dir->filePath(QStringLiteral("imports"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/2025")));
    const auto write = [](const QString &path, int days) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write("old import\n") > 0 && file.flush() &&
               file.setFileTime(QDateTime::currentDateTimeUtc().addDays(-days),
                                QFileDevice::FileModificationTime);
    };
    QVERIFY(write(root + QStringLiteral("/2025/a.npz"), 200));
    QVERIFY(write(root + QStringLiteral("/2025/b.npz"), 90));
    QVERIFY(write(root + QStringLiteral("/fresh.npz"), 0));
    m_window->session()->showPage(QStringLiteral("space"), root);
    auto *space = m_window->findChild<qm::SpacePage *>();
    QVERIFY(space);
    QTRY_VERIFY_WITH_TIMEOUT(!space->isScanning(), 10'000);
    QTRY_COMPARE(m_window->jobQueue()->runnerState(), qm::JobRunnerState::Running);

    Q_EMIT space->cleanUpRequested(root);
    qm::NewJobDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = space->findChild<qm::NewJobDialog *>()));
    QCOMPARE(dialog->kindKey(), QStringLiteral("cleanup"));
    QCOMPARE(dialog->arguments().words, QStringList{root});
    QSignalSpy reviewed(dialog, &qm::NewJobDialog::reviewed);
    dialog->review();
    QVERIFY(reviewed.wait(20'000));
    QVERIFY2(reviewed.first().first().toBool(), qPrintable(dialog->reviewText()));
    QVERIFY2(dialog->reviewText().contains(QLatin1String("a.npz")),
             qPrintable(dialog->findChild<QLabel *>(QStringLiteral("reviewState"))->text()));
    QVERIFY(dialog->reviewText().contains(QLatin1String("b.npz")));
    QVERIFY(!dialog->reviewText().contains(QLatin1String("fresh.npz")));
    QSignalSpy queued(m_window->jobQueue(), &qm::JobQueueService::enqueued);
    QSignalSpy rescanned(space, &qm::SpacePage::scanFinished);
    dialog->accept();
    QVERIFY(queued.wait(5000));
    const qint64 id = queued.first().first().toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->jobQueue()->job(id) &&
                                 m_window->jobQueue()->job(id)->state == qm::JobState::Succeeded,
                             20'000);
    QVERIFY(!QFile::exists(root + QStringLiteral("/2025/a.npz")));
    QVERIFY(!QFile::exists(root + QStringLiteral("/2025/b.npz")));
    QVERIFY(QFile::exists(root + QStringLiteral("/fresh.npz")));
    QTRY_VERIFY_WITH_TIMEOUT(rescanned.count() > 0, 10'000);

    // Archive… opens New Job on an archive of the same folder.
    Q_EMIT space->archiveRequested(root);
    const auto archiveOf = [space](const QString &folder) {
        for (qm::NewJobDialog *open : space->findChildren<qm::NewJobDialog *>()) {
            if (open->kindKey() == QLatin1String("archive") &&
                open->arguments().words == QStringList{folder})
                return true;
        }
        return false;
    };
    QTRY_VERIFY(archiveOf(root));
}

void TestMainWindow::logLinesLinkToHostsTrendsAndJobs()
{
    // A config with two hosts; a log line whose worker names one of them (in another case).
    const QString path = m_dir->filePath(QStringLiteral("hosts.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hosts:\n"
               "  vast-1: {ssh_host: v.invalid, storage_paths: {games: /data/games}}\n"
               "  hub: {ssh_host: h.invalid, storage_paths: {games: /srv/games}}\n");
    file.close();
    QSignalSpy opened(m_window.get(), &MainWindow::configOpened);
    m_window->openConfig(path);
    QTRY_COMPARE(opened.size(), 1);

    // Jobs that ran just now: one of vast-1, one of hub.
    m_window->jobQueue()->setJobFunction(
        qm::kCleanupJobKind, [](qm::JobContext &) { return qm::JobOutcome::succeeded(); });
    QTRY_COMPARE(m_window->jobQueue()->runnerState(), qm::JobRunnerState::Running);
    QSignalSpy queued(m_window->jobQueue(), &qm::JobQueueService::enqueued);
    QList<qint64> jobs;
    for (const QString &host : {QStringLiteral("vast-1"), QStringLiteral("hub")}) {
        qm::JobSpec spec;
        spec.kind = qm::kCleanupJobKind;
        spec.source = host + QStringLiteral(":/data/old");
        spec.hosts = {host};
        m_window->jobQueue()->enqueue(spec);
        QTRY_COMPARE(queued.size(), jobs.size() + 1);
        jobs.append(queued.last().first().toLongLong());
        QTRY_VERIFY(m_window->jobQueue()->job(jobs.last()) &&
                    m_window->jobQueue()->job(jobs.last())->state == qm::JobState::Succeeded);
    }

    const qint64 atMs = QDateTime::currentMSecsSinceEpoch() - 30 * 60'000;
    const qm::LogLine ofHost =
        logLine(QStringLiteral("worker"), QStringLiteral("w-7"), QStringLiteral("VAST-1"), atMs,
                QStringLiteral("selfplay up"));
    const qm::LogLine ofNone =
        logLine(QStringLiteral("worker"), QStringLiteral("w-8"), QStringLiteral("gpu-unknown"),
                atMs - 1000, QStringLiteral("elsewhere"));
    QVERIFY(addLogLines({ofHost, ofNone}));
    m_window->session()->showPage(QStringLiteral("logs"));
    auto *logs = qobject_cast<qm::LogsPage *>(m_window->page(QStringLiteral("logs")));
    QVERIFY(logs);
    QTRY_VERIFY_WITH_TIMEOUT(!logs->isBusy() && logs->model()->rowCount() == 2, 20'000);
    QCOMPARE(logs->hostOf(ofHost), QStringLiteral("vast-1"));
    QCOMPARE(logs->hostOf(ofNone), QString());
    QVERIFY(!triggerLineLink(logs, ofNone, QStringLiteral("logsShowHost"))); // disabled

    // Show Host: the Hosts page, that host selected.
    auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("pageStack"));
    QVERIFY(triggerLineLink(logs, ofHost, QStringLiteral("logsShowHost")));
    QCOMPARE(stack->currentWidget(), m_window->hostsPage());
    QCOMPARE(m_window->hostsPage()->selectedHost(), QStringLiteral("vast-1"));

    // Trends at This Time: the Trends page, the charts around the line (cut at now).
    m_window->session()->showPage(QStringLiteral("logs"));
    QVERIFY(triggerLineLink(logs, ofHost, QStringLiteral("logsTrendsAtTime")));
    QCOMPARE(stack->currentWidget(), m_window->trendsPage());
    const QPair<qint64, qint64> span = m_window->trendsPage()->span();
    QCOMPARE(span.first, atMs - 12 * 3'600'000);
    QVERIFY(span.second > atMs && span.second <= QDateTime::currentMSecsSinceEpoch());

    // Jobs Around This Time: the Jobs page with vast-1's job only, selected.
    m_window->session()->showPage(QStringLiteral("logs"));
    QVERIFY(triggerLineLink(logs, ofHost, QStringLiteral("logsJobsAroundTime")));
    qm::JobsPage *jobsPage = m_window->jobsPage();
    QCOMPARE(stack->currentWidget(), jobsPage);
    QCOMPARE(jobsPage->filterModel()->rowCount(), 1);
    QVERIFY(jobsPage->selectedJob());
    QCOMPARE(jobsPage->selectedJob()->id, jobs.first());
    auto *around = jobsPage->findChild<QWidget *>(QStringLiteral("jobsAroundBar"));
    QVERIFY(around->isVisible());
    QVERIFY(jobsPage->findChild<QLabel *>(QStringLiteral("jobsAroundLabel"))
                ->text()
                .contains(QStringLiteral("vast-1")));
    QTest::mouseClick(jobsPage->findChild<QPushButton *>(QStringLiteral("jobsAroundClear")),
                      Qt::LeftButton);
    QVERIFY(!around->isVisible());
    QCOMPARE(jobsPage->filterModel()->rowCount(), 2);
}

void TestMainWindow::aJobShowsItsLogLines()
{
    m_window->jobQueue()->setJobFunction(
        qm::kCleanupJobKind, [](qm::JobContext &) { return qm::JobOutcome::succeeded(); });
    QTRY_COMPARE(m_window->jobQueue()->runnerState(), qm::JobRunnerState::Running);
    QSignalSpy queued(m_window->jobQueue(), &qm::JobQueueService::enqueued);
    qm::JobSpec spec;
    spec.kind = qm::kCleanupJobKind;
    spec.source = m_dir->filePath(QStringLiteral("old"));
    m_window->jobQueue()->enqueue(spec);
    QVERIFY(queued.wait(5000));
    const qint64 id = queued.first().first().toLongLong();
    QTRY_VERIFY(m_window->jobQueue()->job(id) &&
                m_window->jobQueue()->job(id)->state == qm::JobState::Succeeded);

    // The job's events as the runner writes them, three days old (outside the page's
    // default range), beside another job's and a worker's.
    const qint64 old = QDateTime::currentMSecsSinceEpoch() - 3 * 24 * 3'600'000;
    const QString jobSource = QStringLiteral("job:%1").arg(id);
    const QString machine = QStringLiteral("this-machine");
    const QList<qm::LogLine> ofJob = {logLine(QStringLiteral("quartermaster"), jobSource, machine,
                                              old + 2000, QStringLiteral("cleanup finished")),
                                      logLine(QStringLiteral("quartermaster"), jobSource, machine,
                                              old, QStringLiteral("cleanup started"))};
    QVERIFY(addLogLines(ofJob +
                        QList<qm::LogLine>{logLine(QStringLiteral("quartermaster"),
                                                   QStringLiteral("job:%1").arg(id + 100), machine,
                                                   old + 1000, QStringLiteral("another job")),
                                           logLine(QStringLiteral("worker"), jobSource, machine,
                                                   old + 1000, QStringLiteral("not ours"))}));

    // The Logs page seen before, with a search that hides those lines.
    m_window->session()->showPage(QStringLiteral("logs"));
    auto *logs = qobject_cast<qm::LogsPage *>(m_window->page(QStringLiteral("logs")));
    QVERIFY(logs);
    QTRY_VERIFY_WITH_TIMEOUT(!logs->isBusy(), 20'000);
    logs->findChild<QLineEdit *>(QStringLiteral("logsSearch"))->setText(QStringLiteral("zzz"));
    logs->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!logs->isBusy(), 20'000);
    QCOMPARE(logs->model()->rowCount(), 0);

    // Show Log Lines on the job: the Logs page, filtered to its lines over all time.
    m_window->session()->showPage(QStringLiteral("jobs"));
    qm::JobsPage *jobsPage = m_window->jobsPage();
    QVERIFY(jobsPage->selectJob(id));
    auto *show = jobsPage->findChild<QAction *>(QStringLiteral("actionShowJobLogLines"));
    QVERIFY(show && show->isEnabled());
    QVERIFY(jobsPage->findChild<QTreeView *>(QStringLiteral("jobsView"))->actions().contains(show));
    show->trigger();
    auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("pageStack"));
    QCOMPARE(stack->currentWidget(), logs);
    const qm::LogFilter filter = logs->filter();
    QCOMPARE(filter.sourceType, QStringLiteral("quartermaster"));
    QCOMPARE(filter.sourceId, jobSource);
    QVERIFY(filter.fromUs < 0 && filter.toUs < 0);
    QVERIFY(filter.text.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!logs->isBusy() && logs->model()->rowCount() == 2, 20'000);
    QCOMPARE(logs->model()->line(0)->id, ofJob[0].id);
    QCOMPARE(logs->model()->line(1)->id, ofJob[1].id);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
