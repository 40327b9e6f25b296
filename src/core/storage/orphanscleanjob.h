#pragma once

// A saved orphan plan carried out as a job of the queue (`qmctl jobs add orphans-clean
// PLAN.csv`), schedulable: each run moves the next part of the plan within its caps
// (docs/orphans.md, "As a job").

#include "core/jobs/jobcontext.h"
#include "core/jobs/jobs.h"
#include "core/storage/orphanclean.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace qm {

struct FleetAccess;

/// The kind of orphan cleanup jobs, by the key the queue stores them under.
inline const JobKind kOrphansCleanJobKind{QStringLiteral("orphans-clean")};

/// What an orphan cleanup job carries out.
struct OrphansCleanRequest
{
    QString planPath; ///< PLAN.csv, absolute
    int batchSize = 1000;
    qint64 maxObjects = -1; ///< per run; -1: no cap
    qint64 maxBytes = -1;   ///< per run; -1: no cap
};

/// The job that runs `request` on the plan `plan` (its location names the job's
/// target). Destructive: never retried by itself.
JobSpec orphansCleanJobSpec(const OrphansCleanRequest &request, const OrphanPlan &plan);
/// The request a job's parameters hold; nothing, with `*error`, when they are not one.
std::optional<OrphansCleanRequest> orphansCleanRequestFrom(const QJsonObject &parameters,
                                                           QString *error);

/// What a dry run of `request` found, as the job's plan (JSON) and for a person.
QJsonObject orphansCleanPreviewJson(const OrphanPlan &plan, const OrphanCleanResult &dryRun);
std::optional<QStringList> describeOrphansCleanPreview(const QJsonObject &preview, QString *error);

/// One attempt of an orphan cleanup job: the plan's next keys within the caps, into
/// the quarantine (cleanOrphans), progress by keys, a line a key kept or failed.
/// A host's folder is reached through `fleet`.
JobOutcome runOrphansCleanJob(JobContext &context, const FleetAccess &fleet);

/// The part of a job that moves `plan`'s next keys within `request`'s batch size and
/// caps (its planPath is not read): progress by keys, a line a key kept or failed, a
/// line for what moved. What an orphan cleanup job and a lifecycle job both run.
JobOutcome carryOutOrphanPlan(JobContext &context, const OrphanPlan &plan,
                              const OrphansCleanRequest &request, const FleetAccess &fleet);

} // namespace qm
