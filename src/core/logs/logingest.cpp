#include "logingest.h"

#include "core/async/handoff.h"
#include "core/logs/logstore.h"

#include <thread>

namespace qm {

namespace {

/// A batch read and parsed, handed from the reading thread to the writing one.
struct Batch
{
    QList<LogLine> lines;
    QList<LogJsonRejection> rejected;
    QString error; ///< reading failed
    bool last = false;
};

} // namespace

LogIngestResult ingestLogs(LogStore &store, QIODevice *input,
                           const std::function<void(qint64)> &progress)
{
    Handoff<Batch> slot;
    std::thread reader([input, &slot] {
        LogJsonlReader jsonl(input);
        for (bool more = true; more;) {
            Batch batch;
            more = jsonl.read(kLogIngestBatch, &batch.lines, &batch.rejected);
            batch.error = jsonl.error();
            batch.last = !more || !batch.error.isEmpty();
            if (!slot.put(std::move(batch)) || !jsonl.error().isEmpty())
                return;
        }
    });

    LogIngestResult result;
    for (;;) {
        Batch batch = *slot.take(); // the reader closes nothing: a batch always comes
        result.rejected += batch.rejected;
        if (!batch.error.isEmpty()) {
            result.readError = batch.error;
            break;
        }
        QString error;
        const qint64 added = store.insert(batch.lines, &error);
        if (added < 0) {
            result.storeError = error;
            break;
        }
        result.inserted += added;
        result.accepted += batch.lines.size();
        if (progress)
            progress(result.inserted);
        if (batch.last)
            break;
    }
    slot.close();
    reader.join();
    return result;
}

} // namespace qm
