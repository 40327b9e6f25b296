#pragma once

// One line of the fleet's central `system_logs` table, the filters it is read with and
// the place a page of lines ends at (docs/logs.md).

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace qm {

/// A row of `system_logs`.
struct LogLine
{
    QString id;        ///< a UUID, lower-case
    qint64 timeUs = 0; ///< `timestamp`, microseconds since the epoch (UTC)
    QString sourceType;
    QString sourceId;
    QString level; ///< `log_level` as written ("ERROR"; writers may use other case)
    QString message;
    QString taskId;   ///< empty: null
    QString workerId; ///< empty: null
    std::optional<int> cycle;
    QByteArray metadata; ///< compact JSON text; empty: null

    bool operator==(const LogLine &) const = default;
};

/// "2026-12-06T20:31:51.123456Z": how a time is written to and compared in the SQLite
/// table (it sorts as time does) and passed to PostgreSQL.
QString logTimeText(qint64 timeUs);
/// The same appended to `*out` (export and COPY write it without a QString).
void appendLogTimeText(QByteArray *out, qint64 timeUs);
/// The same written at `to` (kLogTimeTextSize bytes), for a year of four digits (every
/// time there is to log); false, with nothing written, for any other.
inline constexpr qsizetype kLogTimeTextSize = 27;
bool writeLogTimeText(char *to, qint64 timeUs);
/// The time `text` holds (ISO-8601, with or without a fraction or zone; a zone-less time
/// is UTC); nothing when it is not a time.
std::optional<qint64> logTimeFromText(QStringView text);
/// The same for UTF-8 text (a database's bytes), without a QString for the common shape.
std::optional<qint64> logTimeFromUtf8(QByteArrayView text);
qint64 logTimeUs(const QDateTime &time);
QDateTime logDateTime(qint64 timeUs);

/// The levels in order, as the fleet writes them.
inline const QStringList &logLevels()
{
    static const QStringList levels = {QStringLiteral("DEBUG"), QStringLiteral("INFO"),
                                       QStringLiteral("WARNING"), QStringLiteral("ERROR"),
                                       QStringLiteral("CRITICAL")};
    return levels;
}
/// The rank of `level` in logLevels(), its case ignored ("warn" is WARNING, "fatal"
/// CRITICAL); -1 for a level it does not know.
int logLevelRank(QStringView level);
/// Every spelling a filter for `minimum` and above matches ("ERROR", "error", "Error",
/// …), so that the level's index serves the filter: the levels at or above `minimum`
/// in upper, lower and capitalised case, and their aliases.
QStringList logLevelSpellingsFrom(int minimumRank);

/// What to read. Every field left empty (or negative) filters nothing.
struct LogFilter
{
    qint64 fromUs = -1; ///< `timestamp` >= this
    qint64 toUs = -1;   ///< `timestamp` < this
    int minLevelRank = -1;
    QString sourceType;
    QString sourceId;
    QString workerId;
    QString taskId;
    std::optional<int> cycle;
    /// A literal substring of the message, case ignored (Unicode case folding), whatever
    /// characters it holds: `%`, `_`, `\` and quotes match themselves.
    QString text;
    /// `metadata` holds key `metadataKey` (a top-level key) with the value
    /// `metadataValue` (compared as text: a number or true matches "3" or "true").
    QString metadataKey;
    QString metadataValue;

    bool operator==(const LogFilter &) const = default;
};

/// Where a page ended: the (timestamp, id) of its last line. The next page in the same
/// direction starts strictly after it, so lines of equal timestamps are neither skipped
/// nor shown twice.
struct LogCursor
{
    qint64 timeUs = 0;
    QString id;

    bool operator==(const LogCursor &) const = default;
};

/// Which way a page reads from its cursor.
enum class LogDirection {
    Older, ///< newest first: (timestamp, id) descending
    Newer, ///< oldest first: ascending
};

} // namespace qm
