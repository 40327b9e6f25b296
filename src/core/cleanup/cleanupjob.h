#pragma once

#include "core/cleanup/cleanup.h"
#include "core/cleanup/quarantine.h"
#include "core/jobs/jobcontext.h"
#include "core/jobs/jobs.h"

#include <QStringList>

#include <optional>

namespace qm {

struct FleetAccess;

/// The kind of cleanup jobs, by the key the queue stores them under.
inline const JobKind kCleanupJobKind{QStringLiteral("cleanup")};

/// What a cleanup job removes: files under a folder of this machine (to the trash) or
/// of a host (`host` set: into the quarantine folder there), or, with
/// `emptyQuarantine`, the files a host's quarantine has held longer than the age.
struct CleanupJobRequest
{
    QString host; ///< empty: this machine
    CleanupRule rule;
    bool emptyQuarantine = false;
    /// The protected folder (see protectedRootReason) the person named explicitly to
    /// allow it as the root (`--allow-protected-root`); empty: none is.
    QString allowProtectedRoot;

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
/// ssh with `access`'s options). Used by `qmctl jobs add`, `qmctl samples clean`
/// and the job itself. A root that is protected — `/`, a home folder, a system folder,
/// the root of a mounted filesystem (protectedroots.h) — is refused, with a message
/// saying how to allow it, unless `request.allowProtectedRoot` names it; emptying a
/// quarantine is never refused (it removes only what a cleanup moved there).
std::optional<CleanupJobPlan>
planCleanupJob(const CleanupJobRequest &request, const FleetAccess &access,
               const std::atomic<bool> *cancel, QString *error,
               const std::function<void(const QString &)> &command = {});

/// What planCleanupJob lists, without the protected-root check: for browsing files
/// (the samples index lists a data directory this way), never to act on.
std::optional<CleanupJobPlan>
listCleanupCandidates(const CleanupJobRequest &request, const FleetAccess &access,
                      const std::atomic<bool> *cancel, QString *error,
                      const std::function<void(const QString &)> &command = {});

/// The protected-root check of planCleanupJob alone (a host is asked over ssh): empty
/// when `request` may be planned, else the refusal; `*unreachable` set when the host
/// did not answer.
QString checkCleanupRoot(const CleanupJobRequest &request, const FleetAccess &access,
                         const std::atomic<bool> *cancel, bool *unreachable = nullptr);

/// The part of checkCleanupRoot that reads neither the folder nor the host: the
/// root's path as given (links are not resolved) against this user's home and this
/// machine's mount table (which never touches a mounted filesystem), or, for a host,
/// the path alone. Cheap and never blocking: a dialog on the GUI thread shows the
/// refusal with it before anything is queued; the job checks fully when it runs.
QString cleanupRootRefusalByName(const CleanupJobRequest &request);

/// One attempt of a cleanup job: the saved plan when there is one, else a new plan
/// saved first (either way its root passes the protected-root check first); then the removal in
/// batches, every file removed written to the job's log (the audit log) with where it went.
JobOutcome runCleanupJob(JobContext &context, const FleetAccess &access);

} // namespace qm
