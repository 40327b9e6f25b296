#pragma once

#include "core/jobs/jobcontext.h"
#include "core/jobs/jobs.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <unordered_map>

class QThread;
class QTimer;

namespace qm {

class JobStore;
class RunnerLock;

/// Runs the jobs of one jobs database: claims due jobs within the caps, runs each in a
/// worker thread of its own through the function registered for its kind, records how
/// it ended, retries transient failures with back-off, queues scheduled jobs, and stops
/// running jobs on cancel. One runner per database (RunnerLock); the GUI and
/// `qmctl jobs run` each make one.
///
/// A JobRunner lives in one thread (the GUI moves it to a thread of its own, so no SQL
/// runs on the GUI thread); call it through queued invocations from others. Its
/// signals say what changed; read the details from a JobStore of your own.
class JobRunner : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString databasePath;
        int maxConcurrent = 4;     ///< jobs running at once, in all
        int perHostLimit = 4;      ///< jobs at once per host (auto_sync.max_concurrent_syncs)
        int pollIntervalMs = 1000; ///< how often the queue is looked at for new or due jobs
        RetryPolicy retry;
        /// Interrupted jobs (their runner died) are queued again at start, where they
        /// left off, unless they have used up their attempts.
        bool resumeInterrupted = true;
        /// The time; a test gives a clock of its own. Default: the system clock.
        std::function<qint64()> clock;
        /// Hears every event of every job (JobEvent), in the thread where it happened —
        /// a job's worker thread for its log lines and commands — so it must be
        /// thread-safe and quick (it is called while the job runs). Empty: nobody hears.
        std::function<void(const JobEvent &event)> events;
    };

    explicit JobRunner(Options options, QObject *parent = nullptr);
    /// Stops: running jobs are asked to stop and waited for; they come back as
    /// Interrupted, to be resumed by the next runner.
    ~JobRunner() override;

    /// The code for jobs of `kind`. Called in worker threads: it must be thread-safe.
    /// A job whose kind has no code here fails when its turn comes ("no job kind 'foo'
    /// is known to this Quartermaster"): a newer Quartermaster queued it, say.
    void setJobFunction(const JobKind &kind, JobFunction function);
    /// Where jobs of `kind` write (jobTarget()); a kind not given writes to its
    /// destination.
    void setJobWrites(const JobKind &kind, JobWrites writes);

    /// Takes the runner lock, opens the store, ends the programs a runner that died
    /// left running (each recorded process group still alive: SIGTERM, SIGKILL after
    /// five seconds, each noted in its job's log), marks jobs left running Interrupted
    /// (and resumes them, except one whose programs could not be ended), and starts
    /// looking at the queue. Blocks while leftovers end. False with `error` set when
    /// the database cannot be opened, or `lockHolder` set when another runner has it.
    bool start(QString *error, QString *lockHolder = nullptr);
    bool isStarted() const;

    /// Jobs running now.
    int runningCount() const { return int(m_running.size()); }

    /// Changes Options::perHostLimit (the config's auto_sync.max_concurrent_syncs was
    /// edited); jobs already running go on, the next ones are admitted under the new cap.
    void setPerHostLimit(int limit) { m_options.perHostLimit = std::max(1, limit); }

public Q_SLOTS:
    /// Looks at the queue now (after an add, say) instead of at the next poll.
    void wake();
    /// Asks the job `id` to stop: a queued one is cancelled, a running one's process is
    /// terminated (killed after two seconds).
    void cancel(qint64 id);
    /// Stops the runner: asks running jobs to stop, waits for them (they become
    /// Interrupted) and releases the lock. Called by the destructor.
    void stop();

Q_SIGNALS:
    /// Job `id` changed state (started, finished, queued again) or made progress.
    void jobChanged(qint64 id);
    /// An attempt of job `id` ended with `state`; `error` says why when it failed.
    void jobFinished(qint64 id, qm::JobState state, const QString &error);
    /// Nothing runs and nothing is due now (for `qmctl jobs run --once`).
    void idle();
    /// The store could not be read or written; the runner goes on trying.
    void storeError(const QString &message);

private:
    struct Running;

    qint64 now() const;
    /// Ends the process groups recorded in `store` (left by a runner that died); the
    /// jobs whose groups could not be ended.
    QSet<qint64> endLeftoverProcesses(JobStore &store);
    void dispatch();
    /// What `spec` writes to, as its kind writes (setJobWrites()).
    QString targetOf(const JobSpec &spec) const;
    /// Whether `candidate` may start beside the running jobs and those of `starting`.
    bool admissible(const Job &candidate, const QList<Job> &starting) const;
    void launch(const Job &job);
    /// A worker is done: its job is recorded with the others done by the next turn of
    /// the event loop, in one durable write.
    void workerDone(qint64 id);
    void recordDone();
    struct Ended
    {
        qint64 id;
        JobState state;
        QString error;
    };
    /// Records how the attempt of job `id` ended, once its worker is done.
    Ended finished(qint64 id);
    void pollCancels();

    Options m_options;
    std::map<JobKind, JobFunction> m_functions;
    std::map<JobKind, JobWrites> m_writes;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<RunnerLock> m_lock;
    std::unordered_map<qint64, std::unique_ptr<Running>> m_running;
    QTimer *m_poll = nullptr;
    QList<qint64> m_done; ///< workers done, not recorded yet
    bool m_dispatching = false;
    bool m_stopping = false;
};

} // namespace qm
