#pragma once

#include "core/logs/logexport.h"
#include "core/logs/logline.h"
#include "core/logs/logsummary.h"
#include "core/sql/sqllocation.h"

#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;
class QTreeWidget;
class QVBoxLayout;

namespace qm {

class DatabasePasswords;
class LogHistogram;
class LogsModel;
class PasswordDialog;
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

    /// Connects to `uri` (empty: the embedded file) and reads it. A PostgreSQL profile
    /// without a password in this session gets the one stored in the system keychain
    /// first (asynchronously), else connects without (libpq may find ~/.pgpass). A server
    /// that asks for a password, or refuses the one given, gets the password dialog.
    void connectTo(const QString &uri);
    /// The password dialog open for the current connection, or nullptr.
    PasswordDialog *passwordDialog() const;
    /// What the system keychain could not do with a password (also said through
    /// statusMessage), or empty; cleared by the next connectTo().
    QString passwordNote() const;
    /// The filter the bar says.
    LogFilter filter() const;
    /// Sets the bar to read `worker`'s (or `task`'s) lines over all time.
    void showTimeline(const QString &workerId, const QString &taskId);

    /// Shows the lines the job runner wrote for job `jobId` (source_type "quartermaster",
    /// source_id "job:<id>") in the embedded file of this machine, over all time, every
    /// other field of the bar cleared; connects to the embedded file first if need be.
    void showJobLines(qint64 jobId);

    /// The hosts of the open config (their names), for the links from a line to its
    /// host on the Hosts, Trends and Jobs pages.
    void setHosts(const QStringList &names);
    /// The host of the open config that `line`'s worker_id, else its source_id, names
    /// (any case), spelt as the config does; empty when neither names one.
    QString hostOf(const LogLine &line) const;
    /// The line selected in the table, or nullptr.
    const LogLine *currentLine() const;
    /// The links from a line, as its context menu (and the details') offers them: the
    /// worker's and task's timelines, Show Host, Trends at This Time, Jobs Around This Time.
    void addLineActions(QMenu *menu, const LogLine &line);

    /// Writes every line the bar's filter selects (as it is now), newest first, to the
    /// user's file `path` in `format`: in the session's thread, a page at a time, the file
    /// replaced only once complete (core/logs/logexport.h, core/fsutil/userfile.h: a
    /// link is followed, anything but a regular file refused). A bar under the filter
    /// shows the lines written so far and Cancel; exportFinished follows, and the state
    /// says "N lines written to FILE" or why not. One export at a time: false (and
    /// nothing done) while one runs or when not connected.
    bool exportTo(const QString &path, LogFormat format);
    /// Stops the export under way; the file is left as it was.
    void cancelExport();
    bool isExporting() const { return bool(m_export); }
    /// The format a file named `path` is exported in: its suffix's (.jsonl, .json, .csv),
    /// else `fallback`.
    static LogFormat exportFormatOf(const QString &path, LogFormat fallback);

    LogsModel *model() const { return m_model; }
    LogsSession *session() const { return m_session; }
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
    /// Asks where to export the lines the filter selects (JSON Lines, JSON or CSV, by the
    /// type chosen or the file's suffix), then exportTo().
    void chooseExport();

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// An export ended: `lines` written (when `error` is empty), or why not.
    void exportFinished(qint64 lines, const QString &error, bool cancelled);
    /// A line asked for its host on the Hosts page (a name of the open config).
    void hostRequested(const QString &host);
    /// A line asked for the Trends page around its time (`atMs`, since the epoch), with
    /// its host's volumes when `host` is not empty.
    void trendsRequested(const QString &host, qint64 atMs);
    /// A line asked for the jobs of `host` (any host when empty) that ran around `atMs`.
    void jobsRequested(const QString &host, qint64 atMs);
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
    /// Asks for a database, saves it without its password in the settings and puts the
    /// password (if the URI held one) in the system keychain, then connects.
    void addConnection();
    /// Forgets the chosen database, and deletes its password from the system keychain.
    void removeConnection();
    /// Connects to `location` (`uri` parsed, its password filled in) if `serial` is still
    /// the latest connection asked for.
    void openConnection(const QString &uri, const SqlLocation &location, quint64 serial);
    /// Opens the password dialog for `uri`, the server having said `reason`.
    void askPassword(const QString &uri, const QString &reason);
    /// Keeps `password` for this session and stores it in the system keychain.
    void rememberPassword(const QString &uri, const QString &password);
    /// Deletes the password of `uri` from the system keychain (and this session).
    void forgetPassword(const QString &uri);
    void setPasswordNote(const QString &text);
    void reloadConnections(const QString &select);
    void showContextMenu(const QPoint &at);
    void tabChanged();
    void settle(int delta);
    void showExportProgress();

    /// What the session's thread and the page share during an export.
    struct ExportState
    {
        std::atomic<bool> cancel{false};
        std::atomic<qint64> lines{0};
        QString path;
    };

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
    /// Passwords of this session (typed, or read from the system keychain), by the
    /// profile they belong to; never written to the settings.
    QHash<QString, QString> m_passwords;
    DatabasePasswords *m_keychain;
    quint64 m_connectSerial = 0; ///< the latest connection asked for
    QPointer<PasswordDialog> m_passwordDialog;
    QLabel *m_passwordNote;
    QStringList m_hosts; ///< of the open config

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
    QToolButton *m_exportButton;
    QAction *m_exportAction;
    QWidget *m_exportBar;
    QProgressBar *m_exportProgress;
    QLabel *m_exportLabel;
    QTimer *m_exportTimer;
    std::shared_ptr<ExportState> m_export; ///< the export under way; null when none
};

} // namespace qm
