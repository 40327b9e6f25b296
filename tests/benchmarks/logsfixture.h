#pragma once

// The generated fleet logs of bench_logs: the same lines as JSON Lines (the table's
// column names, what `qmctl logs ingest` reads) and as CSV (what `psql \copy` and
// `sqlite3 .import` read), from a fixed seed so that every run is the same.

#include <QString>
#include <QStringList>

namespace qm::bench {

/// What writeLogsFixture() wrote, and what the benchmark filters on.
struct LogsFixture
{
    QString jsonlPath;
    QString csvPath;
    qint64 lines = 0;
    qint64 firstUs = 0; ///< the time range the lines spread over (~48 h)
    qint64 lastUs = 0;
    QString taskId;   ///< a task that has lines, for the task filter
    QString workerId; ///< a worker that has lines
    QString sourceId; ///< a host's source id
    QString sourceType = QStringLiteral("orchestrator");
    int cycle = 123;
};

/// The column names in the table's order, as the CSV header and the peers name them.
inline constexpr const char *kLogColumns = "id,timestamp,source_type,source_id,log_level,message,"
                                           "task_id,worker_id,cycle_number,metadata";

/// Writes `lines` lines into `folder` (logs.jsonl and logs.csv): 200 workers, 50,000
/// tasks (UUIDs), levels INFO/WARNING/ERROR/CRITICAL at 80/15/4/1 %, four source types,
/// cycles on most lines, metadata on a tenth, timestamps over 48 h mostly in order (up
/// to 2 s late), to the millisecond, some equal. False with `*error` when a file
/// cannot be written.
bool writeLogsFixture(const QString &folder, qint64 lines, LogsFixture *fixture, QString *error);

} // namespace qm::bench
