#pragma once

#include <QStyledItemDelegate>

namespace qm {

/// Paints a volume's usage as a bar filled to its used percentage, coloured by its
/// UsageLevel (normal, warning, critical), with the percentage as text. Rows without
/// figures show their state ("not responding") as plain text.
class UsageBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace qm
