#pragma once

#include "core/config/fleetconfig.h"
#include "core/config/kindrouting.h"
#include "core/hosts/hostprobe.h"
#include "core/storage/backuplink.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace qm {

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
    /// Storage locations named as backups of this producer's kind (backuplink.h), in the
    /// order given: each holds a copy of a file with the same path and size.
    QStringList backups;

    /// How many copies there can be at most: a receiver or a backup each.
    qsizetype possibleCopies() const { return receivers.size() + backups.size(); }
};

/// Adds to each of `routes` the locations of `links` that back up its producer's kind.
void addBackupLocations(QList<ReplicationRoute> *routes, const QList<BackupLink> &links);

/// The route of `producer`'s `kind`: the receivers of kindRouting() but the producer
/// (skipped first, as "producer"), in its order, minus those whose latest probe in
/// `states`, if any, shows the external storage for the kind unmounted or missing, or a
/// receiving volume at or above max_disk_usage_percent (the volumes receivingVolumes()
/// gives, as QM101 reads them). A host without a probe, or whose last probe failed, is
/// kept with a note: the measurement finds out. Without `states` the receivers are
/// exactly kindRouting()'s but the producer — what QM003 and QM004 count.
ReplicationRoute replicationRoute(const FleetConfig &config, const FleetHost &producer,
                                  DataKind kind, const QHash<QString, LiveHostState> &states);

/// The routes of every producer and kind: for each host of kindProducers() (ready,
/// with a folder for the kind), in config order, the kinds in kDataKinds order.
QList<ReplicationRoute> replicationRoutes(const FleetConfig &config,
                                          const QHash<QString, LiveHostState> &states);

/// The volumes that syncs to `host` write to, which QM101 and QM102 (and the
/// max-disk-usage alert) hold against the config's thresholds: none when the routing
/// model (kindrouting.h) lets it receive no kind — not ready, excluded from every kind
/// without external storage that takes one, or in auto_sync.exclude_hosts; whether it
/// names a folder does not matter (its disk fills all the same). Else its mounted
/// external storage, else the volume of its first data root, else its system disk. The
/// pointers point into `probe`.
QList<const Volume *> receivingVolumes(const FleetConfig &config, const FleetHost &host,
                                       const HostProbe &probe);

} // namespace qm
