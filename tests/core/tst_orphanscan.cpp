// The comparison at the heart of an orphan scan (core/storage/orphanscan.h): listed keys
// against referenced ones, the minimum age, keys listed or referenced twice, what is
// missing, the shares and the health bands; and a location's usage per prefix
// (core/storage/locationusage.h).

#include "core/storage/locationusage.h"
#include "core/storage/orphanscan.h"
#include "core/storage/storagemetrics.h"
#include "core/units/datasize.h"

#include <QJsonArray>
#include <QTest>

using namespace qm;

class TestOrphanScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bandsFollowTheOrphanedShareOfBytes_data()
    {
        QTest::addColumn<double>("share");
        QTest::addColumn<QString>("band");
        QTest::newRow("none") << 0.0 << QStringLiteral("healthy");
        QTest::newRow("just under 10 %") << 0.0999 << QStringLiteral("healthy");
        QTest::newRow("10 %") << 0.10 << QStringLiteral("warning");
        QTest::newRow("25 %") << 0.25 << QStringLiteral("warning");
        QTest::newRow("just over 25 %") << 0.2501 << QStringLiteral("critical");
        QTest::newRow("all") << 1.0 << QStringLiteral("critical");
    }

    void bandsFollowTheOrphanedShareOfBytes()
    {
        QFETCH(double, share);
        QFETCH(QString, band);
        QCOMPARE(healthBandName(healthBandOf(share)), band);
    }

    void listedKeysNoReferenceNamesAndOldEnoughAreOrphans()
    {
        const qint64 day = 24 * 3600 * 1000;
        const qint64 now = 1'800'000'000'000;
        ObjectList listed;
        listed.add("b/kept", 100, now - 30 * day);
        listed.add("a/orphan", 300, now - 30 * day);
        listed.add("c/young", 50, now - 2 * day);         // younger than 7 days
        listed.add("c/edge", 40, now - 7 * day);          // exactly 7 days: old enough
        listed.add("a/orphan", 300, now - 30 * day);      // listed twice: once
        listed.add(QByteArrayView("z/\xff\n", 4), 10, 0); // any bytes
        KeySet referenced;
        for (const char *key : {"b/kept", "b/kept", "m/1", "m/0", "m/3", "m/2", "m/4", "m/5", "m/6",
                                "m/7", "m/8", "m/9", "m/10"})
            referenced.add(key);
        OrphanScanOptions options;
        options.nowMs = now;
        const OrphanScan scan = compareKeys(listed, referenced, options);
        QCOMPARE(scan.listedObjects, 5);
        QCOMPARE(scan.listedBytes, 500);
        QCOMPARE(scan.referencedKeys, 12);
        QCOMPARE(scan.orphanObjects, 3);
        QCOMPARE(scan.orphanBytes, 350);
        QCOMPARE(scan.tooYoungObjects, 1);
        QCOMPARE(scan.tooYoungBytes, 50);
        QCOMPARE(scan.missingCount, 11);
        // The first ten, in key order.
        QStringList firstTen;
        for (const char *key :
             {"m/0", "m/1", "m/10", "m/2", "m/3", "m/4", "m/5", "m/6", "m/7", "m/8"})
            firstTen << QString::fromLatin1(key);
        QCOMPARE(scan.missingExamples, firstTen);
        QStringList orphans;
        for (const qsizetype i : scan.orphans)
            orphans << QString::fromUtf8(listed.key(i));
        QCOMPARE(orphans, (QStringList{QStringLiteral("a/orphan"), QStringLiteral("c/edge"),
                                       QString::fromUtf8("z/\xff\n", 4)}));
        QCOMPARE(scan.orphanShare(), 350.0 / 500.0);
        QCOMPARE(scan.largestShare(), 350.0 / 500.0);
        QCOMPARE(healthBandName(scan.band()), QStringLiteral("critical"));
        QVERIFY(referenced.contains("m/10"));
        QVERIFY(!referenced.contains("m/1 "));
    }

    void sharesWithNothingListedOrNoBytes()
    {
        ObjectList listed;
        KeySet referenced;
        referenced.add("x");
        OrphanScan scan = compareKeys(listed, referenced, {});
        QCOMPARE(scan.orphanShare(), 0.0);
        QCOMPARE(scan.missingCount, 1);
        listed.add("empty", 0, 0);
        listed.add("x", 0, 0);
        scan = compareKeys(listed, referenced, {});
        QCOMPARE(scan.orphanShare(), 0.5); // objects when there are no bytes
        QCOMPARE(scan.missingCount, 0);
    }

    void usageCountsEveryFolderDownToTheDepth()
    {
        UsageCounter usage(2);
        usage.add("top.bin", 1, 1000);
        usage.add("a/one.bin", 10, 2000);
        usage.add("a/b/two.bin", 100, 3000);
        usage.add("a/b/c/three.bin", 1000, 500);
        usage.add("d/four.bin", 5, 4000);
        QCOMPARE(usage.total().objects, 5);
        QCOMPARE(usage.total().bytes, 1116);
        QCOMPARE(usage.total().newestMs, 4000);
        QCOMPARE(usage.total().oldestMs, 500);
        QStringList shown;
        for (const PrefixUsage &prefix : usage.prefixes())
            shown << QStringLiteral("%1@%2=%3/%4")
                         .arg(prefix.prefix)
                         .arg(prefix.depth)
                         .arg(prefix.figures.bytes)
                         .arg(prefix.figures.objects);
        // Largest first; a folder counts all below it; deeper folders not shown.
        QCOMPARE(shown, (QStringList{QStringLiteral("a/@1=1110/3"), QStringLiteral("a/b/@2=1100/2"),
                                     QStringLiteral("d/@1=5/1"), QStringLiteral("@1=1/1")}));
        const QJsonObject json = locationUsageJson(QStringLiteral("/x"), usage);
        QCOMPARE(json.value(QStringLiteral("sizeBytes")).toInt(), 1116);
        QCOMPARE(json.value(QStringLiteral("prefixes")).toArray().size(), 4);
        QCOMPARE(UsageCounter().prefixes().size(), 0);
        QVERIFY(locationUsageJson(QStringLiteral("/x"), UsageCounter())
                    .value(QStringLiteral("newestAt"))
                    .isNull());
    }

    void metricsEscapeTheirLabelsAndGiveEveryBand()
    {
        LocationScan scan;
        scan.location = QStringLiteral("rclone:s3:b/\"quoted\" \\ back\nline");
        scan.scannedAtMs = 1'796'633'576'436;
        scan.listedObjects = 10;
        scan.listedBytes = 1000;
        scan.orphanBytes = 310;
        scan.orphanShare = 0.31;
        scan.band = QStringLiteral("critical");
        const QByteArray text = storageMetricsText({scan});
        const QByteArray label = "location=\"rclone:s3:b/\\\"quoted\\\" \\\\ back\\nline\"";
        const auto has = [&text, &label](const char *name, const char *rest) {
            return text.contains(QByteArray(QByteArray(name) + '{' + label + rest + '\n'));
        };
        QVERIFY2(has("quartermaster_storage_size_bytes", "} 1000"), text.constData());
        QVERIFY(has("quartermaster_storage_orphan_ratio", "} 0.31"));
        QVERIFY(has("quartermaster_storage_last_scan_timestamp_seconds", "} 1796633576.436"));
        QVERIFY(has("quartermaster_storage_health", ",band=\"healthy\"} 0"));
        QVERIFY(has("quartermaster_storage_health", ",band=\"critical\"} 1"));
        QCOMPARE(text.count("# TYPE "), 9);
        // No location: the HELP and TYPE lines alone, no sample.
        QVERIFY(!storageMetricsText({}).contains("{location"));
    }

    void dataSizesAsPeopleWriteThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("bytes") << QStringLiteral("1000") << qint64(1000);
        QTest::newRow("binary") << QStringLiteral("500M") << qint64(500) * 1024 * 1024;
        QTest::newRow("binary iB") << QStringLiteral("1.5GiB") << qint64(1536) * 1024 * 1024;
        QTest::newRow("decimal") << QStringLiteral("2TB") << qint64(2'000'000'000'000);
        QTest::newRow("kB") << QStringLiteral("3 kB") << qint64(3000);
        QTest::newRow("fraction of a byte") << QStringLiteral("1.5") << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-5G") << qint64(-1);
        QTest::newRow("unknown unit") << QStringLiteral("5X") << qint64(-1);
        QTest::newRow("too large") << QStringLiteral("9000PiB") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
    }
    void dataSizesAsPeopleWriteThem()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        QCOMPARE(parseDataSize(text).value_or(-1), bytes);
    }
};

QTEST_GUILESS_MAIN(TestOrphanScan)
#include "tst_orphanscan.moc"
