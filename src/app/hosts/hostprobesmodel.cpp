#include "hostprobesmodel.h"

#include "core/units/datasize.h"
#include "core/units/duration.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QRegularExpression>

namespace qm {

namespace {

constexpr quintptr kGroupId = 0; ///< internal id of group rows; host rows: group + 1

} // namespace

HostProbesModel::HostProbesModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

QString HostProbesModel::namePrefix(const QString &name)
{
    static const QRegularExpression prefix(QStringLiteral("^[A-Za-z]+[-_]"));
    const QRegularExpressionMatch match = prefix.match(name);
    return match.hasMatch() ? match.captured(0) : name;
}

const ProbeHost *HostProbesModel::host(const QString &name) const
{
    for (const ProbeHost &host : m_hosts) {
        if (host.name == name)
            return &host;
    }
    return nullptr;
}

void HostProbesModel::setHosts(const QList<ProbeHost> &hosts)
{
    beginResetModel();
    m_hosts = hosts;
    QHash<QString, LiveHostState> kept;
    for (const ProbeHost &host : hosts) {
        if (m_states.contains(host.name))
            kept.insert(host.name, m_states.value(host.name));
    }
    m_states = kept;
    m_remembered.intersect(QSet<QString>(kept.keyBegin(), kept.keyEnd()));
    regroup();
    endResetModel();
}

void HostProbesModel::setProbe(const HostProbe &probe, const QDateTime &failingSince)
{
    if (!host(probe.name))
        return;
    m_states.insert(probe.name, {probe, failingSince});
    m_remembered.remove(probe.name);
    hostChanged(probe.name);
}

bool HostProbesModel::setRemembered(const LiveHostState &state)
{
    const QString &name = state.probe.name;
    if (!host(name) || m_states.contains(name))
        return false;
    m_states.insert(name, state);
    m_remembered.insert(name);
    hostChanged(name);
    return true;
}

void HostProbesModel::refreshAges()
{
    for (const ProbeHost &host : std::as_const(m_hosts))
        hostChanged(host.name);
}

void HostProbesModel::setProbing(const QString &name, bool probing)
{
    m_probing.insert(name, probing);
    hostChanged(name);
}

void HostProbesModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    regroup();
    endResetModel();
}

void HostProbesModel::regroup()
{
    m_groups.clear();
    if (m_grouping == Grouping::None)
        return;
    for (int row = 0; row < m_hosts.size(); ++row) {
        const ProbeHost &host = m_hosts.at(row);
        const QString key = m_grouping == Grouping::Role
                                ? (host.role.isEmpty() ? tr("(no role)") : host.role)
                                : namePrefix(host.name);
        auto it = std::find_if(m_groups.begin(), m_groups.end(),
                               [&](const Group &g) { return g.key == key; });
        if (it == m_groups.end())
            m_groups.append({key, {row}});
        else
            it->rows.append(row);
    }
}

void HostProbesModel::hostChanged(const QString &name)
{
    for (int row = 0; row < m_hosts.size(); ++row) {
        if (m_hosts.at(row).name != name)
            continue;
        QModelIndex first;
        if (m_grouping == Grouping::None) {
            first = index(row, 0);
        } else {
            for (int g = 0; g < m_groups.size(); ++g) {
                const int position = int(m_groups.at(g).rows.indexOf(row));
                if (position >= 0)
                    first = index(position, 0, index(g, 0));
            }
        }
        if (first.isValid())
            Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    }
}

QModelIndex HostProbesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (m_grouping == Grouping::None || !parent.isValid())
        return createIndex(row, column, kGroupId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex HostProbesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || m_grouping == Grouping::None || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int HostProbesModel::rowCount(const QModelIndex &parent) const
{
    if (m_grouping == Grouping::None)
        return parent.isValid() ? 0 : int(m_hosts.size());
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == kGroupId && parent.column() == 0)
        return int(m_groups.at(parent.row()).rows.size());
    return 0;
}

int HostProbesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

int HostProbesModel::hostRow(const QModelIndex &index) const
{
    if (m_grouping == Grouping::None)
        return index.row();
    if (index.internalId() == kGroupId)
        return -1;
    return m_groups.at(int(index.internalId() - 1)).rows.at(index.row());
}

QVariant HostProbesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = hostRow(index);
    if (row < 0) {
        const Group &group = m_groups.at(index.row());
        if (index.column() == Name && (role == Qt::DisplayRole || role == SortRole))
            return role == SortRole
                       ? QVariant(group.key)
                       : QVariant(
                             tr("%1 (%n host(s))", nullptr, int(group.rows.size())).arg(group.key));
        if (role == HostNameRole)
            return QString();
        return {};
    }
    return hostData(row, index.column(), role);
}

QVariant HostProbesModel::hostData(int row, int column, int role) const
{
    const ProbeHost &host = m_hosts.at(row);
    if (role == HostNameRole)
        return host.name;
    const auto stateIt = m_states.constFind(host.name);
    const HostProbe *probe = stateIt != m_states.cend() ? &stateIt->probe : nullptr;
    const Volume *main = probe ? probe->mainVolume() : nullptr;
    const bool figures = main && main->hasFigures() && probe->volumesKnown();
    const bool probing = m_probing.value(host.name);
    const bool remembered = probe && m_remembered.contains(host.name);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 age = probe ? std::max<qint64>(0, now - probe->probedAt.toSecsSinceEpoch()) : 0;

    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (Column(column)) {
        case Name:
            return host.local ? tr("%1 (this machine)").arg(host.name) : host.name;
        case Role:
            return host.role;
        case ConfigStatus:
            return host.local && host.configStatus.isEmpty() ? QString() : host.configStatus;
        case Transport:
            return host.transport();
        case Reachability:
            if (probing)
                return tr("probing…");
            if (!probe)
                return tr("not probed");
            {
                // Short: the reason SSH failed is in the tooltip and the detail panel.
                const QString reach = probe->partlyReachable() ? tr("partly reachable")
                                                               : hostStatusText(probe->status);
                if (probe->imported())
                    return tr("not probed — imported, sampled %1 ago").arg(formatDuration(age));
                if (remembered)
                    return (probe->volumesKnown() ? tr("%1 — last seen %2 ago")
                                                  : tr("%1 — last probed %2 ago"))
                        .arg(reach, formatDuration(age));
                return reach;
            }
        case LastProbe:
            if (!probe || probe->imported()) // an import is no probe: its age is in Reachability
                return sort ? QVariant(qint64(-1)) : QVariant(QString());
            if (sort)
                return probe->probedAt.toSecsSinceEpoch();
            return QLocale().toString(probe->probedAt.toLocalTime(), QLocale::ShortFormat);
        case Used:
            if (!figures)
                return sort ? QVariant(-1.0) : QVariant(QString());
            return sort ? QVariant(main->usedPercent())
                        : QVariant(QLocale().toString(main->usedPercent(), 'f', 1) +
                                   QStringLiteral(" %"));
        case Free:
            if (!figures)
                return sort ? QVariant(qint64(-1)) : QVariant(QString());
            return sort ? QVariant(main->availableBytes)
                        : QVariant(formatDataSize(main->availableBytes));
        case NewestData: {
            const qint64 newest = probe ? probe->newestDataSecs() : -1;
            if (newest < 0)
                return sort ? QVariant(qint64(-1)) : QVariant(QString());
            return sort ? QVariant(now - newest) : QVariant(formatDuration(now - newest));
        }
        case Daemons: {
            const qsizetype expected = probe ? probe->daemons.size() : host.daemonPatterns.size();
            if (expected == 0)
                return sort ? QVariant(-1) : QVariant(QString());
            const int up = probe ? probe->daemonsRunning() : 0;
            return sort ? QVariant(up - int(expected))
                        : QVariant(tr("%1 of %2").arg(up).arg(expected));
        }
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && probe && (column == Reachability || column == LastProbe)) {
        QStringList tip;
        if (remembered)
            tip.append(
                tr("Remembered from the history, not live: the probe of %1, %2 ago. "
                   "Not probed since Quartermaster started.")
                    .arg(QLocale().toString(probe->probedAt.toLocalTime(), QLocale::ShortFormat),
                         formatDuration(age)));
        if (column == Reachability && probe->partlyReachable())
            tip.append(tr("%1: its node_exporter answered (the volumes are shown); SSH did "
                          "not, so data, processes and external storage are not known.")
                           .arg(hostReachabilityText(*probe)));
        if (column == Reachability && !probe->error.isEmpty())
            tip.append(probe->error);
        if (!tip.isEmpty())
            return tip.join(QLatin1Char('\n'));
    }
    if (role == Qt::ToolTipRole && probe && column == Daemons && !probe->daemons.isEmpty()) {
        QStringList lines;
        for (const DaemonState &daemon : probe->daemons)
            lines << tr("%1: %2").arg(daemon.name.isEmpty() ? daemon.pattern : daemon.name,
                                      !daemon.error.isEmpty() ? daemon.error
                                      : daemon.running        ? tr("running")
                                                              : tr("not running"));
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::FontRole && remembered && (column == Reachability || column == LastProbe)) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ForegroundRole && probe) {
        if (column == Reachability && probe->partlyReachable())
            return QBrush(QColor(0xb3, 0x5c, 0x00)); // amber: something answered
        const bool bad = (column == Reachability && probe->status != HostStatus::Ok) ||
                         (column == Daemons && probe->daemonsRunning() < probe->daemons.size());
        if (bad)
            return QBrush(QColor(0xc0, 0x1c, 0x28));
    }
    if (role == Qt::TextAlignmentRole &&
        (column == Used || column == Free || column == NewestData || column == Daemons))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant HostProbesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Host");
    case Role:
        return tr("Role");
    case ConfigStatus:
        return tr("Status");
    case Transport:
        return tr("Transport");
    case Reachability:
        return tr("Reachability");
    case LastProbe:
        return tr("Last probe");
    case Used:
        return tr("Disk used");
    case Free:
        return tr("Free");
    case NewestData:
        return tr("Newest data");
    case Daemons:
        return tr("Daemons");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace qm
