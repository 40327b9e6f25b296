// bench_archive [MEBIBYTES] [PARENT_FOLDER]
//
// Archive throughput (issue 7): a folder of files worth MEBIBYTES (default 512) — like
// a node's old self-play databases: half random bytes, half repeating records, so
// zstd has work of both kinds — archived by executeArchive into .tar.zst, against
// `tar -cf - . | zstd -3` on the same files, in the same run, warm cache, alternating,
// median of five, with dirty pages written out before each run so that neither side
// pays for the other's output. Ours is reported twice: writing the archive (what
// tar | zstd does) and the whole run with the read-back verification, which tar | zstd
// does not do; the nearest the peer has, `zstd -dc | tar -d`, is measured for that.
// The originals are kept between runs (removeOriginal does nothing). Goal: ≥ 0.9× the
// peer's throughput.

#include "core/archive/archive.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/time.h>
#include <unistd.h>
#include <vector>

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

bool makeFiles(const QString &root, qint64 mebibytes)
{
    constexpr qint64 kFileBytes = 8 << 20;
    QByteArray record = "game 0000000 moves e2e4 e7e5 g1f3 b8c6 f1b5 a7a6 result 1-0 elo 2750\n";
    const qint64 old = QDateTime::currentSecsSinceEpoch() - 90 * 86400;
    const timeval times[2] = {{time_t(old), 0}, {time_t(old), 0}};
    for (qint64 done = 0, i = 0; done < (mebibytes << 20); done += kFileBytes, ++i) {
        QByteArray bytes(kFileBytes, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                              kFileBytes / 2 / sizeof(quint32));
        for (qint64 at = kFileBytes / 2; at < kFileBytes; at += record.size()) {
            record.replace(5, 7, QByteArray::number(at % 9999999).rightJustified(7, '0'));
            std::memcpy(bytes.data() + at, record.constData(),
                        size_t(std::min<qint64>(record.size(), kFileBytes - at)));
        }
        const QString path =
            QStringLiteral("%1/selfplay_%2.db").arg(root).arg(i, 4, 10, QLatin1Char('0'));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return false;
        file.close();
        if (utimes(QFile::encodeName(path).constData(), times) != 0)
            return false;
    }
    return true;
}

/// `tar -cf - . | zstd -3 -q -o OUT` in `root`: seconds, or -1.
double peer(const QString &root, const QString &out)
{
    QFile::remove(out);
    QProcess tar;
    QProcess zstd;
    tar.setWorkingDirectory(root);
    tar.setStandardOutputProcess(&zstd);
    QElapsedTimer clock;
    clock.start();
    zstd.start(QStringLiteral("zstd"),
               {QStringLiteral("-3"), QStringLiteral("-q"), QStringLiteral("-o"), out});
    tar.start(QStringLiteral("tar"), {QStringLiteral("-cf"), QStringLiteral("-"),
                                      QStringLiteral("--exclude=./archives"), QStringLiteral(".")});
    if (!tar.waitForFinished(-1) || !zstd.waitForFinished(-1) || tar.exitCode() != 0 ||
        zstd.exitCode() != 0)
        return -1;
    return double(clock.nsecsElapsed()) / 1e9;
}

/// The peer's equivalent of our read-back: `zstd -dc OUT | tar -d` in `root` (tar compares
/// every entry with the file it came from): seconds, or -1.
double peerVerify(const QString &root, const QString &out)
{
    QProcess zstd;
    QProcess tar;
    tar.setWorkingDirectory(root);
    zstd.setStandardOutputProcess(&tar);
    QElapsedTimer clock;
    clock.start();
    tar.start(QStringLiteral("tar"), {QStringLiteral("-df"), QStringLiteral("-")});
    zstd.start(QStringLiteral("zstd"), {QStringLiteral("-dcq"), out});
    if (!zstd.waitForFinished(-1) || !tar.waitForFinished(-1) || tar.exitCode() != 0 ||
        zstd.exitCode() != 0)
        return -1;
    return double(clock.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    const qint64 mebibytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 512;
    const QString parent = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QDir::tempPath();
    if (QStandardPaths::findExecutable(QStringLiteral("zstd")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("tar")).isEmpty()) {
        std::fprintf(stderr, "bench_archive needs tar and zstd\n");
        return 2;
    }
    QTemporaryDir dir(parent + QStringLiteral("/bench_archive-XXXXXX"));
    const QString root = dir.filePath(QStringLiteral("root"));
    if (!dir.isValid() || !QDir().mkpath(root) || !makeFiles(root, mebibytes)) {
        std::fprintf(stderr, "cannot write the files under %s\n", qPrintable(parent));
        return 2;
    }
    const QString peerOut = dir.filePath(QStringLiteral("peer.tar.zst"));
    peer(root, peerOut); // warms the cache

    std::vector<double> peerSecs, peerVerifiedSecs, writeSecs, totalSecs;
    qint64 bytes = 0, ourSize = 0;
    for (int run = 0; run < 5; ++run) {
        // Neither side pays for writing back the other's output.
        ::sync();
        const double p = peer(root, peerOut);
        if (p < 0) {
            std::fprintf(stderr, "tar | zstd failed\n");
            return 2;
        }
        peerSecs.push_back(p);
        const double v = peerVerify(root, peerOut);
        if (v < 0) {
            std::fprintf(stderr, "zstd -dc | tar -d failed\n");
            return 2;
        }
        peerVerifiedSecs.push_back(p + v);

        ::sync();
        qm::ArchiveRequest request;
        request.root = root;
        request.olderThanDays = 30;
        request.outputDirectory = dir.path();
        QString error;
        QElapsedTimer clock;
        clock.start();
        const std::optional<qm::ArchivePlan> plan = qm::planArchive(request, nullptr, &error);
        if (!plan) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        qm::ArchiveCallbacks callbacks;
        callbacks.removeOriginal = [](const QString &, QString *) { return true; };
        const qm::ArchiveResult result = qm::executeArchive(*plan, callbacks);
        const double total = double(clock.nsecsElapsed()) / 1e9;
        if (!result.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(result.error));
            return 2;
        }
        writeSecs.push_back(total - double(result.verifyMs) / 1e3);
        totalSecs.push_back(total);
        bytes = result.bytesArchived;
        ourSize = result.archiveBytes;
        QFile::remove(result.archivePath);
    }
    const double mib = double(bytes) / (1 << 20);
    const double peerRate = mib / median(peerSecs);
    const double writeRate = mib / median(writeSecs);
    const double totalRate = mib / median(totalSecs);
    const double peerVerifiedRate = mib / median(peerVerifiedSecs);
    std::printf("archive: %.0f MiB in %lld files, our .tar.zst %.0f MiB, peer's %.0f MiB\n", mib,
                (long long)(bytes / (8 << 20)), double(ourSize) / (1 << 20),
                double(QFileInfo(peerOut).size()) / (1 << 20));
    std::printf("peer tar | zstd -3: %.0f MiB/s\n", peerRate);
    std::printf("ours, plan + write: %.0f MiB/s = %.2fx the peer\n", writeRate,
                writeRate / peerRate);
    std::printf("ours, plan + write + read-back verify: %.0f MiB/s = %.2fx the peer\n", totalRate,
                totalRate / peerRate);
    std::printf("peer with its own check, tar | zstd -3 then zstd -dc | tar -d: %.0f MiB/s; "
                "ours with read-back verify = %.2fx that\n",
                peerVerifiedRate, totalRate / peerVerifiedRate);
    return 0;
}
