#pragma once

#include "core/hosts/probehost.h"
#include "core/volumes/volume.h"
#include "fleetsummarybar.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <memory>

class QAction;

namespace Ui {
class DashboardPage;
}

namespace qm {

class HostCardsView;
class Settings;
class VolumeMonitor;
class VolumesModel;
class VolumesFilterModel;

/// The Dashboard, about the fleet: a summary strip (hosts answering, volumes over
/// their threshold, the soonest to full, the data at risk, firing alerts), then a card
/// per host with its state and its fullest volumes (used, free, growth per day, time to
/// full), ordered by time to full; below them, every real volume of this machine with
/// its usage bar coloured by the thresholds of the settings. This machine's volumes are
/// refreshed on the interval of the settings and on demand, read off the GUI thread.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    /// `settings` must outlive the page.
    explicit DashboardPage(Settings *settings, QWidget *parent = nullptr);
    ~DashboardPage() override;

    VolumesModel *volumesModel() const { return m_model; }
    VolumeMonitor *volumeMonitor() const { return m_monitor; }

    /// The hosts of the fleet (the Hosts page's list): each gets a card.
    void setHosts(const QList<ProbeHost> &hosts);
    /// Each host's state; `remembered` names those from the history (not live).
    void setLiveStates(const QHash<QString, LiveHostState> &states,
                       const QSet<QString> &remembered);
    /// The forecast of each volume (AlertMonitor::forecasts()).
    void setForecasts(const FleetForecasts &forecasts);
    /// What the Replication page measured; empty: the data at risk is "not measured".
    void setReplication(const QList<ReplicationMeasurement> &measurements);
    void setAlerts(const AlertCounts &alerts);

    /// The fleet's host cards.
    HostCardsView *hostCards() const { return m_cards; }
    FleetSummaryBar *summaryBar() const { return m_summary; }
    /// The summary as last computed.
    const FleetSummary &summary() const { return m_fleetSummary; }

    /// Header layout (column widths, order, sort) for the window state.
    QByteArray saveViewState() const;
    void restoreViewState(const QByteArray &state);

public Q_SLOTS:
    /// Reads the volumes again now (F5).
    void refresh();

Q_SIGNALS:
    /// A short message for the status bar.
    void statusMessage(const QString &message);
    /// Emitted once, right after the view first painted rows of volumes.
    void firstVolumesPainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onVolumesUpdated(const VolumeList &volumes, const QString &error);
    void updateSummary();
    /// Gives this machine's volumes the height they need (3 to 8 rows) and the fleet
    /// the rest, unless the user has moved the splitter.
    void fitMachinePanel();
    void updateHostDetail();
    void applySettings();
    QString selectedMountPoint() const;

    std::unique_ptr<Ui::DashboardPage> m_ui;
    Settings *m_settings;
    VolumeMonitor *m_monitor;
    VolumesModel *m_model;
    VolumesFilterModel *m_filter;
    QAction *m_openAction;
    QAction *m_copyAction;
    HostCardsView *m_cards = nullptr;
    FleetSummaryBar *m_summary = nullptr;
    QStringList m_hostNames;
    QHash<QString, LiveHostState> m_states;
    QSet<QString> m_remembered;
    FleetForecasts m_forecasts;
    QList<ReplicationMeasurement> m_replication;
    FleetSummary m_fleetSummary;
    bool m_firstPaintReported = false;
    bool m_splitterMoved = false;
};

} // namespace qm
