#include "alertsmodel.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QStyle>

#include <limits>

namespace qm {

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

} // namespace

void AlertsModel::setAlerts(const QList<Alert> &alerts)
{
    beginResetModel();
    m_alerts = alerts;
    endResetModel();
}

const Alert *AlertsModel::alert(int row) const
{
    return row >= 0 && row < m_alerts.size() ? &m_alerts[row] : nullptr;
}

int AlertsModel::openCount() const
{
    return int(std::count_if(m_alerts.cbegin(), m_alerts.cend(),
                             [](const Alert &a) { return a.isOpen(); }));
}

int AlertsModel::pendingCount() const
{
    return int(std::count_if(m_alerts.cbegin(), m_alerts.cend(),
                             [](const Alert &a) { return a.pending; }));
}

QIcon AlertsModel::severityIcon(AlertSeverity severity)
{
    return QApplication::style()->standardIcon(severity == AlertSeverity::Critical
                                                   ? QStyle::SP_MessageBoxCritical
                                                   : QStyle::SP_MessageBoxWarning);
}

QString AlertsModel::ruleTitle(const QString &ruleKey)
{
    const std::optional<AlertRuleKind> kind = alertRuleFromKey(ruleKey);
    return kind ? alertRuleTitle(*kind) : ruleKey;
}

int AlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Alert &a = m_alerts[index.row()];
    if (role == SeverityRole)
        return int(a.severity);
    if (role == OpenRole)
        return a.isOpen();
    if (role == PendingRole)
        return a.pending;
    if (role == Qt::ForegroundRole && !a.isOpen() && !a.pending)
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::FontRole && a.pending) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    switch (index.column()) {
    case SeverityColumn:
        if (role == Qt::DisplayRole)
            return a.pending ? tr("Pending: %1").arg(alertSeverityText(a.severity))
                             : alertSeverityText(a.severity);
        if (role == Qt::DecorationRole)
            return severityIcon(a.severity);
        if (role == SortRole)
            return int(a.severity);
        break;
    case RuleColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return ruleTitle(a.rule);
        if (role == Qt::ToolTipRole) {
            const std::optional<AlertRuleKind> kind = alertRuleFromKey(a.rule);
            return kind ? alertRuleDescription(*kind) : QVariant();
        }
        break;
    case HostColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return a.host;
        break;
    case SubjectColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return a.subject;
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole)
            return a.message;
        break;
    case RaisedColumn:
        if (role == Qt::DisplayRole)
            return a.pending ? tr("not yet (since %1)").arg(timeText(a.pendingSince))
                             : timeText(a.raisedAt);
        if (role == SortRole)
            return a.pending ? a.pendingSince.toMSecsSinceEpoch() : a.raisedAt.toMSecsSinceEpoch();
        break;
    case ClearedColumn:
        if (role == Qt::DisplayRole)
            return a.pending ? tr("pending") : a.isOpen() ? tr("open") : timeText(a.clearedAt);
        if (role == SortRole)
            return a.isOpen() || a.pending ? std::numeric_limits<qint64>::max()
                                           : a.clearedAt.toMSecsSinceEpoch();
        break;
    default:
        break;
    }
    return {};
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case HostColumn:
        return tr("Host");
    case SubjectColumn:
        return tr("Subject");
    case MessageColumn:
        return tr("Message");
    case RaisedColumn:
        return tr("Raised");
    case ClearedColumn:
        return tr("Cleared");
    default:
        return {};
    }
}

AlertsFilterModel::AlertsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AlertsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void AlertsFilterModel::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateFilter();
}

void AlertsFilterModel::setMinimumSeverity(AlertSeverity severity)
{
    if (severity == m_minimum)
        return;
    m_minimum = severity;
    invalidateFilter();
}

bool AlertsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // Pending alerts show with the open ones: their condition holds now.
    const bool open =
        index.data(AlertsModel::OpenRole).toBool() || index.data(AlertsModel::PendingRole).toBool();
    if ((m_state == State::Open && !open) || (m_state == State::History && open))
        return false;
    return index.data(AlertsModel::SeverityRole).toInt() >= int(m_minimum);
}

} // namespace qm
