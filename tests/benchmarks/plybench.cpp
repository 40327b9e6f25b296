// bench_ply [SPLATS] [PARENT_FOLDER]
//
// Issue 8's reader and renderer figures on a generated Gaussian-splat file of SPLATS
// splats (default 1,000,000: 62 floats each, 248 MB), warm cache, median of five:
// - parsing it (PlyFile: read, header, decode every splat) against `cat FILE >/dev/null`
//   on the same file in the same run (goal ≤ 1.5× the read time);
// - rendering every splat at 800×600 (goal < 40 ms), against filling the same image
//   (the floor of any renderer into it).

#include "core/samples/plyfile.h"
#include "core/samples/splatrenderer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/// A splat ball: points on and in a unit sphere, coloured by position, varied opacity
/// and scale, written in blocks.
bool writeSplats(const QString &path, qint64 splats)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray header =
        "ply\nformat binary_little_endian 1.0\nelement vertex " + QByteArray::number(splats) + '\n';
    QList<QByteArray> names = {"x", "y", "z", "nx", "ny", "nz", "f_dc_0", "f_dc_1", "f_dc_2"};
    for (int i = 0; i < 45; ++i)
        names.append("f_rest_" + QByteArray::number(i));
    names += {"opacity", "scale_0", "scale_1", "scale_2", "rot_0", "rot_1", "rot_2", "rot_3"};
    for (const QByteArray &name : std::as_const(names))
        header += "property float " + name + '\n';
    header += "end_header\n";
    file.write(header);
    QRandomGenerator random(7);
    std::vector<float> block;
    for (qint64 done = 0; done < splats;) {
        const qint64 n = std::min<qint64>(65536, splats - done);
        block.assign(size_t(n) * 62, 0.0f);
        for (qint64 i = 0; i < n; ++i) {
            float *s = block.data() + i * 62;
            const float u = float(random.generateDouble() * 2 - 1);
            const float t = float(random.generateDouble() * 6.2831853);
            const float r = std::cbrt(float(random.generateDouble())) * std::sqrt(1 - u * u);
            s[0] = r * std::cos(t);
            s[1] = u;
            s[2] = r * std::sin(t);
            s[6] = s[0] * 1.5f;
            s[7] = s[1] * 1.5f;
            s[8] = s[2] * 1.5f;
            s[54] = float(random.generateDouble() * 6 - 2);              // opacity logit
            s[55] = s[56] = s[57] = float(-6 + random.generateDouble()); // log scale
            s[58] = 1;                                                   // rot_0
        }
        const qint64 bytes = qint64(block.size() * sizeof(float));
        if (file.write(reinterpret_cast<const char *>(block.data()), bytes) != bytes)
            return false;
        done += n;
    }
    return file.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    const qint64 splats = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    const QString parent = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QDir::tempPath();
    QTemporaryDir dir(parent + QStringLiteral("/bench_ply-XXXXXX"));
    const QString path = dir.filePath(QStringLiteral("splats.ply"));
    if (!dir.isValid() || !writeSplats(path, splats)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 2;
    }
    const auto cat = [&path] {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer clock;
        clock.start();
        process.start(QStringLiteral("cat"), {path});
        if (!process.waitForFinished(-1) || process.exitCode() != 0)
            return -1.0;
        return double(clock.nsecsElapsed()) / 1e6;
    };
    cat(); // warms the cache

    std::vector<double> readMs, parseMs, renderMs, fillMs;
    qm::SplatCloud cloud;
    for (int run = 0; run < 5; ++run) {
        const double read = cat();
        if (read < 0) {
            std::fprintf(stderr, "cat failed\n");
            return 2;
        }
        readMs.push_back(read);
        QElapsedTimer clock;
        clock.start();
        qm::PlyFile file;
        qm::PlyError error;
        std::optional<qm::SplatCloud> decoded;
        if (file.open(path, &error))
            decoded = file.decode(&error);
        if (!decoded) {
            std::fprintf(stderr, "byte %lld: %s\n", (long long)error.offset,
                         qPrintable(error.message));
            return 2;
        }
        parseMs.push_back(double(clock.nsecsElapsed()) / 1e6);
        cloud = std::move(*decoded);
    }
    const qm::SplatCamera camera = qm::framingCamera(cloud);
    qm::SplatRenderOptions options;
    options.size = {800, 600};
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer clock;
        clock.start();
        const QImage image = qm::renderSplats(cloud, camera, options);
        renderMs.push_back(double(clock.nsecsElapsed()) / 1e6);
        clock.start();
        QImage empty(options.size, QImage::Format_RGB32);
        empty.fill(Qt::black);
        fillMs.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    const double mb = double(QFileInfo(path).size()) / 1e6;
    std::printf("ply: %lld splats, %.0f MB\n", (long long)splats, mb);
    std::printf("cat FILE >/dev/null: %.1f ms\n", median(readMs));
    std::printf("parse (read, header, decode): %.1f ms = %.2fx the read (goal <= 1.5x)\n",
                median(parseMs), median(parseMs) / median(readMs));
    std::printf("render %lld splats at 800x600: %.1f ms (goal < 40 ms); filling the image: "
                "%.2f ms\n",
                (long long)cloud.size(), median(renderMs), median(fillMs));
    return 0;
}
