#include "usagebardelegate.h"

#include "volumesmodel.h"

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
    paintBar(painter, bar, percent / 100.0, levelColor(level), palette, text);
}

UsageBarDelegate::UsageBarDelegate(QObject *parent)
    : BarDelegate(QMargins(4, 4, 4, 4), parent)
{}

bool UsageBarDelegate::barOf(const QModelIndex &index, const QPalette &, double *fraction,
                             QColor *fill) const
{
    const double percent = index.data(VolumesModel::UsedPercentRole).toDouble();
    if (percent < 0.0)
        return false;
    *fraction = percent / 100.0;
    *fill = levelColor(UsageLevel(index.data(VolumesModel::UsageLevelRole).toInt()));
    return true;
}

QSize UsageBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 140));
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
    return size;
}

} // namespace qm
