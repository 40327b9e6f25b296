#include "trendschart.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace qm {

namespace {

constexpr qint64 kMinSpanMs = 10 * 60 * 1000; // zooming stops at ten minutes

QString timeFormatFor(qint64 spanMs)
{
    if (spanMs <= 2 * 24 * 3600 * 1000LL)
        return QStringLiteral("MMM d HH:mm");
    if (spanMs <= 120 * 24 * 3600 * 1000LL)
        return QStringLiteral("MMM d");
    return QStringLiteral("MMM yyyy");
}

} // namespace

TrendsChart::TrendsChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_time(new QDateTimeAxis)
    , m_value(new QValueAxis)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->addAxis(m_time, Qt::AlignBottom);
    chart()->addAxis(m_value, Qt::AlignLeft);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    setMouseTracking(true);
}

void TrendsChart::clear(qint64 fromMs, qint64 toMs)
{
    chart()->removeAllSeries();
    setTimeSpan(fromMs, toMs);
}

void TrendsChart::setTimeSpan(qint64 fromMs, qint64 toMs)
{
    m_fromMs = fromMs;
    m_toMs = std::max(toMs, fromMs + 1);
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(m_fromMs),
                     QDateTime::fromMSecsSinceEpoch(m_toMs));
    m_time->setFormat(timeFormatFor(m_toMs - m_fromMs));
    m_time->setTickCount(std::clamp(width() / 140, 3, 12));
}

void TrendsChart::attach(QAbstractSeries *series, bool legend)
{
    chart()->addSeries(series);
    series->attachAxis(m_time);
    series->attachAxis(m_value);
    if (!legend) {
        const QList<QLegendMarker *> markers = chart()->legend()->markers(series);
        for (QLegendMarker *marker : markers)
            marker->setVisible(false);
    }
}

void TrendsChart::connectLegend()
{
    const QList<QLegendMarker *> markers = chart()->legend()->markers();
    for (QLegendMarker *marker : markers) {
        connect(marker, &QLegendMarker::clicked, this, [marker] {
            QAbstractSeries *series = marker->series();
            series->setVisible(!series->isVisible());
            marker->setVisible(true); // the entry stays, dimmed, to bring it back
            QFont font = marker->font();
            font.setStrikeOut(!series->isVisible());
            marker->setFont(font);
            // The series' dashed forecast follows it.
            const QList<QAbstractSeries *> all = series->chart()->series();
            for (QAbstractSeries *other : all) {
                if (other->property("forecastOf").toString() == series->name())
                    other->setVisible(series->isVisible());
            }
        });
    }
}

bool TrendsChart::replacePoints(const QStringList &names, const QList<QList<QPointF>> &points)
{
    const QList<QAbstractSeries *> all = chart()->series();
    if (all.size() != names.size())
        return false;
    QList<QLineSeries *> lines;
    for (int i = 0; i < all.size(); ++i) {
        auto *line = qobject_cast<QLineSeries *>(all[i]);
        if (!line || line->name() != names[i])
            return false;
        lines.append(line);
    }
    for (int i = 0; i < lines.size(); ++i)
        lines[i]->replace(points[i]);
    return true;
}

void TrendsChart::setUsage(const QList<UsageLine> &lines, const QList<ThresholdLine> &thresholds,
                           qint64 fromMs, qint64 toMs)
{
    // The series this chart is to show, in order, with their points.
    const qint64 endMs = std::max(toMs, fromMs + 1);
    QStringList names;
    QList<QList<QPointF>> points;
    for (const UsageLine &line : lines) {
        names.append(line.name);
        points.append(line.points);
        if (line.forecast.size() >= 2) {
            names.append(tr("%1 (forecast)").arg(line.name));
            points.append(line.forecast);
        }
    }
    for (const ThresholdLine &threshold : thresholds) {
        names.append(threshold.name);
        points.append({{double(fromMs), threshold.percent}, {double(endMs), threshold.percent}});
    }
    if (replacePoints(names, points)) {
        setTimeSpan(fromMs, toMs);
        return;
    }
    clear(fromMs, toMs);
    m_value->setRange(0, 100);
    m_value->setLabelFormat(QStringLiteral("%.0f %%"));
    m_value->setTitleText(tr("used"));
    for (const UsageLine &line : lines) {
        auto *series = new QLineSeries;
        series->setName(line.name);
        series->replace(line.points);
        attach(series);
        // A one-pixel cosmetic pen in the theme's colour: Qt's raster engine draws it
        // directly, where a wider one goes through the path stroker, many times slower
        // on thousands of points.
        QPen pen = series->pen();
        pen.setWidthF(1);
        pen.setCosmetic(true);
        series->setPen(pen);
        connect(series, &QLineSeries::hovered, this,
                [this, name = line.name](const QPointF &point, bool state) {
                    if (!state) {
                        QToolTip::hideText();
                        return;
                    }
                    QToolTip::showText(
                        QCursor::pos(),
                        tr("%1\n%2: %3 % used")
                            .arg(name, QLocale().toString(
                                           QDateTime::fromMSecsSinceEpoch(qint64(point.x())),
                                           QLocale::ShortFormat))
                            .arg(point.y(), 0, 'f', 1),
                        this);
                });
        if (line.forecast.size() >= 2) {
            auto *forecast = new QLineSeries;
            forecast->setName(tr("%1 (forecast)").arg(line.name));
            forecast->setProperty("forecastOf", line.name);
            forecast->replace(line.forecast);
            QPen dashed = forecast->pen();
            dashed.setStyle(Qt::DashLine);
            dashed.setColor(series->color());
            dashed.setWidthF(1.5);
            forecast->setPen(dashed);
            attach(forecast, false);
        }
    }
    for (const ThresholdLine &threshold : thresholds) {
        auto *series = new QLineSeries;
        series->setName(threshold.name);
        series->append(double(m_fromMs), threshold.percent);
        series->append(double(m_toMs), threshold.percent);
        QPen pen(threshold.color);
        pen.setStyle(Qt::DotLine);
        pen.setWidthF(1.5);
        series->setPen(pen);
        attach(series);
    }
    connectLegend();
}

void TrendsChart::setStacked(const QList<qint64> &timesMs, const QStringList &names,
                             const QList<QList<double>> &bytes, qint64 fromMs, qint64 toMs)
{
    clear(fromMs, toMs);
    // A byte axis in binary units, the largest that keeps the top stack at 1 or more.
    double largest = 0;
    for (int i = 0; i < timesMs.size(); ++i) {
        double sum = 0;
        for (const QList<double> &row : bytes)
            sum += row.at(i);
        largest = std::max(largest, sum);
    }
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    int unit = 0;
    double divisor = 1;
    while (unit < 5 && largest >= divisor * 1024) {
        divisor *= 1024;
        ++unit;
    }
    QList<double> below(timesMs.size(), 0.0);
    QLineSeries *lower = nullptr;
    for (int c = 0; c < names.size(); ++c) {
        auto *upper = new QLineSeries;
        for (int i = 0; i < timesMs.size(); ++i) {
            below[i] += bytes.at(c).at(i) / divisor;
            upper->append(double(timesMs.at(i)), below.at(i));
        }
        auto *area = new QAreaSeries(upper, lower);
        area->setName(names.at(c));
        // The next area's floor is this one's top: a copy, owned by that area.
        lower = new QLineSeries;
        lower->replace(upper->points());
        attach(area);
        connect(area, &QAreaSeries::hovered, this,
                [this, name = names.at(c),
                 unitName = QString::fromLatin1(units[unit])](const QPointF &point, bool state) {
                    if (!state) {
                        QToolTip::hideText();
                        return;
                    }
                    QToolTip::showText(
                        QCursor::pos(),
                        tr("%1\n%2: %3 %4 (stacked)")
                            .arg(name, QLocale().toString(
                                           QDateTime::fromMSecsSinceEpoch(qint64(point.x())),
                                           QLocale::ShortFormat))
                            .arg(point.y(), 0, 'f', 1)
                            .arg(unitName),
                        this);
                });
    }
    delete lower; // the last top has no area above it
    m_value->setRange(0, largest > 0 ? largest / divisor * 1.05 : 1);
    m_value->setLabelFormat(QStringLiteral("%.4g"));
    m_value->setTitleText(QString::fromLatin1(units[unit]));
    connectLegend();
}

int TrendsChart::plotColumns() const
{
    const int columns = int(chart()->plotArea().width());
    return columns > 50 ? columns : std::max(400, width() - 80);
}

int TrendsChart::plotRows() const
{
    const int rows = int(chart()->plotArea().height());
    return rows > 50 ? rows : std::max(200, height() - 80);
}

QStringList TrendsChart::seriesNames() const
{
    QStringList names;
    const QList<QAbstractSeries *> all = chart()->series();
    for (const QAbstractSeries *series : all)
        names.append(series->name());
    return names;
}

qint64 TrendsChart::timeAt(double x) const
{
    const QRectF plot = chart()->plotArea();
    const double fraction = plot.width() > 0 ? (x - plot.left()) / plot.width() : 0.5;
    return m_fromMs +
           qint64(std::llround(std::clamp(fraction, 0.0, 1.0) * double(m_toMs - m_fromMs)));
}

void TrendsChart::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0 || m_toMs <= m_fromMs) {
        event->ignore();
        return;
    }
    const qint64 at = timeAt(event->position().x());
    const double factor = std::pow(0.8, steps); // one notch in: 80 % of the span
    const qint64 from = at - qint64(double(at - m_fromMs) * factor);
    qint64 to = at + qint64(double(m_toMs - at) * factor);
    if (to - from < kMinSpanMs)
        to = from + kMinSpanMs;
    event->accept();
    Q_EMIT rangeRequested(from, to);
}

void TrendsChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && chart()->plotArea().contains(event->position())) {
        m_dragFrom = event->position().toPoint();
        m_dragFromMs = m_fromMs;
        m_dragToMs = m_toMs;
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void TrendsChart::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragFrom) {
        const double width = chart()->plotArea().width();
        if (width > 0) {
            const double dx = event->position().x() - m_dragFrom->x();
            const qint64 shift = qint64(dx / width * double(m_dragToMs - m_dragFromMs));
            if (shift != 0)
                Q_EMIT rangeRequested(m_dragFromMs - shift, m_dragToMs - shift);
        }
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void TrendsChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragFrom && event->button() == Qt::LeftButton) {
        m_dragFrom.reset();
        unsetCursor();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void TrendsChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    event->accept();
    Q_EMIT resetRequested();
}

} // namespace qm
