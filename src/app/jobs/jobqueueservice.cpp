#include "jobqueueservice.h"

#include "core/history/historystore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <utility>

namespace qm {

namespace {
/// Failures older than this are not counted as news when the app starts.
constexpr qint64 kFailureNewsMs = 24 * 3600 * 1000;
} // namespace

JobQueueService::JobQueueService(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_failuresSeenMs(QDateTime::currentMSecsSinceEpoch() - kFailureNewsMs)
{
    if (m_options.databasePath.isEmpty())
        m_options.databasePath = jobsDatabasePath();
    // Probe jobs record into the history beside the jobs, as `qmctl jobs` does.
    m_environment.historyPath =
        historyDatabasePath(QFileInfo(m_options.databasePath).absolutePath());
    m_environment.logsPath = logsDatabasePath(QFileInfo(m_options.databasePath).absolutePath());
    // The runner's job events go into the embedded logs file beside the jobs, where the
    // Logs page finds them.
    if (m_options.eventLogPath.isEmpty())
        m_options.eventLogPath = m_environment.logsPath;

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("job queue"));
    m_worker = new JobQueueWorker(m_options);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &JobQueueWorker::runnerStateChanged, this, &JobQueueService::setRunnerState);
    connect(m_worker, &JobQueueWorker::snapshot, this, &JobQueueService::applySnapshot);
    connect(m_worker, &JobQueueWorker::detailsRead, this, &JobQueueService::detailsChanged);
    connect(m_worker, &JobQueueWorker::schedulesRead, this,
            [this](const QList<JobSchedule> &schedules) {
                if (schedules == m_schedules)
                    return;
                m_schedules = schedules;
                Q_EMIT schedulesChanged();
            });
    connect(m_worker, &JobQueueWorker::enqueued, this, &JobQueueService::enqueued);
    connect(m_worker, &JobQueueWorker::actionDone, this, &JobQueueService::actionDone);
    connect(m_worker, &JobQueueWorker::actionFailed, this, &JobQueueService::actionFailed);
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &JobQueueService::stop);
    m_thread->start();
}

JobQueueService::~JobQueueService()
{
    stop();
}

template <typename Call>
void JobQueueService::post(Call &&call)
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(m_worker, std::forward<Call>(call), Qt::QueuedConnection);
}

void JobQueueService::start()
{
    if (m_started)
        return;
    m_started = true;
    post([worker = m_worker, environment = m_environment] { worker->start(environment); });
}

void JobQueueService::stop()
{
    if (!m_thread)
        return;
    // The runner's thread stops the programs; this thread only waits for it.
    QMetaObject::invokeMethod(m_worker, &JobQueueWorker::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread; // the worker went with its thread's end (deleteLater)
    m_thread = nullptr;
    m_worker = nullptr;
}

void JobQueueService::setEnvironment(const JobEnvironment &environment)
{
    m_environment = environment;
    post([worker = m_worker, environment] { worker->setEnvironment(environment); });
}

void JobQueueService::setJobFunction(const JobKind &kind, const JobFunction &function)
{
    post([worker = m_worker, kind, function] { worker->setJobFunction(kind, function); });
}

const Job *JobQueueService::job(qint64 id) const
{
    const auto found = m_rows.constFind(id);
    return found == m_rows.cend() ? nullptr : &m_jobs[*found];
}

int JobQueueService::count(JobState state) const
{
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(),
                             [state](const Job &job) { return job.state == state; }));
}

void JobQueueService::enqueue(const JobSpec &spec)
{
    post([worker = m_worker, spec] { worker->enqueue(spec); });
}

void JobQueueService::enqueueWithPlan(const JobSpec &spec, const QJsonObject &plan)
{
    post([worker = m_worker, spec, plan] { worker->enqueueWithPlan(spec, plan); });
}

void JobQueueService::clearFinished(const QList<qint64> &ids, qint64 finishedBeforeMs)
{
    post([worker = m_worker, ids, finishedBeforeMs] {
        worker->clearFinished(ids, finishedBeforeMs);
    });
}

void JobQueueService::addSchedule(const JobSchedule &schedule)
{
    post([worker = m_worker, schedule] { worker->addSchedule(schedule); });
}

void JobQueueService::updateSchedule(const JobSchedule &schedule)
{
    post([worker = m_worker, schedule] { worker->updateSchedule(schedule); });
}

void JobQueueService::removeSchedule(qint64 id)
{
    post([worker = m_worker, id] { worker->removeSchedule(id); });
}

void JobQueueService::setScheduleEnabled(qint64 id, bool enabled)
{
    post([worker = m_worker, id, enabled] { worker->setScheduleEnabled(id, enabled); });
}

void JobQueueService::cancel(qint64 id)
{
    post([worker = m_worker, id] { worker->cancel(id); });
}

void JobQueueService::retry(qint64 id)
{
    post([worker = m_worker, id] { worker->retry(id); });
}

void JobQueueService::setPriority(qint64 id, int priority)
{
    post([worker = m_worker, id, priority] { worker->setPriority(id, priority); });
}

void JobQueueService::setPaused(bool paused)
{
    post([worker = m_worker, paused] { worker->setPaused(paused); });
}

void JobQueueService::watch(qint64 id)
{
    post([worker = m_worker, id] { worker->watch(id); });
}

void JobQueueService::setRunnerState(JobRunnerState state, const QString &message)
{
    if (state == m_runnerState && message == m_runnerMessage)
        return;
    m_runnerState = state;
    m_runnerMessage = message;
    Q_EMIT runnerStateChanged(state);
}

void JobQueueService::applySnapshot(const QList<Job> &jobs, bool paused,
                                    const QList<qint64> &changed, bool all)
{
    // Failed for good since the last snapshot: those a person wants to hear about.
    QList<Job> failed;
    if (m_hasSnapshot) {
        for (const Job &job : jobs) {
            if (job.state != JobState::Failed)
                continue;
            // A retry that failed again between two snapshots shows as a new stop time.
            const Job *before = this->job(job.id);
            if (!before || before->state != JobState::Failed ||
                before->finishedMs != job.finishedMs)
                failed.append(job);
        }
    }
    m_jobs = jobs;
    m_rows.clear();
    m_rows.reserve(m_jobs.size());
    for (qsizetype row = 0; row < m_jobs.size(); ++row)
        m_rows.insert(m_jobs[row].id, row);
    m_hasSnapshot = true;

    QList<qint64> ids = changed;
    if (all) {
        ids.clear();
        for (const Job &job : std::as_const(m_jobs))
            ids.append(job.id);
    }
    Q_EMIT jobsChanged(ids);
    if (paused != m_paused) {
        m_paused = paused;
        Q_EMIT pausedChanged(paused);
    }
    if (!failed.isEmpty())
        Q_EMIT jobsFailed(failed);
}

int JobQueueService::unseenFailures() const
{
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(), [this](const Job &job) {
        return job.state == JobState::Failed && job.finishedMs > m_failuresSeenMs;
    }));
}

void JobQueueService::markFailuresSeen()
{
    m_failuresSeenMs = QDateTime::currentMSecsSinceEpoch();
    Q_EMIT failuresSeen();
}

} // namespace qm
