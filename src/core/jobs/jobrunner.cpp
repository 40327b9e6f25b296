#include "jobrunner.h"

#include "core/remote/processrunner.h"
#include "jobschedules.h"
#include "jobstore.h"
#include "runnerlock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::JobRunner)
};

/// How often running jobs are checked for a cancel asked by another process, and the
/// most often a job's progress is written.
constexpr int kCancelPollMs = 250;
constexpr qint64 kProgressIntervalMs = 300;
/// How long a program a dead runner left running gets to stop after SIGTERM.
constexpr int kLeftoverGraceMs = 5000;

/// An event of `job`'s current attempt.
JobEvent jobEvent(const Job &job, JobEvent::Type type, qint64 timeMs, const QString &text,
                  JobState state = JobState::Running)
{
    JobEvent event;
    event.type = type;
    event.jobId = job.id;
    event.kind = job.spec.kind;
    event.hosts = job.spec.hosts;
    event.attempt = job.attempts;
    event.timeMs = timeMs;
    event.text = text;
    event.state = state;
    return event;
}

} // namespace

/// A job running in its worker thread.
struct JobRunner::Running
{
    Job job;
    std::atomic<bool> cancel{false};
    bool userCancelled = false;
    QThread *thread = nullptr;
    JobOutcome outcome; ///< written by the worker before its thread ends
};

namespace {

/// The JobContext of one attempt, in its worker thread, with a store connection of the
/// thread's own.
class WorkerContext final : public JobContext, public ProcessObserver
{
public:
    WorkerContext(const Job &job, const std::atomic<bool> *cancel, const QString &databasePath,
                  std::function<qint64()> clock, std::function<void()> changed,
                  std::function<void(const JobEvent &)> events)
        : m_job(job)
        , m_cancel(cancel)
        , m_clock(std::move(clock))
        , m_events(std::move(events))
        , m_changed(std::move(changed))
    {
        QString error;
        if (!m_store.open(databasePath, &error))
            m_openError = error;
        else
            m_store.relaxDurability();
    }

    QString openError() const { return m_openError; }

    const Job &job() const override { return m_job; }
    const std::atomic<bool> *cancelFlag() const override { return m_cancel; }
    qint64 nowMs() const override { return m_clock(); }

    void progress(const JobProgress &progress) override
    {
        m_job.progress = progress.fraction;
        m_job.bytesDone = progress.bytesDone;
        m_job.bytesTotal = progress.bytesTotal;
        if (m_sinceProgress.isValid() && m_sinceProgress.elapsed() < kProgressIntervalMs &&
            progress.fraction < 1)
            return;
        m_sinceProgress.start();
        m_store.setProgress(m_job.id, progress);
        m_changed();
    }

    bool savePlan(const QJsonObject &plan, QString *error) override
    {
        if (!m_store.savePlan(m_job.id, plan, error))
            return false;
        m_job.plan = plan;
        m_changed();
        return true;
    }

    void log(const QString &line) override
    {
        const qint64 time = nowMs();
        m_store.appendLog(m_job.id, time, line);
        tell(JobEvent::Type::Log, time, line);
        m_changed();
    }

    void command(const QString &commandLine) override
    {
        const qint64 time = nowMs();
        m_store.appendCommand(m_job.id, time, commandLine);
        tell(JobEvent::Type::Command, time, commandLine);
        m_changed();
    }

    // Every program the job's code starts in this thread is in the queue while it runs.
    void processStarted(const ProcessGroup &group, const QString &commandLine) override
    {
        m_store.addProcess(m_job.id, group, commandLine, nowMs());
    }
    void processEnded(const ProcessGroup &group) override { m_store.removeProcess(group); }

private:
    void tell(JobEvent::Type type, qint64 timeMs, const QString &text) const
    {
        if (m_events)
            m_events(jobEvent(m_job, type, timeMs, text));
    }

    Job m_job;
    const std::atomic<bool> *m_cancel;
    std::function<qint64()> m_clock;
    std::function<void(const JobEvent &)> m_events;
    std::function<void()> m_changed;
    JobStore m_store;
    QString m_openError;
    QElapsedTimer m_sinceProgress;
};

} // namespace

JobRunner::JobRunner(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (!m_options.clock)
        m_options.clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    m_options.maxConcurrent = std::max(1, m_options.maxConcurrent);
    m_options.perHostLimit = std::max(1, m_options.perHostLimit);
}

JobRunner::~JobRunner()
{
    stop();
}

void JobRunner::setJobFunction(const JobKind &kind, JobFunction function)
{
    m_functions[kind] = std::move(function);
}

void JobRunner::setJobWrites(const JobKind &kind, JobWrites writes)
{
    m_writes[kind] = writes;
}

QString JobRunner::targetOf(const JobSpec &spec) const
{
    const auto found = m_writes.find(spec.kind);
    return jobTarget(spec, found != m_writes.end() ? found->second : JobWrites::ToDestination);
}

qint64 JobRunner::now() const
{
    return m_options.clock();
}

bool JobRunner::isStarted() const
{
    return m_store != nullptr;
}

bool JobRunner::start(QString *error, QString *lockHolder)
{
    if (m_store)
        return true;
    auto lock = std::make_unique<RunnerLock>(m_options.databasePath);
    QString holder;
    if (!lock->tryLock(&holder)) {
        if (lockHolder)
            *lockHolder = holder;
        *error =
            Text::tr("another runner has the jobs of %1: %2").arg(m_options.databasePath, holder);
        return false;
    }
    auto store = std::make_unique<JobStore>();
    if (!store->open(m_options.databasePath, error))
        return false;

    // Programs a runner that died left running (its rsync still copying) end first:
    // a job is never resumed beside what is left of its last attempt.
    const QSet<qint64> stillRunning = endLeftoverProcesses(*store);

    // Jobs left running died with their runner: interrupted. Interrupted jobs (those
    // and the ones a stopping runner left) are picked up again while they have
    // attempts left.
    if (store->interruptRunning(now(), error) < 0)
        return false;
    for (const Job &job : store->jobs({JobState::Interrupted})) {
        if (!m_options.resumeInterrupted || job.attempts > job.spec.maxAttempts ||
            stillRunning.contains(job.id))
            continue;
        QString message;
        if (store->resume(job.id, &message)) {
            store->appendLog(job.id, now(), Text::tr("resumed where it left off"));
            Q_EMIT jobChanged(job.id);
        }
    }

    m_lock = std::move(lock);
    m_store = std::move(store);
    m_stopping = false;
    m_poll = new QTimer(this);
    m_poll->setInterval(std::min(m_options.pollIntervalMs, kCancelPollMs));
    int ticks = 0;
    connect(m_poll, &QTimer::timeout, this, [this, ticks]() mutable {
        pollCancels();
        ticks += m_poll->interval();
        if (ticks >= m_options.pollIntervalMs) {
            ticks = 0;
            dispatch();
        }
    });
    m_poll->start();
    QTimer::singleShot(0, this, &JobRunner::dispatch);
    return true;
}

QSet<qint64> JobRunner::endLeftoverProcesses(JobStore &store)
{
    QSet<qint64> stillRunning;
    for (const JobProcess &left : store.processes()) {
        const ProcessGroupEnd end = endProcessGroup(left.group, kLeftoverGraceMs);
        if (end.found > 0 && end.ended) {
            store.appendLog(left.jobId, now(),
                            Text::tr("ended %n process(es) the previous runner left running: %1",
                                     nullptr, end.found)
                                .arg(left.commandLine));
        } else if (!end.ended) {
            // Not resumed beside it: the job stays interrupted, with why.
            stillRunning.insert(left.jobId);
            store.appendLog(left.jobId, now(),
                            Text::tr("not resumed: what the previous runner started is still "
                                     "running (%1): %2")
                                .arg(end.error, left.commandLine));
            continue; // the record stays, for the next runner to try again
        }
        store.removeProcess(left.group);
        Q_EMIT jobChanged(left.jobId);
    }
    return stillRunning;
}

void JobRunner::wake()
{
    if (m_store)
        dispatch();
}

bool JobRunner::admissible(const Job &candidate, const QList<Job> &starting) const
{
    QList<const JobSpec *> busy;
    for (const auto &[id, running] : m_running)
        busy.append(&running->job.spec);
    for (const Job &job : starting)
        busy.append(&job.spec);
    const QString target = targetOf(candidate.spec);
    for (const JobSpec *spec : std::as_const(busy)) {
        if (targetsOverlap(target, targetOf(*spec)))
            return false;
    }
    for (const QString &host : candidate.spec.hosts) {
        const auto onHost = std::count_if(busy.cbegin(), busy.cend(), [&host](const JobSpec *spec) {
            return spec->hosts.contains(host);
        });
        if (onHost >= m_options.perHostLimit)
            return false;
    }
    return true;
}

void JobRunner::dispatch()
{
    if (!m_store || m_stopping || m_dispatching)
        return;
    m_dispatching = true;
    QString error;
    const bool paused = m_store->isPaused();
    if (!paused) {
        const QList<qint64> scheduled = JobSchedules(*m_store).queueDue(now(), &error);
        if (!error.isEmpty())
            Q_EMIT storeError(error);
        for (const qint64 id : scheduled)
            Q_EMIT jobChanged(id);
        // Every free slot is filled in one durable write.
        QList<Job> starting;
        const int free = m_options.maxConcurrent - int(m_running.size());
        error.clear();
        const QList<Job> claimed = m_store->claimDue(
            now(), free,
            [this, &starting](const Job &candidate) {
                if (!admissible(candidate, starting))
                    return false;
                starting.append(candidate);
                return true;
            },
            &error);
        if (!error.isEmpty())
            Q_EMIT storeError(error);
        for (const Job &job : claimed)
            launch(job);
    }
    m_dispatching = false;
    if (m_running.empty())
        Q_EMIT idle();
}

void JobRunner::launch(const Job &job)
{
    auto running = std::make_unique<Running>();
    running->job = job;
    Running *state = running.get();
    const auto found = m_functions.find(job.spec.kind);
    // A kind this runner has no code for (a newer Quartermaster queued it): the job
    // fails once, saying so, and is not retried.
    const JobFunction function =
        found != m_functions.end() ? found->second : [key = job.spec.kind.key()](JobContext &) {
            return JobOutcome::failed(
                Text::tr("no job kind '%1' is known to this Quartermaster").arg(key));
        };
    const QString databasePath = m_options.databasePath;
    const std::function<qint64()> clock = m_options.clock;
    const std::function<void(const JobEvent &)> events = m_options.events;
    if (events)
        events(jobEvent(job, JobEvent::Type::Started, clock(), QString()));
    QPointer<JobRunner> self(this);
    const qint64 id = job.id;
    // Progress and log lines from the worker become one jobChanged per interval.
    auto pending = std::make_shared<std::atomic<bool>>(false);
    auto changed = [self, id, pending] {
        if (pending->exchange(true))
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, id, pending] {
                pending->store(false);
                if (self)
                    Q_EMIT self->jobChanged(id);
            },
            Qt::QueuedConnection);
    };
    state->thread = QThread::create([state, function, databasePath, clock, changed, events, self,
                                     id] {
        WorkerContext context(state->job, &state->cancel, databasePath, clock, changed, events);
        const ProcessObserverScope processes(&context);
        JobOutcome outcome;
        if (!context.openError().isEmpty())
            outcome = JobOutcome::failed(context.openError(), true);
        else {
            try {
                outcome = function(context);
            } catch (const std::exception &exception) {
                outcome = JobOutcome::failed(
                    Text::tr("internal error: %1").arg(QString::fromLocal8Bit(exception.what())));
            }
        }
        if (!outcome.error.isEmpty())
            context.log(outcome.error);
        state->outcome = outcome;
        QMetaObject::invokeMethod(
            self.data(),
            [self, id] {
                if (self)
                    self->workerDone(id);
            },
            Qt::QueuedConnection);
    });
    state->thread->setObjectName(QStringLiteral("job %1").arg(id));
    m_running.emplace(id, std::move(running));
    state->thread->start();
    Q_EMIT jobChanged(id);
}

void JobRunner::workerDone(qint64 id)
{
    m_done.append(id);
    if (m_done.size() == 1)
        QTimer::singleShot(0, this, &JobRunner::recordDone);
}

void JobRunner::recordDone()
{
    if (m_done.isEmpty() || !m_store)
        return;
    const QList<qint64> done = std::exchange(m_done, {});
    QString error;
    const bool batched = m_store->beginBatch(&error);
    QList<Ended> ended;
    for (const qint64 id : done) {
        if (m_running.count(id))
            ended.append(finished(id));
    }
    if (batched && !m_store->commitBatch(&error))
        Q_EMIT storeError(error);
    else if (!batched)
        Q_EMIT storeError(error);
    for (const Ended &end : std::as_const(ended)) {
        Q_EMIT jobChanged(end.id);
        Q_EMIT jobFinished(end.id, end.state, end.error);
    }
    if (!m_stopping)
        dispatch();
}

JobRunner::Ended JobRunner::finished(qint64 id)
{
    const auto found = m_running.find(id);
    if (found == m_running.end())
        return {id, JobState::Interrupted, QString()};
    std::unique_ptr<Running> running = std::move(found->second);
    m_running.erase(found);
    running->thread->wait();
    delete running->thread;

    JobOutcome outcome = running->outcome;
    QString message;
    const qint64 time = now();
    JobState state = outcome.state;
    if (outcome.state != JobState::Succeeded && running->cancel.load()) {
        // Stopped on purpose: by the user (cancelled), or by the runner going away
        // (interrupted, resumed by the next runner).
        const bool byUser = running->userCancelled || m_store->cancelRequested(id);
        state = byUser ? JobState::Cancelled : JobState::Interrupted;
        outcome.error = byUser ? Text::tr("cancelled")
                               : Text::tr("interrupted: the runner stopped while it ran");
        m_store->finish(id, state, outcome.error, time, &message);
    } else if (outcome.state == JobState::Failed) {
        Job attempt = running->job;
        if (mayRetry(attempt, outcome.transient)) {
            const qint64 delay = retryDelayMs(m_options.retry, attempt.attempts);
            m_store->retryLater(id, outcome.error, time + delay, time, &message);
            m_store->appendLog(id, time,
                               Text::tr("will try again in %n s", nullptr, int(delay / 1000)));
            state = JobState::Queued;
        } else {
            m_store->finish(id, JobState::Failed, outcome.error, time, &message);
        }
    } else {
        m_store->finish(id, state, outcome.error, time, &message);
    }
    if (!message.isEmpty())
        Q_EMIT storeError(message);
    if (m_options.events)
        m_options.events(jobEvent(running->job, JobEvent::Type::Ended, time, outcome.error, state));
    return {id, state, outcome.error};
}

void JobRunner::cancel(qint64 id)
{
    if (!m_store)
        return;
    m_store->cancel(id, now());
    const auto found = m_running.find(id);
    if (found != m_running.end()) {
        found->second->userCancelled = true;
        found->second->cancel.store(true);
    }
    Q_EMIT jobChanged(id);
}

void JobRunner::pollCancels()
{
    for (const auto &[id, running] : m_running) {
        if (!running->cancel.load() && m_store->cancelRequested(id)) {
            running->userCancelled = true;
            running->cancel.store(true);
        }
    }
}

void JobRunner::stop()
{
    if (!m_store)
        return;
    m_stopping = true;
    if (m_poll)
        m_poll->stop();
    for (const auto &[id, running] : m_running)
        running->cancel.store(true);
    // Each worker ends within the kill grace of its process; record how each ended.
    m_done.clear();
    while (!m_running.empty()) {
        const Ended end = finished(m_running.begin()->first);
        Q_EMIT jobChanged(end.id);
        Q_EMIT jobFinished(end.id, end.state, end.error);
    }
    delete m_poll;
    m_poll = nullptr;
    m_store.reset();
    m_lock.reset();
}

} // namespace qm
