#include "generationlog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <thread>
#include <vector>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::GenerationLog)
};

/// Lines are parsed in batches of about this many bytes, shared among the threads.
constexpr qsizetype kBatchBytes = 8 * 1024 * 1024;

QJsonObject objectAt(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toObject();
}

QString textAt(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isString() ? value.toString() : QString();
}

std::optional<double> numberAt(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

std::optional<bool> flagAt(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isBool())
        return std::nullopt;
    return value.toBool();
}

/// The file name of a logged path, whichever separator the logging system used.
QString fileNameOf(const QString &path)
{
    const qsizetype slash =
        std::max(path.lastIndexOf(QLatin1Char('/')), path.lastIndexOf(QLatin1Char('\\')));
    return slash < 0 ? path : path.mid(slash + 1);
}

/// `<generation_id>_<hash16>.ply` → generation_id; empty when the name is not so made.
QString generationIdOf(const QString &fileName)
{
    const qsizetype underscore = fileName.lastIndexOf(QLatin1Char('_'));
    return underscore <= 0 ? QString() : fileName.left(underscore);
}

/// What one thread makes of its share of a batch.
struct PieceResult
{
    qint64 lines = 0;
    qint64 badLines = 0;
    QList<std::pair<qsizetype, GenerationEntry>> matches; ///< in log order
};

} // namespace

QStringList GenerationEntry::failedChecks() const
{
    QStringList failed;
    if (clipPass == false)
        failed.append(QStringLiteral("clip_threshold_pass"));
    if (gaussianPass == false)
        failed.append(QStringLiteral("gaussian_count_pass"));
    if (validationPass == false)
        failed.append(QStringLiteral("validation_pass"));
    return failed;
}

qint64 logTimeMs(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double seconds = value.toDouble();
        // Years 1970 to 9999: anything else is not a time a miner wrote.
        if (!(seconds >= 0 && seconds < 253402300800.0))
            return -1;
        return qint64(seconds * 1000.0);
    }
    if (!value.isString())
        return -1;
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        return -1;
    if (time.timeSpec() == Qt::LocalTime) // no offset written: the loggers write UTC
        time.setTimeZone(QTimeZone::utc());
    return time.toMSecsSinceEpoch();
}

namespace {

/// The line as a JSON object; nothing when it is not one.
std::optional<QJsonObject> objectOfLine(QByteArrayView line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

GenerationEntry entryFrom(const QJsonObject &root)
{
    const QJsonObject metadata = objectAt(root, "metadata");
    const QJsonObject task = objectAt(root, "task");
    const QJsonObject generation = objectAt(root, "generation");
    const QJsonObject output = objectAt(generation, "output");
    const QJsonObject metrics = objectAt(output, "quality_metrics");
    const QJsonObject submission = objectAt(generation, "submission");

    GenerationEntry entry;
    entry.generationId = textAt(metadata, "generation_id");
    entry.createdMs = logTimeMs(metadata.value(QLatin1String("timestamp")));
    entry.minerVersion = textAt(metadata, "miner_version");
    entry.taskType = textAt(task, "task_type");
    entry.prompt = textAt(task, "prompt").simplified();
    if (entry.prompt.size() > GenerationEntry::kPromptLength)
        entry.prompt = entry.prompt.left(GenerationEntry::kPromptLength - 1) + QChar(0x2026);
    entry.minerConfig = objectAt(root, "miner_config");
    entry.rejectionReason = textAt(submission, "rejection_reason");
    entry.clipScore = numberAt(metrics, "clip_score");
    if (const std::optional<double> count = numberAt(output, "num_gaussians");
        count && *count >= 0 && *count < 9e15)
        entry.numGaussians = qint64(*count);
    entry.clipPass = flagAt(metrics, "clip_threshold_pass");
    entry.gaussianPass = flagAt(metrics, "gaussian_count_pass");
    entry.validationPass = flagAt(metrics, "validation_pass");
    entry.rejectedSamplePath = textAt(output, "rejected_sample_path");
    entry.errorType = textAt(objectAt(root, "failure_analysis"), "error_type");
    return entry;
}

} // namespace

std::optional<GenerationEntry> parseGenerationEntry(QByteArrayView line)
{
    const std::optional<QJsonObject> root = objectOfLine(line);
    if (!root)
        return std::nullopt;
    return entryFrom(*root);
}

GenerationJoin::GenerationJoin(const QStringList &fileNames)
{
    m_entries.resize(fileNames.size());
    m_byFileName.reserve(fileNames.size());
    for (qsizetype i = 0; i < fileNames.size(); ++i) {
        m_byFileName.insert(fileNames[i], i);
        const QString id = generationIdOf(fileNames[i]);
        if (!id.isEmpty())
            m_byGenerationId.insert(id, i);
    }
}

void GenerationJoin::feed(QByteArrayView bytes)
{
    m_pending.append(bytes.data(), bytes.size());
    if (m_pending.size() >= kBatchBytes)
        processBatch();
}

void GenerationJoin::finish()
{
    if (!m_pending.isEmpty() && !m_pending.endsWith('\n'))
        m_pending.append('\n');
    processBatch();
}

void GenerationJoin::processBatch()
{
    const qsizetype end = m_pending.lastIndexOf('\n') + 1; // whole lines only
    if (end <= 0)
        return;
    const QByteArrayView batch(m_pending.constData(), end);

    // Shares that start and end on line boundaries, one per thread.
    const int threads =
        std::clamp(int(batch.size() / (256 * 1024)), 1, std::max(1, QThread::idealThreadCount()));
    std::vector<qsizetype> bounds{0};
    for (int t = 1; t < threads; ++t) {
        const qsizetype from = std::max(bounds.back(), batch.size() * t / threads);
        const qsizetype newline = batch.indexOf('\n', from);
        if (newline >= 0 && newline + 1 < batch.size())
            bounds.push_back(newline + 1);
    }
    bounds.push_back(batch.size());
    std::vector<PieceResult> results(bounds.size() - 1);
    const auto work = [&](size_t piece) {
        PieceResult &result = results[piece];
        qsizetype at = bounds[piece];
        const qsizetype stop = bounds[piece + 1];
        while (at < stop) {
            qsizetype newline = batch.indexOf('\n', at);
            if (newline < 0 || newline > stop)
                newline = stop;
            QByteArrayView line = batch.sliced(at, newline - at).trimmed();
            at = newline + 1;
            if (line.isEmpty())
                continue;
            ++result.lines;
            // Most lines match no sample kept on disk: a scan that builds nothing tells
            // them apart, and only a match (or a line the scan is unsure of) is parsed.
            const GenerationLineScan scan = scanGenerationLine(line);
            if (scan.verdict == GenerationLineScan::Verdict::NotObject) {
                ++result.badLines;
                continue;
            }
            std::optional<QJsonObject> root;
            QString path;
            QString id;
            if (scan.verdict == GenerationLineScan::Verdict::Unsure) {
                root = objectOfLine(line);
                if (!root) {
                    ++result.badLines;
                    continue;
                }
                path = textAt(objectAt(objectAt(*root, "generation"), "output"),
                              "rejected_sample_path");
                id = textAt(objectAt(*root, "metadata"), "generation_id");
            } else {
                path = QString::fromLatin1(scan.samplePath); // ASCII without escapes
                id = QString::fromLatin1(scan.generationId);
            }
            qsizetype sample = path.isEmpty() ? -1 : m_byFileName.value(fileNameOf(path), -1);
            if (sample < 0 && !id.isEmpty())
                sample = m_byGenerationId.value(id, -1);
            if (sample < 0)
                continue;
            if (!root)
                root = objectOfLine(line);
            if (!root) { // the scan and the parser disagree: the parser has the last word
                ++result.badLines;
                continue;
            }
            result.matches.append({sample, entryFrom(*root)});
        }
    };
    std::vector<std::thread> helpers;
    for (size_t piece = 1; piece < results.size(); ++piece)
        helpers.emplace_back(work, piece);
    work(0);
    for (std::thread &helper : helpers)
        helper.join();

    for (PieceResult &result : results) { // in log order: the last match wins
        m_lines += result.lines;
        m_badLines += result.badLines;
        for (auto &[sample, entry] : result.matches)
            m_entries[sample] = std::move(entry);
    }
    m_pending.remove(0, end);
}

MinerConfigHistory MinerConfigHistory::parse(QByteArrayView text, qint64 *badLines)
{
    MinerConfigHistory history;
    qint64 bad = 0;
    qsizetype at = 0;
    while (at < text.size()) {
        qsizetype newline = text.indexOf('\n', at);
        if (newline < 0)
            newline = text.size();
        const QByteArrayView line = text.sliced(at, newline - at).trimmed();
        at = newline + 1;
        if (line.isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray());
        const QJsonObject object = document.object();
        MinerConfigChange change;
        change.timeMs = logTimeMs(object.value(QLatin1String("timestamp")));
        if (!document.isObject() || change.timeMs < 0) {
            ++bad;
            continue;
        }
        change.event = textAt(object, "event");
        change.changes = objectAt(object, "changes");
        change.reason = textAt(object, "reason");
        history.m_changes.append(change);
    }
    std::stable_sort(
        history.m_changes.begin(), history.m_changes.end(),
        [](const MinerConfigChange &a, const MinerConfigChange &b) { return a.timeMs < b.timeMs; });
    QJsonObject config;
    for (const MinerConfigChange &change : std::as_const(history.m_changes)) {
        for (auto it = change.changes.constBegin(); it != change.changes.constEnd(); ++it) {
            // {"old": …, "new": …}; a bare value counts as the new one.
            const QJsonValue value = it.value().isObject()
                                         ? it.value().toObject().value(QLatin1String("new"))
                                         : it.value();
            if (value.isUndefined())
                continue;
            config.insert(it.key(), value);
        }
        history.m_snapshots.append(config);
    }
    if (badLines)
        *badLines = bad;
    return history;
}

QJsonObject MinerConfigHistory::configAt(qint64 ms) const
{
    if (ms < 0)
        return {};
    const auto after = std::upper_bound(
        m_changes.cbegin(), m_changes.cend(), ms,
        [](qint64 time, const MinerConfigChange &change) { return time < change.timeMs; });
    const qsizetype index = after - m_changes.cbegin() - 1;
    return index < 0 ? QJsonObject() : m_snapshots.at(index);
}

std::optional<PendingGenerations> parsePendingGenerations(QByteArrayView text, qint64 nowMs,
                                                          qint64 stuckAfterMs, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? Text::tr("pending_generations.json is not valid JSON at byte %1: %2")
                               .arg(parseError.offset)
                               .arg(parseError.errorString())
                         : Text::tr("pending_generations.json does not hold a JSON object");
        return std::nullopt;
    }
    PendingGenerations pending;
    const QJsonObject root = document.object();
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        ++pending.count;
        const QJsonObject entry = it.value().toObject();
        qint64 startMs = -1;
        for (const char *key : {"timestamp", "started_at", "created_at", "start_time"}) {
            startMs = logTimeMs(entry.value(QLatin1String(key)));
            if (startMs >= 0)
                break;
        }
        if (startMs < 0)
            startMs = logTimeMs(objectAt(entry, "metadata").value(QLatin1String("timestamp")));
        if (startMs < 0)
            continue;
        if (pending.oldestMs < 0 || startMs < pending.oldestMs)
            pending.oldestMs = startMs;
        if (nowMs - startMs > stuckAfterMs)
            ++pending.stuck;
    }
    return pending;
}

} // namespace qm
