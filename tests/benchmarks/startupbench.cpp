// bench_startup QUARTERMASTER BASELINE [RUNS]
//
// Process start to first painted dashboard: launches `quartermaster
// --exit-after-first-paint` RUNS times (default 10), timing from the start of the process
// to the moment it reports that the dashboard painted this machine's volumes, and the
// same for the peer, a bare Qt Widgets window (the floor any Qt application pays here).
// Runs alternate, so both see the same machine. Prints both medians and their ratio.
// Uses the offscreen platform unless QT_QPA_PLATFORM is set, and a scratch settings
// folder so the user's settings are neither read nor written.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace {

std::optional<double> timeToFirstPaint(const QString &program, const QStringList &arguments,
                                       const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return std::nullopt;
    QByteArray output;
    while (!output.contains("first-paint-ms")) {
        if (!process.waitForReadyRead(20000))
            break;
        output += process.readAllStandardOutput();
    }
    const double elapsed = double(timer.nsecsElapsed()) / 1e6;
    process.waitForFinished(10000);
    if (!output.contains("first-paint-ms"))
        return std::nullopt;
    return elapsed;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_startup QUARTERMASTER BASELINE [RUNS]\n");
        return 2;
    }
    const int runs = args.size() > 3 ? std::max(1, args[3].toInt()) : 10;

    QTemporaryDir scratch;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), scratch.path());

    QList<double> ours, peer;
    // One unmeasured run each: the first start pays for a cold page cache.
    timeToFirstPaint(args[1], {QStringLiteral("--exit-after-first-paint")}, environment);
    timeToFirstPaint(args[2], {}, environment);
    for (int i = 0; i < runs; ++i) {
        const auto a =
            timeToFirstPaint(args[1], {QStringLiteral("--exit-after-first-paint")}, environment);
        const auto b = timeToFirstPaint(args[2], {}, environment);
        if (!a || !b) {
            std::fprintf(stderr, "bench_startup: a run did not report its first paint\n");
            return 1;
        }
        ours.append(*a);
        peer.append(*b);
    }
    const double oursMedian = median(ours);
    const double peerMedian = median(peer);
    std::printf("platform: %s, runs: %d\n",
                qPrintable(environment.value(QStringLiteral("QT_QPA_PLATFORM"))), runs);
    std::printf("quartermaster, process start to first painted dashboard: median %.1f ms "
                "(min %.1f, max %.1f)\n",
                oursMedian, *std::min_element(ours.begin(), ours.end()),
                *std::max_element(ours.begin(), ours.end()));
    std::printf("peer, bare Qt Widgets window to first paint:              median %.1f ms\n",
                peerMedian);
    std::printf("ratio quartermaster / bare Qt window: %.2f\n", oursMedian / peerMedian);
    std::printf("goal: under 300 ms — %s\n", oursMedian < 300.0 ? "met" : "NOT met");
    return 0;
}
