#include "problemsmodel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace qm {

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProblemsModel::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    beginResetModel();
    m_diagnostics = diagnostics;
    endResetModel();
}

int ProblemsModel::count(Severity severity) const
{
    return int(std::count_if(m_diagnostics.cbegin(), m_diagnostics.cend(),
                             [severity](const Diagnostic &d) { return d.severity == severity; }));
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProblemsModel::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("Error");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        break;
    }
    return tr("Info");
}

QIcon ProblemsModel::severityIcon(Severity severity)
{
    QStyle *style = QApplication::style();
    switch (severity) {
    case Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxInformation);
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Diagnostic &d = m_diagnostics[index.row()];
    if (role == SeverityRole)
        return int(d.severity);
    if (role == HasFixRole)
        return d.fix.has_value() || !d.alternatives.isEmpty();
    switch (index.column()) {
    case SeverityColumn:
        if (role == Qt::DisplayRole)
            return severityName(d.severity);
        if (role == Qt::DecorationRole)
            return severityIcon(d.severity);
        break;
    case RuleColumn:
        if (role == Qt::DisplayRole)
            return d.rule;
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole)
            return d.message;
        if (role == Qt::ToolTipRole) {
            QString tip = d.message;
            if (d.fix)
                tip += QLatin1Char('\n') + tr("Quick fix: %1").arg(d.fix->description);
            return tip;
        }
        break;
    case LocationColumn:
        if (role == Qt::DisplayRole)
            return tr("line %1, column %2")
                .arg(d.range.start.line + 1)
                .arg(d.range.start.column + 1);
        if (role == Qt::UserRole)
            return qlonglong(d.range.start.byte);
        break;
    default:
        break;
    }
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case MessageColumn:
        return tr("Message");
    case LocationColumn:
        return tr("Location");
    default:
        return {};
    }
}

ProblemsFilterModel::ProblemsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void ProblemsFilterModel::setSeverityShown(Severity severity, bool shown)
{
    m_shown[int(severity)] = shown;
    invalidateFilter();
}

bool ProblemsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_shown[index.data(ProblemsModel::SeverityRole).toInt()];
}

} // namespace qm
