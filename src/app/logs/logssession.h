#pragma once

#include "core/logs/logstore.h"
#include "core/sql/sqllocation.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace qm {

/// The Logs page's connection to a `system_logs` table, in a thread of its own: every
/// query runs there (a QtSql connection belongs to the thread that opened it), so a slow
/// or dead server never holds the window up. Work is posted with run(); its result comes
/// back on the GUI thread. Requests run one after another, in the order posted.
class LogsSession : public QObject
{
    Q_OBJECT

public:
    explicit LogsSession(QObject *parent = nullptr);
    ~LogsSession() override;

    /// Connects to `location` (the embedded SQLite file is created with its table when
    /// `embedded`), dropping the previous connection. `done` gets the error (empty when
    /// connected) and, when connected, what is wrong with the table (empty when nothing).
    void connectTo(
        const SqlLocation &location, bool embedded,
        std::function<void(const QString &error, const QString &schemaProblem, bool tableMissing)>
            done);

    /// Runs `work` on the store in the session's thread, then `done` with its result on
    /// the GUI thread — unless the session, or `context`, is gone by then.
    template <typename Result>
    void run(QObject *context, std::function<Result(LogStore &store, QString *error)> work,
             std::function<void(const Result &result, const QString &error)> done)
    {
        QPointer<QObject> guard(context);
        post([this, guard, work = std::move(work), done = std::move(done)](LogStore *store) {
            QString error;
            Result result{};
            if (store)
                result = work(*store, &error);
            else
                error = tr("not connected");
            QMetaObject::invokeMethod(
                this,
                [guard, done, result = std::move(result), error] {
                    if (guard)
                        done(result, error);
                },
                Qt::QueuedConnection);
        });
    }

    /// The location connected to (or being connected to), for people.
    QString displayName() const { return m_displayName; }
    bool isPostgres() const { return m_postgres; }

private:
    /// Runs `task` in the session's thread with the store (null when not connected).
    void post(std::function<void(LogStore *store)> task);

    QThread m_thread;
    QObject *m_worker = nullptr;       ///< lives in m_thread; tasks run in its context
    std::unique_ptr<LogStore> m_store; ///< made, used and destroyed in m_thread only
    QString m_displayName;
    bool m_postgres = false;
};

} // namespace qm
