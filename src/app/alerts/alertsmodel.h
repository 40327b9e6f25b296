#pragma once

#include "core/alerts/alertengine.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QSortFilterProxyModel>

namespace qm {

/// Alerts as a table, open, pending and cleared alike (AlertMonitor::recentAlerts() and
/// pendingAlerts()): severity with its icon, rule, host, subject, message, raised and
/// cleared times; a pending alert reads "Pending: Warning", "not yet (since …)". SortRole
/// gives each column a key that sorts right (severity by rank, times as numbers, an
/// open alert's clear time after every cleared one).
class AlertsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SeverityColumn,
        RuleColumn,
        HostColumn,
        SubjectColumn,
        MessageColumn,
        RaisedColumn,
        ClearedColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole,
        SeverityRole, ///< int(AlertSeverity)
        OpenRole,     ///< bool: raised and not cleared
        PendingRole,  ///< bool: pending (Alert::pending)
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// Replaces the rows (a model reset).
    void setAlerts(const QList<Alert> &alerts);
    const QList<Alert> &alerts() const { return m_alerts; }
    /// The alert of `row`, or nullptr when out of range.
    const Alert *alert(int row) const;
    int openCount() const;
    int pendingCount() const;

    static QIcon severityIcon(AlertSeverity severity);
    /// The rule's title in the user's words; the key itself for a rule this version
    /// does not know (written by a newer one).
    static QString ruleTitle(const QString &ruleKey);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Alert> m_alerts;
};

/// Filters AlertsModel by state (open and pending, cleared, all) and by least severity,
/// and sorts
/// by AlertsModel::SortRole.
class AlertsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class State { Open, History, All };

    explicit AlertsFilterModel(QObject *parent = nullptr);

    void setState(State state);
    State state() const { return m_state; }
    /// Shows alerts of at least `severity` (Warning: all).
    void setMinimumSeverity(AlertSeverity severity);
    AlertSeverity minimumSeverity() const { return m_minimum; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    State m_state = State::Open;
    AlertSeverity m_minimum = AlertSeverity::Warning;
};

} // namespace qm
