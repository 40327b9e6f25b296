// The sample index of a miner's data directory: the streamed join of
// generation_history.jsonl with the sample files (relative and absolute paths, bad lines,
// missing fields, the generation-id fallback), the configuration history, pending
// generations, the retention rules, and that a sample cleanup plans and removes exactly
// the samples chosen. Trash moves land in a private trash (HOME and XDG_DATA_HOME point
// into the test's temporary folder).

#include "core/cleanup/cleanupjob.h"
#include "core/samples/generationlog.h"
#include "core/samples/sampleindex.h"
#include "core/samples/sampleretention.h"
#include "core/sync/syncjob.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace qm;

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
const qint64 kNow =
    QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

/// One generation_history.jsonl line as a miner writes it.
QByteArray historyLine(const QString &id, const QString &samplePath, qint64 timeMs,
                       const QString &reason, double clip, qint64 gaussians)
{
    const QJsonObject object{
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("generation_id"), id},
                     {QStringLiteral("timestamp"),
                      iso(timeMs).replace(QLatin1Char('Z'), QStringLiteral("+00:00"))},
                     {QStringLiteral("miner_version"), QStringLiteral("2.4.1")}}},
        {QStringLiteral("task"),
         QJsonObject{{QStringLiteral("task_type"), QStringLiteral("TEXT-TO-3D")},
                     {QStringLiteral("prompt"), QStringLiteral("a red  teapot\non a table")}}},
        {QStringLiteral("miner_config"), QJsonObject{{QStringLiteral("clip_threshold"), 0.1}}},
        {QStringLiteral("generation"),
         QJsonObject{{QStringLiteral("output"),
                      QJsonObject{{QStringLiteral("num_gaussians"), gaussians},
                                  {QStringLiteral("quality_metrics"),
                                   QJsonObject{{QStringLiteral("clip_score"), clip},
                                               {QStringLiteral("clip_threshold_pass"), clip >= 0.1},
                                               {QStringLiteral("gaussian_count_pass"), true}}},
                                  {QStringLiteral("rejected_sample_path"),
                                   samplePath.isEmpty() ? QJsonValue() : QJsonValue(samplePath)}}},
                     {QStringLiteral("submission"),
                      QJsonObject{{QStringLiteral("rejection_reason"),
                                   reason.isEmpty() ? QJsonValue() : QJsonValue(reason)}}}}}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool writeFile(const QString &path, const QByteArray &bytes, qint64 modifiedMs = -1)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return false;
    file.flush(); // before the time is set: a later flush would set it again
    if (modifiedMs >= 0)
        file.setFileTime(QDateTime::fromMSecsSinceEpoch(modifiedMs, QTimeZone::utc()),
                         QFileDevice::FileModificationTime);
    return true;
}

GenerationJoin joined(const QStringList &names, const QByteArray &log, qsizetype piece)
{
    GenerationJoin join(names);
    for (qsizetype at = 0; at < log.size(); at += piece)
        join.feed(QByteArrayView(log).sliced(at, std::min(piece, log.size() - at)));
    join.finish();
    return join;
}

} // namespace

class TestSampleIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void entryFields();
    void entryMissingFields();
    void joinByPathOrId_data();
    void joinByPathOrId();
    void joinCountsBadLines();
    void joinSplitAnywhere();
    void joinLargeLogOnThreads();
    void configHistory();
    void pendingGenerations();
    void localIndex();
    void localIndexErrors();
    void sampleJson();
    void retentionRules_data();
    void retentionRules();
    void cleanupRemovesExactlyThePlan();

private:
    QTemporaryDir m_base;
};

void TestSampleIndex::initTestCase()
{
    QVERIFY(m_base.isValid());
    const QString home = m_base.filePath(QStringLiteral("home"));
    const QString data = home + QStringLiteral("/.local/share");
    QVERIFY(QDir().mkpath(data));
    qputenv("HOME", QFile::encodeName(home));
    qputenv("XDG_DATA_HOME", QFile::encodeName(data));
}

void TestSampleIndex::entryFields()
{
    const std::optional<GenerationEntry> entry = parseGenerationEntry(
        historyLine(QStringLiteral("g1"), QStringLiteral("ply_files/rejected_samples/g1_ab.ply"),
                    kNow, QStringLiteral("low_clip_score"), 0.05, 398234));
    QVERIFY(entry);
    QCOMPARE(entry->generationId, QStringLiteral("g1"));
    QCOMPARE(entry->createdMs, kNow);
    QCOMPARE(entry->rejectionReason, QStringLiteral("low_clip_score"));
    QCOMPARE(entry->clipScore, 0.05);
    QCOMPARE(entry->numGaussians, 398234);
    QCOMPARE(entry->clipPass, false);
    QCOMPARE(entry->gaussianPass, true);
    QVERIFY(!entry->validationPass);
    QCOMPARE(entry->failedChecks(), QStringList{QStringLiteral("clip_threshold_pass")});
    QCOMPARE(entry->taskType, QStringLiteral("TEXT-TO-3D"));
    QCOMPARE(entry->prompt, QStringLiteral("a red teapot on a table")); // simplified
    QCOMPARE(entry->minerVersion, QStringLiteral("2.4.1"));
    QCOMPARE(entry->minerConfig.value(QStringLiteral("clip_threshold")).toDouble(), 0.1);

    // A long prompt is shortened, ending in an ellipsis.
    const QByteArray longPrompt = "{\"task\":{\"prompt\":\"" + QByteArray(500, 'x') + "\"}}";
    const std::optional<GenerationEntry> shortened = parseGenerationEntry(longPrompt);
    QVERIFY(shortened);
    QCOMPARE(shortened->prompt.size(), GenerationEntry::kPromptLength);
    QVERIFY(shortened->prompt.endsWith(QChar(0x2026)));
}

void TestSampleIndex::entryMissingFields()
{
    // Every field may be missing or null, or of the wrong type.
    const std::optional<GenerationEntry> empty = parseGenerationEntry("{}");
    QVERIFY(empty);
    QCOMPARE(empty->createdMs, -1);
    QVERIFY(!empty->clipScore);
    QVERIFY(!empty->numGaussians);
    QVERIFY(empty->rejectionReason.isEmpty());
    const std::optional<GenerationEntry> odd = parseGenerationEntry(
        R"({"metadata": {"timestamp": "yesterday", "generation_id": 7},
            "generation": {"output": {"num_gaussians": "many", "quality_metrics": null}}})");
    QVERIFY(odd);
    QCOMPARE(odd->createdMs, -1);
    QVERIFY(odd->generationId.isEmpty());
    QVERIFY(!odd->numGaussians);
    QVERIFY(!parseGenerationEntry("[1, 2]"));
    QVERIFY(!parseGenerationEntry("{\"metadata\": "));
}

void TestSampleIndex::joinByPathOrId_data()
{
    QTest::addColumn<QString>("loggedPath");
    QTest::addColumn<QString>("loggedId");
    QTest::addColumn<bool>("matches");
    const QString name = QStringLiteral("0f3e-77_a1b2c3d4e5f60718.ply");
    QTest::newRow("relative") << QStringLiteral("ply_files/rejected_samples/") + name
                              << QStringLiteral("other") << true;
    QTest::newRow("absolute") << QStringLiteral("/home/miner/data/ply_files/rejected_samples/") +
                                     name
                              << QStringLiteral("other") << true;
    QTest::newRow("windows") << QStringLiteral("C:\\data\\ply_files\\") + name
                             << QStringLiteral("other") << true;
    QTest::newRow("bare name") << name << QString() << true;
    QTest::newRow("by generation id") << QString() << QStringLiteral("0f3e-77") << true;
    QTest::newRow("another file") << QStringLiteral("ply_files/rejected_samples/x_y.ply")
                                  << QStringLiteral("x") << false;
}

void TestSampleIndex::joinByPathOrId()
{
    QFETCH(QString, loggedPath);
    QFETCH(QString, loggedId);
    QFETCH(bool, matches);
    const QStringList names = {QStringLiteral("unrelated_0000.ply"),
                               QStringLiteral("0f3e-77_a1b2c3d4e5f60718.ply")};
    const QByteArray log =
        historyLine(loggedId, loggedPath, kNow, QStringLiteral("low_clip_score"), 0.05, 10) + '\n';
    const GenerationJoin join = joined(names, log, log.size());
    QCOMPARE(join.lines(), 1);
    QCOMPARE(join.badLines(), 0);
    QVERIFY(!join.entries().at(0));
    QCOMPARE(join.entries().at(1).has_value(), matches);
}

void TestSampleIndex::joinCountsBadLines()
{
    const QStringList names = {QStringLiteral("a_1.ply"), QStringLiteral("b_2.ply"),
                               QStringLiteral("c_3.ply")};
    QByteArray log;
    log += historyLine(QStringLiteral("a"), QStringLiteral("ply_files/rejected_samples/a_1.ply"),
                       kNow - kDayMs, QStringLiteral("low_clip_score"), 0.01, 5) +
           '\n';
    log += "{\"metadata\": {\"generation_id\": \"b\"\n"; // cut off mid-object
    log += "not json at all\n";
    log += "\n   \n"; // blank: ignored, not bad
    log += "[\"an\", \"array\"]\r\n";
    log += "\xff\xfe garbage\n";
    // The same sample again, later in the log: the later entry wins.
    log += historyLine(QStringLiteral("a"), QStringLiteral("a_1.ply"), kNow,
                       QStringLiteral("too_few_gaussians"), 0.3, 6) +
           "\r\n";
    log += historyLine(QStringLiteral("b"), QString(), kNow, QString(), 0.2, 7); // no newline
    const GenerationJoin join = joined(names, log, log.size());
    QCOMPARE(join.lines(), 7);
    QCOMPARE(join.badLines(), 4);
    QVERIFY(join.entries().at(0));
    QCOMPARE(join.entries().at(0)->rejectionReason, QStringLiteral("too_few_gaussians"));
    QVERIFY(join.entries().at(1)); // by id, from the last line without its newline
    QCOMPARE(join.entries().at(1)->numGaussians, 7);
    QVERIFY(!join.entries().at(2)); // not in the log
}

void TestSampleIndex::joinSplitAnywhere()
{
    const QStringList names = {QStringLiteral("a_1.ply"), QStringLiteral("b_2.ply")};
    QByteArray log;
    for (int i = 0; i < 5; ++i)
        log += historyLine(QStringLiteral("g%1").arg(i), QString(), kNow, QString(), 0.1, i) +
               "\nbad line\n";
    log += historyLine(QStringLiteral("b"), QStringLiteral("x/b_2.ply"), kNow,
                       QStringLiteral("low_clip_score"), 0.02, 99) +
           '\n';
    const GenerationJoin whole = joined(names, log, log.size());
    for (const qsizetype piece : {1, 2, 7, 64}) {
        const GenerationJoin split = joined(names, log, piece);
        QCOMPARE(split.lines(), whole.lines());
        QCOMPARE(split.badLines(), 5);
        QVERIFY(split.entries().at(1));
        QCOMPARE(split.entries().at(1)->numGaussians, 99);
        QVERIFY(!split.entries().at(0));
    }
}

void TestSampleIndex::joinLargeLogOnThreads()
{
    // More than one batch of 8 MiB, parsed on several threads: every 1000th line is kept
    // as a sample, every 777th line is bad; the counts and matches must be exact.
    QStringList names;
    QByteArray log;
    qint64 bad = 0;
    const int lines = 30000;
    for (int i = 0; i < lines; ++i) {
        if (i % 777 == 0) {
            log += "{broken\n";
            ++bad;
            continue;
        }
        const QString id = QStringLiteral("gen-%1").arg(i);
        const QString name = id + QStringLiteral("_feedc0de.ply");
        if (i % 1000 == 1)
            names.append(name);
        QByteArray line = historyLine(id, QStringLiteral("ply_files/rejected_samples/") + name,
                                      kNow, QStringLiteral("low_clip_score"), 0.05, i);
        line.insert(line.size() - 1, ",\"padding\":\"" + QByteArray(300, 'p') + '"');
        log += line + '\n';
    }
    QVERIFY(log.size() > 9 * 1024 * 1024);
    const GenerationJoin join = joined(names, log, 1 << 20);
    QCOMPARE(join.lines(), lines);
    QCOMPARE(join.badLines(), bad);
    for (qsizetype i = 0; i < names.size(); ++i) {
        QVERIFY2(join.entries().at(i), qPrintable(names[i]));
        QCOMPARE(join.entries().at(i)->generationId + QStringLiteral("_feedc0de.ply"), names[i]);
    }
}

void TestSampleIndex::configHistory()
{
    const QByteArray text =
        R"({"timestamp": "2026-11-10T00:00:00+00:00", "event": "config_change", "changes": {"clip_threshold": {"old": 0.1, "new": 0.12}}, "reason": "too many low scores"}
{"timestamp": "2026-11-01T00:00:00+00:00", "event": "startup", "changes": {"clip_threshold": {"old": null, "new": 0.1}, "gaussian_threshold": {"old": null, "new": 50000}}}
not json
{"event": "no time"}
{"timestamp": "2026-11-15T00:00:00Z", "event": "config_change", "changes": {"gaussian_threshold": {"old": 50000, "new": 40000}}}
)";
    qint64 bad = 0;
    const MinerConfigHistory history = MinerConfigHistory::parse(text, &bad);
    QCOMPARE(bad, 2);
    QCOMPARE(history.changes().size(), 3);
    QCOMPARE(history.changes().first().event, QStringLiteral("startup")); // sorted by time
    const auto at = [](int day) {
        return QDateTime(QDate(2026, 11, day), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    };
    QVERIFY(history.configAt(at(1) - kDayMs).isEmpty()); // before the first record
    QCOMPARE(history.configAt(at(5)).value(QStringLiteral("clip_threshold")).toDouble(), 0.1);
    QCOMPARE(history.configAt(at(12)).value(QStringLiteral("clip_threshold")).toDouble(), 0.12);
    QCOMPARE(history.configAt(at(12)).value(QStringLiteral("gaussian_threshold")).toInt(), 50000);
    QCOMPARE(history.configAt(at(20)).value(QStringLiteral("gaussian_threshold")).toInt(), 40000);
    QCOMPARE(history.configAt(at(20)).value(QStringLiteral("clip_threshold")).toDouble(), 0.12);
    QVERIFY(history.configAt(-1).isEmpty());
}

void TestSampleIndex::pendingGenerations()
{
    const QByteArray text =
        "{\"a\": {\"timestamp\": \"" + iso(kNow - 3 * 3600000).toUtf8() +
        "\"}, \"b\": {\"started_at\": " + QByteArray::number((kNow - 60000) / 1000) +
        "}, \"c\": {\"metadata\": {\"timestamp\": \"" + iso(kNow - 2 * 3600000).toUtf8() +
        "\"}}, \"d\": {}}";
    QString error;
    const std::optional<PendingGenerations> pending =
        parsePendingGenerations(text, kNow, kStuckGenerationMs, &error);
    QVERIFY2(pending, qPrintable(error));
    QCOMPARE(pending->count, 4);
    QCOMPARE(pending->stuck, 2);
    QCOMPARE(pending->oldestMs, kNow - 3 * 3600000);
    QVERIFY(!parsePendingGenerations("{\"a\": ", kNow, kStuckGenerationMs, &error));
    QVERIFY2(error.contains(QStringLiteral("byte")), qPrintable(error));
    QVERIFY(!parsePendingGenerations("[]", kNow, kStuckGenerationMs, &error));
}

void TestSampleIndex::localIndex()
{
    const QString dir = m_base.filePath(QStringLiteral("miner1"));
    const QString rejected = dir + QStringLiteral("/ply_files/rejected_samples/");
    QVERIFY(writeFile(rejected + QStringLiteral("g1_aaaa.ply"), QByteArray(100, 'x')));
    QVERIFY(writeFile(rejected + QStringLiteral("g2_bbbb.ply"), QByteArray(200, 'x'),
                      kNow - 5 * kDayMs));
    QVERIFY(writeFile(dir + QStringLiteral("/ply_files/g3_cccc.ply"), QByteArray(300, 'x')));
    QVERIFY(writeFile(dir + QStringLiteral("/ply_files/archive/old_dddd.ply"), "x"));
    QVERIFY(writeFile(rejected + QStringLiteral("notes.txt"), "x"));
    const QString outside = m_base.filePath(QStringLiteral("outside_eeee.ply"));
    QVERIFY(writeFile(outside, "x"));
    QVERIFY(QFile::link(outside, rejected + QStringLiteral("link_eeee.ply")));
    QVERIFY(writeFile(
        dir + QStringLiteral("/generation_history.jsonl"),
        historyLine(QStringLiteral("g1"), QStringLiteral("ply_files/rejected_samples/g1_aaaa.ply"),
                    kNow, QStringLiteral("low_clip_score"), 0.05, 1000) +
            "\nbad\n" + historyLine(QStringLiteral("g3"), QString(), kNow, QString(), 0.3, 3) +
            '\n'));
    QVERIFY(writeFile(
        dir + QStringLiteral("/miner_config_history.jsonl"),
        R"({"timestamp": "2026-01-01T00:00:00Z", "event": "startup", "changes": {"clip_threshold": {"old": null, "new": 0.1}}})"));
    QVERIFY(writeFile(dir + QStringLiteral("/pending_generations.json"),
                      "{\"p1\": {\"timestamp\": \"" + iso(kNow - 2 * 3600000).toUtf8() + "\"}}"));

    QString error;
    const std::optional<SampleSourceIndex> index = indexLocalSamples(dir, kNow, nullptr, &error);
    QVERIFY2(index, qPrintable(error));
    QCOMPARE(index->samples.size(), 3);
    QCOMPARE(index->samples[0].relativePath,
             QStringLiteral("ply_files/rejected_samples/g1_aaaa.ply"));
    QCOMPARE(index->samples[0].set, SampleSet::Rejected);
    QVERIFY(index->samples[0].log);
    QCOMPARE(index->samples[0].reason(), QStringLiteral("low_clip_score"));
    QCOMPARE(index->samples[0].timeMs(), kNow);
    QCOMPARE(index->samples[1].fileName(), QStringLiteral("g2_bbbb.ply"));
    QVERIFY(!index->samples[1].log);                         // not in the log: still listed
    QCOMPARE(index->samples[1].timeMs(), kNow - 5 * kDayMs); // its file's time
    QCOMPARE(index->samples[1].sizeBytes, 200);
    QCOMPARE(index->samples[2].set, SampleSet::Accepted);
    QVERIFY(index->samples[2].log); // joined by generation id
    QCOMPARE(index->samples[2].absolutePath(), dir + QStringLiteral("/ply_files/g3_cccc.ply"));
    QVERIFY(index->historyFound);
    QCOMPARE(index->historyLines, 3);
    QCOMPARE(index->badHistoryLines, 1);
    QCOMPARE(index->configHistory.changes().size(), 1);
    QVERIFY(index->pending);
    QCOMPARE(index->pending->count, 1);
    QCOMPARE(index->pending->stuck, 1);
    QCOMPARE(index->warnings.size(), 1); // the link, left out
    QVERIFY2(index->warnings.first().contains(QStringLiteral("link")),
             qPrintable(index->warnings.first()));
}

void TestSampleIndex::localIndexErrors()
{
    QString error;
    QVERIFY(!indexLocalSamples(m_base.filePath(QStringLiteral("missing")), kNow, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("missing")), qPrintable(error));
    QVERIFY(!indexLocalSamples(QStringLiteral("relative/dir"), kNow, nullptr, &error));

    // A data directory without samples or logs is empty, not an error.
    const QString bare = m_base.filePath(QStringLiteral("bare"));
    QVERIFY(QDir().mkpath(bare));
    const std::optional<SampleSourceIndex> index = indexLocalSamples(bare, kNow, nullptr, &error);
    QVERIFY2(index, qPrintable(error));
    QVERIFY(index->samples.isEmpty());
    QVERIFY(!index->historyFound);
    QVERIFY(!index->pending);

    // A damaged pending file is a warning, not a failure.
    QVERIFY(writeFile(bare + QStringLiteral("/pending_generations.json"), "{oops"));
    const std::optional<SampleSourceIndex> warned = indexLocalSamples(bare, kNow, nullptr, &error);
    QVERIFY(warned);
    QCOMPARE(warned->warnings.size(), 1);
}

void TestSampleIndex::sampleJson()
{
    SampleRecord sample;
    sample.source = {QString(), QStringLiteral("/data")};
    sample.relativePath = QStringLiteral("ply_files/rejected_samples/g_1.ply");
    sample.sizeBytes = 42;
    sample.modifiedMs = kNow;
    QJsonObject object = sampleToJson(sample);
    QCOMPARE(object.value(QStringLiteral("path")).toString(),
             QStringLiteral("/data/ply_files/rejected_samples/g_1.ply"));
    QCOMPARE(object.value(QStringLiteral("inLog")).toBool(), false);
    QVERIFY(object.value(QStringLiteral("clipScore")).isNull());
    QVERIFY(object.value(QStringLiteral("createdAt")).isNull());
    QCOMPARE(object.value(QStringLiteral("sizeBytes")).toInteger(), 42);
    sample.log = parseGenerationEntry(historyLine(QStringLiteral("g"), QString(), kNow,
                                                  QStringLiteral("low_clip_score"), 0.25, 12));
    object = sampleToJson(sample);
    QCOMPARE(object.value(QStringLiteral("inLog")).toBool(), true);
    QCOMPARE(object.value(QStringLiteral("clipScore")).toDouble(), 0.25);
    QCOMPARE(object.value(QStringLiteral("numGaussians")).toInteger(), 12);
    QCOMPARE(object.value(QStringLiteral("createdAt")).toString(), iso(kNow));
    QCOMPARE(object.value(QStringLiteral("rejectionReason")).toString(),
             QStringLiteral("low_clip_score"));
}

void TestSampleIndex::retentionRules_data()
{
    QTest::addColumn<int>("olderThanDays");
    QTest::addColumn<int>("keepPerReason");
    QTest::addColumn<int>("keepPerHost");
    QTest::addColumn<QStringList>("removed");
    // Samples (name: source, reason, age in days): a1 A low 1, a2 A low 10, a3 A low 20,
    // a4 A few 30, b1 B low 2, b2 B (not in log) 40 by mtime, acc A accepted 100.
    QTest::newRow("no rule") << -1 << -1 << -1 << QStringList();
    QTest::newRow("older than 15 days")
        << 15 << -1 << -1
        << QStringList{QStringLiteral("a3"), QStringLiteral("a4"), QStringLiteral("b2")};
    QTest::newRow("keep 1 per reason")
        << -1 << 1 << -1
        << QStringList{QStringLiteral("a2"), QStringLiteral("a3"), QStringLiteral("b1")};
    QTest::newRow("keep 2 per host")
        << -1 << -1 << 2 << QStringList{QStringLiteral("a3"), QStringLiteral("a4")};
    QTest::newRow("older than 5 and keep 2 per reason")
        << 5 << 2 << -1 << QStringList{QStringLiteral("a2"), QStringLiteral("a3")};
    QTest::newRow("all three") << 15 << 0 << 1
                               << QStringList{QStringLiteral("a3"), QStringLiteral("a4"),
                                              QStringLiteral("b2")};
    QTest::newRow("keep 0 per host")
        << -1 << -1 << 0
        << QStringList{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3"),
                       QStringLiteral("a4"), QStringLiteral("b1"), QStringLiteral("b2")};
}

void TestSampleIndex::retentionRules()
{
    QFETCH(int, olderThanDays);
    QFETCH(int, keepPerReason);
    QFETCH(int, keepPerHost);
    QFETCH(QStringList, removed);
    struct Made
    {
        const char *name;
        const char *host;
        const char *reason; ///< nullptr: not in the log
        int days;
        bool accepted;
    };
    const Made made[] = {{"a1", "A", "low_clip_score", 1, false},
                         {"a2", "A", "low_clip_score", 10, false},
                         {"a3", "A", "low_clip_score", 20, false},
                         {"a4", "A", "too_few_gaussians", 30, false},
                         {"b1", "B", "low_clip_score", 2, false},
                         {"b2", "B", nullptr, 40, false},
                         {"acc", "A", "", 100, true}};
    QList<SampleRecord> samples;
    for (const Made &m : made) {
        SampleRecord sample;
        sample.source = {QLatin1String(m.host), QStringLiteral("/data")};
        sample.set = m.accepted ? SampleSet::Accepted : SampleSet::Rejected;
        sample.relativePath = QStringLiteral("ply_files/rejected_samples/") +
                              QLatin1String(m.name) + QStringLiteral("_0.ply");
        sample.modifiedMs = kNow; // the log's time counts when there is one
        if (m.reason) {
            GenerationEntry entry;
            entry.rejectionReason = QLatin1String(m.reason);
            entry.createdMs = kNow - m.days * kDayMs;
            sample.log = entry;
        } else {
            sample.modifiedMs = kNow - m.days * kDayMs;
        }
        samples.append(sample);
    }
    SampleRetentionRule rule;
    rule.olderThanDays = olderThanDays;
    rule.keepPerReason = keepPerReason;
    rule.keepPerHost = keepPerHost;
    rule.nowMs = kNow;
    QStringList names;
    for (const qsizetype i : samplesToRemove(samples, rule))
        names.append(samples[i].fileName().section(QLatin1Char('_'), 0, 0));
    QCOMPARE(names, removed);
}

void TestSampleIndex::cleanupRemovesExactlyThePlan()
{
    // Plan → review → execute: the job made from the chosen samples plans exactly them
    // (a file beside them stays; a chosen one that changed since it was reviewed stays),
    // and executing that plan moves exactly the planned files to the trash.
    const QString dir = m_base.filePath(QStringLiteral("miner2"));
    const QString rejected = dir + QStringLiteral("/ply_files/rejected_samples/");
    for (int i = 0; i < 6; ++i)
        QVERIFY(writeFile(rejected + QStringLiteral("g%1_ffff.ply").arg(i), QByteArray(10 + i, 'x'),
                          kNow - i * 10 * kDayMs));
    QVERIFY(writeFile(dir + QStringLiteral("/ply_files/g9_ffff.ply"), "accepted"));
    QString error;
    const std::optional<SampleSourceIndex> index = indexLocalSamples(dir, kNow, nullptr, &error);
    QVERIFY2(index, qPrintable(error));
    SampleRetentionRule rule;
    rule.olderThanDays = 25;
    rule.nowMs = kNow;
    QList<SampleRecord> chosen;
    QSet<QString> expected;
    qint64 expectedBytes = 0;
    for (const qsizetype i : samplesToRemove(index->samples, rule)) {
        chosen.append(index->samples[i]);
        expected.insert(index->samples[i].absolutePath());
        expectedBytes += index->samples[i].sizeBytes;
    }
    QCOMPARE(expected.size(), 3); // g3, g4, g5: 30, 40 and 50 days old

    const QList<CleanupJobRequest> requests = sampleCleanupRequests(chosen, kNow);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().rule.root, dir + QStringLiteral("/ply_files"));
    // Through the job's parameters and back, as the queue stores it.
    const std::optional<CleanupJobRequest> stored =
        cleanupRequestFrom(cleanupJobSpec(requests.first()).parameters, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->rule.onlyFiles, requests.first().rule.onlyFiles);
    QCOMPARE(stored->rule.onlyFiles.size(), 3);
    // g5 changes after the person reviewed the choice: the job leaves it alone.
    const QString changed = rejected + QStringLiteral("g5_ffff.ply");
    QVERIFY(writeFile(changed, QByteArray(99, 'y'), kNow - 50 * kDayMs));
    expected.remove(changed);
    expectedBytes -= 15;
    const std::optional<CleanupJobPlan> plan =
        planCleanupJob(*stored, FleetAccess{}, nullptr, &error);
    QVERIFY2(plan, qPrintable(error));
    QSet<QString> planned;
    for (const CleanupItem &item : plan->plan().items)
        planned.insert(dir + QStringLiteral("/ply_files/") + item.relativePath);
    QCOMPARE(planned, expected);
    QCOMPARE(plan->plan().totalBytes, expectedBytes);
    QCOMPARE(plan->plan().skippedOther, 1);
    // The saved plan keeps the choice.
    const std::optional<CleanupJobPlan> reread = CleanupJobPlan::fromJson(plan->toJson(), &error);
    QVERIFY2(reread, qPrintable(error));
    QCOMPARE(reread->plan().rule.onlyFiles, stored->rule.onlyFiles);
    // A saved choice that climbs out of the root is a damaged plan, refused whole.
    QJsonObject damaged = plan->toJson();
    damaged.insert(QStringLiteral("onlyFiles"),
                   QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("../x.ply")},
                                          {QStringLiteral("sizeBytes"), 1},
                                          {QStringLiteral("modifiedAt"), iso(kNow)}}});
    QVERIFY(!CleanupJobPlan::fromJson(damaged, &error));
    QVERIFY2(error.contains(QStringLiteral("onlyFiles")), qPrintable(error));

    QSet<QString> removedPaths;
    CleanupCallbacks callbacks;
    callbacks.removed = [&](const QString &relativePath, qint64, const QString &) {
        removedPaths.insert(dir + QStringLiteral("/ply_files/") + relativePath);
    };
    const CleanupResult result = executeCleanup(*reread->local, {}, callbacks);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(removedPaths, expected);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(QFile::exists(rejected + QStringLiteral("g%1_ffff.ply").arg(i)), i < 3 || i == 5);
    QVERIFY(QFile::exists(dir + QStringLiteral("/ply_files/g9_ffff.ply")));
}

QTEST_GUILESS_MAIN(TestSampleIndex)
#include "tst_sampleindex.moc"
