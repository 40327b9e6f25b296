#pragma once

#include "alertengine.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace qm {

/// The alerts kept in the history database (table `alerts`, schema 3 of HistoryStore):
/// one row per alert from its raise to its clear, open while `cleared_at` is null.
/// Times are milliseconds since the epoch (UTC), like the rest of the history. A row
/// holds the alert's current severity, and the message, value and threshold of its
/// raise or of its last change of severity; a cleared row keeps the severity it had
/// when it cleared.
///
/// Uses the connection of a HistoryStore (HistoryStore::database()), on the thread
/// that opened it; the store must outlive this object.
class AlertStore
{
public:
    explicit AlertStore(const QSqlDatabase &database);

    /// Writes `events` in one transaction, all or nothing: Raised inserts a row (and
    /// sets the alert's id in `events`), SeverityChanged updates the open row of the
    /// alert's key (severity, message, value, threshold), Cleared sets its
    /// `cleared_at`. A change or clear of an alert with no open row inserts the row
    /// first, so nothing the engine reports is lost. False and `error` on a database
    /// error.
    bool record(QList<AlertEvent> *events, QString *error);

    /// The open alerts, newest raise first. Empty (and `error` when given) on a
    /// database error.
    QList<Alert> openAlerts(QString *error = nullptr) const;

    /// Every open alert and the `limit` most recently raised cleared ones, newest raise
    /// first: what an alerts list shows.
    QList<Alert> recentAlerts(int limit, QString *error = nullptr) const;

    /// Cleared alerts only, newest raise first, at most `limit`.
    QList<Alert> history(int limit, QString *error = nullptr) const;

private:
    QList<Alert> select(const QString &where, int limit, QString *error) const;

    QSqlDatabase m_database;
};

} // namespace qm
