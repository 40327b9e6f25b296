#include "growth.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace qm {

namespace {

/// The size of `category` on `host` at or before `atMs`: the raw probe sum, else the
/// hourly, else the daily mean of the bucket that starts at or before it.
std::optional<qint64> sizeAt(const HistoryStore &store, const QString &host,
                             const QString &category, qint64 atMs)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT SUM(bytes) FROM category_samples WHERE host = :host AND "
                             "category = :category AND probe_id = (SELECT probe_id FROM "
                             "category_samples WHERE host = :host AND category = :category "
                             "AND time <= :at ORDER BY time DESC LIMIT 1)"));
    q.bindValue(QStringLiteral(":host"), host);
    q.bindValue(QStringLiteral(":category"), category);
    q.bindValue(QStringLiteral(":at"), atMs);
    if (q.exec() && q.next() && !q.value(0).isNull())
        return q.value(0).toLongLong();
    for (const qint64 period : {HistoryStore::kHourMs, HistoryStore::kDayMs}) {
        q.prepare(QStringLiteral("SELECT bytes_mean FROM category_rollups WHERE host = ? AND "
                                 "category = ? AND period = ? AND start <= ? ORDER BY start "
                                 "DESC LIMIT 1"));
        q.addBindValue(host);
        q.addBindValue(category);
        q.addBindValue(period);
        q.addBindValue(atMs);
        if (q.exec() && q.next())
            return qint64(std::llround(q.value(0).toDouble()));
    }
    return std::nullopt;
}

std::optional<qint64> changeOf(const CategoryGrowth &growth, GrowthPeriod period)
{
    switch (period) {
    case GrowthPeriod::Previous:
        return growth.sincePrevious;
    case GrowthPeriod::Day:
        return growth.since24h;
    case GrowthPeriod::Week:
        break;
    }
    return growth.since7d;
}

} // namespace

QList<CategoryGrowth> whatGrew(const HistoryStore &store, GrowthPeriod sortBy)
{
    QList<CategoryGrowth> result;
    // The newest two probes of each host and category, as sums over the data roots.
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT host, category, time, bytes FROM (SELECT host, category, time, bytes, "
            "ROW_NUMBER() OVER (PARTITION BY host, category ORDER BY time DESC) AS n FROM "
            "(SELECT host, category, time, SUM(bytes) AS bytes FROM category_samples "
            "GROUP BY probe_id, host, category)) WHERE n <= 2 ORDER BY host, category, time "
            "DESC")))
        return result;
    while (q.next()) {
        const QString host = q.value(0).toString();
        const QString category = q.value(1).toString();
        const qint64 bytes = q.value(3).toLongLong();
        if (!result.isEmpty() && result.last().host == host && result.last().category == category) {
            result.last().sincePrevious = result.last().bytes - bytes;
            continue;
        }
        CategoryGrowth growth;
        growth.host = host;
        growth.category = category;
        growth.asOfMs = q.value(2).toLongLong();
        growth.bytes = bytes;
        result.append(growth);
    }
    q.finish();
    for (CategoryGrowth &growth : result) {
        if (const auto before =
                sizeAt(store, growth.host, growth.category, growth.asOfMs - HistoryStore::kDayMs))
            growth.since24h = growth.bytes - *before;
        if (const auto before = sizeAt(store, growth.host, growth.category,
                                       growth.asOfMs - 7 * HistoryStore::kDayMs))
            growth.since7d = growth.bytes - *before;
    }
    std::stable_sort(result.begin(), result.end(),
                     [sortBy](const CategoryGrowth &a, const CategoryGrowth &b) {
                         const auto x = changeOf(a, sortBy);
                         const auto y = changeOf(b, sortBy);
                         if (x.has_value() != y.has_value())
                             return x.has_value();
                         return x && *x > *y;
                     });
    return result;
}

} // namespace qm
