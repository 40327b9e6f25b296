// Thumbnails of PLY samples: drawn off the GUI thread at the configured size and saved
// under the hash of the file's bytes; a second cache on the same folder loads that PNG
// instead of drawing; recent answers come from memory until the file changes; a broken
// file fails with the reader's reason and byte; a PLY that is not a splat is drawn with a
// note that says so, kept in its PNG; a thumbnail of an older drawing is drawn again; an
// exploded sample shows its object, not its debris; requests are deduplicated and
// cancelled.
#include "app/samples/thumbnailcache.h"
#include "core/hashing/contenthash.h"
#include "core/samples/plyfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>
#include <cstring>

using namespace qm;

namespace {

void putFloat(QByteArray *out, float value)
{
    quint32 bits;
    std::memcpy(&bits, &value, sizeof bits);
    bits = qToLittleEndian(bits);
    out->append(reinterpret_cast<const char *>(&bits), sizeof bits);
}

/// A Gaussian-splat PLY of `count` bright, nearly opaque splats on a sphere, with x, y,
/// z, f_dc_0..2, opacity, scale_0..2; the header claims `declared` vertices (-1: count).
QByteArray splatPly(int count, int declared = -1)
{
    QByteArray bytes = "ply\nformat binary_little_endian 1.0\nelement vertex " +
                       QByteArray::number(declared < 0 ? count : declared) + '\n';
    for (const char *name :
         {"x", "y", "z", "f_dc_0", "f_dc_1", "f_dc_2", "opacity", "scale_0", "scale_1", "scale_2"})
        bytes += QByteArray("property float ") + name + '\n';
    bytes += "end_header\n";
    for (int i = 0; i < count; ++i) {
        // A Fibonacci sphere: evenly spread.
        const float y = 1 - 2 * (float(i) + 0.5f) / float(count);
        const float r = std::sqrt(1 - y * y);
        const float turn = 2.39996323f * float(i);
        for (const float v : {r * std::cos(turn), y, r * std::sin(turn), 1.5f, 0.5f, -0.5f, 3.0f,
                              std::log(0.05f), std::log(0.05f), std::log(0.05f)})
            putFloat(&bytes, v);
    }
    return bytes;
}

/// A PLY of bare points (x, y, z only): `count` of them on a sphere, ASCII.
QByteArray pointsPly(int count)
{
    QByteArray bytes = "ply\nformat ascii 1.0\nelement vertex " + QByteArray::number(count) +
                       "\nproperty float x\nproperty float y\nproperty float z\nend_header\n";
    for (int i = 0; i < count; ++i) {
        const float y = 1 - 2 * (float(i) + 0.5f) / float(std::max(count, 1));
        const float r = std::sqrt(1 - y * y);
        const float turn = 2.39996323f * float(i);
        bytes += QByteArray::number(r * std::cos(turn)) + ' ' + QByteArray::number(y) + ' ' +
                 QByteArray::number(r * std::sin(turn)) + '\n';
    }
    return bytes;
}

/// splatPly(`count`) with `outliers` more splats flung 200 to 2,000 units away.
QByteArray explodedPly(int count, int outliers)
{
    QByteArray bytes = splatPly(count + outliers);
    const qsizetype header = bytes.indexOf("end_header\n") + 11;
    for (int i = 0; i < outliers; ++i) {
        const float turn = 2.39996323f * float(i);
        const float distance = 200.0f + 1800.0f * float(i) / float(outliers);
        const float position[] = {std::cos(turn) * distance, std::sin(turn * 0.7f) * distance,
                                  std::sin(turn) * distance};
        std::memcpy(bytes.data() + header + qsizetype(count + i) * 40, position, sizeof(position));
    }
    return bytes;
}

/// The share of `image` that is not its corner's colour.
double litShare(const QImage &image)
{
    int lit = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            lit += image.pixel(x, y) != image.pixel(0, 0);
    return double(lit) / double(image.width() * image.height());
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// Saves a thumbnail of one `colour` at `path` as this cache's drawing would be saved.
bool saved(const QString &path, const QColor &colour)
{
    QImage image(96, 72, QImage::Format_RGB32);
    image.fill(colour);
    image.setText(QStringLiteral("Quartermaster-Thumbnail"),
                  QString::number(ThumbnailCache::kDrawingVersion));
    return image.save(path);
}

bool solid(const QImage &image, const QColor &colour)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixelColor(x, y) != colour)
                return false;
    return true;
}

} // namespace

class TestThumbnailCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_thumbs;
    QString m_sample;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_thumbs = m_dir.filePath(QStringLiteral("cache/thumbnails"));
        QDir(m_thumbs).removeRecursively();
        m_sample = m_dir.filePath(QStringLiteral("sample.ply"));
        QVERIFY(write(m_sample, splatPly(3000)));
    }

    void drawsAndSavesUnderTheHash()
    {
        ThumbnailCache cache(m_thumbs, QSize(96, 72));
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        QSignalSpy failed(&cache, &ThumbnailCache::thumbnailFailed);
        cache.request(m_sample);
        QVERIFY(ready.isEmpty()); // never inside request()
        QCOMPARE(cache.pendingCount(), 1);
        QTRY_COMPARE(ready.count() + failed.count(), 1);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        QCOMPARE(ready[0][0].toString(), m_sample);
        const QImage image = ready[0][1].value<QImage>();
        QCOMPARE(image.size(), QSize(96, 72));
        QCOMPARE(cache.pendingCount(), 0);
        // The sphere in the middle, on the background.
        QVERIFY(image.pixelColor(48, 36) != image.pixelColor(0, 0));

        QString error;
        const QString hash = ThumbnailCache::hashFile(m_sample, &error);
        QFile sample(m_sample);
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QCOMPARE(hash, QString::fromLatin1(ContentHash::hash(sample.readAll()).toHex()));
        const QString png = QDir(m_thumbs).filePath(hash + QStringLiteral(".png"));
        QVERIFY(QFile::exists(png));
        QCOMPARE(QImage(png).convertToFormat(image.format()), image);
        QCOMPARE(QDir(m_thumbs).entryList(QDir::Files), QStringList{hash + QStringLiteral(".png")});

        const std::optional<QImage> cached = cache.cached(m_sample);
        QVERIFY(cached);
        QCOMPARE(*cached, image);
    }

    void secondCacheLoadsTheSavedThumbnail()
    {
        // A PNG of the right size and drawing under the file's hash is the thumbnail:
        // nothing drawn.
        QString error;
        const QString hash = ThumbnailCache::hashFile(m_sample, &error);
        QVERIFY2(!hash.isEmpty(), qPrintable(error));
        QVERIFY(QDir().mkpath(m_thumbs));
        QVERIFY(saved(QDir(m_thumbs).filePath(hash + QStringLiteral(".png")), Qt::magenta));

        ThumbnailCache cache(m_thumbs, QSize(96, 72));
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        cache.request(m_sample);
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(solid(ready[0][1].value<QImage>(), Qt::magenta));

        // Another size on the same folder is drawn anew.
        ThumbnailCache larger(m_thumbs, QSize(160, 120));
        QSignalSpy largerReady(&larger, &ThumbnailCache::thumbnailReady);
        larger.request(m_sample);
        QTRY_COMPARE(largerReady.count(), 1);
        const QImage drawn = largerReady[0][1].value<QImage>();
        QCOMPARE(drawn.size(), QSize(160, 120));
        QVERIFY(!solid(drawn, Qt::magenta));
    }

    void memoryAnswersUntilTheFileChanges()
    {
        ThumbnailCache cache(m_thumbs, QSize(96, 72));
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        cache.request(m_sample);
        QTRY_COMPARE(ready.count(), 1);
        const QImage first = ready[0][1].value<QImage>();

        // The disk says magenta now; memory still answers with what it drew.
        const QString hash = ThumbnailCache::hashFile(m_sample, nullptr);
        QVERIFY(saved(QDir(m_thumbs).filePath(hash + QStringLiteral(".png")), Qt::magenta));
        cache.request(m_sample);
        QVERIFY(ready.count() == 1);
        QTRY_COMPARE(ready.count(), 2);
        QCOMPARE(ready[1][1].value<QImage>(), first);

        // Touched: the memory entry no longer applies; the same bytes find the PNG.
        QFile sample(m_sample);
        QVERIFY(sample.open(QIODevice::ReadWrite));
        QVERIFY(sample.setFileTime(QDateTime::currentDateTime().addSecs(60),
                                   QFileDevice::FileModificationTime));
        sample.close();
        QVERIFY(!cache.cached(m_sample));
        cache.request(m_sample);
        QTRY_COMPARE(ready.count(), 3);
        QVERIFY(solid(ready[2][1].value<QImage>(), Qt::magenta));
    }

    void olderDrawingsAreDrawnAgain()
    {
        // A PNG without the drawing's version (framed on the whole box, without notes) is
        // not the thumbnail any more.
        const QString hash = ThumbnailCache::hashFile(m_sample, nullptr);
        QVERIFY(QDir().mkpath(m_thumbs));
        const QString png = QDir(m_thumbs).filePath(hash + QStringLiteral(".png"));
        QImage old(96, 72, QImage::Format_RGB32);
        old.fill(Qt::magenta);
        QVERIFY(old.save(png));
        ThumbnailCache cache(m_thumbs, QSize(96, 72));
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        cache.request(m_sample);
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(!solid(ready[0][1].value<QImage>(), Qt::magenta));
        // Saved over it, with the version.
        QCOMPARE(QImage(png).text(QStringLiteral("Quartermaster-Thumbnail")),
                 QString::number(ThumbnailCache::kDrawingVersion));
    }

    void aFileThatIsNotASplatGetsANote_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("note");
        QTest::newRow("splat") << splatPly(500) << QString();
        QTest::newRow("points") << pointsPly(500) << QStringLiteral("Not a Gaussian splat");
        QTest::newRow("no vertices") << pointsPly(0) << QStringLiteral("no vertices");
    }

    void aFileThatIsNotASplatGetsANote()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, note);
        const QString path = m_dir.filePath(QStringLiteral("other.ply"));
        QVERIFY(write(path, bytes));
        for (int round = 0; round < 2; ++round) { // drawn, then loaded from its PNG
            ThumbnailCache cache(m_thumbs, QSize(96, 72));
            QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
            cache.request(path);
            QTRY_COMPARE(ready.count(), 1);
            const QString got = ThumbnailCache::noteOf(ready[0][1].value<QImage>());
            if (note.isEmpty())
                QVERIFY2(got.isEmpty(), qPrintable(got));
            else
                QVERIFY2(got.contains(note), qPrintable(got));
        }
    }

    void anExplodedSampleShowsItsObject()
    {
        // 2 % of the splats flung far away: the thumbnail still shows the sphere, large.
        const QString path = m_dir.filePath(QStringLiteral("exploded.ply"));
        QVERIFY(write(path, explodedPly(4900, 100)));
        ThumbnailCache cache(m_thumbs, QSize(160, 120));
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        cache.request(path);
        QTRY_COMPARE(ready.count(), 1);
        const QImage image = ready[0][1].value<QImage>();
        QVERIFY2(litShare(image) > 0.08, qPrintable(QString::number(litShare(image))));
        QVERIFY(image.pixelColor(80, 60) != image.pixelColor(0, 0));
    }

    void brokenFileFailsWithTheReadersReason()
    {
        // The header promises 400,000 vertices; the file holds 5.
        const QString broken = m_dir.filePath(QStringLiteral("broken.ply"));
        QVERIFY(write(broken, splatPly(5, 400000)));
        PlyFile reader;
        PlyError expected;
        QVERIFY(!reader.open(broken, &expected));
        QVERIFY(expected.offset > 0);

        ThumbnailCache cache(m_thumbs, QSize(96, 72));
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        QSignalSpy failed(&cache, &ThumbnailCache::thumbnailFailed);
        cache.request(broken);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed[0][0].toString(), broken);
        const QString error = failed[0][1].toString();
        QVERIFY2(error.contains(expected.message), qPrintable(error));
        QVERIFY2(error.contains(QString::number(expected.offset)), qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(broken)), qPrintable(error));
        QVERIFY(ready.isEmpty());
        QVERIFY(QDir(m_thumbs).entryList(QDir::Files).isEmpty());
        QVERIFY(!cache.cached(broken));

        const QString missing = m_dir.filePath(QStringLiteral("missing.ply"));
        cache.request(missing);
        QTRY_COMPARE(failed.count(), 2);
        QVERIFY2(failed[1][1].toString().contains(QDir::toNativeSeparators(missing)),
                 qPrintable(failed[1][1].toString()));
    }

    void hashFile_data()
    {
        QTest::addColumn<qsizetype>("size");
        // Around the 1 MiB blocks it is read in.
        for (const qsizetype size :
             {qsizetype(0), qsizetype(1), qsizetype(1024 * 1024 - 1), qsizetype(1024 * 1024),
              qsizetype(1024 * 1024 + 1), qsizetype(5 * 1024 * 1024 / 2)})
            QTest::addRow("%lld bytes", qlonglong(size)) << size;
    }
    void hashFile()
    {
        QFETCH(qsizetype, size);
        QByteArray bytes(size, Qt::Uninitialized);
        for (qsizetype i = 0; i < size; ++i)
            bytes[i] = char((i * 7919) >> 3);
        const QString a = m_dir.filePath(QStringLiteral("a.bin"));
        const QString b = m_dir.filePath(QStringLiteral("b.bin"));
        QVERIFY(write(a, bytes));
        QVERIFY(write(b, bytes));
        QString error;
        const QString hashA = ThumbnailCache::hashFile(a, &error);
        QCOMPARE(hashA.size(), 32);
        QCOMPARE(hashA, QString::fromLatin1(ContentHash::hash(bytes).toHex()));
        QCOMPARE(ThumbnailCache::hashFile(b, &error), hashA);
        if (size > 0) {
            bytes[size - 1] = char(bytes[size - 1] ^ 1);
            QVERIFY(write(b, bytes));
            QVERIFY(ThumbnailCache::hashFile(b, &error) != hashA);
        }
        QVERIFY(error.isEmpty());
    }

    void hashFileSaysWhyNot()
    {
        QString error;
        const QString missing = m_dir.filePath(QStringLiteral("nothing-here.ply"));
        QVERIFY(ThumbnailCache::hashFile(missing, &error).isEmpty());
        QVERIFY2(error.contains(QDir::toNativeSeparators(missing)), qPrintable(error));
    }

    void requestsAreDeduplicated()
    {
        ThumbnailCache cache(m_thumbs, QSize(96, 72));
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        for (int i = 0; i < 3; ++i)
            cache.request(m_sample);
        QCOMPARE(cache.pendingCount(), 1);
        QTRY_COMPARE(ready.count(), 1);
        QTest::qWait(100);
        QCOMPARE(ready.count(), 1);
    }

    void cancelledRequestsAreNotAnswered()
    {
        QStringList paths;
        for (int i = 0; i < 8; ++i) {
            paths.append(m_dir.filePath(QStringLiteral("s%1.ply").arg(i)));
            QVERIFY(write(paths.last(), splatPly(2000 + i)));
        }
        ThumbnailCache cache(m_thumbs, QSize(96, 72));
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        QSignalSpy failed(&cache, &ThumbnailCache::thumbnailFailed);
        for (const QString &path : std::as_const(paths))
            cache.request(path);
        QCOMPARE(cache.pendingCount(), 8);
        cache.cancelAll();
        QCOMPARE(cache.pendingCount(), 0);
        QTest::qWait(500);
        QCOMPARE(ready.count() + failed.count(), 0);

        // Later requests are answered, the same paths included.
        cache.request(paths[0]);
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(ready[0][0].toString(), paths[0]);
    }

    void destroyedWithWorkUnderWay()
    {
        auto cache = std::make_unique<ThumbnailCache>(m_thumbs, QSize(96, 72));
        QSignalSpy ready(cache.get(), &ThumbnailCache::thumbnailReady);
        for (int i = 0; i < 6; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("d%1.ply").arg(i));
            QVERIFY(write(path, splatPly(20000 + i)));
            cache->request(path);
        }
        cache.reset(); // waits for the running tasks; nothing emitted afterwards
        QTest::qWait(100);
        QCOMPARE(ready.count(), 0);
    }

    void prunesTheLeastRecentlyUsed()
    {
        // Five thumbnails of 1,000 bytes, used one after the other, and a file that is
        // not the cache's: keeping 2,500 bytes deletes the three used longest ago.
        QVERIFY(QDir().mkpath(m_thumbs));
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QStringList names;
        for (int i = 0; i < 5; ++i) {
            names.append(QString(QStringLiteral("%1").arg(i, 32, 10, QLatin1Char('0'))) +
                         QStringLiteral(".png"));
            QFile file(QDir(m_thumbs).filePath(names.last()));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(1000, 'p'));
            file.flush();
            file.setFileTime(start.addSecs(i * 60), QFileDevice::FileModificationTime);
        }
        QVERIFY(write(QDir(m_thumbs).filePath(QStringLiteral("notes.png")), QByteArray(5000, 'n')));
        QCOMPARE(ThumbnailCache::prune(m_thumbs, 2500), 3);
        QCOMPARE(QDir(m_thumbs).entryList(QDir::Files, QDir::Name),
                 (QStringList{names[3], names[4], QStringLiteral("notes.png")}));
        QCOMPARE(ThumbnailCache::prune(m_thumbs, 2500), 0);
    }

    void aThumbnailReadBackCountsAsUsed()
    {
        {
            ThumbnailCache cache(m_thumbs, QSize(96, 72));
            QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
            cache.request(m_sample);
            QTRY_COMPARE(ready.count(), 1);
        }
        const QStringList saved = QDir(m_thumbs).entryList({QStringLiteral("*.png")}, QDir::Files);
        QCOMPARE(saved.size(), 1);
        const QString png = QDir(m_thumbs).filePath(saved.first());
        QFile old(png);
        QVERIFY(old.open(QIODevice::ReadWrite));
        const QDateTime longAgo = QDateTime::currentDateTimeUtc().addDays(-30);
        QVERIFY(old.setFileTime(longAgo, QFileDevice::FileModificationTime));
        old.close();
        ThumbnailCache fresh(m_thumbs, QSize(96, 72)); // nothing in its memory yet
        QSignalSpy ready(&fresh, &ThumbnailCache::thumbnailReady);
        fresh.request(m_sample);
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(QFileInfo(png).lastModified().toUTC() > longAgo.addDays(29));
    }
};

QTEST_MAIN(TestThumbnailCache)
#include "tst_thumbnailcache.moc"
