#pragma once

#include "app/widgets/bardelegate.h"
#include "core/volumes/usagelevel.h"

class QPainter;

namespace qm {

/// Paints a usage bar into `rect`: a frame filled to `percent` (0–100) in the colour of
/// `level`, with `text` centred. Used by the volume lists and the host cards.
void paintUsageBar(QPainter *painter, const QRect &rect, double percent, UsageLevel level,
                   const QPalette &palette, const QString &text);

/// Paints a volume's usage as a bar filled to its used percentage, coloured by its
/// UsageLevel (normal, warning, critical), with the percentage as text. Rows without
/// figures show their state ("not responding") as plain text.
class UsageBarDelegate : public BarDelegate
{
    Q_OBJECT

public:
    explicit UsageBarDelegate(QObject *parent = nullptr);
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    bool barOf(const QModelIndex &index, const QPalette &palette, double *fraction,
               QColor *fill) const override;
};

} // namespace qm
