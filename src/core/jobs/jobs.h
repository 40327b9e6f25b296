#pragma once

#include "core/jobs/jobkind.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace qm {

/// Where a job is in its life. Queued → Running → Succeeded | Failed | Cancelled; a job
/// found Running when a runner starts (its process died) becomes Interrupted, and
/// Queued again when resumed. A failed attempt that may be retried goes back to Queued
/// with a time before which it does not run.
enum class JobState {
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
    Interrupted,
};

/// Who asked for the job.
enum class JobTrigger {
    User,
    Schedule,
    Rule,
};

/// The stable names stored in the database and printed by `qmctl` (never translated).
/// A kind's is its key (JobKind::key()).
QString jobStateKey(JobState state);
QString jobTriggerKey(JobTrigger trigger);
std::optional<JobState> jobStateFromKey(const QString &key);
std::optional<JobTrigger> jobTriggerFromKey(const QString &key);

/// A state's name for people, translated.
QString jobStateTitle(JobState state);

/// Whether a job in `state` is done with (it runs again only when retried).
bool isFinished(JobState state);

/// A job to add to the queue.
struct JobSpec
{
    JobKind kind; ///< its kind's constant (kSyncJobKind, …); a stored job keeps any key
    JobTrigger trigger = JobTrigger::User;
    QJsonObject parameters; ///< what the kind needs (paths, options), as given
    QString source;         ///< shown in lists: an endpoint, a root, a host
    QString destination;    ///< empty when the kind has none
    /// The hosts whose per-host caps the job counts against (`auto_sync`'s
    /// max_concurrent_syncs); empty for work on this machine only.
    QStringList hosts;
    int priority = 0; ///< higher runs first among the jobs that are due
    /// Attempts before a transient failure counts as final (1: never retried).
    int maxAttempts = 3;
    /// Whether the job removes or overwrites anything: such a job is never retried
    /// automatically, whatever maxAttempts says.
    bool destructive = false;
    qint64 scheduleId = 0; ///< the schedule that queued it; 0 when none did

    friend bool operator==(const JobSpec &, const JobSpec &) = default;
};

/// A spec as JSON (for schedules, which queue the same spec again and again), and back;
/// nothing when `object` is not one. A kind no record knows keeps its key.
QJsonObject jobSpecToJson(const JobSpec &spec);
std::optional<JobSpec> jobSpecFromJson(const QJsonObject &object);

/// Where the jobs of a kind write (its record says, JobKindRecord::writes), for
/// jobTarget().
enum class JobWrites {
    ToDestination, ///< to their destination; nowhere when they have none (a probe)
    /// to their destination, or in their source when they have none (an archive or a
    /// cleanup works in the root it is given)
    InSource,
};

/// What a job writes to, its kind writing as `writes` (a sync's destination, the root an
/// archive or cleanup works in); empty when it writes nothing. Two jobs whose targets
/// overlap never run at once.
QString jobTarget(const JobSpec &spec, JobWrites writes);
/// Whether two targets ("/path", "HOST:/path", "rclone:REMOTE:path") are the same place
/// or one lies inside the other.
bool targetsOverlap(const QString &a, const QString &b);

/// How far a running attempt got. -1 where not known.
struct JobProgress
{
    double fraction = 0; ///< 0–1
    qint64 bytesDone = -1;
    qint64 bytesTotal = -1;
    double rateBytesPerSecond = -1;
    qint64 etaSeconds = -1;
};

/// Progress from bytes done of a total after `elapsedMs` of work: the fraction, and the
/// average rate and the time left at that rate once there is enough to go on (≥ 0.5 s).
JobProgress jobProgressOf(qint64 bytesDone, qint64 bytesTotal, qint64 elapsedMs);

/// A job as the queue keeps it. Times are milliseconds since the epoch (UTC); -1 when
/// not yet.
struct Job
{
    qint64 id = 0;
    JobSpec spec;
    JobState state = JobState::Queued;
    int attempts = 0; ///< attempts started so far
    qint64 createdMs = -1;
    qint64 startedMs = -1;  ///< of the latest attempt
    qint64 finishedMs = -1; ///< when it last stopped running
    qint64 notBeforeMs = 0; ///< a retry waits until then
    double progress = 0;    ///< 0–1, of the latest attempt
    qint64 bytesDone = -1;
    qint64 bytesTotal = -1;
    double rateBytesPerSecond = -1; ///< while running; -1 when not known
    qint64 etaSeconds = -1;         ///< while running; -1 when not known
    bool cancelRequested = false;
    QString error; ///< why the latest attempt failed; empty when it did not
    /// The plan saved before acting (what will be copied or removed), as the kind
    /// writes it; empty until planned.
    QJsonObject plan;
};

/// Something that happened to a job, as a runner tells it (JobRunner::Options::events):
/// an attempt started, a line of its log, a command it ran, how the attempt ended.
struct JobEvent
{
    enum class Type {
        Started, ///< an attempt began
        Log,     ///< `text` is a line of the job's log
        Command, ///< `text` is a command line it runs
        Ended,   ///< the attempt ended in `state` (Queued: it is tried again), `text` why
    };
    Type type = Type::Log;
    qint64 jobId = 0;
    JobKind kind;
    QStringList hosts; ///< the hosts of the fleet it reaches (JobSpec::hosts)
    int attempt = 0;   ///< of the attempt it belongs to, from 1
    qint64 timeMs = 0;
    QString text;
    JobState state = JobState::Running; ///< for Ended
};

/// How failed attempts are retried: after `firstDelayMs`, then twice as long each
/// time, never longer than `maxDelayMs`.
struct RetryPolicy
{
    qint64 firstDelayMs = 30'000;
    qint64 maxDelayMs = 3'600'000;
};

/// The wait before the next attempt after `failedAttempts` (≥ 1) failed ones.
qint64 retryDelayMs(const RetryPolicy &policy, int failedAttempts);

/// Whether a job that just failed its latest attempt runs again: the failure is
/// transient (a network error, a lock held elsewhere), the job removes nothing, and
/// it has attempts left.
bool mayRetry(const Job &job, bool transientFailure);

} // namespace qm
