#pragma once

#include <QSortFilterProxyModel>

namespace qm {

/// Sorts volumes by their raw values and hides system volumes (pseudo and runtime
/// filesystems) unless asked to show them.
class VolumesFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit VolumesFilterModel(QObject *parent = nullptr);

    bool showSystemVolumes() const { return m_showSystemVolumes; }
    void setShowSystemVolumes(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_showSystemVolumes = false;
};

} // namespace qm
