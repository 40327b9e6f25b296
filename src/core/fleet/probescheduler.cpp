#include "probescheduler.h"

#include "core/async/whenfinished.h"
#include "core/history/historystore.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace qm {

ProbeScheduler::ProbeScheduler(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(4);
    m_controlDirectory = makeSshControlDirectory();
    m_options.cancel = m_cancel.get();
    if (m_controlDirectory->isValid())
        m_options.ssh.controlDirectory = m_controlDirectory->path();
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ProbeScheduler::tick);
    m_timer.start();
}

ProbeScheduler::~ProbeScheduler()
{
    m_cancel->store(true);
    m_pool.waitForDone();
    closeSharedConnections(m_hosts, m_options);
}

void ProbeScheduler::setHosts(const QList<ProbeHost> &hosts)
{
    m_hosts = hosts;
    QSet<QString> names;
    for (const ProbeHost &host : hosts)
        names.insert(host.name);
    for (auto it = m_nextDue.begin(); it != m_nextDue.end();)
        it = names.contains(it.key()) ? std::next(it) : m_nextDue.erase(it);
    m_queued.intersect(names);
    for (const ProbeHost &host : hosts) {
        if (isPeriodic(host) && !m_nextDue.contains(host.name) && !m_running.contains(host.name))
            m_nextDue.insert(host.name, QDateTime::currentDateTimeUtc());
    }
}

void ProbeScheduler::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    for (const ProbeHost &host : std::as_const(m_hosts)) {
        if (host.local)
            continue; // probed on its interval either way
        if (enabled && !m_running.contains(host.name))
            m_nextDue.insert(host.name, QDateTime::currentDateTimeUtc());
        else
            m_nextDue.remove(host.name);
    }
    if (enabled)
        tick();
}

void ProbeScheduler::setInterval(std::chrono::seconds interval)
{
    m_interval = std::max(interval, kMinimumInterval);
    for (const ProbeHost &host : std::as_const(m_hosts))
        reschedule(host);
}

void ProbeScheduler::setHostInterval(const QString &host, std::chrono::seconds interval)
{
    if (interval.count() <= 0)
        m_hostIntervals.remove(host);
    else
        m_hostIntervals.insert(host, std::max(interval, kMinimumInterval));
    for (const ProbeHost &candidate : std::as_const(m_hosts)) {
        if (candidate.name == host)
            reschedule(candidate);
    }
}

void ProbeScheduler::reschedule(const ProbeHost &host)
{
    const QDateTime last = m_lastFinished.value(host.name);
    if (!last.isValid() || !isPeriodic(host) || !m_nextDue.contains(host.name))
        return;
    const int failures = m_failures.value(host.name);
    const int factor = failures == 0 ? 1 : qMin(1 << qMin(failures, 3), 8);
    m_nextDue.insert(host.name, last.addSecs(intervalOf(host.name).count() * factor));
}

void ProbeScheduler::setParallel(int parallel)
{
    m_pool.setMaxThreadCount(qBound(1, parallel, 32));
}

void ProbeScheduler::setOptions(const ProbeOptions &options)
{
    const QString control = m_options.ssh.controlDirectory;
    m_options = options;
    m_options.cancel = m_cancel.get();
    m_options.ssh.controlDirectory = control;
}

void ProbeScheduler::setHistoryPath(const QString &path)
{
    m_historyPath = path;
}

void ProbeScheduler::setHistoryRetention(const HistoryRetention &retention)
{
    m_retention = retention;
}

std::chrono::seconds ProbeScheduler::intervalOf(const QString &host) const
{
    return m_hostIntervals.value(host, m_interval);
}

void ProbeScheduler::probeNow(const QString &host)
{
    for (const ProbeHost &candidate : std::as_const(m_hosts)) {
        if (candidate.name == host) {
            if (runningCount() >= m_pool.maxThreadCount())
                m_queued.insert(host);
            else
                start(candidate);
            return;
        }
    }
}

void ProbeScheduler::probeAllNow()
{
    for (const ProbeHost &host : std::as_const(m_hosts))
        probeNow(host.name);
}

void ProbeScheduler::tick()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ProbeHost &host : std::as_const(m_hosts)) {
        if (runningCount() >= m_pool.maxThreadCount())
            return;
        const bool due =
            isPeriodic(host) && m_nextDue.contains(host.name) && m_nextDue.value(host.name) <= now;
        if (m_queued.contains(host.name) || due)
            start(host);
    }
}

void ProbeScheduler::start(const ProbeHost &host)
{
    m_queued.remove(host.name);
    if (m_running.contains(host.name))
        return;
    m_running.insert(host.name);
    m_seen.insert(host.name);
    // Not due again until this probe ends and sets the next time.
    m_nextDue.remove(host.name);
    Q_EMIT probeStarted(host.name);
    const ProbeOptions options = m_options;
    const QString historyPath = m_historyPath;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool maintain =
        !m_lastMaintenance.isValid() || m_lastMaintenance.secsTo(now) >= kMaintenanceSecs;
    if (maintain && !historyPath.isEmpty())
        m_lastMaintenance = now;
    const HistoryRetention retention = m_retention;
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel; // outlives the options
    struct Outcome
    {
        HostProbe probe;
        QDateTime failingSince;
        QString error;
    };
    whenFinished(
        this,
        QtConcurrent::run(&m_pool,
                          [host, options, historyPath, cancel, maintain, retention] {
                              Outcome outcome;
                              outcome.probe = probeHost(host, options);
                              if (!historyPath.isEmpty() && !cancel->load()) {
                                  HistoryStore history;
                                  if (history.open(historyPath, &outcome.error) &&
                                      history.record(outcome.probe, &outcome.error))
                                      outcome.failingSince = history.failingSince(host.name);
                                  if (maintain && history.isOpen() && outcome.error.isEmpty())
                                      history.maintain(QDateTime::currentMSecsSinceEpoch(),
                                                       retention, &outcome.error);
                              }
                              return outcome;
                          }),
        [this](const Outcome &outcome) {
            finished(outcome.probe, outcome.failingSince, outcome.error);
        });
}

void ProbeScheduler::recallFromHistory()
{
    if (m_historyPath.isEmpty())
        return;
    QStringList names;
    for (const ProbeHost &host : std::as_const(m_hosts)) {
        if (!m_seen.contains(host.name)) {
            names.append(host.name);
            m_seen.insert(host.name);
        }
    }
    if (names.isEmpty())
        return;
    whenFinished(
        this,
        QtConcurrent::run(
            &m_pool,
            [names, path = m_historyPath] {
                QList<LiveHostState> states;
                HistoryStore history;
                QString error;
                if (!history.open(path, &error))
                    return states; // nothing remembered; the next probe reports the history's error
                for (const QString &name : names) {
                    LiveHostState state;
                    state.probe = history.latestProbe(name);
                    // A host known only from imported history (or imported since its last
                    // probe) shows those volumes, as remembered.
                    HostProbe imported = history.latestImportedProbe(name);
                    if (!imported.name.isEmpty() &&
                        (state.probe.name.isEmpty() || imported.probedAt > state.probe.probedAt)) {
                        state.probe = std::move(imported);
                    } else if (state.probe.name.isEmpty()) {
                        continue;
                    }
                    if (!state.probe.imported())
                        state.failingSince = history.failingSince(name);
                    states.append(state);
                }
                return states;
            }),
        [this](const QList<LiveHostState> &states) {
            if (!states.isEmpty())
                Q_EMIT probesRecalled(states);
        });
}

void ProbeScheduler::deliver(const HostProbe &probe, const QDateTime &failingSince)
{
    const bool ownUnderWay = m_running.contains(probe.name);
    finished(probe, failingSince, QString());
    if (ownUnderWay)
        m_running.insert(probe.name); // it still reports when it ends
}

void ProbeScheduler::finished(const HostProbe &probe, const QDateTime &failingSince,
                              const QString &error)
{
    m_running.remove(probe.name);
    m_seen.insert(probe.name);
    const auto host = std::find_if(m_hosts.cbegin(), m_hosts.cend(),
                                   [&](const ProbeHost &h) { return h.name == probe.name; });
    if (host == m_hosts.cend())
        return;
    int &failures = m_failures[probe.name];
    failures = probe.volumesKnown() ? 0 : failures + 1;
    m_lastFinished.insert(probe.name, QDateTime::currentDateTimeUtc());
    if (isPeriodic(*host)) {
        m_nextDue.insert(probe.name, QDateTime::currentDateTimeUtc());
        reschedule(*host);
    }
    if (!error.isEmpty() && error != m_lastHistoryError) {
        m_lastHistoryError = error;
        Q_EMIT historyError(error);
    }
    Q_EMIT probeFinished(probe, failingSince);
}

} // namespace qm
