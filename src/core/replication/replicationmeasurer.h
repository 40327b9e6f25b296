#pragma once

#include "routemeasurement.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace qm {

/// Measures routes in the background: each route in a worker thread of its own pool
/// (at most `parallel` at once), its dry runs one after another. Results, progress and
/// the end are reported by signals on the thread that created it. Cancel stops the
/// programs under way (terminated, then killed) within about two seconds.
class ReplicationMeasurer : public QObject
{
    Q_OBJECT

public:
    explicit ReplicationMeasurer(QObject *parent = nullptr);
    /// Cancels the measurement under way and waits for its workers.
    ~ReplicationMeasurer() override;

    void setParallel(int parallel);

    /// Measures `routes` against `target` copies. A measurement under way is cancelled
    /// first: its results are no longer reported.
    void start(const QList<ReplicationRoute> &routes, int target,
               const ReplicationOptions &options);
    /// Stops the measurement under way; `finished(true)` follows.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// `done` of `total` steps (one per dry run); `step` says what runs now.
    void progress(int done, int total, const QString &step);
    void routeMeasured(const qm::RouteMeasurement &measurement);
    /// Every route was measured, or the measurement was cancelled.
    void finished(bool cancelled);

private:
    void stepDone(quint64 generation, const QString &step);
    void routeDone(quint64 generation, const RouteMeasurement &measurement);

    QThreadPool m_pool;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0;
    bool m_running = false;
    int m_done = 0;
    int m_total = 0;
    int m_routesLeft = 0;
};

} // namespace qm
