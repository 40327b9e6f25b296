#pragma once

#include "core/jobkinds/jobkinds.h"
#include "core/jobs/jobschedules.h"
#include "core/jobs/jobstore.h"
#include "core/logs/jobeventlog.h"

#include <QList>
#include <QObject>
#include <QString>

#include <map>
#include <memory>

class QTimer;

namespace qm {

class JobRunner;

/// The log and commands of one job, as read from the store.
struct JobDetails
{
    qint64 id = 0;
    QList<JobCommand> commands;
    QList<JobLogLine> log;
};

/// Who runs the jobs of the database the app shows.
enum class JobRunnerState {
    Starting,      ///< not known yet
    Running,       ///< this app runs them
    HeldElsewhere, ///< another runner (a `qmctl jobs run`) holds the lock
    Unavailable,   ///< the database cannot be opened
    Stopped,       ///< the app is quitting
};

/// The part of JobQueueService that lives in the queue's own thread: the JobRunner
/// (when this app holds the runner lock) and a JobStore connection of the thread's own
/// for reading the queue and for the user's actions. Every slot is called through a
/// queued invocation; results go back through queued signals. Nothing here runs on the
/// GUI thread.
class JobQueueWorker : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString databasePath;
        int runnerPollMs = 1000;  ///< JobRunner::Options::pollIntervalMs
        int storePollMs = 500;    ///< how often the database is checked for others' writes
        int refreshDelayMs = 250; ///< changes within this become one snapshot
        int lockRetryMs = 5000;   ///< how often the runner lock is tried while held elsewhere
        /// The SQLite logs file the runner's job events are written into (JobEventLog);
        /// empty: none is written.
        QString eventLogPath;
    };

    explicit JobQueueWorker(Options options);
    ~JobQueueWorker() override;

    /// Opens the store, reads the queue, and starts the runner when the lock is free.
    void start(const qm::JobEnvironment &environment);
    /// Stops the runner (its running jobs come back interrupted, to be resumed) and
    /// closes the store. Blocks until the running jobs' programs have stopped.
    void stop();

    /// Gives the job kinds the code for `environment` (and the per-host cap of its
    /// config). Jobs already running keep the environment they started with.
    void setEnvironment(const qm::JobEnvironment &environment);
    /// Runs jobs of `kind` with `function` from now on, whatever the environment.
    void setJobFunction(const qm::JobKind &kind, const qm::JobFunction &function);

    void enqueue(const qm::JobSpec &spec);
    /// Queues `spec` with the plan a person reviewed: both in one transaction, so no
    /// runner claims the job before its plan is there.
    void enqueueWithPlan(const qm::JobSpec &spec, const QJsonObject &plan);
    /// Removes finished jobs: those of `ids` and those that finished before
    /// `finishedBeforeMs` (-1: none by age).
    void clearFinished(const QList<qint64> &ids, qint64 finishedBeforeMs);
    void addSchedule(const qm::JobSchedule &schedule);
    void updateSchedule(const qm::JobSchedule &schedule);
    void removeSchedule(qint64 id);
    void setScheduleEnabled(qint64 id, bool enabled);
    void cancel(qint64 id);
    void retry(qint64 id);
    void setPriority(qint64 id, int priority);
    void setPaused(bool paused);
    /// The job whose details (log, commands) follow its changes; 0: none.
    void watch(qint64 id);

Q_SIGNALS:
    void runnerStateChanged(qm::JobRunnerState state, const QString &message);
    /// The queue as stored: every job, newest first. `changed` names the jobs the runner
    /// said changed; `all` is set when the change came from elsewhere (unknown jobs).
    void snapshot(const QList<qm::Job> &jobs, bool paused, const QList<qint64> &changed, bool all);
    void detailsRead(const qm::JobDetails &details);
    /// The schedules as stored, with every snapshot.
    void schedulesRead(const QList<qm::JobSchedule> &schedules);
    /// A job was queued (by enqueue).
    void enqueued(qint64 id, const qm::JobSpec &spec);
    /// The outcome of an action, for a person.
    void actionDone(const QString &message);
    void actionFailed(const QString &message);

private:
    void tryStartRunner();
    void installFunctions();
    void markChanged(qint64 id);
    /// Ends a schedule action: its outcome for a person, and the schedules read again.
    void scheduleActionDone(bool ok, const QString &done, const QString &error);
    void scheduleRefresh();
    void refresh();
    void pollStore();
    void emitDetails(bool onlyWhenGrown);
    qint64 now() const;

    Options m_options;
    JobEnvironment m_environment;
    std::map<JobKind, JobFunction> m_overrides;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<JobEventLog> m_eventLog; ///< outlives m_runner, which writes into it
    JobRunner *m_runner = nullptr;
    bool m_runnerStarted = false;
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_lockTimer = nullptr;
    QList<qint64> m_changed;
    bool m_allChanged = true;
    qint64 m_dataVersion = -1;
    qint64 m_watched = 0;
    qsizetype m_watchedLogLines = -1;
    qsizetype m_watchedCommands = -1;
};

} // namespace qm
