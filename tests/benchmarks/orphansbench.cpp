// bench_orphans [--keys N] [--files N] [--clean N]
//
// Orphan scans and cleanups (issue 24), each beside the tool a person would otherwise
// run, in the same run:
// - the set difference of N listed keys (default 1,000,000) and the 70 % of them a
//   database references: sorting both and walking them (compareKeys), its time and the
//   memory it peaks at, against `sort -u` of both key files and `comm -23` (goal: at
//   most 1 s and 300 MB);
// - a whole scan of a local store of N files (default 200,000): the references read
//   from a file, the store listed, compared, the plan saved, against `rclone lsf -R` of
//   the same store, the better of two runs each, alternating (goal: at most 1.1x);
// - a cleanup of N orphans (default 100,000) into the quarantine, in batches of 1000
//   with the reference check before each, against `rclone delete --files-from` of the
//   same objects in a copy of the store (goal: at least 0.9x its speed).

#include "core/storage/objectlisting.h"
#include "core/storage/orphanclean.h"
#include "core/storage/orphanscan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utime.h>

using namespace qm;

namespace {

/// A line of /proc/self/status ("VmHWM", "VmRSS") in bytes; 0 elsewhere.
qint64 statusBytes(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return 0;
}

/// Forgets the peak so far (Linux: writing 5 to clear_refs resets VmHWM).
void resetPeak()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

/// The key of object `i`: as a dataset store names them.
QByteArray keyOf(qint64 i)
{
    return QByteArray("datasets/") + QByteArray::number(i % 97) + "/run-" +
           QByteArray::number(i / 97 % 1000) + "/sample_" + QByteArray::number(i) +
           "_a3f9c2e1d4b5.ply";
}

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "bench_orphans: %s\n", what);
    std::exit(1);
}

/// Seconds `program arguments` took, its output to `output` (or nowhere).
double timeProcess(const QString &program, const QStringList &arguments, const QString &output = {})
{
    QProcess process;
    process.setStandardOutputFile(output.isEmpty() ? QProcess::nullDevice() : output);
    process.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    process.waitForFinished(-1);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        fail(qPrintable(program + QStringLiteral(" failed")));
    return seconds;
}

void setDifference(qint64 count, const QString &folder)
{
    std::printf("1. the set difference of %lld listed keys and %lld referenced\n",
                static_cast<long long>(count), static_cast<long long>(count * 7 / 10));
    // The key files the peer sorts, written first.
    QFile listedFile(folder + QStringLiteral("/listed.txt"));
    QFile referencedFile(folder + QStringLiteral("/referenced.txt"));
    if (!listedFile.open(QIODevice::WriteOnly) || !referencedFile.open(QIODevice::WriteOnly))
        fail("cannot write the key files");
    for (qint64 i = 0; i < count; ++i) {
        const QByteArray key = keyOf(i) + '\n';
        listedFile.write(key);
        if (i % 10 < 7)
            referencedFile.write(key);
    }
    listedFile.close();
    referencedFile.close();

    const qint64 before = statusBytes("VmRSS:");
    resetPeak();
    ObjectList listed;
    KeySet referenced;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    // Shuffled, as listings and queries come: every 7919th key in turn.
    for (qint64 step = 0, i = 0; step < count; ++step, i = (i + 7919) % count) {
        const QByteArray key = keyOf(i);
        listed.add(key, 4096, nowMs - 30 * 86'400'000LL);
        if (i % 10 < 7)
            referenced.add(key);
    }
    QElapsedTimer timer;
    timer.start();
    OrphanScanOptions options;
    options.nowMs = nowMs;
    const OrphanScan scan = compareKeys(listed, referenced, options);
    const double ours = double(timer.nsecsElapsed()) / 1e9;
    const qint64 peak = std::max<qint64>(statusBytes("VmHWM:") - before, 0);
    if (scan.orphanObjects != count - count * 7 / 10)
        fail("the set difference is wrong");

    const QString sort = QStandardPaths::findExecutable(QStringLiteral("sort"));
    const QString comm = QStandardPaths::findExecutable(QStringLiteral("comm"));
    const double sorting =
        timeProcess(sort, {QStringLiteral("-u"), listedFile.fileName(), QStringLiteral("-o"),
                           folder + QStringLiteral("/listed.sorted")}) +
        timeProcess(sort, {QStringLiteral("-u"), referencedFile.fileName(), QStringLiteral("-o"),
                           folder + QStringLiteral("/referenced.sorted")});
    const double peer =
        sorting +
        timeProcess(comm, {QStringLiteral("-23"), folder + QStringLiteral("/listed.sorted"),
                           folder + QStringLiteral("/referenced.sorted")});
    std::printf("ours (compareKeys): %.3f s, %.0f MB at its peak (keys held included); "
                "sort -u + comm -23: %.3f s\n",
                ours, double(peak) / 1e6, peer);
    std::printf("   %.2fx the peer's time; goal: at most 1 s and 300 MB: %s\n\n", ours / peer,
                ours <= 1.0 && peak <= 300'000'000 ? "met" : "NOT MET");
}

/// `count` files of 1 to 4 KiB under `root`, 30 days old, keys as keyOf.
void makeStore(const QString &root, qint64 count)
{
    const QByteArray bytes(4096, 'x');
    const time_t old = time_t(QDateTime::currentSecsSinceEpoch() - 30 * 86400);
    for (qint64 i = 0; i < count; ++i) {
        const QByteArray path = QFile::encodeName(root) + '/' + keyOf(i);
        const qsizetype slash = path.lastIndexOf('/');
        if (i < 97 * 1000 && !QDir().mkpath(QFile::decodeName(path.left(slash))))
            fail("cannot make the store");
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0 || ::write(fd, bytes.constData(), size_t(1024 + i % 3073)) < 0)
            fail("cannot write the store");
        ::close(fd);
        const struct utimbuf times
        {
            old, old
        };
        ::utime(path.constData(), &times);
    }
}

/// A scan of `location` against `source`, as `qmctl orphans scan` makes it: the
/// references, the listing into `*listed`, the comparison.
OrphanScan scanStore(const SyncEndpoint &location, const ReferenceSource &source,
                     ObjectList *listed)
{
    QString error;
    KeySet referenced;
    ObjectListingStats stats;
    if (!readReferences(source, &referenced, &error) ||
        !listObjects(
            location,
            [listed](QByteArrayView key, qint64 bytes, qint64 modifiedMs) {
                listed->add(key, bytes, modifiedMs);
            },
            ObjectListingOptions(), &stats, &error))
        fail(qPrintable(error));
    return compareKeys(*listed, referenced, OrphanScanOptions());
}

void wholeScan(qint64 count, const QString &folder, const QString &rclone)
{
    std::printf("2. a whole scan of a local store of %lld files\n", static_cast<long long>(count));
    const QString store = folder + QStringLiteral("/scan-store");
    makeStore(store, count);
    const QString references = folder + QStringLiteral("/scan-refs.txt");
    {
        QFile file(references);
        if (!file.open(QIODevice::WriteOnly))
            fail("cannot write the references");
        for (qint64 i = 0; i < count; ++i) {
            if (i % 10 < 8)
                file.write(keyOf(i) + '\n');
        }
    }
    ReferenceSource source;
    source.kind = ReferenceSource::Kind::File;
    source.file = references;
    QString error;
    const std::optional<SyncEndpoint> location = SyncEndpoint::parse(store, &error);
    double ours = 1e9;
    double peer = 1e9;
    for (int round = 0; round < 2; ++round) {
        QElapsedTimer timer;
        timer.start();
        ObjectList listed;
        const OrphanScan scan = scanStore(*location, source, &listed);
        const OrphanScanOptions options;
        const QString plan = folder + QStringLiteral("/scan-plan-%1.csv").arg(round);
        if (const QString failure = writeOrphanPlan(plan, *location, source, options, listed, scan);
            !failure.isEmpty())
            fail(qPrintable(failure));
        ours = std::min(ours, double(timer.nsecsElapsed()) / 1e9);
        if (scan.listedObjects != count)
            fail("the scan missed objects");
        peer = std::min(peer, timeProcess(rclone, {QStringLiteral("lsf"), QStringLiteral("-R"),
                                                   QStringLiteral("--files-only"), store}));
    }
    std::printf("ours (references, listing, comparison, plan): %.2f s; rclone lsf -R: %.2f s "
                "(the better of two runs each)\n",
                ours, peer);
    std::printf("   %.2fx; goal: at most 1.1x: %s\n\n", ours / peer,
                ours <= 1.1 * peer ? "met" : "NOT MET");
}

void clean(qint64 count, const QString &folder, const QString &rclone)
{
    std::printf("3. a cleanup of %lld orphans\n", static_cast<long long>(count));
    // Two stores alike: one cleaned by us, one by rclone. Referenced keys beside the
    // orphans, a tenth of them.
    const QString ourStore = folder + QStringLiteral("/clean-ours");
    const QString peerStore = folder + QStringLiteral("/clean-peer");
    const qint64 total = count + count / 10;
    makeStore(ourStore, total);
    makeStore(peerStore, total);
    const QString references = folder + QStringLiteral("/clean-refs.txt");
    QFile refs(references);
    QFile list(folder + QStringLiteral("/clean-orphans.txt"));
    if (!refs.open(QIODevice::WriteOnly) || !list.open(QIODevice::WriteOnly))
        fail("cannot write the key files");
    for (qint64 i = 0; i < total; ++i)
        (i % 11 == 10 ? refs : list).write(keyOf(i) + '\n');
    refs.close();
    list.close();

    ReferenceSource source;
    source.kind = ReferenceSource::Kind::File;
    source.file = references;
    QString error;
    const std::optional<SyncEndpoint> location = SyncEndpoint::parse(ourStore, &error);
    ObjectList listed;
    const OrphanScan scan = scanStore(*location, source, &listed);
    const OrphanScanOptions options;
    const QString planPath = folder + QStringLiteral("/clean-plan.csv");
    if (const QString failure = writeOrphanPlan(planPath, *location, source, options, listed, scan);
        !failure.isEmpty())
        fail(qPrintable(failure));
    const std::optional<OrphanPlan> plan = readOrphanPlan(planPath, &error);
    if (!plan || plan->items.size() != count)
        fail("the plan is not the orphans");

    ::sync();
    QElapsedTimer timer;
    timer.start();
    OrphanCleanOptions cleaning;
    cleaning.execute = true;
    cleaning.batchSize = 1000;
    const OrphanCleanResult result = cleanOrphans(*plan, cleaning);
    const double ours = double(timer.nsecsElapsed()) / 1e9;
    if (!result.finished() || result.moved != count)
        fail(qPrintable(QStringLiteral("the cleanup did not finish: ") + result.error));
    ::sync();
    const double peer =
        timeProcess(rclone, {QStringLiteral("delete"), QStringLiteral("--files-from"),
                             list.fileName(), peerStore});
    std::printf("ours (orphans clean, batches of 1000, into the quarantine): %.2f s; "
                "rclone delete --files-from: %.2f s\n",
                ours, peer);
    std::printf("   %.2fx its speed; goal: at least 0.9x: %s\n", peer / ours,
                peer / ours >= 0.9 ? "met" : "NOT MET");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const auto number = [&arguments](const char *name, qint64 fallback) {
        const qsizetype at = arguments.indexOf(QLatin1String(name));
        return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toLongLong() : fallback;
    };
    const qint64 keys = number("--keys", 1'000'000);
    const qint64 files = number("--files", 200'000);
    const qint64 orphans = number("--clean", 100'000);
    if (keys <= 0 || files <= 0 || orphans <= 0) {
        std::fprintf(stderr, "usage: bench_orphans [--keys N] [--files N] [--clean N]\n");
        return 2;
    }
    const QString rclone = QStandardPaths::findExecutable(QStringLiteral("rclone"));
    if (rclone.isEmpty())
        fail("rclone is not installed (packaging/deps.sh)");
    QTemporaryDir folder;
    if (!folder.isValid())
        fail("no temporary folder");
    setDifference(keys, folder.path());
    wholeScan(files, folder.path(), rclone);
    clean(orphans, folder.path(), rclone);
    return 0;
}
