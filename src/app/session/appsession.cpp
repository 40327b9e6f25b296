#include "appsession.h"

#include "app/alerts/alertnotifier.h"
#include "app/config/configdocument.h"
#include "app/hosts/hostprobesmodel.h"
#include "app/hosts/livehosts.h"
#include "app/jobs/jobnotifier.h"
#include "app/jobs/jobqueueservice.h"
#include "core/alerts/alertmonitor.h"
#include "core/async/whenfinished.h"
#include "core/config/configfile.h"
#include "core/fleet/probescheduler.h"
#include "core/health/healthcheckset.h"
#include "core/health/healthscheduler.h"
#include "core/history/historystore.h"
#include "core/hosts/probehost.h"
#include "core/settings/settings.h"

#include <QPointer>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace qm {

namespace {
/// Route measurements kept for a Replication page not made yet (a resumed job's).
constexpr qsizetype kMaxRouteMeasurements = 4096;
} // namespace

AppSession::AppSession(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_document(new ConfigDocument(this))
    , m_hosts(new LiveHosts(settings, this))
    , m_jobQueue(new JobQueueService({}, this))
    , m_alertMonitor(new AlertMonitor(this))
    , m_health(new HealthScheduler(this))
{
    // Alerts are watched from the start, whichever page is in front, with the rules of
    // the Preferences, now and whenever they change.
    m_alertMonitor->setHistoryPath(historyDatabasePath());
    m_alertMonitor->setRules(settings->alertRules());
    connect(settings, &Settings::alertRulesChanged, m_alertMonitor,
            [this] { m_alertMonitor->setRules(m_settings->alertRules()); });
    m_alertMonitor->setBackupLinks(settings->backupLinks());
    connect(settings, &Settings::backupLinksChanged, m_alertMonitor,
            [this] { m_alertMonitor->setBackupLinks(m_settings->backupLinks()); });
    m_alertMonitor->setHealthChecks(settings->healthChecks(), thisMachineName());
    connect(settings, &Settings::healthChecksChanged, m_alertMonitor, [this] {
        m_alertMonitor->setHealthChecks(m_settings->healthChecks(), thisMachineName());
    });
    // The saved health checks run at the probe interval (the hosts' only while periodic
    // probing is on); what they find raises alerts at once.
    m_health->setHistoryPath(historyDatabasePath());
    m_health->setChecks(settings->healthChecks());
    m_health->setInterval(settings->probeInterval());
    connect(settings, &Settings::healthChecksChanged, m_health,
            [this] { m_health->setChecks(m_settings->healthChecks()); });
    connect(settings, &Settings::probingChanged, m_health, [this] {
        m_health->setInterval(m_settings->probeInterval());
        m_health->setHostsEnabled(m_hosts->periodicProbing());
    });
    connect(m_health, &HealthScheduler::runFinished, m_alertMonitor, &AlertMonitor::evaluateNow);
    m_alertNotifier = new AlertNotifier(m_alertMonitor, settings, this);
    m_jobNotifier = new JobNotifier(m_jobQueue, m_alertNotifier, this);
    m_jobNotifier->setEnabled(settings->jobFailureNotifications());

    // The hosts follow the config as it is checked; their live state feeds the alerts.
    connect(m_document, &ConfigDocument::checked, this,
            [this](const std::shared_ptr<const ConfigSnapshot> &snapshot) {
                m_config = snapshot->document
                               ? std::shared_ptr<const FleetConfig>(snapshot, &snapshot->config)
                               : nullptr;
                m_hosts->setConfig(m_document->path(), m_config.get());
                m_alertMonitor->setConfig(m_config.get());
                updateJobEnvironment();
                Q_EMIT configChanged();
                m_configPending = false;
                m_jobQueue->start(); // once; later calls do nothing
            });
    connect(m_hosts, &LiveHosts::hostsChanged, this, &AppSession::updateJobEnvironment);
    connect(settings, &Settings::storageTextfileDirectoryChanged, this,
            &AppSession::updateJobEnvironment);
    connect(settings, &Settings::daemonsChanged, this, &AppSession::updateJobEnvironment);
    connect(m_hosts, &LiveHosts::liveStatesChanged, m_alertMonitor, &AlertMonitor::setLiveStates);
    connect(m_alertMonitor, &AlertMonitor::storeError, this, &AppSession::statusMessage);

    // The job queue runs (in a thread of its own) whichever page is in front: jobs left
    // interrupted by the last run resume, once the config given at start-up is open.
    updateJobEnvironment();
    QTimer::singleShot(0, this, [this] {
        if (!m_configPending)
            m_jobQueue->start();
    });
    m_alertMonitor->start();
    m_health->start();
}

AppSession::~AppSession()
{
    // Running jobs stop (and come back interrupted) before what they report to goes.
    m_jobQueue->stop();
}

void AppSession::readConfig(const QString &path)
{
    m_configPending = true;
    whenFinished(this, QtConcurrent::run(readConfigFile, path),
                 [this](const ConfigFileContents &contents) {
                     if (!contents.ok()) {
                         m_configPending = false;
                         m_jobQueue->start(); // without a config, if it was the first
                     }
                     Q_EMIT configRead(contents);
                 });
}

void AppSession::setReplication(const QList<ReplicationMeasurement> &measurements)
{
    m_replication = measurements;
    m_alertMonitor->setReplication(measurements);
    Q_EMIT replicationChanged(measurements);
}

void AppSession::showPage(const QString &key, const QVariant &argument)
{
    Q_EMIT pageRequested(key, argument);
}

void AppSession::showStatusMessage(const QString &message)
{
    Q_EMIT statusMessage(message);
}

void AppSession::requestClose()
{
    Q_EMIT closeRequested();
}

void AppSession::updateJobEnvironment()
{
    const ProbeScheduler *scheduler = m_hosts->scheduler();
    JobEnvironment environment;
    environment.config = m_config;
    // The ssh config, known_hosts and connection sharing the probes use.
    environment.ssh = scheduler->options().ssh;
    environment.historyPath = historyDatabasePath();
    environment.logsPath = logsDatabasePath();
    environment.storageTextfileDirectory = m_settings->storageTextfileDirectory();
    // Probe jobs probe the hosts as the Hosts page does, and it shows what they find.
    environment.probeHosts = scheduler->hosts();
    environment.probeCategories = scheduler->options().categories;
    environment.daemons = m_settings->daemons();
    const QPointer<AppSession> session(this);
    // Both arrive in a job's worker thread: the queue outlives those threads, and the
    // session is looked at on its own thread, where it may have gone.
    environment.probed = [queue = m_jobQueue, session](const HostProbe &probe,
                                                       const QDateTime &failingSince) {
        QMetaObject::invokeMethod(
            queue,
            [session, probe, failingSince] {
                if (session)
                    session->m_hosts->scheduler()->deliver(probe, failingSince);
            },
            Qt::QueuedConnection);
    };
    environment.routeMeasured = [queue = m_jobQueue, session](qint64 job,
                                                              const RouteMeasurement &measurement) {
        QMetaObject::invokeMethod(
            queue,
            [session, job, measurement] {
                if (!session)
                    return;
                session->m_routeMeasurements.append({job, measurement});
                if (session->m_routeMeasurements.size() > kMaxRouteMeasurements)
                    session->m_routeMeasurements.removeFirst();
                Q_EMIT session->routeMeasured(job, measurement);
            },
            Qt::QueuedConnection);
    };
    m_jobQueue->setEnvironment(environment);
    m_health->setFleetAccess(environment);
    m_health->setHostsEnabled(m_hosts->periodicProbing());
    Q_EMIT jobEnvironmentChanged();
}

} // namespace qm
