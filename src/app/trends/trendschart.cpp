#include "trendschart.h"

#include "chartpalette.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QSet>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace qm {

namespace {

constexpr qint64 kMinSpanMs = 10 * 60 * 1000; // zooming stops at ten minutes
constexpr int kTickPixels = 70;               // room for one time label
constexpr int kValueTickPixels = 45;          // room for one value label

// Roles of the line series (the "role" property): the line of a volume, where its free
// space was not recorded, its forecast, a threshold, the present.
const QString kUsage = QStringLiteral("usage");
const QString kEstimated = QStringLiteral("estimated");
const QString kForecast = QStringLiteral("forecast");
const QString kThreshold = QStringLiteral("threshold");
const QString kNow = QStringLiteral("now");
const char *const kRole = "role";
const char *const kOf = "of";

const QColor kNowColour(0x80, 0x80, 0x80);

QPen nowPen()
{
    QPen pen(kNowColour);
    pen.setWidthF(1);
    pen.setCosmetic(true);
    pen.setStyle(Qt::DashDotLine);
    return pen;
}

} // namespace

TrendsChart::TrendsChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_time(new QCategoryAxis)
    , m_value(new QValueAxis)
    , m_empty(new QLabel(viewport()))
    , m_nowLabel(new QGraphicsSimpleTextItem(tr("now"), chart()))
{
    setRenderHint(QPainter::Antialiasing);
    // Labels on the round times themselves, not between them.
    m_time->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    chart()->addAxis(m_time, Qt::AlignBottom);
    chart()->addAxis(m_value, Qt::AlignLeft);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    m_nowLabel->setBrush(kNowColour);
    m_nowLabel->setZValue(10);
    m_nowLabel->hide();
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    connect(chart(), &QChart::plotAreaChanged, this, [this] {
        updateTimeTicks();
        placeNowLabel();
    });
}

void TrendsChart::setEmptyText(const QString &text)
{
    const bool empty = !text.isEmpty();
    if (empty)
        chart()->removeAllSeries(); // no threshold or "now" line over the words
    m_empty->setText(text);
    m_empty->setVisible(empty);
    m_time->setVisible(!empty);
    m_value->setVisible(!empty);
    chart()->legend()->setVisible(!empty);
    placeNowLabel();
}

QString TrendsChart::emptyText() const
{
    return m_empty->isHidden() ? QString() : m_empty->text();
}

void TrendsChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    m_empty->setGeometry(viewport()->rect().adjusted(24, 24, -24, -24));
}

void TrendsChart::setTimeSpan(qint64 fromMs, qint64 toMs, std::optional<qint64> nowMs)
{
    m_fromMs = fromMs;
    m_toMs = std::max(toMs, fromMs + 1);
    m_nowMs = nowMs && *nowMs >= m_fromMs && *nowMs <= m_toMs ? nowMs : std::nullopt;
    m_time->setRange(double(m_fromMs), double(m_toMs));
    m_ticks.clear(); // the range changed: new ticks even if they read the same
    updateTimeTicks();
    placeNowLabel();
}

void TrendsChart::updateTimeTicks()
{
    const int columns = plotColumns();
    QList<TimeTick> ticks = qm::timeTicks(m_fromMs, m_toMs, std::max(2, columns / kTickPixels));
    // A label centred on a tick at the very edge would be cut off.
    const double edgeMs = double(m_toMs - m_fromMs) / columns * kTickPixels / 2;
    ticks.removeIf([&](const TimeTick &tick) {
        return double(tick.timeMs - m_fromMs) < edgeMs || double(m_toMs - tick.timeMs) < edgeMs;
    });
    if (ticks == m_ticks && m_time->startValue() == double(m_fromMs))
        return;
    m_ticks = ticks;
    const QStringList old = m_time->categoriesLabels();
    for (const QString &label : old)
        m_time->remove(label);
    m_time->setStartValue(double(m_fromMs));
    // QCategoryAxis takes each label once: a label that repeats ("12:00" on two days)
    // gets zero-width spaces, which do not show.
    QSet<QString> seen;
    for (const TimeTick &tick : std::as_const(m_ticks)) {
        QString label = tick.label;
        while (seen.contains(label))
            label += QChar(0x200B);
        seen.insert(label);
        m_time->append(label, double(tick.timeMs));
    }
}

void TrendsChart::placeNowLabel()
{
    const QRectF plot = chart()->plotArea();
    if (!m_nowMs || !m_empty->isHidden() || plot.width() <= 0) {
        m_nowLabel->hide();
        return;
    }
    const double x =
        plot.left() + double(*m_nowMs - m_fromMs) / double(m_toMs - m_fromMs) * plot.width();
    m_nowLabel->setPos(x + 3, plot.top() + 1);
    m_nowLabel->show();
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
            marker->setVisible(true); // the entry stays, struck out, to bring it back
            QFont font = marker->font();
            font.setStrikeOut(!series->isVisible());
            marker->setFont(font);
            // The series' forecast and estimated stretch follow it.
            const QList<QAbstractSeries *> all = series->chart()->series();
            for (QAbstractSeries *other : all) {
                if (other != series && other->property(kOf).toString() == series->name())
                    other->setVisible(series->isVisible());
            }
        });
    }
}

void TrendsChart::showLines(const QList<LineSpec> &specs)
{
    const QList<QAbstractSeries *> all = chart()->series();
    bool same = all.size() == specs.size();
    for (qsizetype i = 0; same && i < all.size(); ++i) {
        const auto *line = qobject_cast<QLineSeries *>(all[i]);
        same = line && line->name() == specs[i].name &&
               line->property(kRole).toString() == specs[i].role;
    }
    // A line of one point is no line: it shows as a dot.
    const auto showPoints = [](QLineSeries *line, const LineSpec &spec) {
        line->setPointsVisible(spec.points.size() == 1);
        if (spec.points.size() == 1)
            line->setMarkerSize(5);
    };
    if (same) {
        for (qsizetype i = 0; i < all.size(); ++i) {
            auto *line = static_cast<QLineSeries *>(all[i]);
            line->replace(specs[i].points);
            if (line->pen() != specs[i].pen)
                line->setPen(specs[i].pen);
            if (line->pointsVisible() != (specs[i].points.size() == 1))
                showPoints(line, specs[i]);
        }
        return;
    }
    chart()->removeAllSeries();
    for (const LineSpec &spec : specs) {
        auto *series = new QLineSeries;
        series->setName(spec.name);
        series->setProperty(kRole, spec.role);
        series->setProperty(kOf, spec.of);
        series->replace(spec.points);
        attach(series, spec.legend);
        series->setPen(spec.pen);
        if (spec.points.size() == 1)
            showPoints(series, spec);
    }
    connectLegend();
}

void TrendsChart::setUsage(const QList<UsageLine> &lines, const QList<ThresholdLine> &thresholds,
                           qint64 fromMs, qint64 toMs, std::optional<qint64> nowMs)
{
    m_mode = Mode::Usage;
    m_stackTimes.clear();
    m_stackNames.clear();
    m_stackBytes.clear();
    const qint64 endMs = std::max(toMs, fromMs + 1);
    QList<LineSpec> specs;
    for (int i = 0; i < lines.size(); ++i) {
        const UsageLine &line = lines.at(i);
        const QPen pen = chartPen(i);
        specs.append({line.name, kUsage, QString(), line.points, pen, true});
        if (!line.estimated.isEmpty()) {
            QPen dotted = pen;
            dotted.setStyle(Qt::DotLine);
            specs.append({tr("%1 (used ÷ size)").arg(line.name), kEstimated, line.name,
                          line.estimated, dotted, false});
        }
        if (line.forecast.size() >= 2) {
            QPen dashed = pen;
            dashed.setStyle(Qt::DashLine);
            dashed.setWidthF(1.5);
            specs.append({tr("%1 (forecast)").arg(line.name), kForecast, line.name, line.forecast,
                          dashed, false});
        }
    }
    for (const ThresholdLine &threshold : thresholds) {
        QPen pen(threshold.color);
        pen.setStyle(Qt::DotLine);
        pen.setWidthF(1.5);
        specs.append({threshold.name,
                      kThreshold,
                      QString(),
                      {{double(fromMs), threshold.percent}, {double(endMs), threshold.percent}},
                      pen,
                      true});
    }
    if (nowMs && *nowMs >= fromMs && *nowMs <= endMs)
        specs.append({tr("now"),
                      kNow,
                      QString(),
                      {{double(*nowMs), 0}, {double(*nowMs), 100}},
                      nowPen(),
                      false});
    m_value->setRange(0, 100);
    m_value->setTickCount(6); // every 20 %
    m_value->setLabelFormat(QStringLiteral("%.0f %%"));
    m_value->setTitleText(tr("used"));
    showLines(specs);
    setTimeSpan(fromMs, toMs, nowMs);
}

void TrendsChart::setStacked(const QList<qint64> &timesMs, const QStringList &names,
                             const QList<QList<double>> &bytes, qint64 fromMs, qint64 toMs,
                             std::optional<qint64> nowMs)
{
    m_mode = Mode::Stacked;
    m_stackTimes = timesMs;
    m_stackNames = names;
    m_stackBytes = bytes;
    chart()->removeAllSeries();
    double largest = 0;
    for (int i = 0; i < timesMs.size(); ++i) {
        double sum = 0;
        for (const QList<double> &row : bytes)
            sum += row.at(i);
        largest = std::max(largest, sum);
    }
    // Steps of a power of two bytes (256 GiB, 64 MiB), labelled in a binary unit.
    const ByteScale scale = byteScale(largest, std::clamp(plotRows() / kValueTickPixels, 2, 8));
    m_unitBytes = scale.unitBytes;
    QList<double> below(timesMs.size(), 0.0);
    QLineSeries *lower = nullptr;
    for (int c = 0; c < names.size(); ++c) {
        auto *upper = new QLineSeries;
        for (int i = 0; i < timesMs.size(); ++i) {
            below[i] += bytes.at(c).at(i) / scale.unitBytes;
            upper->append(double(timesMs.at(i)), below.at(i));
        }
        auto *area = new QAreaSeries(upper, lower);
        area->setName(names.at(c));
        // The next area's floor is this one's top: a copy, owned by that area.
        lower = new QLineSeries;
        lower->replace(upper->points());
        attach(area, true);
        QColor fill = chartColour(c);
        area->setPen(QPen(fill, 1));
        fill.setAlpha(170);
        area->setBrush(fill);
    }
    delete lower; // the last top has no area above it
    const double top = scale.topBytes / scale.unitBytes;
    if (nowMs && *nowMs >= fromMs && *nowMs <= std::max(toMs, fromMs + 1)) {
        auto *now = new QLineSeries;
        now->setName(tr("now"));
        now->setProperty(kRole, kNow);
        now->append(double(*nowMs), 0);
        now->append(double(*nowMs), top);
        attach(now, false);
        now->setPen(nowPen());
    }
    m_value->setRange(0, top);
    m_value->setTickCount(scale.steps() + 1);
    m_value->setLabelFormat(QStringLiteral("%g ") + scale.unit);
    m_value->setTitleText(QString()); // the unit is in every label
    connectLegend();
    setTimeSpan(fromMs, toMs, nowMs);
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
        QToolTip::hideText();
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
    const QString text = hoverText(event->position());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, viewport());
    QChartView::mouseMoveEvent(event);
}

void TrendsChart::leaveEvent(QEvent *event)
{
    QToolTip::hideText();
    QChartView::leaveEvent(event);
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
