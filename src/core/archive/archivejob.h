#pragma once

#include "core/archive/archive.h"
#include "core/jobs/jobcontext.h"
#include "core/jobs/jobs.h"

#include <QStringList>

#include <optional>

namespace qm {

struct FleetAccess;

/// The kind of archive jobs, by the key the queue stores them under.
inline const JobKind kArchiveJobKind{QStringLiteral("archive")};

/// The job that archives what `request` names. It removes originals, so it is
/// destructive (never retried by itself) and is queued only after its plan was shown.
JobSpec archiveJobSpec(const ArchiveRequest &request);
/// The request an archive job's parameters hold; nothing, with `*error`, when they are not.
std::optional<ArchiveRequest> archiveRequestFrom(const QJsonObject &parameters, QString *error);

/// "/path" or "HOST:/path": the root as `qmctl jobs add archive` takes it.
QString archiveTarget(const ArchiveRequest &request);

/// Plans `request` as its job would before acting (blocking): this machine's folder, or a
/// host's over ssh with `access` (planRemoteArchive). `*unreachable` is set when a host
/// did not answer.
std::optional<ArchivePlan> planArchiveJob(const ArchiveRequest &request, const FleetAccess &access,
                                          const std::atomic<bool> *cancel, QString *error,
                                          bool *unreachable = nullptr,
                                          const std::function<void(const QString &)> &command = {});

/// The plan for a person: "Would archive 120 files (3.2 GiB) older than 30 days under
/// /x into /x/archives/x-….tar.zst, then move the originals to the trash.", what was
/// skipped, then up to `maxListed` files (-1: all) and how many more there are.
QStringList describeArchivePlan(const ArchivePlan &plan, int maxListed = 20);

/// One attempt of an archive job: the saved plan when there is one (what a person
/// reviewed, or what an interrupted attempt planned), else a new plan saved first;
/// then write, verify, and move the originals to the trash (qm::moveToTrash) — or, for a
/// host's folder reached with `access`, into its quarantine (executeRemoteArchive).
JobOutcome runArchiveJob(JobContext &context, const FleetAccess &access);

} // namespace qm
