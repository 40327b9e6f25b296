// ContentHash: the published XXH3-128 values, streaming equal to one call, and the
// damage it exists to catch.

#include "core/hashing/contenthash.h"

#include <QTest>

using namespace qm;

class TestContentHash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownValues_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("digest");
        // The reference values of XXH3-128 (seed 0) in its canonical byte order.
        QTest::newRow("empty") << QByteArray() << QByteArray("99aa06d3014798d86001c324468d497f");
        QTest::newRow("abc") << QByteArray("abc") << QByteArray("06b05ab6733a618578af5f94892f3950");
    }
    void knownValues()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, digest);
        QCOMPARE(ContentHash::hash(input).toHex(), digest);
        ContentHash hash;
        hash.addData(input);
        QCOMPARE(hash.result().toHex(), digest);
    }

    void streamingEqualsOneCall()
    {
        QByteArray bytes(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 2654435761u) >> 13);
        const QByteArray whole = ContentHash::hash(bytes);
        QCOMPARE(whole.size(), 16);
        // Pieces of awkward sizes, as archive_read_data returns them.
        ContentHash hash;
        for (qsizetype at = 0, step = 1; at < bytes.size(); at += step, step = step * 3 + 1)
            hash.addData(QByteArrayView(bytes).sliced(at, std::min(step, bytes.size() - at)));
        QCOMPARE(hash.result(), whole);
        // result() does not end the stream; reset() starts over.
        hash.addData("x");
        QVERIFY(hash.result() != whole);
        hash.reset();
        hash.addData(bytes);
        QCOMPARE(hash.result(), whole);
    }

    void catchesOneFlippedBitAndATruncation()
    {
        QByteArray bytes(1 << 20, 'a');
        const QByteArray original = ContentHash::hash(bytes);
        QByteArray flipped = bytes;
        flipped[777777] = char(flipped[777777] ^ 0x04);
        QVERIFY(ContentHash::hash(flipped) != original);
        QVERIFY(ContentHash::hash(QByteArrayView(bytes).chopped(1)) != original);
    }
};

QTEST_GUILESS_MAIN(TestContentHash)
#include "tst_contenthash.moc"
