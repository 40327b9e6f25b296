#pragma once

// The samples a miner's data directory holds (docs/formats.md, "A 3D-generation
// miner's data directory"), each beside what its
// generation_history.jsonl says about it: the index the Samples page and `qmctl samples`
// show, and the ground their cleanups are planned on.

#include "generationlog.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace qm {

struct FleetAccess;

/// A miner data directory: on this machine (`host` empty) or on a host of the config.
struct SampleSource
{
    QString host;
    QString dataDir; ///< absolute

    /// "/data" or "HOST:/data".
    QString label() const;
    friend bool operator==(const SampleSource &, const SampleSource &) = default;
};

/// Which set a sample belongs to.
enum class SampleSet {
    Rejected, ///< ply_files/rejected_samples/*.ply: a random share of the rejected ones
    Accepted, ///< ply_files/*.ply: outputs that were submitted
};

/// One sample file and what the log says about it.
struct SampleRecord
{
    SampleSource source;
    QString relativePath; ///< inside the data directory: "ply_files/rejected_samples/x.ply"
    SampleSet set = SampleSet::Rejected;
    qint64 sizeBytes = 0;
    qint64 modifiedMs = 0;
    /// The generation_history.jsonl entry; nothing when the log has none ("not in log").
    std::optional<GenerationEntry> log;

    QString fileName() const;
    /// The file's path on its host (dataDir + relativePath).
    QString absolutePath() const;
    /// When the sample was made: the log's timestamp, else the file's modification time.
    qint64 timeMs() const;
    /// The rejection reason, "" when not in the log or the log gives none.
    QString reason() const { return log ? log->rejectionReason : QString(); }
};

/// Everything read from one data directory.
struct SampleSourceIndex
{
    SampleSource source;
    QList<SampleRecord> samples; ///< rejected first, each set sorted by file name
    bool historyFound = false;   ///< generation_history.jsonl was there
    qint64 historyLines = 0;
    qint64 badHistoryLines = 0;
    MinerConfigHistory configHistory;
    qint64 badConfigLines = 0;
    std::optional<PendingGenerations> pending; ///< nothing when the file is absent
    /// Non-fatal problems, for a person: an unreadable pending file, links left alone.
    QStringList warnings;
};

/// How long a generation may stay pending before it counts as stuck.
inline constexpr qint64 kStuckGenerationMs = 60LL * 60 * 1000;

/// Lists `ply_files/rejected_samples/*.ply` and `ply_files/*.ply` under the local
/// `dataDir` (regular files only: links are never followed, and left out), and joins
/// them with the logs beside them, streaming generation_history.jsonl. A missing
/// `ply_files` folder or log gives an index without samples or entries; nothing, with
/// `*error`, when `dataDir` itself cannot be read or the work was cancelled. Blocking.
std::optional<SampleSourceIndex> indexLocalSamples(const QString &dataDir, qint64 nowMs,
                                                   const std::atomic<bool> *cancel, QString *error);

/// The same for a data directory on a host of `access`'s config, over ssh: the files
/// are listed with the remote cleanup planner's `find` (no link followed), the history is
/// streamed through `cat` and joined as it arrives. `command` gets each command line run.
std::optional<SampleSourceIndex>
indexRemoteSamples(const SampleSource &source, const FleetAccess &access, qint64 nowMs,
                   const std::atomic<bool> *cancel, QString *error,
                   const std::function<void(const QString &)> &command = {});

/// Either of the two, by `source.host`.
std::optional<SampleSourceIndex> indexSamples(const SampleSource &source, const FleetAccess &access,
                                              qint64 nowMs, const std::atomic<bool> *cancel,
                                              QString *error);

/// A sample as `qmctl samples list --format json` prints it: path, sizeBytes,
/// generationId, createdAt, rejectionReason, clipScore, numGaussians, inLog (null for
/// what the log does not say), plus host, set, modifiedAt, taskType, prompt,
/// failedChecks, minerVersion.
QJsonObject sampleToJson(const SampleRecord &sample);

} // namespace qm
