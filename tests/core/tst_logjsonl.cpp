// Log lines as JSON Lines and CSV: a line written as JSON reads back the same; the
// table's column names and qmctl's camelCase keys both read; every bad line is rejected
// with its number and a reason a person can act on, and the lines around it are still
// read; the reader reads in chunks, so lines across chunk boundaries, a last line
// without a newline, CRLF, blank lines, a byte order mark and an overlong line are all
// handled without holding the whole input.

#include "core/logs/logcsv.h"
#include "core/logs/logjsonl.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace qm;

namespace {

LogLine fullLine()
{
    LogLine line;
    line.id = QStringLiteral("0b6f3c1e-8a4d-4f5e-9c2b-7d1e6a5f4c3b");
    line.timeUs = 1'796'000'000'123'456;
    line.sourceType = QStringLiteral("worker");
    line.sourceId = QStringLiteral("gpu-1");
    line.level = QStringLiteral("ERROR");
    line.message = QStringLiteral("Sync failed: \"quoted\", 100% done\nsecond line Ärger");
    line.taskId = QStringLiteral("5a0e2f7c-1b3d-4c6e-8f9a-0b1c2d3e4f5a");
    line.workerId = QStringLiteral("gpu-1");
    line.cycle = 42;
    line.metadata = QByteArrayLiteral("{\"attempt\":3,\"host\":\"node-a\"}");
    return line;
}

QList<LogLine> readAll(const QByteArray &bytes, QList<LogJsonRejection> *rejected, int batch = 1000,
                       qint64 maxLineBytes = 64 * 1024 * 1024)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    LogJsonlReader reader(&buffer, maxLineBytes);
    QList<LogLine> lines;
    int calls = 0;
    while (reader.read(batch, &lines, rejected))
        if (++calls > 1'000'000)
            break;
    return lines;
}

} // namespace

class TestLogJsonl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timesAreWrittenAsQDateTimeWritesThem()
    {
        // logTimeText() computes the calendar itself (an export writes millions); Qt's
        // QDateTime is the reference, on both sides of 1970, leap days and year ends.
        const auto reference = [](qint64 timeUs) -> QString {
            const qint64 seconds = timeUs >= 0 ? timeUs / 1'000'000 : (timeUs + 1) / 1'000'000 - 1;
            const qint64 fraction = timeUs - seconds * 1'000'000;
            return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc())
                       .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")) +
                   QStringLiteral(".%1Z").arg(fraction, 6, 10, QLatin1Char('0'));
        };
        QList<qint64> times = {0,
                               -1,
                               1,
                               -1'000'000,
                               951'782'400'000'000,      // 2000-02-29
                               4'107'542'399'999'999,    // 2100-02-28 23:59:59.999999
                               253'402'300'799'999'999,  // 9999-12-31 23:59:59.999999
                               -62'135'596'800'000'000}; // 0001-01-01
        QRandomGenerator random(23);
        for (int i = 0; i < 20'000; ++i) // years 1 to 9999, the ones written with four digits
            times << random.bounded(qint64(-62'135'596'800'000'000),
                                    qint64(253'402'300'800'000'000));
        for (const qint64 timeUs : std::as_const(times)) {
            QCOMPARE(logTimeText(timeUs), reference(timeUs));
            QVERIFY2(logTimeFromText(logTimeText(timeUs)) == std::optional<qint64>(timeUs),
                     qPrintable(logTimeText(timeUs)));
            QVERIFY(logTimeFromUtf8(logTimeText(timeUs).toUtf8()) == std::optional<qint64>(timeUs));
        }
        // Outside the years of four digits: written as QDateTime writes them.
        for (const qint64 timeUs :
             {qint64(-62'135'596'800'000'001), qint64(253'402'300'800'000'000)})
            QCOMPARE(logTimeText(timeUs), reference(timeUs));
    }

    void timesReadFromBytesAsFromText()
    {
        // A store's bytes are read without a QString (logTimeFromUtf8()); any text reads
        // as logTimeFromText() reads it, ASCII or not, short or long.
        const QStringList texts = {QStringLiteral("2026-11-20T10:00:00Z"),
                                   QStringLiteral("2026-11-20 10:00:01.5"),
                                   QStringLiteral("2026-11-20T10:00:00.123456+02:00"),
                                   QStringLiteral("2026-11-20T10:00:00.1234567890123456789012345Z"),
                                   QStringLiteral("2026-11-20T10:00:00Zé"),
                                   QStringLiteral("2026-13-20T10:00:00Z"),
                                   QStringLiteral("２０２６-11-20T10:00:00Z"),
                                   QString(),
                                   QStringLiteral("2026")};
        for (const QString &text : texts)
            QVERIFY2(logTimeFromUtf8(text.toUtf8()) == logTimeFromText(text), qPrintable(text));
    }

    void aLineIsWrittenWithCamelCaseKeysAndNulls()
    {
        const QJsonObject object = logLineToJsonObject(fullLine());
        QCOMPARE(object.value(QStringLiteral("timestamp")).toString(),
                 QStringLiteral("2026-11-30T00:53:20.123456Z"));
        QCOMPARE(object.value(QStringLiteral("sourceType")).toString(), QStringLiteral("worker"));
        QCOMPARE(object.value(QStringLiteral("level")).toString(), QStringLiteral("ERROR"));
        QCOMPARE(object.value(QStringLiteral("cycleNumber")).toInt(), 42);
        QCOMPARE(object.value(QStringLiteral("metadata")).toObject().value(u"host").toString(),
                 QStringLiteral("node-a"));
        QCOMPARE(object.size(), 10);

        LogLine bare = fullLine();
        bare.taskId.clear();
        bare.workerId.clear();
        bare.cycle.reset();
        bare.metadata.clear();
        const QJsonObject nulls = logLineToJsonObject(bare);
        QCOMPARE(nulls.size(), 10); // null, never an omitted key
        for (const char *key : {"taskId", "workerId", "cycleNumber", "metadata"})
            QVERIFY2(nulls.value(QLatin1String(key)).isNull(), key);
        QVERIFY(!logLineToJson(bare).contains('\n'));
    }

    void aWrittenLineReadsBackTheSame()
    {
        for (LogLine line : {fullLine(), [] {
                                 LogLine bare = fullLine();
                                 bare.taskId.clear();
                                 bare.workerId.clear();
                                 bare.cycle.reset();
                                 bare.metadata.clear();
                                 bare.message.clear();
                                 return bare;
                             }()}) {
            QString error;
            const std::optional<LogLine> back = logLineFromJson(logLineToJson(line), &error);
            QVERIFY2(back, qPrintable(error));
            QCOMPARE(*back, line);
        }
    }

    void theTablesColumnNamesRead()
    {
        const QByteArray text =
            R"({"id":"0B6F3C1E-8A4D-4F5E-9C2B-7D1E6A5F4C3B","timestamp":"2026-11-30 01:53:20.123456+01:00",)"
            R"("source_type":"worker","source_id":"gpu-1","log_level":"ERROR",)"
            "\"message\":\"Sync failed: \\\"quoted\\\", 100% done\\nsecond line Ärger\","
            R"("task_id":"{5a0e2f7c-1b3d-4c6e-8f9a-0b1c2d3e4f5a}","worker_id":"gpu-1",)"
            "\"cycle_number\":42,\"metadata\":\"{\\\"host\\\": \\\"node-a\\\", \\\"attempt\\\": "
            "3}\","
            "\"extra\":1}";
        QString error;
        const std::optional<LogLine> line = logLineFromJson(text, &error);
        QVERIFY2(line, qPrintable(error));
        QCOMPARE(*line, fullLine());
    }

    void aLineWithoutIdGetsOneMadeFromItsText()
    {
        const QByteArray text = R"({"timestamp":"2026-12-06T20:00:00Z","source_type":"w",)"
                                R"("source_id":"a","log_level":"INFO","message":"m"})";
        QString error;
        const std::optional<LogLine> a = logLineFromJson(text, &error);
        const std::optional<LogLine> b = logLineFromJson(text, &error);
        QVERIFY2(a && b, qPrintable(error));
        QVERIFY(!QUuid::fromString(a->id).isNull());
        QCOMPARE(a->id, b->id); // ingesting it again adds nothing
        const std::optional<LogLine> other =
            logLineFromJson(QByteArray(text).replace("\"m\"", "\"n\""), &error);
        QVERIFY(other && other->id != a->id);
    }

    void badLinesSayWhy_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reason");
        const QByteArray good = R"("timestamp":"2026-12-06T20:00:00Z","source_type":"w",)"
                                R"("source_id":"a","log_level":"INFO","message":"m")";
        const auto with = [&](const char *extra) -> QByteArray { return '{' + good + extra + '}'; };
        QTest::newRow("not json") << QByteArray("{\"timestamp\": ") << QStringLiteral("not JSON");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not a JSON object");
        QTest::newRow("no timestamp")
            << QByteArray(R"({"source_type":"w","source_id":"a","log_level":"I","message":"m"})")
            << QStringLiteral("timestamp is missing");
        QTest::newRow("bad timestamp")
            << QByteArray(good)
                   .replace("2026-12-06T20:00:00Z", "yesterday")
                   .prepend('{')
                   .append('}')
            << QStringLiteral("timestamp “yesterday” is not an ISO-8601 time");
        QTest::newRow("numeric timestamp") << QByteArray(good)
                                                  .replace("\"2026-12-06T20:00:00Z\"", "1765051200")
                                                  .prepend('{')
                                                  .append('}')
                                           << QStringLiteral("timestamp is a number");
        QTest::newRow("no message")
            << QByteArray(good).replace(",\"message\":\"m\"", "").prepend('{').append('}')
            << QStringLiteral("message is missing");
        QTest::newRow("empty level")
            << QByteArray(good).replace("\"INFO\"", "\"\"").prepend('{').append('}')
            << QStringLiteral("log_level is empty");
        QTest::newRow("numeric source")
            << QByteArray(good).replace("\"a\"", "7").prepend('{').append('}')
            << QStringLiteral("source_id is a number, not a string");
        QTest::newRow("bad id") << with(R"(,"id":"not-a-uuid")")
                                << QStringLiteral("id “not-a-uuid” is not a UUID");
        QTest::newRow("bad task") << with(R"(,"task_id":"42")")
                                  << QStringLiteral("task_id “42” is not a UUID");
        QTest::newRow("fractional cycle")
            << with(R"(,"cycle_number":1.5)")
            << QStringLiteral("cycle_number 1.5 is not a whole number");
        QTest::newRow("huge cycle") << with(R"(,"cycle_number":1e12)")
                                    << QStringLiteral("is not a whole number that fits in 32 bits");
        QTest::newRow("text cycle") << with(R"(,"cycle_number":"3")")
                                    << QStringLiteral("cycle_number is a string, not a number");
        QTest::newRow("array metadata")
            << with(R"(,"metadata":[1])")
            << QStringLiteral("metadata is an array, not a JSON object");
        QTest::newRow("text metadata")
            << with(R"(,"metadata":"plain")")
            << QStringLiteral("metadata is a string that does not hold a JSON object");
        QTest::newRow("numeric worker")
            << with(R"(,"worker_id":3)") << QStringLiteral("worker_id is a number, not a string");
    }

    void badLinesSayWhy()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!logLineFromJson(text, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void theReaderRejectsBadLinesByNumberAndReadsTheRest()
    {
        const QByteArray good = R"({"timestamp":"2026-12-06T20:00:00Z","source_type":"w",)"
                                R"("source_id":"a","log_level":"INFO","message":"m%1"})";
        QByteArray input = "\xEF\xBB\xBF"; // a byte order mark
        input += QString::fromUtf8(good).arg(1).toUtf8() + "\n";
        input += "garbage\n";                                      // line 2
        input += "\n   \n";                                        // 3, 4: blank
        input += QString::fromUtf8(good).arg(2).toUtf8() + "\r\n"; // 5
        input += R"({"timestamp":"2026-12-06T20:00:00Z"})"
                 "\n";                                    // 6
        input += '{' + QByteArray(300, ' ') + "}\n";      // 7: too long
        input += QString::fromUtf8(good).arg(3).toUtf8(); // 8, no newline
        QList<LogJsonRejection> rejected;
        const QList<LogLine> lines = readAll(input, &rejected, 1, 200);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0].message, QStringLiteral("m1"));
        QCOMPARE(lines[1].message, QStringLiteral("m2"));
        QCOMPARE(lines[2].message, QStringLiteral("m3"));
        QCOMPARE(rejected.size(), 3);
        QCOMPARE(rejected[0].line, 2);
        QVERIFY(rejected[0].message.contains(QLatin1String("not JSON")));
        QCOMPARE(rejected[1].line, 6);
        QVERIFY(rejected[1].message.contains(QLatin1String("source_type is missing")));
        QCOMPARE(rejected[2].line, 7);
        QVERIFY2(rejected[2].message.contains(QLatin1String("longer than 200 bytes")),
                 qPrintable(rejected[2].message));
    }

    void linesAcrossChunksAndAnOverlongLineAcrossChunks()
    {
        QList<LogLine> written;
        QByteArray input;
        for (int i = 0; i < 3000; ++i) {
            LogLine line = fullLine();
            line.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            line.timeUs += i;
            line.message = QStringLiteral("message %1 ").arg(i) + QString(i % 97, u'x');
            written.append(line);
            input += logLineToJson(line) + '\n';
            if (i == 1500) // several chunks long, held by no one
                input += '"' + QByteArray(300'000, 'y') + "\"\n";
        }
        QList<LogJsonRejection> rejected;
        const QList<LogLine> lines = readAll(input, &rejected, 7, 100'000);
        QCOMPARE(lines.size(), written.size());
        QCOMPARE(lines, written);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected[0].line, 1502);
    }

    void csvRowsQuoteWhatNeedsIt()
    {
        QCOMPARE(logCsvHeader(), QByteArray("id,timestamp,source_type,source_id,log_level,"
                                            "message,task_id,worker_id,cycle_number,metadata\r\n"));
        LogLine line = fullLine();
        QCOMPARE(logLineToCsv(line),
                 QByteArray("0b6f3c1e-8a4d-4f5e-9c2b-7d1e6a5f4c3b,2026-11-30T00:53:20.123456Z,"
                            "worker,gpu-1,ERROR,\"Sync failed: \"\"quoted\"\", 100% done\nsecond "
                            "line Ärger\",5a0e2f7c-1b3d-4c6e-8f9a-0b1c2d3e4f5a,gpu-1,42,"
                            "\"{\"\"attempt\"\":3,\"\"host\"\":\"\"node-a\"\"}\"\r\n"));
        line.taskId.clear();
        line.cycle.reset();
        line.metadata.clear();
        line.message = QStringLiteral("plain");
        QVERIFY(logLineToCsv(line).endsWith(",ERROR,plain,,gpu-1,,\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestLogJsonl)
#include "tst_logjsonl.moc"
