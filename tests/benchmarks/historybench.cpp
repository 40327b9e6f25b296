// bench_history [SQLITE3]     (QM_BENCH_KEEP=1 keeps the databases)
//
// Issue 6, two figures, each against a peer measured in the same run:
// 1. Inserting 1M volume samples into the history (30 hosts × 4 volumes, a sample a
//    minute), goal ≥ 200k rows/s; peer: the sqlite3 shell's `.import` of the same
//    rows as CSV into a bare table, the fastest bulk load SQLite itself offers.
// 2. Query plus decimation of a year for a 1600-pixel chart of 30 hosts (1 year of
//    hourly rollups plus 14 days of 1-minute samples each), goal < 50 ms; peer: reading
//    the same history at its finest level (HistoryStore::volumeHistory) and reducing it
//    to min/max per column in C++, the obvious way to do it. Both end in the same line
//    simplification for a 400-pixel-high plot, as the Trends page draws it.

#include "core/history/historyseries.h"
#include "core/history/historystore.h"
#include "historyfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using qm::HistoryStore;
using qm::bench::hostName;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = HistoryStore::kDayMs;
constexpr qint64 kNow = 1'780'000'000'000; // a fixed "now", so every run is the same
constexpr qint64 kGB = 1'000'000'000;
constexpr int kHosts = 30;
constexpr int kColumns = 1600;
constexpr int kRows = 400; // the plot's height, for dropping what a pixel cannot show

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double insertBench(const QTemporaryDir &dir, const QString &sqlite3, double *peerSecs)
{
    constexpr int kMounts = 4;
    constexpr int kTimes = 1'000'000 / (kHosts * kMounts) + 1; // ≥ 1M samples
    const QStringList mounts = {QStringLiteral("/"), QStringLiteral("/data"),
                                QStringLiteral("/scratch"), QStringLiteral("/home")};
    QList<qm::ImportedSample> samples;
    samples.reserve(kHosts * kMounts * kTimes);
    QByteArray csv = "host,mount,time,total_bytes,used_bytes\n";
    for (int t = 0; t < kTimes; ++t) {
        const qint64 time = kNow - qint64(kTimes - t) * kMinute;
        for (int h = 0; h < kHosts; ++h) {
            for (const QString &mount : mounts) {
                qm::ImportedSample sample;
                sample.host = hostName(h);
                sample.mount = mount;
                sample.timeMs = time;
                sample.totalBytes = 4000 * kGB;
                sample.usedBytes = qm::bench::usedAt(h, time, kNow);
                samples.append(sample);
                csv += sample.host.toUtf8() + ',' + mount.toUtf8() + ',' +
                       QByteArray::number(time) + ',' + QByteArray::number(sample.totalBytes) +
                       ',' + QByteArray::number(sample.usedBytes) + '\n';
            }
        }
    }

    HistoryStore store;
    QString error;
    if (!store.open(dir.filePath(QStringLiteral("insert.sqlite")), &error)) {
        std::fprintf(stderr, "bench_history: %s\n", qPrintable(error));
        return -1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!store.import(samples, &error)) {
        std::fprintf(stderr, "bench_history: %s\n", qPrintable(error));
        return -1;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("insert: %lld samples (%d hosts x %d volumes, a sample a minute) in %.2f s: "
                "%.0f k rows/s\n",
                static_cast<long long>(samples.size()), kHosts, kMounts, seconds,
                double(samples.size()) / seconds / 1000);

    *peerSecs = -1;
    if (sqlite3.isEmpty())
        return double(samples.size()) / seconds;
    const QString csvPath = dir.filePath(QStringLiteral("samples.csv"));
    QFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        return double(samples.size()) / seconds;
    file.close();
    const QString script =
        QStringLiteral("PRAGMA journal_mode=WAL;\nPRAGMA synchronous=NORMAL;\n"
                       "CREATE TABLE s (host TEXT, mount TEXT, time INTEGER, total_bytes "
                       "INTEGER, used_bytes INTEGER);\n"
                       "CREATE INDEX s_host_time ON s (host, mount, time);\n"
                       ".mode csv\n.import --skip 1 %1 s\n")
            .arg(csvPath);
    QProcess peer;
    timer.restart();
    peer.start(sqlite3, {dir.filePath(QStringLiteral("peer.sqlite"))});
    peer.write(script.toUtf8());
    peer.closeWriteChannel();
    peer.waitForFinished(-1);
    *peerSecs = double(timer.nsecsElapsed()) / 1e9;
    if (peer.exitCode() != 0) {
        std::fprintf(stderr, "bench_history: sqlite3 failed: %s\n",
                     peer.readAllStandardError().constData());
        *peerSecs = -1;
    }
    return double(samples.size()) / seconds;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString sqlite3 = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                     : QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_history: cannot create a temporary folder\n");
        return 1;
    }
    if (qEnvironmentVariableIsSet("QM_BENCH_KEEP")) { // to look at the databases after
        dir.setAutoRemove(false);
        std::printf("databases kept in %s\n", qPrintable(dir.path()));
    }

    double peerSecs = -1;
    const double rate = insertBench(dir, sqlite3, &peerSecs);
    if (rate < 0)
        return 1;
    if (peerSecs > 0) {
        std::printf("sqlite3 .import of the same rows (bare table + index): %.2f s: %.0f k "
                    "rows/s\n",
                    peerSecs, 1e6 / peerSecs / 1000);
        std::printf("ratio insert rate / sqlite3 .import: %.2f\n", rate * peerSecs / 1e6);
    } else {
        std::printf("peer skipped: the sqlite3 shell is not installed (apt-get install "
                    "sqlite3)\n");
    }
    std::printf("goal: at least 200 k rows/s — %s\n\n", rate >= 200'000 ? "met" : "NOT met");

    HistoryStore store;
    QString error;
    if (!store.open(dir.filePath(QStringLiteral("year.sqlite")), &error) ||
        !qm::bench::fillYear(store, kNow, kHosts, &error)) {
        std::fprintf(stderr, "bench_history: cannot fill the year: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 from = kNow - 365 * kDay;
    std::vector<double> ours;
    std::vector<double> naive;
    qsizetype points = 0;
    const double msPerPixel = double(kNow - from) / kColumns;
    const double percentPerPixel = 100.0 / kRows;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        points = 0;
        for (int h = 0; h < kHosts; ++h) {
            const QList<qm::UsageBucket> buckets =
                qm::usageBuckets(store, hostName(h), QStringLiteral("/"), from, kNow, kColumns);
            points += qm::simplifyLine(qm::usagePercentLine(buckets).recorded, msPerPixel,
                                       percentPerPixel)
                          .size();
        }
        ours.push_back(double(timer.nsecsElapsed()) / 1e6);

        timer.restart();
        const qint64 width = qm::bucketWidth(from, kNow, kColumns);
        for (int h = 0; h < kHosts; ++h) {
            const QList<qm::VolumePoint> all =
                store.volumeHistory(hostName(h), QStringLiteral("/"), from, kNow);
            QList<qm::UsageBucket> buckets;
            qint64 column = -1;
            for (const qm::VolumePoint &p : all) {
                const qint64 c = (p.timeMs - from) / width;
                const double percent = p.usedPercent();
                if (c != column) {
                    buckets.append(
                        {p.timeMs, p.usedBytes, p.usedBytes, p.totalBytes, percent, percent});
                    column = c;
                } else {
                    qm::UsageBucket &bucket = buckets.last();
                    bucket.usedMin = std::min(bucket.usedMin, p.usedBytes);
                    bucket.usedMax = std::max(bucket.usedMax, p.usedBytes);
                    bucket.percentMin = std::min(bucket.percentMin, percent);
                    bucket.percentMax = std::max(bucket.percentMax, percent);
                }
            }
            qm::simplifyLine(qm::usagePercentLine(buckets).recorded, msPerPixel, percentPerPixel);
        }
        naive.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("query + decimation, 1 year (hourly rollups + 14 days of minute samples) x "
                "%d hosts, %d columns: median of 7: %.1f ms (%lld points to draw)\n",
                kHosts, kColumns, median(ours), static_cast<long long>(points));
    std::printf("peer, reading the finest level kept and reducing in C++: %.1f ms\n",
                median(naive));
    std::printf("ratio ours / peer: %.3f\n", median(ours) / median(naive));
    std::printf("goal: under 50 ms — %s\n", median(ours) < 50 ? "met" : "NOT met");
    return 0;
}
