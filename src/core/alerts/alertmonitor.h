#pragma once

#include "alertengine.h"
#include "alertrules.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

namespace qm {

struct SavedHealthCheck;

/// The alerts of the running application: owns an AlertEngine and an AlertStore on a
/// worker thread of its own (the SQL, forecasts and evaluation never run on the GUI
/// thread), feeds them the state of the fleet, and reports changes as signals on the
/// thread that created it.
///
/// Life cycle: set the history path, rules, config and live states, then start():
/// the worker opens the history database (creating it if needed), seeds the engine
/// with the open alerts found there (a restart neither raises nor notifies them again),
/// and evaluates. From then on it evaluates after each change of input and every
/// kEvaluateSecs, so "for" durations and unreachable times advance between probes.
/// Without a database (no path, or it cannot be opened: storeError) alerts still work,
/// in memory only.
class AlertMonitor : public QObject
{
    Q_OBJECT

public:
    static constexpr int kEvaluateSecs = 60;
    static constexpr int kDefaultRecentLimit = 500;

    explicit AlertMonitor(QObject *parent = nullptr);
    /// Stops the worker thread after its current evaluation (closing the database).
    ~AlertMonitor() override;

    /// The history database that keeps the alerts; takes effect at start().
    void setHistoryPath(const QString &path);
    /// The clock read at each evaluation (default: the current UTC time). Tests pass a
    /// fake one; the engine itself never reads a clock.
    void setClock(std::function<QDateTime()> clock);
    /// How many cleared alerts recentAlerts() holds besides the open ones (default
    /// kDefaultRecentLimit).
    void setRecentLimit(int limit);

    void setRules(const AlertRules &rules);
    /// The config of the fleet (copied); nullptr while none is loaded: then no host is
    /// taken for gone and config-based rules keep their alerts' state.
    void setConfig(const FleetConfig *config);
    /// The latest probe of each host and since when it fails (HostsPage's
    /// liveStatesChanged); evaluates at once when started.
    void setLiveStates(const QHash<QString, LiveHostState> &states);
    /// The replication of the producing hosts, as the Replication page measured it;
    /// until something is measured the EphemeralReplication rule raises nothing.
    void setReplication(const QList<ReplicationMeasurement> &measurements);
    /// The locations named as backups (Settings::backupLinks()): the Stale backup rule
    /// watches the newest object of each, by its last listing in the history.
    void setBackupLinks(const QList<BackupLink> &links);
    /// The saved health checks (Settings::healthChecks()): the Health check rule watches
    /// the newest result of each, as the history keeps them; this machine's under
    /// `localHost` (the name its probes go by).
    void setHealthChecks(const QList<SavedHealthCheck> &checks, const QString &localHost);

    /// Opens the database, seeds the engine and starts evaluating (see the class).
    /// Does nothing the second time.
    void start();
    bool isStarted() const { return m_started; }
    /// Evaluates now (asynchronously; `evaluated` follows).
    void evaluateNow();

    /// The open alerts as of the last evaluation, worst first, then newest.
    QList<Alert> openAlerts() const { return m_open; }
    int openCount() const { return int(m_open.size()); }
    /// The open alerts and the most recently raised cleared ones, newest raise first.
    QList<Alert> recentAlerts() const { return m_recent; }
    /// The alerts whose condition holds but not yet for their rule's "for", as of the
    /// last evaluation (AlertEngine::pendingAlerts()): after a start-up, a volume the
    /// history remembers full is pending until a probe finds it still full.
    QList<Alert> pendingAlerts() const { return m_pending; }
    /// The forecast of each writable volume of each host that answered, over
    /// kAlertForecastWindowSecs of its history, as of the last evaluation (what the
    /// ForecastFull rule reads; the dashboard shows them too).
    FleetForecasts forecasts() const { return m_forecasts; }

Q_SIGNALS:
    /// A new alert: the one moment to notify the user.
    void alertRaised(const qm::Alert &alert);
    /// An open alert became worse (escalation: `alert.severity > previous`) or better.
    void alertSeverityChanged(const qm::Alert &alert, qm::AlertSeverity previous);
    void alertCleared(const qm::Alert &alert);
    /// The number of open alerts changed (also after the start-up seeding).
    void openCountChanged(int count);
    /// openAlerts(), recentAlerts() or pendingAlerts() changed.
    void alertsChanged();
    /// forecasts() changed.
    void forecastsChanged();
    /// An evaluation finished (whether or not anything changed).
    void evaluated();
    /// The alerts cannot be read from or written to the database.
    void storeError(const QString &message);

private:
    struct Worker;
    struct Result;
    void post(std::function<void(Worker &)> job);
    void apply(const Result &result);

    std::function<QDateTime()> m_clock;
    QString m_historyPath;
    int m_recentLimit = kDefaultRecentLimit;
    bool m_started = false;
    QList<Alert> m_open;
    QList<Alert> m_recent;
    QList<Alert> m_pending;
    FleetForecasts m_forecasts;
    QString m_lastError;
    QThread m_thread;
    QObject *m_context = nullptr; ///< lives on m_thread; the worker's jobs run with it
    std::shared_ptr<Worker> m_worker;
    QTimer m_timer;
};

} // namespace qm
