#include "mainwindow.h"

#include "alerts/alertmonitor.h"
#include "alerts/alertnotifier.h"
#include "alerts/alertspage.h"
#include "config/configdocument.h"
#include "config/configfile.h"
#include "config/configpage.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/hostcards.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/preferencesdialog.h"
#include "fleet/probescheduler.h"
#include "history/historystore.h"
#include "hosts/hostprobesmodel.h"
#include "hosts/hostspage.h"
#include "jobs/jobnotifier.h"
#include "jobs/jobqueueservice.h"
#include "jobs/jobsmodel.h"
#include "jobs/jobspage.h"
#include "replication/replicationpage.h"
#include "samples/samplespage.h"
#include "settings/settings.h"
#include "trends/trendspage.h"
#include "ui_mainwindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

// Resources of a static library are registered explicitly (outside any namespace).
static void initResources()
{
    Q_INIT_RESOURCE(quartermaster);
}

namespace qm {

namespace {
const QString kGeometry = QStringLiteral("geometry");
const QString kState = QStringLiteral("state");
const QString kSplitter = QStringLiteral("splitter");
const QString kDashboardHeader = QStringLiteral("dashboardHeader");
const QString kConfigLayout = QStringLiteral("configLayout");
} // namespace

MainWindow::MainWindow(Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(settings)
{
    initResources(); // before anything loads an icon
    m_dashboard = new DashboardPage(settings);
    m_config = new ConfigPage;
    m_hosts = new HostsPage(settings);
    m_trends = new TrendsPage(settings);
    m_alerts = new AlertsPage;
    m_replication = new ReplicationPage;
    m_samples = new SamplesPage(settings);
    // Alerts are watched from the start, whichever page is in front.
    m_alertMonitor = new AlertMonitor(this);
    m_alertMonitor->setHistoryPath(historyDatabasePath());
    // The alert rules are the Preferences' (settings), now and whenever they change.
    m_alertMonitor->setRules(settings->alertRules());
    connect(settings, &Settings::alertRulesChanged, m_alertMonitor,
            [this] { m_alertMonitor->setRules(m_settings->alertRules()); });
    m_alerts->setMonitor(m_alertMonitor);
    // The job queue runs (in a thread of its own) whichever page is in front: jobs left
    // interrupted by the last run resume. It starts once the config given at start-up
    // (if any) is open, so that queued jobs run with its hosts.
    m_jobQueue = new JobQueueService({}, this);
    updateJobEnvironment();
    QTimer::singleShot(0, this, [this] {
        if (!m_configPending)
            m_jobQueue->start();
    });
    m_jobs = new JobsPage(m_jobQueue);
    // Sync Now on the Replication page queues its syncs here, and Measure its
    // measurement (whose results come back through the job environment).
    connect(m_replication, &ReplicationPage::syncRequested, m_jobQueue, &JobQueueService::enqueue);
    m_replication->setJobQueue(m_jobQueue);
    m_samples->setJobQueue(m_jobQueue);
    m_ui->setupUi(this);
    setAcceptDrops(true);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/quartermaster.svg")));

    m_ui->actionOpenConfig->setIcon(QIcon::fromTheme(
        QStringLiteral("document-open"), QIcon(QStringLiteral(":/icons/document-open.svg"))));
    m_ui->actionRefresh->setIcon(QIcon::fromTheme(
        QStringLiteral("view-refresh"), QIcon(QStringLiteral(":/icons/view-refresh.svg"))));

    addPage(m_dashboard, QIcon(QStringLiteral(":/icons/dashboard.svg")), tr("Dashboard"));
    addPage(m_hosts, QIcon(QStringLiteral(":/icons/hosts.svg")), tr("Hosts"));
    addPage(m_config, QIcon(QStringLiteral(":/icons/config.svg")), tr("Config"));
    addPage(m_trends, QIcon(QStringLiteral(":/icons/trends.svg")), tr("Trends"));
    addPage(m_alerts, QIcon(QStringLiteral(":/icons/alerts.svg")), tr("Alerts"));
    addPage(m_jobs, QIcon(QStringLiteral(":/icons/jobs.svg")), tr("Jobs"));
    addPage(m_replication, QIcon(QStringLiteral(":/icons/replication.svg")), tr("Replication"));
    addPage(m_samples, QIcon(QStringLiteral(":/icons/samples.svg")), tr("Samples"));
    connect(m_ui->navigationList, &QListWidget::currentRowChanged, m_ui->pageStack,
            &QStackedWidget::setCurrentIndex);
    m_ui->navigationList->setCurrentRow(0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({170, 930});

    connect(m_dashboard, &DashboardPage::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_config, &ConfigPage::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_config, &ConfigPage::closeRequested, this, &QWidget::close);
    connect(m_hosts, &HostsPage::statusMessage, this, &MainWindow::showStatusMessage);
    // The hosts follow the config as it is edited; their live state feeds its checks.
    connect(m_config->document(), &ConfigDocument::checked, this,
            [this](const std::shared_ptr<const ConfigSnapshot> &snapshot) {
                const FleetConfig *config = snapshot->document ? &snapshot->config : nullptr;
                m_hosts->setConfig(m_configPath, config);
                m_trends->setConfig(config);
                m_alertMonitor->setConfig(config);
                m_replication->setConfig(config);
                m_jobConfig = config
                                  ? std::shared_ptr<const FleetConfig>(snapshot, &snapshot->config)
                                  : nullptr;
                updateJobEnvironment();
                m_configPending = false;
                m_jobQueue->start(); // once; later calls do nothing
            });
    connect(m_hosts, &HostsPage::hostsChanged, this, &MainWindow::updateJobEnvironment);
    connect(m_hosts, &HostsPage::liveStatesChanged, m_trends, &TrendsPage::historyChanged);
    connect(m_trends, &TrendsPage::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_hosts, &HostsPage::liveStatesChanged, m_config, &ConfigPage::setLiveStates);
    connect(m_hosts, &HostsPage::liveStatesChanged, m_alertMonitor, &AlertMonitor::setLiveStates);
    connect(m_hosts, &HostsPage::liveStatesChanged, m_replication, &ReplicationPage::setLiveStates);
    // What the Replication page measures is what the EphemeralReplication rule reads.
    // Its syncRequested waits for the job queue of the app.
    connect(m_replication, &ReplicationPage::measurementsChanged, m_alertMonitor,
            &AlertMonitor::setReplication);
    connect(m_samples, &SamplesPage::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_replication, &ReplicationPage::statusMessage, this, &MainWindow::showStatusMessage);
    // The Dashboard: the hosts, their states (live or from the history), forecasts,
    // replication and alerts.
    connect(m_hosts, &HostsPage::liveStatesChanged, this,
            [this](const QHash<QString, LiveHostState> &states) {
                m_dashboard->setLiveStates(states, m_hosts->model()->rememberedHosts());
            });
    connect(m_hosts, &HostsPage::hostsChanged, this,
            [this] { m_dashboard->setHosts(m_hosts->scheduler()->hosts()); });
    m_dashboard->setHosts(m_hosts->scheduler()->hosts());
    connect(m_alertMonitor, &AlertMonitor::forecastsChanged, this,
            [this] { m_dashboard->setForecasts(m_alertMonitor->forecasts()); });
    connect(m_replication, &ReplicationPage::measurementsChanged, m_dashboard,
            &DashboardPage::setReplication);
    connect(m_alertMonitor, &AlertMonitor::alertsChanged, this, [this] {
        const QList<Alert> open = m_alertMonitor->openAlerts();
        AlertCounts counts;
        counts.open = int(open.size());
        counts.critical = int(std::count_if(open.cbegin(), open.cend(), [](const Alert &alert) {
            return alert.severity == AlertSeverity::Critical;
        }));
        counts.pending = int(m_alertMonitor->pendingAlerts().size());
        m_dashboard->setAlerts(counts);
    });
    connect(m_dashboard->hostCards(), &HostCardsView::hostActivated, this,
            [this](const QString &host) {
                // The card's volumes, charted.
                QList<QPair<QString, QString>> volumes;
                for (const HostCard &card : m_dashboard->hostCards()->cards()) {
                    for (const VolumeCardLine &line : card.volumes) {
                        if (card.host == host)
                            volumes.append({host, line.mountPoint});
                    }
                }
                m_trends->showVolumes(volumes);
                showPage(m_trends);
            });
    connect(m_alertMonitor, &AlertMonitor::alertsChanged, this, &MainWindow::updateAlertsBadge);
    connect(m_alertMonitor, &AlertMonitor::storeError, this, &MainWindow::showStatusMessage);
    m_notifier = new AlertNotifier(m_alertMonitor, settings, this);
    connect(m_notifier, &AlertNotifier::notified, this,
            [this](const AlertNotification &notification) {
                statusBar()->showMessage(tr("%1 — %2").arg(
                    notification.title, notification.message.section(QLatin1Char('\n'), 0, 0)));
                // Where the platform shows it: the dock or taskbar asks for attention.
                QApplication::alert(this);
            });
    connect(m_notifier, &AlertNotifier::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
        showPage(m_alerts);
    });
    m_alertMonitor->start();

    connect(m_jobs, &JobsPage::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_jobs, &JobsPage::badgeChanged, this, &MainWindow::updateJobsBadge);
    m_jobNotifier = new JobNotifier(m_jobQueue, m_notifier, this);
    connect(m_jobNotifier, &JobNotifier::notified, this,
            [this](const JobNotification &notification) {
                statusBar()->showMessage(tr("%1 — %2").arg(
                    notification.title, notification.message.section(QLatin1Char('\n'), 0, 0)));
                QApplication::alert(this);
            });
    connect(m_jobNotifier, &JobNotifier::activated, this, [this](qint64 id) {
        showNormal();
        raise();
        activateWindow();
        showPage(m_jobs);
        m_jobs->selectJob(id);
    });
    updateJobsBadge();
    connect(m_config->document(), &ConfigDocument::modifiedChanged, this, &MainWindow::updateTitle);

    // File
    connect(m_ui->actionOpenConfig, &QAction::triggered, this, &MainWindow::chooseConfig);
    // The Config page's Save, Undo, Redo and Next Problem, in the menus too.
    const QList<QAction *> configActions = m_config->editActions();
    m_ui->menuFile->insertAction(m_ui->menuRecentFiles->menuAction(), configActions[0]);
    QMenu *edit = new QMenu(tr("&Edit"), this);
    edit->setObjectName(QStringLiteral("menuEdit"));
    edit->addActions(configActions.mid(1));
    menuBar()->insertMenu(m_ui->menuView->menuAction(), edit);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_settings, &Settings::recentFilesChanged, this, &MainWindow::rebuildRecentFilesMenu);
    rebuildRecentFilesMenu();

    // View
    connect(m_ui->actionShowSidebar, &QAction::toggled, m_ui->navigationList, &QWidget::setVisible);
    m_ui->actionShowSystemVolumes->setChecked(m_settings->showSystemVolumes());
    connect(m_ui->actionShowSystemVolumes, &QAction::toggled, m_settings,
            &Settings::setShowSystemVolumes);
    connect(m_settings, &Settings::showSystemVolumesChanged, m_ui->actionShowSystemVolumes,
            &QAction::setChecked);
    connect(m_ui->actionRefresh, &QAction::triggered, m_dashboard, &DashboardPage::refresh);

    // Settings and Help
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    restoreWindowState();
    statusBar()->showMessage(tr("Reading the volumes of this machine…"));
}

MainWindow::~MainWindow()
{
    // Running jobs stop (and come back interrupted) before the pages whose ssh settings
    // they use go away.
    m_jobQueue->stop();
}

void MainWindow::addPage(QWidget *page, const QIcon &icon, const QString &title)
{
    const int index = m_ui->pageStack->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_ui->navigationList);
    item->setData(Qt::UserRole, page->objectName());

    // Ctrl+1, Ctrl+2, ... jump to the pages, in sidebar order.
    auto *go = new QAction(title, this);
    go->setObjectName(QStringLiteral("actionGoTo_") + page->objectName());
    if (index < 9)
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    connect(go, &QAction::triggered, this,
            [this, index] { m_ui->navigationList->setCurrentRow(index); });
    m_ui->menuView->insertAction(m_ui->actionShowSidebar, go);
    if (index == 0)
        m_ui->menuView->insertSeparator(m_ui->actionShowSidebar);
}

void MainWindow::updateAlertsBadge()
{
    QListWidgetItem *item = m_ui->navigationList->item(m_ui->pageStack->indexOf(m_alerts));
    const QList<Alert> open = m_alertMonitor->openAlerts();
    const int critical = int(std::count_if(open.cbegin(), open.cend(), [](const Alert &alert) {
        return alert.severity == AlertSeverity::Critical;
    }));
    const AlertSeverity worst = critical > 0 ? AlertSeverity::Critical : AlertSeverity::Warning;
    item->setIcon(
        alertBadgeIcon(QIcon(QStringLiteral(":/icons/alerts.svg")), int(open.size()), worst));
    item->setText(open.isEmpty() ? tr("Alerts") : tr("Alerts (%1)").arg(open.size()));
    item->setToolTip(
        open.isEmpty()
            ? tr("No open alerts")
            : tr("%n open alert(s), %1 critical", nullptr, int(open.size())).arg(critical));
}

void MainWindow::updateJobsBadge()
{
    const int failed = m_jobs->unseenFailures();
    const int running = m_jobQueue->count(JobState::Running);
    const int queued = m_jobQueue->count(JobState::Queued);
    QListWidgetItem *item = m_ui->navigationList->item(m_ui->pageStack->indexOf(m_jobs));
    item->setToolTip(tr("%1 running, %2 queued; %n failed since you last looked", nullptr, failed)
                         .arg(running)
                         .arg(queued));
    if (m_jobsBadge == qMakePair(failed, running))
        return;
    m_jobsBadge = qMakePair(failed, running);
    const QIcon base(QStringLiteral(":/icons/jobs.svg"));
    if (failed > 0) {
        item->setIcon(badgeIcon(base, failed, QColor(0xc6, 0x28, 0x28)));
        item->setText(tr("Jobs (%1 failed)").arg(failed));
    } else if (running > 0) {
        item->setIcon(badgeIcon(base, running, QColor(0x1f, 0x4e, 0xa8)));
        item->setText(tr("Jobs (%1 running)").arg(running));
    } else {
        item->setIcon(base);
        item->setText(tr("Jobs"));
    }
}

void MainWindow::updateJobEnvironment()
{
    const ProbeScheduler *scheduler = m_hosts->scheduler();
    JobEnvironment environment;
    environment.config = m_jobConfig;
    // The ssh config, known_hosts and connection sharing the probes use.
    environment.ssh = scheduler->options().ssh;
    environment.historyPath = historyDatabasePath();
    // Probe jobs probe the hosts as the Hosts page does, and it shows what they find.
    environment.probeHosts = scheduler->hosts();
    environment.probeCategories = scheduler->options().categories;
    environment.probed = [queue = m_jobQueue, hosts = QPointer<HostsPage>(m_hosts)](
                             const HostProbe &probe, const QDateTime &failingSince) {
        // The queue outlives the threads of its jobs; the page is looked at on its thread.
        QMetaObject::invokeMethod(
            queue,
            [hosts, probe, failingSince] {
                if (hosts)
                    hosts->scheduler()->deliver(probe, failingSince);
            },
            Qt::QueuedConnection);
    };
    environment.routeMeasured = m_replication->measurementSink(m_jobQueue);
    m_jobQueue->setEnvironment(environment);
    m_samples->setEnvironment(m_jobConfig, environment.ssh);
}

void MainWindow::showPage(QWidget *page)
{
    m_ui->navigationList->setCurrentRow(m_ui->pageStack->indexOf(page));
}

void MainWindow::updateTitle()
{
    if (m_configPath.isEmpty())
        return;
    // [*] shows the platform's unsaved-changes mark while the config is modified.
    setWindowTitle(tr("%1[*] — Quartermaster").arg(QFileInfo(m_configPath).fileName()));
    setWindowModified(m_config->isModified());
}

void MainWindow::chooseConfig()
{
    const QString start =
        m_configPath.isEmpty() ? QDir::homePath() : QFileInfo(m_configPath).path();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Fleet Config"), start, tr("Fleet configs (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        openConfig(path);
}

void MainWindow::openConfig(const QString &path)
{
    if (!m_config->maybeDiscard(false))
        return;
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    m_configPending = true;
    auto *watcher = new QFutureWatcher<ConfigFileContents>(this);
    connect(watcher, &QFutureWatcher<ConfigFileContents>::finished, this, [this, watcher] {
        watcher->deleteLater();
        onConfigRead(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(readConfigFile, path));
}

void MainWindow::onConfigRead(const ConfigFileContents &contents)
{
    if (!contents.ok()) {
        statusBar()->showMessage(contents.error);
        if (!QFileInfo::exists(contents.path))
            m_settings->removeRecentFile(contents.path);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Open Config"), contents.error,
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("configErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT configOpenFailed(contents.path, contents.error);
        m_configPending = false;
        m_jobQueue->start(); // without a config, if this was the one given at start-up
        return;
    }
    m_configPath = contents.path;
    m_settings->addRecentFile(contents.path);
    const QString name = QFileInfo(contents.path).fileName();
    setWindowFilePath(contents.path);
    m_config->load(contents.path, contents.bytes);
    updateTitle();
    showPage(m_config);
    statusBar()->showMessage(
        tr("Opened %1 (%n line(s))", nullptr, int(contents.lineCount())).arg(name));
    Q_EMIT configOpened(contents.path);
}

void MainWindow::rebuildRecentFilesMenu()
{
    QMenu *menu = m_ui->menuRecentFiles;
    menu->clear();
    const QStringList files = m_settings->recentFiles();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &file = files[i];
        // &1 ... &9 as mnemonics, then no mnemonic.
        const QString label = (i < 9 ? QStringLiteral("&%1 ").arg(i + 1) : QString()) +
                              QDir::toNativeSeparators(file);
        QAction *action = menu->addAction(label);
        action->setToolTip(file);
        connect(action, &QAction::triggered, this, [this, file] { openConfig(file); });
    }
    if (!files.isEmpty())
        menu->addSeparator();
    QAction *clear = menu->addAction(tr("&Clear Recent Files"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, m_settings, &Settings::clearRecentFiles);
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_settings->windowState(kGeometry);
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1100, 700);
    restoreState(m_settings->windowState(kState));
    const QByteArray splitter = m_settings->windowState(kSplitter);
    if (!splitter.isEmpty())
        m_ui->mainSplitter->restoreState(splitter);
    m_ui->actionShowSidebar->setChecked(m_settings->sidebarVisible());
    m_dashboard->restoreViewState(m_settings->windowState(kDashboardHeader));
    m_config->restoreViewState(m_settings->windowState(kConfigLayout));
}

void MainWindow::saveWindowState()
{
    m_settings->setWindowState(kGeometry, saveGeometry());
    m_settings->setWindowState(kState, saveState());
    m_settings->setWindowState(kSplitter, m_ui->mainSplitter->saveState());
    m_settings->setWindowState(kDashboardHeader, m_dashboard->saveViewState());
    m_settings->setWindowState(kConfigLayout, m_config->saveViewState());
    m_settings->setSidebarVisible(m_ui->actionShowSidebar->isChecked());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_config->maybeDiscard(true)) {
        event->ignore();
        return;
    }
    saveWindowState();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openConfig(urls.first().toLocalFile());
}

void MainWindow::showStatusMessage(const QString &message)
{
    statusBar()->showMessage(message);
}

} // namespace qm
