// bench_space [FILES] [PARENT_FOLDER]
//
// The Space page's scan and treemap (issue 22) on a generated tree of FILES files
// (default 500,000) under PARENT_FOLDER (default: the temp folder): folders three levels
// deep, names with several extensions, sizes spread over four orders of magnitude, a
// few hard links. With a warm cache:
// - the first level: from starting the scan to the scanned folder's subfolders in the
//   model (goal: under 1 s);
// - the whole tree with the model attached (records applied, rows inserted, re-sorted
//   as they arrive), median of 5, against the median of 5 runs of `du -s` on the same
//   tree, alternating (goal: at most 0.6x du);
// - laying out and painting the treemap of the whole tree at 1600x1000, median of 5
//   (goal: at most 100 ms).

#include "app/space/spacemodel.h"
#include "app/space/spacetreemap.h"
#include "core/space/spacescanner.h"
#include "duruns.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#include <vector>

namespace {

const char *const kExtensions[] = {".ply", ".png", ".npz", ".log", ".pt", ".mp4", ".txt", ".db"};

/// Writes `count` files: 20 top folders, 25 below each, files spread over them. Every
/// 13th file gets bytes (1 to ~40 KiB); every 1000th is a hard link to the one before.
bool makeTree(const QString &root, qint64 count, qint64 *made)
{
    QByteArray previous;
    for (qint64 i = 0; i < count; ++i) {
        const qint64 folder = i % 500;
        const QString dir = QStringLiteral("%1/top_%2/sub_%3/leaf_%4")
                                .arg(root)
                                .arg(folder % 20)
                                .arg(folder / 20)
                                .arg((i / 500) % 4);
        if (i < 2000 && !QDir().mkpath(dir))
            return false;
        const QByteArray path = QStringLiteral("%1/file_%2%3")
                                    .arg(dir)
                                    .arg(i)
                                    .arg(QLatin1String(kExtensions[i % 8]))
                                    .toLocal8Bit();
        if (i % 1000 == 999 && !previous.isEmpty()) {
            if (::link(previous.constData(), path.constData()) != 0)
                return false;
            ++*made;
            continue;
        }
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (fd < 0)
            return false;
        bool ok = true;
        if (i % 13 == 0) {
            const QByteArray bytes(qsizetype(1 + (i * 7919) % 40000), 'x');
            ok = ::write(fd, bytes.constData(), size_t(bytes.size())) == bytes.size();
        }
        ::close(fd);
        if (!ok)
            return false;
        previous = path;
        ++*made;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const qint64 files = argc > 1 ? std::max(1000LL, atoll(argv[1])) : 500000;
    const QString parent =
        argc > 2 && argv[2][0] ? QString::fromLocal8Bit(argv[2]) : QDir::tempPath();
    QTemporaryDir dir(parent + QStringLiteral("/qm-spacebench-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_space: cannot create a folder in %s\n", qPrintable(parent));
        return 1;
    }
    const QString du = QStandardPaths::findExecutable(QStringLiteral("du"));
    if (du.isEmpty()) {
        std::fprintf(stderr, "bench_space: du is not installed\n");
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    qint64 made = 0;
    if (!makeTree(dir.path(), files, &made)) {
        std::fprintf(stderr, "bench_space: cannot write the tree in %s (disk full?)\n",
                     qPrintable(dir.path()));
        return 1;
    }
    std::printf("tree: %lld files in %s, written in %.1f s\n", static_cast<long long>(made),
                qPrintable(dir.path()), double(timer.elapsed()) / 1000);

    qm::SpaceModel model;
    qm::SpaceScanner scanner;
    double firstLevel = -1;
    QObject::connect(&scanner, &qm::SpaceScanner::recordsReady, &model, [&] {
        model.applyRecords(scanner.takeRecords());
        if (firstLevel < 0 && !model.tree().root()->children.empty())
            firstLevel = double(timer.nsecsElapsed()) / 1e9;
    });
    qint64 expectedFiles = -1;
    auto scan = [&] {
        QEventLoop loop;
        QObject::connect(&scanner, &qm::SpaceScanner::finished, &loop, &QEventLoop::quit);
        model.reset(dir.path(), 0);
        firstLevel = -1;
        timer.restart();
        scanner.start(dir.path(), {});
        loop.exec();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const qint64 counted = model.tree().root()->total.files;
        if (expectedFiles >= 0 && counted != expectedFiles) {
            std::fprintf(stderr, "bench_space: the scan counted %lld files, before %lld\n",
                         static_cast<long long>(counted), static_cast<long long>(expectedFiles));
            std::exit(1);
        }
        expectedFiles = counted;
        return seconds;
    };
    auto runDu = [&] { return qm::bench::timeDu(du, dir.path(), "bench_space"); };

    // Warm the cache (dentries and inodes) with one run of each, then measure.
    scan();
    runDu();
    std::vector<double> ours;
    std::vector<double> firsts;
    std::vector<double> peer;
    for (int run = 0; run < 5; ++run) {
        ours.push_back(scan());
        firsts.push_back(firstLevel);
        peer.push_back(runDu());
    }
    const double scanSeconds = qm::bench::median(ours);
    const double duSeconds = qm::bench::median(peer);
    const double firstSeconds = qm::bench::median(firsts);
    std::printf("files counted: %lld (hard links once), folders: %lld\n",
                static_cast<long long>(expectedFiles),
                static_cast<long long>(model.tree().folderCount()));
    std::printf("first level in the model, median of 5: %.3f s — goal under 1 s: %s\n",
                firstSeconds, firstSeconds < 1.0 ? "met" : "NOT met");
    std::printf("whole tree with the model, median of 5: %.3f s, %.2f M files/s\n", scanSeconds,
                double(made) / scanSeconds / 1e6);
    std::printf("du -s on the same tree, median of 5: %.3f s\n", duSeconds);
    std::printf("ratio scan / du: %.2f — goal at most 0.60x: %s\n", scanSeconds / duSeconds,
                scanSeconds <= 0.6 * duSeconds ? "met" : "NOT met");

    qm::SpaceTreemap map;
    map.resize(1600, 1000);
    map.setModel(&model, nullptr);
    std::vector<double> paints;
    for (int run = 0; run < 5; ++run) {
        timer.restart();
        map.rebuild();
        paints.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const double paintMs = qm::bench::median(paints);
    std::printf("treemap layout and paint at 1600x1000, median of 5: %.1f ms (%lld tiles) — "
                "goal at most 100 ms: %s\n",
                paintMs, static_cast<long long>(map.tileCount()),
                paintMs <= 100 ? "met" : "NOT met");
    return 0;
}
