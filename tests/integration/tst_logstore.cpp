// The fleet's system_logs through LogStore, on a real PostgreSQL server started for the
// test and on an SQLite file, the same cases on both: a missing table and one with a
// column missing are said as such and created on request; pages of every filter, read
// with keyset cursors in both directions through lines of equal timestamps, are exactly
// what a brute-force filter and sort of the same lines gives; the text filter takes `%`,
// `_`, `\`, quotes and non-ASCII text literally, case ignored; adding the same lines
// twice adds them once. Errors group by their message's signature; a retention plan
// counts exactly what its batches then delete; the statistics add up to the lines.

#include "core/logs/logexport.h"
#include "core/logs/logingest.h"
#include "core/logs/logjsonl.h"
#include "core/logs/logstore.h"
#include "core/logs/logsummary.h"
#include "testservers.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <limits>

using namespace qm;

namespace {

/// The filter as the table's definition says, line by line: the oracle.
bool selects(const LogFilter &filter, const LogLine &line)
{
    if (filter.fromUs >= 0 && line.timeUs < filter.fromUs)
        return false;
    if (filter.toUs >= 0 && line.timeUs >= filter.toUs)
        return false;
    if (filter.minLevelRank > 0 && logLevelRank(line.level) < filter.minLevelRank)
        return false;
    if (!filter.sourceType.isEmpty() && line.sourceType != filter.sourceType)
        return false;
    if (!filter.sourceId.isEmpty() && line.sourceId != filter.sourceId)
        return false;
    if (!filter.workerId.isEmpty() && line.workerId != filter.workerId)
        return false;
    if (!filter.taskId.isEmpty() && line.taskId != filter.taskId)
        return false;
    if (filter.cycle && line.cycle != filter.cycle)
        return false;
    if (!filter.text.isEmpty() && !line.message.contains(filter.text, Qt::CaseInsensitive))
        return false;
    if (!filter.metadataKey.isEmpty()) {
        const QJsonValue value =
            QJsonDocument::fromJson(line.metadata).object().value(filter.metadataKey);
        const QString text =
            value.isBool()     ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
            : value.isDouble() ? QString::number(value.toInteger())
                               : value.toString();
        if (value.isUndefined() || value.isNull() || text != filter.metadataValue)
            return false;
    }
    return true;
}

/// The same line, its metadata compared as JSON (PostgreSQL's jsonb writes it its own way).
bool same(const LogLine &a, const LogLine &b)
{
    LogLine x = a;
    LogLine y = b;
    x.metadata = y.metadata = {};
    return x == y && QJsonDocument::fromJson(a.metadata).object() ==
                         QJsonDocument::fromJson(b.metadata).object();
}

bool before(const LogLine &a, const LogLine &b)
{
    return a.timeUs != b.timeUs ? a.timeUs < b.timeUs : a.id < b.id;
}

QString uuid(QRandomGenerator &random)
{
    const quint64 high = random.generate64();
    const quint64 low = random.generate64();
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        bytes[i] = char(high >> (8 * i));
        bytes[8 + i] = char(low >> (8 * i));
    }
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

/// `count` lines from a fixed seed: 40 distinct times (many lines share one), five
/// levels in the fleet's spellings, six workers, 30 tasks, messages with the characters
/// SQL would read as patterns.
QList<LogLine> generatedLines(int count)
{
    QRandomGenerator random(20261206);
    QStringList tasks;
    for (int i = 0; i < 30; ++i)
        tasks << uuid(random);
    const QStringList messages = {QStringLiteral("Sync failed for task 42"),
                                  QStringLiteral("100% done_ok"),
                                  QStringLiteral("path C:\\data\\x it's \"quoted\""),
                                  QStringLiteral("Ärger mit der GRÖSSE"),
                                  QStringLiteral("échec de la tâche"),
                                  QStringLiteral("submission successful"),
                                  QStringLiteral("plain info line")};
    const QStringList levels = {QStringLiteral("DEBUG"), QStringLiteral("INFO"),
                                QStringLiteral("info"),  QStringLiteral("WARNING"),
                                QStringLiteral("ERROR"), QStringLiteral("CRITICAL")};
    const qint64 base = 1'796'000'000'000'000; // 2026-11
    QList<LogLine> lines;
    for (int i = 0; i < count; ++i) {
        LogLine line;
        line.id = uuid(random);
        line.timeUs = base + qint64(random.bounded(40)) * 1'234'567;
        line.sourceType =
            random.bounded(3) == 0 ? QStringLiteral("orchestrator") : QStringLiteral("worker");
        line.sourceId = QStringLiteral("gpu-%1").arg(random.bounded(6));
        line.level = levels[random.bounded(int(levels.size()))];
        line.message =
            messages[random.bounded(int(messages.size()))] + QStringLiteral(" #%1").arg(i);
        if (random.bounded(4) != 0)
            line.workerId = line.sourceId;
        if (random.bounded(3) != 0)
            line.taskId = tasks[random.bounded(int(tasks.size()))];
        if (random.bounded(2) != 0)
            line.cycle = random.bounded(5);
        if (random.bounded(2) != 0)
            line.metadata =
                QJsonDocument(QJsonObject{{QStringLiteral("attempt"), random.bounded(3)},
                                          {QStringLiteral("game"),
                                           QStringLiteral("g%1").arg(random.bounded(4))}})
                    .toJson(QJsonDocument::Compact);
        lines << line;
    }
    return lines;
}

} // namespace

class TestLogStore : public QObject
{
    Q_OBJECT

private:
    /// A store on the back end the current data row names, with an empty database.
    bool openStore(LogStore &store, bool createTable)
    {
        QFETCH_GLOBAL(bool, postgres);
        QString error;
        if (postgres) {
            if (!m_serverError.isEmpty()) {
                if (testservers::underCi())
                    qFatal("%s", qPrintable(m_serverError));
                return false;
            }
            const std::optional<SqlLocation> location =
                SqlLocation::parse(QStringLiteral("postgresql://qm:s3cret%27word@127.0.0.1:%1/qm")
                                       .arg(m_server.port()),
                                   &error);
            if (!location || !store.open(*location, &error)) {
                qWarning("%s", qPrintable(error));
                return false;
            }
            return createTable ? store.createSchema(&error) : true;
        }
        SqlLocation location;
        location.path = m_dir.filePath(QStringLiteral("logs-%1.sqlite").arg(++m_files));
        return store.open(location, &error, createTable);
    }

    testservers::PostgresServer m_server;
    QString m_serverError;
    QTemporaryDir m_dir;
    int m_files = 0;

private Q_SLOTS:
    void initTestCase() { m_serverError = m_server.start(); }

    void initTestCase_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }

    void init()
    {
        QFETCH_GLOBAL(bool, postgres);
        if (postgres) {
            QM_REQUIRE_SERVER(m_serverError);
            // Each case starts without the table.
            LogStore store(QStringLiteral("logs-cleanup"));
            QString error;
            const std::optional<SqlLocation> location =
                SqlLocation::parse(QStringLiteral("postgresql://qm:s3cret%27word@127.0.0.1:%1/qm")
                                       .arg(m_server.port()),
                                   &error);
            QVERIFY2(location && store.open(*location, &error), qPrintable(error));
            QSqlQuery drop(store.database());
            QVERIFY(drop.exec(QStringLiteral("DROP TABLE IF EXISTS system_logs")));
        }
    }

    void aMissingTableOrColumnIsSaidAndCreatedOnRequest()
    {
        QFETCH_GLOBAL(bool, postgres);
        LogStore store(QStringLiteral("logs-schema"));
        QVERIFY(openStore(store, false));
        bool missing = false;
        QString problem = store.schemaProblem(&missing);
        QVERIFY(missing);
        QVERIFY2(problem.contains(QLatin1String("there is no table system_logs")),
                 qPrintable(problem));
        QString error;
        QVERIFY2(store.createSchema(&error), qPrintable(error));
        QVERIFY2(store.schemaProblem(&missing).isEmpty(), qPrintable(store.schemaProblem()));
        QVERIFY(!missing);
        QVERIFY(store.createSchema(&error)); // again: harmless
        QSqlQuery query(store.database());
        // The fleet's retention function comes with the table on PostgreSQL.
        if (postgres)
            QVERIFY(query.exec(QStringLiteral("SELECT func_cleanup_old_logs(48)")));

        // A table of another shape is named, column by column, and left alone.
        QVERIFY(query.exec(QStringLiteral("DROP TABLE system_logs")));
        QVERIFY(query.exec(QStringLiteral(
            "CREATE TABLE system_logs (id text, timestamp text, source_type text, source_id "
            "text, log_level text, message text, task_id text, worker_id text, metadata text)")));
        problem = store.schemaProblem(&missing);
        QVERIFY(!missing);
        QVERIFY2(problem.endsWith(QLatin1String("has no column cycle_number")),
                 qPrintable(problem));
    }

    void pagesAreWhatTheFilterSelectsInOrder_data()
    {
        QTest::addColumn<LogFilter>("filter");
        QTest::newRow("everything") << LogFilter{};
        LogFilter errors;
        errors.minLevelRank = logLevelRank(u"ERROR");
        QTest::newRow("errors and worse") << errors;
        LogFilter info;
        info.minLevelRank = logLevelRank(u"INFO");
        QTest::newRow("info and worse (any case)") << info;
        LogFilter time;
        time.fromUs = 1'796'000'000'000'000 + 5 * 1'234'567;
        time.toUs = 1'796'000'000'000'000 + 21 * 1'234'567;
        QTest::newRow("time range") << time;
        LogFilter worker;
        worker.workerId = QStringLiteral("gpu-3");
        worker.sourceType = QStringLiteral("worker");
        QTest::newRow("worker") << worker;
        LogFilter source;
        source.sourceId = QStringLiteral("gpu-1");
        source.cycle = 2;
        QTest::newRow("source and cycle") << source;
        for (const QString &text :
             {QStringLiteral("sync FAILED"), QStringLiteral("100%"), QStringLiteral("done_ok"),
              QStringLiteral("_"), QStringLiteral("%"), QStringLiteral("c:\\data\\"),
              QStringLiteral("it's \"quoted"), QStringLiteral("ärger"), QStringLiteral("GRÖSSE"),
              QStringLiteral("ÉCHEC"), QStringLiteral("Ä"), QStringLiteral("#1"),
              QStringLiteral("no such text")}) {
            LogFilter search;
            search.text = text;
            QTest::newRow(qPrintable(QStringLiteral("text ") + text)) << search;
        }
        LogFilter metadata;
        metadata.metadataKey = QStringLiteral("game");
        metadata.metadataValue = QStringLiteral("g2");
        QTest::newRow("metadata text") << metadata;
        LogFilter attempt;
        attempt.metadataKey = QStringLiteral("attempt");
        attempt.metadataValue = QStringLiteral("1");
        attempt.minLevelRank = logLevelRank(u"WARNING");
        QTest::newRow("metadata number and level") << attempt;
    }

    void pagesAreWhatTheFilterSelectsInOrder()
    {
        QFETCH(LogFilter, filter);
        LogStore store(QStringLiteral("logs-pages"));
        QVERIFY(openStore(store, true));
        const QList<LogLine> lines = generatedLines(3000);
        QString error;
        QCOMPARE(store.insert(lines, &error), qint64(3000));

        QList<LogLine> expected;
        for (const LogLine &line : lines)
            if (selects(filter, line))
                expected << line;
        std::sort(expected.begin(), expected.end(), before);
        // Some cases must select something, or they would prove nothing.
        if (filter.text != QLatin1String("no such text"))
            QVERIFY(!expected.isEmpty());
        if (!filter.text.isEmpty() && filter.text != QLatin1String("#1"))
            QVERIFY(expected.size() < lines.size());

        for (const LogDirection direction : {LogDirection::Older, LogDirection::Newer}) {
            QList<LogLine> read;
            std::optional<LogCursor> cursor;
            for (int pageSize : {1, 7, 50, 333, 1000, 1000, 1000, 1000}) {
                const std::optional<QList<LogLine>> page =
                    store.page(filter, cursor, direction, pageSize, &error);
                QVERIFY2(page, qPrintable(error));
                QVERIFY(page->size() <= pageSize);
                read += *page;
                if (page->isEmpty())
                    break;
                cursor = LogCursor{page->constLast().timeUs, page->constLast().id};
            }
            QList<LogLine> want = expected;
            if (direction == LogDirection::Older)
                std::reverse(want.begin(), want.end());
            QCOMPARE(read.size(), want.size());
            for (qsizetype i = 0; i < read.size(); ++i) {
                if (!same(read[i], want[i]))
                    QFAIL(qPrintable(QStringLiteral("line %1: %2 instead of %3")
                                         .arg(i)
                                         .arg(read[i].id, want[i].id)));
            }
        }
        // From the middle, both ways: the lines on each side of the cursor.
        if (expected.size() > 10) {
            const LogLine &middle = expected[expected.size() / 2];
            const LogCursor at{middle.timeUs, middle.id};
            const auto newer = store.page(filter, at, LogDirection::Newer, 5, &error);
            const auto older = store.page(filter, at, LogDirection::Older, 5, &error);
            QVERIFY(newer && older);
            QVERIFY(same(newer->constFirst(), expected[expected.size() / 2 + 1]));
            QVERIFY(same(older->constFirst(), expected[expected.size() / 2 - 1]));
        }
    }

    void addingTheSameLinesTwiceAddsThemOnce()
    {
        LogStore store(QStringLiteral("logs-twice"));
        QVERIFY(openStore(store, true));
        const QList<LogLine> lines = generatedLines(200);
        QString error;
        QCOMPARE(store.insert(lines, &error), qint64(200));
        QCOMPARE(store.insert(lines.mid(100), &error), qint64(0));
        const auto all = store.page({}, std::nullopt, LogDirection::Newer, 1000, &error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->size(), 200);
        // Every field comes back as it was written.
        QList<LogLine> sorted = lines;
        std::sort(sorted.begin(), sorted.end(), before);
        for (qsizetype i = 0; i < sorted.size(); ++i)
            QVERIFY2(same(all->at(i), sorted[i]), qPrintable(sorted[i].id));
    }

    void linesWithAnyCharacterGoInAndComeOutWhole()
    {
        // On PostgreSQL these go in by COPY, whose text format escapes tabs, newlines and
        // backslashes; on SQLite by a prepared insert.
        LogStore store(QStringLiteral("logs-hard"));
        QVERIFY(openStore(store, true));
        QList<LogLine> lines = generatedLines(6);
        lines[0].message = QStringLiteral("tab\there, new\nline, cr\r, back\\slash \\N \\t, "
                                          "quote \" ' and \x01\x1f control");
        lines[1].message = QStringLiteral("Ärger, échec, 日本語, emoji 🚀, \u2028 separator");
        lines[2].message = QString(1024 * 1024, u'x') + QStringLiteral("\tend"); // 1 MiB
        lines[3].sourceId = QStringLiteral("gpu\t1\\n");
        lines[3].workerId = QStringLiteral("worker\nwith newline");
        lines[3].cycle = -7;
        lines[4].metadata = R"({"path": "C:\\data\\x\ty", "list": [1, 2.5, null, true],
            "nested": {"é": "\u00e9"}})";
        lines[5].message.clear(); // an empty message is a message
        QString error;
        QCOMPARE(store.insert(lines, &error), qint64(lines.size()));
        const auto all = store.page({}, std::nullopt, LogDirection::Newer, 100, &error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->size(), lines.size());
        std::sort(lines.begin(), lines.end(), before);
        for (qsizetype i = 0; i < lines.size(); ++i)
            QVERIFY2(same(all->at(i), lines[i]), qPrintable(lines[i].message.left(40)));
    }

    void aBatchWithLinesAlreadyThereAddsOnlyTheNewOnes()
    {
        // COPY cannot skip a line that is there: the batch goes in the slower way then.
        LogStore store(QStringLiteral("logs-mixed"));
        QVERIFY(openStore(store, true));
        const QList<LogLine> lines = generatedLines(300);
        QString error;
        QCOMPARE(store.insert(lines.mid(0, 100), &error), qint64(100));
        QList<LogLine> batch = lines.mid(50, 150); // 50 there, 100 new
        batch << lines[120];                       // and one twice in the batch
        QCOMPARE(store.insert(batch, &error), qint64(100));
        QCOMPARE(store.insert(lines.mid(200), &error), qint64(100));
        const auto all = store.page({}, std::nullopt, LogDirection::Newer, 1000, &error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->size(), 300);
    }

    void anIngestCountsWhatItCommittedAndKeepsNothingHalfDone()
    {
        // On SQLite an ingest commits every kLogIngestCommitLines lines, on PostgreSQL
        // every batch: after a line the database refuses, what `inserted` says is what
        // the table holds, and a second run adds the rest.
        QFETCH_GLOBAL(bool, postgres);
        LogStore store(QStringLiteral("logs-ingest"));
        QVERIFY(openStore(store, true));
        QList<LogLine> lines = generatedLines(2 * kLogIngestBatch + 5000);
        lines[kLogIngestBatch + 5000].message = QStringLiteral("boom");
        QByteArray input;
        for (const LogLine &line : std::as_const(lines))
            input += logLineToJson(line) + '\n';
        QSqlQuery sql(store.database());
        QVERIFY(sql.exec(
            postgres ? QStringLiteral("CREATE FUNCTION boom() RETURNS trigger LANGUAGE plpgsql AS "
                                      "$$ BEGIN IF NEW.message = 'boom' THEN RAISE EXCEPTION "
                                      "'boom refused'; END IF; RETURN NEW; END $$")
                     : QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON system_logs WHEN "
                                      "NEW.message = 'boom' BEGIN SELECT RAISE(ABORT, "
                                      "'boom refused'); END")));
        if (postgres)
            QVERIFY(sql.exec(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON system_logs FOR "
                                            "EACH ROW EXECUTE FUNCTION boom()")));
        const auto count = [&] {
            QSqlQuery query(store.database());
            return query.exec(QStringLiteral("SELECT count(*) FROM system_logs")) && query.next()
                       ? query.value(0).toLongLong()
                       : -1;
        };
        QBuffer buffer(&input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        LogIngestResult result = ingestLogs(store, &buffer);
        QVERIFY2(result.storeError.contains(QStringLiteral("boom refused")),
                 qPrintable(result.storeError));
        QCOMPARE(count(), result.inserted);
        QCOMPARE(result.inserted, postgres ? qint64(kLogIngestBatch) : qint64(0));
        QVERIFY(!store.inBulk());

        QVERIFY(sql.exec(QStringLiteral("DROP TRIGGER boom%1")
                             .arg(postgres ? QStringLiteral(" ON system_logs") : QString())));
        QBuffer again(&input);
        QVERIFY(again.open(QIODevice::ReadOnly));
        result = ingestLogs(store, &again);
        QVERIFY2(result.storeError.isEmpty(), qPrintable(result.storeError));
        QCOMPARE(result.accepted, qint64(lines.size()));
        QCOMPARE(count(), qint64(lines.size()));
        QCOMPARE(result.inserted, qint64(lines.size()) - (postgres ? kLogIngestBatch : 0));
    }

    void anExportIsTheLinesAsTheyAreWrittenOneByOne()
    {
        // On SQLite the database writes each exported line's JSON (the fast path): it
        // must be the same bytes as logLineToJson() of the line read back, whatever the
        // line holds, in JSON Lines and in JSON.
        QFETCH_GLOBAL(bool, postgres);
        LogStore store(QStringLiteral("logs-export"));
        QVERIFY(openStore(store, true));
        QList<LogLine> lines = generatedLines(2500); // more than two pages
        lines[0].message = QStringLiteral("tab\t nl\n cr\r bs\\ quote\" \x01\x08\x0c\x1f del\x7f");
        lines[1].message = QStringLiteral("Ärger 日本語 🚀 \u2028");
        lines[2].metadata = R"({ "spaced" : [ 1 , 2 ] ,
            "s": "a b\tc" })";
        QString error;
        QCOMPARE(store.insert(lines, &error), qint64(lines.size()));
        if (!postgres) {
            // What another writer may have left in an SQLite file: metadata that is not
            // JSON, or empty; empty ids of a task or worker; a time without a fraction.
            QSqlQuery foreign(store.database());
            QVERIFY(foreign.exec(QStringLiteral(
                "INSERT INTO system_logs (id, timestamp, source_type, source_id, log_level, "
                "message, task_id, worker_id, cycle_number, metadata) VALUES "
                "('00000000-0000-4000-8000-000000000001', '2026-11-20T10:00:00Z', 'w', 'x', "
                "'INFO', 'not json', '', '', NULL, '{broken'), "
                "('00000000-0000-4000-8000-000000000002', '2026-11-20T10:00:01.5Z', 'w', 'x', "
                "'INFO', 'empty', NULL, NULL, 3, ''), "
                "('00000000-0000-4000-8000-000000000003', '2026-11-20T10:00:02.000001Z', 'w', "
                "'x', 'INFO', 'a string', NULL, 'w1', 3, '\"just text\"')")));
        }
        QByteArray expected;
        QList<LogLine> read;
        QVERIFY(forEachLogPage(store, {}, LogDirection::Older, -1, [&](const QList<LogLine> &page) {
                    read << page;
                    return true;
                }).isEmpty());
        QCOMPARE(read.size(), lines.size() + (postgres ? 0 : 3));
        for (const LogLine &line : std::as_const(read))
            expected += logLineToJson(line) + '\n';
        const QString path = m_dir.filePath(QStringLiteral("export-%1.jsonl").arg(++m_files));
        const LogExportResult result = exportLogs(store, {}, LogFormat::Jsonl, path);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.lines, qint64(read.size()));
        // The export took the rows' JSON with no LogLine between, and that JSON is the
        // line's: in pages of 7 (each asked for, on PostgreSQL, while the last is written),
        // nothing twice and nothing missed.
        QVERIFY(store.writesJson({}));
        QByteArray pages;
        int pageCount = 0;
        QVERIFY2(store.forEachJsonPage(
                     {}, LogDirection::Older, 7,
                     [&](QByteArray &page, int count) {
                         pages += page;
                         ++pageCount;
                         return count == 7;
                     },
                     &error),
                 qPrintable(error));
        QCOMPARE(pageCount, (read.size() + 6) / 7);
        QCOMPARE(pages, expected);
        // Stopped after a page, with the next one asked for: the connection is free again.
        QByteArray oldest;
        pageCount = 0;
        QVERIFY(store.forEachJsonPage(
            {}, LogDirection::Newer, 5,
            [&](QByteArray &page, int) {
                oldest = page;
                ++pageCount;
                return false;
            },
            &error));
        QCOMPARE(pageCount, 1);
        QCOMPARE(oldest.count('\n'), 5);
        QVERIFY(expected.endsWith(QByteArray(oldest.split('\n').first() + '\n')));
        QVERIFY2(store.page({}, std::nullopt, LogDirection::Newer, 3, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> got = file.readAll().split('\n');
        const QList<QByteArray> want = expected.split('\n');
        QCOMPARE(got.size(), want.size());
        for (qsizetype i = 0; i < want.size(); ++i)
            QCOMPARE(got[i], want[i]);

        const QString jsonPath = m_dir.filePath(QStringLiteral("export-%1.json").arg(++m_files));
        QVERIFY(exportLogs(store, {}, LogFormat::Json, jsonPath).error.isEmpty());
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json.readAll(), &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError,
                 qPrintable(parseError.errorString()));
        const QJsonArray array = document.object().value(QStringLiteral("logs")).toArray();
        QCOMPARE(array.size(), read.size());
        for (qsizetype i = 0; i < read.size(); i += 97)
            QCOMPARE(array[i].toObject(), QJsonDocument::fromJson(want[i]).object());
    }

    void aFilterThatCannotBeRunIsSaid()
    {
        LogStore store(QStringLiteral("logs-bad"));
        QVERIFY(openStore(store, true));
        LogFilter filter;
        filter.taskId = QStringLiteral("not-a-uuid'; DROP TABLE system_logs; --");
        QString error;
        QVERIFY(!store.page(filter, std::nullopt, LogDirection::Older, 10, &error));
        QVERIFY2(error.contains(QLatin1String("not a UUID")), qPrintable(error));
        QVERIFY(store.schemaProblem().isEmpty());
    }

    void signaturesMaskWhatVaries_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("signature");
        QTest::newRow("numbers") << QStringLiteral("Sync failed after 3 attempts (12.5 s)")
                                 << QStringLiteral("Sync failed after <n> attempts (<n> s)");
        QTest::newRow("uuid") << QStringLiteral(
                                     "task 5f3a09c2-1b2c-4d5e-8f90-0123456789ab timed out")
                              << QStringLiteral("task <uuid> timed out");
        QTest::newRow("path") << QStringLiteral("cannot open /data/games/g17.db: No such file")
                              << QStringLiteral("cannot open <path>: No such file");
        QTest::newRow("quoted") << QStringLiteral("unknown key \"max_gaussians\" in 'cfg-2'")
                                << QStringLiteral("unknown key \"…\" in '…'");
        QTest::newRow("apostrophe")
            << QStringLiteral("can't reach gpu-12") << QStringLiteral("can't reach gpu-<n>");
        QTest::newRow("hex") << QStringLiteral("block 0x7ffde3a1 hash 9f86d081884c7d65")
                             << QStringLiteral("block <hex> hash <hex>");
        QTest::newRow("space") << QStringLiteral("  a\t\tb\n c ") << QStringLiteral("a b c");
    }

    void signaturesMaskWhatVaries()
    {
        QFETCH(QString, message);
        QFETCH(QString, signature);
        QCOMPARE(logSignature(message), signature);
    }

    void errorsAreSummarisedBySignature()
    {
        LogStore store(QStringLiteral("logs-summary"));
        QVERIFY(openStore(store, true));
        QList<LogLine> lines;
        QRandomGenerator random(7);
        const qint64 base = 1'796'000'000'000'000;
        for (int i = 0; i < 1200; ++i) {
            LogLine line;
            line.id = uuid(random);
            line.timeUs = base + i * 1'000'000;
            line.sourceType = QStringLiteral("worker");
            line.sourceId = QStringLiteral("gpu-%1").arg(i % 7);
            if (i % 3 == 0) {
                line.level = QStringLiteral("ERROR");
                line.message = QStringLiteral("Sync failed for /data/run%1/x.db after %2 tries")
                                   .arg(i)
                                   .arg(i % 5);
            } else if (i % 3 == 1) {
                line.level = i % 2 ? QStringLiteral("CRITICAL") : QStringLiteral("error");
                line.message = QStringLiteral("worker %1 lost").arg(uuid(random));
            } else {
                line.level = QStringLiteral("INFO");
                line.message = QStringLiteral("Sync failed for /data/run%1/x.db").arg(i);
            }
            lines << line;
        }
        QString error;
        QCOMPARE(store.insert(lines, &error), qint64(1200));
        const auto summary = summarizeLogs(store, {}, &error);
        QVERIFY2(summary, qPrintable(error));
        QCOMPARE(summary->size(), 2);
        // As many lost workers as failed syncs: the latest line comes first.
        QCOMPARE(summary->at(0).signature, QStringLiteral("worker <uuid> lost"));
        QCOMPARE(summary->at(0).count, qint64(400));
        const LogSignatureCount &sync = summary->at(1);
        QCOMPARE(sync.signature, QStringLiteral("Sync failed for <path> after <n> tries"));
        QCOMPARE(sync.count, qint64(400));
        QCOMPARE(sync.firstUs, base);
        QCOMPARE(sync.lastUs, base + 1197 * 1'000'000);
        QCOMPARE(sync.example, lines[1197].message);
        QCOMPARE(sync.sources.size(), 7);
        // A filter narrows it; a cap on signatures folds the rest into one entry.
        LogFilter one;
        one.sourceId = QStringLiteral("gpu-3");
        const auto narrowed = summarizeLogs(store, one, &error);
        QVERIFY(narrowed);
        qint64 expected = 0;
        for (const LogLine &line : lines)
            expected += line.sourceId == one.sourceId && logLevelRank(line.level) >= 3;
        QCOMPARE(narrowed->at(0).count + narrowed->at(1).count, expected);
        LogFilter everything;
        everything.minLevelRank = 0;
        const auto capped = summarizeLogs(store, everything, &error, nullptr, 2);
        QVERIFY(capped);
        QCOMPARE(capped->size(), 2);
        QCOMPARE(capped->at(0).count + capped->at(1).count, qint64(1200));
    }

    void aRetentionPlanIsWhatItsBatchesDelete()
    {
        LogStore store(QStringLiteral("logs-retention"));
        QVERIFY(openStore(store, true));
        const QList<LogLine> lines = generatedLines(2000);
        QString error;
        QCOMPARE(store.insert(lines, &error), qint64(2000));
        const qint64 cutoff = 1'796'000'000'000'000 + 17 * 1'234'567;
        qint64 older = 0;
        qint64 oldest = std::numeric_limits<qint64>::max();
        qint64 newest = 0;
        for (const LogLine &line : lines) {
            if (line.timeUs >= cutoff)
                continue;
            ++older;
            oldest = std::min(oldest, line.timeUs);
            newest = std::max(newest, line.timeUs);
        }
        QVERIFY(older > 0 && older < 2000);
        const auto plan = store.planRetention(cutoff, &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->lines, older);
        QCOMPARE(plan->oldestUs, std::optional<qint64>(oldest));
        QCOMPARE(plan->newestUs, std::optional<qint64>(newest));
        qint64 deleted = 0;
        for (qint64 n; (n = store.deleteOlderThan(cutoff, 100, &error)) > 0;)
            deleted += n;
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(deleted, older);
        const auto left = store.page({}, std::nullopt, LogDirection::Newer, 5000, &error);
        QVERIFY(left);
        QCOMPARE(left->size(), 2000 - older);
        QVERIFY(left->constFirst().timeUs >= cutoff);
        QCOMPARE(store.planRetention(cutoff, &error)->lines, qint64(0));
    }

    void statisticsAddUpToTheLines()
    {
        LogStore store(QStringLiteral("logs-stats"));
        QVERIFY(openStore(store, true));
        const QList<LogLine> lines = generatedLines(1500);
        QString error;
        QCOMPARE(store.insert(lines, &error), qint64(1500));
        LogFilter filter;
        filter.sourceType = QStringLiteral("worker");
        const auto stats = store.stats(filter, &error);
        QVERIFY2(stats, qPrintable(error));
        QHash<QString, qint64> byLevel;
        qint64 selected = 0;
        for (const LogLine &line : lines) {
            if (!selects(filter, line))
                continue;
            ++selected;
            ++byLevel[line.level];
        }
        QCOMPARE(stats->byLevel.size(), byLevel.size());
        for (const auto &[level, count] : stats->byLevel)
            QCOMPARE(count, byLevel.value(level));
        qint64 hours = 0;
        for (const auto &[start, count] : stats->byHour)
            hours += count;
        QCOMPARE(hours, selected);
        QVERIFY(stats->tableBytes > 0);

        // The histogram: each line once, in its bucket, by its level.
        const qint64 from = 1'796'000'000'000'000;
        const qint64 to = from + 40 * 1'234'567;
        const auto histogram = store.histogram(filter, from, to, 8, &error);
        QVERIFY2(histogram, qPrintable(error));
        QCOMPARE(histogram->size(), 8);
        QList<std::array<qint64, 5>> want(8, std::array<qint64, 5>{});
        const qint64 width = (to - from + 7) / 8;
        for (const LogLine &line : lines)
            if (selects(filter, line))
                ++want[int((line.timeUs - from) / width)]
                      [size_t(std::max(logLevelRank(line.level), 0))];
        QCOMPARE(*histogram, want);
        qint64 oldest = lines.constFirst().timeUs;
        for (const LogLine &line : lines)
            oldest = std::min(oldest, line.timeUs);
        QCOMPARE(stats->oldestUs, std::optional<qint64>(oldest));
    }
};

QTEST_GUILESS_MAIN(TestLogStore)
#include "tst_logstore.moc"
