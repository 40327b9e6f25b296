#pragma once

#include "alertrules.h"
#include "core/config/fleetconfig.h"
#include "core/health/healthcheck.h"
#include "core/history/forecast.h"
#include "core/replication/replicationmeasurement.h"
#include "core/replication/replicationroute.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>
#include <tuple>

namespace qm {

/// What an alert is about: one rule on one host and subject. The subject is the mount
/// point (VolumeFree, MaxDiskUsage, ForecastFull), the data category (CategorySize),
/// the daemon pattern (DaemonNotRunning), the data kind (EphemeralReplication), the
/// storage location (OrphanedStorage, StaleBackup and LocationFull, whose host is empty: a location
/// is the fleet's, not one host's), or empty for the host as a whole (HostUnreachable, StaleData).
struct AlertKey
{
    QString rule; ///< alertRuleKey()
    QString host;
    QString subject;
    friend bool operator==(const AlertKey &, const AlertKey &) = default;
    friend bool operator<(const AlertKey &a, const AlertKey &b)
    {
        return std::tie(a.rule, a.host, a.subject) < std::tie(b.rule, b.host, b.subject);
    }
};

/// A storage location as its last orphan scan found it (core/storage/locationscanstore.h).
struct LocationOrphans
{
    QString location;         ///< "rclone:s3:bucket/prefix", "/path", "HOST:/path"
    double orphanPercent = 0; ///< orphaned bytes over the location's bytes, 0–100
    qint64 orphanBytes = 0;
    QDateTime scannedAt;
};

/// A backup location (core/storage/backuplink.h) as its last listing or scan found it.
struct BackupAge
{
    QString location;
    QString host;         ///< whose data it backs up
    QString kind;         ///< dataKindKey()
    qint64 newestMs = -1; ///< its newest object's time; -1: it was empty
    QDateTime listedAt;
};

/// A storage location with a size limit (AlertRules::locationLimits), as its listings
/// and scans found it.
struct LocationSize
{
    QString location;
    qint64 bytes = 0; ///< at its newest listing or scan
    qint64 limitBytes = 0;
    /// forecastLocationSize() against the limit (core/storage/locationgrowth.h).
    Forecast forecast;
    QDateTime listedAt;
};

/// The state of the fleet an evaluation looks at. Hosts are those of `states` (the
/// latest probe of each, and since when it fails). With a config, a host it names
/// whose `status` is not "ready" is not watched, and a host it does not name that has
/// no state either is gone; without one (none loaded yet), nothing is gone.
struct AlertInput
{
    const FleetConfig *config = nullptr;
    QHash<QString, LiveHostState> states;
    /// host → mount point → forecastVolume() over kAlertForecastWindowSecs of the
    /// volume's history. A volume without one has no known forecast.
    QHash<QString, QHash<QString, Forecast>> forecasts;
    /// Empty until the replication is measured (see ReplicationMeasurement).
    QList<ReplicationMeasurement> replication;
    /// The storage locations scanned so far, each by its last scan; nullopt when not
    /// known (no history): their alerts then keep their state.
    std::optional<QList<LocationOrphans>> locations;
    /// The backups named so far that have been listed, each by its last listing; nullopt
    /// when not known (no history): their alerts then keep their state.
    std::optional<QList<BackupAge>> backups;
    /// The locations with a size limit that have been listed or scanned; nullopt when not
    /// known (no history): their alerts then keep their state.
    std::optional<QList<LocationSize>> locationSizes;
    /// The newest result of each saved health check on each machine (its host named, this
    /// machine's too); nullopt when not known (no history): their alerts keep their state.
    std::optional<QList<HealthResult>> health;
    /// The time of the evaluation (UTC), given by the caller: never read from the clock
    /// here, so tests run on a fake one.
    QDateTime now;
};

/// What one rule saw of one subject at one evaluation.
struct AlertObservation
{
    AlertKey key;
    AlertRuleKind kind = AlertRuleKind::VolumeFree;
    /// False when the subject exists but its value cannot be told now (a volume that
    /// does not respond, pgrep failed, a noisy forecast): its alert keeps its state.
    bool known = true;
    /// The value in the rule's unit; +infinity for "never" (a forecast of a volume that
    /// does not fill).
    double value = 0;
    /// The threshold of each severity (index: int(AlertSeverity)); nullopt for a level
    /// this subject does not have.
    std::optional<double> thresholds[2];
    /// The alert's text at each severity, for a person (translated).
    QString messages[2];
    /// When the value was measured: the probe's time for what a probe measured, the
    /// evaluation's time for ages and durations. "For" durations count on these times.
    QDateTime at;
};

/// Everything the rules saw at one evaluation.
struct AlertObservations
{
    QList<AlertObservation> observations;
    /// Rule key and host pairs whose subjects are fully known: an alert of such a pair
    /// that has no observation no longer applies (its volume went away, the host turned
    /// healthy, the config lost its threshold) and clears. An alert of a pair not
    /// listed is unknown this time and keeps its state, unless its rule is disabled or
    /// its host is not watched (alertHostWatched()).
    QSet<QPair<QString, QString>> covered;

    bool isCovered(const QString &rule, const QString &host) const
    {
        return covered.contains({rule, host});
    }
};

/// Whether alerts of `host` apply under `input`: false for a host the config names
/// with a `status` other than "ready" (the user took it out), and, when a config is
/// given, for a host that neither the config nor the states know (gone). Hosts the
/// config names but that have no probe yet are watched: their alerts are unknown, not
/// cleared.
bool alertHostWatched(const AlertInput &input, const QString &host);

/// Applies every enabled rule of `rules` to the watched hosts of `input`
/// (docs/alerts.md says which volumes, hosts and subjects each rule looks at).
AlertObservations observeAlertConditions(const AlertRules &rules, const AlertInput &input);

} // namespace qm
