#pragma once

#include "core/history/growth.h"

#include <QAbstractTableModel>

namespace qm {

/// "What grew" as a table: host, category, size, and its change since the previous
/// probe, in 24 hours and in 7 days. Sizes sort as numbers (Qt::UserRole); an absent
/// change shows a dash and sorts last.
class WhatGrewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Host, Category, Size, SincePrevious, Since24h, Since7d, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<CategoryGrowth> &rows);
    const QList<CategoryGrowth> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CategoryGrowth> m_rows;
};

} // namespace qm
