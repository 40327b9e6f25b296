// The history of a config: Quartermaster's backups, the updater's .config_backups,
// git commits and the current file, each with what it changed in words, the problems
// it added and fixed, and its diff; the states of a missing or empty source; restoring
// chosen lines; a miner's miner_config_history.jsonl.

#include "core/config/configsave.h"
#include "core/confighistory/confighistory.h"
#include "core/confighistory/minersettingstimeline.h"
#include "core/samples/generationlog.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using qm::test::readAll;
using qm::test::writeAll;

namespace {

QByteArray version(int number)
{
    return readAll(QStringLiteral(QM_SOURCE_DIR "/tests/data/history/v%1.yaml").arg(number));
}

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2025, 11, day), QTime(hour, 0, 0));
}

/// Runs git in `directory` with a fixed identity and commit time; fails the test when
/// it does not succeed.
bool git(const QString &directory, const QStringList &arguments, const QString &date = {})
{
    QProcess process;
    process.setWorkingDirectory(directory);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!date.isEmpty()) {
        environment.insert(QStringLiteral("GIT_AUTHOR_DATE"), date);
        environment.insert(QStringLiteral("GIT_COMMITTER_DATE"), date);
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("git"),
                  QStringList{QStringLiteral("-c"), QStringLiteral("user.name=Ada Admin"),
                              QStringLiteral("-c"),
                              QStringLiteral("user.email=ada@example.invalid")} +
                      arguments);
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

QStringList sources(const qm::ConfigHistory &history)
{
    QStringList result;
    for (const qm::ConfigHistoryEntry &entry : history.entries)
        result << qm::versionSourceKey(entry.version.source);
    return result;
}

} // namespace

class TestConfigHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backupsSequence();
    void updaterBackups();
    void unparsableVersion();
    void emptyAndMissingSources();
    void gitHistory();
    void fileOutsideRepository();
    void restoreChosenLines();
    void minerHistory();
};

void TestConfigHistory::backupsSequence()
{
    // Four versions saved one after another: the first three become Quartermaster's
    // backups, the fourth is the file.
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("distributed_hosts.yaml"));
    writeAll(path, version(1));
    for (int i = 2; i <= 4; ++i)
        QVERIFY(qm::saveConfigFile(path, version(i), at(10 + i, 9)).ok());

    qm::VersionSearch search;
    search.git = false;
    const qm::ConfigHistory history = qm::loadConfigHistory(path, search);
    QCOMPARE(sources(history), (QStringList{QStringLiteral("backup"), QStringLiteral("backup"),
                                            QStringLiteral("backup"), QStringLiteral("current")}));
    const auto &e = history.entries;
    QCOMPARE(e[0].version.id, QStringLiteral("distributed_hosts_20251112_090000.yaml"));
    QCOMPARE(e[0].version.at, at(12, 9));
    QCOMPARE(e[0].version.bytes, version(1));
    QCOMPARE(e[3].version.id, QStringLiteral("current"));
    QCOMPARE(e[3].version.bytes, version(4));

    QCOMPARE(e[0].summary, QStringLiteral("Oldest version: 2 host(s)"));
    QCOMPARE(e[0].problemsAdded.size(), 0);
    QCOMPARE(e[0].errorCount, 0);
    QVERIFY(e[0].diff.isEmpty());

    QCOMPARE(e[1].changes, (QStringList{QStringLiteral("Host gpu-2 added"),
                                        QStringLiteral("max_disk_usage_percent 70 → 80")}));
    QCOMPARE(e[1].rulesAdded(), QStringList());
    QVERIFY(e[1].diff.contains("-  max_disk_usage_percent: 70   # no sync above this\n"
                               "+  max_disk_usage_percent: 80   # no sync above this\n"));

    // Version 3 names gpu-2 both excluded and allowed to receive games: QM001.
    QCOMPARE(e[2].changes,
             (QStringList{QStringLiteral("gpu-2 added to sync_routing.excluded_hosts"),
                          QStringLiteral("gpu-2 added to auto_sync.exclude_hosts"),
                          QStringLiteral("gpu-2 added to allowed_external_storage")}));
    QCOMPARE(e[2].rulesAdded(), QStringList{QStringLiteral("QM001")});
    QCOMPARE(e[2].rulesFixed(), QStringList());
    QVERIFY(e[2].addedErrors());
    QCOMPARE(e[2].errorCount, 1);

    // The current file lifts the exclusion (fixing QM001) and puts gpu-1 in maintenance.
    QCOMPARE(e[3].changes,
             (QStringList{QStringLiteral("gpu-1: status ready → maintenance"),
                          QStringLiteral("gpu-2 removed from sync_routing.excluded_hosts"),
                          QStringLiteral("gpu-2 removed from auto_sync.exclude_hosts")}));
    QCOMPARE(e[3].rulesFixed(), QStringList{QStringLiteral("QM001")});
    QCOMPARE(e[3].rulesAdded(), QStringList());
    QVERIFY(!e[3].addedErrors());
    QCOMPARE(e[3].errorCount, 0);
    QCOMPARE(e[3].summary, e[3].changes.join(QStringLiteral("; ")));

    // The JSON of qmctl config history.
    const QJsonObject json = qm::configHistoryToJson(history);
    QCOMPARE(json.value(QStringLiteral("schemaVersion")).toInt(), 1);
    const QJsonArray versions = json.value(QStringLiteral("versions")).toArray();
    QCOMPARE(versions.size(), 4);
    const QJsonObject third = versions.at(2).toObject();
    QCOMPARE(third.value(QStringLiteral("source")).toString(), QStringLiteral("backup"));
    QCOMPARE(third.value(QStringLiteral("at")).toString(), at(14, 9).toUTC().toString(Qt::ISODate));
    QCOMPARE(third.value(QStringLiteral("problemsAdded")).toArray(),
             QJsonArray{QStringLiteral("QM001")});
    QCOMPARE(third.value(QStringLiteral("errorCount")).toInt(), 1);
    QVERIFY(third.value(QStringLiteral("author")).isNull());
}

void TestConfigHistory::updaterBackups()
{
    // The fleet's updater: comment-stripped copies, its own mode, and files that are not
    // backups of this config beside them.
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("distributed_hosts.yaml"));
    writeAll(path, version(2));
    const QDir backups(directory.filePath(QStringLiteral(".config_backups")));
    QVERIFY(QDir().mkpath(backups.path()));
    QByteArray stripped = version(1);
    stripped.replace("# Fleet config, kept by hand.\n", "");
    stripped.replace("   # no sync above this", "");
    const QString first =
        backups.filePath(QStringLiteral("distributed_hosts_20251101_080000.yaml"));
    writeAll(first, stripped);
    QVERIFY(QFile::setPermissions(first, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                             QFile::ReadOther));
    writeAll(backups.filePath(QStringLiteral("other_20251101_080000.yaml")), "x: [");
    writeAll(backups.filePath(QStringLiteral("distributed_hosts_notadate.yaml")), "x: [");

    qm::VersionSearch search;
    search.git = false;
    const qm::ConfigHistory history = qm::loadConfigHistory(path, search);
    QCOMPARE(sources(history),
             (QStringList{QStringLiteral("config_backups"), QStringLiteral("current")}));
    QCOMPARE(history.entries[0].version.at, QDateTime(QDate(2025, 11, 1), QTime(8, 0)));
    QCOMPARE(history.entries[1].changes,
             (QStringList{QStringLiteral("Host gpu-2 added"),
                          QStringLiteral("max_disk_usage_percent 70 → 80")}));
    // Comments came back too: they show in the diff, not in the words.
    QVERIFY(history.entries[1].diff.contains("+# Fleet config, kept by hand.\n"));
}

void TestConfigHistory::unparsableVersion()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("distributed_hosts.yaml"));
    writeAll(path, version(2));
    const QDir backups(directory.filePath(QStringLiteral(".config_backups")));
    QVERIFY(QDir().mkpath(backups.path()));
    writeAll(backups.filePath(QStringLiteral("distributed_hosts_20251101_080000.yaml")),
             version(1));
    writeAll(backups.filePath(QStringLiteral("distributed_hosts_20251102_080000.yaml")),
             "hosts:\n  gpu-1: {ssh_host: 'unterminated\n");

    qm::VersionSearch search;
    search.git = false;
    const qm::ConfigHistory history = qm::loadConfigHistory(path, search);
    QCOMPARE(history.entries.size(), 3);
    const qm::ConfigHistoryEntry &broken = history.entries[1];
    QVERIFY(!broken.parseError.isEmpty());
    QVERIFY(broken.summary.startsWith(QStringLiteral("Does not parse: ")));
    QCOMPARE(broken.rulesAdded(), QStringList{QStringLiteral("QM000")});
    QCOMPARE(broken.errorCount, 1);
    QVERIFY(broken.addedErrors());
    // The next version parses again, and its changes are told against the last one that
    // parsed.
    const qm::ConfigHistoryEntry &current = history.entries[2];
    QCOMPARE(current.rulesFixed(), QStringList{QStringLiteral("QM000")});
    QCOMPARE(current.changes, (QStringList{QStringLiteral("Host gpu-2 added"),
                                           QStringLiteral("max_disk_usage_percent 70 → 80")}));
    QCOMPARE(current.errorCount, 0);
}

void TestConfigHistory::emptyAndMissingSources()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("distributed_hosts.yaml"));
    writeAll(path, version(1));

    // No .config_backups at all; git that cannot be started.
    qm::VersionSearch search;
    search.gitProgram = directory.filePath(QStringLiteral("no-such-git"));
    qm::ConfigHistory history = qm::loadConfigHistory(path, search);
    QCOMPARE(sources(history), QStringList{QStringLiteral("current")});
    QCOMPARE(history.notes.size(), 2);
    QVERIFY2(history.notes[0].contains(QStringLiteral("does not exist")),
             qPrintable(history.notes[0]));
    QVERIFY2(history.notes[1].contains(QStringLiteral("could not be started")),
             qPrintable(history.notes[1]));
    QCOMPARE(history.entries[0].summary, QStringLiteral("Oldest version: 2 host(s)"));

    // An empty .config_backups.
    QVERIFY(QDir().mkpath(directory.filePath(QStringLiteral(".config_backups"))));
    search.git = false;
    history = qm::loadConfigHistory(path, search);
    QCOMPARE(history.notes.size(), 1);
    QVERIFY2(history.notes[0].startsWith(QStringLiteral("No backups of distributed_hosts.yaml")),
             qPrintable(history.notes[0]));

    // The file itself gone: no history, and why.
    QVERIFY(QFile::remove(path));
    history = qm::loadConfigHistory(path, search);
    QVERIFY(history.entries.isEmpty());
    QVERIFY(!history.currentError.isEmpty());
}

void TestConfigHistory::gitHistory()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString repo = directory.filePath(QStringLiteral("fleet"));
    QVERIFY(QDir().mkpath(repo + QStringLiteral("/configs")));
    QVERIFY(git(repo, {QStringLiteral("init"), QStringLiteral("-q")}));
    const QString path = repo + QStringLiteral("/configs/distributed_hosts.yaml");
    writeAll(path, version(1));
    QVERIFY(git(repo, {QStringLiteral("add"), QStringLiteral("configs/distributed_hosts.yaml")}));
    QVERIFY(git(repo,
                {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                 QStringLiteral("First fleet")},
                QStringLiteral("2025-11-01T10:00:00Z")));
    writeAll(path, version(2));
    writeAll(repo + QStringLiteral("/unrelated.txt"), "x\n");
    QVERIFY(git(repo, {QStringLiteral("add"), QStringLiteral(".")}));
    QVERIFY(git(repo,
                {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                 QStringLiteral("Add gpu-2")},
                QStringLiteral("2025-11-02T10:00:00Z")));
    writeAll(repo + QStringLiteral("/unrelated.txt"), "y\n");
    QVERIFY(git(repo,
                {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"),
                 QStringLiteral("Not the config")},
                QStringLiteral("2025-11-03T10:00:00Z")));
    writeAll(path, version(3)); // not committed

    qm::VersionSearch search;
    search.backups = false;
    const qm::ConfigHistory history = qm::loadConfigHistory(path, search);
    QVERIFY2(history.notes.isEmpty(), qPrintable(history.notes.join(QLatin1Char('\n'))));
    QCOMPARE(sources(history), (QStringList{QStringLiteral("git"), QStringLiteral("git"),
                                            QStringLiteral("current")}));
    const auto &e = history.entries;
    QCOMPARE(e[0].version.author, QStringLiteral("Ada Admin"));
    QCOMPARE(e[0].version.subject, QStringLiteral("First fleet"));
    QCOMPARE(e[0].version.at.toUTC(), QDateTime(QDate(2025, 11, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(e[0].version.id.size(), 40);
    QVERIFY(e[0].version.path.endsWith(QStringLiteral(":distributed_hosts.yaml")));
    QCOMPARE(e[0].version.bytes, version(1));
    QCOMPARE(e[1].version.bytes, version(2));
    QCOMPARE(e[1].changes, (QStringList{QStringLiteral("Host gpu-2 added"),
                                        QStringLiteral("max_disk_usage_percent 70 → 80")}));
    QCOMPARE(e[2].rulesAdded(), QStringList{QStringLiteral("QM001")});
    // A short hash finds its commit.
    QCOMPARE(history.find(e[1].version.id.left(8)), 1);
    QCOMPARE(history.find(QStringLiteral("current")), 2);
    QCOMPARE(history.find(QStringLiteral("zzzz")), -1);
}

void TestConfigHistory::fileOutsideRepository()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("distributed_hosts.yaml"));
    writeAll(path, version(1));
    qm::VersionSearch search;
    search.backups = false;
    const qm::ConfigHistory history = qm::loadConfigHistory(path, search);
    QCOMPARE(sources(history), QStringList{QStringLiteral("current")});
    QCOMPARE(history.notes.size(), 1);
    QVERIFY2(history.notes[0].contains(QStringLiteral("not in a git repository")),
             qPrintable(history.notes[0]));
}

void TestConfigHistory::restoreChosenLines()
{
    // Two places changed since the old version: restore only the threshold, and the
    // other change stays as it is now.
    const QByteArray old = version(1);
    QByteArray now = old;
    now.replace("max_disk_usage_percent: 70", "max_disk_usage_percent: 85");
    now.replace("role: gpu_selfplay", "role: gpu_training");
    qm::ConfigVersion from;
    from.id = QStringLiteral("old");
    from.bytes = old;
    qm::ConfigVersion to;
    to.id = QStringLiteral("current");
    to.bytes = now;
    const QByteArray diff = qm::versionDiff(from, to);
    const QList<qm::DiffHunkLines> changes = qm::diffChanges(diff);
    QCOMPARE(changes.size(), 2);
    const QList<QByteArray> lines = diff.split('\n');
    QCOMPARE(lines[changes[0].firstDiffLine],
             QByteArray("-  max_disk_usage_percent: 70   # no sync above this"));
    QCOMPARE(lines[changes[0].lastDiffLine],
             QByteArray("+  max_disk_usage_percent: 85   # no sync above this"));
    QString error;
    const QByteArray restored = qm::restoreChanges(old, now, {changes[0]}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QByteArray expected = old;
    expected.replace("role: gpu_selfplay", "role: gpu_training");
    QCOMPARE(restored, expected);
    QCOMPARE(qm::restoreChanges(old, now, changes, &error), old);
    // Lines that do not fit the texts are refused.
    QVERIFY(qm::restoreChanges("a\n", "b\n", changes, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestConfigHistory::minerHistory()
{
    // Written out of order, with garbage between the records.
    const QByteArray text =
        "{\"timestamp\": \"2025-11-13T08:30:00+00:00\", \"event\": \"config_change\", "
        "\"changes\": {\"clip_threshold\": {\"old\": 0.1, \"new\": 0.12}, \"mode\": {\"old\": "
        "\"fast\", \"new\": \"slow\"}}, \"reason\": \"too many low scores\"}\n"
        "\n"
        "garbage {\n"
        "{\"timestamp\": \"2025-11-12T10:00:00+00:00\", \"event\": \"startup\", \"changes\": "
        "{\"clip_threshold\": {\"old\": null, \"new\": 0.1}}, \"reason\": \"miner started\"}\n"
        "[1, 2]\n"
        "{\"event\": \"config_change\", \"changes\": {\"x\": {\"old\": 1, \"new\": 2}}}\n";
    const qm::MinerSettingsTimeline timeline = qm::minerSettingsTimeline(text);
    QCOMPARE(timeline.badLines, 3);
    QCOMPARE(timeline.changes.size(), 3);
    const auto &c = timeline.changes;
    QCOMPARE(c[0].setting, QStringLiteral("clip_threshold"));
    QCOMPARE(c[0].event, QStringLiteral("startup"));
    QCOMPARE(c[0].oldValue, QStringLiteral("null"));
    QCOMPARE(c[0].newValue, QStringLiteral("0.1"));
    QCOMPARE(c[0].at, QDateTime(QDate(2025, 11, 12), QTime(10, 0), Qt::UTC));
    QCOMPARE(c[1].setting, QStringLiteral("clip_threshold"));
    QCOMPARE(c[1].oldValue, QStringLiteral("0.1"));
    QCOMPARE(c[1].newValue, QStringLiteral("0.12"));
    QCOMPARE(c[1].reason, QStringLiteral("too many low scores"));
    QCOMPARE(c[2].setting, QStringLiteral("mode"));
    QCOMPARE(c[2].oldValue, QStringLiteral("\"fast\""));
    QCOMPARE(c[2].newValue, QStringLiteral("\"slow\""));
    // The Samples page's rows come from the history it already parsed: the same rows.
    const qm::MinerSettingsTimeline parsed =
        qm::minerSettingsTimeline(qm::MinerConfigHistory::parse(text));
    QCOMPARE(parsed.badLines, 0);
    QCOMPARE(parsed.changes.size(), c.size());
    for (qsizetype i = 0; i < c.size(); ++i) {
        QCOMPARE(parsed.changes[i].at, c[i].at);
        QCOMPARE(parsed.changes[i].setting, c[i].setting);
        QCOMPARE(parsed.changes[i].oldValue, c[i].oldValue);
        QCOMPARE(parsed.changes[i].newValue, c[i].newValue);
        QCOMPARE(parsed.changes[i].reason, c[i].reason);
        QCOMPARE(parsed.changes[i].event, c[i].event);
    }

    const QJsonObject json = qm::minerSettingsTimelineToJson(timeline);
    const QJsonObject second = json.value(QStringLiteral("changes")).toArray().at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("old")).toDouble(), 0.1);
    QCOMPARE(second.value(QStringLiteral("new")).toDouble(), 0.12);
    QCOMPARE(second.value(QStringLiteral("at")).toString(), QStringLiteral("2025-11-13T08:30:00Z"));
    QCOMPARE(json.value(QStringLiteral("badLines")).toInt(), 3);

    QVERIFY(
        !qm::readMinerSettingsTimeline(QStringLiteral("/nonexistent/miner.jsonl")).error.isEmpty());
}

QTEST_GUILESS_MAIN(TestConfigHistory)
#include "tst_confighistory.moc"
