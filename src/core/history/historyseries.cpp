#include "historyseries.h"

#include <QMap>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <limits>

namespace qm {

namespace {

constexpr qint64 kNever = std::numeric_limits<qint64>::max();

/// The rollup periods, finest first; raw samples come before all of them.
constexpr qint64 kRollupPeriods[] = {HistoryStore::kTenMinutesMs, HistoryStore::kHourMs,
                                     HistoryStore::kSixHoursMs, HistoryStore::kDayMs};
constexpr int kLevels = 1 + int(std::size(kRollupPeriods)); ///< raw, then the rollups

/// The period of level `level` (0: raw samples, then kRollupPeriods in order).
constexpr qint64 periodOf(int level)
{
    return level == 0 ? 0 : kRollupPeriods[level - 1];
}

/// Per level, where its data starts (kNever when it has none), or from when it serves.
using LevelTimes = std::array<qint64, kLevels>;

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

/// The first time of each level of one series: `rawSql` gives the raw one, `rollupSql`
/// (with %1 for the period) the rollups'.
LevelTimes levelStarts(const HistoryStore &store, const QString &host, const QString &key,
                       const QString &rawSql, const QString &rollupSql)
{
    LevelTimes starts;
    starts[0] = firstTime(store, rawSql, host, key);
    for (int level = 1; level < kLevels; ++level)
        starts[level] = firstTime(store, rollupSql.arg(periodOf(level)), host, key);
    return starts;
}

/// Whether a rollup of `periodMs` is fine enough for columns `bucketMs` wide: when a
/// column spans at least half of it. A rollup keeps its period's min and max, so at
/// most two columns share one and a spike stays as high; a year at 1,600 pixels reads
/// 1,460 six-hourly rollups a volume rather than 8,760 hourly ones.
bool levelResolves(qint64 periodMs, qint64 bucketMs)
{
    return bucketMs * 2 >= periodMs;
}

/// From when each level serves: each finer level from its first data on, but not where
/// a column is wide enough for the next coarser level's complete rollups, and never
/// after a finer level begins. The coarsest (daily) serves everything before.
LevelTimes levelSpans(const HistoryStore &store, const LevelTimes &starts, qint64 bucketMs)
{
    LevelTimes from;
    for (int level = 0; level < kLevels; ++level) {
        const qint64 start = starts[level];
        qint64 serves = start;
        if (level + 1 < kLevels && start != kNever && levelResolves(periodOf(level + 1), bucketMs))
            serves = std::max(start, store.rolledUpUntil(periodOf(level + 1)));
        from[level] = level == 0 ? serves : std::min(serves, from[level - 1]);
    }
    from[kLevels - 1] = std::numeric_limits<qint64>::min();
    return from;
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

/// The levels' queries in time order, coarsest (oldest) first.
QList<Level> levels(const LevelTimes &from, const QString &rawSql, const QString &rollupSql)
{
    QList<Level> result;
    for (int level = kLevels - 1; level >= 0; --level)
        result.append({level == 0 ? rawSql : rollupSql, periodOf(level), from[level],
                       level == 0 ? kNever : from[level - 1]});
    return result;
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
    const LevelTimes starts = levelStarts(
        store, host, mount,
        QStringLiteral("SELECT MIN(time) FROM volume_samples WHERE host = :host AND mount = :key"),
        QStringLiteral("SELECT MIN(start) FROM volume_rollups WHERE host = :host AND mount = :key "
                       "AND period = %1"));
    // Rows in time order, each with its column; consecutive rows of one column are
    // merged here. (SQLite's GROUP BY would sort them in a temporary B-tree first:
    // ten times the cost of reading them in the order the index already gives.)
    // Raw rows carry their available bytes (the used % is worked out here, once a row);
    // rollups their used % range.
    const QString rawSql = QStringLiteral(
        "SELECT (time - :from) / :bucket, used_bytes, used_bytes, total_bytes, time, "
        "available_bytes FROM volume_samples WHERE host = :host AND mount = :key AND "
        "time >= :lo AND time < :hi AND used_bytes IS NOT NULL AND total_bytes IS NOT NULL "
        "ORDER BY time");
    // A rollup at the mean time of its samples (the middle for rollups made before it
    // was kept).
    const QString rollupSql = QStringLiteral(
        "SELECT (start - :from) / :bucket, used_min, used_max, total_bytes, "
        "COALESCE(CAST(time_mean AS INTEGER), start + :half), used_percent_min, "
        "used_percent_max FROM volume_rollups WHERE host = :host AND mount = :key AND "
        "period = :period AND start >= :lo AND start < :hi ORDER BY start");

    QList<UsageBucket> buckets;
    qint64 column = std::numeric_limits<qint64>::min();
    qint64 firstMs = 0;
    qint64 lastMs = 0;
    const auto finishColumn = [&] {
        if (!buckets.isEmpty())
            buckets.last().timeMs = firstMs + (lastMs - firstMs) / 2;
    };
    QSqlQuery q(store.database());
    // Levels come in time order, so columns only ever move forward; a column at a level
    // boundary gets rows of both.
    for (const Level &level : levels(levelSpans(store, starts, bucketMs), rawSql, rollupSql)) {
        if (!runLevel(q, level.sql, host, mount, fromMs, toMs, bucketMs, level.periodMs, level.lo,
                      level.hi))
            continue;
        const bool raw = level.periodMs == 0;
        while (q.next()) {
            const qint64 index = q.value(0).toLongLong();
            const qint64 usedMin = q.value(1).toLongLong();
            const qint64 usedMax = raw ? usedMin : q.value(2).toLongLong();
            const qint64 total = q.value(3).toLongLong();
            const qint64 time = q.value(4).toLongLong();
            double low = -1;
            double high = -1;
            if (raw) {
                if (!q.isNull(5))
                    low = high =
                        VolumePoint{time, usedMin, total, q.value(5).toLongLong()}.usedPercent();
            } else if (!q.isNull(5)) {
                low = q.value(5).toDouble();
                high = q.value(6).toDouble();
            }
            if (index != column) {
                finishColumn();
                buckets.append({0, usedMin, usedMax, total});
                column = index;
                firstMs = time;
            } else {
                UsageBucket &bucket = buckets.last();
                bucket.usedMin = std::min(bucket.usedMin, usedMin);
                bucket.usedMax = std::max(bucket.usedMax, usedMax);
                bucket.totalBytes = std::max(bucket.totalBytes, total);
            }
            if (low >= 0) {
                UsageBucket &bucket = buckets.last();
                const bool first = bucket.percentMin < 0;
                bucket.percentMin = first ? low : std::min(bucket.percentMin, low);
                bucket.percentMax = first ? high : std::max(bucket.percentMax, high);
            }
            lastMs = time;
        }
    }
    finishColumn();
    return buckets;
}

CategoryBuckets categoryBuckets(const HistoryStore &store, const QString &host, qint64 fromMs,
                                qint64 toMs, int columns)
{
    toMs = std::min(toMs, kNever - 1);
    const qint64 bucketMs = bucketWidth(fromMs, toMs, columns);
    const LevelTimes starts =
        levelStarts(store, host, QString(),
                    QStringLiteral("SELECT MIN(time) FROM category_samples WHERE host = :host"),
                    QStringLiteral("SELECT MIN(start) FROM category_rollups WHERE host = :host AND "
                                   "period = %1"));
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
    for (const Level &level : levels(levelSpans(store, starts, bucketMs), rawSql, rollupSql)) {
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

PercentLine usagePercentLine(const QList<UsageBucket> &buckets)
{
    PercentLine line;
    const auto add = [](QList<QPointF> &points, double x, double low, double high) {
        if (low == high) {
            points.append({x, low});
        } else if (points.isEmpty() || points.last().y() <= (low + high) / 2) {
            points.append({x, low});
            points.append({x, high});
        } else {
            points.append({x, high});
            points.append({x, low});
        }
    };
    line.recorded.reserve(2 * buckets.size());
    for (const UsageBucket &bucket : buckets) {
        const double x = double(bucket.timeMs);
        if (bucket.percentMin >= 0) {
            add(line.recorded, x, bucket.percentMin, bucket.percentMax);
        } else if (bucket.totalBytes > 0) {
            add(line.estimated, x, 100.0 * double(bucket.usedMin) / double(bucket.totalBytes),
                100.0 * double(bucket.usedMax) / double(bucket.totalBytes));
        }
    }
    return line;
}

Forecast volumeForecast(const HistoryStore &store, const QString &host, const QString &mount,
                        qint64 windowSecs, std::optional<double> maxPercent)
{
    const std::optional<qint64> newest = store.newestTime(host, mount);
    if (!newest)
        return forecastVolume({}, windowSecs, maxPercent);
    const qint64 windowMs = windowSecs * 1000;
    const qint64 resolutionMs = windowMs > HistoryStore::kDayMs ? HistoryStore::kHourMs : 0;
    return forecastVolume(
        store.volumeHistory(host, mount, *newest - windowMs, *newest, resolutionMs), windowSecs,
        maxPercent);
}

QList<QPointF> simplifyLine(const QList<QPointF> &points, double xPerPixel, double yPerPixel,
                            double tolerancePixels)
{
    const qsizetype n = points.size();
    if (n < 3 || !(xPerPixel > 0) || !(yPerPixel > 0))
        return points;
    const auto px = [&](qsizetype i) { return points[i].x() / xPerPixel; };
    const auto py = [&](qsizetype i) { return points[i].y() / yPerPixel; };
    constexpr double kInfinity = std::numeric_limits<double>::infinity();
    QList<QPointF> kept{points.first()};
    // From each kept point (the anchor), the line runs on to the farthest point it can
    // reach with every point in between at most the tolerance above or below it. The
    // slopes that pass all points seen so far narrow to a window; a point whose own
    // slope lies in the window can end the line. Once the window is empty the last such
    // point is kept and becomes the anchor. A zigzag closes the window at once, a smooth
    // line keeps it open a long way: either way each point is looked at a few times,
    // where Ramer–Douglas–Peucker takes quadratic time on a zigzag.
    qsizetype anchor = 0;
    while (anchor < n - 1) {
        double low = -kInfinity;
        double high = kInfinity;
        qsizetype end = anchor + 1; // a neighbour can always end the line
        for (qsizetype i = anchor + 1; i < n; ++i) {
            const double dx = px(i) - px(anchor);
            const double dy = py(i) - py(anchor);
            if (dx <= 0) {
                // Straight above or below the anchor: only within the tolerance of it.
                if (std::abs(dy) > tolerancePixels)
                    break;
                if (low == -kInfinity && high == kInfinity)
                    end = i;
                continue;
            }
            const double slope = dy / dx;
            if (slope >= low && slope <= high)
                end = i;
            low = std::max(low, (dy - tolerancePixels) / dx);
            high = std::min(high, (dy + tolerancePixels) / dx);
            if (low > high)
                break;
        }
        kept.append(points[end]);
        anchor = end;
    }
    return kept;
}

} // namespace qm
