#pragma once

#include "cleanup/cleanup.h"
#include "cleanup/quarantine.h"
#include "jobs/jobcontext.h"
#include "jobs/jobs.h"

#include <QStringList>

#include <optional>

namespace qm {

struct SyncEnvironment;

/// What a cleanup job removes: files under a folder of this machine (to the trash) or
/// of a host (`host` set: into the quarantine folder there), or, with
/// `emptyQuarantine`, the files a host's quarantine has held longer than the age.
struct CleanupJobRequest
{
    QString host; ///< empty: this machine
    CleanupRule rule;
    bool emptyQuarantine = false;

    /// "/path" or "HOST:/path", as `qmctl jobs add cleanup` takes it.
    QString target() const;
};

/// Parses "/path" or "HOST:/path" into `request` (host and root); false with `*error`.
bool parseCleanupTarget(const QString &text, CleanupJobRequest *request, QString *error);

/// The job that runs `request`. Destructive: never retried by itself, queued only after
/// its plan was shown.
JobSpec cleanupJobSpec(const CleanupJobRequest &request);
/// The request a cleanup job's parameters hold; nothing, with `*error`, when they are not.
std::optional<CleanupJobRequest> cleanupRequestFrom(const QJsonObject &parameters, QString *error);

/// A cleanup job's plan: local or remote, as the job saves it.
struct CleanupJobPlan
{
    std::optional<CleanupPlan> local;
    std::optional<RemoteCleanupPlan> remote;

    const CleanupPlan &plan() const { return local ? *local : remote->plan; }
    QJsonObject toJson() const;
    static std::optional<CleanupJobPlan> fromJson(const QJsonObject &object, QString *error);
    /// For a person: what it would do with how many files and bytes, what it skipped,
    /// then up to `maxListed` paths (-1: all) and how many more there are.
    QStringList describe(int maxListed = 20) const;
};

/// Plans `request` as its job would before acting (blocking; a host is reached over
/// ssh with `environment`'s options). Used by `qmctl jobs add` and the GUI to show the
/// plan before queueing.
std::optional<CleanupJobPlan>
planCleanupJob(const CleanupJobRequest &request, const SyncEnvironment &environment,
               const std::atomic<bool> *cancel, QString *error,
               const std::function<void(const QString &)> &command = {});

/// One attempt of a cleanup job: the saved plan when there is one, else a new plan
/// saved first; then the removal in batches, every file removed written to the job's
/// log (the audit log) with where it went.
JobOutcome runCleanupJob(JobContext &context, const SyncEnvironment &environment);

} // namespace qm
