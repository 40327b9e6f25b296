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
    QString error;
    // Lines added but not committed yet, and lines handed over since the last commit.
    qint64 pending = 0;
    qint64 sinceCommit = 0;
    bool stored = store.beginBulk(&error);
    for (; stored;) {
        Batch batch = *slot.take(); // the reader closes nothing: a batch always comes
        result.rejected += batch.rejected;
        if (!batch.error.isEmpty()) {
            result.readError = batch.error;
            break;
        }
        const qint64 added = store.insert(batch.lines, &error);
        if (added < 0) {
            stored = false;
            break;
        }
        pending += added;
        sinceCommit += batch.lines.size();
        result.accepted += batch.lines.size();
        if (store.inBulk() && sinceCommit >= kLogIngestCommitLines) {
            if (!store.commitBulk(&error)) {
                stored = false;
                break;
            }
            sinceCommit = 0;
        }
        if (!store.inBulk() || sinceCommit == 0) {
            result.inserted += pending;
            pending = 0;
        }
        if (progress)
            progress(result.inserted + pending);
        if (batch.last)
            break;
    }
    // What was read before a read error is still added; after a store error nothing
    // pending is.
    if (stored && store.endBulk(true, &error)) {
        result.inserted += pending;
    } else {
        QString ignored;
        store.endBulk(false, &ignored);
        result.storeError = error;
    }
    slot.close();
    reader.join();
    return result;
}

} // namespace qm
