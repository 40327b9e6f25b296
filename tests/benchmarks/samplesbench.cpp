// bench_samples [LINES] [PARENT_FOLDER]
//
// Issue 8's join figure: indexing a generated miner data directory whose
// generation_history.jsonl has LINES lines (default 100,000, about 1 KB each, as a miner
// writes them) and whose rejected_samples folder keeps every tenth rejected generation:
// listing the samples and joining them with the streamed log (goal < 0.5 s). The peer is
// jq reading the same log and printing each line's rejected_sample_path (every line parsed
// as JSON, as the join must), in the same run. Warm cache, median of five.

#include "core/samples/sampleindex.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/// A generation_history.jsonl of `lines` lines; every tenth is a kept rejected sample,
/// whose (empty) file is made too. Returns the number of samples.
qint64 writeDataDir(const QString &dir, qint64 lines)
{
    const QString rejected = dir + QStringLiteral("/ply_files/rejected_samples");
    QDir().mkpath(rejected);
    QFile log(dir + QStringLiteral("/generation_history.jsonl"));
    if (!log.open(QIODevice::WriteOnly))
        return -1;
    const QDateTime start(QDate(2026, 10, 1), QTime(0, 0), QTimeZone::utc());
    qint64 samples = 0;
    QByteArray buffer;
    for (qint64 i = 0; i < lines; ++i) {
        const QString id =
            QStringLiteral("7f1c%1-0b2e-4c1d-9a3e-5d6f7a8b9c0d").arg(i, 8, 10, QLatin1Char('0'));
        const QString hash =
            QStringLiteral("%1").arg(i * 2654435761LL % 0xffffffffffffLL, 16, 16, QLatin1Char('0'));
        const bool keep = i % 10 == 0;
        const QString path = QStringLiteral("ply_files/rejected_samples/") + id + QLatin1Char('_') +
                             hash + QStringLiteral(".ply");
        if (keep) {
            QFile sample(dir + QLatin1Char('/') + path);
            if (!sample.open(QIODevice::WriteOnly))
                return -1;
            ++samples;
        }
        const QJsonObject entry{
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("generation_id"), id},
                         {QStringLiteral("timestamp"), start.addSecs(i * 20).toString(Qt::ISODate)},
                         {QStringLiteral("miner_uid"), 226},
                         {QStringLiteral("miner_version"), QStringLiteral("3.1.4")},
                         {QStringLiteral("validator_uid"), 57},
                         {QStringLiteral("network"), QStringLiteral("mainnet")}}},
            {QStringLiteral("task"),
             QJsonObject{{QStringLiteral("task_type"), QStringLiteral("TEXT-TO-3D")},
                         {QStringLiteral("prompt"),
                          QStringLiteral("a weathered bronze statue of a fox sitting on a mossy "
                                         "stone, studio lighting, highly detailed %1")
                              .arg(i)},
                         {QStringLiteral("image_file_path"), QJsonValue()}}},
            {QStringLiteral("miner_config"),
             QJsonObject{{QStringLiteral("gaussian_threshold"), 50000},
                         {QStringLiteral("clip_threshold"), 0.1}}},
            {QStringLiteral("generation"),
             QJsonObject{
                 {QStringLiteral("timing"), QJsonObject{{QStringLiteral("sdxl_time"), 8.6},
                                                        {QStringLiteral("total_time"), 21.0}}},
                 {QStringLiteral("output"),
                  QJsonObject{
                      {QStringLiteral("num_gaussians"), 398234 + i % 1000},
                      {QStringLiteral("file_size_mb"), 24.1},
                      {QStringLiteral("quality_metrics"),
                       QJsonObject{{QStringLiteral("clip_score"), 0.05 + (i % 100) / 1000.0},
                                   {QStringLiteral("clip_threshold_pass"), false},
                                   {QStringLiteral("gaussian_count_pass"), true},
                                   {QStringLiteral("validation_pass"), false}}},
                      {QStringLiteral("rejected_sample_path"),
                       keep ? QJsonValue(path) : QJsonValue()},
                      {QStringLiteral("rejected_sample_hash"),
                       QString(QStringLiteral("sha256:") + hash + hash + hash + hash)}}},
                 {QStringLiteral("submission"),
                  QJsonObject{
                      {QStringLiteral("submitted"), false},
                      {QStringLiteral("pre_submission_rejection"), true},
                      {QStringLiteral("rejection_reason"), QStringLiteral("low_clip_score")}}}}},
            {QStringLiteral("validator_feedback"),
             QJsonObject{{QStringLiteral("received"), false},
                         {QStringLiteral("score"), QJsonValue()},
                         {QStringLiteral("accepted"), QJsonValue()}}},
            {QStringLiteral("failure_analysis"),
             QJsonObject{{QStringLiteral("failed"), false},
                         {QStringLiteral("error_type"), QJsonValue()}}}};
        buffer += QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n';
        if (buffer.size() > (1 << 20)) {
            log.write(buffer);
            buffer.clear();
        }
    }
    log.write(buffer);
    return samples;
}

} // namespace

int main(int argc, char *argv[])
{
    const qint64 lines = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100000;
    QTemporaryDir base(argc > 2
                           ? QFile::decodeName(argv[2]) + QStringLiteral("/bench_samples-XXXXXX")
                           : QDir::tempPath() + QStringLiteral("/bench_samples-XXXXXX"));
    if (lines <= 0 || !base.isValid()) {
        std::fprintf(stderr, "usage: bench_samples [LINES] [PARENT_FOLDER]\n");
        return 2;
    }
    const QString dir = base.path();
    const qint64 samples = writeDataDir(dir, lines);
    if (samples < 0) {
        std::fprintf(stderr, "cannot write the data directory in %s\n", qPrintable(dir));
        return 1;
    }
    const QString log = dir + QStringLiteral("/generation_history.jsonl");
    const double mb = double(QFileInfo(log).size()) / 1e6;

    const QString jq = QStandardPaths::findExecutable(QStringLiteral("jq"));
    std::vector<double> peerMs;
    std::vector<double> joinMs;
    for (int run = 0; run < 5; ++run) {
        if (!jq.isEmpty()) {
            QProcess process;
            process.setStandardOutputFile(QProcess::nullDevice());
            QElapsedTimer timer;
            timer.start();
            process.start(jq, {QStringLiteral("-c"),
                               QStringLiteral(".generation.output.rejected_sample_path"), log});
            if (!process.waitForFinished(-1) || process.exitCode() != 0) {
                std::fprintf(stderr, "jq failed\n");
                return 1;
            }
            peerMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        QElapsedTimer timer;
        timer.start();
        QString error;
        const std::optional<qm::SampleSourceIndex> index =
            qm::indexLocalSamples(dir, QDateTime::currentMSecsSinceEpoch(), nullptr, &error);
        joinMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!index) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const qint64 inLog =
            std::count_if(index->samples.cbegin(), index->samples.cend(),
                          [](const qm::SampleRecord &s) { return s.log.has_value(); });
        if (index->historyLines != lines || inLog != samples) {
            std::fprintf(stderr, "wrong join: %lld lines, %lld of %lld samples in the log\n",
                         (long long)index->historyLines, (long long)inLog, (long long)samples);
            return 1;
        }
    }
    std::printf("history: %lld lines, %.0f MB; %lld rejected samples on disk\n", (long long)lines,
                mb, (long long)samples);
    std::printf("index (list samples + stream and join the log): %.0f ms (goal < 500 ms)\n",
                median(joinMs));
    if (!peerMs.empty())
        std::printf("jq -c .generation.output.rejected_sample_path: %.0f ms; ours = %.2fx jq's "
                    "time\n",
                    median(peerMs), median(joinMs) / median(peerMs));
    else
        std::printf("jq not found: no peer figure\n");
    return 0;
}
