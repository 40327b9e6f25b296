#include "bardelegate.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace qm {

void paintBar(QPainter *painter, const QRect &rect, double fraction, const QColor &fill,
              const QPalette &palette, const QString &text)
{
    if (rect.width() <= 2 || rect.height() <= 2)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(palette.color(QPalette::Mid));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    QRectF filled = QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5);
    filled.setWidth(filled.width() * std::clamp(fraction, 0.0, 1.0));
    if (filled.width() > 0.0) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(filled, 2, 2);
    }
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(rect, Qt::AlignCenter, text);
    painter->restore();
}

BarDelegate::BarDelegate(QMargins margins, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_margins(margins)
{}

void BarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                        const QModelIndex &index) const
{
    double fraction = 0;
    QColor fill;
    if (!barOf(index, option.palette, &fraction, &fill)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background (selection, alternating rows) as the style draws it, without text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    painter->save();
    painter->setFont(option.font);
    paintBar(painter, option.rect.marginsRemoved(m_margins), fraction, fill, option.palette,
             index.data(Qt::DisplayRole).toString());
    painter->restore();
}

} // namespace qm
