#pragma once

#include "volumes/volume.h"

#include <QWidget>

#include <memory>

class QAction;

namespace Ui {
class DashboardPage;
}

class QAbstractItemModel;

namespace qm {

class HostCardsView;
class Settings;
class VolumeMonitor;
class VolumesModel;
class VolumesFilterModel;

/// The Dashboard: this machine as the first host, with every real volume, its usage
/// bar coloured by the thresholds of the settings, and its sizes. Refreshed on the
/// interval of the settings and on demand; the reading runs off the GUI thread.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    /// `settings` must outlive the page.
    explicit DashboardPage(Settings *settings, QWidget *parent = nullptr);
    ~DashboardPage() override;

    VolumesModel *volumesModel() const { return m_model; }
    VolumeMonitor *volumeMonitor() const { return m_monitor; }

    /// Shows every host of the fleet below this machine's volumes: a card per host
    /// (fed by hostCards()' setters) over a table of the Hosts page's `model`
    /// (reachability, disk use, free space, newest data and processes).
    void setHostsModel(QAbstractItemModel *model);

    /// The fleet's host cards: used %, free, growth per day and time to full.
    HostCardsView *hostCards() const { return m_cards; }

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

private:
    void onVolumesUpdated(const VolumeList &volumes, const QString &error);
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
    bool m_firstPaintReported = false;
};

} // namespace qm
