#pragma once

#include "core/config/diagnostic.h"
#include "core/config/fleetconfig.h"
#include "core/hosts/hostprobe.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace qm {

struct LiveRuleOptions
{
    /// QM105 reports a host that has not answered for at least this long.
    qint64 unreachableAfterSecs = 15 * 60;
    QDateTime now = QDateTime::currentDateTimeUtc();
};

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
