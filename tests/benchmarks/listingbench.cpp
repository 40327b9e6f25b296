// bench_listing [ENTRIES]
//
// The parse rate of a remote file listing (`find -printf '%s %T@ %p\0'`, issue 5):
// ENTRIES synthetic records (default 2,000,000) of the shape real data dirs have, read
// from a file in 64 KiB chunks and counted per top-level folder. The peer, in the same
// run on the same file: `tr -d '\0'`, a program that only touches every byte once.
// Goal: at least 1,000,000 entries per second.

#include "core/probes/filelisting.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    const qint64 entries = argc > 1 ? std::max(1000LL, atoll(argv[1])) : 2000000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("listing.bin"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "bench_listing: cannot write %s\n", qPrintable(path));
            return 1;
        }
        QByteArray chunk;
        for (qint64 i = 0; i < entries; ++i) {
            chunk += QByteArray::number(1000 + i * 7919 % 10000000) + ' ' +
                     QByteArray::number(1700000000 + i % 86400) + ".1234567890 " +
                     "/data/ringrift/" +
                     (i % 3 ? "games/selfplay_" : "ply_files/rejected_samples/gen_") +
                     QByteArray::number(i) + (i % 3 ? ".db" : ".ply") + '\0';
            if (chunk.size() > (1 << 20)) {
                file.write(chunk);
                chunk.clear();
            }
        }
        file.write(chunk);
    }
    const qint64 bytes = QFile(path).size();

    QFile input(path);
    if (!input.open(QIODevice::ReadOnly))
        return 1;
    QHash<QByteArray, qint64> perFolder;
    QElapsedTimer timer;
    timer.start();
    qm::FileListingParser parser([&](const qm::ListedFile &file) {
        // The category key: the third path component ("games", "ply_files").
        qsizetype slash = 0;
        for (int i = 0; i < 3 && slash >= 0; ++i)
            slash = file.path.indexOf('/', slash + 1);
        const QByteArrayView folder = slash > 0 ? file.path.first(slash) : file.path;
        perFolder[folder.toByteArray()] += file.bytes;
    });
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = input.read(buffer.data(), buffer.size());
        if (n <= 0)
            break;
        parser.feed(QByteArrayView(buffer.constData(), n));
    }
    parser.finish();
    const double ours = double(timer.nsecsElapsed()) / 1e9;

    QProcess tr;
    tr.setStandardInputFile(path);
    tr.setStandardOutputFile(QProcess::nullDevice());
    timer.restart();
    tr.start(QStringLiteral("tr"), {QStringLiteral("-d"), QStringLiteral("\\000")});
    tr.waitForFinished(-1);
    const double peer = double(timer.nsecsElapsed()) / 1e9;

    std::printf("listing: %lld entries, %.1f MB, %lld bad, %lld folders\n",
                static_cast<long long>(parser.files()), double(bytes) / 1e6,
                static_cast<long long>(parser.badRecords()),
                static_cast<long long>(perFolder.size()));
    std::printf("parse + per-folder sums: %.3f s, %.2f M entries/s\n", ours,
                double(parser.files()) / ours / 1e6);
    std::printf("tr -d '\\0' on the same file: %.3f s\n", peer);
    std::printf("ratio ours / tr: %.2f\n", ours / peer);
    std::printf("goal: at least 1M entries/s — %s\n",
                double(parser.files()) / ours >= 1e6 ? "met" : "NOT met");
    return parser.files() == entries ? 0 : 1;
}
