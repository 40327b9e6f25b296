#pragma once

// What `qmctl logs` shares between its actions: the output formats of log lines,
// written a page at a time, and the follow loop of `logs tail`.

#include "core/logs/logline.h"
#include "core/sql/sqllocation.h"
#include "output.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace qm {
class LogStore;
}

namespace qm::cli {

/// How log lines are printed or exported.
enum class LogsFormat {
    Text,  ///< one line per log line: local time, level, source, message
    Json,  ///< `{"schemaVersion": 1, "logs": [...]}`
    Jsonl, ///< one JSON object per line (core/logs/logjsonl.h)
    Csv,   ///< a header row, then one row per line (core/logs/logcsv.h)
};

/// The format a --format value names; nothing for another word.
std::optional<LogsFormat> logsFormat(const QString &value);

/// Writes log lines in one format as a stream of bytes, a page at a time, so that no
/// more than a page is ever held: begin(), page() for each page, end().
class LogLinesWriter
{
public:
    explicit LogLinesWriter(LogsFormat format)
        : m_format(format)
    {}
    /// What comes before the first line: the CSV header, the JSON document's start.
    QByteArray begin() const;
    /// `lines` in the format (for JSON, with the commas between objects).
    QByteArray page(const QList<LogLine> &lines);
    /// What comes after the last line: the end of the JSON document, with
    /// `"error": {"message": error}` when the lines stopped early because of `error`.
    QByteArray end(const QString &error = {}) const;

private:
    LogsFormat m_format;
    bool m_first = true;
};

/// `line` for a person: "2026-12-06 21:31:51.123  ERROR     worker/gpu-1  message",
/// the time local.
QString logLineText(const LogLine &line);

/// How `qmctl logs tail` follows.
struct TailOptions
{
    int initialLines = 20;          ///< printed before following
    qint64 lookBackUs = 30'000'000; ///< how far before the newest line shown each poll rereads
    int pollMs = 1000;
};

/// `qmctl logs tail`: prints the newest lines `filter` selects from `store` (open on
/// `location`), then every poll the lines that came since, until SIGINT or SIGTERM.
/// Each poll rereads from lookBackUs before the newest line shown (the fleet's writers
/// batch their lines, so a line can arrive after newer ones) and skips the ids already
/// shown, so a late line is shown once. A query that fails is taken for a lost
/// connection: "connection lost, retrying" on standard error, the connection opened
/// again with back-off (1, 2, 4… up to 30 s), "connection back" when it is, and the
/// lines of the gap are shown then. Returns the exit code.
int followLogs(LogStore &store, const SqlLocation &location, const LogFilter &filter,
               LogsFormat format, const TailOptions &options, Output &output);

} // namespace qm::cli
