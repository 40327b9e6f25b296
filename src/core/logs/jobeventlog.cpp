#include "jobeventlog.h"

#include "core/logs/logstore.h"
#include "core/sql/sqllocation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <optional>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::JobEventLog)
};

/// How many lines wait at most while the file cannot be written; older ones are dropped.
constexpr qsizetype kMaxPending = 100'000;

QString eventName(JobEvent::Type type)
{
    switch (type) {
    case JobEvent::Type::Started:
        return QStringLiteral("started");
    case JobEvent::Type::Log:
        return QStringLiteral("log");
    case JobEvent::Type::Command:
        return QStringLiteral("command");
    case JobEvent::Type::Ended:
        return QStringLiteral("ended");
    }
    return {};
}

/// A version 7 UUID (time-ordered) for a line at `timeMs`: the time, then a number
/// drawn once per process, then a counter. Lines of one process at the same millisecond
/// sort in the order they were made, so a job's events read in their order.
QString orderedUuid(qint64 timeMs)
{
    static const quint64 process = QRandomGenerator::system()->generate64();
    static std::atomic<quint64> counter{process >> 32};
    const quint64 sequence = counter.fetch_add(1);
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 6; ++i)
        bytes[i] = char((quint64(timeMs) >> (8 * (5 - i))) & 0xff);
    bytes[6] = char(0x70 | ((process >> 8) & 0x0f));
    bytes[7] = char(process & 0xff);
    bytes[8] = char(0x80 | ((sequence >> 56) & 0x3f));
    for (int i = 9; i < 16; ++i)
        bytes[i] = char((sequence >> (8 * (15 - i))) & 0xff);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace

QString jobLogSourceId(qint64 id)
{
    return QStringLiteral("job:%1").arg(id);
}

LogLine jobEventLine(const JobEvent &event)
{
    LogLine line;
    line.id = orderedUuid(event.timeMs);
    line.timeUs = event.timeMs * 1000;
    line.sourceType = kQuartermasterSourceType;
    line.sourceId = jobLogSourceId(event.jobId);
    line.workerId = event.hosts.value(0);
    line.level = QStringLiteral("INFO");
    const QString kind = event.kind.key();
    switch (event.type) {
    case JobEvent::Type::Started:
        line.message = Text::tr("%1 job %2 started (attempt %3)")
                           .arg(kind)
                           .arg(event.jobId)
                           .arg(event.attempt);
        break;
    case JobEvent::Type::Log:
        line.message = event.text;
        break;
    case JobEvent::Type::Command:
        line.level = QStringLiteral("DEBUG");
        line.message = Text::tr("ran: %1").arg(event.text);
        break;
    case JobEvent::Type::Ended:
        line.message =
            Text::tr("%1 job %2 %3")
                .arg(kind)
                .arg(event.jobId)
                .arg(event.state == JobState::Queued ? Text::tr("failed, tried again later")
                                                     : jobStateKey(event.state));
        if (!event.text.isEmpty())
            line.message += u": " + event.text;
        if (event.state == JobState::Failed)
            line.level = QStringLiteral("ERROR");
        else if (event.state != JobState::Succeeded)
            line.level = QStringLiteral("WARNING");
        break;
    }
    line.metadata = QJsonDocument(QJsonObject{{QStringLiteral("jobId"), event.jobId},
                                              {QStringLiteral("kind"), kind},
                                              {QStringLiteral("attempt"), event.attempt},
                                              {QStringLiteral("event"), eventName(event.type)}})
                        .toJson(QJsonDocument::Compact);
    return line;
}

JobEventLog::JobEventLog(QString sqlitePath)
    : m_path(std::move(sqlitePath))
{
    m_thread = QThread::create([this] { writeLoop(); });
    m_thread->setObjectName(QStringLiteral("job event log"));
    m_thread->start();
}

JobEventLog::~JobEventLog()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread->wait();
    delete m_thread;
}

void JobEventLog::add(const JobEvent &event)
{
    LogLine line = jobEventLine(event);
    const std::lock_guard lock(m_mutex);
    if (m_pending.size() >= kMaxPending)
        m_pending.removeFirst();
    m_pending.append(std::move(line));
}

std::function<void(const JobEvent &)> JobEventLog::sink()
{
    return [this](const JobEvent &event) { add(event); };
}

void JobEventLog::writeLoop()
{
    std::optional<LogStore> store;
    bool opened = false;
    bool warned = false;
    for (;;) {
        QList<LogLine> batch;
        bool stopping = false;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::seconds(1), [this] { return m_stopping; });
            batch.swap(m_pending);
            stopping = m_stopping;
        }
        if (!batch.isEmpty()) {
            QString error;
            if (!opened) {
                SqlLocation location;
                location.path = m_path;
                store.reset();
                store.emplace(QStringLiteral("job-events"));
                opened = store->open(location, &error, true);
                // An ingest into the same file commits every 100,000 lines, a few seconds
                // apart: this thread waits for the file (no job waits on it) rather than
                // drop the batch.
                if (opened)
                    QSqlQuery(store->database())
                        .exec(QStringLiteral("PRAGMA busy_timeout = 30000"));
            }
            // Opened again on the next batch after a failure: the file may have been
            // replaced or its folder made writable.
            if (opened && store->insert(batch, &error) < 0)
                opened = false;
            if (!error.isEmpty() && !warned) {
                std::fprintf(
                    stderr, "%s\n",
                    qPrintable(
                        Text::tr("job events are not written to %1: %2").arg(m_path, error)));
                warned = true;
            }
        }
        if (stopping)
            return;
    }
}

} // namespace qm
