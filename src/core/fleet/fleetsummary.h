#pragma once

#include "core/history/forecast.h"
#include "core/hosts/hostprobe.h"
#include "core/replication/replicationmeasurement.h"
#include "core/volumes/usagelevel.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace qm {

/// The state of the fleet in a few figures: what the Dashboard leads with.
struct FleetSummary
{
    int hosts = 0;        ///< the hosts listed (this machine and the config's)
    int answering = 0;    ///< whose last probe answered
    int partly = 0;       ///< partly reachable (HostProbe::partlyReachable())
    int notAnswering = 0; ///< whose last probe got no answer at all
    int notProbed = 0;    ///< with no probe in the history (known from an import at most)
    int remembered = 0;   ///< counted from the history's last probe, not a live one

    /// Writable volumes (neither system nor read-only, with figures) at or past the
    /// warning threshold of free space, and of those the critical ones.
    int volumesOverThreshold = 0;
    int volumesCritical = 0;

    struct Soonest
    {
        QString host;
        QString mountPoint;
        qint64 secondsToFull = 0;
    };
    /// The volume whose forecast fills first; nullopt when none is filling.
    std::optional<Soonest> soonestFull;
    /// Volumes with a forecast of any kind (filling, steady, noisy...): zero means no
    /// forecast is known yet, as opposed to "nothing is filling".
    int forecasts = 0;

    /// Whether the replication was measured (the Replication page): until then the data
    /// at risk is not known, and none is made up.
    bool replicationMeasured = false;
    /// Files and bytes with fewer copies than replication_target, summed over the
    /// measured hosts and data kinds, and how many hosts hold some.
    qint64 atRiskFiles = 0;
    qint64 atRiskBytes = 0;
    int atRiskHosts = 0;
};

/// Sums up `hosts` (the names the Hosts page lists): their `states` (live or, for the
/// names in `remembered`, from the history), the writable volumes of those whose
/// volumes are known against `thresholds`, the `forecasts` of their volumes, and the
/// replication `measurements` (only measured ones count; the latest per host and kind).
/// States and forecasts of hosts not listed are left out.
FleetSummary summarizeFleet(const QStringList &hosts, const QHash<QString, LiveHostState> &states,
                            const QSet<QString> &remembered, const FleetForecasts &forecasts,
                            const UsageThresholds &thresholds,
                            const QList<ReplicationMeasurement> &measurements);

} // namespace qm
