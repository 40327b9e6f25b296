#include "volumesfiltermodel.h"

#include "volumesmodel.h"

namespace qm {

VolumesFilterModel::VolumesFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(VolumesModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void VolumesFilterModel::setShowSystemVolumes(bool show)
{
    if (show == m_showSystemVolumes)
        return;
    m_showSystemVolumes = show;
    invalidateRowsFilter();
}

bool VolumesFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_showSystemVolumes)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return !index.data(VolumesModel::SystemVolumeRole).toBool();
}

} // namespace qm
