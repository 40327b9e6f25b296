#pragma once

// Runs the saved health checks in the background, at the probe interval and at once on
// request, keeps each result in the history and hands the newest of every check on every
// machine to the window (docs/health.md, "In the window").

#include "core/health/healthcheckset.h"
#include "core/remote/fleetaccess.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <memory>

namespace qm {

/// Runs saved checks off the GUI thread, one pass at a time. Periodic passes run this
/// machine's checks always and the hosts' only while periodic probing is on (a config
/// newly opened is not reached out to by itself: docs/architecture.md); runNow() runs
/// every check. Each pass records its results in the history (when a path is set) and
/// re-reads the newest result of every check there, so results that `qmctl health run`
/// left from cron show too.
class HealthScheduler : public QObject
{
    Q_OBJECT

public:
    explicit HealthScheduler(QObject *parent = nullptr);
    /// Cancels a pass under way (checks not started are skipped) and waits for it.
    ~HealthScheduler() override;

    void setChecks(const QList<SavedHealthCheck> &checks);
    QList<SavedHealthCheck> checks() const { return m_checks; }
    void setFleetAccess(const FleetAccess &fleet);
    const FleetAccess &fleetAccess() const { return m_fleet; }
    void setHistoryPath(const QString &path);
    /// How often a periodic pass runs; zero stops them.
    void setInterval(std::chrono::seconds interval);
    /// Whether periodic passes reach the hosts (periodic probing is on).
    void setHostsEnabled(bool enabled);
    /// Starts periodic passes (the first one soon) and reads the newest results kept.
    void start();

    bool isRunning() const { return m_running; }
    /// Whether periodic passes reach the hosts.
    bool hostsEnabled() const { return m_hostsEnabled; }
    /// The newest result of every check on every machine, as last read (host then name).
    QList<HealthResult> latest() const { return m_latest; }
    /// When the last pass ended; invalid before the first.
    qint64 lastRunMs() const { return m_lastRunMs; }

public Q_SLOTS:
    /// Runs every saved check on every machine now (after the pass under way, if any).
    void runNow();

Q_SIGNALS:
    void runStarted(int checks);
    /// One result, as it comes (from the GUI thread).
    void resultReady(const qm::HealthResult &result);
    /// A pass ended: its results and, when the history could not be written, why.
    void runFinished(const QList<qm::HealthResult> &results, const QString &historyError);
    /// latest() changed.
    void latestChanged();

private:
    void run(bool everyHost);
    void readLatest();

    QList<SavedHealthCheck> m_checks;
    FleetAccess m_fleet;
    QString m_historyPath;
    bool m_hostsEnabled = false;
    bool m_running = false;
    bool m_pendingFullRun = false;
    qint64 m_lastRunMs = 0;
    QList<HealthResult> m_latest;
    QTimer m_timer;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QFuture<void> m_pass;
};

} // namespace qm
