#include "alertstore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::AlertStore)
};

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QVariant numberValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

/// Never a null string: the text columns are NOT NULL, and `subject = NULL` matches
/// nothing (a host-wide alert has an empty subject).
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QDateTime timeOf(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

std::optional<double> numberOf(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

const QString kColumns = QStringLiteral("id, rule, host, subject, severity, message, value, "
                                        "threshold, pending_since, raised_at, cleared_at");

} // namespace

AlertStore::AlertStore(const QSqlDatabase &database)
    : m_database(database)
{}

bool AlertStore::record(QList<AlertEvent> *events, QString *error)
{
    if (events->isEmpty())
        return true;
    if (!m_database.transaction()) {
        *error = Text::tr("cannot record alerts: %1").arg(m_database.lastError().text());
        return false;
    }
    QSqlQuery q(m_database);
    const auto fail = [&] {
        *error = Text::tr("cannot record alerts: %1").arg(q.lastError().text());
        m_database.rollback();
        return false;
    };
    const auto insert = [&](Alert *alert) {
        q.prepare(QStringLiteral("INSERT INTO alerts (rule, host, subject, severity, message, "
                                 "value, threshold, pending_since, raised_at, cleared_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(text(alert->rule));
        q.addBindValue(text(alert->host));
        q.addBindValue(text(alert->subject));
        q.addBindValue(alertSeverityKey(alert->severity));
        q.addBindValue(text(alert->message));
        q.addBindValue(numberValue(alert->value));
        q.addBindValue(numberValue(alert->threshold));
        q.addBindValue(timeValue(alert->pendingSince));
        q.addBindValue(alert->raisedAt.toMSecsSinceEpoch());
        q.addBindValue(timeValue(alert->clearedAt));
        if (!q.exec())
            return false;
        alert->id = q.lastInsertId().toLongLong();
        return true;
    };
    // The open row of the alert's key, or -1.
    const auto openRow = [&](const Alert &alert) -> qint64 {
        q.prepare(QStringLiteral("SELECT id FROM alerts WHERE cleared_at IS NULL AND rule = ? "
                                 "AND host = ? AND subject = ? ORDER BY raised_at DESC, id DESC "
                                 "LIMIT 1"));
        q.addBindValue(text(alert.rule));
        q.addBindValue(text(alert.host));
        q.addBindValue(text(alert.subject));
        if (!q.exec())
            return -2;
        return q.next() ? q.value(0).toLongLong() : -1;
    };

    for (AlertEvent &event : *events) {
        Alert &alert = event.alert;
        if (event.kind == AlertEvent::Kind::Raised) {
            if (!insert(&alert))
                return fail();
            continue;
        }
        const qint64 id = openRow(alert);
        if (id == -2)
            return fail();
        if (id < 0) {
            // Not in the database (written by a failed transaction, or by another
            // database): keep the record complete rather than drop the change.
            if (!insert(&alert))
                return fail();
            continue;
        }
        alert.id = id;
        if (event.kind == AlertEvent::Kind::SeverityChanged) {
            q.prepare(QStringLiteral("UPDATE alerts SET severity = ?, message = ?, value = ?, "
                                     "threshold = ? WHERE id = ?"));
            q.addBindValue(alertSeverityKey(alert.severity));
            q.addBindValue(text(alert.message));
            q.addBindValue(numberValue(alert.value));
            q.addBindValue(numberValue(alert.threshold));
        } else {
            q.prepare(QStringLiteral("UPDATE alerts SET cleared_at = ? WHERE id = ?"));
            q.addBindValue(alert.clearedAt.toMSecsSinceEpoch());
        }
        q.addBindValue(id);
        if (!q.exec())
            return fail();
    }
    if (!m_database.commit()) {
        *error = Text::tr("cannot record alerts: %1").arg(m_database.lastError().text());
        m_database.rollback();
        return false;
    }
    return true;
}

QList<Alert> AlertStore::select(const QString &where, int limit, QString *error) const
{
    QList<Alert> alerts;
    QSqlQuery q(m_database);
    QString sql = QStringLiteral("SELECT %1 FROM alerts WHERE %2 ORDER BY raised_at DESC, id DESC")
                      .arg(kColumns, where);
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    if (!q.exec(sql)) {
        if (error)
            *error = Text::tr("cannot read the alerts: %1").arg(q.lastError().text());
        return alerts;
    }
    while (q.next()) {
        Alert alert;
        alert.id = q.value(0).toLongLong();
        alert.rule = q.value(1).toString();
        alert.host = q.value(2).toString();
        alert.subject = q.value(3).toString();
        alert.severity =
            alertSeverityFromKey(q.value(4).toString()).value_or(AlertSeverity::Warning);
        alert.message = q.value(5).toString();
        alert.value = numberOf(q.value(6));
        alert.threshold = numberOf(q.value(7));
        alert.pendingSince = timeOf(q.value(8));
        alert.raisedAt = timeOf(q.value(9));
        alert.clearedAt = timeOf(q.value(10));
        alerts.append(alert);
    }
    return alerts;
}

QList<Alert> AlertStore::openAlerts(QString *error) const
{
    return select(QStringLiteral("cleared_at IS NULL"), -1, error);
}

QList<Alert> AlertStore::history(int limit, QString *error) const
{
    return select(QStringLiteral("cleared_at IS NOT NULL"), std::max(0, limit), error);
}

QList<Alert> AlertStore::recentAlerts(int limit, QString *error) const
{
    QString openError;
    QList<Alert> alerts = openAlerts(&openError);
    QList<Alert> cleared = history(limit, error);
    if (!openError.isEmpty() && error)
        *error = openError;
    alerts.append(cleared);
    std::stable_sort(alerts.begin(), alerts.end(), [](const Alert &a, const Alert &b) {
        return a.raisedAt != b.raisedAt ? a.raisedAt > b.raisedAt : a.id > b.id;
    });
    return alerts;
}

} // namespace qm
