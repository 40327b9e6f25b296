#include "sampleretention.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <map>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::SampleRetention)
};

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
constexpr char kPlyFolderPrefix[] = "ply_files/";

/// Marks as kept the newest `keep` samples of each group `groupOf` gives.
template <typename GroupOf>
void keepNewest(const QList<SampleRecord> &samples, const QList<qsizetype> &candidates, int keep,
                GroupOf groupOf, QList<bool> *kept)
{
    QHash<QString, QList<qsizetype>> groups;
    for (const qsizetype i : candidates)
        groups[groupOf(samples[i])].append(i);
    for (QList<qsizetype> &members : groups) {
        std::sort(members.begin(), members.end(), [&samples](qsizetype a, qsizetype b) {
            const qint64 ta = samples[a].timeMs();
            const qint64 tb = samples[b].timeMs();
            if (ta != tb)
                return ta > tb;
            return samples[a].absolutePath() > samples[b].absolutePath();
        });
        for (qsizetype n = 0; n < std::min<qsizetype>(keep, members.size()); ++n)
            (*kept)[members[n]] = true;
    }
}

} // namespace

QString SampleRetentionRule::describe() const
{
    QStringList parts;
    if (olderThanDays >= 0)
        parts.append(Text::tr("older than %Ln day(s)", nullptr, olderThanDays));
    if (keepPerReason >= 0)
        parts.append(Text::tr("keeping the newest %Ln per reason", nullptr, keepPerReason));
    if (keepPerHost >= 0)
        parts.append(Text::tr("keeping the newest %Ln per host", nullptr, keepPerHost));
    return parts.isEmpty() ? Text::tr("no rule") : parts.join(QStringLiteral(", "));
}

QList<qsizetype> samplesToRemove(const QList<SampleRecord> &samples,
                                 const SampleRetentionRule &rule)
{
    if (rule.isEmpty())
        return {};
    QList<qsizetype> candidates;
    for (qsizetype i = 0; i < samples.size(); ++i)
        if (samples[i].set == SampleSet::Rejected)
            candidates.append(i);
    QList<bool> kept(samples.size(), false);
    if (rule.olderThanDays >= 0) {
        const qint64 nowMs = rule.nowMs >= 0 ? rule.nowMs : QDateTime::currentMSecsSinceEpoch();
        const qint64 cutoffMs = nowMs - qint64(rule.olderThanDays) * kDayMs;
        for (const qsizetype i : std::as_const(candidates))
            if (samples[i].timeMs() >= cutoffMs)
                kept[i] = true;
    }
    if (rule.keepPerReason >= 0)
        keepNewest(
            samples, candidates, rule.keepPerReason,
            [](const SampleRecord &sample) { return sample.reason(); }, &kept);
    if (rule.keepPerHost >= 0)
        keepNewest(
            samples, candidates, rule.keepPerHost,
            [](const SampleRecord &sample) { return sample.source.label(); }, &kept);
    QList<qsizetype> removed;
    for (const qsizetype i : std::as_const(candidates))
        if (!kept[i])
            removed.append(i);
    return removed;
}

QList<CleanupJobRequest> sampleCleanupRequests(const QList<SampleRecord> &samples, qint64 nowMs)
{
    // One request per data directory, in the order the directories first appear.
    std::map<std::pair<QString, QString>, qsizetype> bySource;
    QList<CleanupJobRequest> requests;
    for (const SampleRecord &sample : samples) {
        if (!sample.relativePath.startsWith(QLatin1String(kPlyFolderPrefix)))
            continue; // not a sample file: never cleaned from here
        const auto key = std::pair{sample.source.host, sample.source.dataDir};
        auto found = bySource.find(key);
        if (found == bySource.end()) {
            CleanupJobRequest request;
            request.host = sample.source.host;
            request.rule.root = sample.source.dataDir + QStringLiteral("/ply_files");
            request.rule.nowMs = nowMs;
            found = bySource.emplace(key, requests.size()).first;
            requests.append(request);
        }
        requests[found->second].rule.onlyFiles.append(
            {sample.relativePath.mid(qsizetype(sizeof(kPlyFolderPrefix) - 1)), sample.sizeBytes,
             sample.modifiedMs});
    }
    for (CleanupJobRequest &request : requests) {
        QList<CleanupItem> &files = request.rule.onlyFiles;
        const auto byPath = [](const CleanupItem &a, const CleanupItem &b) {
            return a.relativePath < b.relativePath;
        };
        std::sort(files.begin(), files.end(), byPath);
        files.erase(std::unique(files.begin(), files.end(),
                                [](const CleanupItem &a, const CleanupItem &b) {
                                    return a.relativePath == b.relativePath;
                                }),
                    files.end());
    }
    return requests;
}

} // namespace qm
