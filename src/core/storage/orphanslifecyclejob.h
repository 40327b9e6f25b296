#pragma once

// A location's lifecycle rule as a job of the queue (`qmctl jobs add orphans-lifecycle
// LOCATION`), the fleet's nightly task: scan the location with the rule of its last
// orphan scan, then move what that scan planned into the quarantine within the caps
// (docs/orphans.md, "Lifecycle rules").

#include "core/jobs/jobcontext.h"
#include "core/jobs/jobs.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace qm {

struct FleetAccess;

/// The kind of lifecycle jobs, by the key the queue stores them under.
inline const JobKind kOrphansLifecycleJobKind{QStringLiteral("orphans-lifecycle")};

/// What a lifecycle job does each time it runs.
struct OrphansLifecycleRequest
{
    QString location; ///< as SyncEndpoint::parse() reads it
    /// How to scan (orphanScanRuleJson()): the reference source without a password, the
    /// minimum age, the share limit.
    QJsonObject rule;
    int batchSize = 1000;
    qint64 maxObjects = -1; ///< the most objects a run moves; -1: no cap; 0: scan only
    qint64 maxBytes = -1;   ///< the most bytes a run moves; -1: no cap
};

/// The job of `request`: destructive unless it only scans (maxObjects 0), never retried
/// by itself.
JobSpec orphansLifecycleJobSpec(const OrphansLifecycleRequest &request);
/// The request a job's parameters hold; nothing, with `*error`, when they are not one.
std::optional<OrphansLifecycleRequest> orphansLifecycleRequestFrom(const QJsonObject &parameters,
                                                                   QString *error);

/// The request for `location`, with the rule of its newest orphan scan in the history
/// file `historyPath`; nothing, with `*error` for a person, when it was never scanned
/// for orphans (a rule is made by a scan a person looked at, never guessed).
std::optional<OrphansLifecycleRequest>
orphansLifecycleRequestFor(const QString &location, const QString &historyPath, QString *error);

/// What a job of `request` will do, as its plan (JSON) and for a person.
QJsonObject orphansLifecyclePreviewJson(const OrphansLifecycleRequest &request);
std::optional<QStringList> describeOrphansLifecyclePreview(const QJsonObject &preview,
                                                           QString *error);

/// Where a lifecycle job keeps what it finds.
struct OrphansLifecyclePaths
{
    QString historyPath;       ///< the scans' history; its folder holds the plans too
    QString textfileDirectory; ///< node_exporter's textfile folder; empty: no gauges
};

/// How long a lifecycle job's plans are kept (pruneLifecyclePlans()).
inline constexpr int kLifecyclePlanKeepDays = 30;

/// Removes the CSVs of the lifecycle plans (lifecycle-*.csv) in `folder` whose location
/// is `location` and that were made before `beforeMs`, but never `keep`. Each run of a
/// lifecycle job scans again and makes a new plan, so an older one is only a record: its
/// description (.json) and audit log (.audit.jsonl) stay, so every key moved stays on
/// record. A plan a person saved (plan-*.csv) is never touched, nor a symbolic link
/// followed. Returns the CSVs removed; `*failures` gets those that could not be.
QStringList pruneLifecyclePlans(const QString &folder, const QString &location, qint64 beforeMs,
                                const QString &keep, QStringList *failures);

/// One run: the scan (kept in the history, the gauges written when there is a textfile
/// folder, a plan saved beside the other orphan plans), then, unless the share is over
/// the rule's limit (the job fails: a person looks) or it only scans, the plan's objects
/// into the quarantine within the caps, as an orphan cleanup does. The location's
/// lifecycle plans older than kLifecyclePlanKeepDays are pruned after the scan. A host's folder is
/// reached through `fleet`.
JobOutcome runOrphansLifecycleJob(JobContext &context, const FleetAccess &fleet,
                                  const OrphansLifecyclePaths &paths);

} // namespace qm
