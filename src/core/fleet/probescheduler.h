#pragma once

#include "core/history/historystore.h"
#include "core/hosts/hostprobe.h"
#include "core/hosts/hostprober.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <memory>

namespace qm {

/// Probes hosts in the background: periodically once enabled (every `interval`, or a
/// host's own interval), and at once on request. This machine (a host marked `local`:
/// system calls only, no network) is probed on its interval whether or not periodic
/// probing is enabled. At most `parallel` probes run at a time, each in a worker thread
/// with its own time limits; a host that does not answer at all is retried later and
/// later (the interval times 2, 4, up to 8) until it answers again (a partly reachable
/// one keeps its interval: its volumes still come in). Each result is recorded in the
/// history database (when a path is set) from the worker, then handed to the GUI thread
/// by probeFinished. recallFromHistory() hands over what the history remembers of each
/// host, for the time before its first probe.
class ProbeScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalSeconds = 5 * 60;

    explicit ProbeScheduler(QObject *parent = nullptr);
    /// Stops the probes under way (their programs are terminated) and waits for them.
    ~ProbeScheduler() override;

    /// The hosts to probe; probes of hosts no longer listed are dropped when they end.
    void setHosts(const QList<ProbeHost> &hosts);
    QList<ProbeHost> hosts() const { return m_hosts; }

    /// Periodic probing on or off (off for a newly opened config: docs/architecture.md,
    /// "Probing and the history"). This
    /// machine is probed periodically either way.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    /// The default interval, at least kMinimumInterval (Settings keep a minute or more).
    /// Hosts waiting for their next probe are due again on the new interval, counted
    /// from their last probe.
    void setInterval(std::chrono::seconds interval);
    static constexpr std::chrono::seconds kMinimumInterval{1};
    std::chrono::seconds interval() const { return m_interval; }
    /// A host's own interval; zero or less removes it.
    void setHostInterval(const QString &host, std::chrono::seconds interval);
    /// The interval `host` is probed at: its own, else the default.
    std::chrono::seconds intervalOf(const QString &host) const;

    void setParallel(int parallel);
    /// Replaces the probe options but keeps the scheduler's own ssh control folder.
    void setOptions(const ProbeOptions &options);
    const ProbeOptions &options() const { return m_options; }
    /// The history database file; empty: results are not recorded.
    void setHistoryPath(const QString &path);
    /// How long the history keeps each level. The maintenance (rollups, then pruning)
    /// runs after a recorded probe, at most once an hour.
    void setHistoryRetention(const HistoryRetention &retention);
    static constexpr qint64 kMaintenanceSecs = 3600;

    /// Probes `host` now (whether or not probing is enabled); no-op while it runs.
    void probeNow(const QString &host);
    void probeAllNow();

    /// Reads the latest recorded probe of each listed host that has had no probe (nor
    /// a recall) since this scheduler was made, with since when it fails, from the
    /// history database in a worker thread; hands those the history knows over in one
    /// probesRecalled. Nothing when no history path is set or every host was seen.
    /// Never probes anything.
    void recallFromHistory();

    /// A probe made elsewhere (a probe job of the queue), on this thread: shown and
    /// scheduled from as if this scheduler had made it. Ignored for hosts not listed.
    void deliver(const qm::HostProbe &probe, const QDateTime &failingSince);

    bool isProbing(const QString &host) const { return m_running.contains(host); }
    int runningCount() const { return int(m_running.size()); }
    /// When `host` will be probed next; invalid when not scheduled.
    QDateTime nextProbe(const QString &host) const { return m_nextDue.value(host); }

Q_SIGNALS:
    void probeStarted(const QString &host);
    /// `failingSince`: when the host began failing (from the history), or invalid.
    void probeFinished(const qm::HostProbe &probe, const QDateTime &failingSince);
    /// What the history remembers of hosts not probed yet (recallFromHistory()): each
    /// host's latest recorded probe, not live; `failingSince` as in probeFinished.
    void probesRecalled(const QList<qm::LiveHostState> &states);
    /// The history could not be written (reported once per distinct message).
    void historyError(const QString &message);

private:
    /// Whether `host` is probed periodically now: all hosts when enabled, this machine
    /// always.
    bool isPeriodic(const ProbeHost &host) const { return m_enabled || host.local; }
    /// Sets when `host` is due next from its last probe, its interval and its failures
    /// (a host due now, or never probed, stays as it is).
    void reschedule(const ProbeHost &host);
    void tick();
    void start(const ProbeHost &host);
    void finished(const HostProbe &probe, const QDateTime &failingSince, const QString &error);

    QList<ProbeHost> m_hosts;
    bool m_enabled = false;
    std::chrono::seconds m_interval{kDefaultIntervalSeconds};
    QHash<QString, std::chrono::seconds> m_hostIntervals;
    ProbeOptions m_options;
    QString m_historyPath;
    HistoryRetention m_retention;
    QDateTime m_lastMaintenance;
    QHash<QString, QDateTime> m_nextDue;
    QHash<QString, int> m_failures;
    QHash<QString, QDateTime> m_lastFinished; ///< when each host's last probe ended
    QSet<QString> m_running;
    QSet<QString> m_queued; ///< asked for while the cap was reached
    QSet<QString> m_seen;   ///< hosts probed or recalled (or being recalled) so far
    QString m_lastHistoryError;
    std::unique_ptr<QTemporaryDir> m_controlDirectory;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QThreadPool m_pool;
    QTimer m_timer;
};

} // namespace qm
