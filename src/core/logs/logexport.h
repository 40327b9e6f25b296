#pragma once

// Log lines written out as a stream: the formats `qmctl logs query` prints and `export`
// writes, the page walk they share with the Logs page's export, and the export itself.

#include "core/logs/logline.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace qm {

class LogStore;

/// How log lines are printed or exported.
enum class LogFormat {
    Text,  ///< one line per log line: local time, level, source, message
    Json,  ///< `{"schemaVersion": 1, "logs": [...]}`
    Jsonl, ///< one JSON object per line (core/logs/logjsonl.h)
    Csv,   ///< a header row, then one row per line (core/logs/logcsv.h)
};

/// The format a word names ("text", "json", "jsonl", "csv"); nothing for another word.
std::optional<LogFormat> logFormat(const QString &word);

/// Writes log lines in one format as a stream of bytes, a page at a time, so that no
/// more than a page is ever held: begin(), page() for each page, end().
class LogLinesWriter
{
public:
    explicit LogLinesWriter(LogFormat format)
        : m_format(format)
    {}
    /// What comes before the first line: the CSV header, the JSON document's start.
    QByteArray begin() const;
    /// `lines` in the format (for JSON, with the commas between objects).
    QByteArray page(const QList<LogLine> &lines);
    /// The same for lines already written as JSON Lines (LogStore::forEachJsonPage()),
    /// for the JSON formats only.
    QByteArray jsonLines(QByteArray lines);
    /// What comes after the last line: the end of the JSON document, with
    /// `"error": {"message": error}` when the lines stopped early because of `error`.
    QByteArray end(const QString &error = {}) const;

private:
    LogFormat m_format;
    bool m_first = true;
};

/// `line` for a person: "2026-12-06 21:31:51.123  ERROR     worker/gpu-1  message",
/// the time local.
QString logLineText(const LogLine &line);

/// How many lines a page of a walk (`qmctl logs query`, `timeline`) reads at once.
inline constexpr int kLogPageSize = 1000;
/// The same for an export, which reads every page anyway: fewer queries (on 10 million
/// lines, 1000 instead of 10,000: 5 s less on PostgreSQL), two pages of a few MB held.
inline constexpr int kLogExportPageSize = 10'000;

/// Reads the lines `filter` selects a page at a time, newest first (Older) or oldest
/// first, at most `limit` (-1: all), handing each page to `sink` (false from it stops
/// the walk), `pageSize` lines a page. Empty, or why a page could not be read
/// ("cancelled" when `cancel` was set).
QString forEachLogPage(LogStore &store, const LogFilter &filter, LogDirection direction,
                       qint64 limit, const std::function<bool(const QList<LogLine> &)> &sink,
                       const std::atomic<bool> *cancel = nullptr, int pageSize = kLogPageSize);

/// What exportLogs() did.
struct LogExportResult
{
    qint64 lines = 0;
    QString error; ///< empty when the file was written whole
    bool cancelled = false;
};

/// Writes every line `filter` selects, newest first, to `path` in `format`, streamed a
/// page at a time. The file is written beside `path` and renamed over it once complete,
/// so a failure or a cancel leaves no half file and an earlier file stays as it was.
/// `progress` hears the lines written so far after each page.
LogExportResult exportLogs(LogStore &store, const LogFilter &filter, LogFormat format,
                           const QString &path, const std::function<void(qint64)> &progress = {},
                           const std::atomic<bool> *cancel = nullptr);

} // namespace qm
