#pragma once

// A location listed as a job of the queue (`qmctl jobs add storage-du LOCATION`): what it
// holds, kept in the history like `qmctl storage du` — the size trend, the Location at
// its limit alert, and a backup's Stale backup alert stay fresh without a terminal
// (docs/orphans.md, "Listing on a schedule").

#include "core/jobs/jobcontext.h"
#include "core/jobs/jobs.h"

#include <QString>

#include <optional>

namespace qm {

struct FleetAccess;

/// The kind of listing jobs, by the key the queue stores them under.
inline const JobKind kLocationListingJobKind{QStringLiteral("storage-du")};

/// The job that lists `location` (as SyncEndpoint::parse() reads it): it reads only, so
/// it is retried after a transient failure.
JobSpec locationListingJobSpec(const QString &location);
/// The location a job's parameters name; nothing, with `*error`, when they name none.
std::optional<QString> locationListingFrom(const QJsonObject &parameters, QString *error);

/// One run: the listing, streamed (only a count per top-level folder is held), its total
/// kept in the history file `historyPath` (none when empty), and the largest folders
/// logged. A host's folder is reached through `fleet`. A remote's or a host's listing
/// that fails is a transient failure (it may answer next time): the queue tries it
/// again; a local folder's is final.
JobOutcome runLocationListingJob(JobContext &context, const FleetAccess &fleet,
                                 const QString &historyPath);

} // namespace qm
