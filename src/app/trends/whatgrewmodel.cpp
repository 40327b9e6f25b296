#include "whatgrewmodel.h"

#include "core/probes/datacategories.h"
#include "core/units/datasize.h"

#include <QBrush>
#include <QPalette>

#include <limits>

namespace qm {

namespace {

QString signedSize(qint64 bytes)
{
    if (bytes == 0)
        return QStringLiteral("±0");
    return (bytes > 0 ? QStringLiteral("+") : QStringLiteral("−")) +
           formatDataSize(bytes > 0 ? bytes : -bytes);
}

} // namespace

void WhatGrewModel::setRows(const QList<CategoryGrowth> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int WhatGrewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WhatGrewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WhatGrewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CategoryGrowth &row = m_rows.at(index.row());
    const auto change = [&]() -> std::optional<qint64> {
        switch (index.column()) {
        case SincePrevious:
            return row.sincePrevious;
        case Since24h:
            return row.since24h;
        case Since7d:
            return row.since7d;
        default:
            return std::nullopt;
        }
    }();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Host:
            return row.host;
        case Category:
            return dataCategoryTitle(row.category);
        case Size:
            return formatDataSize(row.bytes);
        default:
            return change ? signedSize(*change) : QStringLiteral("—");
        }
    case Qt::UserRole: // sort key
        switch (index.column()) {
        case Host:
            return row.host;
        case Category:
            return dataCategoryTitle(row.category);
        case Size:
            return row.bytes;
        default:
            return change ? *change : std::numeric_limits<qint64>::min();
        }
    case Qt::ToolTipRole:
        if (index.column() >= SincePrevious && !change)
            return tr("The history of this host does not reach back that far.");
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= Size ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant WhatGrewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Host:
        return tr("Host");
    case Category:
        return tr("Data");
    case Size:
        return tr("Size");
    case SincePrevious:
        return tr("Since last probe");
    case Since24h:
        return tr("24 h");
    case Since7d:
        return tr("7 days");
    default:
        return {};
    }
}

} // namespace qm
