#pragma once

#include "core/logs/logline.h"
#include "core/logs/logsummary.h"
#include "core/sql/sqllocation.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;
class QTreeWidget;
class QVBoxLayout;

namespace qm {

class LogHistogram;
class LogsModel;
class LogsSession;
class Settings;

/// The Logs page: the fleet's central `system_logs` table (PostgreSQL, or the embedded
/// SQLite file of this machine) — its lines under a filter, newest first, with a volume
/// histogram whose drag selects a time range, the detail of a line, jumps to the next
/// and previous error, follow mode, the error summary by signature and statistics.
/// Every query runs in the session's thread (LogsSession).
class LogsPage : public QWidget
{
    Q_OBJECT

public:
    /// `embeddedPath` is the SQLite file of this machine (created when first read).
    LogsPage(Settings *settings, const QString &embeddedPath, QWidget *parent = nullptr);
    ~LogsPage() override;

    /// Connects to `uri` (empty: the embedded file) and reads it.
    void connectTo(const QString &uri);
    /// The filter the bar says.
    LogFilter filter() const;
    /// Sets the bar to read `worker`'s (or `task`'s) lines over all time.
    void showTimeline(const QString &workerId, const QString &taskId);

    LogsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    LogHistogram *histogram() const { return m_histogram; }
    QTreeWidget *summary() const { return m_summary; }
    QPlainTextEdit *details() const { return m_details; }
    QString state() const;
    bool isBusy() const;

public Q_SLOTS:
    /// Reads everything again under the bar's filter.
    void refresh();
    /// Selects the next (older) or previous (newer) line of level ERROR or worse.
    void nextError();
    void previousError();
    void setFollowing(bool following);

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// The connection, a page, the histogram or a tab finished (for tests).
    void settled();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildFilterBar(QVBoxLayout *layout);
    void applyFilter();
    void scheduleFilter();
    void readHistogram();
    void readSummary();
    void readStatistics();
    void showDetails();
    void jumpToError(LogDirection direction);
    void selectLine(const QString &id);
    void setState(const QString &text, bool error = false);
    void addConnection();
    void removeConnection();
    void reloadConnections(const QString &select);
    void showContextMenu(const QPoint &at);
    void tabChanged();
    void settle(int delta);

    Settings *m_settings;
    QString m_embeddedPath;
    LogsSession *m_session;
    LogsModel *m_model;
    bool m_connected = false;
    bool m_shown = false;
    int m_pending = 0;
    quint64 m_readSerial = 0;
    QString m_selectAfterLoad;
    std::optional<std::pair<qint64, qint64>> m_customRange;
    /// Passwords typed in this session, by the location they belong to; never saved.
    QHash<QString, QString> m_passwords;

    QComboBox *m_connection;
    QToolButton *m_addConnection;
    QToolButton *m_removeConnection;
    QPushButton *m_createTable;
    QLabel *m_state;
    QComboBox *m_range;
    QComboBox *m_level;
    QLineEdit *m_sourceType;
    QLineEdit *m_sourceId;
    QLineEdit *m_worker;
    QLineEdit *m_task;
    QLineEdit *m_cycle;
    QLineEdit *m_search;
    QLineEdit *m_metadata;
    QToolButton *m_follow;
    QTimer *m_filterTimer;
    QTimer *m_followTimer;
    QTabWidget *m_tabs;
    LogHistogram *m_histogram;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    QTreeWidget *m_summary;
    QTreeWidget *m_statistics;
};

} // namespace qm
