#pragma once

#include "chartscales.h"

#include <QChartView>
#include <QList>
#include <QPen>
#include <QPointF>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QCategoryAxis;
class QGraphicsSimpleTextItem;
class QLabel;
class QValueAxis;
QT_END_NAMESPACE

namespace qm {

/// One line of the usage chart: a host's volume, its used % (already decimated to at
/// most two points a pixel column) and, when there is one, its forecast.
struct UsageLine
{
    QString name;             ///< "host:/mount"
    QList<QPointF> points;    ///< used / (used + available), where that was recorded
    QList<QPointF> estimated; ///< used / size where it was not: drawn dotted
    QList<QPointF> forecast;  ///< empty: no forecast
};

/// A horizontal line across the chart (max_disk_usage_percent, the target).
struct ThresholdLine
{
    QString name;
    double percent = 0;
    QColor color;
};

/// The charts of the Trends page, over QtCharts and behind this interface: a time axis
/// (ms since the epoch) with ticks at round local times (timeTicks()) that ends where
/// the range does, and either used % lines with thresholds and dashed forecasts, or
/// stacked areas of bytes on an axis of power-of-two steps (byteScale()). Lines take
/// the colours and dash patterns of chartPen() in order; a grey line marks "now" when
/// the range holds it. With nothing to show, the chart says why in words
/// (setEmptyText()) instead of drawing empty axes. Hovering near a line (or over an
/// area) shows its name, time and value in a tool tip; wheel zooms the time axis around
/// the pointer, dragging pans it, a double click goes back to the whole range — each
/// emits rangeRequested() or resetRequested() so the page reads the history again.
/// Clicking a legend entry hides or shows its series (with its forecast).
class TrendsChart : public QChartView
{
    Q_OBJECT

public:
    explicit TrendsChart(QWidget *parent = nullptr);

    /// Shows used % lines over [fromMs, toMs] with `thresholds`, and the "now" line at
    /// `nowMs` when the range holds it.
    void setUsage(const QList<UsageLine> &lines, const QList<ThresholdLine> &thresholds,
                  qint64 fromMs, qint64 toMs, std::optional<qint64> nowMs = std::nullopt);
    /// Shows stacked areas: `bytes[c][i]` of `names[c]` at `timesMs[i]`.
    void setStacked(const QList<qint64> &timesMs, const QStringList &names,
                    const QList<QList<double>> &bytes, qint64 fromMs, qint64 toMs,
                    std::optional<qint64> nowMs = std::nullopt);

    /// Shows `text` over the chart in place of its axes and legend (why there is
    /// nothing to draw); an empty text shows the chart again.
    void setEmptyText(const QString &text);
    QString emptyText() const;

    /// The ticks of the time axis as shown.
    QList<TimeTick> timeTicks() const { return m_ticks; }
    /// The time axis' range.
    qint64 fromMs() const { return m_fromMs; }
    qint64 toMs() const { return m_toMs; }

    /// The pixel columns the plot has, for decimation.
    int plotColumns() const;
    /// The pixel rows the plot has, for the same.
    int plotRows() const;

    /// The series shown, by name (for tests and the CSV export).
    QStringList seriesNames() const;

Q_SIGNALS:
    /// The user zoomed or panned to [fromMs, toMs].
    void rangeRequested(qint64 fromMs, qint64 toMs);
    /// The user double-clicked: back to the range the page chose.
    void resetRequested();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// One line series to show: what it is (`role`), the line it belongs to (`of`,
    /// for forecasts and estimated stretches) and whether the legend lists it.
    struct LineSpec
    {
        QString name;
        QString role;
        QString of;
        QList<QPointF> points;
        QPen pen;
        bool legend = true;
    };
    enum class Mode { Usage, Stacked };

    /// Shows `specs`: when the chart shows line series of the same names and roles, in
    /// this order, only their points change (a range change keeps which of them the
    /// legend hid, and costs QtCharts no new items); otherwise they replace all.
    void showLines(const QList<LineSpec> &specs);
    void setTimeSpan(qint64 fromMs, qint64 toMs, std::optional<qint64> nowMs);
    /// Ticks for the plot's width, when they differ from those shown.
    void updateTimeTicks();
    void placeNowLabel();
    void attach(QAbstractSeries *series, bool legend);
    void connectLegend();
    qint64 timeAt(double x) const;
    /// What the pointer at `viewportPos` points at, for its tool tip; empty for nothing.
    QString hoverText(const QPointF &viewportPos) const;
    QString stackedHoverText(const QPointF &pos, double timeMs, double value) const;

    QCategoryAxis *m_time;
    QValueAxis *m_value;
    QLabel *m_empty;
    QGraphicsSimpleTextItem *m_nowLabel;
    Mode m_mode = Mode::Usage;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 1;
    std::optional<qint64> m_nowMs;
    QList<TimeTick> m_ticks;
    double m_unitBytes = 1; ///< of the stacked chart's value axis
    QList<qint64> m_stackTimes;
    QStringList m_stackNames;
    QList<QList<double>> m_stackBytes;
    std::optional<QPoint> m_dragFrom;
    qint64 m_dragFromMs = 0;
    qint64 m_dragToMs = 0;
};

} // namespace qm
