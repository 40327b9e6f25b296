#pragma once

#include "alertconditions.h"
#include "alertrules.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <map>
#include <optional>

namespace qm {

/// One alert: a rule's condition on one host and subject that held long enough to be
/// raised, from its raise until it clears. Its severity may change in between
/// (warning → critical and back): that is the same alert, not a new one.
struct Alert
{
    qint64 id = -1; ///< its row in the history database; -1 when not stored
    QString rule;   ///< alertRuleKey()
    QString host;
    QString subject; ///< see AlertKey
    AlertSeverity severity = AlertSeverity::Warning;
    /// For a person (translated when it was raised or last changed severity).
    QString message;
    /// The value and the threshold it crossed, in the rule's unit, at the raise or the
    /// last change of severity; nullopt when not a finite number.
    std::optional<double> value;
    std::optional<double> threshold;
    /// When the condition of the severity it was raised at began to hold.
    QDateTime pendingSince;
    QDateTime raisedAt;
    QDateTime clearedAt; ///< invalid while open
    /// A pending alert (AlertEngine::pendingAlerts()): its condition holds, but not yet
    /// for as long as the rule's "for" asks. It has no raise time and is never stored.
    bool pending = false;

    bool isOpen() const { return !pending && !clearedAt.isValid(); }
    AlertKey key() const { return {rule, host, subject}; }
    friend bool operator==(const Alert &, const Alert &) = default;
};

/// A change of an alert, as an evaluation reports it.
struct AlertEvent
{
    enum class Kind {
        Raised,          ///< a new alert (notify)
        SeverityChanged, ///< an open alert got worse or better (`previous` tells which)
        Cleared,         ///< an open alert no longer holds
    };
    Kind kind = Kind::Raised;
    Alert alert; ///< as it is after the change
    /// The severity before a SeverityChanged; equal to the alert's otherwise.
    AlertSeverity previous = AlertSeverity::Warning;

    bool isEscalation() const { return kind == Kind::SeverityChanged && alert.severity > previous; }
};

/// Decides, evaluation after evaluation, which alerts are raised, change severity
/// and clear (docs/alerts.md).
///
/// Each alert (rule, host, subject) runs through: nothing → pending (its condition
/// holds, its "for" has not passed) → open at a severity → cleared. Per severity:
/// - it is reached once its plain condition (value past that severity's threshold)
///   has held without a break for the rule's `forSecs`, counted on the times of the
///   observations; a break (a probe on the good side, or no value at all) restarts the
///   count, so a blip shorter than "for" raises nothing;
/// - once reached, it holds until the value is the rule's `margin` past the threshold
///   on the good side (hysteresis), so a value hovering around a threshold raises one
///   alert, not one per probe.
///
/// The alert's severity is the worst one that holds. An open warning whose critical
/// condition holds long enough becomes critical (one SeverityChanged event, which
/// isEscalation()); a critical one whose critical level no longer holds goes back to
/// warning if that still holds, else clears. A notification belongs to Raised (and at
/// most to an escalation), never to each evaluation.
///
/// An alert whose subject cannot be measured now (host down, volume not responding)
/// keeps its state; one whose subject is known to be gone, whose host is disabled or
/// left the config, or whose rule is disabled clears. Not thread-safe: one thread.
class AlertEngine
{
public:
    explicit AlertEngine(const AlertRules &rules = AlertRules());

    /// Replaces the rules; takes effect at the next evaluation (a disabled rule's
    /// alerts clear then). A kind missing from `rules.rules` gets its defaults.
    void setRules(const AlertRules &rules);
    const AlertRules &rules() const { return m_rules; }

    /// Takes `open` alerts (AlertStore::openAlerts() after a restart) as raised, so
    /// the next evaluation neither raises them again nor notifies: it only clears or
    /// changes those that no longer hold. Cleared alerts in `open` and alerts of rules
    /// this version does not know (written by a newer one) are ignored; an alert for a
    /// key the engine holds already replaces it.
    void seed(const QList<Alert> &open);

    /// Evaluates the rules on `input` at `input.now` and returns the changes, sorted by
    /// rule, host and subject. Times of raised and cleared alerts are `input.now`.
    QList<AlertEvent> evaluate(const AlertInput &input);

    /// The open alerts, sorted by rule, host and subject.
    QList<Alert> openAlerts() const;
    int openCount() const;
    /// The alerts whose condition holds but whose "for" has not passed (and that are
    /// not open), sorted by rule, host and subject: `pending` set, `severity` the worst
    /// one that pends, `pendingSince` when its condition began, message, value and
    /// threshold of the last observation; no raise time, id -1.
    QList<Alert> pendingAlerts() const;

private:
    struct State
    {
        std::optional<Alert> open;
        /// Per severity (index int(AlertSeverity)): when its plain condition began to
        /// hold without a break; invalid when it does not hold.
        QDateTime pendingSince[2];
        /// The last known observation, for what pendingAlerts() tells of it.
        std::optional<AlertObservation> observed;
        bool isIdle() const
        {
            return !open && !pendingSince[0].isValid() && !pendingSince[1].isValid();
        }
    };

    void step(State &state, const AlertObservation &observation, const QDateTime &now,
              QList<AlertEvent> *events) const;
    /// Ends an open alert (a Cleared event); no-op when none is open.
    static void clear(State &state, const QDateTime &now, QList<AlertEvent> *events);

    AlertRules m_rules;
    std::map<AlertKey, State> m_states;
};

} // namespace qm

Q_DECLARE_METATYPE(qm::Alert)
