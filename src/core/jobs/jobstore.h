#pragma once

#include "core/appdata/appdata.h"
#include "core/jobs/jobs.h"
#include "core/remote/processgroup.h"
#include "core/sql/sqlconnection.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace qm {

/// One line of a job's log.
struct JobLogLine
{
    qint64 timeMs = 0;
    int attempt = 0;
    QString text;
};

/// An external command a job ran, exactly as run.
struct JobCommand
{
    qint64 timeMs = 0;
    int attempt = 0;
    QString commandLine;
};

/// An external program a job's attempt is running, recorded while it runs.
struct JobProcess
{
    qint64 jobId = 0;
    ProcessGroup group;
    QString commandLine;
    qint64 startedMs = 0;
};

/// The persistent job queue: jobs, their plans, commands and logs in SQLite with
/// synchronous=FULL, so a job acknowledged is a job that survives a power cut. Every
/// change is one transaction. One store per thread (its own connection); several
/// processes may share the file, one of them running jobs (RunnerLock).
class JobStore
{
public:
    JobStore();

    bool open(const QString &path, QString *error);
    bool isOpen() const;
    /// For a worker's progress, log and command lines: its writes no longer wait for the
    /// disk (synchronous=NORMAL; a power cut may lose the last lines, never the
    /// database). savePlan still does, since work starts on the strength of a saved plan.
    void relaxDurability();
    QString path() const { return m_connection.path(); }

    /// Queues `spec`; its id, or -1 with `error` set.
    qint64 add(const JobSpec &spec, qint64 nowMs, QString *error);
    std::optional<Job> job(qint64 id) const;
    /// Every job, newest first; only those in `states` when it is not empty.
    QList<Job> jobs(const QList<JobState> &states = {}) const;

    /// Marks every Running job Interrupted (their runner died; Cancelled when a cancel
    /// was asked for): what a runner does when it starts. Returns how many.
    int interruptRunning(qint64 nowMs, QString *error);

    /// Takes the next due job — Queued, not waiting for a retry — by priority, then age,
    /// skipping those `admissible` turns down (caps, a destination in use), and marks it
    /// Running with one attempt more. Nothing when no job may start.
    std::optional<Job> claimNext(qint64 nowMs, const std::function<bool(const Job &)> &admissible,
                                 QString *error);
    /// Claims up to `maxCount` due jobs at once, in one transaction: the candidates in
    /// claimNext's order, each handed to `admissible` (which may remember those it
    /// accepts, to weigh the next ones against them).
    QList<Job> claimDue(qint64 nowMs, int maxCount,
                        const std::function<bool(const Job &)> &admissible, QString *error);

    /// Groups the changes until commitBatch into one durable write (one fsync), for a
    /// runner recording several finished jobs at once. Not for claims.
    bool beginBatch(QString *error);
    bool commitBatch(QString *error);

    /// How far the running job `id` got (ignored once it stopped running).
    bool setProgress(qint64 id, const JobProgress &progress);
    bool savePlan(qint64 id, const QJsonObject &plan, QString *error);
    bool appendLog(qint64 id, qint64 timeMs, const QString &text);
    bool appendCommand(qint64 id, qint64 timeMs, const QString &commandLine);
    QList<JobLogLine> log(qint64 id) const;
    QList<JobCommand> commands(qint64 id) const;

    /// Ends the running attempt: Succeeded, Failed or Cancelled, with why.
    bool finish(qint64 id, JobState state, const QString &error, qint64 nowMs, QString *message);
    /// Ends the running attempt as failed and queues the job again, due at `notBeforeMs`.
    bool retryLater(qint64 id, const QString &error, qint64 notBeforeMs, qint64 nowMs,
                    QString *message);

    /// What a cancel did.
    enum class CancelResult {
        Cancelled, ///< it was queued: it will not run
        Requested, ///< it is running: its runner stops it
        NotActive, ///< it had already finished
        NotFound,
    };
    CancelResult cancel(qint64 id, qint64 nowMs);
    /// Whether a cancel was asked for the running job `id` (its runner polls this).
    bool cancelRequested(qint64 id) const;

    /// Queues a finished job (failed, cancelled, interrupted, or succeeded, to run it
    /// again) afresh: attempts from zero, due now. False when it is queued or running.
    bool retry(qint64 id, QString *error);
    /// Queues an interrupted job again where it left off: its attempts and saved plan
    /// are kept (the plan is what makes resuming safe). False when it is not interrupted.
    bool resume(qint64 id, QString *error);
    /// Records that job `id` started the program of `group` (see ProcessObserver): a
    /// runner that dies leaves the record behind, and the next one ends that group
    /// before it resumes the job.
    bool addProcess(qint64 id, const ProcessGroup &group, const QString &commandLine, qint64 nowMs);
    /// The program of `group` ended: its record goes.
    bool removeProcess(const ProcessGroup &group);
    /// Every program recorded as running, oldest first. When no runner holds the
    /// lock, each was left by a runner that died.
    QList<JobProcess> processes() const;

    /// Removes finished jobs (succeeded, failed or cancelled) with their logs and
    /// commands: those of `ids`, and every one that finished before `finishedBeforeMs`
    /// (-1: none by age). Queued, running and interrupted jobs stay (an interrupted one
    /// resumes on its saved plan). The number removed, or -1 with `error` set.
    int removeFinished(const QList<qint64> &ids, qint64 finishedBeforeMs, QString *error);

    /// A queued job's priority.
    bool setPriority(qint64 id, int priority, QString *error);

    /// The queue's pause switch, kept in the database so that every runner (the GUI or
    /// a `qmctl jobs run`) obeys it. A paused queue starts no job; running ones go on.
    bool setPaused(bool paused, QString *error);
    bool isPaused() const;

    /// A number that changes whenever another connection to the database (a runner,
    /// its workers, a qmctl) commits: reading the queue again is needed only then.
    /// -1 when it cannot be read.
    qint64 changeCounter() const;

    QSqlDatabase database() const { return m_connection.database(); }

private:
    bool exec(const QString &sql, const QVariantList &values, QString *error,
              int *rowsAffected = nullptr);
    QList<Job> select(const QString &where, const QVariantList &values) const;
    /// Sets `assignments` (with `values`) on job `id` if it is running; false with
    /// `message` set when it is not.
    bool updateRunning(qint64 id, const QString &assignments, QVariantList values,
                       QString *message);

    SqlConnection m_connection;
    bool m_relaxed = false;
};

} // namespace qm
