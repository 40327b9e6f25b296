#include "livehosts.h"

#include "core/config/fleetconfig.h"
#include "core/fleet/probescheduler.h"
#include "core/health/daemons.h"
#include "core/history/historystore.h"
#include "core/settings/settings.h"
#include "hostprobesmodel.h"

#include <QTimer>

namespace qm {

LiveHosts::LiveHosts(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_model(new HostProbesModel(this))
    , m_scheduler(new ProbeScheduler(this))
{
    m_scheduler->setHistoryPath(historyDatabasePath());
    m_scheduler->setHistoryRetention(settings->historyRetention());
    connect(settings, &Settings::historyRetentionChanged, this,
            [this, settings] { m_scheduler->setHistoryRetention(settings->historyRetention()); });
    connect(m_settings, &Settings::probingChanged, this, &LiveHosts::rebuildHosts);
    connect(m_settings, &Settings::daemonsChanged, this, &LiveHosts::rebuildHosts);
    connect(m_scheduler, &ProbeScheduler::probeStarted, this,
            [this](const QString &host) { m_model->setProbing(host, true); });
    connect(m_scheduler, &ProbeScheduler::probeFinished, this,
            [this](const HostProbe &probe, const QDateTime &failingSince) {
                m_model->setProbing(probe.name, false);
                m_model->setProbe(probe, failingSince);
                Q_EMIT liveStatesChanged(m_model->states());
            });
    connect(m_scheduler, &ProbeScheduler::historyError, this, [this](const QString &message) {
        Q_EMIT statusMessage(tr("The probe history is not recorded: %1").arg(message));
    });
    // Until a host is probed, its last known state from the history, marked as such.
    connect(m_scheduler, &ProbeScheduler::probesRecalled, this,
            [this](const QList<LiveHostState> &states) {
                bool any = false;
                for (const LiveHostState &state : states)
                    any = m_model->setRemembered(state) || any;
                if (any)
                    Q_EMIT liveStatesChanged(m_model->states());
            });
    // "last seen 14 minutes ago" keeps counting.
    auto *ages = new QTimer(this);
    ages->setInterval(30'000);
    connect(ages, &QTimer::timeout, m_model, &HostProbesModel::refreshAges);
    ages->start();

    rebuildHosts();
    // This machine is probed at once (local system calls only, no network), then on the
    // interval like every host.
    if (!m_scheduler->hosts().isEmpty())
        m_scheduler->probeNow(m_scheduler->hosts().first().name);
}

LiveHosts::~LiveHosts() = default;

void LiveHosts::setConfig(const QString &path, const FleetConfig *config)
{
    m_configPath = path;
    m_config = config ? std::make_shared<const FleetConfig>(*config) : nullptr;
    rebuildHosts();
}

bool LiveHosts::periodicProbing() const
{
    return !m_configPath.isEmpty() && m_settings->probingEnabled(m_configPath);
}

void LiveHosts::setPeriodicProbing(bool on)
{
    if (!m_configPath.isEmpty())
        m_settings->setProbingEnabled(m_configPath, on); // probingChanged rebuilds
}

void LiveHosts::rebuildHosts()
{
    QList<ProbeHost> hosts =
        probeHosts(m_config.get(), m_settings->daemonRules(), m_settings->localDataRoots());
    // The daemons that should run (Health page) are probed with the rest, by name.
    addDaemonsToProbeHosts(m_settings->daemons(), m_config.get(), &hosts);
    applyNodeExporterUrls(&hosts, m_settings->nodeExporterUrls());
    ProbeOptions options;
    options.categories = m_settings->dataCategories();
    m_scheduler->setOptions(options);
    m_scheduler->setInterval(m_settings->probeInterval());
    m_scheduler->setHosts(hosts);
    for (const ProbeHost &host : std::as_const(hosts))
        m_scheduler->setHostInterval(host.name, m_settings->hostProbeInterval(host.name));
    m_model->setHosts(hosts);
    for (const ProbeHost &host : hosts)
        m_model->setProbing(host.name, m_scheduler->isProbing(host.name));
    m_scheduler->setEnabled(periodicProbing());
    Q_EMIT hostsChanged();
    // Hosts new to the list show what the history knows of them (read off this thread).
    m_scheduler->recallFromHistory();
}

} // namespace qm
