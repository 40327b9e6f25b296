#pragma once

#include "core/logs/logline.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

#include <optional>

namespace qm {

class LogsSession;

/// The lines of the Logs page: a window of at most kMaxRows lines of what the filter
/// selects, newest first, read a page at a time through the session (never on the GUI
/// thread). Scrolling down fetches older pages (fetchMore); past kMaxRows the newest are
/// dropped and fetched again when scrolled back to the top (fetchNewer), so the model
/// stays a few megabytes however far one scrolls. Follow mode polls for new lines and
/// for late ones (a writer's batch with older timestamps), each shown once.
class LogsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        LevelColumn,
        SourceColumn,
        WorkerColumn,
        TaskColumn,
        CycleColumn,
        MessageColumn,
        ColumnCount
    };
    static constexpr int kMaxRows = 10'000;
    static constexpr int kPageRows = 500;
    /// How far back follow mode looks for lines that arrive late.
    static constexpr qint64 kLateWindowUs = 60'000'000;

    explicit LogsModel(LogsSession *session, QObject *parent = nullptr);

    /// Reads `filter` from its newest line (or from `anchor`, shown first, when given).
    void setFilter(const LogFilter &filter, const std::optional<LogLine> &anchor = std::nullopt);
    const LogFilter &filter() const { return m_filter; }
    /// Reads the same filter again from the newest line.
    void reload() { setFilter(m_filter); }

    const LogLine *line(int row) const;
    /// The row of the line `id` in the window, or -1.
    int rowOf(const QString &id) const;
    /// Whether lines newer than the first row were dropped (or the window was anchored).
    bool hasNewer() const { return m_hasNewer; }
    bool hasOlder() const { return m_hasOlder; }
    bool isLoading() const { return m_loading > 0; }
    /// Fetches the page of lines newer than the first row.
    void fetchNewer();
    /// Follow mode: the lines that arrived since the newest row, and late ones of the
    /// last kLateWindowUs, inserted in order, each once.
    void poll();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// The colour of a level, as Grafana draws it; invalid for a level it does not know.
    static QColor levelColor(const QString &level);

Q_SIGNALS:
    /// A page arrived (`rows` lines were added).
    void pageArrived(int rows);
    /// A read failed: the page shows `error`.
    void failed(const QString &error);
    void loadingChanged(bool loading);

private:
    void readPage(const std::optional<LogCursor> &cursor, LogDirection direction, int limit,
                  std::function<void(const QList<LogLine> &lines)> done);
    void appendOlder(const QList<LogLine> &lines);
    void trimNewest();
    void trimOldest();
    void insertInOrder(const LogLine &line);
    void setLoading(int delta);

    LogsSession *m_session;
    LogFilter m_filter;
    QList<LogLine> m_rows; ///< newest first: (timestamp, id) descending
    quint64 m_generation = 0;
    int m_loading = 0;
    bool m_hasOlder = false;
    bool m_hasNewer = false;
    bool m_fetchingOlder = false;
    bool m_fetchingNewer = false;
    bool m_polling = false;
};

} // namespace qm
