// The fleet's system_logs through LogStore, on a real PostgreSQL server started for the
// test and on an SQLite file, the same cases on both: a missing table and one with a
// column missing are said as such and created on request; pages of every filter, read
// with keyset cursors in both directions through lines of equal timestamps, are exactly
// what a brute-force filter and sort of the same lines gives; the text filter takes `%`,
// `_`, `\`, quotes and non-ASCII text literally, case ignored; adding the same lines
// twice adds them once.

#include "core/logs/logstore.h"
#include "testservers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>

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
};

QTEST_GUILESS_MAIN(TestLogStore)
#include "tst_logstore.moc"
