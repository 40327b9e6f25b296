#include "jobprogressdelegate.h"

#include "jobsmodel.h"

#include <algorithm>

namespace qm {

namespace {

QColor barColor(JobState state, const QPalette &palette)
{
    switch (state) {
    case JobState::Running:
        return palette.color(QPalette::Highlight);
    case JobState::Succeeded:
        return QColor(0x4c, 0xaf, 0x50);
    case JobState::Failed:
    case JobState::Interrupted:
        return QColor(0xd9, 0x43, 0x3b);
    case JobState::Queued:
    case JobState::Cancelled:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

} // namespace

JobProgressDelegate::JobProgressDelegate(QObject *parent)
    : BarDelegate(QMargins(4, 3, 4, 3), parent)
{}

bool JobProgressDelegate::barOf(const QModelIndex &index, const QPalette &palette, double *fraction,
                                QColor *fill) const
{
    *fraction = index.data(JobsModel::ProgressRole).toDouble();
    if (*fraction < 0.0)
        return false;
    *fill = barColor(JobState(index.data(JobsModel::StateRole).toInt()), palette);
    return true;
}

QSize JobProgressDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 96));
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
    return size;
}

} // namespace qm
