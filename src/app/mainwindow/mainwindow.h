#pragma once

#include <QMainWindow>
#include <QPair>

#include <memory>

class QFileInfo;

namespace Ui {
class MainWindow;
}

namespace qm {

class AlertMonitor;
class AlertNotifier;
class AlertsPage;
class ConfigPage;
class DashboardPage;
class HostsPage;
class ReplicationPage;
class SamplesPage;
class JobNotifier;
class JobQueueService;
class JobsPage;
class TrendsPage;
class Settings;
struct ConfigFileContents;
struct FleetConfig;

/// The main window: a navigation sidebar listing the pages that exist, the page stack,
/// menus and the status bar. It wires the pages to the settings and restores its
/// geometry and layout between runs; it holds no business logic of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `settings` must outlive the window.
    explicit MainWindow(Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    DashboardPage *dashboardPage() const { return m_dashboard; }
    ConfigPage *configPage() const { return m_config; }
    HostsPage *hostsPage() const { return m_hosts; }
    TrendsPage *trendsPage() const { return m_trends; }
    AlertsPage *alertsPage() const { return m_alerts; }
    ReplicationPage *replicationPage() const { return m_replication; }
    SamplesPage *samplesPage() const { return m_samples; }
    AlertMonitor *alertMonitor() const { return m_alertMonitor; }
    AlertNotifier *alertNotifier() const { return m_notifier; }
    JobsPage *jobsPage() const { return m_jobs; }
    /// The app's job queue: other pages queue their work here (JobQueueService::enqueue).
    JobQueueService *jobQueue() const { return m_jobQueue; }
    JobNotifier *jobNotifier() const { return m_jobNotifier; }

    /// Opens the fleet config at `path`: read off the GUI thread, then shown in the
    /// Config page, the title and Recent Files; a failure is reported in a message box.
    /// Unsaved changes to the config open before are asked about first.
    void openConfig(const QString &path);
    /// The open config file, empty when none.
    QString configPath() const { return m_configPath; }

Q_SIGNALS:
    void configOpened(const QString &path);
    void configOpenFailed(const QString &path, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    /// A page's message in the status bar, until the next one.
    void showStatusMessage(const QString &message);
    void addPage(QWidget *page, const QIcon &icon, const QString &title);
    void showPage(QWidget *page);
    void updateTitle();
    /// The Alerts item of the sidebar: its count of open alerts and a badge.
    void updateAlertsBadge();
    /// The Jobs item of the sidebar: a red badge with the failures not yet seen, else a
    /// blue one with the running jobs.
    void updateJobsBadge();
    /// The job kinds' environment from the open config and the Hosts page.
    void updateJobEnvironment();
    void chooseConfig();
    void onConfigRead(const ConfigFileContents &contents);
    void rebuildRecentFilesMenu();
    void showAbout();
    void showPreferences();
    void restoreWindowState();
    void saveWindowState();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Settings *m_settings;
    DashboardPage *m_dashboard = nullptr;
    ConfigPage *m_config = nullptr;
    HostsPage *m_hosts = nullptr;
    TrendsPage *m_trends = nullptr;
    AlertsPage *m_alerts = nullptr;
    ReplicationPage *m_replication = nullptr;
    SamplesPage *m_samples = nullptr;
    AlertMonitor *m_alertMonitor = nullptr;
    AlertNotifier *m_notifier = nullptr;
    JobQueueService *m_jobQueue = nullptr;
    JobsPage *m_jobs = nullptr;
    JobNotifier *m_jobNotifier = nullptr;
    QPair<int, int> m_jobsBadge{-1, -1};            ///< failures and running jobs it shows
    std::shared_ptr<const FleetConfig> m_jobConfig; ///< the config jobs run with
    bool m_configPending = false; ///< a config is being read (the queue waits for it)
    QString m_configPath;
};

} // namespace qm
