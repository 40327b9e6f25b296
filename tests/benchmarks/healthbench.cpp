// bench_health [--megabytes N]
//
// The log-success check (issue 25) on a log of N MB (default 1024) whose success line is
// older than the 64 MiB the check reads — the most it ever reads — against what a person
// would run for the same answer, `tail -c 64M FILE | grep -c PATTERN`, on the same file in
// the same run, the better of three runs each, alternating (goal: at most 1.2x). Then the
// same with a pattern that is a regular expression, for the record. Last, the rotation of
// that log (set aside, compressed at zstd level 3, read back, the copy removed) against
// `zstd -3 -q -o OUT FILE` on the same file (goal: at least 0.9x its speed, so at most
// 1.11x its time).

#include "core/health/healthcheck.h"
#include "core/health/logrotation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <unistd.h>

using namespace qm;

namespace {

/// Writes `megabytes` of log lines in the fleet's mixed shapes, the success line first.
bool writeLog(const QString &path, qint64 megabytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QByteArray stamp = QDateTime::currentDateTime()
                                 .addDays(-5)
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss,zzz"))
                                 .toLatin1();
    file.write(stamp + " - miner - INFO - submission successful\n");
    QByteArray chunk;
    for (int i = 0; chunk.size() < (4 << 20); ++i) {
        switch (i % 4) {
        case 0:
            chunk += stamp + " - miner - INFO - round " + QByteArray::number(i) +
                     " scored 0.8123 on 512 samples\n";
            break;
        case 1:
            chunk += "INFO:sync:synced 42 files to gpu-3 in 1.9 s\n";
            break;
        case 2:
            chunk += "bare print of a progress line " + QByteArray::number(i) + "\n";
            break;
        default:
            chunk += stamp + " - miner - WARNING - slow answer from validator 17\n";
        }
    }
    for (qint64 written = 0; written < megabytes * 1'000'000; written += chunk.size()) {
        if (file.write(chunk) != chunk.size())
            return false;
    }
    return file.flush();
}

double oursSeconds(const QString &path, const QString &pattern)
{
    HealthCheck check;
    check.file = path;
    check.pattern = pattern;
    QElapsedTimer timer;
    timer.start();
    const HealthResult result = runHealthCheck(check, QDateTime::currentMSecsSinceEpoch());
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (result.status != QLatin1String("no-match"))
        std::fprintf(stderr, "unexpected result: %s\n", qPrintable(result.summary));
    return seconds;
}

double peerSeconds(const QString &path, const QString &pattern)
{
    QProcess tail;
    QProcess grep;
    tail.setStandardOutputProcess(&grep);
    QElapsedTimer timer;
    timer.start();
    tail.start(QStringLiteral("tail"), {QStringLiteral("-c"), QStringLiteral("64M"), path});
    grep.start(QStringLiteral("grep"), {QStringLiteral("-c"), QStringLiteral("-E"), pattern});
    tail.waitForFinished(-1);
    grep.waitForFinished(-1);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (grep.readAllStandardOutput().trimmed() != "0")
        std::fprintf(stderr, "the peer found a match\n");
    return seconds;
}

void compare(const QString &path, const QString &pattern, const char *what, bool goal)
{
    double ours = std::numeric_limits<double>::max();
    double peer = std::numeric_limits<double>::max();
    for (int run = 0; run < 3; ++run) {
        ours = std::min(ours, oursSeconds(path, pattern));
        peer = std::min(peer, peerSeconds(path, pattern));
    }
    const double ratio = ours / peer;
    std::printf("%s: ours %.3f s; tail -c 64M | grep -c: %.3f s (the better of three each)\n", what,
                ours, peer);
    if (goal)
        std::printf("   %.2fx; goal: at most 1.2x: %s\n", ratio, ratio <= 1.2 ? "met" : "NOT met");
    else
        std::printf("   %.2fx (for the record)\n", ratio);
}

} // namespace

/// The rotation of `path` (a hard link to it, so the log stays for the next run) beside
/// `zstd -3` on it, the better of three each, alternating.
void compareRotation(const QString &path, const QString &folder)
{
    double ours = std::numeric_limits<double>::max();
    double peer = ours;
    for (int run = 0; run < 3; ++run) {
        const QString log = folder + QStringLiteral("/rotated.log");
        QDir(folder).removeRecursively();
        QDir().mkpath(folder);
        if (::link(QFile::encodeName(path).constData(), QFile::encodeName(log).constData()) != 0) {
            std::fprintf(stderr, "cannot link %s\n", qPrintable(log));
            return;
        }
        RotationRequest request;
        request.path = log;
        request.maxMegabytes = 1;
        QString error;
        const std::optional<RotationPlan> plan = planRotation(request, &error);
        QElapsedTimer clock;
        clock.start();
        const RotationResult result = plan ? executeRotation(*plan, nullptr, {}) : RotationResult{};
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        if (!plan || !result.ok || result.rotated != 1) {
            std::fprintf(stderr, "the rotation failed: %s\n",
                         qPrintable(error + result.errors.join(u' ')));
            return;
        }
        ours = std::min(ours, seconds);
        QProcess zstd;
        clock.restart();
        zstd.start(QStringLiteral("zstd"),
                   {QStringLiteral("-3"), QStringLiteral("-q"), QStringLiteral("-f"),
                    QStringLiteral("-o"), folder + QStringLiteral("/peer.zst"), path});
        zstd.waitForFinished(-1);
        peer = std::min(peer, double(clock.nsecsElapsed()) / 1e9);
    }
    const double ratio = ours / peer;
    std::printf("rotation (set aside, zstd -3, read back): %.3f s   zstd -3 -o: %.3f s   "
                "%.2fx its time (goal <= 1.11x, i.e. >= 0.9x its speed): %s\n",
                ours, peer, ratio, ratio <= 1.0 / 0.9 ? "met" : "not met");
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 megabytes = 1024;
    const QStringList arguments = app.arguments();
    const qsizetype at = arguments.indexOf(QStringLiteral("--megabytes"));
    if (at > 0 && at + 1 < arguments.size())
        megabytes = std::max<qint64>(1, arguments.at(at + 1).toLongLong());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sync.log"));
    if (!writeLog(path, megabytes)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 1;
    }
    std::printf("a %lld MB log whose success line is older than its last 64 MiB\n",
                static_cast<long long>(megabytes));
    compare(path, QStringLiteral("submission successful"), "log-success, a literal pattern", true);
    compare(path, QStringLiteral("submission (successful|accepted)"),
            "log-success, a regular expression", false);
    compareRotation(path, dir.filePath(QStringLiteral("rotation")));
    return 0;
}
