#include "healthscheduler.h"

#include "core/async/whenfinished.h"
#include "core/health/healthhistory.h"

#include <QDateTime>
#include <QtConcurrent/QtConcurrentRun>

namespace qm {

namespace {

/// Machines checked at once: each holds one ssh connection for its checks.
constexpr int kParallelMachines = 8;

struct Pass
{
    QList<HealthResult> results;
    QString historyError;
    QList<HealthResult> latest;
    bool latestRead = false;
};

} // namespace

HealthScheduler::HealthScheduler(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(std::chrono::minutes(5));
    connect(&m_timer, &QTimer::timeout, this, [this] { run(false); });
}

HealthScheduler::~HealthScheduler()
{
    m_cancel->store(true);
    m_pass.waitForFinished();
}

void HealthScheduler::setChecks(const QList<SavedHealthCheck> &checks)
{
    m_checks = checks;
}

void HealthScheduler::setFleetAccess(const FleetAccess &fleet)
{
    m_fleet = fleet;
}

void HealthScheduler::setHistoryPath(const QString &path)
{
    m_historyPath = path;
}

void HealthScheduler::setInterval(std::chrono::seconds interval)
{
    if (interval.count() <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.setInterval(interval);
}

void HealthScheduler::setHostsEnabled(bool enabled)
{
    m_hostsEnabled = enabled;
}

void HealthScheduler::start()
{
    readLatest();
    m_timer.start();
    // The first pass soon after the window opens, not an interval later.
    QTimer::singleShot(std::chrono::seconds(2), this, [this] { run(false); });
}

void HealthScheduler::runNow()
{
    run(true);
}

void HealthScheduler::readLatest()
{
    if (m_historyPath.isEmpty())
        return;
    const QString path = m_historyPath;
    QFuture<Pass> future = QtConcurrent::run([path] {
        Pass pass;
        QString error;
        pass.latestRead = readLatestHealthResults(path, &pass.latest, &error);
        return pass;
    });
    whenFinished(this, future, [this](const Pass &pass) {
        if (!pass.latestRead || m_running)
            return;
        m_latest = pass.latest;
        Q_EMIT latestChanged();
    });
}

void HealthScheduler::run(bool everyHost)
{
    if (m_running) {
        m_pendingFullRun = m_pendingFullRun || everyHost;
        return;
    }
    QList<HealthRun> runs = healthRunsFor(m_checks, m_fleet.config.get(), {}, nullptr);
    if (!everyHost && !m_hostsEnabled)
        runs.removeIf([](const HealthRun &run) { return !run.host.isEmpty(); });
    if (runs.isEmpty()) {
        Q_EMIT runFinished({}, {});
        return;
    }
    m_running = true;
    Q_EMIT runStarted(int(runs.size()));
    const FleetAccess fleet = m_fleet;
    const QString path = m_historyPath;
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    QFuture<Pass> future = QtConcurrent::run([this, runs, fleet, path, cancel] {
        Pass pass;
        pass.results = runHealthChecks(
            runs, fleet, QDateTime::currentMSecsSinceEpoch(), kParallelMachines, cancel.get(),
            [this](const HealthResult &result) {
                // Queued: delivered on the GUI thread, dropped if the scheduler went (its
                // destructor waits for this pass, so it is still there now).
                QMetaObject::invokeMethod(
                    this, [this, result] { Q_EMIT resultReady(result); }, Qt::QueuedConnection);
            });
        if (!path.isEmpty() && !cancel->load()) {
            pass.historyError = recordHealthResults(path, pass.results);
            QString error;
            pass.latestRead = readLatestHealthResults(path, &pass.latest, &error);
        }
        return pass;
    });
    m_pass = future;
    whenFinished(this, future, [this](const Pass &pass) {
        m_running = false;
        m_lastRunMs = QDateTime::currentMSecsSinceEpoch();
        if (pass.latestRead) {
            m_latest = pass.latest;
        } else {
            // No history: the newest is what this pass found, over what was known.
            for (const HealthResult &result : pass.results) {
                const auto same = [&result](const HealthResult &known) {
                    return known.host == result.host && known.name == result.name;
                };
                const auto at = std::find_if(m_latest.begin(), m_latest.end(), same);
                if (at == m_latest.end())
                    m_latest << result;
                else
                    *at = result;
            }
        }
        Q_EMIT latestChanged();
        Q_EMIT runFinished(pass.results, pass.historyError);
        if (m_pendingFullRun) {
            m_pendingFullRun = false;
            run(true);
        }
    });
}

} // namespace qm
