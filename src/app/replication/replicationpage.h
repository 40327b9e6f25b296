#pragma once

#include "core/fleet/liverules.h"
#include "core/jobs/jobs.h"
#include "core/replication/replicationjob.h"
#include "core/storage/backuplink.h"
#include "replicationmodel.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTextBrowser;
class QTreeView;

namespace qm {

class JobQueueService;

/// The Replication page: for each host that produces data and each data kind, the files
/// and bytes with fewer copies than replication_target among the receivers the routing
/// allows, the age of the oldest, the receivers and why the other hosts are skipped —
/// what is lost if that host dies. Measure queues a replication job in the app's job
/// queue (setJobQueue()), which runs the dry runs, and shows its progress, with cancel;
/// the details pane shows the selected row's receivers, skip reasons, errors, oldest
/// files and commands; Sync Now asks for the syncs that bring the row to its target
/// (syncRequested). Nothing is measured until the user asks.
class ReplicationPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReplicationPage(QWidget *parent = nullptr);
    ~ReplicationPage() override;

    /// The open config (copied; nullptr: none). The rows follow it at once.
    void setConfig(const FleetConfig *config);
    /// The latest probe of each host (HostsPage::liveStatesChanged): disk use and
    /// external storage decide which hosts are skipped.
    void setLiveStates(const QHash<QString, LiveHostState> &states);
    /// The storage locations named as backups (Settings::backupLinks()): each row lists
    /// those of its producer and kind, and a measurement counts their copies.
    void setBackupLinks(const QList<BackupLink> &links);
    /// The queue that runs the measurements (nullptr: none, Measure is off). Its
    /// environment's routeMeasured must be measurementSink(queue) for the results to
    /// arrive here.
    void setJobQueue(JobQueueService *queue);
    /// Hands each route a replication job measured to this page, from the job's worker
    /// thread (through `queue`, which outlives its jobs' threads).
    RouteMeasured measurementSink(JobQueueService *queue);

    /// Measures every row now (Measure, F5): queues a replication job; one under way is
    /// cancelled first.
    void measure();
    void cancelMeasurement();
    /// The job measuring now, or 0.
    qint64 measuringJob() const { return m_jobId; }
    /// Shows a measurement on its row.
    void addMeasurement(const RouteMeasurement &measurement);
    /// What job `job` measured: shown unless a newer measurement superseded that job.
    void addMeasurementOf(qint64 job, const RouteMeasurement &measurement);
    /// Emits syncRequested for each sync the selected row needs
    /// (replicationSyncRequests()).
    void syncNow();

    ReplicationModel *model() const { return m_model; }
    /// The selected row, or nullptr.
    const ReplicationModel::Row *selectedRow() const;

Q_SIGNALS:
    /// A sync to queue (user-triggered, deleting nothing), built with syncJobSpec().
    void syncRequested(const qm::JobSpec &spec);
    /// The measurements the alerts read changed (replicationForAlerts()).
    void measurementsChanged(const QList<qm::ReplicationMeasurement> &measurements);
    void statusMessage(const QString &message);

protected:
    void connectNotify(const QMetaMethod &signal) override;

private:
    void rebuildRoutes();
    void jobsChanged();
    void measurementFinished(JobState state, const QString &error);
    void updateDetails();
    void updateActions();
    void updateSummary();
    void publishMeasurements();

    std::shared_ptr<const FleetConfig> m_config;
    QList<ReplicationMeasurement> m_published; ///< what measurementsChanged said last
    QHash<QString, LiveHostState> m_states;
    QList<BackupLink> m_backups;
    JobQueueService *m_queue = nullptr;
    qint64 m_jobId = 0;         ///< the measurement job under way
    bool m_awaitingJob = false; ///< asked the queue for one; its id has not come yet
    QSet<qint64> m_superseded;  ///< measurement jobs cancelled by a newer one: ignored
    ReplicationModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPushButton *m_measure;
    QPushButton *m_cancel;
    QPushButton *m_syncNow;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTreeView *m_view;
    QTextBrowser *m_details;
};

} // namespace qm
