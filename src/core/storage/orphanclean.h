#pragma once

// Carrying out a saved orphan plan: in batches, each checked against the references and
// the store just before it acts, into the location's quarantine, every key written to an
// audit log that is also the run's cursor (docs/orphans.md, "Cleaning up").

#include "core/cleanup/cleanup.h"
#include "core/storage/objectlisting.h"
#include "core/storage/referencesource.h"
#include "core/sync/synccommand.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace qm {

/// A plan as `qmctl orphans scan` saved it: PLAN.csv and PLAN.json beside it.
struct OrphanPlan
{
    QString csvPath;
    SyncEndpoint location;
    ReferenceSource source; ///< as the scan read it (a database without its password)
    int minAgeDays = 0;
    qint64 createdAtMs = 0;
    QList<CleanupItem> items; ///< the orphans: key, size and time when listed
    qint64 totalBytes = 0;
};

/// Reads the plan `csvPath` and its JSON file. Refuses (nullopt, `*error` for a person)
/// a plan that is not whole: a file missing, a record that does not read, a key that is
/// empty, absolute or climbs with "..", a key listed twice, totals that do not add up.
std::optional<OrphanPlan> readOrphanPlan(const QString &csvPath, QString *error);

/// The audit log of a plan: PLAN.audit.jsonl beside it.
QString orphanAuditPath(const QString &csvPath);

/// How a cleanup runs.
struct OrphanCleanOptions
{
    /// False: a dry run. Every check is made (the references, the store), nothing is
    /// moved and nothing written; the result says what a run would do.
    bool execute = false;
    int batchSize = 1000;       ///< keys checked and moved together (min 1)
    qint64 maxObjects = -1;     ///< the most keys this run deals with; -1: no cap
    qint64 maxBytes = -1;       ///< the most planned bytes this run deals with; -1: no cap
    ObjectListingOptions store; ///< rclone's program, config, environment; the cancel flag
    qint64 nowMs = 0;           ///< 0: now
};

/// What a cleanup did (or, dry, would do).
struct OrphanCleanResult
{
    bool ok = false;
    QString error;         ///< why not ok, for a person
    qint64 doneBefore = 0; ///< keys an earlier run of the plan already dealt with
    qint64 moved = 0;      ///< moved into the quarantine (dry: would be)
    qint64 movedBytes = 0;
    qint64 keptReferenced = 0; ///< referenced again since the plan: kept
    qint64 keptChanged = 0;    ///< changed since the plan (size, time, type): kept
    qint64 alreadyGone = 0;    ///< no longer there: counted as done
    qint64 failed = 0;         ///< due, but the move failed (a later run tries again)
    qint64 notReached = 0;     ///< left for a later run: a cap, a cancel or a stop
    bool capped = false;
    bool cancelled = false;
    QString quarantine; ///< where the moved objects are: LOCATION/.quartermaster-quarantine/RUN
    QString auditPath;  ///< empty for a dry run

    /// Every key of the plan dealt with, now or before.
    bool finished() const { return ok && notReached == 0 && failed == 0; }
};

/// Progress and lines for a person (or the job's log), called in the running thread.
struct OrphanCleanCallbacks
{
    std::function<void(qint64 keysDone, qint64 keysTotal)> progress;
    std::function<void(const QString &line)> log;
};

/// Runs `plan`: the keys an earlier run has not dealt with (by the audit log), in plan
/// order, up to the caps, in batches. Before each batch the reference source is asked
/// which of its keys it references now (a source that fails, or gives no row at all,
/// stops the run before the batch); those are kept. The rest are looked at in the store
/// and kept when their size or time differs from the plan; the others move into the
/// quarantine folder at the top of the location (a rename on a folder, with every
/// check of executeCleanup; a server-side move on an rclone remote), and the store is
/// listed again to see what moved. Every key dealt with is appended to the audit log,
/// synced after each batch: a run stopped at any point (even killed) resumes where it
/// was, and a finished plan run again changes nothing. Blocking.
OrphanCleanResult cleanOrphans(const OrphanPlan &plan, const OrphanCleanOptions &options,
                               const OrphanCleanCallbacks &callbacks = {});

} // namespace qm
