#pragma once

#include "hosts/hostprobe.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace qm {

/// Where Quartermaster keeps its databases: `$XDG_DATA_HOME/quartermaster` (on macOS
/// ~/Library/Application Support/quartermaster), shared by the app and qmctl.
QString defaultDataDirectory();

/// The local history of probes (SQLite, WAL): every probe of every host with its
/// volumes, data categories and daemons, for the trends and for "unreachable since".
/// The schema is versioned (`PRAGMA user_version`) and migrated on open. One store
/// per thread: a connection is used only by the thread that opened it.
class HistoryStore
{
public:
    static constexpr int kSchemaVersion = 1;

    HistoryStore();
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    /// Opens (creating) `path` and brings its schema up to date. False and `error`
    /// when it cannot be opened, or was written by a newer Quartermaster.
    bool open(const QString &path, QString *error);
    bool isOpen() const;
    QString path() const { return m_path; }

    /// Records one probe, all or nothing. False and `error` on a database error.
    bool record(const HostProbe &probe, QString *error);

    /// When `host` began failing: the time of the oldest failed probe after its last
    /// successful one. Invalid when its latest probe succeeded or it has none.
    QDateTime failingSince(const QString &host) const;

    /// The latest probe of `host` as recorded (status, error, volumes, categories,
    /// daemons); `name` empty when there is none.
    HostProbe latestProbe(const QString &host) const;

    /// How many probes are recorded for `host` (all hosts when empty).
    qint64 probeCount(const QString &host = QString()) const;

private:
    bool migrate(QString *error);
    QSqlDatabase database() const;

    QString m_connection;
    QString m_path;
};

} // namespace qm
