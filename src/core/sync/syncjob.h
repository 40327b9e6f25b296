#pragma once

#include "core/jobs/jobcontext.h"
#include "core/jobs/jobs.h"
#include "core/remote/fleetaccess.h"
#include "core/sync/synccommand.h"

#include <memory>
#include <optional>

namespace qm {

/// The kind of sync jobs, by the key the queue stores them under.
inline const JobKind kSyncJobKind{QStringLiteral("sync")};

/// The job that runs `request` (its parameters, the hosts it counts against, whether it
/// deletes).
JobSpec syncJobSpec(const SyncRequest &request);
/// The request a sync job's parameters hold; nothing, with `error`, when they are not.
std::optional<SyncRequest> syncRequestFrom(const QJsonObject &parameters, QString *error);

/// The plan of a sync: what its dry run said. Saved in the job before the real run; a
/// run that deletes removes only what its plan listed.
struct SyncPlan
{
    qint64 filesToTransfer = 0;
    qint64 bytesToTransfer = 0;
    qint64 deleteCount = 0;
    QStringList deletions; ///< relative paths (the first RsyncDryRun::kMaxListed)

    QJsonObject toJson() const;
    static SyncPlan fromJson(const QJsonObject &object);
    /// "12 files (3.4 GB) to copy; 2 to delete at the destination" and the deletions.
    QStringList describe() const;
};

/// Why a deleting `request` may not run: its destination is a protected folder
/// (protectedroots.h; a host's by name only) that `request.allowProtectedRoot` does
/// not name. Empty when it may (or when it deletes nothing).
QString protectedDestinationRefusal(const SyncRequest &request);

/// Checks and dry-runs `request` as a job would before acting: a deleting run into a
/// protected folder is refused (protectedDestinationRefusal), rsync ≥ 3.1 on both
/// ends, the source there and not empty, source and destination different, the
/// destination there (never created), mounted when it is external storage, with room
/// and below max_disk_usage_percent. Used by `qmctl jobs add` and the GUI to show the
/// plan before queueing. Nothing, with `error` set, when a check fails; `transient`
/// says whether it may pass later (a host unreachable).
std::optional<SyncPlan> planSync(const SyncRequest &request, const FleetAccess &access,
                                 const std::atomic<bool> *cancel, QString *error,
                                 bool *transient = nullptr,
                                 const std::function<void(const QString &)> &command = {});

/// One attempt of a sync job: plan (checks and dry run; a deleting run must delete no
/// more than its saved plan), then the real run with progress from rsync's
/// --info=progress2 or rclone's JSON stats.
JobOutcome runSyncJob(JobContext &context, const FleetAccess &access);

} // namespace qm
