#include "hostsmodel.h"

namespace qm {

HostsModel::HostsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HostsModel::setHosts(const QList<FleetHost> &hosts)
{
    // Same hosts in the same order: update in place, so selection and editors stay.
    bool sameRows = hosts.size() == m_hosts.size();
    for (qsizetype i = 0; sameRows && i < hosts.size(); ++i)
        sameRows = hosts[i].name == m_hosts[i].name;
    if (sameRows) {
        m_hosts = hosts;
        if (!m_hosts.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_hosts.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_hosts = hosts;
    endResetModel();
}

QString HostsModel::keyOf(int column)
{
    switch (column) {
    case RoleColumn:
        return QStringLiteral("role");
    case StatusColumn:
        return QStringLiteral("status");
    case SshHostColumn:
        return QStringLiteral("ssh_host");
    case SshPortColumn:
        return QStringLiteral("ssh_port");
    case SshUserColumn:
        return QStringLiteral("ssh_user");
    default:
        return {};
    }
}

int HostsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hosts.size());
}

int HostsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HostsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FleetHost &host = m_hosts[index.row()];
    if (role == Qt::TextAlignmentRole && index.column() == SshPortColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return host.name;
    case RoleColumn:
        return host.role;
    case StatusColumn:
        return host.status;
    case SshHostColumn:
        return host.sshHost;
    case SshPortColumn:
        return role == Qt::EditRole ? QVariant(host.sshPort)
                                    : QVariant(QString::number(host.sshPort));
    case SshUserColumn:
        return host.sshUser;
    case FlagsColumn: {
        QStringList flags;
        if (host.p2pEnabled.value_or(false))
            flags << tr("p2p");
        if (host.natBlocked.value_or(false))
            flags << tr("NAT-blocked");
        if (host.ephemeral.value_or(false))
            flags << tr("ephemeral");
        return flags.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant HostsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    case SshHostColumn:
        return tr("SSH host");
    case SshPortColumn:
        return tr("Port");
    case SshUserColumn:
        return tr("User");
    case FlagsColumn:
        return tr("Flags");
    default:
        return {};
    }
}

Qt::ItemFlags HostsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && !keyOf(index.column()).isEmpty())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool HostsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        keyOf(index.column()).isEmpty())
        return false;
    const QString text = value.toString().trimmed();
    if (text == data(index, Qt::EditRole).toString())
        return false;
    const bool port = index.column() == SshPortColumn;
    if (port && (text.toInt() < 1 || text.toInt() > 65535))
        return false;
    Q_EMIT editRequested(m_hosts[index.row()].name, keyOf(index.column()), text,
                         port ? QStringLiteral("int") : QStringLiteral("str"));
    return false; // the model changes when the edited text has been checked again
}

} // namespace qm
