// bench_scan [FILES] [PARENT_FOLDER] [THREADS]
//
// The local data-category scan (issue 5): a tree of FILES files (default 500,000) laid
// out like a miner's or a self-play node's data root — games, training data, models,
// accepted and rejected PLY samples, images, logs, and folders no category claims — in
// a new folder under PARENT_FOLDER (default: the temp folder). With a warm cache, the
// median of five runs of scanLocalDataRoot (THREADS, default two: the probe's) against
// the median of five runs of `du -s` on the same tree, alternating, in the same run.
// Goal: at most 0.5x du's time.

#include "core/probes/datacategories.h"
#include "core/probes/datascan.h"
#include "duruns.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#include <vector>

namespace {

struct Folder
{
    const char *path;
    const char *suffix;
    int share;        // parts per 100 of all files
    bool batched;     // in subfolders of 1,000 files, or all in the folder itself
    bool categorized; // claimed by a default category
};

// Folders of a data root, with the share of files each holds.
const Folder kFolders[] = {
    {"games", ".db", 10, true, true},
    {"training_data", ".npz", 20, true, true},
    {"models", ".pt", 2, true, true},
    {"ply_files", ".ply", 8, false, true},
    {"ply_files/rejected_samples", ".ply", 30, false, true},
    {"images", ".png", 15, true, true},
    {"logs", ".log", 5, true, true},
    {"cache/tmp", ".bin", 10, true, false},
};

/// Writes `count` files under root/folder (batched: in subfolders of 1,000); every
/// seventh file gets a few bytes so sizes vary. False on the first error.
bool makeFiles(const QString &root, const Folder &folder, qint64 count, qint64 *made)
{
    for (qint64 i = 0; i < count; ++i) {
        QString dir = root + u'/' + QLatin1String(folder.path);
        if (folder.batched)
            dir += QStringLiteral("/batch_%1").arg(i / 1000, 4, 10, QLatin1Char('0'));
        if (i % 1000 == 0 && !QDir().mkpath(dir))
            return false;
        const QByteArray path = QStringLiteral("%1/sample_%2%3")
                                    .arg(dir)
                                    .arg(i)
                                    .arg(QLatin1String(folder.suffix))
                                    .toLocal8Bit();
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (fd < 0)
            return false;
        bool ok = true;
        if (i % 7 == 0)
            ok = ::write(fd, "splat data", 10) == 10;
        ::close(fd);
        if (!ok)
            return false;
        ++*made;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    const qint64 files = argc > 1 ? std::max(1000LL, atoll(argv[1])) : 500000;
    const QString parent =
        argc > 2 && argv[2][0] ? QString::fromLocal8Bit(argv[2]) : QDir::tempPath();
    const int threads = argc > 3 ? std::max(1, atoi(argv[3])) : 2;
    QTemporaryDir dir(parent + QStringLiteral("/qm-scanbench-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_scan: cannot create a folder in %s\n", qPrintable(parent));
        return 1;
    }
    const QString du = QStandardPaths::findExecutable(QStringLiteral("du"));
    if (du.isEmpty()) {
        std::fprintf(stderr, "bench_scan: du is not installed\n");
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    qint64 made = 0;
    qint64 categorized = 0;
    for (const Folder &folder : kFolders) {
        const qint64 before = made;
        if (!makeFiles(dir.path(), folder, files * folder.share / 100, &made)) {
            std::fprintf(stderr, "bench_scan: cannot write the tree in %s (disk full?)\n",
                         qPrintable(dir.path()));
            return 1;
        }
        if (folder.categorized)
            categorized += made - before;
    }
    std::printf("tree: %lld files in %s, written in %.1f s\n", static_cast<long long>(made),
                qPrintable(dir.path()), double(timer.elapsed()) / 1000);

    const QList<qm::DataCategory> categories = qm::defaultDataCategories();
    auto scan = [&] {
        timer.restart();
        const qm::DataRootScan result =
            qm::scanLocalDataRoot(dir.path(), categories, nullptr, threads);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        qint64 counted = 0;
        for (const qm::CategoryTotal &total : result.categories)
            counted += total.files;
        if (result.status != qm::DataRootScan::Status::Ok || counted != categorized) {
            std::fprintf(stderr, "bench_scan: the scan counted %lld files of %lld (%s)\n",
                         static_cast<long long>(counted), static_cast<long long>(categorized),
                         qPrintable(result.error));
            std::exit(1);
        }
        return seconds;
    };
    auto runDu = [&] { return qm::bench::timeDu(du, dir.path(), "bench_scan"); };

    // Warm the cache (dentries and inodes) with one run of each, then measure.
    scan();
    runDu();
    std::vector<double> ours;
    std::vector<double> peer;
    for (int run = 0; run < 5; ++run) {
        ours.push_back(scan());
        peer.push_back(runDu());
    }
    const double scanSeconds = qm::bench::median(ours);
    const double duSeconds = qm::bench::median(peer);
    std::printf("category scan (%d threads), median of 5: %.3f s, %.2f M files/s\n", threads,
                scanSeconds, double(made) / scanSeconds / 1e6);
    std::printf("du -s on the same tree, median of 5: %.3f s\n", duSeconds);
    std::printf("ratio scan / du: %.2f\n", scanSeconds / duSeconds);
    std::printf("goal: at most 0.50x du — %s\n",
                scanSeconds <= 0.5 * duSeconds ? "met" : "NOT met");
    return 0;
}
