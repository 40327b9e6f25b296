#include "replicationmeasurer.h"

#include <QtConcurrent/QtConcurrentRun>

namespace qm {

ReplicationMeasurer::ReplicationMeasurer(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(4);
}

ReplicationMeasurer::~ReplicationMeasurer()
{
    if (m_cancel)
        m_cancel->store(true);
    m_pool.waitForDone();
}

void ReplicationMeasurer::setParallel(int parallel)
{
    m_pool.setMaxThreadCount(std::max(1, parallel));
}

void ReplicationMeasurer::start(const QList<ReplicationRoute> &routes, int target,
                                const ReplicationOptions &options)
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = ++m_generation;
    m_running = true;
    m_done = 0;
    m_total = 0;
    for (const ReplicationRoute &route : routes)
        m_total += int(route.receivers.size()) + 1;
    m_routesLeft = int(routes.size());
    Q_EMIT progress(0, m_total, QString());
    if (routes.isEmpty()) {
        m_running = false;
        Q_EMIT finished(false);
        return;
    }
    for (const ReplicationRoute &route : routes) {
        ReplicationOptions mine = options;
        mine.cancel = m_cancel.get();
        // The flag lives as long as the worker: the lambda holds it.
        (void)QtConcurrent::run(
            &m_pool, [this, route, target, mine, generation, cancel = m_cancel] {
                const RouteMeasurement measurement =
                    measureRoute(route, target, mine, [&](const QString &step) {
                        QMetaObject::invokeMethod(
                            this, [this, generation, step] { stepDone(generation, step); },
                            Qt::QueuedConnection);
                    });
                // The destructor waits for the pool: `this` outlives the workers, and
                // queued calls to a destroyed object are dropped.
                QMetaObject::invokeMethod(
                    this, [this, generation, measurement] { routeDone(generation, measurement); },
                    Qt::QueuedConnection);
                Q_UNUSED(cancel);
            });
    }
}

void ReplicationMeasurer::cancel()
{
    if (!m_running)
        return;
    if (m_cancel)
        m_cancel->store(true);
    ++m_generation; // nothing more from those workers is reported
    m_running = false;
    Q_EMIT finished(true);
}

void ReplicationMeasurer::stepDone(quint64 generation, const QString &step)
{
    if (generation != m_generation)
        return;
    // A step is reported when it starts; the previous one of the route is then done.
    Q_EMIT progress(std::min(m_done, m_total), m_total, step);
    ++m_done;
}

void ReplicationMeasurer::routeDone(quint64 generation, const RouteMeasurement &measurement)
{
    if (generation != m_generation)
        return;
    Q_EMIT routeMeasured(measurement);
    --m_routesLeft;
    if (m_routesLeft <= 0) {
        m_running = false;
        Q_EMIT progress(m_total, m_total, QString());
        Q_EMIT finished(false);
    }
}

} // namespace qm
