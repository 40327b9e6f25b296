#pragma once

// Health check results in the history file (docs/health.md, "History and alerts"): what
// each check on each machine said, kept for 90 days, for the Health page, the alert
// monitor and `qmctl health run`.

#include "core/health/healthcheck.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace qm {

/// How long results are kept.
inline constexpr qint64 kHealthResultsKeptMs = qint64(90) * 24 * 3600 * 1000;

/// Health results in a history store's file (HistoryStore::database()), used on the
/// thread that opened it.
class HealthResultStore
{
public:
    explicit HealthResultStore(const QSqlDatabase &database);

    /// Records `results` in one transaction, and drops results older than 90 days
    /// before the newest of them.
    bool record(const QList<HealthResult> &results, QString *error);
    /// The newest result of every check on every machine, by host then name.
    QList<HealthResult> latest(QString *error = nullptr) const;
    /// The results of check `name` on `host` ("" for this machine) from `fromMs` on,
    /// oldest first.
    QList<HealthResult> history(const QString &host, const QString &name, qint64 fromMs,
                                QString *error = nullptr) const;

private:
    QList<HealthResult> select(const QString &sql, const QVariantList &values,
                               QString *error) const;
    QSqlDatabase m_database;
};

/// Records `results` into the history file `historyPath` (created with its folder when
/// missing); empty on success, else why not.
QString recordHealthResults(const QString &historyPath, const QList<HealthResult> &results);

/// The newest result of every check kept in the history file `historyPath`; none when
/// the file does not exist yet (it is not created). False with `*error` when it cannot
/// be read.
bool readLatestHealthResults(const QString &historyPath, QList<HealthResult> *results,
                             QString *error);

} // namespace qm
