// bench_check QMCTL [PYTHON3] [RUNS]
//
// `qmctl check` on a generated 2,000-host fleet config: median wall time and peak memory
// (max RSS of the process) over RUNS runs (default 10), against the peer measured in the
// same run on the same file: PyYAML's safe_load, what the fleet's daemons do to read it.
// Goals (issue 3): under 100 ms and under 50 MB.

#include "generatedconfig.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

namespace {

struct Measure
{
    double milliseconds = 0;
    long maxRssKiB = 0;
    int exitCode = -1;
};

Measure run(const std::vector<QByteArray> &argv)
{
    std::vector<char *> args;
    for (const QByteArray &arg : argv)
        args.push_back(const_cast<char *>(arg.constData()));
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    Measure measure;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return measure;
    }
    int status = 0;
    struct rusage usage = {};
    wait4(pid, &status, 0, &usage);
    measure.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    posix_spawn_file_actions_destroy(&actions);
#if defined(__APPLE__)
    measure.maxRssKiB = usage.ru_maxrss / 1024; // bytes on macOS
#else
    measure.maxRssKiB = usage.ru_maxrss;
#endif
    measure.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return measure;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_check QMCTL [PYTHON3] [RUNS]\n");
        return 2;
    }
    const QByteArray qmctl = argv[1];
    const QByteArray python = argc > 2 ? QByteArray(argv[2]) : QByteArray("python3");
    const int runs = argc > 3 ? std::max(1, atoi(argv[3])) : 10;

    QTemporaryDir dir;
    const QByteArray path =
        QFile::encodeName(dir.filePath(QStringLiteral("distributed_hosts.yaml")));
    QFile file(QString::fromLocal8Bit(path));
    const QByteArray config = generateConfig(2000);
    if (!file.open(QIODevice::WriteOnly) || file.write(config) != config.size()) {
        std::fprintf(stderr, "bench_check: cannot write %s\n", path.constData());
        return 1;
    }
    file.close();

    std::vector<double> oursTimes, peerTimes;
    long oursRss = 0, peerRss = 0;
    int ourExit = -1;
    for (int i = 0; i <= runs; ++i) { // run 0 warms the page cache, unmeasured
        const Measure ours = run({qmctl, "check", "--format=json", path});
        const Measure peer =
            run({python, "-c", "import sys, yaml; yaml.safe_load(open(sys.argv[1]))", path});
        if (peer.exitCode != 0) {
            std::fprintf(stderr, "bench_check: the PyYAML peer failed (python3-yaml missing?)\n");
            return 1;
        }
        if (ours.exitCode != 0 && ours.exitCode != 1) {
            std::fprintf(stderr, "bench_check: qmctl check failed (exit %d)\n", ours.exitCode);
            return 1;
        }
        if (i == 0)
            continue;
        ourExit = ours.exitCode;
        oursTimes.push_back(ours.milliseconds);
        peerTimes.push_back(peer.milliseconds);
        oursRss = std::max(oursRss, ours.maxRssKiB);
        peerRss = std::max(peerRss, peer.maxRssKiB);
    }
    const double oursMedian = median(oursTimes), peerMedian = median(peerTimes);
    std::printf("config: 2000 hosts, %lld bytes, %d runs (qmctl exit %d)\n",
                static_cast<long long>(config.size()), runs, ourExit);
    std::printf("qmctl check:        median %.1f ms, peak %.1f MB\n", oursMedian, oursRss / 1024.0);
    std::printf("PyYAML safe_load:   median %.1f ms, peak %.1f MB\n", peerMedian, peerRss / 1024.0);
    std::printf("ratio qmctl check / PyYAML load: time %.2f, memory %.2f\n",
                oursMedian / peerMedian, double(oursRss) / double(peerRss));
    std::printf("goals: under 100 ms — %s; under 50 MB — %s\n",
                oursMedian < 100 ? "met" : "NOT met", oursRss < 50 * 1024 ? "met" : "NOT met");
    return 0;
}
