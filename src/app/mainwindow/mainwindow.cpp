#include "mainwindow.h"

#include "app/alerts/alertnotifier.h"
#include "app/alerts/alertspage.h"
#include "app/config/configdocument.h"
#include "app/config/configpage.h"
#include "app/dashboard/dashboardpage.h"
#include "app/dialogs/aboutdialog.h"
#include "app/dialogs/preferencesdialog.h"
#include "app/hosts/hostspage.h"
#include "app/jobs/jobnotifier.h"
#include "app/jobs/jobqueueservice.h"
#include "app/jobs/jobspage.h"
#include "app/replication/replicationpage.h"
#include "app/samples/samplespage.h"
#include "app/session/appsession.h"
#include "app/trends/trendspage.h"
#include "core/alerts/alertmonitor.h"
#include "core/config/configfile.h"
#include "core/settings/settings.h"
#include "ui_mainwindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>

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
} // namespace

MainWindow::MainWindow(Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(settings)
{
    initResources(); // before anything loads an icon
    m_session = new AppSession(settings, this);
    m_ui->setupUi(this);
    setAcceptDrops(true);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/quartermaster.svg")));

    buildMenus();
    buildSidebar();
    followSession();
    restoreWindowState();
    statusBar()->showMessage(tr("Reading the volumes of this machine…"));
}

void MainWindow::buildSidebar()
{
    // The pages: listed now, each made when first shown.
    for (const PageDescription &description : sidebarPages())
        addPage(description);
    connect(m_ui->navigationList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (QWidget *page = makePage(row))
            m_ui->pageStack->setCurrentWidget(page);
    });
    m_ui->navigationList->setCurrentRow(0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({170, 930});
}

void MainWindow::followSession()
{
    // What the session and its pages say.
    connect(m_session, &AppSession::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_session, &AppSession::pageRequested, this,
            [this](const QString &key, const QVariant &argument) { showPage(key, argument); });
    connect(m_session, &AppSession::closeRequested, this, &QWidget::close);
    connect(m_session, &AppSession::configRead, this, &MainWindow::onConfigRead);
    connect(m_session->configDocument(), &ConfigDocument::modifiedChanged, this,
            &MainWindow::updateTitle);
    connect(alertMonitor(), &AlertMonitor::alertsChanged, this, &MainWindow::updateAlertsBadge);
    connect(jobQueue(), &JobQueueService::jobsChanged, this, &MainWindow::updateJobsBadge);
    connect(jobQueue(), &JobQueueService::failuresSeen, this, &MainWindow::updateJobsBadge);
    updateJobsBadge();
    const auto notify = [this](const QString &title, const QString &message) {
        statusBar()->showMessage(
            tr("%1 — %2").arg(title, message.section(QLatin1Char('\n'), 0, 0)));
        // Where the platform shows it: the dock or taskbar asks for attention.
        QApplication::alert(this);
    };
    connect(alertNotifier(), &AlertNotifier::notified, this,
            [notify](const AlertNotification &notification) {
                notify(notification.title, notification.message);
            });
    connect(alertNotifier(), &AlertNotifier::activated, this, [this] {
        raiseWindow();
        showPage(QStringLiteral("alerts"));
    });
    connect(jobNotifier(), &JobNotifier::notified, this,
            [notify](const JobNotification &notification) {
                notify(notification.title, notification.message);
            });
    connect(jobNotifier(), &JobNotifier::activated, this, [this](qint64 id) {
        raiseWindow();
        showPage(QStringLiteral("jobs"), id);
    });
}

void MainWindow::buildMenus()
{
    m_ui->actionOpenConfig->setIcon(QIcon::fromTheme(
        QStringLiteral("document-open"), QIcon(QStringLiteral(":/icons/document-open.svg"))));
    m_ui->actionRefresh->setIcon(QIcon::fromTheme(
        QStringLiteral("view-refresh"), QIcon(QStringLiteral(":/icons/view-refresh.svg"))));
    m_editMenu = new QMenu(tr("&Edit"), this);
    m_editMenu->setObjectName(QStringLiteral("menuEdit"));
    menuBar()->insertMenu(m_ui->menuView->menuAction(), m_editMenu);

    // File
    connect(m_ui->actionOpenConfig, &QAction::triggered, this, &MainWindow::chooseConfig);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_settings, &Settings::recentFilesChanged, this, &MainWindow::rebuildRecentFilesMenu);
    rebuildRecentFilesMenu();
    // The pages with actions in the File and Edit menus are made when those first open.
    for (QMenu *menu : {m_ui->menuFile, m_editMenu}) {
        connect(menu, &QMenu::aboutToShow, this, [this] {
            for (int row = 0; row < m_pages.size(); ++row) {
                if (m_pages[row].fileActions || m_pages[row].editActions)
                    makePage(row);
            }
        });
    }

    // View
    connect(m_ui->actionShowSidebar, &QAction::toggled, m_ui->navigationList, &QWidget::setVisible);
    m_ui->actionShowSystemVolumes->setChecked(m_settings->showSystemVolumes());
    connect(m_ui->actionShowSystemVolumes, &QAction::toggled, m_settings,
            &Settings::setShowSystemVolumes);
    connect(m_settings, &Settings::showSystemVolumesChanged, m_ui->actionShowSystemVolumes,
            &QAction::setChecked);
    connect(m_ui->actionRefresh, &QAction::triggered, this, [this] {
        for (int row = 0; row < m_pages.size(); ++row) {
            if (m_made[row] && m_pages[row].refresh)
                m_pages[row].refresh(m_made[row]);
        }
    });

    // Settings and Help
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

MainWindow::~MainWindow()
{
    // Running jobs stop (and come back interrupted) before the pages go.
    jobQueue()->stop();
}

void MainWindow::addPage(const PageDescription &description)
{
    const int index = int(m_pages.size());
    m_pages.append(description);
    m_made.append(nullptr);
    // Until the page is made, an empty widget holds its place in the stack.
    m_ui->pageStack->addWidget(new QWidget);
    auto *item =
        new QListWidgetItem(QIcon(description.icon), description.title, m_ui->navigationList);
    const QString objectName = description.key + QStringLiteral("Page");
    item->setData(Qt::UserRole, objectName);

    // Ctrl+1, Ctrl+2, ... jump to the pages, in sidebar order.
    auto *go = new QAction(description.title, this);
    go->setObjectName(QStringLiteral("actionGoTo_") + objectName);
    if (index < 9)
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    connect(go, &QAction::triggered, this,
            [this, index] { m_ui->navigationList->setCurrentRow(index); });
    m_ui->menuView->insertAction(m_ui->actionShowSidebar, go);
    if (index == 0)
        m_ui->menuView->insertSeparator(m_ui->actionShowSidebar);
}

int MainWindow::pageIndex(const QString &key) const
{
    for (int row = 0; row < m_pages.size(); ++row) {
        if (m_pages[row].key == key)
            return row;
    }
    return -1;
}

QWidget *MainWindow::makePage(int index)
{
    if (index < 0 || index >= m_pages.size())
        return nullptr;
    if (m_made[index])
        return m_made[index];
    const PageDescription &description = m_pages[index];
    QWidget *page = description.create(*m_session);
    m_made[index] = page;
    QWidget *placeholder = m_ui->pageStack->widget(index);
    m_ui->pageStack->insertWidget(index, page);
    m_ui->pageStack->removeWidget(placeholder);
    delete placeholder;
    if (description.restoreViewState)
        description.restoreViewState(page, m_settings->windowState(description.viewStateKey));
    if (description.fileActions) {
        for (QAction *action : description.fileActions(page))
            m_ui->menuFile->insertAction(m_ui->menuRecentFiles->menuAction(), action);
    }
    if (description.editActions)
        m_editMenu->addActions(description.editActions(page));
    return page;
}

QWidget *MainWindow::page(const QString &key)
{
    return makePage(pageIndex(key));
}

bool MainWindow::isPageMade(const QString &key) const
{
    const int index = pageIndex(key);
    return index >= 0 && m_made[index];
}

DashboardPage *MainWindow::dashboardPage()
{
    return static_cast<DashboardPage *>(page(QStringLiteral("dashboard")));
}

ConfigPage *MainWindow::configPage()
{
    return static_cast<ConfigPage *>(page(QStringLiteral("config")));
}

HostsPage *MainWindow::hostsPage()
{
    return static_cast<HostsPage *>(page(QStringLiteral("hosts")));
}

TrendsPage *MainWindow::trendsPage()
{
    return static_cast<TrendsPage *>(page(QStringLiteral("trends")));
}

AlertsPage *MainWindow::alertsPage()
{
    return static_cast<AlertsPage *>(page(QStringLiteral("alerts")));
}

ReplicationPage *MainWindow::replicationPage()
{
    return static_cast<ReplicationPage *>(page(QStringLiteral("replication")));
}

SamplesPage *MainWindow::samplesPage()
{
    return static_cast<SamplesPage *>(page(QStringLiteral("samples")));
}

JobsPage *MainWindow::jobsPage()
{
    return static_cast<JobsPage *>(page(QStringLiteral("jobs")));
}

AlertMonitor *MainWindow::alertMonitor() const
{
    return m_session->alertMonitor();
}

AlertNotifier *MainWindow::alertNotifier() const
{
    return m_session->alertNotifier();
}

JobQueueService *MainWindow::jobQueue() const
{
    return m_session->jobQueue();
}

JobNotifier *MainWindow::jobNotifier() const
{
    return m_session->jobNotifier();
}

ConfigPage *MainWindow::madeConfigPage() const
{
    const int index = pageIndex(QStringLiteral("config"));
    return index >= 0 ? static_cast<ConfigPage *>(m_made[index]) : nullptr;
}

void MainWindow::raiseWindow()
{
    showNormal();
    raise();
    activateWindow();
}

void MainWindow::updateAlertsBadge()
{
    QListWidgetItem *item = m_ui->navigationList->item(pageIndex(QStringLiteral("alerts")));
    const QList<Alert> open = alertMonitor()->openAlerts();
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
    const int failed = jobQueue()->unseenFailures();
    const int running = jobQueue()->count(JobState::Running);
    const int queued = jobQueue()->count(JobState::Queued);
    QListWidgetItem *item = m_ui->navigationList->item(pageIndex(QStringLiteral("jobs")));
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

void MainWindow::showPage(const QString &key, const QVariant &argument)
{
    const int index = pageIndex(key);
    QWidget *page = makePage(index);
    if (!page)
        return;
    m_ui->navigationList->setCurrentRow(index);
    if (m_pages[index].open)
        m_pages[index].open(page, argument);
}

void MainWindow::updateTitle()
{
    if (m_configPath.isEmpty())
        return;
    // [*] shows the platform's unsaved-changes mark while the config is modified.
    setWindowTitle(tr("%1[*] — Quartermaster").arg(QFileInfo(m_configPath).fileName()));
    setWindowModified(m_session->configDocument()->isOpen() &&
                      m_session->configDocument()->isModified());
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
    if (ConfigPage *config = madeConfigPage(); config && !config->maybeDiscard(false))
        return;
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    m_session->readConfig(path);
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
        return;
    }
    m_configPath = contents.path;
    m_settings->addRecentFile(contents.path);
    const QString name = QFileInfo(contents.path).fileName();
    setWindowFilePath(contents.path);
    configPage()->load(contents.path, contents.bytes);
    updateTitle();
    showPage(QStringLiteral("config"));
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
    // Each page's own layout is restored when it is made (makePage()).
}

void MainWindow::saveWindowState()
{
    m_settings->setWindowState(kGeometry, saveGeometry());
    m_settings->setWindowState(kState, saveState());
    m_settings->setWindowState(kSplitter, m_ui->mainSplitter->saveState());
    // The pages not made this time keep what they saved before.
    for (int row = 0; row < m_pages.size(); ++row) {
        const PageDescription &description = m_pages[row];
        if (m_made[row] && description.saveViewState)
            m_settings->setWindowState(description.viewStateKey,
                                       description.saveViewState(m_made[row]));
    }
    m_settings->setSidebarVisible(m_ui->actionShowSidebar->isChecked());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (ConfigPage *config = madeConfigPage(); config && !config->maybeDiscard(true)) {
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
