// The settings of the alerts: the usage thresholds, each rule and the category limits.
// The rest of Settings is in settings.cpp.

#include "core/alerts/alertrules.h"
#include "core/volumes/usagelevel.h"
#include "settings.h"

#include <QSettings>

#include <cmath>
#include <limits>

namespace qm {

namespace {
const QString kWarningFree = QStringLiteral("dashboard/warningFreePercent");
const QString kCriticalFree = QStringLiteral("dashboard/criticalFreePercent");
// alerts/<rule key>/<field>, and the category limits as "category: bytes" lines.
const QString kAlertsGroup = QStringLiteral("alerts");
const QString kAlertEnabled = QStringLiteral("enabled");
const QString kAlertWarning = QStringLiteral("warning");
const QString kAlertCritical = QStringLiteral("critical");
const QString kAlertMargin = QStringLiteral("margin");
const QString kAlertFor = QStringLiteral("forSeconds");
const QString kAlertCategoryLimits = QStringLiteral("alerts/categoryLimits");
const QString kAlertLocationLimits = QStringLiteral("alerts/locationLimits");

QString alertKey(AlertRuleKind kind, const QString &field)
{
    return QStringLiteral("%1/%2/%3").arg(kAlertsGroup, alertRuleKey(kind), field);
}

/// The number `value` holds, `fallback` when it holds none; not a number (NaN) when it
/// holds text that is not one ("abc" in a hand-edited file), which no rule accepts.
double numberIn(const QVariant &value, double fallback)
{
    if (!value.isValid())
        return fallback;
    bool ok = false;
    const double number = value.toDouble(&ok);
    return ok ? number : std::numeric_limits<double>::quiet_NaN();
}

/// Whether each of `limits` names something (its `name` member) once, with a size
/// above zero.
template <typename Limit>
bool validLimits(const QList<Limit> &limits, QString Limit::*name)
{
    QStringList names;
    for (const Limit &limit : limits) {
        const QString &named = limit.*name;
        if (named.trimmed().isEmpty() || limit.bytes <= 0 || names.contains(named))
            return false;
        names.append(named);
    }
    return true;
}

bool validCategoryLimits(const QList<CategoryLimit> &limits)
{
    return validLimits(limits, &CategoryLimit::category);
}

bool validLocationLimits(const QList<LocationLimit> &limits)
{
    return validLimits(limits, &LocationLimit::location);
}
} // namespace

UsageThresholds Settings::usageThresholds() const
{
    UsageThresholds thresholds;
    thresholds.warningFreePercent =
        m_settings->value(kWarningFree, thresholds.warningFreePercent).toDouble();
    thresholds.criticalFreePercent =
        m_settings->value(kCriticalFree, thresholds.criticalFreePercent).toDouble();
    // A hand-edited settings file must not produce nonsense colours.
    return thresholds.isValid() ? thresholds : UsageThresholds{};
}

bool Settings::setUsageThresholds(const UsageThresholds &thresholds)
{
    if (!thresholds.isValid())
        return false;
    if (thresholds == usageThresholds())
        return true;
    m_settings->setValue(kWarningFree, thresholds.warningFreePercent);
    m_settings->setValue(kCriticalFree, thresholds.criticalFreePercent);
    Q_EMIT usageThresholdsChanged();
    Q_EMIT alertRulesChanged();
    return true;
}

AlertRule Settings::alertRule(AlertRuleKind kind) const
{
    const AlertRule defaults = AlertRule::defaults(kind);
    AlertRule rule = defaults;
    rule.enabled = m_settings->value(alertKey(kind, kAlertEnabled), defaults.enabled).toBool();
    rule.margin = numberIn(m_settings->value(alertKey(kind, kAlertMargin)), defaults.margin);
    // Not a whole number of seconds: -1, which no rule accepts.
    const double forSecs =
        numberIn(m_settings->value(alertKey(kind, kAlertFor)), double(defaults.forSecs));
    rule.forSecs = std::isfinite(forSecs) && forSecs == std::floor(forSecs) && forSecs < 1e15
                       ? qint64(forSecs)
                       : -1;
    if (kind == AlertRuleKind::VolumeFree) {
        const UsageThresholds thresholds = usageThresholds();
        rule.warning = thresholds.warningFreePercent;
        rule.critical = thresholds.criticalFreePercent;
    } else {
        if (defaults.warning)
            rule.warning =
                numberIn(m_settings->value(alertKey(kind, kAlertWarning)), *defaults.warning);
        if (defaults.critical)
            rule.critical =
                numberIn(m_settings->value(alertKey(kind, kAlertCritical)), *defaults.critical);
    }
    if (rule.isValid())
        return rule;
    // A hand-edited file: the defaults, with the thresholds the dashboard shows.
    AlertRule fallback = defaults;
    if (kind == AlertRuleKind::VolumeFree) {
        fallback.warning = rule.warning;
        fallback.critical = rule.critical;
    }
    return fallback;
}

bool Settings::writeAlertRule(const AlertRule &rule, bool *thresholdsChanged)
{
    const AlertRule current = alertRule(rule.kind);
    if (rule == current)
        return false;
    const AlertRuleKind kind = rule.kind;
    if (kind == AlertRuleKind::VolumeFree) {
        const UsageThresholds thresholds{*rule.warning, *rule.critical};
        if (!(thresholds == usageThresholds())) {
            m_settings->setValue(kWarningFree, thresholds.warningFreePercent);
            m_settings->setValue(kCriticalFree, thresholds.criticalFreePercent);
            *thresholdsChanged = true;
        }
    } else {
        if (rule.warning)
            m_settings->setValue(alertKey(kind, kAlertWarning), *rule.warning);
        if (rule.critical)
            m_settings->setValue(alertKey(kind, kAlertCritical), *rule.critical);
    }
    m_settings->setValue(alertKey(kind, kAlertEnabled), rule.enabled);
    m_settings->setValue(alertKey(kind, kAlertMargin), rule.margin);
    m_settings->setValue(alertKey(kind, kAlertFor), rule.forSecs);
    return true;
}

bool Settings::setAlertRule(const AlertRule &rule)
{
    if (!rule.isValid())
        return false;
    bool thresholdsChanged = false;
    if (!writeAlertRule(rule, &thresholdsChanged))
        return true;
    if (thresholdsChanged)
        Q_EMIT usageThresholdsChanged();
    Q_EMIT alertRulesChanged();
    return true;
}

QList<CategoryLimit> Settings::alertCategoryLimits() const
{
    if (!m_settings->contains(kAlertCategoryLimits))
        return defaultCategoryLimits();
    QList<CategoryLimit> limits;
    QString error;
    if (!parseCategoryLimits(m_settings->value(kAlertCategoryLimits).toString(), &limits, &error) ||
        !validCategoryLimits(limits))
        return defaultCategoryLimits();
    return limits; // may be empty: no category has a limit
}

bool Settings::writeCategoryLimits(const QList<CategoryLimit> &limits)
{
    if (limits == alertCategoryLimits())
        return false;
    if (limits == defaultCategoryLimits())
        m_settings->remove(kAlertCategoryLimits);
    else
        m_settings->setValue(kAlertCategoryLimits, formatCategoryLimits(limits));
    return true;
}

bool Settings::setAlertCategoryLimits(const QList<CategoryLimit> &limits)
{
    if (!validCategoryLimits(limits))
        return false;
    if (writeCategoryLimits(limits))
        Q_EMIT alertRulesChanged();
    return true;
}

QList<LocationLimit> Settings::alertLocationLimits() const
{
    QList<LocationLimit> limits;
    QString error;
    if (!parseLocationLimits(m_settings->value(kAlertLocationLimits).toString(), &limits, &error) ||
        !validLocationLimits(limits))
        return {};
    return limits;
}

bool Settings::writeLocationLimits(const QList<LocationLimit> &limits)
{
    if (limits == alertLocationLimits())
        return false;
    if (limits.isEmpty())
        m_settings->remove(kAlertLocationLimits);
    else
        m_settings->setValue(kAlertLocationLimits, formatLocationLimits(limits));
    return true;
}

AlertRules Settings::alertRules() const
{
    AlertRules rules;
    for (const AlertRuleKind kind : kAlertRuleKinds)
        rules.rule(kind) = alertRule(kind);
    rules.categoryLimits = alertCategoryLimits();
    rules.locationLimits = alertLocationLimits();
    return rules;
}

bool Settings::setAlertRules(const AlertRules &rules)
{
    if (rules.rules.size() != kAlertRuleKindCount || !validCategoryLimits(rules.categoryLimits) ||
        !validLocationLimits(rules.locationLimits))
        return false;
    for (const AlertRuleKind kind : kAlertRuleKinds) {
        if (rules.rule(kind).kind != kind || !rules.rule(kind).isValid())
            return false;
    }
    bool thresholdsChanged = false;
    bool changed = false;
    for (const AlertRule &rule : rules.rules)
        changed = writeAlertRule(rule, &thresholdsChanged) || changed;
    changed = writeCategoryLimits(rules.categoryLimits) || changed;
    changed = writeLocationLimits(rules.locationLimits) || changed;
    if (thresholdsChanged)
        Q_EMIT usageThresholdsChanged();
    if (changed)
        Q_EMIT alertRulesChanged();
    return true;
}

} // namespace qm
