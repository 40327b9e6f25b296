#include "alertrules.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::AlertRules)
};

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;
constexpr double kGB = 1e9;

bool validNumber(double value)
{
    return std::isfinite(value) && value >= 0;
}

} // namespace

QString alertSeverityKey(AlertSeverity severity)
{
    return severity == AlertSeverity::Critical ? QStringLiteral("critical")
                                               : QStringLiteral("warning");
}

std::optional<AlertSeverity> alertSeverityFromKey(const QString &key)
{
    for (const AlertSeverity severity : kAlertSeverities) {
        if (alertSeverityKey(severity) == key)
            return severity;
    }
    return std::nullopt;
}

QString alertSeverityText(AlertSeverity severity)
{
    return severity == AlertSeverity::Critical ? Text::tr("Critical") : Text::tr("Warning");
}

QString alertRuleKey(AlertRuleKind kind)
{
    switch (kind) {
    case AlertRuleKind::VolumeFree:
        return QStringLiteral("volume-free");
    case AlertRuleKind::MaxDiskUsage:
        return QStringLiteral("max-disk-usage");
    case AlertRuleKind::CategorySize:
        return QStringLiteral("category-size");
    case AlertRuleKind::ForecastFull:
        return QStringLiteral("forecast-full");
    case AlertRuleKind::HostUnreachable:
        return QStringLiteral("host-unreachable");
    case AlertRuleKind::DaemonNotRunning:
        return QStringLiteral("daemon-not-running");
    case AlertRuleKind::StaleData:
        return QStringLiteral("stale-data");
    case AlertRuleKind::EphemeralReplication:
        return QStringLiteral("ephemeral-replication");
    case AlertRuleKind::OrphanedStorage:
        return QStringLiteral("orphaned-storage");
    case AlertRuleKind::StaleBackup:
        return QStringLiteral("stale-backup");
    case AlertRuleKind::LocationFull:
        return QStringLiteral("location-full");
    case AlertRuleKind::HealthCheck:
        return QStringLiteral("health-check");
    }
    return {};
}

std::optional<AlertRuleKind> alertRuleFromKey(const QString &key)
{
    for (const AlertRuleKind kind : kAlertRuleKinds) {
        if (alertRuleKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString alertRuleTitle(AlertRuleKind kind)
{
    switch (kind) {
    case AlertRuleKind::VolumeFree:
        return Text::tr("Free space");
    case AlertRuleKind::MaxDiskUsage:
        return Text::tr("Syncs blocked (max_disk_usage_percent)");
    case AlertRuleKind::CategorySize:
        return Text::tr("Data category size");
    case AlertRuleKind::ForecastFull:
        return Text::tr("Full soon");
    case AlertRuleKind::HostUnreachable:
        return Text::tr("Host unreachable");
    case AlertRuleKind::DaemonNotRunning:
        return Text::tr("Process not running");
    case AlertRuleKind::StaleData:
        return Text::tr("No new data");
    case AlertRuleKind::EphemeralReplication:
        return Text::tr("Unreplicated data on an ephemeral host");
    case AlertRuleKind::OrphanedStorage:
        return Text::tr("Orphaned storage");
    case AlertRuleKind::StaleBackup:
        return Text::tr("Stale backup");
    case AlertRuleKind::LocationFull:
        return Text::tr("Location at its limit");
    case AlertRuleKind::HealthCheck:
        return Text::tr("Health check");
    }
    return {};
}

QString alertRuleDescription(AlertRuleKind kind)
{
    switch (kind) {
    case AlertRuleKind::VolumeFree:
        return Text::tr("A writable volume has less free space than the warning or critical "
                        "threshold.");
    case AlertRuleKind::MaxDiskUsage:
        return Text::tr("A volume that syncs write to is at or above the config's "
                        "max_disk_usage_percent, so syncs to it stop.");
    case AlertRuleKind::CategorySize:
        return Text::tr("A data category on a host has grown over its size limit.");
    case AlertRuleKind::ForecastFull:
        return Text::tr("At the growth of the last 6 hours, a volume will be full soon.");
    case AlertRuleKind::HostUnreachable:
        return Text::tr("A host has not answered its probes for a while.");
    case AlertRuleKind::DaemonNotRunning:
        return Text::tr("A process expected on a host is not running.");
    case AlertRuleKind::StaleData:
        return Text::tr("The newest data file on a host (logs left out) is older than the "
                        "freshness limit.");
    case AlertRuleKind::EphemeralReplication:
        return Text::tr("An ephemeral host holds data with fewer copies than "
                        "replication_target for too long.");
    case AlertRuleKind::OrphanedStorage:
        return Text::tr("The last orphan scan of a storage location found this share of its "
                        "bytes in objects no database row references.");
    case AlertRuleKind::StaleBackup:
        return Text::tr("The newest object of a storage location named as a host's backup "
                        "is older than this (as of its last listing): the backup has stopped.");
    case AlertRuleKind::LocationFull:
        return Text::tr("At the growth of its last 30 days of listings, a storage location "
                        "will reach its size limit (set under Location limits) within this "
                        "time, or has reached it.");
    case AlertRuleKind::HealthCheck:
        return Text::tr("A saved health check (Health page) is at warning or critical: a "
                        "success line missing, errors, a log too large, stale data, a process "
                        "not running, a command or an endpoint failing.");
    }
    return {};
}

AlertDirection alertRuleDirection(AlertRuleKind kind)
{
    switch (kind) {
    case AlertRuleKind::VolumeFree:
    case AlertRuleKind::ForecastFull:
    case AlertRuleKind::LocationFull:
        return AlertDirection::Below;
    default:
        return AlertDirection::AtOrAbove;
    }
}

AlertUnit alertRuleUnit(AlertRuleKind kind)
{
    switch (kind) {
    case AlertRuleKind::VolumeFree:
    case AlertRuleKind::MaxDiskUsage:
    case AlertRuleKind::OrphanedStorage:
        return AlertUnit::Percent;
    case AlertRuleKind::CategorySize:
        return AlertUnit::Bytes;
    case AlertRuleKind::DaemonNotRunning:
    case AlertRuleKind::HealthCheck:
        return AlertUnit::Flag;
    default:
        return AlertUnit::Seconds;
    }
}

AlertRule AlertRule::defaults(AlertRuleKind kind)
{
    AlertRule rule;
    rule.kind = kind;
    switch (kind) {
    case AlertRuleKind::VolumeFree:
        rule.warning = 20.0; // UsageThresholds' defaults
        rule.critical = 10.0;
        rule.margin = 2.0;
        rule.forSecs = 5 * kMinute;
        break;
    case AlertRuleKind::MaxDiskUsage:
        rule.margin = 2.0;
        rule.forSecs = 5 * kMinute;
        break;
    case AlertRuleKind::CategorySize:
        rule.margin = 10 * kGB;
        break;
    case AlertRuleKind::ForecastFull:
        rule.warning = double(24 * kHour);
        rule.critical = double(4 * kHour);
        rule.margin = double(2 * kHour);
        rule.forSecs = 15 * kMinute;
        break;
    case AlertRuleKind::HostUnreachable:
        rule.warning = double(15 * kMinute);
        break;
    case AlertRuleKind::DaemonNotRunning:
        rule.forSecs = 10 * kMinute;
        break;
    case AlertRuleKind::StaleData:
        rule.warning = double(24 * kHour);
        rule.margin = double(kHour);
        break;
    case AlertRuleKind::EphemeralReplication:
        rule.critical = double(6 * kHour);
        break;
    case AlertRuleKind::OrphanedStorage:
        rule.warning = 10.0; // the health bands of docs/orphans.md
        rule.critical = 25.0;
        rule.margin = 2.0;
        break;
    case AlertRuleKind::StaleBackup:
        rule.warning = double(26 * kHour); // a nightly backup missed once
        rule.critical = double(72 * kHour);
        rule.margin = double(kHour);
        break;
    case AlertRuleKind::LocationFull:
        rule.warning = double(7 * kDay); // listings come daily: days, not hours
        rule.critical = double(kDay);
        rule.margin = double(12 * kHour);
        break;
    case AlertRuleKind::HealthCheck:
        break; // a check has its own window (within N hours, the last N minutes)
    }
    return rule;
}

bool AlertRule::isValid() const
{
    const AlertRule shape = defaults(kind);
    if (warning.has_value() != shape.warning.has_value() ||
        critical.has_value() != shape.critical.has_value())
        return false;
    if (!validNumber(margin) || forSecs < 0)
        return false;
    for (const std::optional<double> &value : {warning, critical}) {
        if (!value)
            continue;
        if (!validNumber(*value))
            return false;
        if (alertRuleUnit(kind) == AlertUnit::Percent && *value > 100.0)
            return false;
    }
    if (warning && critical) {
        if (alertRuleDirection(kind) == AlertDirection::Below ? *critical > *warning
                                                              : *critical < *warning)
            return false;
    }
    return true;
}

QList<AlertRule> AlertRules::defaultRules()
{
    QList<AlertRule> rules;
    for (const AlertRuleKind kind : kAlertRuleKinds)
        rules.append(AlertRule::defaults(kind));
    return rules;
}

QList<CategoryLimit> defaultCategoryLimits()
{
    return {{QStringLiteral("ply_rejected"), qint64(300) * 1000 * 1000 * 1000}};
}

namespace {

/// Reads "name: size" lines; `namePattern` is what a name may be (a regular expression
/// that captures it whole). The size follows the last colon of the line.
bool parseNamedSizes(const QString &text, const QString &namePattern, const QString &example,
                     QList<QPair<QString, qint64>> *sizes, QString *error)
{
    static const QRegularExpression sizePattern(
        QStringLiteral("^([0-9]+(?:\\.[0-9]+)?)\\s*([A-Za-z]*)$"));
    static const QHash<QString, double> units = {
        {QString(), 1.0},
        {QStringLiteral("b"), 1.0},
        {QStringLiteral("kb"), 1e3},
        {QStringLiteral("mb"), 1e6},
        {QStringLiteral("gb"), 1e9},
        {QStringLiteral("tb"), 1e12},
        {QStringLiteral("kib"), 1024.0},
        {QStringLiteral("mib"), 1024.0 * 1024},
        {QStringLiteral("gib"), 1024.0 * 1024 * 1024},
        {QStringLiteral("tib"), 1024.0 * 1024 * 1024 * 1024},
    };
    const QRegularExpression name(QRegularExpression::anchoredPattern(namePattern));
    QList<QPair<QString, qint64>> parsed;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines.at(i).trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype colon = trimmed.lastIndexOf(QLatin1Char(':'));
        const QString key = trimmed.left(std::max<qsizetype>(colon, 0)).trimmed();
        const QRegularExpressionMatch match = sizePattern.match(trimmed.mid(colon + 1).trimmed());
        const auto unit = units.constFind(match.captured(2).toLower());
        if (colon < 0 || !name.match(key).hasMatch() || !match.hasMatch() || unit == units.cend()) {
            *error = Text::tr("line %1: write a limit as %2").arg(i + 1).arg(example);
            return false;
        }
        // The pattern admits digits with at most one point: always a number.
        const double bytes = match.captured(1).toDouble() * *unit;
        if (bytes >= 9e18) {
            *error = Text::tr("line %1: the size is too large").arg(i + 1);
            return false;
        }
        for (const auto &[earlier, size] : std::as_const(parsed)) {
            if (earlier == key) {
                *error = Text::tr("line %1: '%2' has a limit already").arg(i + 1).arg(key);
                return false;
            }
        }
        parsed.append({key, qint64(std::llround(bytes))});
    }
    *sizes = parsed;
    return true;
}

/// `bytes` in the largest unit that states it exactly: "300 GB", "2 TiB", else bytes.
QString exactSize(qint64 bytes)
{
    static const std::pair<qint64, const char *> units[] = {
        {qint64(1) << 40, "TiB"}, {qint64(1000) * 1000 * 1000 * 1000, "TB"},
        {qint64(1) << 30, "GiB"}, {qint64(1000) * 1000 * 1000, "GB"},
        {qint64(1) << 20, "MiB"}, {qint64(1000) * 1000, "MB"},
        {qint64(1) << 10, "KiB"}, {qint64(1000), "kB"},
    };
    for (const auto &[factor, unit] : units) {
        if (bytes > 0 && bytes % factor == 0)
            return QStringLiteral("%1 %2").arg(bytes / factor).arg(QLatin1String(unit));
    }
    return QString::number(bytes);
}

} // namespace

bool parseCategoryLimits(const QString &text, QList<CategoryLimit> *limits, QString *error)
{
    QList<QPair<QString, qint64>> sizes;
    if (!parseNamedSizes(text, QStringLiteral("[A-Za-z0-9_.-]+"),
                         Text::tr("'category: size', e.g. 'ply_rejected: 300 GB'"), &sizes, error))
        return false;
    limits->clear();
    for (const auto &[category, bytes] : std::as_const(sizes))
        limits->append({category, bytes});
    return true;
}

bool parseLocationLimits(const QString &text, QList<LocationLimit> *limits, QString *error)
{
    QList<QPair<QString, qint64>> sizes;
    if (!parseNamedSizes(text, QStringLiteral(".+"),
                         Text::tr("'location: size', e.g. 'rclone:s3:backups: 2 TB'"), &sizes,
                         error))
        return false;
    limits->clear();
    for (const auto &[location, bytes] : std::as_const(sizes))
        limits->append({location, bytes});
    return true;
}

QString formatCategoryLimits(const QList<CategoryLimit> &limits)
{
    QStringList lines;
    for (const CategoryLimit &limit : limits)
        lines.append(QStringLiteral("%1: %2").arg(limit.category, exactSize(limit.bytes)));
    return lines.join(QLatin1Char('\n'));
}

QString formatLocationLimits(const QList<LocationLimit> &limits)
{
    QStringList lines;
    for (const LocationLimit &limit : limits)
        lines.append(QStringLiteral("%1: %2").arg(limit.location, exactSize(limit.bytes)));
    return lines.join(QLatin1Char('\n'));
}

qint64 AlertRules::locationLimit(const QString &location) const
{
    for (const LocationLimit &limit : locationLimits) {
        if (limit.location == location)
            return limit.bytes;
    }
    return 0;
}

} // namespace qm
