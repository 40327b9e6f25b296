#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <iterator>
#include <optional>

namespace qm {

/// How bad an alert is. Ordered: a higher value is worse.
enum class AlertSeverity { Warning, Critical };
inline constexpr AlertSeverity kAlertSeverities[] = {AlertSeverity::Warning,
                                                     AlertSeverity::Critical};

/// "warning", "critical": the database and JSON keys.
QString alertSeverityKey(AlertSeverity severity);
/// The severity of `key`; nullopt for anything else.
std::optional<AlertSeverity> alertSeverityFromKey(const QString &key);
/// The severity in the user's words (translated).
QString alertSeverityText(AlertSeverity severity);

/// The kinds of alert rule (docs/alerts.md). Each kind is one rule; its instances are
/// told apart by host and subject (a mount point, a data category, a daemon pattern).
enum class AlertRuleKind {
    VolumeFree,           ///< a volume's free space below the usage thresholds
    MaxDiskUsage,         ///< a receiving volume at or above max_disk_usage_percent
    CategorySize,         ///< a data category on a host over its size limit
    ForecastFull,         ///< a volume forecast to be full soon
    HostUnreachable,      ///< a host that has not answered for a while
    DaemonNotRunning,     ///< an expected process not running
    StaleData,            ///< the newest data on a host older than the freshness limit
    EphemeralReplication, ///< an ephemeral host holding under-replicated data too long
    OrphanedStorage,      ///< a storage location whose last scan found many orphaned bytes
    StaleBackup,          ///< a backup location whose newest object is too old
    LocationFull,         ///< a storage location at or soon at its size limit
    HealthCheck,          ///< a saved health check at warning or critical
};
inline constexpr AlertRuleKind kAlertRuleKinds[] = {
    AlertRuleKind::VolumeFree,      AlertRuleKind::MaxDiskUsage,
    AlertRuleKind::CategorySize,    AlertRuleKind::ForecastFull,
    AlertRuleKind::HostUnreachable, AlertRuleKind::DaemonNotRunning,
    AlertRuleKind::StaleData,       AlertRuleKind::EphemeralReplication,
    AlertRuleKind::OrphanedStorage, AlertRuleKind::StaleBackup,
    AlertRuleKind::LocationFull,    AlertRuleKind::HealthCheck,
};
inline constexpr int kAlertRuleKindCount = int(std::size(kAlertRuleKinds));

/// Which side of a threshold raises the alert.
enum class AlertDirection {
    Below,     ///< value < threshold (free space, time until full)
    AtOrAbove, ///< value >= threshold (used %, bytes, ages)
};

/// The unit of a rule's value, thresholds and hysteresis margin.
enum class AlertUnit {
    Percent, ///< percentage points
    Bytes,
    Seconds,
    Flag, ///< 1 when the condition holds, 0 when not (no threshold to set)
};

/// The stable key of a rule ("volume-free", "max-disk-usage", "category-size",
/// "forecast-full", "host-unreachable", "daemon-not-running", "stale-data",
/// "ephemeral-replication", "orphaned-storage", "stale-backup", "location-full"): the
/// database's `rule` column and the settings group.
QString alertRuleKey(AlertRuleKind kind);
/// The rule of `key`; nullopt for an unknown key.
std::optional<AlertRuleKind> alertRuleFromKey(const QString &key);
/// The rule's name in the user's words (translated), e.g. "Free space".
QString alertRuleTitle(AlertRuleKind kind);
/// What the rule watches, one sentence for a person (translated).
QString alertRuleDescription(AlertRuleKind kind);
AlertDirection alertRuleDirection(AlertRuleKind kind);
AlertUnit alertRuleUnit(AlertRuleKind kind);

/// One alert rule as the user set it up.
///
/// `warning` and `critical` are the thresholds of the two severities, in the rule's
/// unit; a level the rule does not have is nullopt. Rules whose threshold lives
/// elsewhere have neither: MaxDiskUsage (the config's `max_disk_usage_percent`,
/// raised as critical), CategorySize (the per-category limits of AlertRules, raised
/// as warnings) and DaemonNotRunning (a flag, raised as a warning). VolumeFree's two
/// thresholds are the dashboard's UsageThresholds (Settings keeps them once).
///
/// Hysteresis: an alert raised at a severity stays at it until the value is `margin`
/// past that severity's threshold on the good side (free < 20 % with margin 2 clears
/// at free >= 22 %). "For": a severity is reached only once its plain condition has
/// held continuously for `forSecs`, measured on the times of the data (two probes at
/// least `forSecs` apart), so a blip shorter than that raises nothing.
struct AlertRule
{
    AlertRuleKind kind = AlertRuleKind::VolumeFree;
    bool enabled = true;
    std::optional<double> warning;
    std::optional<double> critical;
    double margin = 0;
    qint64 forSecs = 0;

    /// The threshold of `severity`, or nullopt when the rule has no such level.
    std::optional<double> threshold(AlertSeverity severity) const
    {
        return severity == AlertSeverity::Warning ? warning : critical;
    }

    /// True when the rule has exactly the levels its kind has (see defaults()), the
    /// thresholds, margin and duration are finite and not negative, percentages lie in
    /// [0, 100], and the critical threshold is not milder than the warning one
    /// (Below: critical <= warning; AtOrAbove: critical >= warning).
    bool isValid() const;

    /// The default rule of `kind` (docs/alerts.md): free < 20 % warning / < 10 %
    /// critical, margin 2 points, for 5 min; max_disk_usage_percent: margin 2 points,
    /// for 5 min; category size: margin 10 GB; forecast full within 24 h warning / 4 h
    /// critical, margin 2 h, for 15 min; unreachable for 15 min (warning); daemon not
    /// running for 10 min (warning); newest data older than 24 h (warning), margin 1 h;
    /// ephemeral host with under-replicated data older than 6 h (critical); orphaned
    /// share 10 % / 25 %; stale backup 26 h / 72 h; a location at its limit within 7 days
    /// warning / 1 day critical, margin 12 h.
    static AlertRule defaults(AlertRuleKind kind);

    friend bool operator==(const AlertRule &, const AlertRule &) = default;
};

/// A size limit of one data category (CategorySize): a host whose files of
/// `category` (summed over its data roots) reach `bytes` raises a warning.
struct CategoryLimit
{
    QString category;
    qint64 bytes = 0;
    friend bool operator==(const CategoryLimit &, const CategoryLimit &) = default;
};

/// The default limits: rejected PLY samples (`ply_rejected`) at 300 GB (10^9 bytes).
QList<CategoryLimit> defaultCategoryLimits();

/// A size limit of one storage location (LocationFull): a bucket's quota, or what a
/// folder may take. The location's size is forecast against it like a volume's.
struct LocationLimit
{
    QString location; ///< as `qmctl storage list` names it ("rclone:s3:bucket", "HOST:/path")
    qint64 bytes = 0;
    friend bool operator==(const LocationLimit &, const LocationLimit &) = default;
};

/// Reads "location: size" lines as parseCategoryLimits() reads its lines; a location
/// may hold colons ("rclone:s3:bucket/models: 2 TB": the size follows the last one).
bool parseLocationLimits(const QString &text, QList<LocationLimit> *limits, QString *error);
/// `limits` as parseLocationLimits() reads them.
QString formatLocationLimits(const QList<LocationLimit> &limits);

/// Reads "category: size" lines ("ply_rejected: 300 GB"; sizes in bytes or with a
/// unit B, kB, MB, GB, TB (powers of 1000) or KiB, MiB, GiB, TiB (powers of 1024));
/// blank lines and lines starting with '#' are skipped. False and `error` (naming the
/// line) on a line that is not one, or a category named twice.
bool parseCategoryLimits(const QString &text, QList<CategoryLimit> *limits, QString *error);
/// `limits` as parseCategoryLimits() reads them, one "category: size" per line, each
/// size in the largest unit that states it exactly ("ply_rejected: 300 GB").
QString formatCategoryLimits(const QList<CategoryLimit> &limits);

/// The window of the forecasts the ForecastFull rule reads (6 h, the forecast's
/// default).
inline constexpr qint64 kAlertForecastWindowSecs = 6 * 3600;

/// Every rule, one per kind, and the category and location limits.
struct AlertRules
{
    QList<AlertRule> rules = defaultRules();
    QList<CategoryLimit> categoryLimits = defaultCategoryLimits();
    QList<LocationLimit> locationLimits; ///< none by default

    /// The limit of `location` in bytes; 0 when it has none.
    qint64 locationLimit(const QString &location) const;

    /// The rule of `kind`.
    const AlertRule &rule(AlertRuleKind kind) const { return rules[int(kind)]; }
    AlertRule &rule(AlertRuleKind kind) { return rules[int(kind)]; }

    /// AlertRule::defaults() of every kind, in kAlertRuleKinds order.
    static QList<AlertRule> defaultRules();

    friend bool operator==(const AlertRules &, const AlertRules &) = default;
};

} // namespace qm

Q_DECLARE_METATYPE(qm::AlertRules)
