#pragma once

#include "config/liverules.h"
#include "jobs/jobs.h"
#include "probes/remotecommand.h"
#include "replicationmodel.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTextBrowser;
class QTreeView;

namespace qm {

class ReplicationMeasurer;

/// The Replication page: for each host that produces data and each data kind, the files
/// and bytes with fewer copies than replication_target among the receivers the routing
/// allows, the age of the oldest, the receivers and why the other hosts are skipped —
/// what is lost if that host dies. Measure runs the dry runs in the background
/// (ReplicationMeasurer) with progress and cancel; the details pane shows the selected
/// row's receivers, skip reasons, errors, oldest files and commands; Sync Now asks for
/// the syncs that bring the row to its target (syncRequested). Nothing is measured
/// until the user asks.
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
    /// How ssh runs (default: the user's own ssh config, agent and known_hosts).
    void setSshOptions(const SshOptions &options);

    /// Measures every row now (Measure, F5); a measurement under way starts over.
    void measure();
    void cancelMeasurement();
    /// Shows a measurement on its row (what the measurer reports).
    void addMeasurement(const RouteMeasurement &measurement);
    /// Emits syncRequested for each sync the selected row needs
    /// (replicationSyncRequests()).
    void syncNow();

    ReplicationModel *model() const { return m_model; }
    ReplicationMeasurer *measurer() const { return m_measurer; }
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
    void measurementFinished(bool cancelled);
    void updateDetails();
    void updateActions();
    void updateSummary();
    void publishMeasurements();

    std::shared_ptr<const FleetConfig> m_config;
    QList<ReplicationMeasurement> m_published; ///< what measurementsChanged said last
    QHash<QString, LiveHostState> m_states;
    SshOptions m_sshOptions;
    ReplicationModel *m_model;
    QSortFilterProxyModel *m_proxy;
    ReplicationMeasurer *m_measurer;
    QPushButton *m_measure;
    QPushButton *m_cancel;
    QPushButton *m_syncNow;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTreeView *m_view;
    QTextBrowser *m_details;
};

} // namespace qm
