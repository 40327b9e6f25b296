#pragma once

#include "app/widgets/bardelegate.h"

namespace qm {

/// Paints JobsModel's progress column as a bar filled to JobsModel::ProgressRole with the
/// percentage on it: in the highlight colour while the job runs, green when it
/// succeeded, red when it failed or was interrupted, grey otherwise. Rows without a bar
/// (a job that has not started) are painted as plain text.
class JobProgressDelegate : public BarDelegate
{
    Q_OBJECT

public:
    explicit JobProgressDelegate(QObject *parent = nullptr);
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    bool barOf(const QModelIndex &index, const QPalette &palette, double *fraction,
               QColor *fill) const override;
};

} // namespace qm
