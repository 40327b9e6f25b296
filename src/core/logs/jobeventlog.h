#pragma once

// Quartermaster's own work in the logs table: every event of every job (an attempt
// started, its log lines, the commands it ran, how it ended) written into the embedded
// `system_logs` beside the fleet's lines, with source_type `quartermaster` and source_id
// `job:<id>` (docs/logs.md), so its work is searched, summarised and followed with them.

#include "core/jobs/jobs.h"
#include "core/logs/logline.h"

#include <QList>
#include <QString>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

class QThread;

namespace qm {

/// The source type of Quartermaster's own lines.
inline constexpr QLatin1StringView kQuartermasterSourceType{"quartermaster"};

/// The source id of the lines of job `id`: "job:7".
QString jobLogSourceId(qint64 id);

/// `event` as a line of the table, its id a time-ordered UUID: its level (INFO; DEBUG for a
/// command; ERROR for a failed attempt, WARNING for a cancelled, interrupted or retried one), its
/// message, worker_id the first host it reaches (none for this machine's work), and metadata
/// `{"jobId", "kind", "attempt", "event"}`.
LogLine jobEventLine(const JobEvent &event);

/// Writes job events into an SQLite logs file from a thread of its own, in batches a
/// second apart (as the fleet's writers do), so that a job never waits on the file. The
/// table is created when missing. What could not be written is said once on standard
/// error and dropped: the job's own log in the queue keeps every line.
class JobEventLog
{
public:
    explicit JobEventLog(QString sqlitePath);
    /// Writes what is waiting, then stops its thread.
    ~JobEventLog();
    JobEventLog(const JobEventLog &) = delete;
    JobEventLog &operator=(const JobEventLog &) = delete;

    /// Adds `event`; safe from any thread, never blocks on the database.
    void add(const JobEvent &event);
    /// A function that adds to this log, for JobRunner::Options::events. The log must
    /// outlive every runner given it.
    std::function<void(const JobEvent &)> sink();

private:
    void writeLoop();

    QString m_path;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    QList<LogLine> m_pending;
    bool m_stopping = false;
    QThread *m_thread = nullptr;
};

} // namespace qm
