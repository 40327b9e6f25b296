#pragma once

// The logs a 3D-generation miner keeps in its data directory (docs/formats.md, "A
// 3D-generation miner's data directory"):
// generation_history.jsonl joined with the sample files, miner_config_history.jsonl and
// pending_generations.json. Every reader here takes damaged input in its stride: a bad
// line is counted and skipped, never fatal.

#include "generationlinescan.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace qm {

/// What generation_history.jsonl says about one generation. Any field may be missing in
/// the log: text fields are then empty, numbers nothing, times -1.
struct GenerationEntry
{
    QString generationId;
    qint64 createdMs = -1;   ///< metadata.timestamp, ms since the epoch
    QString rejectionReason; ///< generation.submission.rejection_reason ("low_clip_score")
    std::optional<double> clipScore;
    std::optional<qint64> numGaussians;
    std::optional<bool> clipPass;       ///< quality_metrics.clip_threshold_pass
    std::optional<bool> gaussianPass;   ///< quality_metrics.gaussian_count_pass
    std::optional<bool> validationPass; ///< quality_metrics.validation_pass
    QString taskType;                   ///< task.task_type ("TEXT-TO-3D")
    QString prompt;                     ///< task.prompt, cut to kPromptLength characters with "…"
    QString minerVersion;
    QJsonObject minerConfig;    ///< the entry's own miner_config, as logged
    QString rejectedSamplePath; ///< as logged: relative or absolute
    QString errorType;          ///< failure_analysis.error_type

    static constexpr int kPromptLength = 160;
    /// The validation flags that failed, by their log names ("clip_threshold_pass").
    QStringList failedChecks() const;
};

/// Reads one line of generation_history.jsonl; nothing when it is not a JSON object.
std::optional<GenerationEntry> parseGenerationEntry(QByteArrayView line);

/// Joins a streamed generation_history.jsonl with the sample files found on disk. A
/// sample matches the entry whose `rejected_sample_path` has the sample's file name
/// (whatever folder the log names, relative or absolute), or else — for accepted
/// outputs and entries without a path — the entry whose generation id is the part of
/// the file name before its last '_' (`<generation_id>_<hash16>.ply`). When several
/// entries match, the last in the log wins.
///
/// The log is handed over in pieces as it is read (a file, an ssh pipe), split
/// anywhere; whole lines are parsed on several threads in large batches, so memory stays
/// bounded by the batch size whatever the log's length. Blank lines are ignored; a line
/// that is not a JSON object is counted in badLines() and skipped.
class GenerationJoin
{
public:
    /// `fileNames`: the samples' file names (no folders); matches are reported by index.
    explicit GenerationJoin(const QStringList &fileNames);

    void feed(QByteArrayView bytes);
    /// Handles what is left (a last line without a newline). Call once, at the end.
    void finish();

    /// One per sample, in the order given: its entry, or nothing when the log has none.
    const QList<std::optional<GenerationEntry>> &entries() const { return m_entries; }
    qint64 lines() const { return m_lines; } ///< non-blank lines seen
    qint64 badLines() const { return m_badLines; }

private:
    void processBatch();

    QHash<QString, qsizetype> m_byFileName;
    QHash<QString, qsizetype> m_byGenerationId;
    QList<std::optional<GenerationEntry>> m_entries;
    QByteArray m_pending; ///< bytes not yet processed, ending in a partial line
    qint64 m_lines = 0;
    qint64 m_badLines = 0;
};

/// One record of miner_config_history.jsonl.
struct MinerConfigChange
{
    qint64 timeMs = -1;
    QString event;       ///< "config_change", "startup", ...
    QJsonObject changes; ///< key → {"old": …, "new": …}
    QString reason;
};

/// The configuration history of a miner, oldest first.
class MinerConfigHistory
{
public:
    /// Parses the whole file. Lines that are not objects with a readable timestamp are
    /// counted in `*badLines` and skipped; the rest is sorted by time (stable).
    static MinerConfigHistory parse(QByteArrayView text, qint64 *badLines = nullptr);

    const QList<MinerConfigChange> &changes() const { return m_changes; }
    bool isEmpty() const { return m_changes.isEmpty(); }
    /// The configuration in force at `ms`: every key's "new" value from the last change
    /// at or before `ms`. Empty when no change is that old (or `ms` < 0).
    QJsonObject configAt(qint64 ms) const;

private:
    QList<MinerConfigChange> m_changes;
    QList<QJsonObject> m_snapshots; ///< the configuration after each change
};

/// Generations a miner started and has not finalised (pending_generations.json).
struct PendingGenerations
{
    int count = 0;
    /// Those started more than `stuckAfterMs` before the time given to the parser.
    int stuck = 0;
    qint64 oldestMs = -1; ///< the oldest start time found; -1 when none has one
};

/// Parses pending_generations.json (`{generation_id: entry, …}`). An entry's start is its
/// `timestamp`, `started_at`, `created_at` or `metadata.timestamp` (ISO-8601 text or
/// seconds since the epoch); entries without one are counted but never stuck. Nothing,
/// with `*error`, when the text is not a JSON object.
std::optional<PendingGenerations> parsePendingGenerations(QByteArrayView text, qint64 nowMs,
                                                          qint64 stuckAfterMs, QString *error);

/// Milliseconds since the epoch of an ISO-8601 time ("2025-11-12T10:00:00+00:00", "…Z",
/// fractions allowed; no offset means UTC) or of a number of seconds; -1 when neither.
qint64 logTimeMs(const QJsonValue &value);

} // namespace qm
