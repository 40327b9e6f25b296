#include "jobprogressdelegate.h"

#include "jobsmodel.h"

#include <QApplication>
#include <QPainter>

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

void JobProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const double fraction = index.data(JobsModel::ProgressRole).toDouble();
    if (fraction < 0.0) {
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

    const QRect bar = option.rect.adjusted(4, 3, -4, -3);
    if (bar.width() <= 2 || bar.height() <= 2)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setFont(option.font);
    painter->setPen(option.palette.color(QPalette::Mid));
    painter->setBrush(option.palette.color(QPalette::Base));
    painter->drawRoundedRect(QRectF(bar).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    QRectF filled = QRectF(bar).adjusted(1.5, 1.5, -1.5, -1.5);
    filled.setWidth(filled.width() * std::clamp(fraction, 0.0, 1.0));
    if (filled.width() > 0.0) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(
            barColor(JobState(index.data(JobsModel::StateRole).toInt()), option.palette));
        painter->drawRoundedRect(filled, 2, 2);
    }
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(bar, Qt::AlignCenter, index.data(Qt::DisplayRole).toString());
    painter->restore();
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
