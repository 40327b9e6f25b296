#include "volumesmodel.h"

#include "core/units/datasize.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace qm {

VolumesModel::VolumesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void VolumesModel::setVolumes(const VolumeList &volumes)
{
    QHash<QString, qsizetype> incoming;
    for (qsizetype i = 0; i < volumes.size(); ++i)
        incoming.insert(volumes[i].mountPoint, i);

    // Remove vanished volumes, from the bottom up so row numbers stay valid.
    for (int row = int(m_volumes.size()) - 1; row >= 0; --row) {
        if (!incoming.contains(m_volumes[row].mountPoint)) {
            beginRemoveRows({}, row, row);
            m_volumes.removeAt(row);
            endRemoveRows();
        }
    }
    // Update the remaining ones in place.
    QSet<QString> present;
    for (int row = 0; row < m_volumes.size(); ++row) {
        const Volume &fresh = volumes[incoming.value(m_volumes[row].mountPoint)];
        present.insert(fresh.mountPoint);
        if (!(fresh == m_volumes[row])) {
            m_volumes[row] = fresh;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    // Append new ones in the reader's order.
    VolumeList added;
    for (const Volume &volume : volumes) {
        if (!present.contains(volume.mountPoint))
            added.append(volume);
    }
    if (!added.isEmpty()) {
        const int first = int(m_volumes.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_volumes.append(added);
        endInsertRows();
    }
}

void VolumesModel::setUsageThresholds(const UsageThresholds &thresholds)
{
    if (thresholds == m_thresholds)
        return;
    m_thresholds = thresholds;
    if (!m_volumes.isEmpty())
        Q_EMIT dataChanged(index(0, Usage), index(rowCount() - 1, Usage));
}

int VolumesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_volumes.size());
}

int VolumesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VolumesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Volume &volume = m_volumes[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(volume, index.column());
    case Qt::ToolTipRole:
        return toolTip(volume);
    case Qt::TextAlignmentRole:
        if (index.column() == Size || index.column() == Used || index.column() == Free)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortData(volume, index.column());
    case UsedPercentRole:
        return volume.usedPercent();
    case UsageLevelRole:
        return int(usageLevel(volume, m_thresholds));
    case SystemVolumeRole:
        return volume.system;
    case MountPointRole:
        return volume.mountPoint;
    default:
        return {};
    }
}

QVariant VolumesModel::displayData(const Volume &volume, int column) const
{
    switch (column) {
    case MountPoint:
        return volume.mountPoint;
    case Usage:
        return usedPercentText(volume, QLocale());
    case Size:
        return formatDataSize(volume.totalBytes);
    case Used:
        return formatDataSize(volume.usedBytes);
    case Free:
        return formatDataSize(volume.availableBytes);
    case Type:
        return volume.fsType;
    case Device:
        return volume.device;
    case Access:
        return volume.readOnly ? tr("read-only") : tr("read-write");
    default:
        return {};
    }
}

QVariant VolumesModel::sortData(const Volume &volume, int column) const
{
    switch (column) {
    case Usage:
        return volume.usedPercent();
    case Size:
        return volume.totalBytes;
    case Used:
        return volume.usedBytes;
    case Free:
        return volume.availableBytes;
    default:
        return displayData(volume, column);
    }
}

QString VolumesModel::toolTip(const Volume &volume) const
{
    QStringList lines;
    lines << tr("%1 on %2 (%3)").arg(volume.mountPoint, volume.device, volume.fsType);
    if (volume.hasFigures()) {
        const QLocale locale;
        lines << tr("Size %1 · used %2 · free %3")
                     .arg(formatDataSize(volume.totalBytes), formatDataSize(volume.usedBytes),
                          formatDataSize(volume.availableBytes));
        lines << tr("Free %1 % of the space available to users (warning below %2 %, critical "
                    "below %3 %)")
                     .arg(locale.toString(volume.freePercent(), 'f', 1),
                          locale.toString(m_thresholds.warningFreePercent, 'f', 0),
                          locale.toString(m_thresholds.criticalFreePercent, 'f', 0));
        const qint64 reserved = volume.totalBytes - volume.usedBytes - volume.availableBytes;
        if (reserved > 0)
            lines << tr("%1 reserved for the superuser").arg(formatDataSize(reserved));
    } else if (!volume.errorString.isEmpty()) {
        lines << volume.errorString;
    }
    if (volume.readOnly)
        lines << tr("Mounted read-only");
    if (volume.system)
        lines << tr("System filesystem: %1").arg(volume.systemReason);
    return lines.join(QLatin1Char('\n'));
}

QVariant VolumesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MountPoint:
        return tr("Mount Point");
    case Usage:
        return tr("Usage");
    case Size:
        return tr("Size");
    case Used:
        return tr("Used");
    case Free:
        return tr("Free");
    case Type:
        return tr("Type");
    case Device:
        return tr("Device");
    case Access:
        return tr("Access");
    default:
        return {};
    }
}

} // namespace qm
