#include "historyseries.h"

#include <QMap>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace qm {

namespace {

constexpr qint64 kNever = std::numeric_limits<qint64>::max();

/// The time each level serves, as [from, to): daily rollups before `hourlyFrom`, hourly
/// ones from there to `rawFrom`, raw samples from `rawFrom` on.
struct LevelSpans
{
    qint64 hourlyFrom = kNever;
    qint64 rawFrom = kNever;
};

qint64 firstTime(const HistoryStore &store, const QString &sql, const QString &host,
                 const QString &key)
{
    QSqlQuery q(store.database());
    q.prepare(sql);
    q.bindValue(QStringLiteral(":host"), host);
    if (!key.isNull())
        q.bindValue(QStringLiteral(":key"), key);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return kNever;
    return q.value(0).toLongLong();
}

/// Raw samples serve from their first one on, but not where a column is wide enough
/// for complete hourly rollups; likewise hourly rollups against daily ones.
LevelSpans levelSpans(const HistoryStore &store, qint64 rawStart, qint64 hourlyStart,
                      qint64 bucketMs)
{
    LevelSpans spans;
    spans.rawFrom = rawStart;
    if (bucketMs >= HistoryStore::kHourMs && rawStart != kNever)
        spans.rawFrom = std::max(rawStart, store.rolledUpUntil(HistoryStore::kHourMs));
    qint64 hourlyFrom = hourlyStart;
    if (bucketMs >= HistoryStore::kDayMs && hourlyStart != kNever)
        hourlyFrom = std::max(hourlyStart, store.rolledUpUntil(HistoryStore::kDayMs));
    spans.hourlyFrom = std::min(hourlyFrom, spans.rawFrom);
    return spans;
}

/// Runs one level's query over the part of [fromMs, toMs] in [lo, hi); false when that
/// part is empty (nothing to run).
bool runLevel(QSqlQuery &q, const QString &sql, const QString &host, const QString &key,
              qint64 fromMs, qint64 toMs, qint64 bucketMs, qint64 periodMs, qint64 lo, qint64 hi)
{
    // A rollup counts only when its whole period lies in the level's time, so it never
    // overlaps the finer level after it (and points stay in time order).
    if (periodMs > 0)
        hi -= periodMs - 1;
    lo = std::max(lo, fromMs);
    hi = std::min(hi, toMs + 1);
    if (lo >= hi)
        return false;
    q.setForwardOnly(true);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":host"), host);
    if (!key.isNull())
        q.bindValue(QStringLiteral(":key"), key);
    q.bindValue(QStringLiteral(":from"), fromMs);
    q.bindValue(QStringLiteral(":bucket"), bucketMs);
    q.bindValue(QStringLiteral(":lo"), lo);
    q.bindValue(QStringLiteral(":hi"), hi);
    if (periodMs > 0) {
        q.bindValue(QStringLiteral(":period"), periodMs);
        q.bindValue(QStringLiteral(":half"), periodMs / 2);
    }
    return q.exec();
}

struct Level
{
    QString sql;
    qint64 periodMs; ///< 0 for raw samples
    qint64 lo;
    qint64 hi;
};

QList<Level> levels(const LevelSpans &spans, const QString &rawSql, const QString &rollupSql)
{
    return {{rollupSql, HistoryStore::kDayMs, std::numeric_limits<qint64>::min(), spans.hourlyFrom},
            {rollupSql, HistoryStore::kHourMs, spans.hourlyFrom, spans.rawFrom},
            {rawSql, 0, spans.rawFrom, kNever}};
}

} // namespace

qint64 bucketWidth(qint64 fromMs, qint64 toMs, int columns)
{
    const qint64 span = std::max<qint64>(1, toMs - fromMs + 1);
    const qint64 n = std::max(1, columns);
    return std::max<qint64>(1, (span + n - 1) / n);
}

QList<UsageBucket> usageBuckets(const HistoryStore &store, const QString &host,
                                const QString &mount, qint64 fromMs, qint64 toMs, int columns)
{
    toMs = std::min(toMs, kNever - 1);
    const qint64 bucketMs = bucketWidth(fromMs, toMs, columns);
    const qint64 rawStart = firstTime(
        store,
        QStringLiteral("SELECT MIN(time) FROM volume_samples WHERE host = :host AND mount = :key"),
        host, mount);
    const qint64 hourlyStart =
        firstTime(store,
                  QStringLiteral("SELECT MIN(start) FROM volume_rollups WHERE host = :host AND "
                                 "mount = :key AND period = %1")
                      .arg(HistoryStore::kHourMs),
                  host, mount);
    const QString rawSql = QStringLiteral(
        "SELECT (time - :from) / :bucket AS b, MIN(used_bytes), MAX(used_bytes), "
        "MAX(total_bytes), MIN(time), MAX(time) FROM volume_samples WHERE host = :host AND "
        "mount = :key AND time >= :lo AND time < :hi AND used_bytes IS NOT NULL AND "
        "total_bytes IS NOT NULL GROUP BY b");
    const QString rollupSql = QStringLiteral(
        "SELECT (start - :from) / :bucket AS b, MIN(used_min), MAX(used_max), "
        "MAX(total_bytes), MIN(start) + :half, MAX(start) + :half FROM volume_rollups WHERE "
        "host = :host AND mount = :key AND period = :period AND start >= :lo AND start < :hi "
        "GROUP BY b");

    struct Column
    {
        UsageBucket bucket;
        qint64 firstMs;
        qint64 lastMs;
    };
    QMap<qint64, Column> columnsByIndex; // a column at a level boundary gets two levels
    QSqlQuery q(store.database());
    for (const Level &level :
         levels(levelSpans(store, rawStart, hourlyStart, bucketMs), rawSql, rollupSql)) {
        if (!runLevel(q, level.sql, host, mount, fromMs, toMs, bucketMs, level.periodMs, level.lo,
                      level.hi))
            continue;
        while (q.next()) {
            const qint64 index = q.value(0).toLongLong();
            const qint64 usedMin = q.value(1).toLongLong();
            const qint64 usedMax = q.value(2).toLongLong();
            const qint64 total = q.value(3).toLongLong();
            const qint64 first = q.value(4).toLongLong();
            const qint64 last = q.value(5).toLongLong();
            auto it = columnsByIndex.find(index);
            if (it == columnsByIndex.end()) {
                columnsByIndex.insert(index, {{0, usedMin, usedMax, total}, first, last});
                continue;
            }
            Column &column = it.value();
            column.bucket.usedMin = std::min(column.bucket.usedMin, usedMin);
            column.bucket.usedMax = std::max(column.bucket.usedMax, usedMax);
            column.bucket.totalBytes = std::max(column.bucket.totalBytes, total);
            column.firstMs = std::min(column.firstMs, first);
            column.lastMs = std::max(column.lastMs, last);
        }
    }
    QList<UsageBucket> buckets;
    buckets.reserve(columnsByIndex.size());
    for (Column &column : columnsByIndex) {
        column.bucket.timeMs = column.firstMs + (column.lastMs - column.firstMs) / 2;
        buckets.append(column.bucket);
    }
    return buckets;
}

CategoryBuckets categoryBuckets(const HistoryStore &store, const QString &host, qint64 fromMs,
                                qint64 toMs, int columns)
{
    toMs = std::min(toMs, kNever - 1);
    const qint64 bucketMs = bucketWidth(fromMs, toMs, columns);
    const qint64 rawStart = firstTime(
        store, QStringLiteral("SELECT MIN(time) FROM category_samples WHERE host = :host"), host,
        QString());
    const qint64 hourlyStart = firstTime(
        store,
        QStringLiteral("SELECT MIN(start) FROM category_rollups WHERE host = :host AND period = %1")
            .arg(HistoryStore::kHourMs),
        host, QString());
    const QString rawSql = QStringLiteral(
        "SELECT category, (time - :from) / :bucket AS b, AVG(bytes) FROM "
        "(SELECT category, time, SUM(bytes) AS bytes FROM category_samples WHERE host = :host "
        "AND time >= :lo AND time < :hi GROUP BY probe_id, category) GROUP BY category, b");
    const QString rollupSql = QStringLiteral(
        "SELECT category, (start - :from) / :bucket AS b, "
        "SUM(bytes_mean * samples) / SUM(samples) FROM category_rollups WHERE host = :host AND "
        "period = :period AND start >= :lo AND start < :hi GROUP BY category, b");

    // column index -> category -> (sum of means, levels that contributed)
    QMap<qint64, QMap<QString, QPair<double, int>>> grid;
    QSqlQuery q(store.database());
    for (const Level &level :
         levels(levelSpans(store, rawStart, hourlyStart, bucketMs), rawSql, rollupSql)) {
        if (!runLevel(q, level.sql, host, QString(), fromMs, toMs, bucketMs, level.periodMs,
                      level.lo, level.hi))
            continue;
        while (q.next()) {
            QPair<double, int> &cell = grid[q.value(1).toLongLong()][q.value(0).toString()];
            cell.first += q.value(2).toDouble();
            cell.second += 1;
        }
    }
    CategoryBuckets result;
    QMap<QString, int> rows;
    for (const auto &cells : std::as_const(grid)) {
        for (auto it = cells.begin(); it != cells.end(); ++it)
            rows.insert(it.key(), 0);
    }
    result.categories = rows.keys();
    for (int c = 0; c < result.categories.size(); ++c)
        rows[result.categories.at(c)] = c;
    result.bytes.resize(result.categories.size());
    for (auto it = grid.cbegin(); it != grid.cend(); ++it) {
        result.timesMs.append(fromMs + it.key() * bucketMs + bucketMs / 2);
        for (QList<double> &row : result.bytes)
            row.append(0);
        for (auto cell = it->cbegin(); cell != it->cend(); ++cell)
            result.bytes[rows.value(cell.key())].last() = cell->first / cell->second;
    }
    return result;
}

QList<QPointF> usagePercentLine(const QList<UsageBucket> &buckets)
{
    QList<QPointF> points;
    points.reserve(2 * buckets.size());
    for (const UsageBucket &bucket : buckets) {
        if (bucket.totalBytes <= 0)
            continue;
        const double x = double(bucket.timeMs);
        const double low = 100.0 * double(bucket.usedMin) / double(bucket.totalBytes);
        const double high = 100.0 * double(bucket.usedMax) / double(bucket.totalBytes);
        if (bucket.usedMin == bucket.usedMax) {
            points.append({x, low});
        } else if (points.isEmpty() || points.last().y() <= (low + high) / 2) {
            points.append({x, low});
            points.append({x, high});
        } else {
            points.append({x, high});
            points.append({x, low});
        }
    }
    return points;
}

} // namespace qm
