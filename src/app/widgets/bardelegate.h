#pragma once

#include <QColor>
#include <QStyledItemDelegate>

class QPainter;

namespace qm {

/// Paints a rounded bar into `rect`: a frame filled to `fraction` (0–1) in `fill`, with
/// `text` centred. The usage bars of the volume lists and host cards, and the progress
/// bars of the jobs.
void paintBar(QPainter *painter, const QRect &rect, double fraction, const QColor &fill,
              const QPalette &palette, const QString &text);

/// A column shown as a bar (paintBar) with the cell's text on it. Subclasses say what
/// the bar of a row is; a row without one is painted as plain text.
class BarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /// The bar keeps `margins` inside its cell (left, top, right, bottom).
    explicit BarDelegate(QMargins margins, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    /// The bar of `index`: how full (0–1) and in which colour; false for a plain cell.
    virtual bool barOf(const QModelIndex &index, const QPalette &palette, double *fraction,
                       QColor *fill) const = 0;

private:
    QMargins m_margins;
};

} // namespace qm
