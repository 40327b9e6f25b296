#pragma once

// Log lines as JSON Lines, both ways (docs/logs.md, "JSON Lines"): what `qmctl logs
// query --format jsonl` and `export` write, and what `qmctl logs ingest` reads.

#include "core/logs/logline.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class QIODevice;

namespace qm {

/// `line` as qmctl's JSON shows it: `{"id", "timestamp", "sourceType", "sourceId",
/// "level", "message", "taskId", "workerId", "cycleNumber", "metadata"}`, the time as
/// ISO-8601 UTC with microseconds ("2026-12-06T20:31:51.123456Z"), absent values null,
/// `metadata` as the JSON value it holds (text that is not JSON stays a string).
QJsonObject logLineToJsonObject(const LogLine &line);
/// The same as one compact line of JSON, without the newline, keys in the table's order.
QByteArray logLineToJson(const LogLine &line);
/// The same appended to `*out`.
void appendLogLineJson(QByteArray *out, const LogLine &line);

/// A line's fields as the UTF-8 a database returned, for appendLogLineJson() with no
/// LogLine (and no QString) in between: an export's fast path. An empty view is an
/// absent value, as an empty string is in LogLine.
struct LogLineUtf8
{
    QByteArrayView id;
    qint64 timeUs = 0;
    QByteArrayView sourceType;
    QByteArrayView sourceId;
    QByteArrayView level;
    QByteArrayView message;
    QByteArrayView taskId;
    QByteArrayView workerId;
    QByteArrayView cycle; ///< the number in decimal, as QByteArray::number() writes it
    QByteArrayView metadata;
};
/// The same bytes as appendLogLineJson() of the LogLine that holds these fields.
void appendLogLineJson(QByteArray *out, const LogLineUtf8 &line);

/// A LogLine's text fields converted to UTF-8 and kept: what appendLogLineJson() and a
/// store's insert take from a LogLine.
struct LogLineBytes
{
    explicit LogLineBytes(const LogLine &line);
    /// Views of these bytes (and of `line`'s time and metadata): valid while both live.
    LogLineUtf8 view(const LogLine &line) const;

    QByteArray id;
    QByteArray sourceType;
    QByteArray sourceId;
    QByteArray level;
    QByteArray message;
    QByteArray taskId;
    QByteArray workerId;
    QByteArray cycle; ///< empty when the line has none
};

/// The line that the JSON object `text` (one line of a JSON Lines file) describes;
/// nothing, with `*error` for a person, when it is not one. Keys are the table's column
/// names (`id`, `timestamp`, `source_type`, `source_id`, `log_level`, `message`,
/// `task_id`, `worker_id`, `cycle_number`, `metadata`) or qmctl's camelCase ones
/// (`sourceType`, `level`, `cycleNumber`…); other keys are ignored. The rules:
/// - `timestamp`, `source_type`, `source_id`, `log_level` are required, non-empty
///   strings; `message` a required string (it may be empty); the time anything
///   logTimeFromText reads (a time without a zone is UTC);
/// - `id` a UUID (any case, braces allowed; stored lower-case). When absent or null the
///   line gets a version-5 UUID made from its text, so that ingesting the same file
///   twice adds it once;
/// - `task_id` null or a UUID, `worker_id` null or a string, `cycle_number` null or an
///   integer, `metadata` null, a JSON object, or a string holding one.
std::optional<LogLine> logLineFromJson(QByteArrayView text, QString *error);

/// A line of a JSON Lines file that was not taken, and why.
struct LogJsonRejection
{
    qint64 line = 0; ///< 1-based line number in the file
    QString message;

    bool operator==(const LogJsonRejection &) const = default;
};

/// How many lines an ingest parses and hands to the store at once (`qmctl logs
/// ingest`): a few MB held at most.
inline constexpr int kLogIngestBatch = 10'000;
/// How many lines an ingest commits at once where the store allows it (SQLite: each
/// commit rewrites every index page its lines touched, which costs more the larger the
/// file; on 300,000 lines 17.5 s with a commit every 10,000, 10.3 s every 100,000).
inline constexpr int kLogIngestCommitLines = 100'000;

/// Reads JSON Lines from a device in chunks, a batch of lines at a time, never holding
/// more than one line and one chunk: a bad line is rejected with its number and the
/// reason and reading goes on. Blank lines are skipped; a line may end in "\r\n"; a
/// last line without a newline counts; a UTF-8 byte order mark at the start is skipped.
/// A line longer than maxLineBytes() is rejected without being held.
class LogJsonlReader
{
public:
    /// Reads from `device` (open, not owned). Its read() must block until data or the
    /// end, as a file's or standard input's does: 0 bytes read is the end.
    explicit LogJsonlReader(QIODevice *device, qint64 maxLineBytes = 64 * 1024 * 1024);

    /// Reads until `maxLines` good lines were added to `*lines` or the input ends;
    /// rejected lines are appended to `*rejected`. False once there is nothing more to
    /// read (what this call read is still in the lists), or when reading failed
    /// (error() is then set).
    bool read(int maxLines, QList<LogLine> *lines, QList<LogJsonRejection> *rejected);

    /// Why reading the device failed; empty when it did not.
    QString error() const { return m_error; }
    /// The number of lines read so far, blank ones included.
    qint64 linesRead() const { return m_lineNumber; }
    qint64 maxLineBytes() const { return m_maxLineBytes; }

private:
    /// Takes the line from m_position to `end` (its newline's index, or the buffer's end).
    void takeLine(qsizetype end, QList<LogLine> *lines, QList<LogJsonRejection> *rejected);
    void handleLine(QByteArrayView text, QList<LogLine> *lines, QList<LogJsonRejection> *rejected);

    QIODevice *m_device;
    qint64 m_maxLineBytes;
    QByteArray m_buffer;
    qsizetype m_position = 0; ///< where the next line starts in m_buffer
    qint64 m_lineNumber = 0;
    bool m_skipping = false; ///< inside a line too long to hold, until its newline
    bool m_atEnd = false;
    bool m_started = false;
    QString m_error;
};

} // namespace qm
