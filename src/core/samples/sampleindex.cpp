#include "sampleindex.h"

#include "core/cleanup/cleanupjob.h"
#include "core/json/schema.h"
#include "core/remote/fleetaccess.h"
#include "core/remote/sshtransport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::SampleIndex)
};

constexpr char kPlyFolder[] = "ply_files";
constexpr char kRejectedFolder[] = "rejected_samples";
constexpr char kHistoryFile[] = "generation_history.jsonl";
constexpr char kConfigHistoryFile[] = "miner_config_history.jsonl";
constexpr char kPendingFile[] = "pending_generations.json";
/// The small logs are read whole, up to this size; a larger one is left unread.
constexpr qint64 kSmallLogLimit = 64LL * 1024 * 1024;
constexpr int kRemoteTimeoutMs = 10 * 60 * 1000;

/// How reading one log went.
enum class LogRead { Read, Missing, Failed };

/// Reads a log of the data directory, handing its bytes to `sink` as they arrive.
using LogReader =
    std::function<LogRead(const QString &name, qint64 maxBytes,
                          const std::function<void(QByteArrayView)> &sink, QString *error)>;

/// The samples of a listing of `ply_files` (paths relative to it).
QList<SampleRecord> samplesOf(const SampleSource &source, const CleanupPlan &listing)
{
    QList<SampleRecord> samples;
    const QString rejectedPrefix = QLatin1String(kRejectedFolder) + QLatin1Char('/');
    for (const CleanupItem &item : listing.items) {
        SampleRecord sample;
        sample.source = source;
        sample.sizeBytes = item.sizeBytes;
        sample.modifiedMs = item.modifiedMs;
        const QString &path = item.relativePath;
        if (!path.contains(QLatin1Char('/'))) {
            sample.set = SampleSet::Accepted;
        } else if (path.startsWith(rejectedPrefix) &&
                   !path.mid(rejectedPrefix.size()).contains(QLatin1Char('/'))) {
            sample.set = SampleSet::Rejected;
        } else {
            continue; // deeper folders (an archive) are not samples
        }
        sample.relativePath = QLatin1String(kPlyFolder) + QLatin1Char('/') + path;
        samples.append(sample);
    }
    std::stable_sort(
        samples.begin(), samples.end(), [](const SampleRecord &a, const SampleRecord &b) {
            return a.set != b.set ? a.set == SampleSet::Rejected : a.relativePath < b.relativePath;
        });
    return samples;
}

/// Joins the listed samples with the logs `read` reaches.
bool readLogs(SampleSourceIndex *index, const LogReader &read, qint64 nowMs,
              const std::atomic<bool> *cancel, QString *error)
{
    QStringList names;
    names.reserve(index->samples.size());
    for (const SampleRecord &sample : std::as_const(index->samples))
        names.append(sample.fileName());
    GenerationJoin join(names);
    QString readError;
    const LogRead history = read(
        QLatin1String(kHistoryFile), -1, [&join](QByteArrayView bytes) { join.feed(bytes); },
        &readError);
    if (cancel && cancel->load()) {
        *error = Text::tr("Reading the samples was cancelled");
        return false;
    }
    if (history == LogRead::Failed)
        index->warnings.append(
            Text::tr("%1 could not be read: %2").arg(QLatin1String(kHistoryFile), readError));
    join.finish();
    index->historyFound = history == LogRead::Read;
    index->historyLines = join.lines();
    index->badHistoryLines = join.badLines();
    for (qsizetype i = 0; i < index->samples.size(); ++i)
        index->samples[i].log = join.entries().at(i);

    QByteArray text;
    const auto collect = [&text](QByteArrayView bytes) { text.append(bytes.data(), bytes.size()); };
    if (read(QLatin1String(kConfigHistoryFile), kSmallLogLimit, collect, &readError) ==
        LogRead::Failed)
        index->warnings.append(
            Text::tr("%1 could not be read: %2").arg(QLatin1String(kConfigHistoryFile), readError));
    index->configHistory = MinerConfigHistory::parse(text, &index->badConfigLines);

    text.clear();
    const LogRead pending = read(QLatin1String(kPendingFile), kSmallLogLimit, collect, &readError);
    if (pending == LogRead::Read) {
        index->pending = parsePendingGenerations(text, nowMs, kStuckGenerationMs, &readError);
        if (!index->pending)
            index->warnings.append(readError);
    } else if (pending == LogRead::Failed) {
        index->warnings.append(
            Text::tr("%1 could not be read: %2").arg(QLatin1String(kPendingFile), readError));
    }
    return true;
}

void noteSkipped(SampleSourceIndex *index, const CleanupPlan &listing)
{
    if (listing.skippedSymlinks > 0)
        index->warnings.append(Text::tr("%Ln symbolic link(s) among the samples left out: links "
                                        "are never followed",
                                        nullptr,
                                        int(std::min<qint64>(listing.skippedSymlinks, INT_MAX))));
    if (listing.unreadableFolders > 0)
        index->warnings.append(Text::tr("%Ln folder(s) under ply_files could not be read", nullptr,
                                        int(std::min<qint64>(listing.unreadableFolders, INT_MAX))));
}

} // namespace

QString SampleSource::label() const
{
    return host.isEmpty() ? dataDir : host + QLatin1Char(':') + dataDir;
}

QString SampleRecord::fileName() const
{
    return relativePath.section(QLatin1Char('/'), -1);
}

QString SampleRecord::absolutePath() const
{
    return source.dataDir + QLatin1Char('/') + relativePath;
}

qint64 SampleRecord::timeMs() const
{
    return log && log->createdMs >= 0 ? log->createdMs : modifiedMs;
}

std::optional<SampleSourceIndex> indexLocalSamples(const QString &dataDir, qint64 nowMs,
                                                   const std::atomic<bool> *cancel, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    const QFileInfo info(dataDir);
    if (!QDir::isAbsolutePath(dataDir) || !info.isDir() || !info.isReadable()) {
        message = Text::tr("%1 is not a folder that can be read (give the miner's data "
                           "directory, the one holding generation_history.jsonl)")
                      .arg(dataDir);
        return std::nullopt;
    }
    SampleSourceIndex index;
    index.source = {QString(), QDir::cleanPath(dataDir)};
    const QString plyFolder = index.source.dataDir + QLatin1Char('/') + QLatin1String(kPlyFolder);
    if (QFileInfo(plyFolder).isDir()) {
        CleanupRule rule;
        rule.root = plyFolder;
        rule.patterns = {QStringLiteral("*.ply")};
        rule.nowMs = nowMs;
        const std::optional<CleanupPlan> listing = planCleanup(rule, cancel, &message);
        if (!listing)
            return std::nullopt;
        index.samples = samplesOf(index.source, *listing);
        noteSkipped(&index, *listing);
    }
    const LogReader read = [&](const QString &name, qint64 maxBytes,
                               const std::function<void(QByteArrayView)> &sink, QString *why) {
        QFile file(index.source.dataDir + QLatin1Char('/') + name);
        if (!file.exists())
            return LogRead::Missing;
        if (!file.open(QIODevice::ReadOnly)) {
            *why = file.errorString();
            return LogRead::Failed;
        }
        if (maxBytes >= 0 && file.size() > maxBytes) {
            *why = Text::tr("it is larger than %1 bytes").arg(maxBytes);
            return LogRead::Failed;
        }
        QByteArray block(4 * 1024 * 1024, Qt::Uninitialized);
        for (;;) {
            if (cancel && cancel->load())
                return LogRead::Failed;
            const qint64 got = file.read(block.data(), block.size());
            if (got < 0) {
                *why = file.errorString();
                return LogRead::Failed;
            }
            if (got == 0)
                return LogRead::Read;
            sink(QByteArrayView(block.constData(), got));
        }
    };
    if (!readLogs(&index, read, nowMs, cancel, &message))
        return std::nullopt;
    return index;
}

std::optional<SampleSourceIndex>
indexRemoteSamples(const SampleSource &source, const FleetAccess &access, qint64 nowMs,
                   const std::atomic<bool> *cancel, QString *error,
                   const std::function<void(const QString &)> &command)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    const std::optional<HostAccess> host = access.host(source.host);
    if (!host) {
        message = Text::tr("“%1” is not a host of the config").arg(source.host);
        return std::nullopt;
    }
    if (!QDir::isAbsolutePath(source.dataDir)) {
        message =
            Text::tr("the data directory must be an absolute path, not “%1”").arg(source.dataDir);
        return std::nullopt;
    }
    const SshTransport ssh = access.transport(*host);
    const RemoteCommands commands{ssh, cancel, command};
    SampleSourceIndex index;
    index.source = {source.host, QDir::cleanPath(source.dataDir)};
    // Exit 3: no data directory; 4: no ply_files in it (no samples, the logs still count).
    static const QString checkScript =
        QStringLiteral("test -d \"$1\" || exit 3; test -d \"$1/ply_files\" || exit 4; exit 0");
    const RemoteResult checked =
        commands.run({QStringLiteral("sh"), QStringLiteral("-c"), checkScript, QStringLiteral("sh"),
                      index.source.dataDir},
                     kRemoteTimeoutMs);
    if (checked.status != HostStatus::Ok) {
        message = Text::tr("%1 could not be reached: %2")
                      .arg(source.host, checked.error.isEmpty()
                                            ? firstOutputLine(checked.process.standardError)
                                            : checked.error);
        return std::nullopt;
    }
    if (checked.process.exitCode == 3 ||
        (checked.process.exitCode != 0 && checked.process.exitCode != 4)) {
        message = Text::tr("%1 is not a folder on %2 (give the miner's data directory)")
                      .arg(index.source.dataDir, source.host);
        return std::nullopt;
    }
    if (checked.process.exitCode == 0) {
        CleanupJobRequest listingRequest;
        listingRequest.host = source.host;
        listingRequest.rule.root =
            index.source.dataDir + QLatin1Char('/') + QLatin1String(kPlyFolder);
        listingRequest.rule.patterns = {QStringLiteral("*.ply")};
        listingRequest.rule.nowMs = nowMs;
        const std::optional<CleanupJobPlan> listing =
            listCleanupCandidates(listingRequest, access, cancel, &message, command);
        if (!listing)
            return std::nullopt;
        index.samples = samplesOf(index.source, listing->plan());
        noteSkipped(&index, listing->plan());
    }
    // cat, unless the file is missing (exit 3): one fixed script, the path its argument.
    static const QString catScript = QStringLiteral("test -e \"$1\" || exit 3; exec cat -- \"$1\"");
    const LogReader read = [&](const QString &name, qint64 maxBytes,
                               const std::function<void(QByteArrayView)> &sink, QString *why) {
        ProcessRequest request;
        if (maxBytes >= 0)
            request.maxOutputBytes = maxBytes;
        request.onOutput = [&sink](QByteArrayView chunk) {
            sink(chunk);
            return true;
        };
        const RemoteResult result =
            commands.run({QStringLiteral("sh"), QStringLiteral("-c"), catScript,
                          QStringLiteral("sh"), index.source.dataDir + QLatin1Char('/') + name},
                         kRemoteTimeoutMs, request);
        if (result.status == HostStatus::Ok && result.process.exitCode == 3)
            return LogRead::Missing;
        if (result.status != HostStatus::Ok || !result.process.succeeded()) {
            *why = !result.error.isEmpty() ? result.error
                   : !result.process.errorString.isEmpty()
                       ? result.process.errorString
                       : firstOutputLine(result.process.standardError);
            return LogRead::Failed;
        }
        return LogRead::Read;
    };
    if (!readLogs(&index, read, nowMs, cancel, &message))
        return std::nullopt;
    return index;
}

std::optional<SampleSourceIndex> indexSamples(const SampleSource &source, const FleetAccess &access,
                                              qint64 nowMs, const std::atomic<bool> *cancel,
                                              QString *error)
{
    if (source.host.isEmpty())
        return indexLocalSamples(source.dataDir, nowMs, cancel, error);
    return indexRemoteSamples(source, access, nowMs, cancel, error);
}

QJsonObject sampleToJson(const SampleRecord &sample)
{
    const auto orNull = [](auto value) -> QJsonValue {
        return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
    };
    const std::optional<GenerationEntry> &log = sample.log;
    const auto text = [&log](QString GenerationEntry::*field) -> QJsonValue {
        return log && !((*log).*field).isEmpty() ? QJsonValue((*log).*field)
                                                 : QJsonValue(QJsonValue::Null);
    };
    QJsonObject object{
        {QStringLiteral("path"), sample.absolutePath()},
        {QStringLiteral("host"), sample.source.host.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                              : QJsonValue(sample.source.host)},
        {QStringLiteral("set"), sample.set == SampleSet::Rejected ? QStringLiteral("rejected")
                                                                  : QStringLiteral("accepted")},
        {QStringLiteral("sizeBytes"), sample.sizeBytes},
        {QStringLiteral("modifiedAt"), json::time(sample.modifiedMs)},
        {QStringLiteral("inLog"), log.has_value()},
        {QStringLiteral("generationId"), text(&GenerationEntry::generationId)},
        {QStringLiteral("createdAt"), json::timeOrNull(log ? log->createdMs : -1)},
        {QStringLiteral("rejectionReason"), text(&GenerationEntry::rejectionReason)},
        {QStringLiteral("clipScore"), log ? orNull(log->clipScore) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("numGaussians"),
         log ? orNull(log->numGaussians) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("taskType"), text(&GenerationEntry::taskType)},
        {QStringLiteral("prompt"), text(&GenerationEntry::prompt)},
        {QStringLiteral("minerVersion"), text(&GenerationEntry::minerVersion)},
        {QStringLiteral("failedChecks"),
         log ? QJsonValue(QJsonArray::fromStringList(log->failedChecks()))
             : QJsonValue(QJsonValue::Null)},
    };
    return object;
}

} // namespace qm
