#pragma once

#include "core/replication/replicationmeasurement.h"
#include "core/replication/routemeasurement.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QVariant>

#include <memory>

namespace qm {

class AlertMonitor;
class AlertNotifier;
class HealthScheduler;
class ConfigDocument;
class JobNotifier;
class JobQueueService;
class LiveHosts;
class Settings;
struct ConfigFileContents;
struct FleetConfig;

/// What the pages of the window share, owned in one place: the open config document,
/// the hosts with their probe scheduler and live states, the job queue with the
/// environment its jobs run in, the alert monitor, the tray notifiers, and the
/// replication measurements. Pages are given the session when they are made
/// (PageDescription::create) and never reach into each other; one page asks for
/// another through showPage().
///
/// The job queue starts once the config given at start-up (if any) is open, so that the
/// jobs the last run left interrupted resume with its hosts.
class AppSession : public QObject
{
    Q_OBJECT

public:
    /// `settings` must outlive the session.
    explicit AppSession(Settings *settings, QObject *parent = nullptr);
    /// Stops the running jobs first (they come back interrupted).
    ~AppSession() override;

    Settings *settings() const { return m_settings; }

    /// The open fleet config, as edited on the Config page.
    ConfigDocument *configDocument() const { return m_document; }
    /// The open config as last checked; null when none is open or it does not load.
    std::shared_ptr<const FleetConfig> config() const { return m_config; }
    /// Reads the config file `path` off the GUI thread; configRead() follows. The job
    /// queue waits for it when it is the config given at start-up.
    void readConfig(const QString &path);

    LiveHosts *liveHosts() const { return m_hosts; }
    JobQueueService *jobQueue() const { return m_jobQueue; }
    AlertMonitor *alertMonitor() const { return m_alertMonitor; }
    HealthScheduler *healthScheduler() const { return m_health; }
    AlertNotifier *alertNotifier() const { return m_alertNotifier; }
    JobNotifier *jobNotifier() const { return m_jobNotifier; }

    /// What the Replication page measured, route by route (for the Dashboard and the
    /// EphemeralReplication alert rule).
    QList<ReplicationMeasurement> replication() const { return m_replication; }
    void setReplication(const QList<ReplicationMeasurement> &measurements);
    /// What replication jobs measured, with the job of each, in order (the Replication
    /// page takes them when it is made; routeMeasured() brings the later ones).
    QList<QPair<qint64, RouteMeasurement>> routeMeasurements() const { return m_routeMeasurements; }

    /// Asks the window to show the page `key` (PageDescription::key), made if need be,
    /// and to open `argument` in it (PageDescription::open).
    void showPage(const QString &key, const QVariant &argument = {});
    /// A message for the status bar, until the next one.
    void showStatusMessage(const QString &message);
    /// Shows what `page` says through its statusMessage(QString) signal in the status bar.
    template <typename Page>
    void showStatusMessagesOf(Page *page)
    {
        connect(page, &Page::statusMessage, this, &AppSession::showStatusMessage);
    }
    /// Asks the window to close (after a save that a closing window waited for).
    void requestClose();

Q_SIGNALS:
    /// The open config was checked again (opened, edited, saved, closed): config().
    void configChanged();
    /// readConfig() finished, with the bytes or an error.
    void configRead(const qm::ConfigFileContents &contents);
    /// What jobs run with changed (config, ssh, hosts): JobQueueService::environment().
    void jobEnvironmentChanged();
    void replicationChanged(const QList<qm::ReplicationMeasurement> &measurements);
    void routeMeasured(qint64 job, const qm::RouteMeasurement &measurement);
    void pageRequested(const QString &key, const QVariant &argument);
    void statusMessage(const QString &message);
    void closeRequested();

private:
    void updateJobEnvironment();

    Settings *m_settings;
    ConfigDocument *m_document;
    LiveHosts *m_hosts;
    JobQueueService *m_jobQueue;
    AlertMonitor *m_alertMonitor;
    HealthScheduler *m_health;
    AlertNotifier *m_alertNotifier;
    JobNotifier *m_jobNotifier;
    std::shared_ptr<const FleetConfig> m_config;
    QList<ReplicationMeasurement> m_replication;
    QList<QPair<qint64, RouteMeasurement>> m_routeMeasurements;
    bool m_configPending = false; ///< a config is being read (the queue waits for it)
};

} // namespace qm
