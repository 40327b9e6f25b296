#include "usagebardelegate.h"

#include "volumesmodel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace qm {

namespace {
QColor levelColor(UsageLevel level)
{
    switch (level) {
    case UsageLevel::Critical:
        return QColor(0xd9, 0x43, 0x3b);
    case UsageLevel::Warning:
        return QColor(0xf0, 0xa0, 0x20);
    case UsageLevel::Normal:
        return QColor(0x4c, 0xaf, 0x50);
    case UsageLevel::Unknown:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}
} // namespace

void paintUsageBar(QPainter *painter, const QRect &bar, double percent, UsageLevel level,
                   const QPalette &palette, const QString &text)
{
    if (bar.width() <= 2 || bar.height() <= 2)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(palette.color(QPalette::Mid));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(QRectF(bar).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);

    const double fraction = std::clamp(percent / 100.0, 0.0, 1.0);
    QRectF filled = QRectF(bar).adjusted(1.5, 1.5, -1.5, -1.5);
    filled.setWidth(filled.width() * fraction);
    if (filled.width() > 0.0) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(levelColor(level));
        painter->drawRoundedRect(filled, 2, 2);
    }
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(bar, Qt::AlignCenter, text);
    painter->restore();
}

void UsageBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const double percent = index.data(VolumesModel::UsedPercentRole).toDouble();
    if (percent < 0.0) {
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
    paintUsageBar(painter, option.rect.adjusted(4, 4, -4, -4), percent,
                  UsageLevel(index.data(VolumesModel::UsageLevelRole).toInt()), option.palette,
                  index.data(Qt::DisplayRole).toString());
    painter->restore();
}

QSize UsageBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 140));
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
    return size;
}

} // namespace qm
