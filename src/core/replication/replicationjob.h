#pragma once

// Measuring replication as a job of the queue: the routes travel in the job's
// parameters (so that a resumed job measures what the person saw), the dry runs run in
// the job's attempt with its cancel flag, and each route's measurement is handed to
// whoever asked (the Replication page) as it ends, and summed up in the job's log.

#include "core/jobs/jobcontext.h"
#include "routemeasurement.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace qm {

/// The kind of replication measurement jobs, by the key the queue stores them under.
inline const JobKind kReplicationJobKind{QStringLiteral("replication")};

QJsonObject replicationRouteToJson(const ReplicationRoute &route);
/// Nothing when `object` is not a route (a missing producer, folder or kind).
std::optional<ReplicationRoute> replicationRouteFromJson(const QJsonObject &object);

/// The job that measures `routes` against `target` copies (user-triggered, never
/// retried by itself: a measurement is for a person to read now).
JobSpec replicationJobSpec(const QList<ReplicationRoute> &routes, int target);

/// Hears each route's measurement (in the job's worker thread) with the job's id.
using RouteMeasured = std::function<void(qint64 jobId, const RouteMeasurement &measurement)>;

/// How many routes a measurement job measures at once.
inline constexpr int kReplicationJobParallel = 4;

/// One attempt of a replication job: measures every route of its parameters (up to
/// kReplicationJobParallel at once), with progress by dry runs done, each command in
/// the job's commands, a line per route in its log, and `onMeasured` for each route.
/// Fails (for good) when a route could not be measured; cancelled when cancelled. The
/// backups' listings are kept in the history file `historyPath` (empty: not kept).
JobOutcome runReplicationJob(JobContext &context, const FleetAccess &access,
                             const RouteMeasured &onMeasured = {}, const QString &historyPath = {});

} // namespace qm
