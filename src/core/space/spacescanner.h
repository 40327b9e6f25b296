#pragma once

#include "core/remote/sshtransport.h"
#include "core/space/spacescan.h"

#include <QFuture>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace qm {

/// Runs one Space scan at a time in a worker thread and hands its records to the
/// owner's thread in batches (every `batchIntervalMs`, and at the end), so a view fills
/// in while the scan goes on. Made and used on one thread (the GUI's).
class SpaceScanner : public QObject
{
    Q_OBJECT

public:
    explicit SpaceScanner(QObject *parent = nullptr);
    /// Stops a running scan and waits for its thread.
    ~SpaceScanner() override;

    /// Starts scanning `path`: of this machine without `ssh`, else of the host `ssh`
    /// reaches. A scan still running is stopped first (its records are dropped).
    void start(const QString &path, const SpaceScanOptions &options,
               std::optional<SshTransport> ssh = std::nullopt);
    /// Asks the running scan to stop; `finished` follows (cancelled).
    void stop();
    bool isRunning() const { return m_running; }

    /// The records that arrived since the last call (after recordsReady).
    std::vector<SpaceRecord> takeRecords();

    /// How often records are handed over while scanning.
    void setBatchInterval(int ms) { m_timer.setInterval(ms); }

Q_SIGNALS:
    /// Records are waiting: takeRecords().
    void recordsReady();
    /// The scan ended; every record was handed over before (recordsReady).
    void finished(const qm::SpaceScanResult &result);

private:
    struct Run
    {
        std::atomic<bool> cancel{false};
        SpaceRecordQueue queue;
    };
    void deliver();
    void waitForRun();

    std::shared_ptr<Run> m_run;
    QFuture<SpaceScanResult> m_future;
    QTimer m_timer;
    bool m_running = false;
    int m_generation = 0;
};

} // namespace qm
