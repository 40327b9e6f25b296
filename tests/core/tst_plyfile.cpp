// The PLY reader: generated files of every format and type decode to the same cloud;
// Gaussian-splat attributes become colour, alpha and scale; crafted broken files give
// an error at the right byte with the right reason, never a crash or a large
// allocation; the statistics of a known cloud.

#include "core/samples/plyfile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>
#include <cstring>
#include <numeric>
#include <sys/stat.h>
#include <thread>

using namespace qm;

namespace {

/// One property of a generated vertex element and its value per vertex.
struct Column
{
    const char *type;
    const char *name;
    QList<double> values;
};

void append(QByteArray *out, double value, const QByteArray &type, bool big)
{
    const auto put = [&](auto v) {
        char bytes[sizeof v];
        std::memcpy(bytes, &v, sizeof v);
        if (big)
            std::reverse(bytes, bytes + sizeof v);
        out->append(bytes, sizeof v);
    };
    if (type == "char")
        put(qint8(value));
    else if (type == "uchar")
        put(quint8(value));
    else if (type == "short")
        put(qint16(value));
    else if (type == "ushort")
        put(quint16(value));
    else if (type == "int")
        put(qint32(value));
    else if (type == "uint")
        put(quint32(value));
    else if (type == "float")
        put(float(value));
    else
        put(double(value));
}

/// A PLY with a vertex element of `columns` in `format`, optionally after a "face"
/// element with a list (two faces of three indices).
QByteArray makePly(const QByteArray &format, const QList<Column> &columns, bool facesFirst = false,
                   const QByteArray &newline = "\n")
{
    const qsizetype n = columns.first().values.size();
    QByteArray text = "ply" + newline + "format " + format + " 1.0" + newline +
                      "comment made by tst_plyfile" + newline;
    if (facesFirst)
        text += "element face 2" + newline + "property list uchar int vertex_indices" + newline;
    text += "element vertex " + QByteArray::number(n) + newline;
    for (const Column &c : columns)
        text += QByteArray("property ") + c.type + ' ' + c.name + newline;
    text += "end_header" + newline;
    const bool ascii = format == "ascii";
    const bool big = format == "binary_big_endian";
    if (facesFirst) {
        for (int f = 0; f < 2; ++f) {
            if (ascii)
                text += "3 0 1 2\n";
            else {
                append(&text, 3, "uchar", big);
                for (int i = 0; i < 3; ++i)
                    append(&text, i, "int", big);
            }
        }
    }
    for (qsizetype v = 0; v < n; ++v) {
        for (const Column &c : columns) {
            if (ascii)
                text += QByteArray::number(c.values[v], 'g', 17) + ' ';
            else
                append(&text, c.values[v], c.type, big);
        }
        if (ascii)
            text += '\n';
    }
    return text;
}

/// The 62 properties of a 3D Gaussian-splat vertex, in their usual order.
QList<Column> splatColumns(const QList<std::array<double, 3>> &positions, double dc, double opacity,
                           double logScale)
{
    QList<Column> columns;
    const auto column = [&](const char *name, double value) {
        columns.append({"float", name, QList<double>(positions.size(), value)});
    };
    QList<double> xs, ys, zs;
    for (const auto &p : positions) {
        xs.append(p[0]);
        ys.append(p[1]);
        zs.append(p[2]);
    }
    columns.append({"float", "x", xs});
    columns.append({"float", "y", ys});
    columns.append({"float", "z", zs});
    for (const char *name : {"nx", "ny", "nz"})
        column(name, 0);
    for (const char *name : {"f_dc_0", "f_dc_1", "f_dc_2"})
        column(name, dc);
    static QList<QByteArray> rest;
    if (rest.isEmpty())
        for (int i = 0; i < 45; ++i)
            rest.append("f_rest_" + QByteArray::number(i));
    for (const QByteArray &name : std::as_const(rest))
        column(name.constData(), 0);
    column("opacity", opacity);
    for (const char *name : {"scale_0", "scale_1", "scale_2"})
        column(name, logScale);
    for (const char *name : {"rot_0", "rot_1", "rot_2", "rot_3"})
        column(name, name == std::string_view("rot_0") ? 1 : 0);
    return columns;
}

std::optional<SplatCloud> decode(const QByteArray &bytes, PlyError *error)
{
    const std::optional<PlyHeader> header = parsePlyHeader(bytes, error);
    if (!header)
        return std::nullopt;
    return decodePlyVertices(bytes, *header, error);
}

} // namespace

class TestPlyFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gaussianSplat()
    {
        const QByteArray bytes =
            makePly("binary_little_endian", splatColumns({{1, 2, 3}, {-1, 0, 0.5}}, 0, 0, 0));
        PlyError error;
        const std::optional<PlyHeader> header = parsePlyHeader(bytes, &error);
        QVERIFY2(header, qPrintable(error.message));
        QCOMPARE(header->vertex()->properties.size(), 62);
        QCOMPARE(header->vertex()->recordBytes(), 248); // docs/formats.md: 62 floats
        const std::optional<SplatCloud> cloud = decodePlyVertices(bytes, *header, &error);
        QVERIFY2(cloud, qPrintable(error.message));
        QVERIFY(cloud->isGaussianSplat);
        QCOMPARE(cloud->size(), 2);
        QCOMPARE(cloud->positions, (std::vector<float>{1, 2, 3, -1, 0, 0.5f}));
        QCOMPARE(cloud->colours[0], 0x808080u); // 0.5 + C0 · 0 = mid grey
        QCOMPARE(cloud->alphas[1], 0.5f);       // logistic(0)
        QCOMPARE(cloud->scales[0], 1.0f);       // exp(0)

        // Colour from the spherical harmonic, opacity as a logit, log scales.
        const std::optional<SplatCloud> bright =
            decode(makePly("binary_little_endian",
                           splatColumns({{0, 0, 0}}, 1.7724539, 2.0, std::log(0.01))),
                   &error);
        QVERIFY(bright);
        QCOMPARE(bright->colours[0], 0xffffffu); // 0.5 + 0.28209479 · 1.7724539 = 1.0
        QVERIFY(std::abs(bright->alphas[0] - 1 / (1 + std::exp(-2.0f))) < 1e-6f);
        QVERIFY(std::abs(bright->scales[0] - 0.01f) < 1e-6f);
    }

    void manyRecordsDecodedByThreads()
    {
        // Past the size from which several threads share the records.
        constexpr int n = 300'001;
        QList<double> index(n);
        std::iota(index.begin(), index.end(), 0.0);
        QList<double> negated(n);
        std::transform(index.begin(), index.end(), negated.begin(), [](double v) { return -v; });
        for (const QByteArray format : {"binary_little_endian", "binary_big_endian"}) {
            PlyError error;
            const std::optional<SplatCloud> cloud =
                decode(makePly(format, {{"float", "x", index},
                                        {"float", "y", negated},
                                        {"float", "z", QList<double>(n, 1)}}),
                       &error);
            QVERIFY2(cloud, qPrintable(error.message));
            QCOMPARE(cloud->size(), n);
            for (const int v : {0, 1, n / 3, n / 2 + 1, n - 1}) {
                QCOMPARE(cloud->positions[size_t(3 * v)], float(v));
                QCOMPARE(cloud->positions[size_t(3 * v + 1)], -float(v));
                QCOMPARE(cloud->positions[size_t(3 * v + 2)], 1.0f);
            }
        }
    }

    void everyFormatAndTypeGivesTheSameCloud_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<bool>("facesFirst");
        QTest::addColumn<QByteArray>("newline");
        for (const char *format : {"ascii", "binary_little_endian", "binary_big_endian"}) {
            QTest::addRow("%s", format) << QByteArray(format) << false << QByteArray("\n");
            QTest::addRow("%s, faces first", format)
                << QByteArray(format) << true << QByteArray("\n");
            QTest::addRow("%s, CRLF header", format)
                << QByteArray(format) << false << QByteArray("\r\n");
        }
    }
    void everyFormatAndTypeGivesTheSameCloud()
    {
        QFETCH(QByteArray, format);
        QFETCH(bool, facesFirst);
        QFETCH(QByteArray, newline);
        // Any order, any type: a double x, a short z before an int8 y, colour as bytes.
        const QList<Column> columns = {
            {"uchar", "red", {255, 0, 10}},     {"double", "x", {0.25, -1.5, 1e6}},
            {"short", "z", {-3, 7, 300}},       {"char", "y", {-128, 0, 127}},
            {"uchar", "green", {0, 255, 20}},   {"uchar", "blue", {0, 0, 30}},
            {"float", "confidence", {1, 2, 3}},
        };
        PlyError error;
        const std::optional<SplatCloud> cloud =
            decode(makePly(format, columns, facesFirst, newline), &error);
        QVERIFY2(cloud,
                 qPrintable(QStringLiteral("%1 at %2").arg(error.message).arg(error.offset)));
        QVERIFY(!cloud->isGaussianSplat);
        QVERIFY(!cloud->hasAlpha() && !cloud->hasScale());
        QCOMPARE(cloud->positions,
                 (std::vector<float>{0.25f, -128, -3, -1.5f, 0, 7, 1e6f, 127, 300}));
        QCOMPARE(cloud->colours, (std::vector<quint32>{0xff0000, 0x00ff00, 0x0a141e}));
    }

    void elementsWithoutPropertiesTakeNoBytes()
    {
        // A trillion records of nothing, before and after the vertices: read at once.
        for (const QByteArray format : {"ascii", "binary_little_endian"}) {
            QByteArray bytes = "ply\nformat " + format +
                               " 1.0\nelement nothing 1000000000000\nelement vertex 1\n"
                               "property float x\nproperty float y\nproperty float z\n"
                               "element after 1000000000000\nend_header\n";
            if (format == "ascii")
                bytes += "1 2 3\n";
            else
                for (const float v : {1.0f, 2.0f, 3.0f})
                    bytes.append(reinterpret_cast<const char *>(&v), sizeof v);
            PlyError error;
            const std::optional<SplatCloud> cloud = decode(bytes, &error);
            QVERIFY2(cloud, qPrintable(error.message));
            QCOMPARE(cloud->positions, (std::vector<float>{1, 2, 3}));
        }
    }

    void brokenFilesSayWhereAndWhy_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QString>("message");
        const QByteArray good =
            makePly("binary_little_endian",
                    {{"float", "x", {1, 2}}, {"float", "y", {1, 2}}, {"float", "z", {1, 2}}});
        const qint64 data = good.indexOf("end_header\n") + 11;
        QTest::newRow("empty") << QByteArray() << qint64(0) << QStringLiteral("not a PLY file");
        QTest::newRow("not ply") << QByteArray("solid cube\nfacet\n") << qint64(0)
                                 << QStringLiteral("not a PLY file");
        QTest::newRow("no end_header")
            << QByteArray("ply\nformat ascii 1.0\nelement vertex 1\nproperty float x\n")
            << qint64(55) << QStringLiteral("the header ends without end_header");
        QTest::newRow("header too long")
            << QByteArray("ply\nformat ascii 1.0\n") + QByteArray(70000, ' ') << qint64(65536)
            << QStringLiteral("no end_header in the first 65536 bytes");
        QTest::newRow("unknown type")
            << QByteArray(
                   "ply\nformat binary_little_endian 1.0\nelement vertex 1\nproperty half x\n"
                   "end_header\n")
            << qint64(53) << QStringLiteral("unknown type “half” of property x");
        QTest::newRow("unknown format")
            << QByteArray("ply\nformat binary_middle_endian 1.0\nend_header\n") << qint64(4)
            << QStringLiteral("unknown format “binary_middle_endian”");
        QTest::newRow("property first")
            << QByteArray("ply\nformat ascii 1.0\nproperty float x\nend_header\n") << qint64(21)
            << QStringLiteral("a property before any element");
        QTest::newRow("no format")
            << QByteArray("ply\nelement vertex 0\nend_header\n") << qint64(21)
            << QStringLiteral("end_header before any format line");
        QTest::newRow("negative count")
            << QByteArray("ply\nformat ascii 1.0\nelement vertex -5\nend_header\n") << qint64(21)
            << QStringLiteral("a malformed element line");
        // The lie the issue names: far more vertices than the file holds.
        QByteArray lying = good;
        lying.replace("element vertex 2", "element vertex 400000");
        QTest::newRow("count larger than the file")
            << lying << qint64(data + 5)
            << QStringLiteral("element vertex says 400000, the file holds 2");
        QTest::newRow("truncated binary")
            << good.chopped(1) << qint64(data)
            << QStringLiteral("element vertex says 2, the file holds 1");
        // Where the data begins, and where `needle` is.
        const auto dataOf = [](const QByteArray &bytes) {
            return qint64(bytes.indexOf("end_header\n") + 11);
        };
        const QByteArray huge("ply\nformat binary_little_endian 1.0\nelement vertex 1099511627776\n"
                              "property double x\nend_header\n");
        QTest::newRow("huge count")
            << huge << dataOf(huge)
            << QStringLiteral("element vertex says 1099511627776, the file holds 0");
        const QByteArray xyz("ply\nformat ascii 1.0\nelement vertex 2\nproperty float x\n"
                             "property float y\nproperty float z\nend_header\n");
        QTest::newRow("ascii too few values")
            << xyz + "1 2 3\n4 5\n"
            << dataOf(xyz)
            << QStringLiteral("element vertex says 2, the file has room for at most 1");
        QTest::newRow("ascii not a number")
            << xyz + "1 2 3\n4 five 6\n"
            << qint64((xyz + "1 2 3\n4 ").size())
            << QStringLiteral(
                   "“five” is not a number (record 2 of 2 of element vertex, property y)");
        const QByteArray noXyz("ply\nformat ascii 1.0\nelement vertex 1\nproperty float u\n"
                               "end_header\n1\n");
        QTest::newRow("no positions")
            << noXyz << dataOf(noXyz) << QStringLiteral("the vertices have no x, y and z");
        QByteArray list;
        list += "ply\nformat binary_little_endian 1.0\nelement face 1\nproperty list uchar int v\n"
                "element vertex 1\nproperty float x\nproperty float y\nproperty float z\n"
                "end_header\n";
        const qint64 listAt = list.size();
        list += char(200); // 200 items of 4 bytes: far more than follows
        list += QByteArray(12 + 12, '\0');
        QTest::newRow("lying list length")
            << list << listAt
            << QStringLiteral("list v of record 1 of 1 of element face says 200 items");
    }
    void brokenFilesSayWhereAndWhy()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, offset);
        QFETCH(QString, message);
        PlyError error;
        QVERIFY(!decode(bytes, &error));
        QVERIFY2(error.message.startsWith(message), qPrintable(error.message));
        QCOMPARE(error.offset, offset);
    }

    void statistics()
    {
        SplatCloud cloud;
        cloud.positions = {0, 0, 0, 2, -1, 5, NAN, 0, 0, -4, 3, 1};
        cloud.alphas = {0.01f, 0.5f, 0.99f, 1.0f};
        cloud.scales = {0.001f, 0.01f, 0.1f, 1000.0f};
        const PlyStatistics stats = plyStatistics(cloud);
        QCOMPARE(stats.count, 4);
        QCOMPARE(stats.nonFinite, 1);
        QCOMPARE(stats.bboxMin, (std::array<double, 3>{-4, -1, 0}));
        QCOMPARE(stats.bboxMax, (std::array<double, 3>{2, 3, 5}));
        QVERIFY(stats.alpha && stats.scale);
        QCOMPARE(stats.alpha->histogram.size(), kPlyHistogramBins);
        QCOMPARE(stats.alpha->histogram.first(), 1); // 0.01
        QCOMPARE(stats.alpha->histogram[10], 1);     // 0.5
        QCOMPARE(stats.alpha->histogram.last(), 2);  // 0.99 and 1.0
        QCOMPARE(stats.scale->min, double(0.001f));
        QCOMPARE(stats.scale->max, double(1000.0f));
        // log10 from -3 to 3: six decades over 20 bins; the outlier sits alone at the top.
        QVERIFY(std::abs(stats.scale->histogramLow + 3) < 1e-6);
        QCOMPARE(stats.scale->histogram.last(), 1);
        QCOMPARE(stats.scale->histogram.first(), 1);
        // An empty cloud has nothing to show, and says so with zeros.
        const PlyStatistics none = plyStatistics(SplatCloud());
        QCOMPARE(none.count, 0);
        QVERIFY(!none.alpha && !none.scale);
    }

    void mappedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sample.ply"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(makePly("binary_little_endian", splatColumns({{1, 1, 1}, {2, 2, 2}}, 0, 0, 0)));
        file.close();
        PlyFile ply;
        PlyError error;
        QVERIFY2(ply.open(path, &error), qPrintable(error.message));
        QCOMPARE(ply.header().vertex()->count, 2);
        const std::optional<SplatCloud> cloud = ply.decode(&error);
        QVERIFY(cloud && cloud->size() == 2);
        std::atomic<bool> cancel{true};
        QVERIFY(!ply.decode(&error, &cancel));
        QCOMPARE(error.message, QStringLiteral("cancelled"));

        PlyFile missing;
        QVERIFY(!missing.open(dir.filePath(QStringLiteral("gone.ply")), &error));
        QCOMPARE(error.offset, 0);
        QVERIFY(error.message.startsWith(QStringLiteral("cannot open")));
    }

    void aFifoIsRefusedAtOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pipe.ply"));
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0644) == 0);
        QElapsedTimer clock;
        clock.start();
        PlyFile ply;
        PlyError error;
        QVERIFY(!ply.open(path, &error)); // today's reader waited here for a writer
        QVERIFY(clock.elapsed() < 1000);
        QVERIFY2(error.message.contains(QStringLiteral("not a regular file")),
                 qPrintable(error.message));
    }

    void aFileChangedWhileReadIsAnError_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<bool>("facesFirst");
        QTest::addColumn<QString>("change");
        for (const char *change : {"cut to the header", "cut in half", "grown", "rewritten"}) {
            QTest::addRow("splat, %s", change)
                << QByteArray("binary_little_endian") << false << QString::fromLatin1(change);
            QTest::addRow("ascii, %s", change)
                << QByteArray("ascii") << false << QString::fromLatin1(change);
            QTest::addRow("faces first, %s", change)
                << QByteArray("binary_big_endian") << true << QString::fromLatin1(change);
        }
    }

    // A miner (or a cleanup) truncating a sample while it is read: today's mapped
    // reader died of SIGBUS here (exit 135) when pages past the new end were touched.
    void aFileChangedWhileReadIsAnError()
    {
        QFETCH(QByteArray, format);
        QFETCH(bool, facesFirst);
        QFETCH(QString, change);
        QList<std::array<double, 3>> positions;
        for (int i = 0; i < 4000; ++i) // about a megabyte: many pages past the header
            positions.append({double(i), 1, 2});
        const QByteArray bytes = makePly(format, splatColumns(positions, 0, 0, 0), facesFirst);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sample.ply"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();

        PlyFile ply;
        PlyError error;
        QVERIFY2(ply.open(path, &error), qPrintable(error.message));
        QTest::qWait(20); // a later modification time, as a writer leaves it
        QVERIFY(file.open(QIODevice::ReadWrite));
        if (change == QLatin1String("cut to the header"))
            QVERIFY(file.resize(ply.header().dataOffset));
        else if (change == QLatin1String("cut in half"))
            QVERIFY(file.resize(bytes.size() / 2));
        else if (change == QLatin1String("grown"))
            QVERIFY(file.seek(bytes.size()) && file.write("more") == 4);
        else
            QVERIFY(file.write(bytes) == bytes.size()); // the same bytes, written again
        file.close();

        const std::optional<SplatCloud> cloud = ply.decode(&error);
        QVERIFY(!cloud);
        QVERIFY2(error.message.contains(QStringLiteral("the file changed while it was read")),
                 qPrintable(error.message));
    }

    // Reading in a loop while another thread cuts the file and writes it back: every
    // read either gives the whole cloud or an error, never a crash.
    void readingWhileTheFileIsCutInALoop()
    {
        QList<std::array<double, 3>> positions;
        for (int i = 0; i < 20000; ++i) // 5 MB
            positions.append({double(i), 1, 2});
        const QByteArray bytes = makePly("binary_little_endian", splatColumns(positions, 0, 0, 0));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sample.ply"));
        QFile(path).open(QIODevice::WriteOnly);
        std::atomic<bool> done{false};
        std::thread writer([&] {
            while (!done) {
                QFile file(path);
                if (!file.open(QIODevice::ReadWrite))
                    continue;
                file.write(bytes);
                file.flush();
                file.resize(bytes.size() / 3);
            }
        });
        QElapsedTimer clock;
        clock.start();
        int whole = 0;
        int refused = 0;
        while (clock.elapsed() < 1500) {
            PlyFile ply;
            PlyError error;
            if (ply.open(path, &error)) {
                const std::optional<SplatCloud> cloud = ply.decode(&error);
                if (cloud) {
                    QCOMPARE(cloud->size(), 20000);
                    ++whole;
                    continue;
                }
            }
            ++refused;
        }
        done = true;
        writer.join();
        QVERIFY(refused > 0);
        qInfo("%d whole reads, %d refused", whole, refused);
    }
};

QTEST_GUILESS_MAIN(TestPlyFile)
#include "tst_plyfile.moc"
