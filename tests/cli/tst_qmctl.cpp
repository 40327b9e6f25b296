// Runs the real qmctl binary, as a script or cron job would.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run qmctl(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
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
    void volumesJsonMatchesDf();
    void volumesJsonShape();
    void volumesText();
    void usageErrors_data();
    void usageErrors();
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

QTEST_GUILESS_MAIN(TestQmctl)
#include "tst_qmctl.moc"
