#include "spaceagechart.h"

#include "core/units/datasize.h"
#include "spacetreemap.h"

#include <QPainter>

#include <algorithm>

namespace qm {

SpaceAgeChart::SpaceAgeChart(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(110);
}

void SpaceAgeChart::setBytes(const std::array<qint64, kSpaceAgeBuckets> &bytes)
{
    if (bytes == m_bytes)
        return;
    m_bytes = bytes;
    QStringList parts;
    for (int i = 0; i < kSpaceAgeBuckets; ++i)
        parts.append(tr("%1: %2").arg(spaceAgeBucketName(i), formatDataSize(m_bytes[size_t(i)])));
    setToolTip(parts.join(QLatin1Char('\n')));
    update();
}

QSize SpaceAgeChart::sizeHint() const
{
    return {320, 130};
}

void SpaceAgeChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFontMetrics metrics = fontMetrics();
    const int labelHeight = metrics.height();
    const qint64 largest = std::max<qint64>(1, *std::max_element(m_bytes.begin(), m_bytes.end()));
    const double slot = double(width()) / kSpaceAgeBuckets;
    const double barArea = height() - 2.0 * labelHeight - 4;
    for (int i = 0; i < kSpaceAgeBuckets; ++i) {
        const double x = i * slot;
        const double h = barArea * double(m_bytes[size_t(i)]) / double(largest);
        const QRectF bar(x + slot * 0.15, labelHeight + 2 + barArea - h, slot * 0.7, h);
        painter.fillRect(bar, SpaceTreemap::colourOf(SpaceTreemap::Colouring::ByAge, i));
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRectF(x, bar.top() - labelHeight - 1, slot, labelHeight), Qt::AlignCenter,
                         formatDataSize(m_bytes[size_t(i)]));
        painter.drawText(QRectF(x, height() - labelHeight, slot, labelHeight), Qt::AlignCenter,
                         spaceAgeBucketName(i));
    }
}

} // namespace qm
