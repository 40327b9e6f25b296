#pragma once

#include "core/archive/archive.h"
#include "core/jobs/jobcontext.h"
#include "core/jobs/jobs.h"

#include <QStringList>

#include <optional>

namespace qm {

/// The kind of archive jobs, by the key the queue stores them under.
inline const JobKind kArchiveJobKind{QStringLiteral("archive")};

/// The job that archives what `request` names. It removes originals, so it is
/// destructive (never retried by itself) and is queued only after its plan was shown.
JobSpec archiveJobSpec(const ArchiveRequest &request);
/// The request an archive job's parameters hold; nothing, with `*error`, when they are not.
std::optional<ArchiveRequest> archiveRequestFrom(const QJsonObject &parameters, QString *error);

/// The plan for a person: "Would archive 120 files (3.2 GiB) older than 30 days under
/// /x into /x/archives/x-….tar.zst, then move the originals to the trash.", what was
/// skipped, then up to `maxListed` files (-1: all) and how many more there are.
QStringList describeArchivePlan(const ArchivePlan &plan, int maxListed = 20);

/// One attempt of an archive job: the saved plan when there is one (what a person
/// reviewed, or what an interrupted attempt planned), else a new plan saved first;
/// then write, verify, and move the originals to the trash (qm::moveToTrash).
JobOutcome runArchiveJob(JobContext &context);

} // namespace qm
