#pragma once

#include <QChartView>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace qm {

/// One line of the usage chart: a host's volume, its used % (already decimated to at
/// most two points a pixel column) and, when there is one, its forecast.
struct UsageLine
{
    QString name; ///< "host:/mount"
    QList<QPointF> points;
    QList<QPointF> forecast; ///< empty: no forecast
};

/// A horizontal line across the chart (max_disk_usage_percent, the target).
struct ThresholdLine
{
    QString name;
    double percent = 0;
    QColor color;
};

/// The charts of the Trends page, over QtCharts and behind this interface: a time axis
/// (ms since the epoch) and either used % lines with thresholds and dashed forecasts,
/// or stacked areas of bytes. Wheel zooms the time axis around the pointer, dragging
/// pans it, a double click goes back to the whole range; each emits rangeRequested()
/// so the page reads the new range at the new resolution. Hovering a line shows its
/// value; clicking a legend entry hides or shows its series.
class TrendsChart : public QChartView
{
    Q_OBJECT

public:
    explicit TrendsChart(QWidget *parent = nullptr);

    /// Shows used % lines over [fromMs, toMs] with `thresholds`.
    void setUsage(const QList<UsageLine> &lines, const QList<ThresholdLine> &thresholds,
                  qint64 fromMs, qint64 toMs);
    /// Shows stacked areas: `bytes[c][i]` of `names[c]` at `timesMs[i]`.
    void setStacked(const QList<qint64> &timesMs, const QStringList &names,
                    const QList<QList<double>> &bytes, qint64 fromMs, qint64 toMs);

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

private:
    /// Removes every series and sets the time axis to [fromMs, toMs].
    void clear(qint64 fromMs, qint64 toMs);
    void setTimeSpan(qint64 fromMs, qint64 toMs);
    /// When the chart shows line series named `names`, in this order, gives them
    /// `points` and returns true: a range change keeps the series (and which of them
    /// the legend hid) and costs QtCharts no new items. False, changing nothing, when
    /// the series differ.
    bool replacePoints(const QStringList &names, const QList<QList<QPointF>> &points);
    void attach(QAbstractSeries *series, bool legend = true);
    void connectLegend();
    qint64 timeAt(double x) const;

    QDateTimeAxis *m_time;
    QValueAxis *m_value;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    std::optional<QPoint> m_dragFrom;
    qint64 m_dragFromMs = 0;
    qint64 m_dragToMs = 0;
};

} // namespace qm
