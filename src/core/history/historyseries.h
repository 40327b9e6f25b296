#pragma once

#include "historystore.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace qm {

/// One column of a chart: the least and greatest used bytes of a volume within it, and
/// its least and greatest used % (used / (used + available), as df, the Dashboard and
/// the alerts count it).
struct UsageBucket
{
    qint64 timeMs = 0; ///< the middle of the samples (or rollups) that fell in the column
    qint64 usedMin = 0;
    qint64 usedMax = 0;
    qint64 totalBytes = 0; ///< the largest size seen in the column
    /// From the samples that recorded their available bytes; -1 when none did (history
    /// from before Quartermaster kept them, or imported without them).
    double percentMin = -1;
    double percentMax = -1;
};

/// A used-% line of one volume: `recorded` where the samples recorded their available
/// bytes (used / (used + available)); `estimated` where they did not, at used / size,
/// which reads lower than df by the blocks reserved for root — charts draw it apart
/// (dotted) and say so. Each list is oldest first.
struct PercentLine
{
    QList<QPointF> recorded;
    QList<QPointF> estimated;
};

/// The data categories of a host over time, on one grid of columns so they stack:
/// `bytes[c][i]` is the mean size of `categories[c]` in the column at `timesMs[i]`
/// (zero when the category was absent there). Columns without any probe are left out.
struct CategoryBuckets
{
    QList<qint64> timesMs; ///< the middle of each column
    QStringList categories;
    QList<QList<double>> bytes;
};

/// The width of one of `columns` columns over [fromMs, toMs], at least 1 ms.
qint64 bucketWidth(qint64 fromMs, qint64 toMs, int columns);

/// A volume's usage over [fromMs, toMs] for a chart `columns` pixels wide: one bucket
/// per column with data, min and max worked out by SQLite. Each column is read from the
/// coarsest level that still resolves it, a period at most twice the column's width —
/// daily rollups for columns of 12 hours or more, six-hourly ones for 3 hours, hourly
/// ones for 30 minutes, ten-minute ones for 5 minutes, else raw samples — and older
/// time, which the finer levels no longer keep, from the next coarser level. So a year
/// of minute samples costs as much as 1,460 six-hourly rollups. Oldest first.
QList<UsageBucket> usageBuckets(const HistoryStore &store, const QString &host,
                                const QString &mount, qint64 fromMs, qint64 toMs, int columns);

/// The data categories of `host` over [fromMs, toMs] in `columns` columns, levels chosen
/// as for usageBuckets(); a category's figure at one probe is its sum over the host's
/// data roots. Categories sorted by name.
CategoryBuckets categoryBuckets(const HistoryStore &store, const QString &host, qint64 fromMs,
                                qint64 toMs, int columns);

/// The points of a used-% line through `buckets`: a column's min and max (one point when
/// they are equal), in the order that continues the line from the column before, so a
/// rising line stays a line and a spike stays visible. At most 2 points per bucket. A
/// column without a recorded used % goes to `estimated` at usedMin / totalBytes and
/// usedMax / totalBytes; a column with neither figure is left out.
PercentLine usagePercentLine(const QList<UsageBucket> &buckets);

/// The forecast of one volume (forecastVolume()) over the `windowSecs` before its
/// newest sample, read from the history at the level a fit needs: windows of up to a
/// day from the raw samples (and, where those are gone, the hourly means), longer ones
/// from hourly means wherever hours are rolled up and raw samples after them. Every
/// mean sits at the mean time of its samples, so a volume that fills at a steady rate
/// gives that rate at every window. What the Trends page and `qmctl history forecast`
/// show.
Forecast volumeForecast(const HistoryStore &store, const QString &host, const QString &mount,
                        qint64 windowSecs, std::optional<double> maxPercent = std::nullopt);

/// `points` (oldest first) with the points dropped that lie at most `tolerancePixels`
/// above or below the straight line between the points kept on either side, on a chart
/// where one pixel is `xPerPixel` wide and `yPerPixel` high: the same line on screen,
/// give or take that tolerance, in far fewer points where usage changes smoothly. The
/// first and last points always stay. Unchanged when a scale is not positive.
QList<QPointF> simplifyLine(const QList<QPointF> &points, double xPerPixel, double yPerPixel,
                            double tolerancePixels = 0.5);

} // namespace qm
