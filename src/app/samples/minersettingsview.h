#pragma once

#include "minersettingsmodel.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace qm {

/// The Samples page's "Settings history" tab: the miners' settings changes of every
/// data directory read (MinerSettingsModel), newest first, sortable by any column and
/// filtered by setting or data directory; a line that says where the history is looked
/// for when no data directory has one.
class MinerSettingsView : public QWidget
{
    Q_OBJECT

public:
    explicit MinerSettingsView(QWidget *parent = nullptr);

    /// Shows the changes of `histories` (every data directory read, with or without a
    /// history); `badLines`: lines of their files that were not records, for the count.
    void setHistories(const QList<MinerSettingsModel::SourceHistory> &histories, qint64 badLines);

    MinerSettingsModel *model() const { return m_model; }
    MinerSettingsFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }

private:
    void updateCount();

    MinerSettingsModel *m_model = nullptr;
    MinerSettingsFilterModel *m_filter = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_count = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    qint64 m_badLines = 0;
};

} // namespace qm
