// Runs a libFuzzer target (LLVMFuzzerTestOneInput) without libFuzzer: over every file of
// the seed corpus given as arguments (files or folders), then over deterministic
// mutations of them (bytes flipped, inserted, removed; slices joined). A crash or an
// abort fails the test. This keeps fuzz targets compiling and their seeds passing in
// every build; real fuzzing runs with the `fuzz` preset.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

void runOne(const QByteArray &input)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()),
                           size_t(input.size()));
}

QByteArray mutate(const QByteArray &seed, QRandomGenerator &random)
{
    QByteArray input = seed;
    const int edits = 1 + int(random.bounded(8));
    for (int i = 0; i < edits; ++i) {
        const auto position = input.isEmpty() ? 0 : qsizetype(random.bounded(int(input.size())));
        switch (random.bounded(4)) {
        case 0:
            if (!input.isEmpty())
                input[position] = char(random.bounded(256));
            break;
        case 1:
            input.insert(position, char(random.bounded(256)));
            break;
        case 2:
            if (!input.isEmpty())
                input.remove(position, 1 + qsizetype(random.bounded(16)));
            break;
        default:
            input.append(input.mid(position, qsizetype(random.bounded(64))));
            break;
        }
    }
    return input;
}

} // namespace

int main(int argc, char *argv[])
{
    QList<QByteArray> seeds;
    for (int i = 1; i < argc; ++i) {
        const QFileInfo info(QString::fromLocal8Bit(argv[i]));
        const QStringList files = info.isDir()
                                      ? QDir(info.filePath()).entryList(QDir::Files, QDir::Name)
                                      : QStringList{info.fileName()};
        for (const QString &name : files) {
            QFile file(info.isDir() ? QDir(info.filePath()).filePath(name) : info.filePath());
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
                return 1;
            }
            seeds.append(file.readAll());
        }
    }
    if (seeds.isEmpty()) {
        std::fprintf(stderr, "no seeds\n");
        return 1;
    }
    runOne(QByteArray());
    for (const QByteArray &seed : seeds)
        runOne(seed);
    QRandomGenerator random(20261122); // deterministic: a failure reproduces
    const int mutations = 20000;
    for (int i = 0; i < mutations; ++i)
        runOne(mutate(seeds[i % seeds.size()], random));
    std::printf("%d passed, 0 failed: %lld seeds and %d mutations\n", 1,
                static_cast<long long>(seeds.size()), mutations);
    return 0;
}
