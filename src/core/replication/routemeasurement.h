#pragma once

#include "core/remote/fleetaccess.h"
#include "core/sync/syncjob.h"
#include "replicationlisting.h"
#include "replicationmeasurement.h"
#include "replicationroute.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace qm {

/// One receiver's part of a measurement.
struct ReceiverResult
{
    ReplicationReceiver receiver;
    /// Whether its dry run ran and was read. When not, `error` says why (unreachable,
    /// cannot reach the producer, garbage) and it counts as holding no copy.
    bool measured = false;
    QString error;
    /// The producer's files (and bytes) it lacks or holds a different version of.
    qint64 missingFiles = 0;
    qint64 missingBytes = 0;
};

/// One backup location's part of a measurement.
struct BackupResult
{
    QString location;
    /// Whether it was listed. When not, `error` says why and it counts as holding no copy.
    bool measured = false;
    QString error;
    qint64 objects = 0; ///< what the location holds in all
    qint64 bytes = 0;
    qint64 newestMs = -1; ///< its newest object's time; -1: it is empty
    /// The producer's files (and bytes) it lacks or holds in another size.
    qint64 missingFiles = 0;
    qint64 missingBytes = 0;
};

/// What measuring one route found.
struct RouteMeasurement
{
    ReplicationRoute route;
    int target = 0; ///< replication_target at the time
    QDateTime measuredAt;
    /// Empty when the producer's files were listed; else why not (the producer does not
    /// answer, its folder is missing, it printed garbage, cancelled): nothing is known.
    QString error;
    ReplicationTally tally;
    QList<ReceiverResult> receivers; ///< in the route's order
    QList<BackupResult> backups;     ///< in the route's order
    QStringList commands;            ///< every command that ran, to show a person

    bool ok() const { return error.isEmpty() && measuredAt.isValid(); }
    /// What the alerts read; nothing when the measurement failed.
    std::optional<ReplicationMeasurement> measurement() const;
};

/// How measurements run.
struct ReplicationOptions
{
    /// How to reach the hosts: the config's hosts, the ssh options, the local programs.
    FleetAccess access;
    int dryRunTimeoutMs = 30 * 60'000;
    const std::atomic<bool> *cancel = nullptr;
    /// The history file each backup location's listing is kept in (its size, and the
    /// age of its newest object for the Stale backup alert); empty: not kept.
    QString historyPath;
};

/// Measures `route` now (blocking: a worker thread). First the ssh checks of the
/// producer from this machine (a producer that cannot be reached fails the
/// measurement at once). Then for each receiver, in order: the
/// ssh checks of SshTransport from this machine (an unknown host key, a `.invalid`
/// name, a refused port are told apart, and a `.invalid` name is never looked up), then
/// the dry run a sync job would run between the producer and it — rsync on the receiver
/// pulling over ssh, `--dry-run --itemize-changes --stats` — with
/// replicationListingOptions(), read as it streams. Last, the producer's own listing:
/// the same dry run from the producer into an empty folder of this machine, run with
/// TZ=UTC so the times it prints are UTC; it gives the files, sizes and times (a file
/// written after the receivers' runs counts as held by none; one deleted since is
/// ignored). A receiver whose run fails holds no copy and has its error; a producer
/// whose listing fails makes the whole measurement fail. Each backup location of the
/// route is listed (listObjects(): rclone, a folder, a host's folder) before the
/// producer, and holds a copy of each file listed at the same path with the same size;
/// one that cannot be listed holds none and has its error. `onStep` hears what runs next.
RouteMeasurement measureRoute(const ReplicationRoute &route, int target,
                              const ReplicationOptions &options,
                              const std::function<void(const QString &step)> &onStep = {});

/// Measures `routes` against `target` copies with measureRoute(), up to `parallel`
/// routes at once on threads of its own, and returns when all are done (blocking: a
/// worker thread, or a command-line tool). `onStep` hears each step as it starts and
/// `onMeasured` each route's measurement as it ends; both are called from the measuring
/// threads, never two at once. The measurements come back in the order of `routes`.
/// What the Replication page's job and `qmctl replication --measure` both run.
QList<RouteMeasurement>
measureRoutes(const QList<ReplicationRoute> &routes, int target, const ReplicationOptions &options,
              int parallel, const std::function<void(const QString &step)> &onStep = {},
              const std::function<void(const RouteMeasurement &measurement)> &onMeasured = {});

/// The syncs "Sync now" queues for a measurement: to the receivers in the route's
/// order (priority hosts first) that lack files — the measured ones before those whose
/// dry run failed — until as many receivers as the target hold (or will hold) every
/// file. Empty when nothing is at risk or the measurement failed. Each copies the
/// producer's folder into the receiver's, pulled by the receiver, deleting nothing.
QList<SyncRequest> replicationSyncRequests(const RouteMeasurement &measurement);

/// What the alert monitor gets from a set of measurements: a producer's measurements
/// only when every one of its routes was measured (a failed one leaves the producer's
/// alerts as they are rather than clearing them for want of a figure).
QList<ReplicationMeasurement> replicationForAlerts(const QList<RouteMeasurement> &measurements);

} // namespace qm

Q_DECLARE_METATYPE(qm::RouteMeasurement)
