#pragma once

#include "core/fleet/liverules.h"

#include <QHash>
#include <QModelIndex>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTextBrowser;
class QTreeView;

namespace qm {

class HostProbesModel;
class LiveHosts;
class ProbeScheduler;
class Settings;
struct FleetConfig;

/// The Hosts page: every host of the open config (and this machine) with its live
/// state — reachability, disk use, data, processes — a detail panel per host, Probe
/// Now, the per-config switch for periodic probing, per-host settings (interval,
/// node_exporter URL), and accepting an unknown host key after showing its fingerprint.
/// Until a host is probed it shows the host's last state from the history, with its age,
/// marked as not live.
class HostsPage : public QWidget
{
    Q_OBJECT

public:
    /// `settings` and `hosts` must outlive the page; without `hosts` the page makes its
    /// own (the app gives it the session's).
    explicit HostsPage(Settings *settings, LiveHosts *hosts = nullptr, QWidget *parent = nullptr);
    ~HostsPage() override;

    LiveHosts *liveHosts() const { return m_hosts; }
    HostProbesModel *model() const;
    ProbeScheduler *scheduler() const;

    /// The open config (nullptr: none, or it does not load). `path` keys the periodic
    /// probing switch.
    void setConfig(const QString &path, const FleetConfig *config);

    /// Selects the host named `name` (any case) in the list, clearing the filter when it
    /// hides it, and shows its details; false when the list has no such host.
    bool selectHost(const QString &name);
    /// The host selected in the list; empty when none.
    QString selectedHost() const;

    /// Probes the selected host, or all hosts when none is selected.
    void probeSelected();
    void probeAll();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    /// The row of the host named `name` (any case) under `parent` of the list, searched
    /// through the groups; invalid when none.
    QModelIndex findHost(const QString &name, const QModelIndex &parent = {}) const;
    void updateDetails();
    void updateProbingSwitch();
    void acceptHostKey();
    void editHostSettings();
    void onHostsChanged();
    void resizeStateColumns();

    Settings *m_settings;
    LiveHosts *m_hosts;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QTextBrowser *m_details;
    QLineEdit *m_filter;
    QComboBox *m_grouping;
    QCheckBox *m_periodic;
    QPushButton *m_acceptKey;
    QPushButton *m_hostSettings;
    QSet<QString> m_requested; // hosts whose probe the user asked for
};

} // namespace qm
