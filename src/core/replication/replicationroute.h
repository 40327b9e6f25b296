#pragma once

#include "config/fleetconfig.h"
#include "config/liverules.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace qm {

/// Why a host of the config does not receive a producer's data of one kind.
enum class SkipReason {
    Producer,         ///< the producer itself: its own folder is no copy
    NotReady,         ///< its `status` is not "ready"
    Excluded,         ///< sync_routing.excluded_hosts excludes it from the kind
    AutoSyncExcluded, ///< it is in auto_sync.exclude_hosts
    NoPath,           ///< it names no folder for the kind (storage_paths, external storage)
    NotMounted,       ///< its external storage for the kind is not mounted (latest probe)
    OverThreshold,    ///< at or above max_disk_usage_percent (latest probe)
};

/// A stable name for `reason` ("producer", "not_ready", "excluded",
/// "auto_sync_excluded", "no_path", "not_mounted", "over_threshold"): never translated.
QString skipReasonKey(SkipReason reason);
/// A few words for `reason` (translated): "producer", "not ready", "excluded", ...
QString skipReasonTitle(SkipReason reason);

/// A host the routing lets receive the kind, and where the kind goes on it.
struct ReplicationReceiver
{
    QString host;
    QString path; ///< the folder on `host` (external storage and subdir, or storage_paths)
    bool externalStorage = false; ///< `path` lies on allowed_external_storage
    bool priority = false;        ///< listed in sync_routing.priority_hosts
    /// For a person: that it is ephemeral (a copy there leaves with it), what the
    /// latest probe could not tell (no probe yet, no answer).
    QString note;
};

/// A host that does not receive the kind, and why.
struct SkippedReceiver
{
    QString host;
    SkipReason reason = SkipReason::NotReady;
    QString text; ///< the reason for a person (translated), with the figures behind it
};

/// Where one producer's data of one kind may go: the input of a measurement.
struct ReplicationRoute
{
    QString producer;
    DataKind kind = DataKind::Games;
    QString sourcePath; ///< the producer's folder for the kind
    /// The receivers the routing allows: priority_hosts first (in their order), then in
    /// config order.
    QList<ReplicationReceiver> receivers;
    /// Every other host of the config with the reason it is skipped: the producer
    /// first, then in config order.
    QList<SkippedReceiver> skipped;
};

/// The folder `host` keeps `kind` in, from its `storage_paths`: "games" for games,
/// "training_data" (else "npz") for npz, "models" for models; empty when it names none.
QString kindStoragePath(const FleetHost &host, DataKind kind);

/// replication_target as a number of copies (a negative value counts as 0); nothing
/// when the config does not set it (or sets something that is not a whole number).
std::optional<int> replicationTarget(const FleetConfig &config);

/// The route of `producer`'s `kind`. Each other host of the config is a receiver when
/// the routing lets it receive the kind (hostReceivesKind(), or an
/// allowed_external_storage entry that receives the kind: the storage then wins, as in
/// receivingVolumes()), it is not in auto_sync.exclude_hosts, it has a folder for the
/// kind, and its latest probe in `states`, if any, shows neither the external storage
/// unmounted nor a receiving volume at or above max_disk_usage_percent (the volumes
/// receivingVolumes() gives, as QM101 reads them). A host without a probe, or whose
/// last probe failed, is kept with a note: the measurement finds out.
ReplicationRoute replicationRoute(const FleetConfig &config, const FleetHost &producer,
                                  DataKind kind, const QHash<QString, LiveHostState> &states);

/// The routes of every producer and kind: each host of the config whose status is
/// "ready" and that has a folder for the kind (kindStoragePath()), in config order, and
/// the kinds in kDataKinds order.
QList<ReplicationRoute> replicationRoutes(const FleetConfig &config,
                                          const QHash<QString, LiveHostState> &states);

} // namespace qm
