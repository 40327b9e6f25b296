#pragma once

#include "diagnostic.h"
#include "fleetconfig.h"
#include "hosts/hostprobe.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace qm {

/// What the live rules know about one host: its latest probe and, from the history,
/// since when it has failed to answer (invalid when it answered last time).
struct LiveHostState
{
    HostProbe probe;
    QDateTime failingSince;
};

struct LiveRuleOptions
{
    /// QM105 reports a host that has not answered for at least this long.
    qint64 unreachableAfterSecs = 15 * 60;
    QDateTime now = QDateTime::currentDateTimeUtc();
};

/// The volumes that syncs to `host` write to, which QM101 and QM102 (and the
/// max-disk-usage alert) hold against the config's thresholds: none when the routing
/// model (kindrouting.h) lets it receive no kind — not ready, excluded from every kind
/// without external storage that takes one, or in auto_sync.exclude_hosts; whether it
/// names a folder does not matter (its disk fills all the same). Else its mounted
/// external storage, else the volume of its first data root, else its system disk. The
/// pointers point into `probe`.
QList<const Volume *> receivingVolumes(const FleetConfig &config, const FleetHost &host,
                                       const HostProbe &probe);

/// The live rules QM101–QM105 (docs/config-rules.md): they hold the config against
/// the latest probe of each host it names.
/// - QM101: a receiving host at or above `max_disk_usage_percent` (syncs to it stop).
/// - QM102: a receiving host below `min_free_disk_percent`.
/// - QM103: an `allowed_external_storage` path missing or not mounted.
/// - QM104: an expected process not running.
/// - QM105: a host that has not answered for longer than the threshold.
/// Hosts without a probe are skipped. Diagnostics point at the host's entry.
QList<Diagnostic> checkLiveRules(const yaml::Document &document, const FleetConfig &config,
                                 const QHash<QString, LiveHostState> &states,
                                 const LiveRuleOptions &options = {});

} // namespace qm
