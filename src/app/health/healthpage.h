#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QTreeWidget;

namespace qm {

struct FleetConfig;
struct HealthResult;
class HealthChecksDialog;
class HealthGridModel;
class HealthScheduler;
class MachineSchedulesView;
class Settings;

/// The Health page: the saved checks on every machine as a grid of hosts × checks
/// coloured by state, the selected cell's evidence (the matched or missing lines, sizes,
/// ages) with its recent results from the history, Run Now, the checks editor and the
/// import of a checks file. The checks run in the session's HealthScheduler; the page
/// shows them.
class HealthPage : public QWidget
{
    Q_OBJECT

public:
    HealthPage(Settings *settings, HealthScheduler *scheduler, QWidget *parent = nullptr);
    ~HealthPage() override;

    /// The config whose hosts the checks run on (null: this machine only).
    void setConfig(const FleetConfig *config);
    /// The history file the recent results of a cell are read from.
    void setHistoryPath(const QString &path);

    HealthGridModel *model() const { return m_model; }
    QTableView *grid() const { return m_grid; }
    QString summaryText() const;
    QString detailsText() const;

    /// Opens the checks editor (non-modal to the event loop: it is returned open); Save
    /// keeps its checks in the settings.
    HealthChecksDialog *openChecksEditor();
    /// Adds the checks and daemons of checks file `path` to the saved ones (one of the same
    /// name is replaced), read off the GUI thread; checksImported follows (false, with the
    /// reason as a status message, when it cannot be read: nothing is saved then).
    void importChecks(const QString &path);

    /// Looks at every saved daemon on its machines again (the hosts only while periodic
    /// probing is on, or when `everyHost`), off the GUI thread; daemonsRead follows.
    void refreshDaemons(bool everyHost = false);
    /// The daemons as last looked at: the tree's rows (name, machine, state).
    QTreeWidget *daemonsView() const { return m_daemons; }
    /// Start, Stop or Restart on the selected daemon row: asks first when `confirm`,
    /// then daemonActionRequested.
    void actOnSelectedDaemon(const QString &action, bool confirm = true);

    /// The Schedules tab: what runs when on this machine or a host (read when the tab is
    /// first shown; reachable with no check saved too).
    MachineSchedulesView *schedulesView() const { return m_schedules; }

    /// The log the selected cell's size check watches, for Rotate…: its path on this
    /// machine, HOST:/path on a host; empty when the cell is not such a check.
    QString rotatableLog(double *maxMegabytes = nullptr) const;

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// Rotate… on a log a size check watches: a log rotation job for it, to review.
    void rotateRequested(const QString &log, double maxMegabytes);
    /// Start, Stop or Restart confirmed: a daemon job for `host` ("local": this machine).
    void daemonActionRequested(const QString &host, const QString &daemon, const QString &action);
    void daemonsRead();
    /// importChecks ended: whether the file's checks and daemons were saved.
    void checksImported(bool ok);

private:
    void updateChecks();
    void updateSummary();
    void updateDetails();

    Settings *m_settings;
    HealthScheduler *m_scheduler;
    const FleetConfig *m_config = nullptr;
    QString m_historyPath;
    HealthGridModel *m_model;
    QStackedWidget *m_stack;
    QTableView *m_grid;
    QTextBrowser *m_details;
    QLabel *m_summary;
    QPushButton *m_runNow;
    QPushButton *m_rotate;
    QTreeWidget *m_daemons;
    QLabel *m_daemonsNote;
    MachineSchedulesView *m_schedules;
    int m_daemonsRequest = 0;
    bool m_running = false;
    int m_detailsRequest = 0;
};

} // namespace qm
