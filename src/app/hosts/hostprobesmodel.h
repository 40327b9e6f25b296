#pragma once

#include "core/fleet/liverules.h"
#include "core/hosts/probehost.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

namespace qm {

/// The hosts of the fleet with their latest probe: one row per host, optionally
/// grouped under their role or name prefix ("vast-", "runpod-"). One model for the
/// Hosts page and the dashboard's host overview.
class HostProbesModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Role,
        ConfigStatus,
        Transport,
        Reachability,
        LastProbe,
        Used,
        Free,
        NewestData,
        Daemons,
        ColumnCount
    };
    enum class Grouping { None, Role, NamePrefix };
    enum Roles {
        SortRole = Qt::UserRole + 1, ///< numbers for the numeric columns
        HostNameRole,                ///< the host's name; empty on group rows
    };

    explicit HostProbesModel(QObject *parent = nullptr);

    /// The host list (from the config); probes of hosts still listed are kept.
    void setHosts(const QList<ProbeHost> &hosts);
    /// A live probe: replaces whatever was known of the host.
    void setProbe(const HostProbe &probe, const QDateTime &failingSince);
    /// What the history remembers of a host (ProbeScheduler::probesRecalled): shown,
    /// marked as not live with its age, until a live probe comes. Ignored (false) for a
    /// host not listed or that already has a state.
    bool setRemembered(const LiveHostState &state);
    /// Whether the state of `host` comes from the history, not from a probe of this run.
    bool isRemembered(const QString &host) const { return m_remembered.contains(host); }
    QSet<QString> rememberedHosts() const { return m_remembered; }
    /// Ages ("last seen 14 minutes ago") are as of the last call: the page calls it
    /// periodically.
    void refreshAges();
    void setProbing(const QString &host, bool probing);
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }

    /// The state of `host` for the live rules; `probe.name` empty when never probed.
    LiveHostState state(const QString &host) const { return m_states.value(host); }
    QHash<QString, LiveHostState> states() const { return m_states; }
    const ProbeHost *host(const QString &name) const;

    /// The group key of a host name: "vast-3" → "vast-", "mac-studio" → "mac-".
    static QString namePrefix(const QString &name);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString key;
        QList<int> rows;
    };
    void regroup();
    int hostRow(const QModelIndex &index) const; ///< -1 for group rows
    QVariant hostData(int row, int column, int role) const;
    void hostChanged(const QString &name);

    QList<ProbeHost> m_hosts;
    QHash<QString, LiveHostState> m_states;
    QHash<QString, bool> m_probing;
    QSet<QString> m_remembered;
    Grouping m_grouping = Grouping::None;
    QList<Group> m_groups;
};

} // namespace qm
