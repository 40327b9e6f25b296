#pragma once

#include "core/confighistory/minersettingstimeline.h"
#include "core/samples/sampleindex.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSortFilterProxyModel>

namespace qm {

/// Which setting of which miner changed when, from what to what: one row per setting
/// change in the `miner_config_history.jsonl` of every data directory the Samples page
/// read (its "Settings history" tab), built from the histories the page already parsed.
class MinerSettingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Source, Setting, OldValue, NewValue, Reason, Event, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< the raw value the column sorts by (Time: ms)
    };

    /// One data directory and the history read from it (empty when it has none).
    struct SourceHistory
    {
        SampleSource source;
        MinerConfigHistory history;
    };
    /// One row: a setting change and the data directory it comes from.
    struct Row
    {
        SampleSource source;
        MinerSettingChange change;
    };

    explicit MinerSettingsModel(QObject *parent = nullptr);

    /// Replaces every row (a reset) with the changes of `histories`, newest first; rows
    /// of the same time keep the order of `histories`, then of each record's settings.
    void setHistories(const QList<SourceHistory> &histories);
    const QList<Row> &rows() const { return m_rows; }

    /// How a source is named in the Source column: "this machine: /data" or "HOST:/data"
    /// (as the page's filter bar names it).
    static QString sourceText(const SampleSource &source);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Row> m_rows;
};

/// The rows whose setting or source contains a text (case-insensitive); sorted by
/// MinerSettingsModel::SortRole, rows of equal value in the model's order (newest first)
/// when descending and in the reverse when ascending, whatever was sorted before: the
/// settings of one record stay together in one order.
class MinerSettingsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit MinerSettingsFilterModel(QObject *parent = nullptr);

    /// Empty: every row.
    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
};

} // namespace qm
