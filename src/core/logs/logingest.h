#pragma once

#include "core/logs/logjsonl.h"

#include <QList>
#include <QString>

#include <functional>

class QIODevice;

namespace qm {

class LogStore;

/// What an ingest of JSON Lines did.
struct LogIngestResult
{
    qint64 inserted = 0; ///< lines added
    qint64 accepted = 0; ///< good lines read: added, or already there (same id)
    QList<LogJsonRejection> rejected;
    QString readError;  ///< reading the input failed (nothing after it was added)
    QString storeError; ///< the store refused a batch (what was committed before is in)
};

/// Reads JSON Lines from `input` (open; read until its end) and adds them to `store` in
/// batches of kLogIngestBatch, committed every kLogIngestCommitLines lines where the
/// store groups them (LogStore::beginBulk()), else every batch (`qmctl logs ingest`).
/// A thread of its own reads and parses the next batch while this one writes the last,
/// so at most two batches are held. A bad line is rejected with its number and reading
/// goes on; a read or store error stops the ingest, and what was not committed yet is
/// not added (`inserted` counts what was). `progress` gets the lines added so far after
/// each batch.
LogIngestResult ingestLogs(LogStore &store, QIODevice *input,
                           const std::function<void(qint64 inserted)> &progress = {});

} // namespace qm
