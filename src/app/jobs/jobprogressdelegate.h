#pragma once

#include <QStyledItemDelegate>

namespace qm {

/// Paints JobsModel's progress column as a bar filled to JobsModel::ProgressRole with the
/// percentage on it: in the highlight colour while the job runs, green when it
/// succeeded, red when it failed or was interrupted, grey otherwise. Rows without a bar
/// (a job that has not started) are painted as plain text.
class JobProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace qm
