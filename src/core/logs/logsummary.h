#pragma once

// The error summary of the Logs page and `qmctl logs summary`: lines grouped by the
// signature of their message, the parts that change from one occurrence to the next
// masked (docs/logs.md).

#include "core/logs/logline.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace qm {

class LogStore;

/// `message` with what varies between occurrences of the same error masked: UUIDs
/// (`<uuid>`), quoted values (`"…"`, `'…'`), paths (`<path>`), hex ids (`0x…` and runs
/// of 12 or more hex digits: `<hex>`) and numbers (`<n>`), in that order; runs of
/// white space become one space. Never fails, whatever the message holds.
QString logSignature(QStringView message);

/// One signature and its lines.
struct LogSignatureCount
{
    QString signature;
    qint64 count = 0;
    qint64 firstUs = 0;
    qint64 lastUs = 0;
    QStringList sources; ///< `source_id`s, sorted, at most kMaxSignatureSources
    QString example;     ///< the newest line's message, cut to 2,000 characters
};

/// How many sources a signature lists by name.
inline constexpr int kMaxSignatureSources = 20;

/// The summary of what `filter` selects (its level left at ERROR and above when it sets
/// none): every signature, most lines first (then the latest first). Reads the lines a
/// page at a time, never all at once; at most `maxSignatures` distinct signatures are
/// kept (the rest are counted into the last entry, "other messages"). Nothing, with
/// `*error`, when a query failed or `cancel` was set.
std::optional<QList<LogSignatureCount>> summarizeLogs(LogStore &store, LogFilter filter,
                                                      QString *error,
                                                      const std::atomic<bool> *cancel = nullptr,
                                                      int maxSignatures = 10'000);

} // namespace qm
