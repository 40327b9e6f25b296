#include "healthhistory.h"

#include "core/history/historystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace qm {

namespace {

constexpr char kColumns[] = "host, name, kind, state, status, summary, evidence, checked_at";

std::optional<HealthState> stateFromKey(const QString &key)
{
    for (const HealthState state :
         {HealthState::Ok, HealthState::Warning, HealthState::Critical, HealthState::Unknown}) {
        if (healthStateKey(state) == key)
            return state;
    }
    return std::nullopt;
}

} // namespace

HealthResultStore::HealthResultStore(const QSqlDatabase &database)
    : m_database(database)
{}

bool HealthResultStore::record(const QList<HealthResult> &results, QString *error)
{
    if (results.isEmpty())
        return true;
    QSqlDatabase database = m_database;
    if (!database.transaction()) {
        *error = database.lastError().text();
        return false;
    }
    const auto fail = [&](const QSqlQuery &query) {
        *error = query.lastError().text();
        database.rollback();
        return false;
    };
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO health_results (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(QLatin1String(kColumns)));
    qint64 newest = 0;
    for (const HealthResult &result : results) {
        for (const QVariant &value :
             {QVariant(result.host.isNull() ? QStringLiteral("") : result.host),
              QVariant(result.name), QVariant(healthCheckKindKey(result.kind)),
              QVariant(healthStateKey(result.state)), QVariant(result.status),
              QVariant(result.summary),
              QVariant(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(result.evidence))
                                             .toJson(QJsonDocument::Compact))),
              QVariant(result.checkedAtMs)})
            query.addBindValue(value);
        if (!query.exec())
            return fail(query);
        newest = std::max(newest, result.checkedAtMs);
    }
    QSqlQuery prune(m_database);
    prune.prepare(QStringLiteral("DELETE FROM health_results WHERE checked_at < ?"));
    prune.addBindValue(newest - kHealthResultsKeptMs);
    if (!prune.exec())
        return fail(prune);
    if (!database.commit()) {
        *error = database.lastError().text();
        database.rollback();
        return false;
    }
    return true;
}

QList<HealthResult> HealthResultStore::select(const QString &sql, const QVariantList &values,
                                              QString *error) const
{
    QList<HealthResult> results;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return results;
    }
    while (query.next()) {
        HealthResult result;
        result.host = query.value(0).toString();
        result.name = query.value(1).toString();
        result.kind =
            healthCheckKindFromKey(query.value(2).toString()).value_or(HealthCheckKind::Command);
        result.state = stateFromKey(query.value(3).toString()).value_or(HealthState::Unknown);
        result.status = query.value(4).toString();
        result.summary = query.value(5).toString();
        for (const QJsonValue line :
             QJsonDocument::fromJson(query.value(6).toString().toUtf8()).array())
            result.evidence << line.toString();
        result.checkedAtMs = query.value(7).toLongLong();
        results << result;
    }
    return results;
}

QList<HealthResult> HealthResultStore::latest(QString *error) const
{
    // The newest row of each (host, name): SQLite takes the bare columns from the row
    // that holds the MAX.
    return select(QStringLiteral("SELECT host, name, kind, state, status, summary, evidence, "
                                 "MAX(checked_at) FROM health_results GROUP BY host, name "
                                 "ORDER BY host, name"),
                  {}, error);
}

QList<HealthResult> HealthResultStore::history(const QString &host, const QString &name,
                                               qint64 fromMs, QString *error) const
{
    return select(QStringLiteral("SELECT %1 FROM health_results WHERE host = ? AND name = ? "
                                 "AND checked_at >= ? ORDER BY checked_at")
                      .arg(QLatin1String(kColumns)),
                  {host.isNull() ? QStringLiteral("") : host, name, fromMs}, error);
}

QString recordHealthResults(const QString &historyPath, const QList<HealthResult> &results)
{
    if (!QDir().mkpath(QFileInfo(historyPath).absolutePath()))
        return QCoreApplication::translate("qm::HealthResultStore",
                                           "cannot create the folder of %1")
            .arg(historyPath);
    HistoryStore history;
    QString why;
    if (!history.open(historyPath, &why) ||
        !HealthResultStore(history.database()).record(results, &why))
        return why;
    return {};
}

bool readLatestHealthResults(const QString &historyPath, QList<HealthResult> *results,
                             QString *error)
{
    results->clear();
    if (!QFileInfo::exists(historyPath))
        return true;
    HistoryStore history;
    if (!history.open(historyPath, error))
        return false;
    QString why;
    *results = HealthResultStore(history.database()).latest(&why);
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    return true;
}

} // namespace qm
