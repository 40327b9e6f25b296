// `qmctl logs` run as a program against an SQLite file and a real PostgreSQL server
// started for the test, the same cases on both: `init` prints the SQL and creates
// nothing without --yes; `ingest` adds good lines and reports bad ones by line number
// (exit 1); `query` with each filter gives exactly the lines a brute-force filter of
// what was ingested gives, newest first, across pages; `timeline` is oldest first and
// whole; `export` to JSON Lines ingested into a second database exports identically;
// `tail` shows a line inserted after it started, and a late line with an older time,
// each once, and goes on after the server restarted under it; `summary` and `stats` count
// as a brute-force grouping of what was ingested does; `retention` deletes exactly the
// lines its plan counted, and only with --yes, and `jobs add logs-retention` does the
// same through the queue; a missing table is exit 3 with "logs init"; a bad filter or
// URI exit 2.

#include "core/logs/logjsonl.h"
#include "core/logs/logstore.h"
#include "core/logs/logsummary.h"
#include "testservers.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>

using namespace qm;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

QString qmctlPath()
{
    return QStringLiteral(QM_BINARY_DIR "/bin/qmctl");
}

Run qmctl(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(qmctlPath(), QStringList{QStringLiteral("logs")} + arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120'000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QString uuid(QRandomGenerator &random)
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; ++i)
        bytes[i] = char(random.bounded(256));
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

/// `count` lines from a fixed seed: five workers, eight tasks, every level, cycles 0-5,
/// some lines sharing a time, messages with characters SQL reads as patterns.
QList<LogLine> generatedLines(int count)
{
    QRandomGenerator random(20261207);
    QStringList tasks;
    for (int i = 0; i < 8; ++i)
        tasks << uuid(random);
    const QStringList levels = {QStringLiteral("DEBUG"), QStringLiteral("INFO"),
                                QStringLiteral("WARNING"), QStringLiteral("ERROR"),
                                QStringLiteral("CRITICAL")};
    const qint64 base = 1'796'000'000'000'000;
    QList<LogLine> lines;
    for (int i = 0; i < count; ++i) {
        LogLine line;
        line.id = uuid(random);
        line.timeUs = base + qint64(i / 2) * 1'000'003;
        line.sourceType =
            random.bounded(3) == 0 ? QStringLiteral("orchestrator") : QStringLiteral("worker");
        line.sourceId = QStringLiteral("gpu-%1").arg(random.bounded(5));
        line.level = levels[random.bounded(int(levels.size()))];
        line.message = (random.bounded(4) == 0 ? QStringLiteral("Needle 100% done_\"x\" ")
                                               : QStringLiteral("plain line, with comma ")) +
                       QString::number(i);
        if (random.bounded(5) != 0)
            line.workerId = QStringLiteral("w%1").arg(random.bounded(5));
        if (random.bounded(3) != 0)
            line.taskId = tasks[random.bounded(int(tasks.size()))];
        if (random.bounded(2) != 0)
            line.cycle = int(random.bounded(6));
        if (random.bounded(3) == 0)
            line.metadata = QStringLiteral("{\"gpu\":\"%1\",\"n\":%2}")
                                .arg(random.bounded(3))
                                .arg(random.bounded(100))
                                .toUtf8();
        lines.append(line);
    }
    return lines;
}

/// `line` with the table's column names, as the fleet's writers would dump it.
QByteArray tableJson(const LogLine &line)
{
    const QJsonObject camel = logLineToJsonObject(line);
    QJsonObject object;
    const QList<std::pair<const char *, const char *>> names = {{"id", "id"},
                                                                {"timestamp", "timestamp"},
                                                                {"sourceType", "source_type"},
                                                                {"sourceId", "source_id"},
                                                                {"level", "log_level"},
                                                                {"message", "message"},
                                                                {"taskId", "task_id"},
                                                                {"workerId", "worker_id"},
                                                                {"cycleNumber", "cycle_number"},
                                                                {"metadata", "metadata"}};
    for (const auto &[from, to] : names)
        object.insert(QLatin1String(to), camel.value(QLatin1String(from)));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QStringList idsOf(const QByteArray &document)
{
    QStringList ids;
    const QJsonArray logs = QJsonDocument::fromJson(document).object().value(u"logs").toArray();
    for (const QJsonValue &value : logs)
        ids << value.toObject().value(u"id").toString();
    return ids;
}

bool newerFirst(const LogLine &a, const LogLine &b)
{
    return a.timeUs != b.timeUs ? a.timeUs > b.timeUs : a.id > b.id;
}

/// `count` lines one minute apart back from now, of every level, none within ten
/// minutes of 48 hours ago (so a plan made a little later counts the same lines).
QList<LogLine> recentLines(int count, qint64 nowUs)
{
    QRandomGenerator random(48);
    QList<LogLine> lines = generatedLines(count);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        qint64 minutesAgo = i * 7 % (5 * 24 * 60);
        if (std::abs(minutesAgo - 48 * 60) < 10)
            minutesAgo += 20;
        lines[i].timeUs = nowUs - minutesAgo * 60'000'000 - random.bounded(1'000'000);
    }
    return lines;
}

/// The ids of every line of `db`, as `query` gives them, newest first.
QStringList allIds(const QString &db)
{
    const Run run =
        qmctl({QStringLiteral("query"), QStringLiteral("--db"), db, QStringLiteral("--limit"),
               QStringLiteral("1000000"), QStringLiteral("--format=json")});
    return idsOf(run.out);
}

} // namespace

class TestQmctlLogs : public QObject
{
    Q_OBJECT

private:
    testservers::PostgresServer m_server;
    QString m_serverError;
    QTemporaryDir m_dir;
    int m_files = 0;

    QString postgresUri(const QString &database) const
    {
        return QStringLiteral("postgresql://qm:s3cret%27word@127.0.0.1:%1/%2")
            .arg(m_server.port())
            .arg(database);
    }

    /// A database of the current back end without the table: an empty SQLite file, or
    /// a PostgreSQL database whose system_logs was dropped.
    QString emptyDatabase(const QString &postgresName = QStringLiteral("qm"))
    {
        QFETCH_GLOBAL(bool, postgres);
        if (postgres)
            return postgresUri(postgresName);
        const QString path = m_dir.filePath(QStringLiteral("logs-%1.sqlite").arg(++m_files));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        return QStringLiteral("sqlite:") + path;
    }

    /// A database with the table, holding `lines` (ingested through qmctl).
    QString filledDatabase(const QList<LogLine> &lines)
    {
        const QString db = emptyDatabase();
        const Run init =
            qmctl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--yes")});
        if (init.code != 0)
            qWarning("%s", init.err.constData());
        QByteArray input;
        for (const LogLine &line : lines)
            input += tableJson(line) + '\n';
        const Run ingest = qmctl({QStringLiteral("ingest"), QStringLiteral("--db"), db}, input);
        if (ingest.code != 0)
            qWarning("%s%s", ingest.out.constData(), ingest.err.constData());
        return db;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(qmctlPath()), "build qmctl first");
        m_serverError = m_server.start();
        if (m_serverError.isEmpty()) {
            LogStore store(QStringLiteral("qmctl-logs-setup"));
            QString error;
            const std::optional<SqlLocation> location =
                SqlLocation::parse(postgresUri(QStringLiteral("qm")), &error);
            QVERIFY2(location && store.open(*location, &error), qPrintable(error));
            QSqlQuery query(store.database());
            QVERIFY(query.exec(QStringLiteral("CREATE DATABASE qm2")));
        }
    }

    void initTestCase_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }

    void init()
    {
        QFETCH_GLOBAL(bool, postgres);
        if (!postgres)
            return;
        QM_REQUIRE_SERVER(m_serverError);
        for (const QString &name : {QStringLiteral("qm"), QStringLiteral("qm2")}) {
            LogStore store(QStringLiteral("qmctl-logs-cleanup"));
            QString error;
            const std::optional<SqlLocation> location =
                SqlLocation::parse(postgresUri(name), &error);
            QVERIFY2(location && store.open(*location, &error), qPrintable(error));
            QSqlQuery drop(store.database());
            QVERIFY(drop.exec(QStringLiteral("DROP TABLE IF EXISTS system_logs")));
        }
    }

    void initPrintsTheSqlAndCreatesTheTableOnlyWithYes()
    {
        const QString db = emptyDatabase();
        Run run = qmctl({QStringLiteral("init"), QStringLiteral("--db"), db});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains("CREATE TABLE IF NOT EXISTS system_logs"), run.out.constData());
        // Nothing was created: the table is still missing.
        run = qmctl({QStringLiteral("query"), QStringLiteral("--db"), db});
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains("there is no table system_logs"), run.err.constData());
        QVERIFY2(run.err.contains("logs init"), run.err.constData());
        run = qmctl({QStringLiteral("query"), QStringLiteral("--db"), db,
                     QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.code, 3);
        QVERIFY2(QJsonDocument::fromJson(run.out)
                     .object()
                     .value(u"error")
                     .toObject()
                     .value(u"message")
                     .toString()
                     .contains(QLatin1String("logs init")),
                 run.out.constData());

        run = qmctl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--yes")});
        QVERIFY2(run.code == 0, run.err.constData());
        run = qmctl(
            {QStringLiteral("query"), QStringLiteral("--db"), db, QStringLiteral("--format=json")});
        QVERIFY2(run.code == 0, run.err.constData());
        const QJsonObject document = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(document.value(u"schemaVersion").toInt(), 1);
        QVERIFY(document.value(u"logs").isArray());
        QVERIFY(document.value(u"logs").toArray().isEmpty());
    }

    void ingestAddsGoodLinesAndReportsBadOnesByNumber()
    {
        const QString db = emptyDatabase();
        QCOMPARE(
            qmctl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--yes")})
                .code,
            0);
        const QList<LogLine> lines = generatedLines(10);
        QByteArray input;
        for (int i = 0; i < lines.size(); ++i) {
            input += tableJson(lines[i]) + '\n';
            if (i == 2)
                input += "{\"timestamp\": \"not a time\"}\n"; // line 4
            if (i == 6)
                input += "{broken\n"; // line 9
        }
        const QString path = m_dir.filePath(QStringLiteral("ingest-%1.jsonl").arg(++m_files));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(input);
        file.close();
        Run run = qmctl({QStringLiteral("ingest"), QStringLiteral("--db"), db, path,
                         QStringLiteral("--format=json")});
        QCOMPARE(run.code, 1);
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(u"inserted").toInt(), 10);
        const QJsonArray rejected = result.value(u"rejected").toArray();
        QCOMPARE(rejected.size(), 2);
        QCOMPARE(rejected[0].toObject().value(u"line").toInt(), 4);
        QVERIFY(rejected[0].toObject().value(u"message").toString().contains(u"timestamp"));
        QCOMPARE(rejected[1].toObject().value(u"line").toInt(), 9);
        QVERIFY(rejected[1].toObject().value(u"message").toString().contains(u"not JSON"));

        // Again, from standard input, in text: nothing new, the same lines rejected.
        run = qmctl({QStringLiteral("ingest"), QStringLiteral("--db"), db, QStringLiteral("-")},
                    input);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains("0 lines added, 10 already there, 2 rejected"),
                 run.out.constData());
        QVERIFY2(run.out.contains("line 4: timestamp"), run.out.constData());
        QVERIFY2(run.out.contains("line 9: not JSON"), run.out.constData());

        // Only good lines: exit 0.
        run = qmctl({QStringLiteral("ingest"), QStringLiteral("--db"), db},
                    tableJson(generatedLines(11).last()) + '\n');
        QVERIFY2(run.code == 0, QByteArray(run.out + run.err).constData());
    }

    void queryFiltersAsTheOracleDoes_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("all, several pages")
            << QStringList{QStringLiteral("--limit"), QStringLiteral("5000")};
        QTest::newRow("limit") << QStringList{QStringLiteral("--limit"), QStringLiteral("1234")};
        QTest::newRow("default limit") << QStringList{};
        QTest::newRow("level") << QStringList{QStringLiteral("--level"), QStringLiteral("error"),
                                              QStringLiteral("--limit"), QStringLiteral("5000")};
        QTest::newRow("worker") << QStringList{QStringLiteral("--worker"), QStringLiteral("w3"),
                                               QStringLiteral("--limit"), QStringLiteral("5000")};
        QTest::newRow("source") << QStringList{
            QStringLiteral("--source-type"), QStringLiteral("orchestrator"),
            QStringLiteral("--source-id"), QStringLiteral("gpu-2")};
        QTest::newRow("cycle and search")
            << QStringList{QStringLiteral("--cycle"), QStringLiteral("3"),
                           QStringLiteral("--search"), QStringLiteral("100% DONE_\"x")};
        QTest::newRow("metadata") << QStringList{QStringLiteral("--metadata"),
                                                 QStringLiteral("gpu=1")};
        QTest::newRow("time range")
            << QStringList{QStringLiteral("--from"),  QStringLiteral("2026-11-30T01:00:00Z"),
                           QStringLiteral("--to"),    QStringLiteral("2026-11-30T01:05:00.5Z"),
                           QStringLiteral("--limit"), QStringLiteral("5000")};
    }

    void queryFiltersAsTheOracleDoes()
    {
        QFETCH(QStringList, options);
        static QList<LogLine> lines;
        if (lines.isEmpty())
            lines = generatedLines(2500);
        const QString db = filledDatabase(lines);

        // What each option selects, line by line.
        LogFilter filter;
        qint64 limit = 100;
        for (qsizetype i = 0; i + 1 < options.size(); i += 2) {
            const QString &name = options[i];
            const QString &value = options[i + 1];
            if (name == QLatin1String("--limit"))
                limit = value.toLongLong();
            else if (name == QLatin1String("--level"))
                filter.minLevelRank = logLevelRank(value);
            else if (name == QLatin1String("--worker"))
                filter.workerId = value;
            else if (name == QLatin1String("--source-type"))
                filter.sourceType = value;
            else if (name == QLatin1String("--source-id"))
                filter.sourceId = value;
            else if (name == QLatin1String("--cycle"))
                filter.cycle = value.toInt();
            else if (name == QLatin1String("--search"))
                filter.text = value;
            else if (name == QLatin1String("--metadata"))
                filter.metadataValue = value.mid(value.indexOf(u'=') + 1);
            else if (name == QLatin1String("--from"))
                filter.fromUs = *logTimeFromText(value);
            else if (name == QLatin1String("--to"))
                filter.toUs = *logTimeFromText(value);
        }
        QList<LogLine> expected;
        for (const LogLine &line : lines) {
            if ((filter.minLevelRank > 0 && logLevelRank(line.level) < filter.minLevelRank) ||
                (!filter.workerId.isEmpty() && line.workerId != filter.workerId) ||
                (!filter.sourceType.isEmpty() && line.sourceType != filter.sourceType) ||
                (!filter.sourceId.isEmpty() && line.sourceId != filter.sourceId) ||
                (filter.cycle && line.cycle != filter.cycle) ||
                (!filter.text.isEmpty() &&
                 !line.message.contains(filter.text, Qt::CaseInsensitive)) ||
                (!filter.metadataValue.isEmpty() &&
                 !line.metadata.contains(
                     QByteArray("\"gpu\":\"" + filter.metadataValue.toUtf8() + '"'))) ||
                (filter.fromUs >= 0 && line.timeUs < filter.fromUs) ||
                (filter.toUs >= 0 && line.timeUs >= filter.toUs))
                continue;
            expected.append(line);
        }
        std::sort(expected.begin(), expected.end(), newerFirst);
        expected = expected.mid(0, limit);
        QVERIFY(!expected.isEmpty());
        QStringList expectedIds;
        for (const LogLine &line : expected)
            expectedIds << line.id;

        const Run run = qmctl(QStringList{QStringLiteral("query"), QStringLiteral("--db"), db,
                                          QStringLiteral("--format"), QStringLiteral("json")} +
                              options);
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(idsOf(run.out), expectedIds);
        // Each line whole, as it was ingested.
        const QJsonArray logs = QJsonDocument::fromJson(run.out).object().value(u"logs").toArray();
        QCOMPARE(logs.first().toObject(), logLineToJsonObject(expected.first()));

        // Text: one line per log line.
        const Run text =
            qmctl(QStringList{QStringLiteral("query"), QStringLiteral("--db"), db} + options);
        QVERIFY2(text.code == 0, text.err.constData());
        QCOMPARE(text.out.count('\n'), expected.size());
        QVERIFY(
            text.out.startsWith(QStringLiteral("%1  ")
                                    .arg(logDateTime(expected.first().timeUs)
                                             .toLocalTime()
                                             .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")))
                                    .toUtf8()));
    }

    void timelineIsWholeAndOldestFirst_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("task") << QStringLiteral("--task");
        QTest::newRow("worker") << QStringLiteral("--worker");
    }

    void timelineIsWholeAndOldestFirst()
    {
        QFETCH(QString, option);
        const bool byTask = option == QLatin1String("--task");
        const QList<LogLine> lines = generatedLines(2500);
        const QString db = filledDatabase(lines);
        const LogLine chosen = *std::find_if(lines.cbegin(), lines.cend(), [](const LogLine &l) {
            return !l.taskId.isEmpty() && !l.workerId.isEmpty();
        });
        QList<LogLine> expected;
        for (const LogLine &line : lines)
            if (byTask ? line.taskId == chosen.taskId : line.workerId == chosen.workerId)
                expected.append(line);
        std::sort(expected.begin(), expected.end(),
                  [](const LogLine &a, const LogLine &b) { return newerFirst(b, a); });
        QStringList expectedIds;
        for (const LogLine &line : expected)
            expectedIds << line.id;
        QVERIFY(expectedIds.size() > 100); // more than a query's default
        const Run run = qmctl({QStringLiteral("timeline"), QStringLiteral("--db"), db, option,
                               byTask ? chosen.taskId.toUpper() : chosen.workerId,
                               QStringLiteral("--format=json")});
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(idsOf(run.out), expectedIds);

        const Run neither = qmctl({QStringLiteral("timeline"), QStringLiteral("--db"), db});
        QCOMPARE(neither.code, 2);
    }

    void exportedJsonLinesIngestIntoAnIdenticalDatabase()
    {
        const QList<LogLine> lines = generatedLines(2500);
        const QString db = filledDatabase(lines);
        const QString first = m_dir.filePath(QStringLiteral("export-%1.jsonl").arg(++m_files));
        Run run = qmctl(
            {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("-o"), first});
        QVERIFY2(run.code == 0, run.err.constData());
        QFile exported(first);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray bytes = exported.readAll();
        QCOMPARE(bytes.count('\n'), lines.size());

        const QString second = emptyDatabase(QStringLiteral("qm2"));
        QCOMPARE(
            qmctl({QStringLiteral("init"), QStringLiteral("--db"), second, QStringLiteral("--yes")})
                .code,
            0);
        run = qmctl({QStringLiteral("ingest"), QStringLiteral("--db"), second, first});
        QVERIFY2(run.code == 0, QByteArray(run.out + run.err).constData());
        QVERIFY2(run.out.contains("2500 lines added"), run.out.constData());
        const QString again = m_dir.filePath(QStringLiteral("export-%1.jsonl").arg(++m_files));
        run = qmctl({QStringLiteral("export"), QStringLiteral("--db"), second,
                     QStringLiteral("--output"), again});
        QVERIFY2(run.code == 0, run.err.constData());
        QFile reexported(again);
        QVERIFY(reexported.open(QIODevice::ReadOnly));
        QVERIFY(reexported.readAll() == bytes);

        // JSON and CSV of a filter: the same lines.
        const QString json = m_dir.filePath(QStringLiteral("export-%1.json").arg(++m_files));
        run = qmctl({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("-o"),
                     json, QStringLiteral("--format"), QStringLiteral("json"),
                     QStringLiteral("--worker"), QStringLiteral("w1")});
        QVERIFY2(run.code == 0, run.err.constData());
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QStringList ids = idsOf(jsonFile.readAll());
        const qsizetype w1 = std::count_if(lines.cbegin(), lines.cend(), [](const LogLine &l) {
            return l.workerId == QLatin1String("w1");
        });
        QCOMPARE(ids.size(), w1);
        const QString csv = m_dir.filePath(QStringLiteral("export-%1.csv").arg(++m_files));
        run = qmctl({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("-o"),
                     csv, QStringLiteral("--format=csv"), QStringLiteral("--worker"),
                     QStringLiteral("w1")});
        QVERIFY2(run.code == 0, run.err.constData());
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QCOMPARE(csvFile.readAll().count("\r\n"), w1 + 1);

        // A failure leaves no file: a missing table.
        const QString none = m_dir.filePath(QStringLiteral("export-%1.jsonl").arg(++m_files));
        run = qmctl({QStringLiteral("export"), QStringLiteral("--db"),
                     emptyDatabase(QStringLiteral("qm2")), QStringLiteral("-o"), none});
        QFETCH_GLOBAL(bool, postgres);
        if (!postgres) {
            QCOMPARE(run.code, 3);
            // Neither the file nor a temporary one beside it.
            QVERIFY(QDir(m_dir.path())
                        .entryList({QFileInfo(none).fileName() + u'*'}, QDir::Files | QDir::Hidden)
                        .isEmpty());
        }
    }

    void summaryGroupsAsABruteForceGroupingDoes()
    {
        const QList<LogLine> lines = generatedLines(3000);
        const QString db = filledDatabase(lines);
        for (const QString &level : {QString(), QStringLiteral("WARNING")}) {
            QStringList options = {QStringLiteral("summary"), QStringLiteral("--db"), db,
                                   QStringLiteral("--format=json")};
            if (!level.isEmpty())
                options << QStringLiteral("--level") << level;
            const Run run = qmctl(options);
            QVERIFY2(run.code == 0, run.err.constData());
            // Without --level: ERROR and CRITICAL.
            const int minimum = logLevelRank(level.isEmpty() ? QStringLiteral("ERROR") : level);
            QHash<QString, std::tuple<qint64, qint64, qint64>> expected;
            for (const LogLine &line : lines) {
                if (logLevelRank(line.level) < minimum)
                    continue;
                auto &[count, first, last] = expected[logSignature(line.message)];
                first = count == 0 ? line.timeUs : std::min(first, line.timeUs);
                last = count == 0 ? line.timeUs : std::max(last, line.timeUs);
                ++count;
            }
            const QJsonArray signatures =
                QJsonDocument::fromJson(run.out).object().value(u"signatures").toArray();
            QCOMPARE(signatures.size(), expected.size());
            qint64 previous = std::numeric_limits<qint64>::max();
            for (const QJsonValue &value : signatures) {
                const QJsonObject signature = value.toObject();
                const QString text = signature.value(u"signature").toString();
                QVERIFY2(expected.contains(text), qPrintable(text));
                const auto [count, first, last] = expected.value(text);
                QCOMPARE(signature.value(u"count").toInteger(), count);
                QCOMPARE(signature.value(u"firstAt").toString(), logTimeText(first));
                QCOMPARE(signature.value(u"lastAt").toString(), logTimeText(last));
                QVERIFY(!signature.value(u"sources").toArray().isEmpty());
                QCOMPARE(logSignature(signature.value(u"example").toString()), text);
                QVERIFY(count <= previous); // most lines first
                previous = count;
            }
        }
        const Run text = qmctl({QStringLiteral("summary"), QStringLiteral("--db"), db});
        QVERIFY2(text.code == 0, text.err.constData());
        QVERIFY2(text.out.contains("×"), text.out.constData());
    }

    void statsCountAsABruteForceCountDoes()
    {
        const QList<LogLine> lines = generatedLines(2000);
        const QString db = filledDatabase(lines);
        const Run run =
            qmctl({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--worker"),
                   QStringLiteral("w2"), QStringLiteral("--format=json")});
        QVERIFY2(run.code == 0, run.err.constData());
        const QJsonObject stats =
            QJsonDocument::fromJson(run.out).object().value(u"stats").toObject();
        QHash<QString, qint64> byLevel;
        QHash<QString, qint64> bySource;
        qint64 selected = 0;
        for (const LogLine &line : lines) {
            if (line.workerId != QLatin1String("w2"))
                continue;
            ++byLevel[line.level];
            ++bySource[line.sourceId];
            ++selected;
        }
        const auto counted = [&](const char *list, const char *key) {
            QHash<QString, qint64> counts;
            for (const QJsonValue &value : stats.value(QLatin1String(list)).toArray())
                counts.insert(value.toObject().value(QLatin1String(key)).toString(),
                              value.toObject().value(u"lines").toInteger());
            return counts;
        };
        QCOMPARE(counted("byLevel", "level"), byLevel);
        QCOMPARE(counted("bySource", "source"), bySource);
        QCOMPARE(counted("byWorker", "worker"),
                 (QHash<QString, qint64>{{QStringLiteral("w2"), selected}}));
        qint64 hours = 0;
        for (const QJsonValue &value : stats.value(u"byHour").toArray())
            hours += value.toObject().value(u"lines").toInteger();
        QCOMPARE(hours, selected);
        const qint64 oldest =
            std::min_element(lines.cbegin(), lines.cend(), [](const LogLine &a, const LogLine &b) {
                return a.timeUs < b.timeUs;
            })->timeUs;
        QCOMPARE(stats.value(u"oldestAt").toString(), logTimeText(oldest));
        QVERIFY(stats.value(u"tableBytes").toInteger() > 0);
    }

    void retentionDeletesWhatItsPlanCountedOnlyWithYes()
    {
        const qint64 now = logTimeUs(QDateTime::currentDateTimeUtc());
        const QList<LogLine> lines = recentLines(1500, now);
        const QString db = filledDatabase(lines);
        const qint64 cutoff = now - 48 * 3'600'000'000LL;
        QStringList kept;
        qint64 old = 0;
        for (const LogLine &line : lines) {
            if (line.timeUs < cutoff)
                ++old;
            else
                kept << line.id;
        }
        QVERIFY(old > 100 && kept.size() > 100);
        const QStringList options = {QStringLiteral("retention"),
                                     QStringLiteral("--db"),
                                     db,
                                     QStringLiteral("--older-than-hours"),
                                     QStringLiteral("48"),
                                     QStringLiteral("--format=json")};
        Run run = qmctl(options);
        QVERIFY2(run.code == 0, run.err.constData());
        QJsonObject plan = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(plan.value(u"wouldDelete").toInteger(), old);
        QVERIFY(!plan.contains(u"deleted"));
        QVERIFY(logTimeFromText(plan.value(u"newestAt").toString()) < cutoff);
        QCOMPARE(allIds(db).size(), lines.size()); // nothing deleted without --yes

        run = qmctl(options + QStringList{QStringLiteral("--yes")});
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"deleted").toInteger(), old);
        QStringList left = allIds(db);
        left.sort();
        kept.sort();
        QCOMPARE(left, kept);
        run = qmctl(options);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"wouldDelete").toInteger(), 0);

        run = qmctl({QStringLiteral("retention"), QStringLiteral("--db"), db});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains("--older-than-hours"), run.err.constData());
    }

    void retentionRunsAsAJobOfTheQueue()
    {
        QFETCH_GLOBAL(bool, postgres);
        const QString dataDir = m_dir.filePath(QStringLiteral("jobs-%1").arg(++m_files));
        QVERIFY(QDir().mkpath(dataDir));
        const auto jobs = [&](const QStringList &arguments) {
            QProcess process;
            process.start(qmctlPath(), QStringList{QStringLiteral("jobs")} + arguments +
                                           QStringList{QStringLiteral("--data-dir"), dataDir});
            process.waitForFinished(120'000);
            return Run{process.exitCode(), process.readAllStandardOutput(),
                       process.readAllStandardError()};
        };
        if (postgres) {
            // A password is never written into the queue.
            const Run refused = jobs({QStringLiteral("add"), QStringLiteral("logs-retention"),
                                      QStringLiteral("--db"), postgresUri(QStringLiteral("qm")),
                                      QStringLiteral("--older-than-hours"), QStringLiteral("48"),
                                      QStringLiteral("--yes")});
            QCOMPARE(refused.code, 2);
            QVERIFY2(refused.err.contains("pgpass"), refused.err.constData());
            return;
        }
        const qint64 now = logTimeUs(QDateTime::currentDateTimeUtc());
        const QList<LogLine> lines = recentLines(800, now);
        const QString db = filledDatabase(lines);
        const qint64 old = std::count_if(lines.cbegin(), lines.cend(), [&](const LogLine &line) {
            return line.timeUs < now - 48 * 3'600'000'000LL;
        });
        const QStringList add = {QStringLiteral("add"),
                                 QStringLiteral("logs-retention"),
                                 QStringLiteral("--db"),
                                 db,
                                 QStringLiteral("--older-than-hours"),
                                 QStringLiteral("48")};
        Run run = jobs(add);
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY2(run.out.contains(QStringLiteral("Delete %1 log line").arg(old).toUtf8()),
                 run.out.constData());
        QCOMPARE(allIds(db).size(), lines.size());
        run = jobs(add + QStringList{QStringLiteral("--yes")});
        QVERIFY2(run.code == 0, run.err.constData());
        run = jobs({QStringLiteral("run"), QStringLiteral("--once")});
        QVERIFY2(run.code == 0, QByteArray(run.out + run.err).constData());
        run = jobs({QStringLiteral("list"), QStringLiteral("--format=json")});
        const QJsonArray listed =
            QJsonDocument::fromJson(run.out).object().value(u"jobs").toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject().value(u"state").toString(), QStringLiteral("succeeded"));
        QCOMPARE(allIds(db).size(), lines.size() - old);

        // The runner wrote the job's events into the embedded table of its data folder.
        run = qmctl({QStringLiteral("query"), QStringLiteral("--data-dir"), dataDir,
                     QStringLiteral("--source-type"), QStringLiteral("quartermaster"),
                     QStringLiteral("--format=json")});
        QVERIFY2(run.code == 0, run.err.constData());
        QStringList messages;
        for (const QJsonValue &line :
             QJsonDocument::fromJson(run.out).object().value(u"logs").toArray())
            messages << line.toObject().value(u"message").toString();
        QVERIFY2(messages.contains(QStringLiteral("logs-retention job 1 succeeded")),
                 qPrintable(messages.join(u'\n')));
        QVERIFY2(messages.contains(QStringLiteral("%1 line(s) deleted").arg(old)) ||
                     messages.contains(QStringLiteral("%1 lines deleted").arg(old)),
                 qPrintable(messages.join(u'\n')));
    }

    void tailShowsLinesAddedAfterItStartedOnce()
    {
        const QList<LogLine> lines = generatedLines(50);
        const QString db = filledDatabase(lines);
        QProcess tail;
        tail.start(qmctlPath(),
                   {QStringLiteral("logs"), QStringLiteral("tail"), QStringLiteral("--db"), db,
                    QStringLiteral("--format"), QStringLiteral("jsonl")});
        QVERIFY(tail.waitForStarted());
        QByteArray out;
        const auto readUntil = [&](int lineCount) {
            for (int waited = 0; waited < 20'000 && out.count('\n') < lineCount; waited += 100) {
                tail.waitForReadyRead(100);
                out += tail.readAllStandardOutput();
            }
            return out.count('\n') >= lineCount;
        };
        QVERIFY2(readUntil(20), QByteArray(out + tail.readAllStandardError()).constData());
        QByteArray initial = out;
        QCOMPARE(initial.count('\n'), 20);

        const LogLine newest =
            *std::max_element(lines.cbegin(), lines.cend(),
                              [](const LogLine &a, const LogLine &b) { return newerFirst(b, a); });
        QVERIFY(initial.trimmed().endsWith(logLineToJson(newest)));
        LogLine fresh = lines[0];
        fresh.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        fresh.timeUs = newest.timeUs + 1'000'000;
        fresh.message = QStringLiteral("fresh line");
        LogLine late = lines[0];
        late.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        late.timeUs = newest.timeUs - 5'000'000; // written late by a batching writer
        late.message = QStringLiteral("late line");
        QCOMPARE(
            qmctl({QStringLiteral("ingest"), QStringLiteral("--db"), db}, tableJson(fresh) + '\n')
                .code,
            0);
        QVERIFY2(readUntil(21), out.constData());
        QCOMPARE(
            qmctl({QStringLiteral("ingest"), QStringLiteral("--db"), db}, tableJson(late) + '\n')
                .code,
            0);
        QVERIFY2(readUntil(22), out.constData());
        // Some polls more: nothing shown twice.
        QTest::qWait(2500);
        out += tail.readAllStandardOutput();
        tail.terminate();
        QVERIFY(tail.waitForFinished(5000));
        QCOMPARE(tail.exitStatus(), QProcess::NormalExit);
        QCOMPARE(tail.exitCode(), 0);
        const QList<QByteArray> shown = out.trimmed().split('\n');
        QCOMPARE(shown.size(), 22);
        QCOMPARE(shown[20], logLineToJson(fresh));
        QCOMPARE(shown[21], logLineToJson(late));
    }

    void tailRetriesAServerRestartedUnderIt()
    {
        QFETCH_GLOBAL(bool, postgres);
        if (!postgres)
            QSKIP("a server restart is PostgreSQL's");
        const QList<LogLine> lines = generatedLines(5);
        const QString db = filledDatabase(lines);
        QProcess tail;
        tail.start(qmctlPath(), {QStringLiteral("logs"), QStringLiteral("tail"),
                                 QStringLiteral("--db"), db, QStringLiteral("--format=jsonl")});
        QVERIFY(tail.waitForStarted());
        QByteArray out;
        QByteArray err;
        const auto readUntil = [&](int lineCount, const QByteArray &said = {}) {
            for (int waited = 0; waited < 30'000; waited += 100) {
                tail.waitForReadyRead(100);
                out += tail.readAllStandardOutput();
                err += tail.readAllStandardError();
                if (out.count('\n') >= lineCount && err.contains(said))
                    return true;
            }
            return false;
        };
        QVERIFY2(readUntil(5), out.constData());
        m_server.stop();
        QVERIFY2(readUntil(5, "connection lost, retrying"), err.constData());
        QCOMPARE(m_server.restart(), QString());
        LogLine gap = lines[0];
        gap.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        gap.timeUs = lines.last().timeUs + 1'000'000;
        gap.message = QStringLiteral("written while the tail was away");
        QCOMPARE(
            qmctl({QStringLiteral("ingest"), QStringLiteral("--db"), db}, tableJson(gap) + '\n')
                .code,
            0);
        QVERIFY2(readUntil(6, "connection back"), QByteArray(out + err).constData());
        QTest::qWait(1500);
        out += tail.readAllStandardOutput();
        tail.terminate();
        QVERIFY(tail.waitForFinished(5000));
        const QList<QByteArray> shown = out.trimmed().split('\n');
        QCOMPARE(shown.size(), 6); // none lost, none twice
        QCOMPARE(shown.last(), logLineToJson(gap));
    }

    void badInputIsExitTwo_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("task") << QStringList{QStringLiteral("--task"), QStringLiteral("42")}
                              << QStringLiteral("is not a UUID");
        QTest::newRow("level") << QStringList{QStringLiteral("--level"), QStringLiteral("loud")}
                               << QStringLiteral("unknown level");
        QTest::newRow("since") << QStringList{QStringLiteral("--since"), QStringLiteral("soon")}
                               << QStringLiteral("--since takes a duration");
        QTest::newRow("from") << QStringList{QStringLiteral("--from"), QStringLiteral("monday")}
                              << QStringLiteral("--from takes an ISO-8601 time");
        QTest::newRow("metadata") << QStringList{QStringLiteral("--metadata"),
                                                 QStringLiteral("novalue")}
                                  << QStringLiteral("KEY=VALUE");
        QTest::newRow("format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")}
                                << QStringLiteral("not “xml”");
    }

    void badInputIsExitTwo()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const Run run = qmctl(QStringList{QStringLiteral("query"), QStringLiteral("--db"),
                                          filledDatabase(generatedLines(3))} +
                              options);
        QCOMPARE(run.code, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }

    void aBadUriOrFileIsExitTwo()
    {
        Run run = qmctl(
            {QStringLiteral("query"), QStringLiteral("--db"), QStringLiteral("mysql://somewhere")});
        QCOMPARE(run.code, 2);
        run = qmctl({QStringLiteral("ingest"), QStringLiteral("--db"),
                     filledDatabase(generatedLines(3)), m_dir.filePath(QStringLiteral("nothing"))});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains("does not exist"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestQmctlLogs)
#include "tst_qmctl_logs.moc"
