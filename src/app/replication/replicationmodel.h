#pragma once

#include "core/replication/routemeasurement.h"

#include <QAbstractTableModel>

#include <optional>

namespace qm {

/// One row per producer and data kind: the route the config gives it now, and the last
/// measurement of that producer and kind, if any. Before a measurement the figures are
/// empty and the receivers are the route's; after it, the measurement's own route (the
/// one its figures were counted against). SortRole sorts numbers as numbers.
class ReplicationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ProducerColumn,
        KindColumn,
        FilesColumn,  ///< files with fewer copies than the target
        BytesColumn,  ///< their bytes
        OldestColumn, ///< the age of the oldest of them when measured
        ReceiversColumn,
        SkippedColumn,
        MeasuredColumn, ///< when, or what went wrong
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole,
        AtRiskRole, ///< bool: measured, with files at risk
    };

    struct Row
    {
        ReplicationRoute route;
        std::optional<RouteMeasurement> measurement;
        bool measuring = false;
        /// The route the row's receivers come from: the measurement's when measured.
        const ReplicationRoute &shownRoute() const
        {
            return measurement ? measurement->route : route;
        }
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// Replaces the routes (a model reset). A measurement of a producer and kind that is
    /// still routed stays with its row; others are dropped.
    void setRoutes(const QList<ReplicationRoute> &routes);
    /// Puts `measurement` on its row (no row: ignored).
    void setMeasurement(const RouteMeasurement &measurement);
    /// Marks every row as being measured (true) or not.
    void setMeasuring(bool measuring);
    /// Drops every measurement.
    void clearMeasurements();

    const QList<Row> &rows() const { return m_rows; }
    const Row *row(int row) const;
    /// Every row's last measurement, failed ones too, in row order.
    QList<RouteMeasurement> measurements() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "games", "npz", "models" in the user's words.
    static QString kindTitle(DataKind kind);

private:
    QVariant display(const Row &row, int column) const;
    QVariant sortKey(const Row &row, int column) const;
    QString toolTip(const Row &row, int column) const;

    QList<Row> m_rows;
};

} // namespace qm
