#pragma once

#include "jobqueueservice.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;
class QTreeView;

namespace qm {

class JobOutcomeAnnouncer;
class JobsFilterModel;
class JobsModel;
class NewJobDialog;
class SchedulesView;

/// The Jobs page: the queue of a JobQueueService as a table (state, kind, source →
/// destination, progress bar, rate, time left, trigger, priority, attempts, start,
/// duration), filtered by state, kind and text; the selected job's details — what it
/// does, its error, its plan, the exact command lines it ran — and its log, which
/// follows while the job runs. Actions (toolbar and shortcuts, active while the page
/// has focus): Cancel (Del, Ctrl+.; a running job after confirmation), Retry (Ctrl+R),
/// Pause/Resume the queue (Ctrl+P), Raise/Lower priority of a queued job (Ctrl+Up,
/// Ctrl+Down), Queue a probe of all hosts (Ctrl+Shift+P), New Job… (Ctrl+N), Run Again
/// with Changes… (Ctrl+Shift+R), Clear Finished…, and the switch for failure
/// notifications. A Schedules tab lists and edits the schedules. A banner says when another
/// runner executes the jobs, when the queue cannot be opened, and when it is paused.
class JobsPage : public QWidget
{
    Q_OBJECT

public:
    /// `service` must outlive the page; it is not owned.
    explicit JobsPage(JobQueueService *service, QWidget *parent = nullptr);
    ~JobsPage() override;

    JobQueueService *service() const { return m_service; }
    JobsModel *model() const { return m_model; }
    JobsFilterModel *filterModel() const { return m_proxy; }
    /// The job selected in the table (as of the latest snapshot), or nullptr.
    const Job *selectedJob() const;
    /// Selects job `id` (clearing the filters that hide it); false when it is not listed.
    bool selectJob(qint64 id);
    /// Lists only the jobs of `host` (every host when empty) whose latest run overlaps
    /// `atMs` ± `marginMs` (JobsFilterModel::setAround), the other filters cleared, and
    /// selects the one that started closest to `atMs`; a bar above the list says so and
    /// its Show All ends it. The number of jobs listed.
    int showJobsAround(const QString &host, qint64 atMs, qint64 marginMs = 3'600'000);
    /// Ends showJobsAround(): every job is listed again.
    void clearJobsAround();

    /// Failed jobs that stopped since the page was last on screen (at start: those of
    /// the last day), for the sidebar's badge (JobQueueService::unseenFailures()).
    int unseenFailures() const;

public Q_SLOTS:
    /// Queues `spec` (for other pages: "Sync now"); statusMessage says how it went.
    void enqueue(const qm::JobSpec &spec);
    void cancelSelected();
    void retrySelected();
    void raisePriority();
    void lowerPriority();
    void setQueuePaused(bool paused);
    void queueProbeOfAllHosts();
    /// Opens New Job (not modal); the dialog is returned for callers that fill it.
    NewJobDialog *newJob();
    /// New Job filled with the selected job's arguments.
    NewJobDialog *runAgainWithChanges();
    /// Asks which finished jobs to clear (the selected one, or those older than N days).
    void clearFinished();
    /// Whether a job that fails for good is told on the desktop (the switch's state).
    void setFailureNotifications(bool enabled);
    /// Asks for the selected job's lines in the Logs page (logLinesRequested).
    void showLogLines();

Q_SIGNALS:
    /// Show Log Lines on job `id`: its events in the embedded logs table
    /// (source_type "quartermaster", source_id "job:<id>").
    void logLinesRequested(qint64 id);
    void statusMessage(const QString &message);
    /// unseenFailures() or the number of running jobs may have changed.
    void badgeChanged();
    /// The person switched failure notifications on or off.
    void failureNotificationsToggled(bool enabled);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onJobsChanged(const QList<qint64> &changed);
    void onDetails(const JobDetails &details);
    void selectionChanged();
    void updateDetails();
    void updateActions();
    void updateBanner();
    void updateSummary();
    void changePriority(int step);
    void markFailuresSeen();
    /// Gives the source → destination column the width the others leave.
    void fitWhatColumn();

    QPointer<JobQueueService> m_service;
    JobsModel *m_model;
    JobsFilterModel *m_proxy;
    QLabel *m_banner;
    QComboBox *m_state;
    QComboBox *m_kind;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QTreeView *m_view;
    QTextBrowser *m_details;
    QPlainTextEdit *m_log;
    QAction *m_cancel;
    QAction *m_retry;
    QAction *m_pause;
    QAction *m_raise;
    QAction *m_lower;
    QAction *m_probeAll;
    QAction *m_newJob;
    QAction *m_runAgain;
    QAction *m_clearFinished;
    QAction *m_notifyFailures;
    QAction *m_showLogLines;
    QWidget *m_aroundBar;
    QLabel *m_aroundLabel;
    QTabWidget *m_tabs;
    SchedulesView *m_schedules;
    qint64 m_selected = 0;     ///< the job whose details are shown
    JobDetails m_shownDetails; ///< its commands and log as last read
    qsizetype m_shownLogLines = 0;
    QString m_shownHtml; ///< of the details, to leave them alone when nothing changed
    JobOutcomeAnnouncer *m_outcomes;
    bool m_columnsSized = false;
    int m_whatWidth = 0; ///< the least width of the source → destination column
};

} // namespace qm
