#pragma once

#include "core/config/fleetconfig.h"

#include <QAbstractTableModel>

namespace qm {

/// The hosts of the open config, one row each: name, role, status, SSH endpoint and
/// flags. Role, status, SSH host, port and user are editable; an edit is not applied
/// here but requested (editRequested), for the page to carry out through the edit
/// engine, after which a new check refreshes the model.
class HostsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        RoleColumn,
        StatusColumn,
        SshHostColumn,
        SshPortColumn,
        SshUserColumn,
        FlagsColumn,
        ColumnCount
    };

    explicit HostsModel(QObject *parent = nullptr);

    void setHosts(const QList<FleetHost> &hosts);
    const FleetHost &host(int row) const { return m_hosts[row]; }
    /// The config key a column edits ("ssh_port"); empty for read-only columns.
    static QString keyOf(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /// Set `key` of host `host` to `value` (typed: "int" for the port, else "str").
    void editRequested(const QString &host, const QString &key, const QString &value,
                       const QString &type);

private:
    QList<FleetHost> m_hosts;
};

} // namespace qm
