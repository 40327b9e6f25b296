#pragma once

#include "jobqueueworker.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class QThread;

namespace qm {

/// The app's job queue: the jobs database (by default the one `qmctl jobs` uses,
/// jobsDatabasePath()) and a JobRunner in a thread of its own, so that neither SQL nor a
/// stopping program ever holds up the GUI thread. Keeps the latest snapshot of the
/// queue for the views, refreshed when the runner reports changes (coalesced: at most a
/// few snapshots a second) and when another process writes the database.
///
/// One runner per database: when a `qmctl jobs run` holds the lock, the queue is still
/// read and shown, actions still reach the database (that runner obeys cancel, pause,
/// priority), and the lock is tried again every few seconds so the app takes over when
/// that runner exits.
///
/// Every action is asynchronous; its outcome arrives as actionDone or actionFailed.
class JobQueueService : public QObject
{
    Q_OBJECT

public:
    using Options = JobQueueWorker::Options;

    /// An empty Options::databasePath means jobsDatabasePath().
    explicit JobQueueService(Options options = {}, QObject *parent = nullptr);
    /// Stops (see stop()).
    ~JobQueueService() override;

    /// Opens the queue and starts the runner, in the queue's thread, with the current
    /// environment. Returns at once; runnerStateChanged says how it went.
    void start();
    /// Stops the runner and its thread: the running jobs' programs are stopped (SIGTERM,
    /// then SIGKILL after two seconds) by the runner's thread while this waits for it,
    /// and come back interrupted, to be resumed by the next runner. Called on
    /// QCoreApplication::aboutToQuit and by the destructor; later calls do nothing.
    void stop();

    QString databasePath() const { return m_options.databasePath; }
    JobRunnerState runnerState() const { return m_runnerState; }
    /// Who holds the runner lock (HeldElsewhere) or why the queue cannot be opened
    /// (Unavailable); empty otherwise.
    QString runnerMessage() const { return m_runnerMessage; }

    /// The environment of the job kinds: the fleet config the app has open, ssh options,
    /// the history that probe jobs record into. Handed to the queue's thread; jobs that
    /// are running keep the one they started with.
    void setEnvironment(const JobEnvironment &environment);
    JobEnvironment environment() const { return m_environment; }
    /// Runs jobs of `kind` with `function` (called in worker threads: thread-safe)
    /// instead of the standard code, from now on, whatever the environment.
    void setJobFunction(const JobKind &kind, const JobFunction &function);

    /// The schedules as of the latest snapshot, by id.
    const QList<JobSchedule> &schedules() const { return m_schedules; }
    /// The queue as of the latest snapshot, newest first.
    const QList<Job> &jobs() const { return m_jobs; }
    /// The job `id` of the latest snapshot, or nullptr.
    const Job *job(qint64 id) const;
    bool isPaused() const { return m_paused; }
    /// Whether a snapshot has arrived.
    bool hasSnapshot() const { return m_hasSnapshot; }
    int count(JobState state) const;

    /// Failed jobs that stopped since markFailuresSeen() (at start: those of the last
    /// day), for the Jobs item's badge in the sidebar.
    int unseenFailures() const;
    /// The failures so far have been seen (the Jobs page was on screen).
    void markFailuresSeen();

public Q_SLOTS:
    /// Queues `spec` (for any page: the replication view's "Sync now", the probe of all
    /// hosts). enqueued() gives its id.
    void enqueue(const qm::JobSpec &spec);
    /// Queues `spec` with the plan a person reviewed (a cleanup, an archive, a sync that
    /// deletes): the job carries out that plan, not a new one.
    void enqueueWithPlan(const qm::JobSpec &spec, const QJsonObject &plan);
    /// Removes finished jobs (succeeded, failed, cancelled) with their logs: those of
    /// `ids`, and those that finished before `finishedBeforeMs` (-1: none by age).
    void clearFinished(const QList<qint64> &ids, qint64 finishedBeforeMs);
    /// Schedules: added (its id and times set by the store), changed, removed, switched.
    /// A schedule's spec must have passed JobKindCatalogue::scheduleRefusal.
    void addSchedule(const qm::JobSchedule &schedule);
    void updateSchedule(const qm::JobSchedule &schedule);
    void removeSchedule(qint64 id);
    void setScheduleEnabled(qint64 id, bool enabled);
    /// Cancels a queued job, or stops a running one.
    void cancel(qint64 id);
    /// Queues a finished job (failed, cancelled, interrupted or succeeded) afresh.
    void retry(qint64 id);
    /// A queued job's priority (higher runs first).
    void setPriority(qint64 id, int priority);
    /// Pauses or resumes the queue (stored: every runner obeys).
    void setPaused(bool paused);
    /// Follows the log and commands of job `id` (detailsChanged); 0 stops.
    void watch(qint64 id);

Q_SIGNALS:
    /// A new snapshot: `changed` lists the jobs that changed or appeared (all of them
    /// when the change came from elsewhere and its jobs are not known).
    void jobsChanged(const QList<qint64> &changed);
    void pausedChanged(bool paused);
    void runnerStateChanged(qm::JobRunnerState state);
    /// Jobs that failed for good (no retry left) since the previous snapshot; never the
    /// ones already failed when the app started.
    void jobsFailed(const QList<qm::Job> &jobs);
    void detailsChanged(const qm::JobDetails &details);
    /// schedules() was read again (with every snapshot).
    void schedulesChanged();
    void enqueued(qint64 id, const qm::JobSpec &spec);
    /// markFailuresSeen() was called: unseenFailures() may have changed.
    void failuresSeen();
    void actionDone(const QString &message);
    void actionFailed(const QString &message);

private:
    void applySnapshot(const QList<Job> &jobs, bool paused, const QList<qint64> &changed, bool all);
    void setRunnerState(JobRunnerState state, const QString &message);
    /// Runs `call` on the worker in the queue's thread.
    template <typename Call>
    void post(Call &&call);

    Options m_options;
    JobEnvironment m_environment;
    QThread *m_thread = nullptr;
    JobQueueWorker *m_worker = nullptr;
    bool m_started = false;
    QList<Job> m_jobs;
    QList<JobSchedule> m_schedules;
    qint64 m_failuresSeenMs = 0;
    QHash<qint64, qsizetype> m_rows; ///< id → index in m_jobs
    bool m_paused = false;
    bool m_hasSnapshot = false;
    JobRunnerState m_runnerState = JobRunnerState::Starting;
    QString m_runnerMessage;
};

} // namespace qm
