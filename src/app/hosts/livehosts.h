#pragma once

#include "core/fleet/liverules.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

namespace qm {

class HostProbesModel;
class ProbeScheduler;
class Settings;
struct FleetConfig;

/// The hosts of the open config (and this machine) as the probes see them: the
/// ProbeScheduler that probes them, their live states (HostProbesModel: the last probe
/// of each, or what the history remembers until then) and how both follow the config
/// and the settings (daemon rules, local data roots, node_exporter URLs, intervals, the
/// per-config probing switch). The app session owns one, which the Hosts page shows and
/// the Dashboard, Config, Alerts, Trends and Replication pages read; a Hosts page made
/// on its own (tests) makes its own.
///
/// This machine is probed at once when made (system calls only, no network), then on
/// its interval like every host.
class LiveHosts : public QObject
{
    Q_OBJECT

public:
    /// `settings` must outlive the object.
    explicit LiveHosts(Settings *settings, QObject *parent = nullptr);
    ~LiveHosts() override;

    HostProbesModel *model() const { return m_model; }
    ProbeScheduler *scheduler() const { return m_scheduler; }

    /// The open config (nullptr: none, or it does not load). `path` keys the periodic
    /// probing switch.
    void setConfig(const QString &path, const FleetConfig *config);
    QString configPath() const { return m_configPath; }
    /// The open config; nullptr when none is open or it does not load.
    const FleetConfig *config() const { return m_config.get(); }

    /// Whether the hosts of the open config are probed periodically (the switch is
    /// per config, in the settings; without a config only this machine is).
    bool periodicProbing() const;
    void setPeriodicProbing(bool on);

Q_SIGNALS:
    /// The state of every host changed (after each probe, and when the history's
    /// last known states came in at start: HostProbesModel::isRemembered() tells those).
    void liveStatesChanged(const QHash<QString, qm::LiveHostState> &states);
    /// The hosts or how they are probed changed (config, settings): probe jobs follow.
    void hostsChanged();
    void statusMessage(const QString &message);

private:
    void rebuildHosts();

    Settings *m_settings;
    HostProbesModel *m_model;
    ProbeScheduler *m_scheduler;
    QString m_configPath;
    std::shared_ptr<const FleetConfig> m_config;
};

} // namespace qm
