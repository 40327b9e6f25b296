#pragma once

#include "core/volumes/usagelevel.h"
#include "core/volumes/volume.h"

#include <QAbstractTableModel>

namespace qm {

/// The volumes of one host as a table: one row per mounted filesystem.
///
/// setVolumes() merges a new reading by mount point: rows of volumes still present are
/// updated in place (dataChanged), vanished ones removed and new ones appended, so a
/// periodic refresh keeps the user's selection and scroll position.
class VolumesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MountPoint, Usage, Size, Used, Free, Type, Device, Access, ColumnCount };

    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value to sort by (bytes, percent, text)
        UsedPercentRole,             ///< double; negative when unknown
        UsageLevelRole,              ///< int(UsageLevel)
        SystemVolumeRole,            ///< bool: hidden unless system volumes are shown
        MountPointRole,              ///< QString, on every column
    };

    explicit VolumesModel(QObject *parent = nullptr);

    void setVolumes(const VolumeList &volumes);
    const VolumeList &volumes() const { return m_volumes; }

    /// Thresholds that colour the usage; changing them updates the Usage column.
    void setUsageThresholds(const UsageThresholds &thresholds);
    UsageThresholds usageThresholds() const { return m_thresholds; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const Volume &volume, int column) const;
    QVariant sortData(const Volume &volume, int column) const;
    QString toolTip(const Volume &volume) const;

    VolumeList m_volumes;
    UsageThresholds m_thresholds;
};

} // namespace qm
