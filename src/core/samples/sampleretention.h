#pragma once

// Which samples a retention rule removes, and the cleanup jobs that remove them: the
// plan a person previews on the Samples page or with `qmctl samples clean`.

#include "core/cleanup/cleanupjob.h"
#include "sampleindex.h"

#include <QList>
#include <QString>

namespace qm {

/// "Older than N days", "keep the newest N per reason", "keep the newest N per host":
/// a sample is removed only if every rule given allows it. A sample's age is its log
/// timestamp, else its file's modification time (SampleRecord::timeMs).
struct SampleRetentionRule
{
    int olderThanDays = -1; ///< -1: not given; allows samples made before now − N days
    int keepPerReason = -1; ///< -1: not given; allows all but the newest N of each reason
    int keepPerHost = -1;   ///< -1: not given; allows all but the newest N of each source
    qint64 nowMs = -1;      ///< the time ages count from; -1: now

    /// True when no rule is given: such a rule removes nothing.
    bool isEmpty() const { return olderThanDays < 0 && keepPerReason < 0 && keepPerHost < 0; }
    /// The rules given, for a person: "older than 30 days, keeping the newest 5 per reason".
    QString describe() const;
};

/// The indexes (into `samples`) of the rejected samples `rule` removes, in the order
/// given. Accepted outputs are never chosen by a rule. "Newest" sorts by timeMs, then by
/// path (the later path counting as newer), so ties are settled the same way every
/// time. Samples without a reason (not in the log) share one group "". An empty rule
/// chooses nothing.
QList<qsizetype> samplesToRemove(const QList<SampleRecord> &samples,
                                 const SampleRetentionRule &rule);

/// The cleanup jobs that remove `samples`: one per data directory, each limited to the
/// chosen files of its `ply_files` folder as they were listed (CleanupRule::onlyFiles:
/// path, size, modification time), so its plan — made again when the job runs — holds
/// those files and nothing else, and leaves any that changed since. Local files go to
/// the trash, a host's to its quarantine.
QList<CleanupJobRequest> sampleCleanupRequests(const QList<SampleRecord> &samples, qint64 nowMs);

} // namespace qm
