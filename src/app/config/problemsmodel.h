#pragma once

#include "core/config/diagnostic.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace qm {

/// The diagnostics of the open config, one row each, in file order.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, RuleColumn, MessageColumn, LocationColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, ///< int(Severity)
        HasFixRole,                      ///< bool: a quick fix or an alternative exists
    };

    explicit ProblemsModel(QObject *parent = nullptr);

    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    const Diagnostic &diagnostic(int row) const { return m_diagnostics[row]; }
    int count(Severity severity) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString severityName(Severity severity);
    static QIcon severityIcon(Severity severity);

private:
    QList<Diagnostic> m_diagnostics;
};

/// Shows the problems of the severities switched on.
class ProblemsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ProblemsFilterModel(QObject *parent = nullptr);
    void setSeverityShown(Severity severity, bool shown);
    bool isSeverityShown(Severity severity) const { return m_shown[int(severity)]; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_shown[3] = {true, true, true};
};

} // namespace qm
