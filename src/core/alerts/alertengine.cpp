#include "alertengine.h"

#include <QSet>

#include <cmath>

namespace qm {

namespace {

/// Whether `value` is past `threshold` on the side that raises the alert.
bool conditionHolds(AlertDirection direction, double value, double threshold)
{
    return direction == AlertDirection::Below ? value < threshold : value >= threshold;
}

/// Whether `value` is far enough on the good side of `threshold` to end an alert raised
/// at it: `margin` past it (no margin: simply on the good side).
bool clearsAt(AlertDirection direction, double value, double threshold, double margin)
{
    return direction == AlertDirection::Below ? value >= threshold + margin
                                              : value < threshold - margin;
}

std::optional<double> finite(double value)
{
    return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

} // namespace

AlertEngine::AlertEngine(const AlertRules &rules)
{
    setRules(rules);
}

void AlertEngine::setRules(const AlertRules &rules)
{
    m_rules = rules;
    // One rule per kind, in kind order, whatever the caller built.
    QList<AlertRule> ordered = AlertRules::defaultRules();
    for (const AlertRule &rule : rules.rules)
        ordered[int(rule.kind)] = rule;
    m_rules.rules = ordered;
}

void AlertEngine::seed(const QList<Alert> &open)
{
    for (const Alert &alert : open) {
        // A rule of a newer version is left alone: this one cannot tell when it ends.
        if (!alert.isOpen() || !alertRuleFromKey(alert.rule))
            continue;
        State state;
        state.open = alert;
        m_states[alert.key()] = state;
    }
}

QList<AlertEvent> AlertEngine::evaluate(const AlertInput &input)
{
    QList<AlertEvent> events;
    const AlertObservations seen = observeAlertConditions(m_rules, input);

    // Observations in key order, so events come out sorted; a key seen twice (two
    // entries of one mount point) counts once.
    std::map<AlertKey, const AlertObservation *> byKey;
    for (const AlertObservation &o : seen.observations)
        byKey.emplace(o.key, &o);

    for (const auto &[key, observation] : byKey)
        step(m_states[key], *observation, input.now, &events);

    for (auto it = m_states.begin(); it != m_states.end();) {
        const AlertKey &key = it->first;
        State &state = it->second;
        if (!byKey.contains(key)) {
            const std::optional<AlertRuleKind> kind = alertRuleFromKey(key.rule);
            const bool applies = kind && m_rules.rule(*kind).enabled &&
                                 alertHostWatched(input, key.host) &&
                                 !seen.isCovered(key.rule, key.host);
            // Unknown this time: an open alert stays, a pending one starts over. Gone:
            // the alert clears.
            state.pendingSince[0] = state.pendingSince[1] = QDateTime();
            if (!applies)
                clear(state, input.now, &events);
        }
        it = state.isIdle() ? m_states.erase(it) : std::next(it);
    }
    std::stable_sort(events.begin(), events.end(), [](const AlertEvent &a, const AlertEvent &b) {
        return a.alert.key() < b.alert.key();
    });
    return events;
}

void AlertEngine::step(State &state, const AlertObservation &o, const QDateTime &now,
                       QList<AlertEvent> *events) const
{
    if (!o.known) {
        state.pendingSince[0] = state.pendingSince[1] = QDateTime();
        return;
    }
    state.observed = o;
    const AlertRule &rule = m_rules.rule(o.kind);
    const AlertDirection direction = alertRuleDirection(o.kind);
    const int current = state.open ? int(state.open->severity) : -1;
    int level = -1;
    for (const AlertSeverity severity : kAlertSeverities) {
        const int s = int(severity);
        const std::optional<double> threshold = o.thresholds[s];
        if (!threshold) {
            state.pendingSince[s] = QDateTime();
            continue;
        }
        const bool enters = conditionHolds(direction, o.value, *threshold);
        if (!enters)
            state.pendingSince[s] = QDateTime();
        else if (!state.pendingSince[s].isValid() || state.pendingSince[s] > o.at)
            state.pendingSince[s] = o.at;
        const bool holds = current >= s
                               ? !clearsAt(direction, o.value, *threshold, rule.margin)
                               : enters && state.pendingSince[s].secsTo(o.at) >= rule.forSecs;
        if (holds)
            level = s;
    }

    if (level < 0) {
        // Not (or no longer) raised; pending times stay for the severities that pend.
        if (state.open)
            clear(state, now, events);
        return;
    }
    const auto severity = AlertSeverity(level);
    if (state.open && level == current)
        return;
    Alert alert = state.open.value_or(Alert());
    alert.rule = o.key.rule;
    alert.host = o.key.host;
    alert.subject = o.key.subject;
    alert.severity = severity;
    alert.message = o.messages[level];
    alert.value = finite(o.value);
    alert.threshold = finite(*o.thresholds[level]);
    AlertEvent event;
    if (state.open) {
        event.kind = AlertEvent::Kind::SeverityChanged;
        event.previous = state.open->severity;
    } else {
        event.kind = AlertEvent::Kind::Raised;
        event.previous = severity;
        alert.raisedAt = now;
        // When the condition of the level it is raised at began; the observation's
        // time when a margin held it (a seeded alert has no pending time).
        alert.pendingSince = state.pendingSince[level].isValid() ? state.pendingSince[level] : o.at;
        alert.clearedAt = QDateTime();
    }
    state.open = alert;
    event.alert = alert;
    events->append(event);
}

void AlertEngine::clear(State &state, const QDateTime &now, QList<AlertEvent> *events)
{
    if (!state.open)
        return;
    AlertEvent event;
    event.kind = AlertEvent::Kind::Cleared;
    event.alert = *state.open;
    event.alert.clearedAt = now;
    event.previous = event.alert.severity;
    events->append(event);
    state.open.reset();
}

QList<Alert> AlertEngine::openAlerts() const
{
    QList<Alert> alerts;
    for (const auto &[key, state] : m_states) {
        if (state.open)
            alerts.append(*state.open);
    }
    return alerts;
}

int AlertEngine::openCount() const
{
    int count = 0;
    for (const auto &[key, state] : m_states)
        count += state.open ? 1 : 0;
    return count;
}

QList<Alert> AlertEngine::pendingAlerts() const
{
    QList<Alert> alerts;
    for (const auto &[key, state] : m_states) {
        if (state.open || state.isIdle() || !state.observed)
            continue;
        const int level = state.pendingSince[int(AlertSeverity::Critical)].isValid()
                              ? int(AlertSeverity::Critical)
                              : int(AlertSeverity::Warning);
        const AlertObservation &o = *state.observed;
        Alert alert;
        alert.rule = key.rule;
        alert.host = key.host;
        alert.subject = key.subject;
        alert.severity = AlertSeverity(level);
        alert.message = o.messages[level];
        alert.value = finite(o.value);
        if (o.thresholds[level])
            alert.threshold = finite(*o.thresholds[level]);
        alert.pendingSince = state.pendingSince[level];
        alert.pending = true;
        alerts.append(alert);
    }
    return alerts;
}

} // namespace qm
