#pragma once

#include "core/health/healthcheckset.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <array>
#include <optional>

namespace qm {

struct FleetConfig;

/// The Health page's grid: a row per machine (this one first, then the config's hosts
/// in its order), a column per saved check, each cell the newest result of that check on
/// that machine — coloured by state, the summary as its tool tip — or empty where the
/// check does not run.
class HealthGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    /// The checks and the machines they run on (by `config`; null: this machine only).
    void setChecks(const QList<SavedHealthCheck> &checks, const FleetConfig *config);
    /// The newest results (HealthScheduler::latest()); those of checks no longer saved
    /// are not shown.
    void setResults(const QList<HealthResult> &results);
    /// One result as it comes, over the one shown.
    void updateResult(const HealthResult &result);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The machine of `row` (empty: this machine) and the check of `column`.
    QString hostAt(int row) const { return m_hosts.value(row); }
    const SavedHealthCheck *checkAt(int column) const;
    /// Whether the check of the column runs on the machine of the row.
    bool runsAt(const QModelIndex &index) const;
    /// The newest result of the cell; nothing when it has none (yet).
    std::optional<HealthResult> resultAt(const QModelIndex &index) const;
    /// The index of `host`'s `check`; invalid when the grid has no such cell.
    QModelIndex indexOf(const QString &host, const QString &check) const;

    /// How many shown results are in each state (indexed by int(HealthState)), for the
    /// summary line.
    std::array<int, 4> stateCounts() const;

private:
    static QString key(const QString &host, const QString &name) { return host + u'\n' + name; }

    QList<SavedHealthCheck> m_checks;
    QStringList m_hosts;         ///< rows; "" for this machine
    QHash<QString, bool> m_runs; ///< key(host, name) → the check runs there
    QHash<QString, HealthResult> m_results;
};

/// The colour a state is shown in.
QColor healthStateColor(HealthState state);
/// "OK", "Warning", "Critical", "Unknown" (translated).
QString healthStateTitle(HealthState state);

} // namespace qm
