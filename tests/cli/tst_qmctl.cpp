// Runs the real qmctl binary, as a script or cron job would.

#include "core/jobkinds/jobkinds.h"
#include "core/jobs/jobstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// qmctl with `arguments`; `home`, when given, is its HOME (and XDG_DATA_HOME unset):
/// a new user's machine.
Run qmctl(const QStringList &arguments, const QString &home = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    if (!home.isEmpty()) {
        environment.insert(QStringLiteral("HOME"), home);
        environment.remove(QStringLiteral("XDG_DATA_HOME"));
        environment.remove(QStringLiteral("XDG_CONFIG_HOME"));
    }
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("QMCTL"), arguments);
    Run run;
    if (!process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

struct DfFigures
{
    qint64 size = -1, used = -1, available = -1;
};

/// `df -B1 /` (GNU) or `df -Pk /` (BSD, macOS: kibibytes).
DfFigures dfRoot()
{
    QProcess df;
#if defined(Q_OS_MACOS)
    df.start(QStringLiteral("df"), {QStringLiteral("-Pk"), QStringLiteral("/")});
    const qint64 unit = 1024;
#else
    df.start(QStringLiteral("df"), {QStringLiteral("-B1"), QStringLiteral("/")});
    const qint64 unit = 1;
#endif
    df.waitForFinished(30000);
    const QList<QByteArray> lines = df.readAllStandardOutput().split('\n');
    DfFigures figures;
    if (lines.size() < 2)
        return figures;
    const QList<QByteArray> fields = lines[1].simplified().split(' ');
    if (fields.size() < 6)
        return figures;
    figures.size = fields[1].toLongLong() * unit;
    figures.used = fields[2].toLongLong() * unit;
    figures.available = fields[3].toLongLong() * unit;
    return figures;
}

} // namespace

class TestQmctl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void version();
    void helpDocumentsExitCodes();
    void helpListsEveryAction();
    void volumesJsonMatchesDf();
    void volumesJsonShape();
    void volumesText();
    void usageErrors_data();
    void usageErrors();
    void checkFixture();
    void checkJsonAndSarif();
    void checkExitCodes();
    void checkFix();
    void configDump();
    void historyImportAndForecast();
    void historyExportRoundTrips();
    void jobSchedules();
    void aSyncThatDeletesCannotBeScheduled();
    void plyInfo();
    void samplesListAndClean();
    void actionHelpListsOptions_data();
    void actionHelpListsOptions();
    void samplesTakeTheMinerDir();
    void jobsOnANewHome();
    void jobsOfAKindItDoesNotKnow();
    void finishedJobsAreClearedAfterYes();
    void docsNameTheDataFolder();
    void healthCheckExitCodes();
    void healthChecksImportedListedAndRun();
    void rotateShowsThePlanThenRotates();
    void schedulesOfAFileAndOfThisMachine();
    void jobsServiceUnitWrittenAndRemoved();
    void daemonsStartedAndStopped();
};

void TestQmctl::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("QMCTL")), "QMCTL must name the built qmctl");
}

void TestQmctl::version()
{
    const Run run = qmctl({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY(text.startsWith(QStringLiteral("qmctl " QM_VERSION "\n")));
    QVERIFY(text.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(QStringLiteral("SQLite 3.")));
    QVERIFY(text.contains(QStringLiteral("libarchive 3.")));
}

void TestQmctl::helpDocumentsExitCodes()
{
    const Run run = qmctl({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY(text.contains(QStringLiteral("volumes")));
    for (const char *line :
         {"0  success", "1  problems found", "2  bad input or usage", "3  could not complete"})
        QVERIFY2(text.contains(QString::fromLatin1(line)), line);

    const Run volumesHelp = qmctl({QStringLiteral("volumes"), QStringLiteral("--help")});
    QCOMPARE(volumesHelp.exitCode, 0);
    QVERIFY(volumesHelp.out.contains("--format"));
    QVERIFY(volumesHelp.out.contains("Exit codes"));
}

void TestQmctl::helpListsEveryAction()
{
    const Run run = qmctl({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    for (const char *action : {"check FILE",
                               "config dump",
                               "history import",
                               "history forecast",
                               "history export",
                               "jobs add sync",
                               "jobs add archive",
                               "jobs add cleanup",
                               "jobs add probe",
                               "jobs schedule add",
                               "jobs schedule list",
                               "jobs schedule remove|enable|disable",
                               "jobs list",
                               "jobs show",
                               "jobs cancel",
                               "jobs retry",
                               "jobs run",
                               "jobs clear",
                               "ply info",
                               "ply render",
                               "probe [HOST",
                               "replication --config",
                               "samples list",
                               "samples clean",
                               "volumes",
                               "config set",
                               "config history",
                               "config diff",
                               "config miner-history",
                               "health check"})
        QVERIFY2(text.contains(QLatin1String("\n  ") + QLatin1String(action)), action);
}

void TestQmctl::volumesJsonMatchesDf()
{
    const Run run =
        qmctl({QStringLiteral("volumes"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const DfFigures df = dfRoot();
    QVERIFY(df.size > 0);

    const QJsonArray volumes =
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("volumes")).toArray();
    QJsonObject root;
    for (const QJsonValue &value : volumes) {
        if (value.toObject().value(QStringLiteral("mountPoint")).toString() == QLatin1String("/"))
            root = value.toObject();
    }
    QVERIFY2(!root.isEmpty(), "/ must always be listed");
    QCOMPARE(root.value(QStringLiteral("totalBytes")).toInteger(), df.size);
    // Used and available move while other tests write: 64 MiB of slack.
    const qint64 slack = 64LL * 1024 * 1024;
    QVERIFY(std::abs(root.value(QStringLiteral("usedBytes")).toInteger() - df.used) <= slack);
    QVERIFY(std::abs(root.value(QStringLiteral("availableBytes")).toInteger() - df.available) <=
            slack);
    // df rounds the percentage up to an integer.
    const double percent = root.value(QStringLiteral("usedPercent")).toDouble();
    const double dfPercent = double(df.used) * 100.0 / double(df.used + df.available);
    QVERIFY(std::abs(percent - dfPercent) < 0.5);
}

void TestQmctl::volumesJsonShape()
{
    const Run run = qmctl(
        {QStringLiteral("volumes"), QStringLiteral("--format=json"), QStringLiteral("--all")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject top = document.object();
    QCOMPARE(top.value(QStringLiteral("schemaVersion")).toInt(), 1);
    const QJsonArray volumes = top.value(QStringLiteral("volumes")).toArray();
    QVERIFY(!volumes.isEmpty());
    bool sawSystem = false;
    for (const QJsonValue &value : volumes) {
        const QJsonObject volume = value.toObject();
        for (const char *key :
             {"mountPoint", "device", "fsType", "totalBytes", "usedBytes", "availableBytes",
              "usedPercent", "readOnly", "system", "state", "error"})
            QVERIFY2(volume.contains(QLatin1String(key)), key); // null, never omitted
        QVERIFY(volume.value(QStringLiteral("readOnly")).isBool());
        if (volume.value(QStringLiteral("state")).toString() == QLatin1String("ok")) {
            QVERIFY(volume.value(QStringLiteral("totalBytes")).isDouble());
            QVERIFY(volume.value(QStringLiteral("error")).isNull());
        }
        sawSystem = sawSystem || volume.value(QStringLiteral("system")).toBool();
    }
    QVERIFY2(sawSystem, "--all includes /proc and friends");

    const Run plain = qmctl({QStringLiteral("volumes"), QStringLiteral("--format=json")});
    const QJsonArray shown =
        QJsonDocument::fromJson(plain.out).object().value(QStringLiteral("volumes")).toArray();
    QVERIFY(shown.size() < volumes.size());
    for (const QJsonValue &value : shown)
        QVERIFY(!value.toObject().value(QStringLiteral("system")).toBool());
}

void TestQmctl::volumesText()
{
    const Run run = qmctl({QStringLiteral("volumes")});
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QVERIFY(lines.size() >= 2);
    QVERIFY(lines[0].startsWith("Mount point"));
    QVERIFY(lines[1].startsWith("/ "));

    const Run bytes = qmctl({QStringLiteral("volumes"), QStringLiteral("--bytes")});
    const QList<QByteArray> fields = bytes.out.split('\n').value(1).simplified().split(' ');
    QCOMPARE(fields.value(3).toLongLong(), dfRoot().size);
}

void TestQmctl::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("json");

    QTest::newRow("no command") << QStringList{} << false;
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << false;
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("volumes"), QStringLiteral("--frob")} << false;
    QTest::newRow("unknown option, JSON error")
        << QStringList{QStringLiteral("volumes"), QStringLiteral("--frob"),
                       QStringLiteral("--format"), QStringLiteral("json")}
        << true;
    QTest::newRow("bad format") << QStringList{QStringLiteral("volumes"),
                                               QStringLiteral("--format=xml")}
                                << false;
    QTest::newRow("bad timeout") << QStringList{QStringLiteral("volumes"),
                                                QStringLiteral("--timeout=-1")}
                                 << false;
    QTest::newRow("stray argument")
        << QStringList{QStringLiteral("volumes"), QStringLiteral("/home")} << false;
    for (const char *minutes : {"-1", "inf", "nan", "ten"})
        QTest::newRow(
            qPrintable(QStringLiteral("--unreachable-after %1").arg(QLatin1String(minutes))))
            << QStringList{QStringLiteral("check"), QStringLiteral("--live"),
                           QStringLiteral("--unreachable-after"), QString::fromLatin1(minutes),
                           QStringLiteral(QM_SOURCE_DIR
                                          "/tests/data/distributed_hosts.template.yaml")}
            << false;
}

void TestQmctl::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, json);
    const Run run = qmctl(arguments);
    QCOMPARE(run.exitCode, 2);
    if (json) {
        const QJsonObject top = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(top.value(QStringLiteral("schemaVersion")).toInt(), 1);
        QVERIFY(!top.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .isEmpty());
    } else {
        QVERIFY(run.err.startsWith("qmctl: "));
        QVERIFY(run.out.isEmpty());
    }
}

namespace {
const QString kFixture =
    QStringLiteral(QM_SOURCE_DIR "/tests/data/distributed_hosts.template.yaml");

QString scratchFile(QTemporaryDir &dir, const char *name, const QByteArray &text)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text);
    return path;
}
} // namespace

void TestQmctl::checkFixture()
{
    const Run run = qmctl({QStringLiteral("check"), kFixture});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines =
        QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList located;
    for (const QString &line : lines) {
        if (!line.startsWith(QLatin1Char(' ')) && line.contains(QStringLiteral(": error[")))
            located << line.section(QLatin1Char(':'), 1, 2) + QStringLiteral(": error");
        if (line.contains(QStringLiteral(": warning[")))
            located << line.section(QLatin1Char(':'), 1, 2) + QStringLiteral(": warning");
    }
    QCOMPARE(located, (QStringList{QStringLiteral("31:7: error"), QStringLiteral("32:7: error"),
                                   QStringLiteral("53:5: warning"), QStringLiteral("71:5: error"),
                                   QStringLiteral("72:5: error"), QStringLiteral("73:5: error"),
                                   QStringLiteral("74:5: error"), QStringLiteral("75:5: error")}));
    QVERIFY(run.out.contains("error[QM005]: priority host 'your-training-node-1' is not defined"));
    QVERIFY(run.out.contains("warning[QM011]: bandwidth override 'vultr-*' matches no host"));

    const Run errorsOnly =
        qmctl({QStringLiteral("check"), QStringLiteral("--min-severity=error"), kFixture});
    QCOMPARE(errorsOnly.exitCode, 1);
    QVERIFY(!errorsOnly.out.contains("QM011"));
}

void TestQmctl::checkJsonAndSarif()
{
    const Run json = qmctl({QStringLiteral("check"), QStringLiteral("--format=json"), kFixture});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject top = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(top.value(QStringLiteral("schemaVersion")).toInt(), 1);
    const QJsonArray diagnostics = top.value(QStringLiteral("diagnostics")).toArray();
    QCOMPARE(diagnostics.size(), 8);
    const QJsonObject first = diagnostics[0].toObject();
    for (const char *key : {"rule", "severity", "message", "file", "line", "column", "endLine",
                            "endColumn", "related", "fix"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    QCOMPARE(first.value(QStringLiteral("line")).toInt(), 31);
    QCOMPARE(first.value(QStringLiteral("column")).toInt(), 7);
    QCOMPARE(first.value(QStringLiteral("endColumn")).toInt(), 27);

    const Run sarif = qmctl(
        {QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("sarif"), kFixture});
    QCOMPARE(sarif.exitCode, 1);
    const QJsonObject log = QJsonDocument::fromJson(sarif.out).object();
    QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
    const QJsonObject runObject = log.value(QStringLiteral("runs")).toArray().at(0).toObject();
    QCOMPARE(runObject.value(QStringLiteral("results")).toArray().size(), 8);
    const QJsonObject result =
        runObject.value(QStringLiteral("results")).toArray().at(0).toObject();
    QCOMPARE(result.value(QStringLiteral("ruleId")).toString(), QStringLiteral("QM005"));
    QCOMPARE(result.value(QStringLiteral("level")).toString(), QStringLiteral("error"));
    const QJsonObject region = result.value(QStringLiteral("locations"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("physicalLocation"))
                                   .toObject()
                                   .value(QStringLiteral("region"))
                                   .toObject();
    QCOMPARE(region.value(QStringLiteral("startLine")).toInt(), 31);
}

void TestQmctl::checkExitCodes()
{
    QTemporaryDir dir;
    const QString clean = scratchFile(dir, "clean.yaml", "hosts:\n  a: {status: ready}\n");
    const QString warning = scratchFile(
        dir, "warning.yaml", "p2p_voters: [a]\nhosts:\n  a: {status: ready, p2p_enabled: true}\n");
    const QString broken = scratchFile(dir, "broken.yaml", "a: 1\nname: \"open\n");
    QCOMPARE(qmctl({QStringLiteral("check"), clean}).exitCode, 0);
    QCOMPARE(qmctl({QStringLiteral("check"), warning}).exitCode, 0);
    QCOMPARE(qmctl({QStringLiteral("check"), clean, kFixture}).exitCode, 1);
    const Run bad = qmctl({QStringLiteral("check"), kFixture, broken});
    QCOMPARE(bad.exitCode, 2); // the highest applies across files
    QVERIFY2(bad.out.contains("broken.yaml:2:7: error[QM000]: line 2, column 7: while scanning a "
                              "quoted scalar (begun at line 2, column 7): found unexpected end"),
             bad.out.constData());

    const Run badJson = qmctl({QStringLiteral("check"), QStringLiteral("--format=json"), broken});
    QCOMPARE(badJson.exitCode, 2);
    const QJsonArray diagnostics = QJsonDocument::fromJson(badJson.out)
                                       .object()
                                       .value(QStringLiteral("diagnostics"))
                                       .toArray();
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics[0].toObject().value(QStringLiteral("rule")).toString(),
             QStringLiteral("QM000"));

    const Run missing = qmctl({QStringLiteral("check"), dir.filePath(QStringLiteral("none.yaml"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.out.contains("does not exist"));
    QCOMPARE(qmctl({QStringLiteral("check"), QStringLiteral("--format=xml"), clean}).exitCode, 2);
    QCOMPARE(qmctl({QStringLiteral("check")}).exitCode, 2);
}

void TestQmctl::checkFix()
{
    QTemporaryDir dir;
    const QByteArray text = "# hand-written, keep this comment\r\n"
                            "hosts:\r\n  alpha: {status: ready}\r\n  beta: {status: ready}\r\n"
                            "sync_routing:\r\n  max_disk_usage_percent: 60   \r\n"
                            "  target_disk_usage_percent: 70\r\n"
                            "  priority_hosts:\r\n    - alpha\r\n    - ghostly-host-x\r\n";
    const QString path = scratchFile(dir, "distributed_hosts.yaml", text);

    // Without --yes: the diff, exit 1, and the file untouched.
    const Run dry = qmctl({QStringLiteral("check"), QStringLiteral("--fix"), path});
    QCOMPARE(dry.exitCode, 1);
    QVERIFY2(dry.out.contains("-  max_disk_usage_percent: 60   \r\n"
                              "-  target_disk_usage_percent: 70\r\n"
                              "+  max_disk_usage_percent: 70   \r\n"
                              "+  target_disk_usage_percent: 60\r\n"),
             dry.out.constData());
    QVERIFY2(dry.out.contains("-    - ghostly-host-x\r\n"), dry.out.constData());
    QVERIFY(dry.out.startsWith(QByteArray("--- " + QFile::encodeName(path))));
    QVERIFY(dry.err.contains("--yes"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), text);
    file.close();
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral(".config_backups"))));

    // With --yes: applied in place, a backup of the original, a clean check after.
    const Run applied =
        qmctl({QStringLiteral("check"), QStringLiteral("--fix"), QStringLiteral("--yes"), path});
    QCOMPARE(applied.exitCode, 0);
    QVERIFY2(applied.out.contains("applied 2 fixes"), applied.out.constData());
    QVERIFY(applied.out.contains("QM002: Swap the target and maximum disk usage"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray fixed = file.readAll();
    file.close();
    QCOMPARE(fixed, QByteArray(text)
                        .replace("percent: 60   ", "percent: 70   ")
                        .replace("target_disk_usage_percent: 70", "target_disk_usage_percent: 60")
                        .replace("    - ghostly-host-x\r\n", ""));
    const QStringList backups =
        QDir(dir.filePath(QStringLiteral(".config_backups"))).entryList(QDir::Files);
    QCOMPARE(backups.size(), 1);
    QVERIFY(backups[0].startsWith(QLatin1String("distributed_hosts_")));
    QFile backup(dir.filePath(QStringLiteral(".config_backups/")) + backups[0]);
    QVERIFY(backup.open(QIODevice::ReadOnly));
    QCOMPARE(backup.readAll(), text);
    QCOMPARE(qmctl({QStringLiteral("check"), path}).exitCode, 0);

    // Nothing left to fix: byte-identical, no new backup.
    const Run again =
        qmctl({QStringLiteral("check"), QStringLiteral("--fix"), QStringLiteral("--yes"), path});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains("nothing to fix"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), fixed);
    QCOMPARE(QDir(dir.filePath(QStringLiteral(".config_backups"))).entryList(QDir::Files).size(),
             1);

    // JSON, and usage errors.
    const Run json = qmctl({QStringLiteral("check"), QStringLiteral("--fix"),
                            QStringLiteral("--format=json"), kFixture});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject result = QJsonDocument::fromJson(json.out)
                                   .object()
                                   .value(QStringLiteral("files"))
                                   .toArray()[0]
                                   .toObject();
    // The template's dangling voters and priority hosts stay: removing them would empty
    // lists the fleet relies on (tst_qmctl_config covers it).
    QCOMPARE(result.value(QStringLiteral("fixes")).toArray().size(), 0);
    QCOMPARE(result.value(QStringLiteral("refused")).toArray().size(), 7);
    QCOMPARE(result.value(QStringLiteral("written")).toBool(), false);
    QVERIFY(result.value(QStringLiteral("backupPath")).isNull());
    QVERIFY(result.value(QStringLiteral("diff")).toString().isEmpty());
    QCOMPARE(qmctl({QStringLiteral("check"), QStringLiteral("--yes"), path}).exitCode, 2);
    const QString broken = scratchFile(dir, "broken.yaml", "a: [\n");
    const Run unparseable = qmctl({QStringLiteral("check"), QStringLiteral("--fix"), broken});
    QCOMPARE(unparseable.exitCode, 2);
    QVERIFY2(unparseable.err.contains("does not parse"), unparseable.err.constData());
}

void TestQmctl::configDump()
{
    const Run run = qmctl({QStringLiteral("config"), QStringLiteral("dump"), kFixture});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject top = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(top.value(QStringLiteral("schemaVersion")).toInt(), 1);
    const QJsonObject document = top.value(QStringLiteral("document")).toObject();
    QCOMPARE(document.value(QStringLiteral("hosts")).toObject().size(), 7);
    QCOMPARE(document.value(QStringLiteral("hosts"))
                 .toObject()
                 .value(QStringLiteral("vast-example"))
                 .toObject()
                 .value(QStringLiteral("vast_instance_id"))
                 .toString(),
             QStringLiteral("12345678"));
    QCOMPARE(qmctl({QStringLiteral("config"), QStringLiteral("dump")}).exitCode, 2);
    QCOMPARE(qmctl({QStringLiteral("config"), QStringLiteral("frob"), kFixture}).exitCode, 2);
}

void TestQmctl::historyImportAndForecast()
{
    QTemporaryDir dir;
    // The last 6 hours, a sample every 5 minutes: 500 GB of 1 TB growing 1 GB an hour.
    constexpr qint64 kGB = 1000LL * 1000 * 1000;
    const qint64 end = QDateTime::currentSecsSinceEpoch() / 60 * 60;
    QByteArray csv = "host,mount,time,total_bytes,used_bytes,category,bytes\n";
    for (int i = 0; i <= 72; ++i) {
        const qint64 t = end - (72 - i) * 300;
        // ISO times for half the rows, epoch seconds for the others.
        const QByteArray time =
            i % 2 ? QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate).toUtf8()
                  : QByteArray::number(t);
        csv += "mac-studio,/Volumes/Data," + time + ',' + QByteArray::number(1000 * kGB) + ',' +
               QByteArray::number(500 * kGB + i * 300 * kGB / 3600) + ",ply_rejected," +
               QByteArray::number(i) + '\n';
    }
    const QString file = dir.filePath(QStringLiteral("samples.csv"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(csv);
    out.close();
    const QString config = dir.filePath(QStringLiteral("fleet.yaml"));
    QFile yaml(config);
    QVERIFY(yaml.open(QIODevice::WriteOnly));
    yaml.write("sync_routing:\n  max_disk_usage_percent: 70\n");
    yaml.close();
    const QStringList data = {QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("db"))};

    // Nothing to forecast from yet: an error, and no database is created.
    Run run = qmctl(QStringList{QStringLiteral("history"), QStringLiteral("forecast"),
                                QStringLiteral("mac-studio")} +
                    data);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("db/history.sqlite"))));

    run = qmctl(QStringList{QStringLiteral("history"), QStringLiteral("import"), file} + data);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("imported 73 samples"), run.out.constData());

    run = qmctl(QStringList{QStringLiteral("history"), QStringLiteral("forecast"),
                            QStringLiteral("mac-studio"), QStringLiteral("--config"), config,
                            QStringLiteral("--format"), QStringLiteral("json")} +
                data);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject forecast = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(forecast.value(QStringLiteral("schemaVersion")).toInt(), 1);
    QCOMPARE(forecast.value(QStringLiteral("mount")).toString(), QStringLiteral("/Volumes/Data"));
    QCOMPARE(forecast.value(QStringLiteral("window")).toString(), QStringLiteral("6h"));
    QCOMPARE(QDateTime::fromString(forecast.value(QStringLiteral("asOf")).toString(), Qt::ISODate)
                 .toSecsSinceEpoch(),
             end);
    QVERIFY(forecast.value(QStringLiteral("reason")).isNull());
    // Now at 506 GB: full in 494 h, at 70 % in 194 h, 24 GB a day.
    QVERIFY(qAbs(forecast.value(QStringLiteral("secondsToFull")).toDouble() - 494.0 * 3600) <
            0.01 * 494 * 3600);
    QVERIFY(qAbs(forecast.value(QStringLiteral("secondsToMax")).toDouble() - 194.0 * 3600) <
            0.01 * 194 * 3600);
    QVERIFY(qAbs(forecast.value(QStringLiteral("rateBytesPerDay")).toDouble() - 24.0 * kGB) <
            0.01 * 24 * kGB);
    // Without a config there is no threshold to reach.
    run = qmctl(QStringList{QStringLiteral("history"), QStringLiteral("forecast"),
                            QStringLiteral("mac-studio"), QStringLiteral("--format"),
                            QStringLiteral("json")} +
                data);
    const QJsonObject noMax = QJsonDocument::fromJson(run.out).object();
    QVERIFY(noMax.value(QStringLiteral("secondsToMax")).isNull());
    QCOMPARE(noMax.value(QStringLiteral("reason")).toString(), QStringLiteral("no-threshold"));

    // A file with one bad row imports nothing and says which line.
    QFile bad(dir.filePath(QStringLiteral("bad.csv")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("host,mount,time,total_bytes,used_bytes\nother,/,1700000000,10,5\n"
              "other,/,yesterday,10,5\n");
    bad.close();
    run = qmctl(QStringList{QStringLiteral("history"), QStringLiteral("import"), bad.fileName()} +
                data);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("line 3"), run.err.constData());
    run = qmctl(QStringList{QStringLiteral("history"), QStringLiteral("forecast"),
                            QStringLiteral("other")} +
                data);
    QCOMPARE(run.exitCode, 2); // no history of "other"
    QCOMPARE(qmctl(QStringList{QStringLiteral("history"), QStringLiteral("forecast"),
                               QStringLiteral("mac-studio"), QStringLiteral("--window"),
                               QStringLiteral("3h")} +
                   data)
                 .exitCode,
             2);
}

void TestQmctl::historyExportRoundTrips()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("in.csv"));
    QFile in(file);
    QVERIFY(in.open(QIODevice::WriteOnly));
    const qint64 now = QDateTime::currentSecsSinceEpoch() / 60 * 60;
    // gpu's available bytes are known (50 reserved for root), other's are not.
    QByteArray csv = "host,mount,time,total_bytes,used_bytes,available_bytes,category,bytes\n";
    for (int i = 0; i < 10; ++i) {
        const QByteArray t = QByteArray::number(now - (9 - i) * 3600);
        csv += "\"gpu, 1\",/data," + t + ",1000," + QByteArray::number(100 + i) + ',' +
               QByteArray::number(850 - i) + ",games," + QByteArray::number(10 * i) + '\n';
        csv += "other,/," + t + ",50,5,,,\n";
    }
    in.write(csv);
    in.close();
    const QStringList first = {QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("a"))};
    const QStringList second = {QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("b"))};
    const QStringList exportCsv = {QStringLiteral("history"), QStringLiteral("export"),
                                   QStringLiteral("--format"), QStringLiteral("csv")};

    // Nothing to export yet: an error, and no database is created.
    Run run = qmctl(exportCsv + first);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("a/history.sqlite"))));

    QCOMPARE(qmctl(QStringList{QStringLiteral("history"), QStringLiteral("import"), file} + first)
                 .exitCode,
             0);
    const Run exported = qmctl(exportCsv + first);
    QCOMPARE(exported.exitCode, 0);
    const QList<QByteArray> lines = exported.out.trimmed().split('\n');
    QCOMPARE(lines.first(),
             QByteArray("host,mount,time,total_bytes,used_bytes,available_bytes,category,bytes"));
    QCOMPARE(lines.size(), 1 + 10 + 10 + 10); // two volumes and one category, 10 times each
    QVERIFY(exported.out.contains("\"gpu, 1\",/data,"));
    QVERIFY(exported.out.contains(",1000,109,841,,\n")); // available bytes kept
    QVERIFY(exported.out.contains(",50,5,,,\n"));        // and unknown ones left empty

    // What export writes, import reads back to the same history.
    const QString again = dir.filePath(QStringLiteral("again.csv"));
    QFile out(again);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(exported.out);
    out.close();
    QCOMPARE(qmctl(QStringList{QStringLiteral("history"), QStringLiteral("import"), again} + second)
                 .exitCode,
             0);
    QCOMPARE(qmctl(exportCsv + second).out, exported.out);

    // --host and --since narrow it; JSON has the same figures.
    run = qmctl(QStringList{QStringLiteral("history"), QStringLiteral("export"),
                            QStringLiteral("--format"), QStringLiteral("json"),
                            QStringLiteral("--host"), QStringLiteral("gpu, 1"),
                            QStringLiteral("--since"), QStringLiteral("5h")} +
                first);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QStringLiteral("schemaVersion")).toInt(), 1);
    const QJsonArray volumes = json.value(QStringLiteral("volumes")).toArray();
    QCOMPARE(volumes.size(), 5); // the samples of the last 5 hours (4 h, ..., 0 h ago)
    QCOMPARE(volumes.last().toObject().value(QStringLiteral("usedBytes")).toInteger(), 109);
    QCOMPARE(volumes.last().toObject().value(QStringLiteral("availableBytes")).toInteger(), 841);
    QCOMPARE(volumes.last().toObject().value(QStringLiteral("usedPercent")).toDouble(), 11.47);
    QCOMPARE(json.value(QStringLiteral("categories")).toArray().size(), 5);

    // Bad input is a usage error.
    QCOMPARE(
        qmctl(QStringList{QStringLiteral("history"), QStringLiteral("export")} + first).exitCode,
        2);
    QCOMPARE(
        qmctl(exportCsv + QStringList{QStringLiteral("--since"), QStringLiteral("soon")} + first)
            .exitCode,
        2);
    QCOMPARE(
        qmctl(exportCsv + QStringList{QStringLiteral("--host"), QStringLiteral("nope")} + first)
            .exitCode,
        2);
}

void TestQmctl::jobSchedules()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList data = {QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data"))};
    const QString root = dir.filePath(QStringLiteral("root"));
    QVERIFY(QDir().mkpath(root));
    const auto schedule = [&](const QStringList &arguments) {
        return qmctl(QStringList{QStringLiteral("jobs"), QStringLiteral("schedule")} + arguments +
                     data);
    };
    const auto listed = [&] {
        return QJsonDocument::fromJson(
                   schedule({QStringLiteral("list"), QStringLiteral("--format=json")}).out)
            .object()
            .value(QStringLiteral("schedules"))
            .toArray();
    };

    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    Run run = schedule({QStringLiteral("add"), QStringLiteral("--every"), QStringLiteral("2h"),
                        QStringLiteral("probe")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QByteArray("added schedule 1"));
    QJsonObject first = listed().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("everyMinutes")).toInt(), 120);
    QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("probe"));
    const qint64 next =
        QDateTime::fromString(first.value(QStringLiteral("nextRunAt")).toString(), Qt::ISODate)
            .toMSecsSinceEpoch();
    QVERIFY(next >= before + 2 * 3600'000 - 1000 && next <= before + 2 * 3600'000 + 60'000);

    // Bad times are usage errors; a job that removes files needs --yes, after its plan.
    QCOMPARE(schedule({QStringLiteral("add"), QStringLiteral("--daily-at"), QStringLiteral("25:00"),
                       QStringLiteral("probe")})
                 .exitCode,
             2);
    QCOMPARE(schedule({QStringLiteral("add"), QStringLiteral("probe")}).exitCode, 2);
    const QStringList cleanup = {QStringLiteral("add"),          QStringLiteral("--daily-at"),
                                 QStringLiteral("03:30"),        QStringLiteral("--catch-up"),
                                 QStringLiteral("cleanup"),      root,
                                 QStringLiteral("--older-than"), QStringLiteral("30")};
    run = schedule(cleanup);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("nothing scheduled"));
    QCOMPARE(listed().size(), 1);
    QCOMPARE(schedule(cleanup + QStringList{QStringLiteral("--yes")}).exitCode, 0);
    const QJsonObject second = listed().at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("dailyAt")).toString(), QStringLiteral("03:30"));
    QVERIFY(second.value(QStringLiteral("catchUp")).toBool());

    QCOMPARE(schedule({QStringLiteral("disable"), QStringLiteral("1")}).exitCode, 0);
    QVERIFY(!listed().at(0).toObject().value(QStringLiteral("enabled")).toBool());
    QVERIFY(listed().at(0).toObject().value(QStringLiteral("nextRunAt")).isNull());
    QCOMPARE(schedule({QStringLiteral("remove"), QStringLiteral("1")}).exitCode, 0);
    QCOMPARE(listed().size(), 1);
    QCOMPARE(schedule({QStringLiteral("remove"), QStringLiteral("1")}).exitCode, 1);
}

void TestQmctl::aSyncThatDeletesCannotBeScheduled()
{
    // The rule is the sync kind's (standardJobKinds()), not qmctl's: asked here, refused.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString from = dir.filePath(QStringLiteral("from"));
    const QString to = dir.filePath(QStringLiteral("to"));
    QVERIFY(QDir().mkpath(from) && QDir().mkpath(to));
    QFile file(from + QStringLiteral("/a.txt")); // an empty source is refused
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("a\n") == 2);
    file.close();
    const QStringList data = {QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data"))};
    const QStringList sync = {QStringLiteral("jobs"),
                              QStringLiteral("schedule"),
                              QStringLiteral("add"),
                              QStringLiteral("--every"),
                              QStringLiteral("1h"),
                              QStringLiteral("sync"),
                              from,
                              to};
    Run run = qmctl(sync +
                    QStringList{QStringLiteral("--delete"), QStringLiteral("--max-delete"),
                                QStringLiteral("5"), QStringLiteral("--yes")} +
                    data);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("cannot be scheduled"), run.err.constData());
    run = qmctl(
        QStringList{QStringLiteral("jobs"), QStringLiteral("schedule"), QStringLiteral("list")} +
        data);
    QCOMPARE(run.out.trimmed(), QByteArray("no schedules"));
    // One that only copies may be.
    run = qmctl(sync + data);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QByteArray("added schedule 1"));
}

void TestQmctl::plyInfo()
{
    // Three splats (x y z opacity scale_0..2; colour and rotation as the format has them):
    // opacity logits 0, 0 and -4, log scales for 0.01, 0.01 and 100 — a transparent,
    // exploded outlier.
    QTemporaryDir dir;
    QByteArray bytes = "ply\nformat binary_little_endian 1.0\nelement vertex 3\n";
    const QList<QByteArray> names = {"x",      "y",       "z",       "f_dc_0",  "f_dc_1",
                                     "f_dc_2", "opacity", "scale_0", "scale_1", "scale_2",
                                     "rot_0",  "rot_1",   "rot_2",   "rot_3"};
    for (const QByteArray &name : names)
        bytes += "property float " + name + '\n';
    bytes += "end_header\n";
    const float small = std::log(0.01f);
    const float big = std::log(100.0f);
    const QList<QList<float>> splats = {
        {0, 0, 0, 0, 0, 0, 0, small, small, small, 1, 0, 0, 0},
        {1, 2, 3, 0, 0, 0, 0, small, small, small, 1, 0, 0, 0},
        {-50, 0, 9, 0, 0, 0, -4, big, big, big, 1, 0, 0, 0},
    };
    for (const QList<float> &splat : splats)
        bytes.append(reinterpret_cast<const char *>(splat.constData()),
                     splat.size() * qsizetype(sizeof(float)));
    const QString path = dir.filePath(QStringLiteral("sample.ply"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();

    Run run = qmctl({QStringLiteral("ply"), QStringLiteral("info"), path,
                     QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject info = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(info.value(QStringLiteral("schemaVersion")).toInt(), 1);
    QCOMPARE(info.value(QStringLiteral("format")).toString(),
             QStringLiteral("binary_little_endian"));
    QCOMPARE(info.value(QStringLiteral("isGaussianSplat")).toBool(), true);
    QCOMPARE(info.value(QStringLiteral("sizeBytes")).toInteger(), bytes.size());
    const QJsonArray elements = info.value(QStringLiteral("elements")).toArray();
    QCOMPARE(elements.size(), 1);
    QCOMPARE(elements[0][QStringLiteral("name")].toString(), QStringLiteral("vertex"));
    QCOMPARE(elements[0][QStringLiteral("count")].toInt(), 3);
    QCOMPARE(elements[0][QStringLiteral("properties")].toArray().size(), names.size());
    QCOMPARE(elements[0][QStringLiteral("properties")][6].toObject(),
             (QJsonObject{{QStringLiteral("name"), QStringLiteral("opacity")},
                          {QStringLiteral("type"), QStringLiteral("float")},
                          {QStringLiteral("listCountType"), QJsonValue()}}));
    QCOMPARE(info.value(QStringLiteral("bboxMin")).toArray(), (QJsonArray{-50, 0, 0}));
    QCOMPARE(info.value(QStringLiteral("bboxMax")).toArray(), (QJsonArray{1, 2, 9}));
    const QJsonObject opacity = info.value(QStringLiteral("opacity")).toObject();
    QVERIFY(std::abs(opacity.value(QStringLiteral("min")).toDouble() - 1 / (1 + std::exp(4.0))) <
            1e-6);
    QCOMPARE(opacity.value(QStringLiteral("max")).toDouble(), 0.5);
    QCOMPARE(opacity.value(QStringLiteral("histogram")).toArray().size(), 20);
    QCOMPARE(opacity.value(QStringLiteral("histogram")).toArray()[10].toInt(), 2);
    const QJsonObject scale = info.value(QStringLiteral("scale")).toObject();
    QVERIFY(std::abs(scale.value(QStringLiteral("max")).toDouble() - 100) < 1e-3);
    QVERIFY(std::abs(scale.value(QStringLiteral("min")).toDouble() - 0.01) < 1e-6);
    QCOMPARE(scale.value(QStringLiteral("histogram")).toArray().first().toInt(), 2);
    QCOMPARE(scale.value(QStringLiteral("histogram")).toArray().last().toInt(), 1);

    // A picture of it, as the preview draws it.
    const QString png = dir.filePath(QStringLiteral("sample.png"));
    run = qmctl({QStringLiteral("ply"), QStringLiteral("render"), path, QStringLiteral("-o"), png,
                 QStringLiteral("--size"), QStringLiteral("64x48"), QStringLiteral("--yaw"),
                 QStringLiteral("0"), QStringLiteral("--pitch"), QStringLiteral("0")});
    QCOMPARE(run.exitCode, 0);
    const QImage picture(png);
    QCOMPARE(picture.size(), QSize(64, 48));
    int lit = 0;
    for (int y = 0; y < picture.height(); ++y)
        for (int x = 0; x < picture.width(); ++x)
            lit += picture.pixel(x, y) != qRgb(0, 0, 0);
    QVERIFY2(lit >= 3, qPrintable(QString::number(lit)));
    run = qmctl({QStringLiteral("ply"), QStringLiteral("render"), path, QStringLiteral("-o"), png,
                 QStringLiteral("--size"), QStringLiteral("64")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(QImage(png).size(), QSize(64, 48)); // a usage error leaves the picture as it was
    // A picture that cannot be written: exit 3, and nothing left behind.
    const QString nowhere = dir.filePath(QStringLiteral("missing-folder/sample.png"));
    run = qmctl(
        {QStringLiteral("ply"), QStringLiteral("render"), path, QStringLiteral("-o"), nowhere});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("Cannot write") && run.err.contains("does not exist"),
             run.err.constData());
    QVERIFY(!QFileInfo::exists(QFileInfo(nowhere).path()));

    // The header lies: exit 2 with where and why, as JSON and as text.
    QByteArray lying = bytes;
    lying.replace("element vertex 3", "element vertex 400000");
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(lying);
    file.close();
    run = qmctl({QStringLiteral("ply"), QStringLiteral("info"), path, QStringLiteral("--format"),
                 QStringLiteral("json")});
    QCOMPARE(run.exitCode, 2);
    const QJsonObject error =
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("offset")).toInteger(), lying.indexOf("end_header\n") + 11);
    QCOMPARE(error.value(QStringLiteral("message")).toString(),
             QStringLiteral("element vertex says 400000, the file holds 3"));
    run = qmctl({QStringLiteral("ply"), QStringLiteral("info"), path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("says 400000"), run.err.constData());
    run = qmctl(
        {QStringLiteral("ply"), QStringLiteral("info"), dir.filePath(QStringLiteral("none.ply"))});
    QCOMPARE(run.exitCode, 2);
}

void TestQmctl::samplesListAndClean()
{
    // A miner data directory: six rejected samples 0, 10, …, 50 days old by the log, two
    // reasons, one sample the log does not know, a damaged log line, an accepted output.
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString rejected = data + QStringLiteral("/ply_files/rejected_samples/");
    QVERIFY(QDir().mkpath(rejected));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QByteArray log;
    for (int i = 0; i < 6; ++i) {
        const QString name = QStringLiteral("gen%1_%2.ply").arg(i).arg(i, 16, 10, QLatin1Char('0'));
        QFile sample(rejected + name);
        QVERIFY(sample.open(QIODevice::WriteOnly));
        sample.write(QByteArray(100 + i, 'x'));
        const QJsonObject entry{
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("generation_id"), QStringLiteral("gen%1").arg(i)},
                         {QStringLiteral("timestamp"),
                          QDateTime::fromMSecsSinceEpoch(now - i * 10 * 86400000LL, Qt::UTC)
                              .toString(Qt::ISODate)}}},
            {QStringLiteral("generation"),
             QJsonObject{
                 {QStringLiteral("output"),
                  QJsonObject{
                      {QStringLiteral("num_gaussians"), 1000 * i},
                      {QStringLiteral("quality_metrics"),
                       QJsonObject{{QStringLiteral("clip_score"), 0.5 * i}}},
                      {QStringLiteral("rejected_sample_path"),
                       QString(QStringLiteral("/elsewhere/ply_files/rejected_samples/") + name)}}},
                 {QStringLiteral("submission"),
                  QJsonObject{{QStringLiteral("rejection_reason"),
                               i % 2 ? QStringLiteral("too_few_gaussians")
                                     : QStringLiteral("low_clip_score")}}}}}};
        log += QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n';
        if (i == 2)
            log += "{\"cut off\n";
    }
    QFile history(data + QStringLiteral("/generation_history.jsonl"));
    QVERIFY(history.open(QIODevice::WriteOnly));
    history.write(log);
    history.close();
    QFile orphan(rejected + QStringLiteral("orphan_1.ply"));
    QVERIFY(orphan.open(QIODevice::WriteOnly));
    orphan.write("o");
    orphan.close();
    QFile accepted(data + QStringLiteral("/ply_files/gen9_9.ply"));
    QVERIFY(accepted.open(QIODevice::WriteOnly));
    accepted.close();

    Run run =
        qmctl({QStringLiteral("samples"), QStringLiteral("list"), QStringLiteral("--miner-dir"),
               data, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    QJsonObject document = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(document.value(QStringLiteral("schemaVersion")).toInt(), 1);
    QCOMPARE(document.value(QStringLiteral("badLogLines")).toInt(), 1);
    const QJsonArray samples = document.value(QStringLiteral("samples")).toArray();
    QCOMPARE(samples.size(), 8);
    const QJsonObject third = samples.at(3).toObject();
    QCOMPARE(third.value(QStringLiteral("path")).toString(),
             rejected + QStringLiteral("gen3_0000000000000003.ply"));
    QCOMPARE(third.value(QStringLiteral("sizeBytes")).toInt(), 103);
    QCOMPARE(third.value(QStringLiteral("generationId")).toString(), QStringLiteral("gen3"));
    QCOMPARE(third.value(QStringLiteral("rejectionReason")).toString(),
             QStringLiteral("too_few_gaussians"));
    QCOMPARE(third.value(QStringLiteral("clipScore")).toDouble(), 1.5);
    QCOMPARE(third.value(QStringLiteral("numGaussians")).toInt(), 3000);
    QCOMPARE(third.value(QStringLiteral("inLog")).toBool(), true);
    QVERIFY(third.value(QStringLiteral("createdAt")).toString().endsWith(QLatin1Char('Z')));
    const QJsonObject orphanJson = samples.at(6).toObject();
    QCOMPARE(orphanJson.value(QStringLiteral("inLog")).toBool(), false);
    QVERIFY(orphanJson.value(QStringLiteral("rejectionReason")).isNull());

    // The plan: older than 15 days, keeping the newest of each reason.
    const QStringList clean = {QStringLiteral("samples"),           QStringLiteral("clean"),
                               QStringLiteral("--miner-dir"),       data,
                               QStringLiteral("--older-than"),      QStringLiteral("15"),
                               QStringLiteral("--keep-per-reason"), QStringLiteral("1")};
    run = qmctl(clean + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    document = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(document.value(QStringLiteral("queued")).toBool(), false);
    QSet<QString> planned;
    for (const QJsonValue &item :
         document.value(QStringLiteral("plan")).toObject().value(QStringLiteral("items")).toArray())
        planned.insert(item.toObject().value(QStringLiteral("path")).toString());
    const QSet<QString> expected = {QStringLiteral("rejected_samples/gen2_0000000000000002.ply"),
                                    QStringLiteral("rejected_samples/gen3_0000000000000003.ply"),
                                    QStringLiteral("rejected_samples/gen4_0000000000000004.ply"),
                                    QStringLiteral("rejected_samples/gen5_0000000000000005.ply")};
    QCOMPARE(planned, expected);
    QCOMPARE(QDir(rejected).entryList(QDir::Files).size(), 7); // nothing removed yet

    // Usage errors: no rule, a bad number, no data directory.
    QCOMPARE(qmctl({QStringLiteral("samples"), QStringLiteral("clean"),
                    QStringLiteral("--data-dir"), data})
                 .exitCode,
             2);
    QCOMPARE(
        qmctl({QStringLiteral("samples"), QStringLiteral("clean"), QStringLiteral("--data-dir"),
               data, QStringLiteral("--older-than"), QStringLiteral("-3")})
            .exitCode,
        2);
    QCOMPARE(qmctl({QStringLiteral("samples"), QStringLiteral("list")}).exitCode, 2);
    QCOMPARE(qmctl({QStringLiteral("samples"), QStringLiteral("list"), QStringLiteral("--data-dir"),
                    dir.filePath(QStringLiteral("missing"))})
                 .exitCode,
             2);

    // With --yes the plan is queued; a runner carries it out, into a private trash, and
    // exactly the planned files are gone.
    const QString queue = dir.filePath(QStringLiteral("queue"));
    run = qmctl(clean + QStringList{QStringLiteral("--yes"), QStringLiteral("--queue-dir"), queue});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QByteArray home = qgetenv("HOME");
    const QByteArray xdgData = qgetenv("XDG_DATA_HOME");
    qputenv("HOME", QFile::encodeName(dir.filePath(QStringLiteral("home"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir.filePath(QStringLiteral("home/.local/share"))));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("home/.local/share"))));
    run = qmctl({QStringLiteral("jobs"), QStringLiteral("run"), QStringLiteral("--once"),
                 QStringLiteral("--data-dir"), queue});
    qputenv("HOME", home);
    qputenv("XDG_DATA_HOME", xdgData);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QSet<QString> left;
    for (const QString &name : QDir(rejected).entryList(QDir::Files))
        left.insert(QStringLiteral("rejected_samples/") + name);
    QCOMPARE(left.size(), 3);
    QVERIFY(!left.intersects(expected));
    QVERIFY(QFile::exists(data + QStringLiteral("/ply_files/gen9_9.ply")));
    QCOMPARE(QDir(dir.filePath(QStringLiteral("home/.local/share/Trash/files")))
                 .entryList(QDir::Files)
                 .size(),
             4);
}

void TestQmctl::actionHelpListsOptions_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("ply") << QStringLiteral("ply")
                         << QStringList{QStringLiteral("--format"), QStringLiteral("--output"),
                                        QStringLiteral("--size"), QStringLiteral("--yaw"),
                                        QStringLiteral("--pitch")};
    QTest::newRow("samples") << QStringLiteral("samples")
                             << QStringList{QStringLiteral("--miner-dir"),
                                            QStringLiteral("--format"),
                                            QStringLiteral("--config"),
                                            QStringLiteral("--older-than"),
                                            QStringLiteral("--keep-per-reason"),
                                            QStringLiteral("--yes"),
                                            QStringLiteral("--queue-dir"),
                                            QStringLiteral("--allow-protected-root")};
}

void TestQmctl::actionHelpListsOptions()
{
    QFETCH(QString, command);
    QFETCH(QStringList, options);
    // Today `ply --help` and `samples --help` listed actions but no option.
    const Run run = qmctl({command, QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    for (const QString &option : options)
        QVERIFY2(text.contains(option), qPrintable(option + QStringLiteral(" in\n") + text));
    QVERIFY(text.contains(QStringLiteral("Exit codes")));
}

void TestQmctl::samplesTakeTheMinerDir()
{
    QTemporaryDir dir;
    const QString miner = dir.filePath(QStringLiteral("miner"));
    const QString rejected = miner + QStringLiteral("/ply_files/rejected_samples/");
    QVERIFY(QDir().mkpath(rejected));
    QFile sample(rejected + QStringLiteral("gen1_0000000000000001.ply"));
    QVERIFY(sample.open(QIODevice::WriteOnly));
    sample.write(QByteArray(100, 'x'));
    sample.close();
    const QDateTime old = QDateTime::currentDateTime().addDays(-5);
    QVERIFY(sample.open(QIODevice::ReadWrite) &&
            sample.setFileTime(old, QFileDevice::FileModificationTime));
    sample.close();
    const auto list = [&](const QString &option) {
        return qmctl({QStringLiteral("samples"), QStringLiteral("list"), option, miner});
    };
    const Run named = list(QStringLiteral("--miner-dir"));
    QCOMPARE(named.exitCode, 0);
    QVERIFY2(named.err.isEmpty(), named.err.constData());
    // A table with a header: today the rows came bare.
    const QList<QByteArray> lines = named.out.split('\n');
    QVERIFY2(lines.value(0).simplified() == "MADE REASON CLIP GAUSSIANS SIZE FILE",
             named.out.constData());
    QVERIFY(lines.value(1).endsWith("ply_files/rejected_samples/gen1_0000000000000001.ply"));
    // The old spelling still works, with a note on standard error.
    const Run oldName = list(QStringLiteral("--data-dir"));
    QCOMPARE(oldName.exitCode, 0);
    QCOMPARE(oldName.out, named.out);
    QVERIFY2(oldName.err.contains("--miner-dir"), oldName.err.constData());
    QCOMPARE(qmctl({QStringLiteral("samples"), QStringLiteral("list"),
                    QStringLiteral("--miner-dir"), miner, QStringLiteral("--data-dir"), dir.path()})
                 .exitCode,
             2);

    // The plan's scope is the samples the rule chose: no "of any age" after "older than".
    const Run clean =
        qmctl({QStringLiteral("samples"), QStringLiteral("clean"), QStringLiteral("--miner-dir"),
               miner, QStringLiteral("--older-than"), QStringLiteral("3")});
    QCOMPARE(clean.exitCode, 0);
    QVERIFY2(clean.out.contains("Rule: older than 3 days"), clean.out.constData());
    QVERIFY2(!clean.out.contains("of any age"), clean.out.constData());
    QVERIFY2(clean.out.contains("chosen"), clean.out.constData());
}

void TestQmctl::jobsOnANewHome()
{
    QTemporaryDir dir;
    const QString home = dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));
    const QString database = home + QStringLiteral("/.local/share/quartermaster/jobs.sqlite");
    // Today: "QSqlQuery::prepare: database not open" on standard error.
    Run run = qmctl({QStringLiteral("jobs"), QStringLiteral("list")}, home);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QCOMPARE(QString::fromUtf8(run.out.trimmed()), QStringLiteral("no jobs in ") + database);
    run = qmctl({QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--format=json")},
                home);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("jobs")).toArray(),
             QJsonArray());
    QVERIFY(!QFileInfo::exists(database)); // reading creates nothing

    // `add` says what it queued (today: a bare "1"); JSON keeps the number alone.
    run = qmctl({QStringLiteral("jobs"), QStringLiteral("add"), QStringLiteral("probe")}, home);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("queued job 1\n"));
    run = qmctl({QStringLiteral("jobs"), QStringLiteral("add"), QStringLiteral("probe"),
                 QStringLiteral("--format"), QStringLiteral("json")},
                home);
    const QJsonObject added = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(added.value(QStringLiteral("id")).toInt(), 2);
    QCOMPARE(added.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("schemaVersion")}));
}

void TestQmctl::finishedJobsAreClearedAfterYes()
{
    QTemporaryDir dir;
    const QString home = dir.filePath(QStringLiteral("home"));
    const QString data = dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(home) && QDir().mkpath(data));
    qint64 failed = 0;
    qint64 queued = 0;
    {
        qm::JobStore store;
        QString error;
        QVERIFY2(store.open(data + QStringLiteral("/jobs.sqlite"), &error), qPrintable(error));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        failed = store.add(qm::probeJobSpec(QStringLiteral("a")), now, &error);
        queued = store.add(qm::probeJobSpec(QStringLiteral("b")), now, &error);
        QVERIFY(store.claimNext(
            now, [&](const qm::Job &job) { return job.id == failed; }, &error));
        QVERIFY(store.finish(failed, qm::JobState::Failed, QStringLiteral("down"), now, &error));
    }
    const QStringList where = {QStringLiteral("--data-dir"), data};
    const QStringList clear = QStringList{QStringLiteral("jobs"), QStringLiteral("clear"),
                                          QString::number(failed), QString::number(queued)} +
                              where;
    // Without --yes: what would go, nothing gone. A queued job is never cleared.
    Run run = qmctl(clear + QStringList{QStringLiteral("--format=json")}, home);
    QCOMPARE(run.exitCode, 0);
    QJsonObject answer = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(answer.value(QStringLiteral("jobs")).toArray(), QJsonArray({failed}));
    QCOMPARE(answer.value(QStringLiteral("cleared")).toBool(), false);
    run = qmctl(clear + QStringList{QStringLiteral("--yes")}, home);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QByteArray("1 finished job cleared"));
    qm::JobStore store;
    QString error;
    QVERIFY(store.open(data + QStringLiteral("/jobs.sqlite"), &error));
    QVERIFY(!store.job(failed));
    QVERIFY(store.job(queued));
    run = qmctl(QStringList{QStringLiteral("jobs"), QStringLiteral("clear")} + where, home);
    QCOMPARE(run.exitCode, 2);
}

void TestQmctl::jobsOfAKindItDoesNotKnow()
{
    // A newer Quartermaster queued a job of a kind this qmctl does not have: listed by
    // its key, and failed by `jobs run` saying so, never run as another kind.
    QTemporaryDir dir;
    const QString home = dir.filePath(QStringLiteral("home"));
    const QString data = dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(home) && QDir().mkpath(data));
    {
        qm::JobStore store;
        QString error;
        QVERIFY2(store.open(data + QStringLiteral("/jobs.sqlite"), &error), qPrintable(error));
        qm::JobSpec spec;
        spec.kind = qm::JobKind(QStringLiteral("verify"));
        spec.source = QStringLiteral("/data/ply");
        QVERIFY2(store.add(spec, QDateTime::currentMSecsSinceEpoch(), &error) > 0,
                 qPrintable(error));
    }
    const QStringList where = {QStringLiteral("--data-dir"), data};
    const auto listed = [&] {
        const Run run = qmctl(QStringList{QStringLiteral("jobs"), QStringLiteral("list"),
                                          QStringLiteral("--format=json")} +
                                  where,
                              home);
        return QJsonDocument::fromJson(run.out)
            .object()
            .value(QStringLiteral("jobs"))
            .toArray()
            .first()
            .toObject();
    };
    QCOMPARE(listed().value(QStringLiteral("kind")).toString(), QStringLiteral("verify"));
    QCOMPARE(listed().value(QStringLiteral("state")).toString(), QStringLiteral("queued"));

    const QString why = QStringLiteral("no job kind 'verify' is known to this Quartermaster");
    const Run run =
        qmctl(QStringList{QStringLiteral("jobs"), QStringLiteral("run"), QStringLiteral("--once")} +
                  where,
              home);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(QString::fromUtf8(run.out).contains(why), run.out.constData());
    const QJsonObject job = listed();
    QCOMPARE(job.value(QStringLiteral("kind")).toString(), QStringLiteral("verify"));
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(job.value(QStringLiteral("error")).toString(), why);
    QCOMPARE(job.value(QStringLiteral("attempts")).toInt(), 1);
}

void TestQmctl::docsNameTheDataFolder()
{
    QTemporaryDir dir;
    const QString home = dir.filePath(QStringLiteral("home"));
    const Run listed = qmctl({QStringLiteral("jobs"), QStringLiteral("list")}, home);
    QVERIFY2(listed.out.contains(
                 QByteArray(QFile::encodeName(home) + "/.local/share/quartermaster/jobs.sqlite")),
             listed.out.constData());
    // The folder qmctl uses is the one the documentation names (today: "Quartermaster").
    const QDir docs(QStringLiteral(QM_SOURCE_DIR "/docs"));
    QString all;
    for (const QString &name : docs.entryList({QStringLiteral("*.md")})) {
        QFile file(docs.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(!text.contains(QStringLiteral("share/Quartermaster")), qPrintable(name));
        QVERIFY2(!text.contains(QStringLiteral("Support/Quartermaster")), qPrintable(name));
        all += text;
    }
    QVERIFY(all.contains(QStringLiteral("~/.local/share/quartermaster/")));
}

void TestQmctl::healthCheckExitCodes()
{
    // For cron: 0 when a success line is recent enough, 1 when it is not or the log is
    // missing (never "ok"), 2 on bad usage; JSON as docs/health.md says.
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("sync.log"));
    {
        QFile file(log);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QDateTime::currentDateTime()
                       .addSecs(-3600)
                       .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss,zzz"))
                       .toLatin1() +
                   " - sync - INFO - submission successful\nINFO:sync:Sync failed\n");
    }
    const QStringList success = {QStringLiteral("health"),
                                 QStringLiteral("check"),
                                 QStringLiteral("log-success"),
                                 QStringLiteral("--file"),
                                 log,
                                 QStringLiteral("--pattern"),
                                 QStringLiteral("submission successful")};
    Run run = qmctl(success + QStringList{QStringLiteral("--within-hours"), QStringLiteral("2")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("OK"), run.out.constData());
    run = qmctl(success + QStringList{QStringLiteral("--within-hours"), QStringLiteral("0.5"),
                                      QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject check =
        QJsonDocument::fromJson(run.out).object()[QStringLiteral("checks")][0].toObject();
    QCOMPARE(check[QStringLiteral("state")].toString(), QStringLiteral("critical"));
    QCOMPARE(check[QStringLiteral("status")].toString(), QStringLiteral("stale"));
    QVERIFY(check[QStringLiteral("evidence")].toArray().size() >= 1);
    run = qmctl({QStringLiteral("health"), QStringLiteral("check"), QStringLiteral("log-success"),
                 QStringLiteral("--file"), dir.filePath(QStringLiteral("gone.log")),
                 QStringLiteral("--pattern"), QStringLiteral("x")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.startsWith("UNKNOWN"), run.out.constData());
    run = qmctl({QStringLiteral("health"), QStringLiteral("check"), QStringLiteral("log-success"),
                 QStringLiteral("--file"), log});
    QCOMPARE(run.exitCode, 2); // no --pattern
    run = qmctl({QStringLiteral("health"), QStringLiteral("check"), QStringLiteral("log-errors"),
                 QStringLiteral("--file"), log, QStringLiteral("--pattern"),
                 QStringLiteral("failed"), QStringLiteral("--lines"), QStringLiteral("5")});
    QCOMPARE(run.exitCode, 1); // one match, at most none
    run = qmctl({QStringLiteral("health"), QStringLiteral("check"), QStringLiteral("freshness"),
                 QStringLiteral("--dir"), dir.path(), QStringLiteral("--max-age-hours"),
                 QStringLiteral("1")});
    QCOMPARE(run.exitCode, 0);
    run = qmctl({QStringLiteral("health"), QStringLiteral("check"), QStringLiteral("nonsense")});
    QCOMPARE(run.exitCode, 2);
}

void TestQmctl::healthChecksImportedListedAndRun()
{
    QTemporaryDir home;
    const QString log = home.filePath(QStringLiteral("sync.log"));
    {
        QFile file(log);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH:mm:ss").toLatin1() +
                   " submission successful\n");
    }
    const QString checks = home.filePath(QStringLiteral("checks.yaml"));
    const auto writeChecks = [&checks](const QByteArray &text) {
        QFile file(checks);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) > 0;
    };
    QVERIFY(writeChecks("# kept in git beside distributed_hosts.yaml\n"
                        "checks:\n"
                        "  - name: sync success\n"
                        "    kind: log-success\n"
                        "    file: " +
                        log.toUtf8() +
                        "\n"
                        "    pattern: submission successful\n"
                        "    within_hours: 6\n"
                        "  - name: backup daemon\n"
                        "    kind: process\n"
                        "    hosts: [local]\n"
                        "    pattern: qm_no_such_daemon_[0-9]\n"
                        "  - name: rpc\n"
                        "    kind: endpoint\n"
                        "    hosts: mac-studio\n"
                        "    tcp: mac-studio.invalid:8545\n"));
    Run run = qmctl({QStringLiteral("health"), QStringLiteral("import"), checks}, home.path());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("3 added"), run.out.constData());
    run = qmctl({QStringLiteral("health"), QStringLiteral("list"), QStringLiteral("--format"),
                 QStringLiteral("json")},
                home.path());
    QJsonArray saved =
        QJsonDocument::fromJson(run.out).object()[QStringLiteral("checks")].toArray();
    QCOMPARE(saved.size(), 3);
    QCOMPARE(saved[0].toObject()[QStringLiteral("hosts")].toArray(),
             QJsonArray{QStringLiteral("local")});
    QCOMPARE(saved[0].toObject()[QStringLiteral("within_hours")].toDouble(), 6.0);
    QCOMPARE(saved[2].toObject()[QStringLiteral("tcp")].toString(),
             QStringLiteral("mac-studio.invalid:8545"));
    // A file with one bad check saves nothing, and says where.
    QVERIFY(writeChecks("checks:\n  - name: sync success\n    kind: log-success\n"
                        "    file: /x.log\n    pattern: ok\n"
                        "  - name: typo\n    kind: file-size\n    file: /x\n    max_bm: 3\n"));
    run = qmctl({QStringLiteral("health"), QStringLiteral("import"), checks}, home.path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("line 6") && run.err.contains("max_bm"), run.err.constData());
    run = qmctl({QStringLiteral("health"), QStringLiteral("list")}, home.path());
    QVERIFY2(run.out.contains(log.toUtf8()), run.out.constData());

    // The run: the success line is fresh, the daemon is not running (critical: exit 1),
    // and the host the config does not have is named, never tried.
    const QString data = home.filePath(QStringLiteral("data"));
    run = qmctl({QStringLiteral("health"), QStringLiteral("run"), QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("--data-dir"), data},
                home.path());
    QCOMPARE(run.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    const QJsonArray results = json[QStringLiteral("checks")].toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results[0].toObject()[QStringLiteral("name")].toString(),
             QStringLiteral("sync success"));
    QCOMPARE(results[0].toObject()[QStringLiteral("state")].toString(), QStringLiteral("ok"));
    QCOMPARE(results[1].toObject()[QStringLiteral("status")].toString(),
             QStringLiteral("not-running"));
    QVERIFY(json[QStringLiteral("problems")].toArray().first().toString().contains(
        QStringLiteral("mac-studio")));
    QVERIFY(QFileInfo::exists(data + QStringLiteral("/history.sqlite")));
    // Only this machine's checks, and only the one that is fine: exit 0.
    QVERIFY(writeChecks("checks:\n  - name: sync success\n    kind: log-success\n"
                        "    file: " +
                        log.toUtf8() + "\n    pattern: submission\n"));
    run = qmctl({QStringLiteral("health"), QStringLiteral("run"), QStringLiteral("local"),
                 QStringLiteral("--checks"), checks, QStringLiteral("--no-record")},
                home.path());
    QVERIFY2(run.exitCode == 0, run.out.constData());
    QVERIFY2(run.out.startsWith("OK  sync success"), run.out.constData());
    // --replace-all leaves exactly the file's checks.
    run = qmctl({QStringLiteral("health"), QStringLiteral("import"), checks,
                 QStringLiteral("--replace-all")},
                home.path());
    QVERIFY2(run.out.contains("1 updated") && run.out.contains("2 removed"), run.out.constData());
}

void TestQmctl::rotateShowsThePlanThenRotates()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("sync.log"));
    const auto writeLog = [&log](int lines) {
        QFile file(log);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        for (int i = 0; i < lines; ++i)
            file.write("2026-12-07 10:00:00 INFO sync: submission successful, batch " +
                       QByteArray::number(i) + '\n');
        return true;
    };
    QVERIFY(writeLog(40'000)); // about 2.5 MB
    const QByteArray original = [&log] {
        QFile file(log);
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }();
    // Without --yes: the plan, nothing changed.
    Run run =
        qmctl({QStringLiteral("rotate"), log, QStringLiteral("--max-size"), QStringLiteral("1")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("WOULD ROTATE"), run.out.constData());
    QVERIFY(run.out.contains("rename"));
    QCOMPARE(QFileInfo(log).size(), original.size());
    run = qmctl({QStringLiteral("rotate"), log, QStringLiteral("--max-size"), QStringLiteral("1"),
                 QStringLiteral("--yes"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject done = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(done[QStringLiteral("rotated")].toInt(), 1);
    const QString rotated = done[QStringLiteral("rotatedFiles")].toArray().first().toString();
    QVERIFY(rotated.endsWith(QStringLiteral(".zst")));
    QVERIFY(!QFileInfo::exists(log));
    QProcess zstd;
    zstd.start(QStringLiteral("zstd"), {QStringLiteral("-dc"), rotated});
    QVERIFY(zstd.waitForFinished(30000));
    QCOMPARE(zstd.readAllStandardOutput(), original); // nothing lost
    // Not due (small): kept; no rule at all: bad usage.
    QVERIFY(writeLog(10));
    run = qmctl({QStringLiteral("rotate"), log, QStringLiteral("--max-size"), QStringLiteral("1"),
                 QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("KEEP"), run.out.constData());
    QCOMPARE(qmctl({QStringLiteral("rotate"), log}).exitCode, 2);
    // As a job: reviewed without --yes, queued with it, run by the runner.
    QVERIFY(writeLog(40'000));
    const QString data = dir.filePath(QStringLiteral("data"));
    const QStringList add = {QStringLiteral("jobs"),       QStringLiteral("add"),
                             QStringLiteral("log-rotate"), log,
                             QStringLiteral("--max-size"), QStringLiteral("1"),
                             QStringLiteral("--keep"),     QStringLiteral("1"),
                             QStringLiteral("--data-dir"), data};
    run = qmctl(add);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Rotate ") && run.out.contains("--yes"), run.out.constData());
    run = qmctl(add + QStringList{QStringLiteral("--yes")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = qmctl({QStringLiteral("jobs"), QStringLiteral("run"), QStringLiteral("--once"),
                 QStringLiteral("--data-dir"), data});
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    // Two rotations now, one kept beside the log: the older is in the quarantine.
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("sync.log-*.zst")}).size(), 1);
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral(".quartermaster-quarantine"))).isDir());
}

void TestQmctl::schedulesOfAFileAndOfThisMachine()
{
    QTemporaryDir dir;
    const QString crontab = dir.filePath(QStringLiteral("crontab"));
    {
        QFile file(crontab);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("MAILTO=ops@example.invalid\n*/10 * * * * /opt/sync.sh\n99 * * * * broken\n");
    }
    Run run = qmctl({QStringLiteral("schedules"), QStringLiteral("--file"), crontab,
                     QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 1); // a line that could not be read
    const QJsonArray schedules =
        QJsonDocument::fromJson(run.out).object()[QStringLiteral("schedules")].toArray();
    QCOMPARE(schedules.size(), 2);
    QCOMPARE(schedules[0].toObject()[QStringLiteral("command")].toString(),
             QStringLiteral("/opt/sync.sh"));
    QCOMPARE(schedules[0].toObject()[QStringLiteral("nextRunAt")].toArray().size(), 5);
    QVERIFY(schedules[0].toObject()[QStringLiteral("error")].isNull());
    QCOMPARE(schedules[1].toObject()[QStringLiteral("line")].toInt(), 3);
    QVERIFY(!schedules[1].toObject()[QStringLiteral("error")].toString().isEmpty());
    // This machine: whatever it has, read without failing to reach it.
    run = qmctl({QStringLiteral("schedules"), QStringLiteral("local"), QStringLiteral("--format"),
                 QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
    QVERIFY(QJsonDocument::fromJson(run.out).object()[QStringLiteral("schedules")].isArray());
    QCOMPARE(qmctl({QStringLiteral("schedules")}).exitCode, 2);
}

void TestQmctl::jobsServiceUnitWrittenAndRemoved()
{
#ifdef Q_OS_MACOS
    QSKIP("the launchd agent is covered on macOS by hand");
#endif
    QTemporaryDir home;
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".local/share"))); // as every home has
    const QString unit =
        home.filePath(QStringLiteral(".config/systemd/user/quartermaster-jobs.service"));
    Run run = qmctl({QStringLiteral("jobs"), QStringLiteral("service"), QStringLiteral("status")},
                    home.path());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("not installed"), run.out.constData());
    // Written, not started (no session bus here); a data folder with a space and a %.
    const QString data = home.filePath(QStringLiteral("fleet data 100%"));
    run = qmctl({QStringLiteral("jobs"), QStringLiteral("service"), QStringLiteral("install"),
                 QStringLiteral("--no-start"), QStringLiteral("--data-dir"), data},
                home.path());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile file(unit);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    // The qmctl that installed it, by its full path.
    QVERIFY2(text.contains(QStringLiteral("ExecStart=") +
                           QFileInfo(qEnvironmentVariable("QMCTL")).canonicalFilePath() +
                           QStringLiteral(" jobs run")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(" jobs run --data-dir \"") +
                           QString(data).replace(u'%', QStringLiteral("%%")) + u'"'),
             qPrintable(text));
    run = qmctl({QStringLiteral("jobs"), QStringLiteral("service"), QStringLiteral("status"),
                 QStringLiteral("--format"), QStringLiteral("json")},
                home.path());
    const QJsonObject status = QJsonDocument::fromJson(run.out).object();
    QVERIFY(status[QStringLiteral("installed")].toBool());
    QCOMPARE(status[QStringLiteral("path")].toString(), unit);
    // A unit edited by hand is not lost: installing again moves it to the trash first,
    // and so does uninstalling the new one.
    file.close();
    QVERIFY(file.open(QIODevice::Append));
    file.write("Environment=FLEET=mine\n");
    file.close();
    run = qmctl({QStringLiteral("jobs"), QStringLiteral("service"), QStringLiteral("install"),
                 QStringLiteral("--no-start"), QStringLiteral("--data-dir"), data},
                home.path());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("trash"), run.out.constData());
    const QDir trash(home.filePath(QStringLiteral(".local/share/Trash/files")));
    const auto trashed = [&trash] {
        QStringList texts;
        for (const QString &name : trash.entryList(QDir::Files)) {
            QFile kept(trash.filePath(name));
            if (kept.open(QIODevice::ReadOnly))
                texts << QString::fromUtf8(kept.readAll());
        }
        return texts;
    };
    QCOMPARE(trashed().size(), 1);
    QVERIFY(trashed().first().contains(QStringLiteral("Environment=FLEET=mine")));
    run = qmctl({QStringLiteral("jobs"), QStringLiteral("service"), QStringLiteral("install"),
                 QStringLiteral("--no-start"), QStringLiteral("--data-dir"), data},
                home.path());
    QCOMPARE(trashed().size(), 1); // the same unit again: nothing to keep
    run = qmctl({QStringLiteral("jobs"), QStringLiteral("service"), QStringLiteral("uninstall")},
                home.path());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!QFileInfo::exists(unit));
    QCOMPARE(trashed().size(), 2);
    QCOMPARE(qmctl({QStringLiteral("jobs"), QStringLiteral("service"), QStringLiteral("restart")},
                   home.path())
                 .exitCode,
             2);
}

void TestQmctl::daemonsStartedAndStopped()
{
    // A daemon of this machine, as a checks file names it: started in the background,
    // seen running, restarted, stopped — each checked by looking again.
    QTemporaryDir home;
    const QString name =
        QStringLiteral("qm_test_backup_%1").arg(QCoreApplication::applicationPid());
    const QString script = home.filePath(name + QStringLiteral(".sh"));
    {
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("sleep 600\n");
    }
    const QString checks = home.filePath(QStringLiteral("health.yaml"));
    {
        QFile file(checks);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("checks: []\ndaemons:\n  - name: s3 backup\n    hosts: local\n"
                   "    pattern: \"[" +
                   name.left(1).toUtf8() + "]" + name.mid(1).toUtf8() + "\"\n    start: [sh, " +
                   script.toUtf8() + "]\n");
    }
    Run run = qmctl({QStringLiteral("health"), QStringLiteral("import"), checks}, home.path());
    QVERIFY2(run.exitCode == 0 && run.out.contains("1 daemon saved"),
             QByteArray(run.out + run.err).constData());
    const auto list = [&] {
        return qmctl({QStringLiteral("daemons"), QStringLiteral("list")}, home.path());
    };
    run = list();
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.startsWith("STOPPED  local  s3 backup"), run.out.constData());
    // Without --yes: what would run, nothing run.
    run = qmctl({QStringLiteral("daemons"), QStringLiteral("start"), QStringLiteral("local"),
                 QStringLiteral("s3 backup")},
                home.path());
    QVERIFY2(run.out.contains(QByteArray("in the background: sh " + script.toUtf8())),
             run.out.constData());
    QCOMPARE(list().exitCode, 1);
    for (const char *action : {"start", "restart", "stop"}) {
        run = qmctl({QStringLiteral("daemons"), QString::fromLatin1(action),
                     QStringLiteral("local"), QStringLiteral("s3 backup"), QStringLiteral("--yes")},
                    home.path());
        QVERIFY2(run.exitCode == 0,
                 QByteArray(QByteArray(action) + ": " + run.out + run.err).constData());
        QCOMPARE(list().exitCode, qstrcmp(action, "stop") == 0 ? 1 : 0);
    }
    QCOMPARE(qmctl({QStringLiteral("daemons"), QStringLiteral("start"), QStringLiteral("local"),
                    QStringLiteral("nothing")},
                   home.path())
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestQmctl)
#include "tst_qmctl.moc"
