// bench_sync [MEBIBYTES] [PARENT_FOLDER]
//
// Sync wall time (issue 7): a tree worth MEBIBYTES (default 512) — big files and many
// small ones — copied into an empty folder by a sync job (queued, claimed by a
// JobRunner, checked, dry-run for its plan, then rsync --partial --info=progress2 with
// progress parsed), against plain `rsync -a SRC/ DEST/` on the same tree, in the same
// run, warm cache, alternating, median of three. Goal: ≤ 1.05× rsync's time.

#include "core/jobkinds/jobkinds.h"
#include "core/jobs/jobrunner.h"
#include "core/jobs/jobstore.h"
#include "core/sync/syncjob.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

bool writeFile(const QString &path, qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          size / sizeof(quint32));
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == size;
}

/// Three quarters of the bytes in 16 MiB files, the rest in 64 KiB files.
bool makeTree(const QString &root, qint64 mebibytes)
{
    const qint64 big = mebibytes * 3 / 4;
    for (qint64 i = 0; i * 16 < big; ++i) {
        if (!QDir().mkpath(root + QStringLiteral("/games")) ||
            !writeFile(QStringLiteral("%1/games/g%2.db").arg(root).arg(i), 16 << 20))
            return false;
    }
    for (qint64 i = 0; i < (mebibytes - big) * 16; ++i) {
        const QString dir = QStringLiteral("%1/npz/batch_%2").arg(root).arg(i / 500);
        if ((i % 500 == 0 && !QDir().mkpath(dir)) ||
            !writeFile(QStringLiteral("%1/s%2.npz").arg(dir).arg(i), 64 << 10))
            return false;
    }
    return true;
}

bool emptyFolder(const QString &path)
{
    return QDir(path).removeRecursively() && QDir().mkpath(path);
}

double plainRsync(const QString &source, const QString &destination)
{
    QElapsedTimer clock;
    clock.start();
    QProcess rsync;
    rsync.start(QStringLiteral("rsync"), {QStringLiteral("-a"), source + u'/', destination + u'/'});
    if (!rsync.waitForFinished(-1) || rsync.exitCode() != 0)
        return -1;
    return double(clock.nsecsElapsed()) / 1e9;
}

/// The app's (or `qmctl jobs run`'s) runner, already going: a job is added, and the
/// time runs until the runner reports it done.
class Runner
{
public:
    explicit Runner(const QString &databasePath)
        : m_runner([&] {
            qm::JobRunner::Options options;
            options.databasePath = databasePath;
            return options;
        }())
    {
        qm::setStandardJobFunctions(m_runner, {});
        QString error;
        m_started = m_store.open(databasePath, &error) && m_runner.start(&error);
    }

    double sync(const QString &source, const QString &destination)
    {
        QString error;
        qm::SyncRequest request;
        request.source = *qm::SyncEndpoint::parse(source, &error);
        request.destination = *qm::SyncEndpoint::parse(destination, &error);
        bool ok = false;
        QEventLoop loop;
        QObject::connect(&m_runner, &qm::JobRunner::jobFinished, &loop,
                         [&](qint64, qm::JobState state, const QString &why) {
                             ok = state == qm::JobState::Succeeded;
                             if (!ok)
                                 std::fprintf(stderr, "%s\n", qPrintable(why));
                             loop.quit();
                         });
        QElapsedTimer clock;
        clock.start();
        if (!m_started ||
            m_store.add(qm::syncJobSpec(request), QDateTime::currentMSecsSinceEpoch(), &error) < 0)
            return -1;
        QMetaObject::invokeMethod(&m_runner, &qm::JobRunner::wake, Qt::QueuedConnection);
        loop.exec();
        return ok ? double(clock.nsecsElapsed()) / 1e9 : -1;
    }

private:
    qm::JobStore m_store;
    qm::JobRunner m_runner;
    bool m_started = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 mebibytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 512;
    const QString parent = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QDir::tempPath();
    if (QStandardPaths::findExecutable(QStringLiteral("rsync")).isEmpty()) {
        std::fprintf(stderr, "bench_sync needs rsync\n");
        return 2;
    }
    QTemporaryDir dir(parent + QStringLiteral("/bench_sync-XXXXXX"));
    const QString source = dir.filePath(QStringLiteral("source"));
    const QString destination = dir.filePath(QStringLiteral("destination"));
    if (!dir.isValid() || !makeTree(source, mebibytes) || !emptyFolder(destination)) {
        std::fprintf(stderr, "cannot write the tree under %s\n", qPrintable(parent));
        return 2;
    }
    plainRsync(source, destination); // warms the cache
    Runner runner(dir.filePath(QStringLiteral("jobs.sqlite")));
    std::vector<double> peer, ours;
    for (int run = 0; run < 3; ++run) {
        if (!emptyFolder(destination))
            return 2;
        peer.push_back(plainRsync(source, destination));
        if (!emptyFolder(destination))
            return 2;
        ours.push_back(runner.sync(source, destination));
        if (peer.back() < 0 || ours.back() < 0) {
            std::fprintf(stderr, "a run failed\n");
            return 2;
        }
    }
    std::printf("sync: %lld MiB (16 MiB files and 64 KiB files) into an empty folder\n",
                (long long)mebibytes);
    std::printf("peer rsync -a: %.2f s\n", median(peer));
    std::printf("sync job (queued to a running runner: checks, dry run, rsync with progress): %.2f "
                "s = %.2fx rsync\n",
                median(ours), median(ours) / median(peer));
    return 0;
}
