#pragma once

#include "fleet/liverules.h"

#include <QHash>
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
    /// `settings` must outlive the page.
    explicit HostsPage(Settings *settings, QWidget *parent = nullptr);
    ~HostsPage() override;

    HostProbesModel *model() const { return m_model; }
    ProbeScheduler *scheduler() const { return m_scheduler; }

    /// The open config (nullptr: none, or it does not load). `path` keys the periodic
    /// probing switch.
    void setConfig(const QString &path, const FleetConfig *config);

    /// Probes the selected host, or all hosts when none is selected.
    void probeSelected();
    void probeAll();

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// The state of every host changed (after each probe, and when the history's
    /// last known states came in at start: HostProbesModel::isRemembered() tells those).
    void liveStatesChanged(const QHash<QString, qm::LiveHostState> &states);
    /// The hosts or how they are probed changed (config, settings): probe jobs follow.
    void hostsChanged();

private:
    QString selectedHost() const;
    void updateDetails();
    void updateProbingSwitch();
    void acceptHostKey();
    void editHostSettings();
    void rebuildHosts();

    Settings *m_settings;
    HostProbesModel *m_model;
    ProbeScheduler *m_scheduler;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QTextBrowser *m_details;
    QLineEdit *m_filter;
    QComboBox *m_grouping;
    QCheckBox *m_periodic;
    QPushButton *m_acceptKey;
    QPushButton *m_hostSettings;
    QString m_configPath;
    QSet<QString> m_requested; // hosts whose probe the user asked for
    std::shared_ptr<const FleetConfig> m_config;
};

} // namespace qm
