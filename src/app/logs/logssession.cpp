#include "logssession.h"

namespace qm {

LogsSession::LogsSession(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("logs"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

LogsSession::~LogsSession()
{
    // The store goes in its own thread, after what was posted before, then the thread.
    QMetaObject::invokeMethod(
        m_worker, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void LogsSession::post(std::function<void(LogStore *store)> task)
{
    QMetaObject::invokeMethod(
        m_worker, [this, task = std::move(task)] { task(m_store.get()); }, Qt::QueuedConnection);
}

void LogsSession::connectTo(const SqlLocation &location, bool embedded,
                            std::function<void(const QString &, const QString &, bool)> done)
{
    m_displayName = location.displayName();
    m_postgres = location.kind == SqlLocation::Kind::Postgres;
    QPointer<LogsSession> guard(this);
    post([this, guard, location, embedded, done = std::move(done)](LogStore *) {
        m_store.reset();
        auto store = std::make_unique<LogStore>(QStringLiteral("logs-page"));
        QString error;
        QString problem;
        bool missing = false;
        if (store->open(location, &error, embedded)) {
            problem = store->schemaProblem(&missing);
            m_store = std::move(store);
        }
        QMetaObject::invokeMethod(
            this,
            [guard, done, error, problem, missing] {
                if (guard)
                    done(error, problem, missing);
            },
            Qt::QueuedConnection);
    });
}

} // namespace qm
