#include "loghistogram.h"

#include "core/logs/logline.h"
#include "logsmodel.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace qm {

LogHistogram::LogHistogram(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(false);
    setCursor(Qt::CrossCursor);
    setToolTip(tr("Lines per time span, by level. Drag across it to read that time range."));
}

void LogHistogram::setCounts(const QList<std::array<qint64, 5>> &counts, qint64 fromUs, qint64 toUs)
{
    m_counts = counts;
    m_fromUs = fromUs;
    m_toUs = toUs;
    update();
}

void LogHistogram::clear()
{
    m_counts.clear();
    update();
}

QRect LogHistogram::plotRect() const
{
    const int text = fontMetrics().height();
    return rect().adjusted(4, 4, -4, -(text + 6));
}

qint64 LogHistogram::timeAt(int x) const
{
    const QRect plot = plotRect();
    const double share = std::clamp(double(x - plot.left()) / std::max(plot.width(), 1), 0.0, 1.0);
    return m_fromUs + qint64(share * double(m_toUs - m_fromUs));
}

void LogHistogram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const QRect plot = plotRect();
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    if (m_counts.isEmpty() || m_toUs <= m_fromUs)
        return;
    qint64 most = 1;
    for (const auto &bucket : m_counts) {
        qint64 sum = 0;
        for (const qint64 n : bucket)
            sum += n;
        most = std::max(most, sum);
    }
    const double width = double(plot.width()) / double(m_counts.size());
    for (qsizetype b = 0; b < m_counts.size(); ++b) {
        const int left = plot.left() + int(b * width);
        const int right = plot.left() + int((b + 1) * width) - (width > 3 ? 1 : 0);
        double bottom = plot.bottom();
        for (int rank = 0; rank < 5; ++rank) {
            const qint64 n = m_counts[b][size_t(rank)];
            if (n == 0)
                continue;
            const double height = double(plot.height()) * double(n) / double(most);
            const QRectF bar(left, bottom - height, std::max(right - left, 1), height);
            painter.fillRect(bar, LogsModel::levelColor(logLevels()[rank]));
            bottom -= height;
        }
    }
    painter.setPen(palette().color(QPalette::Text));
    const auto label = [](qint64 us) {
        return logDateTime(us).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    const int baseline = rect().bottom() - 2;
    painter.drawText(QPoint(plot.left(), baseline), label(m_fromUs));
    const QString end = label(m_toUs);
    painter.drawText(QPoint(plot.right() - fontMetrics().horizontalAdvance(end), baseline), end);
    if (m_dragFrom >= 0 && m_dragTo >= 0) {
        QColor selection = palette().color(QPalette::Highlight);
        selection.setAlpha(70);
        painter.fillRect(QRect(QPoint(std::min(m_dragFrom, m_dragTo), plot.top()),
                               QPoint(std::max(m_dragFrom, m_dragTo), plot.bottom())),
                         selection);
    }
}

void LogHistogram::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_counts.isEmpty())
        return;
    m_dragFrom = m_dragTo = int(event->position().x());
    update();
}

void LogHistogram::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragFrom < 0)
        return;
    m_dragTo = int(event->position().x());
    update();
}

void LogHistogram::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragFrom < 0 || event->button() != Qt::LeftButton)
        return;
    int from = std::min(m_dragFrom, int(event->position().x()));
    int to = std::max(m_dragFrom, int(event->position().x()));
    m_dragFrom = m_dragTo = -1;
    update();
    qint64 fromUs = timeAt(from);
    qint64 toUs = timeAt(to);
    if (to - from < 3) { // a click: that bucket
        const qint64 width = (m_toUs - m_fromUs) / std::max<qsizetype>(m_counts.size(), 1);
        const qint64 bucket = std::max<qint64>((fromUs - m_fromUs) / std::max<qint64>(width, 1), 0);
        fromUs = m_fromUs + bucket * width;
        toUs = fromUs + width;
    }
    if (toUs > fromUs)
        Q_EMIT rangeSelected(fromUs, toUs);
}

} // namespace qm
