#pragma once

#include "core/confighistory/confighistory.h"

#include <QAbstractTableModel>

namespace qm {

/// The versions of a config as a timeline, newest first (the current file at the top):
/// time, source, the problems it added and fixed, and what it changed in words. A row
/// that added errors is marked red, one that fixed problems (and added no error) green.
class ConfigHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, SourceColumn, ProblemsColumn, SummaryColumn, ColumnCount };

    explicit ConfigHistoryModel(QObject *parent = nullptr);

    /// Replaces the timeline.
    void setHistory(const ConfigHistory &history);
    const ConfigHistory &history() const { return m_history; }
    /// The entry of `row` (rows are newest first), or nullptr.
    const ConfigHistoryEntry *entry(int row) const;
    /// The index into history().entries of `row`.
    qsizetype entryIndex(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// What the Source column says for `source`.
    static QString sourceName(VersionSource source);

private:
    ConfigHistory m_history;
};

} // namespace qm
