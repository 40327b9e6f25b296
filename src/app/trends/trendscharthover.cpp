// What the pointer points at on a TrendsChart: the nearest line within a few pixels,
// or the area under it, in words for the tool tip.
#include "core/units/datasize.h"
#include "trendschart.h"

#include <QDateTime>
#include <QLabel>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace qm {

namespace {

constexpr double kHoverPixels = 6; // how near a line the pointer must be

/// The point of segment [a, b] nearest to `p`, as a fraction of the way from a to b.
double nearestFraction(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double length = QPointF::dotProduct(ab, ab);
    if (length <= 0)
        return 0;
    return std::clamp(QPointF::dotProduct(p - a, ab) / length, 0.0, 1.0);
}

QString timeText(double timeMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(std::llround(timeMs))),
                              QLocale::ShortFormat);
}

QString percentText(double percent)
{
    return QLocale().toString(percent, 'f', 1);
}

} // namespace

QString TrendsChart::hoverText(const QPointF &viewportPos) const
{
    const QRectF plot = chart()->plotArea();
    if (!m_empty->isHidden() || plot.width() <= 0 || plot.height() <= 0 || m_toMs <= m_fromMs)
        return {};
    const QPointF pos = chart()->mapFromScene(mapToScene(viewportPos.toPoint()));
    if (!plot.adjusted(-kHoverPixels, -kHoverPixels, kHoverPixels, kHoverPixels).contains(pos))
        return {};
    const double xScale = plot.width() / double(m_toMs - m_fromMs); // pixels per ms
    const double yMin = m_value->min();
    const double yScale = plot.height() / std::max(1e-12, m_value->max() - yMin);
    const double mouseMs = double(m_fromMs) + (pos.x() - plot.left()) / xScale;
    const double mouseValue = yMin + (plot.bottom() - pos.y()) / yScale;
    if (m_mode == Mode::Stacked)
        return stackedHoverText(pos, mouseMs, mouseValue);

    const auto toPixel = [&](const QPointF &v) {
        return QPointF(plot.left() + (v.x() - double(m_fromMs)) * xScale,
                       plot.bottom() - (v.y() - yMin) * yScale);
    };
    const double slackMs = kHoverPixels / xScale;
    double best = kHoverPixels;
    const QLineSeries *found = nullptr;
    QPointF value;
    const QList<QAbstractSeries *> all = chart()->series();
    for (const QAbstractSeries *series : all) {
        const auto *line = qobject_cast<const QLineSeries *>(series);
        if (!line || !line->isVisible() || line->property("role").toString() == u"now")
            continue;
        // Points are in time order: only the segments near the pointer are looked at.
        const QList<QPointF> points = line->points();
        auto it = std::lower_bound(points.cbegin(), points.cend(), mouseMs - slackMs,
                                   [](const QPointF &p, double x) { return p.x() < x; });
        for (qsizetype i = std::max<qsizetype>(0, it - points.cbegin() - 1); i < points.size();
             ++i) {
            const QPointF a = toPixel(points[i]);
            const QPointF b = i + 1 < points.size() ? toPixel(points[i + 1]) : a;
            const double t = nearestFraction(pos, a, b);
            const QPointF nearest = a + t * (b - a);
            const double distance = std::hypot(pos.x() - nearest.x(), pos.y() - nearest.y());
            if (distance < best) {
                best = distance;
                found = line;
                value =
                    i + 1 < points.size() ? points[i] + t * (points[i + 1] - points[i]) : points[i];
            }
            if (points[i].x() > mouseMs + slackMs)
                break;
        }
    }
    if (!found)
        return {};
    const QString role = found->property("role").toString();
    const QString of = found->property("of").toString();
    if (role == u"threshold")
        return found->name();
    if (role == u"forecast")
        return tr("%1, forecast\n%2: %3 % used")
            .arg(of, timeText(value.x()), percentText(value.y()));
    if (role == u"estimated")
        return tr("%1\n%2: about %3 % used (used ÷ size: its free space was not recorded then)")
            .arg(of, timeText(value.x()), percentText(value.y()));
    return tr("%1\n%2: %3 % used").arg(found->name(), timeText(value.x()), percentText(value.y()));
}

QString TrendsChart::stackedHoverText(const QPointF &pos, double timeMs, double value) const
{
    Q_UNUSED(pos)
    if (m_stackTimes.isEmpty() || value < 0)
        return {};
    // The column nearest the pointer, then the area the pointer is in.
    auto it = std::lower_bound(m_stackTimes.cbegin(), m_stackTimes.cend(), timeMs,
                               [](qint64 t, double x) { return double(t) < x; });
    if (it == m_stackTimes.cend() ||
        (it != m_stackTimes.cbegin() && timeMs - double(*(it - 1)) < double(*it) - timeMs))
        --it;
    const qsizetype column = it - m_stackTimes.cbegin();
    const QList<QAbstractSeries *> all = chart()->series();
    double total = 0;
    for (const QList<double> &row : m_stackBytes)
        total += row.at(column);
    const double bytesAt = value * m_unitBytes;
    double below = 0;
    for (qsizetype c = 0; c < m_stackNames.size(); ++c) {
        const double bytes = m_stackBytes.at(c).at(column);
        const bool visible = c < all.size() && all.at(c)->isVisible();
        if (visible && bytesAt >= below && bytesAt <= below + bytes)
            return tr("%1\n%2: %3 (all categories: %4)")
                .arg(m_stackNames.at(c), timeText(double(*it)),
                     formatDataSize(qint64(std::llround(bytes))),
                     formatDataSize(qint64(std::llround(total))));
        below += bytes;
    }
    return {};
}

} // namespace qm
