#pragma once

// The one routing model of the fleet: which hosts of a config may hold a copy of each
// data kind, where it goes on them, and why the others may not. The config checker
// (QM003, QM004), the live rules' receiving volumes, the Replication page and
// `qmctl replication` all ask it, so they cannot disagree. docs/replication.md
// ("The routing model") describes it for people.

#include "fleetconfig.h"

#include <QList>
#include <QString>

#include <optional>

namespace qm {

/// Why a host does not receive a kind, in the order the model checks them.
enum class SkipReason {
    Producer,         ///< the producer itself: its own folder is no copy (routes only)
    NotReady,         ///< its `status` is not "ready"
    Excluded,         ///< sync_routing.excluded_hosts excludes it from the kind
    AutoSyncExcluded, ///< it is in auto_sync.exclude_hosts
    NoPath,           ///< it has no folder for the kind (kindStoragePath(), external storage)
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
    QString path; ///< the folder on `host` (external storage and subdir, or its own folder)
    bool externalStorage = false; ///< `path` lies on allowed_external_storage
    bool priority = false;        ///< listed in sync_routing.priority_hosts
    /// For a person: that it is ephemeral (a copy there leaves with it), what the
    /// latest probe could not tell (no probe yet, no answer). Empty from kindRouting().
    QString note;
};

/// A host that does not receive the kind, and why.
struct SkippedReceiver
{
    QString host;
    SkipReason reason = SkipReason::NotReady;
    QString text; ///< the reason for a person (translated), with the figures behind it
};

/// Who may hold a copy of one kind by the config alone (no probe).
struct KindRouting
{
    DataKind kind = DataKind::Games;
    /// priority_hosts first (in their order), then in config order.
    QList<ReplicationReceiver> receivers;
    /// Every other host of the config, in config order, with its reason.
    QList<SkippedReceiver> skipped;

    /// The receivers' host names, in order.
    QStringList receiverNames() const;
};

/// replication_target as a number of copies (a negative value counts as 0); nothing
/// when the config does not set it (or sets something that is not a whole number).
std::optional<int> replicationTarget(const FleetConfig &config);

/// The folder `host` keeps `kind` in: its `storage_paths` entry ("games" for games,
/// "training_data", else "npz", for npz, "models" for models) when it names one, else
/// the fleet's own layout under `ringrift_path`: `{ringrift_path}/data/games`,
/// `{ringrift_path}/data/training`, `{ringrift_path}/models`. Empty when neither is
/// set (`ringrift_path: null` is a host without the code, such as a proxy). The path
/// is cleaned (no trailing slash); `~` is kept for the host's shell to expand.
QString kindStoragePath(const FleetHost &host, DataKind kind);

/// The allowed_external_storage entry of `host` that receives `kind`: the first one
/// that receives it and names a path; nullptr when none does.
const ExternalStorage *receivingStorage(const FleetConfig &config, const QString &host,
                                        DataKind kind);

/// Decides one host for one kind by the config, checking in this order:
/// 1. not ready (`status` other than "ready"): receives nothing, not even on its
///    external storage;
/// 2. an allowed_external_storage entry of the host that receives the kind and has a
///    path: the kind goes there (`path`, plus `subdirs.<kind>`), whatever
///    excluded_hosts says (docs/formats.md, "distributed_hosts.yaml": excluded
///    unless an allowed_external_storage entry lets it receive the kind);
///    otherwise excluded from the kind by sync_routing.excluded_hosts: skipped;
/// 3. listed in auto_sync.exclude_hosts: the sync daemon sends it nothing;
/// 4. no folder for the kind (neither external storage nor kindStoragePath()).
/// Returns the receiver (without a note), or nothing with `*skipped` filled in.
std::optional<ReplicationReceiver> routeHost(const FleetConfig &config, const FleetHost &host,
                                             DataKind kind, SkippedReceiver *skipped);

/// The routing of `kind` over every host of the config (routeHost() for each). External
/// storage whose host `hosts` does not define receives nothing (QM005 reports it).
KindRouting kindRouting(const FleetConfig &config, DataKind kind);

/// The hosts that produce `kind`: ready, with a folder for it (kindStoragePath()), in
/// config order. Their folder is what is replicated.
QList<const FleetHost *> kindProducers(const FleetConfig &config, DataKind kind);

} // namespace qm
