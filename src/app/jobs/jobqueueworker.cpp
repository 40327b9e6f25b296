#include "jobqueueworker.h"

#include "core/jobs/jobrunner.h"

#include <QDateTime>
#include <QTimer>

#include <utility>

namespace qm {

JobQueueWorker::JobQueueWorker(Options options)
    : m_options(std::move(options))
{}

JobQueueWorker::~JobQueueWorker()
{
    stop();
}

qint64 JobQueueWorker::now() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

void JobQueueWorker::start(const JobEnvironment &environment)
{
    m_environment = environment;
    auto store = std::make_unique<JobStore>();
    QString error;
    if (!store->open(m_options.databasePath, &error)) {
        Q_EMIT runnerStateChanged(JobRunnerState::Unavailable, error);
        return;
    }
    m_store = std::move(store);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(m_options.refreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &JobQueueWorker::refresh);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(m_options.storePollMs);
    connect(m_pollTimer, &QTimer::timeout, this, &JobQueueWorker::pollStore);
    m_lockTimer = new QTimer(this);
    m_lockTimer->setInterval(m_options.lockRetryMs);
    connect(m_lockTimer, &QTimer::timeout, this, &JobQueueWorker::tryStartRunner);

    JobRunner::Options runnerOptions;
    runnerOptions.databasePath = m_options.databasePath;
    runnerOptions.pollIntervalMs = m_options.runnerPollMs;
    if (!m_options.eventLogPath.isEmpty()) {
        m_eventLog = std::make_unique<JobEventLog>(m_options.eventLogPath);
        runnerOptions.events = m_eventLog->sink();
    }
    m_runner = new JobRunner(runnerOptions, this);
    connect(m_runner, &JobRunner::jobChanged, this, &JobQueueWorker::markChanged);
    connect(m_runner, &JobRunner::storeError, this, &JobQueueWorker::actionFailed);
    installFunctions();

    refresh();
    tryStartRunner();
    m_pollTimer->start();
}

void JobQueueWorker::tryStartRunner()
{
    if (!m_runner || m_runnerStarted)
        return;
    QString error;
    QString holder;
    if (m_runner->start(&error, &holder)) {
        m_runnerStarted = true;
        m_lockTimer->stop();
        Q_EMIT runnerStateChanged(JobRunnerState::Running, QString());
        m_allChanged = true; // interrupted jobs may have been resumed
        scheduleRefresh();
        return;
    }
    if (!holder.isEmpty()) {
        // Another runner (qmctl jobs run) has the queue; try again now and then, so the
        // app takes over when it exits.
        Q_EMIT runnerStateChanged(JobRunnerState::HeldElsewhere, holder);
        if (!m_lockTimer->isActive())
            m_lockTimer->start();
        return;
    }
    Q_EMIT runnerStateChanged(JobRunnerState::Unavailable, error);
}

void JobQueueWorker::stop()
{
    delete m_lockTimer;
    m_lockTimer = nullptr;
    delete m_pollTimer;
    m_pollTimer = nullptr;
    delete m_refreshTimer;
    m_refreshTimer = nullptr;
    if (m_runner) {
        disconnect(m_runner, nullptr, this, nullptr);
        m_runner->stop(); // waits for the running jobs' programs to stop
        delete m_runner;
        m_runner = nullptr;
        m_runnerStarted = false;
    }
    m_eventLog.reset(); // after the runner: what it wrote last is written
    if (m_store) {
        m_store.reset();
        Q_EMIT runnerStateChanged(JobRunnerState::Stopped, QString());
    }
}

void JobQueueWorker::setEnvironment(const JobEnvironment &environment)
{
    m_environment = environment;
    installFunctions();
}

void JobQueueWorker::setJobFunction(const JobKind &kind, const JobFunction &function)
{
    m_overrides[kind] = function;
    installFunctions();
}

void JobQueueWorker::installFunctions()
{
    if (!m_runner)
        return;
    setStandardJobFunctions(*m_runner, m_environment);
    for (const auto &[kind, function] : m_overrides)
        m_runner->setJobFunction(kind, function);
    const FleetConfig *config = m_environment.config.get();
    m_runner->setPerHostLimit(config && config->maxConcurrentSyncs &&
                                      config->maxConcurrentSyncs->value >= 1
                                  ? int(config->maxConcurrentSyncs->value)
                                  : JobRunner::Options().perHostLimit);
    if (m_runnerStarted)
        m_runner->wake(); // a kind may have become runnable
}

void JobQueueWorker::markChanged(qint64 id)
{
    if (!m_changed.contains(id))
        m_changed.append(id);
    scheduleRefresh();
}

void JobQueueWorker::scheduleRefresh()
{
    // The first change starts the delay; those that follow within it ride along.
    if (m_refreshTimer && !m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void JobQueueWorker::pollStore()
{
    if (!m_store)
        return;
    // Read again only when another connection (the runner's, its workers', a qmctl)
    // committed.
    const qint64 version = m_store->changeCounter();
    if (version >= 0 && version != m_dataVersion) {
        m_allChanged = true;
        scheduleRefresh();
    }
}

void JobQueueWorker::refresh()
{
    if (!m_store)
        return;
    if (const qint64 version = m_store->changeCounter(); version >= 0)
        m_dataVersion = version;
    const QList<Job> jobs = m_store->jobs();
    const bool paused = m_store->isPaused();
    const QList<qint64> changed = std::exchange(m_changed, {});
    const bool all = std::exchange(m_allChanged, false);
    Q_EMIT snapshot(jobs, paused, changed, all);
    Q_EMIT schedulesRead(JobSchedules(*m_store).all());
    if (m_watched != 0 && (all || changed.contains(m_watched)))
        emitDetails(true);
}

void JobQueueWorker::emitDetails(bool onlyWhenGrown)
{
    if (!m_store || m_watched == 0)
        return;
    JobDetails details;
    details.id = m_watched;
    details.commands = m_store->commands(m_watched);
    details.log = m_store->log(m_watched);
    // Log lines and commands are only ever appended: same counts, same contents.
    if (onlyWhenGrown && details.log.size() == m_watchedLogLines &&
        details.commands.size() == m_watchedCommands)
        return;
    m_watchedLogLines = details.log.size();
    m_watchedCommands = details.commands.size();
    Q_EMIT detailsRead(details);
}

void JobQueueWorker::watch(qint64 id)
{
    m_watched = id;
    m_watchedLogLines = -1;
    m_watchedCommands = -1;
    emitDetails(false);
}

void JobQueueWorker::enqueue(const JobSpec &spec)
{
    if (!m_store) {
        Q_EMIT actionFailed(tr("The job queue is not available: nothing was queued."));
        return;
    }
    QString error;
    const qint64 id = m_store->add(spec, now(), &error);
    if (id < 0) {
        Q_EMIT actionFailed(error);
        return;
    }
    Q_EMIT enqueued(id, spec);
    Q_EMIT actionDone(tr("Job %1 queued.").arg(id));
    markChanged(id);
    if (m_runnerStarted)
        m_runner->wake();
}

void JobQueueWorker::enqueueWithPlan(const JobSpec &spec, const QJsonObject &plan)
{
    if (!m_store) {
        Q_EMIT actionFailed(tr("The job queue is not available: nothing was queued."));
        return;
    }
    QString error;
    if (!m_store->beginBatch(&error)) {
        Q_EMIT actionFailed(error);
        return;
    }
    const qint64 id = m_store->add(spec, now(), &error);
    if (id < 0 || !m_store->savePlan(id, plan, &error) || !m_store->commitBatch(&error)) {
        m_store->database().rollback();
        Q_EMIT actionFailed(tr("Nothing was queued: %1").arg(error));
        return;
    }
    Q_EMIT enqueued(id, spec);
    Q_EMIT actionDone(tr("Job %1 queued with the plan you reviewed.").arg(id));
    markChanged(id);
    if (m_runnerStarted)
        m_runner->wake();
}

void JobQueueWorker::clearFinished(const QList<qint64> &ids, qint64 finishedBeforeMs)
{
    if (!m_store)
        return;
    QString error;
    const int removed = m_store->removeFinished(ids, finishedBeforeMs, &error);
    if (removed < 0) {
        Q_EMIT actionFailed(error);
        return;
    }
    Q_EMIT actionDone(tr("%n finished job(s) cleared.", nullptr, removed));
    m_allChanged = true;
    scheduleRefresh();
}

void JobQueueWorker::scheduleActionDone(bool ok, const QString &done, const QString &error)
{
    if (ok)
        Q_EMIT actionDone(done);
    else
        Q_EMIT actionFailed(error);
    scheduleRefresh();
}

void JobQueueWorker::addSchedule(const JobSchedule &schedule)
{
    if (!m_store)
        return;
    QString error;
    const qint64 id = JobSchedules(*m_store).add(schedule, now(), &error);
    scheduleActionDone(id > 0, tr("Schedule %1 added.").arg(id), error);
}

void JobQueueWorker::updateSchedule(const JobSchedule &schedule)
{
    if (!m_store)
        return;
    QString error;
    const bool ok = JobSchedules(*m_store).update(schedule, now(), &error);
    scheduleActionDone(ok, tr("Schedule %1 changed.").arg(schedule.id), error);
}

void JobQueueWorker::removeSchedule(qint64 id)
{
    if (!m_store)
        return;
    QString error;
    const bool ok = JobSchedules(*m_store).remove(id, &error);
    scheduleActionDone(ok, tr("Schedule %1 removed.").arg(id), error);
}

void JobQueueWorker::setScheduleEnabled(qint64 id, bool enabled)
{
    if (!m_store)
        return;
    QString error;
    const bool ok = JobSchedules(*m_store).setEnabled(id, enabled, now(), &error);
    scheduleActionDone(
        ok, enabled ? tr("Schedule %1 enabled.").arg(id) : tr("Schedule %1 disabled.").arg(id),
        error);
}

void JobQueueWorker::cancel(qint64 id)
{
    if (!m_store)
        return;
    const std::optional<Job> job = m_store->job(id);
    if (!job) {
        Q_EMIT actionFailed(tr("There is no job %1.").arg(id));
        return;
    }
    if (m_runnerStarted && job->state == JobState::Running) {
        m_runner->cancel(id); // stops its program now, not at the next poll
        Q_EMIT actionDone(tr("Job %1: stopping…").arg(id));
        markChanged(id);
        return;
    }
    switch (m_store->cancel(id, now())) {
    case JobStore::CancelResult::Cancelled:
        Q_EMIT actionDone(tr("Job %1 cancelled.").arg(id));
        break;
    case JobStore::CancelResult::Requested:
        Q_EMIT actionDone(tr("Job %1: its runner is asked to stop it.").arg(id));
        break;
    case JobStore::CancelResult::NotActive:
        Q_EMIT actionFailed(tr("Job %1 has already finished.").arg(id));
        break;
    case JobStore::CancelResult::NotFound:
        Q_EMIT actionFailed(tr("There is no job %1.").arg(id));
        break;
    }
    markChanged(id);
}

void JobQueueWorker::retry(qint64 id)
{
    if (!m_store)
        return;
    QString error;
    if (!m_store->retry(id, &error)) {
        Q_EMIT actionFailed(error);
        return;
    }
    Q_EMIT actionDone(tr("Job %1 queued again.").arg(id));
    markChanged(id);
    if (m_runnerStarted)
        m_runner->wake();
}

void JobQueueWorker::setPriority(qint64 id, int priority)
{
    if (!m_store)
        return;
    QString error;
    if (!m_store->setPriority(id, priority, &error)) {
        Q_EMIT actionFailed(error);
        return;
    }
    Q_EMIT actionDone(tr("Job %1: priority %2.").arg(id).arg(priority));
    markChanged(id);
}

void JobQueueWorker::setPaused(bool paused)
{
    if (!m_store)
        return;
    QString error;
    if (!m_store->setPaused(paused, &error)) {
        Q_EMIT actionFailed(error);
        return;
    }
    Q_EMIT actionDone(paused ? tr("Queue paused: no job starts until it is resumed; running "
                                  "jobs go on.")
                             : tr("Queue resumed."));
    m_allChanged = true;
    scheduleRefresh();
    if (!paused && m_runnerStarted)
        m_runner->wake();
}

} // namespace qm
