#pragma once

#include "core/jobkinds/jobkindcatalogue.h"
#include "core/jobkinds/jobkinds.h"
#include "core/jobs/jobstore.h"
#include "output.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace qm::cli {

/// What `qmctl jobs` works with: the store, the config, ssh options.
struct JobsSession
{
    JobStore store;
    QString databasePath;
    JobEnvironment environment;
};

/// The options of `qmctl jobs add` (each kind reads its own, JobKindOptions).
struct JobAddOptions : JobKindOptions
{
    bool yes = false; ///< queue a job that removes anything, after showing its plan
};

/// Reads `KIND …` (`positional` starts at KIND) into a job, as the kind's record in
/// standardJobKinds() builds it, planning one that removes anything; nothing, with the
/// error printed and `*exit` set, when it cannot.
std::optional<PreparedJob> prepareJob(JobsSession &session, QStringList positional,
                                      const JobAddOptions &options, Output &output, int *exit);

/// `qmctl jobs add KIND …`: queues the job; one that removes anything is only planned
/// and printed unless `options.yes`.
int addJob(JobsSession &session, const QStringList &positional, const JobAddOptions &options,
           Output &output);

/// When a schedule queues its job.
struct ScheduleOptions
{
    QString every;   ///< "15m", "2h", minutes; empty: not given
    QString dailyAt; ///< "HH:MM"; empty: not given
    bool catchUp = false;
};

/// `qmctl jobs schedule add|list|remove|enable|disable …`; `positional` starts after
/// "schedule".
int scheduleCommand(JobsSession &session, QStringList positional, const JobAddOptions &options,
                    const ScheduleOptions &when, Output &output);

/// A job that removes originals or files: with `yes` it is queued with `plan` saved
/// (session.store must be open); without, `description` (JSON: `{"plan", "queued":
/// false}`) is printed and nothing is queued.
int reviewOrQueue(JobsSession &session, const JobSpec &spec, const QJsonObject &plan,
                  const QStringList &description, bool yes, Output &output);

/// What printNewId announces.
enum class NewItem { Job, Schedule };

/// Announces a new job or schedule: "queued job 2" / "added schedule 3" (JSON:
/// `{"schemaVersion": 1, "id": N}`, the number alone).
void printNewId(NewItem item, qint64 id, Output &output);

/// Queues `spec` (with `plan` saved, when given) and prints its id; warns when no
/// runner is there to run it.
int queueJob(JobsSession &session, const JobSpec &spec, const QJsonObject &plan, Output &output);

} // namespace qm::cli
