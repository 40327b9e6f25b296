#pragma once

#include "app/session/pagedescription.h"

#include <QList>
#include <QMainWindow>
#include <QPair>
#include <QVariant>

#include <memory>

class QMenu;

namespace Ui {
class MainWindow;
}

namespace qm {

class AlertMonitor;
class AlertNotifier;
class AlertsPage;
class AppSession;
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

/// The main window: the shell around the pages. A sidebar lists the pages
/// (sidebarPages(), each made when first shown), the page stack, menus and the status
/// bar; it shows what the session says (status messages, notifications, the badges of
/// Alerts and Jobs), opens configs, and restores its geometry and layout between runs.
/// What the pages share is the session's (AppSession); it holds no business logic.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `settings` must outlive the window.
    explicit MainWindow(Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    AppSession *session() const { return m_session; }
    /// The page `key` (PageDescription::key), made now if it was not yet; nullptr when
    /// there is no such page.
    QWidget *page(const QString &key);
    /// Whether the page `key` has been made (pages are made when first shown).
    bool isPageMade(const QString &key) const;

    // The pages (made if need be) and the session's services, by name.
    DashboardPage *dashboardPage();
    ConfigPage *configPage();
    HostsPage *hostsPage();
    TrendsPage *trendsPage();
    AlertsPage *alertsPage();
    ReplicationPage *replicationPage();
    SamplesPage *samplesPage();
    JobsPage *jobsPage();
    AlertMonitor *alertMonitor() const;
    AlertNotifier *alertNotifier() const;
    /// The app's job queue: pages queue their work here (JobQueueService::enqueue).
    JobQueueService *jobQueue() const;
    JobNotifier *jobNotifier() const;

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
    /// The sidebar and the page stack: every page listed, the first one made.
    void buildSidebar();
    /// File, Edit, View, Settings and Help.
    void buildMenus();
    /// What the session says: status messages, pages asked for, notifications, badges.
    void followSession();
    void addPage(const PageDescription &description);
    int pageIndex(const QString &key) const;
    /// Makes the page at `index` of the sidebar if it was not yet.
    QWidget *makePage(int index);
    void showPage(const QString &key, const QVariant &argument = {});
    /// Brings the window up from a notification.
    void raiseWindow();
    void updateTitle();
    /// The Alerts item of the sidebar: its count of open alerts and a badge.
    void updateAlertsBadge();
    /// The Jobs item of the sidebar: a red badge with the failures not yet seen, else a
    /// blue one with the running jobs.
    void updateJobsBadge();
    void chooseConfig();
    void onConfigRead(const ConfigFileContents &contents);
    /// The Config page when it has been made (nothing unsaved otherwise), else nullptr.
    ConfigPage *madeConfigPage() const;
    void rebuildRecentFilesMenu();
    void showAbout();
    void showPreferences();
    void restoreWindowState();
    void saveWindowState();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Settings *m_settings;
    AppSession *m_session;
    QList<PageDescription> m_pages;
    QList<QWidget *> m_made; ///< per sidebar row: the page, or nullptr until it is made
    QMenu *m_editMenu = nullptr;
    QPair<int, int> m_jobsBadge{-1, -1}; ///< failures and running jobs it shows
    QString m_configPath;
};

} // namespace qm
