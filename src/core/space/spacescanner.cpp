#include "spacescanner.h"

#include "core/async/whenfinished.h"

#include <QtConcurrent/QtConcurrentRun>

namespace qm {

SpaceScanner::SpaceScanner(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &SpaceScanner::deliver);
}

SpaceScanner::~SpaceScanner()
{
    waitForRun();
}

void SpaceScanner::waitForRun()
{
    if (m_run)
        m_run->cancel = true;
    if (m_future.isValid())
        m_future.waitForFinished();
}

void SpaceScanner::start(const QString &path, const SpaceScanOptions &options,
                         std::optional<SshTransport> ssh)
{
    waitForRun();
    m_run = std::make_shared<Run>();
    const int generation = ++m_generation;
    m_running = true;
    std::shared_ptr<Run> run = m_run;
    m_future = QtConcurrent::run([run, path, options, ssh = std::move(ssh)] {
        if (ssh)
            return scanRemoteSpace(*ssh, path, options, run->queue, &run->cancel);
        return scanLocalSpace(path, options, run->queue, &run->cancel);
    });
    // The first level shows as soon as the root is read: a first hand-over early.
    QTimer::singleShot(50, this, [this, generation] {
        if (generation == m_generation)
            deliver();
    });
    m_timer.start();
    whenFinished(this, m_future, [this, generation](const SpaceScanResult &result) {
        if (generation != m_generation)
            return; // a scan started since replaced this one
        m_timer.stop();
        m_running = false;
        deliver();
        Q_EMIT finished(result);
    });
}

void SpaceScanner::stop()
{
    if (m_run)
        m_run->cancel = true;
}

std::vector<SpaceRecord> SpaceScanner::takeRecords()
{
    return m_run ? m_run->queue.take() : std::vector<SpaceRecord>();
}

void SpaceScanner::deliver()
{
    Q_EMIT recordsReady();
}

} // namespace qm
