// qmctl's config commands as a script runs them: `check --fix` never damages the
// fleet's config, `check` and `replication` agree on who receives what, and `config set`
// changes only the line of the key it sets, only with --yes.

#include "core/config/configcheck.h"
#include "core/generatedfleets.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
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
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

const QString kTemplate =
    QStringLiteral(QM_SOURCE_DIR "/tests/data/distributed_hosts.template.yaml");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text);
    return path;
}

QJsonObject jsonOf(const Run &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

/// The kinds named by the findings of `rule` in `check --format json` output.
QSet<QString> kindsNamedBy(const QJsonArray &diagnostics, const QString &rule)
{
    static const QRegularExpression kinds(
        QStringLiteral("(?:^|receive |but )((?:games|npz|models)(?:, (?:games|npz|models))*)"
                       "(?= from | \\(|:|$)"));
    QSet<QString> named;
    for (const QJsonValue &value : diagnostics) {
        const QJsonObject d = value.toObject();
        if (d.value(QStringLiteral("rule")).toString() != rule)
            continue;
        const QString message = d.value(QStringLiteral("message")).toString();
        const QRegularExpressionMatch match = kinds.match(message);
        if (!match.hasMatch()) {
            named.insert(QStringLiteral("unreadable: ") + message);
            continue;
        }
        for (const QString &kind : match.captured(1).split(QStringLiteral(", ")))
            named.insert(kind);
    }
    return named;
}

QStringList hostsOf(const QJsonArray &receivers)
{
    QStringList names;
    for (const QJsonValue &value : receivers)
        names.append(value.toObject().value(QStringLiteral("host")).toString());
    return names;
}

/// A config for `config set`, with comments and a blank line that must stay.
const QByteArray kSetConfig = "# The fleet, as a person keeps it.\n"
                              "sync_routing:\n"
                              "  priority_hosts: [gpu-1]   # first to receive\n"
                              "hosts:\n"
                              "  gpu-1:  # the big one\n"
                              "    ssh_host: 10.0.0.5\n"
                              "    ssh_port: 22    # behind the firewall\n"
                              "    status: ready\n"
                              "\n"
                              "  nas:\n"
                              "    ssh_host: 'nas.local'  # NFS\n"
                              "    role: storage\n";

QString writeConfig(const QTemporaryDir &dir, const QByteArray &text)
{
    return writeFile(dir, QStringLiteral("distributed_hosts.yaml"), text);
}

QByteArray replaced(QByteArray text, const QByteArray &from, const QByteArray &to)
{
    return text.replace(from, to);
}

/// The problems `qmctl check --format json` finds in `path`, as "rule: message".
QStringList problems(const QString &path)
{
    const Run run =
        qmctl({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), path});
    QStringList found;
    const QJsonArray diagnostics =
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("diagnostics")).toArray();
    for (const QJsonValue &value : diagnostics) {
        const QJsonObject d = value.toObject();
        found.append(d.value(QStringLiteral("rule")).toString() + QStringLiteral(": ") +
                     d.value(QStringLiteral("message")).toString());
    }
    return found;
}

bool hasBackups(const QTemporaryDir &dir)
{
    return !QDir(dir.filePath(QStringLiteral(".config_backups")))
                .entryList(QDir::Files | QDir::Hidden)
                .isEmpty();
}

} // namespace

class TestQmctlConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixKeepsTheTemplatesVotersAndPriorityHosts();
    void fixNeverListsAHostTwice();
    void checkAndReplicationAgree_data();
    void checkAndReplicationAgree();
    void replicationOfTheTemplate();
    void replicationExitCodes();
    void setSetsAKnownKey();
    void setWritesNothingWithoutYes();
    void setRefusesBadInput_data();
    void setRefusesBadInput();
    void setJson();
    void setShowsTheProblemsItAdds();
    void setKeepsLineEndings();
    void setSameValueChangesNothing();
    void setHelp();
    void historyJson();
    void historyText();
    void diffOfVersions();
    void minerHistory();
};

void TestQmctlConfig::fixKeepsTheTemplatesVotersAndPriorityHosts()
{
    QTemporaryDir dir;
    const QByteArray original = readFile(kTemplate);
    QVERIFY(!original.isEmpty());
    const QString path = writeFile(dir, QStringLiteral("distributed_hosts.yaml"), original);

    const Run applied =
        qmctl({QStringLiteral("check"), QStringLiteral("--fix"), QStringLiteral("--yes"), path});
    // Errors remain (the dangling references), so exit 1; nothing was written.
    QCOMPARE(applied.exitCode, 1);
    QCOMPARE(readFile(path), original);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral(".config_backups"))));
    // (Plural forms come with the translations: "fixes" or "fix(es)".)
    QVERIFY2(applied.out.contains("nothing fixed: 7 fix"), applied.out.constData());
    // The problems it could not fix, as `qmctl check` prints them.
    QVERIFY2(applied.out.contains(":31:7: error[QM005]: priority host 'your-training-node-1'"),
             applied.out.constData());
    QVERIFY(applied.out.contains(":75:5: error[QM005]: p2p voter 'your-stable-node-5'"));
    QVERIFY(applied.out.contains("errors: 7, warnings: 1, info: 0"));
    // Why each fix was refused.
    QVERIFY2(applied.err.contains(":31: QM005 fix refused: Remove the reference to "
                                  "'your-training-node-1': together with the other fixes it "
                                  "would leave sync_routing.priority_hosts empty"),
             applied.err.constData());
    QVERIFY2(applied.err.contains(":71: QM005 fix refused: Remove the reference to "
                                  "'your-stable-node-1': it would add a problem: warning[QM008]"),
             applied.err.constData());

    // JSON: no fix, seven refusals with reasons, the eight problems left.
    const Run json = qmctl(
        {QStringLiteral("check"), QStringLiteral("--fix"), QStringLiteral("--format=json"), path});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject file = jsonOf(json).value(QStringLiteral("files")).toArray().at(0).toObject();
    QCOMPARE(file.value(QStringLiteral("fixes")).toArray().size(), 0);
    const QJsonArray refused = file.value(QStringLiteral("refused")).toArray();
    QCOMPARE(refused.size(), 7);
    for (const QJsonValue &value : refused) {
        const QJsonObject r = value.toObject();
        QCOMPARE(r.value(QStringLiteral("rule")).toString(), QStringLiteral("QM005"));
        QVERIFY(r.value(QStringLiteral("line")).toInt() > 0);
        QVERIFY(!r.value(QStringLiteral("reason")).toString().isEmpty());
    }
    QCOMPARE(file.value(QStringLiteral("remaining")).toArray().size(), 8);
    QCOMPARE(file.value(QStringLiteral("diff")).toString(), QString());
    QCOMPARE(file.value(QStringLiteral("written")).toBool(), false);
}

void TestQmctlConfig::fixNeverListsAHostTwice()
{
    // Once a stub your-training-node-1 exists, node-2 is one letter from it: the fix must
    // not rename node-2 into a second node-1.
    QTemporaryDir dir;
    QByteArray text = readFile(kTemplate);
    text.replace("\nhosts:\n", "\nhosts:\n  your-training-node-1:\n    status: disabled\n");
    const QString path = writeFile(dir, QStringLiteral("distributed_hosts.yaml"), text);
    const Run applied =
        qmctl({QStringLiteral("check"), QStringLiteral("--fix"), QStringLiteral("--yes"), path});
    QCOMPARE(applied.exitCode, 1); // the voters stay dangling
    QVERIFY2(!applied.out.contains("Change 'your-training-node-2'"), applied.out.constData());
    const Run check = qmctl({QStringLiteral("check"), QStringLiteral("--format=json"), path});
    for (const QJsonValue &value : jsonOf(check).value(QStringLiteral("diagnostics")).toArray())
        QVERIFY2(value.toObject().value(QStringLiteral("rule")).toString() != u"QM013",
                 qPrintable(value.toObject().value(QStringLiteral("message")).toString()));
    const QByteArray after = readFile(path);
    QCOMPARE(after.count("    - your-training-node-1\n"), 1);
    QCOMPARE(after.count("  - your-stable-node-"), 5);
}

void TestQmctlConfig::checkAndReplicationAgree_data()
{
    QTest::addColumn<QString>("path");
    static QTemporaryDir generated;
    QDirIterator it(QStringLiteral(QM_SOURCE_DIR "/tests/data"), {QStringLiteral("*.yaml")},
                    QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        if (!qm::checkConfigFile(path).config)
            continue; // does not load: both commands refuse it (exit 2)
        QTest::newRow(qPrintable(QDir(QStringLiteral(QM_SOURCE_DIR)).relativeFilePath(path)))
            << path;
        ++files;
    }
    QVERIFY(files >= 2);
    for (quint32 seed = 101; seed <= 108; ++seed) {
        const QString name = QStringLiteral("generated-%1.yaml").arg(seed);
        QTest::newRow(qPrintable(name))
            << writeFile(generated, name, qm::testing::generatedFleet(seed));
    }
}

void TestQmctlConfig::checkAndReplicationAgree()
{
    QFETCH(QString, path);
    const Run check = qmctl({QStringLiteral("check"), QStringLiteral("--format=json"), path});
    QVERIFY2(check.exitCode == 0 || check.exitCode == 1, check.out.constData());
    const Run replication = qmctl({QStringLiteral("replication"), QStringLiteral("--config"), path,
                                   QStringLiteral("--format=json")});
    const QJsonObject top = jsonOf(replication);
    QCOMPARE(top.value(QStringLiteral("schemaVersion")).toInt(), 1);
    const QJsonValue targetValue = top.value(QStringLiteral("replicationTarget"));
    QHash<QString, QStringList> receivers;
    for (const QJsonValue &value : top.value(QStringLiteral("kinds")).toArray()) {
        const QJsonObject kind = value.toObject();
        receivers.insert(kind.value(QStringLiteral("kind")).toString(),
                         hostsOf(kind.value(QStringLiteral("receivers")).toArray()));
    }
    QCOMPARE(receivers.size(), 3);
    QSet<QString> alone;
    QSet<QString> tooFew;
    bool belowTarget = false;
    for (const QJsonValue &value : top.value(QStringLiteral("routes")).toArray()) {
        const QJsonObject route = value.toObject();
        const QString kind = route.value(QStringLiteral("kind")).toString();
        const QStringList routed = hostsOf(route.value(QStringLiteral("receivers")).toArray());
        QStringList expected = receivers.value(kind);
        expected.removeAll(route.value(QStringLiteral("producer")).toString());
        QCOMPARE(routed, expected);
        const bool below = route.value(QStringLiteral("belowTarget")).toBool();
        QCOMPARE(below, !targetValue.isNull() && routed.size() < targetValue.toInt());
        belowTarget = belowTarget || below;
        if (routed.isEmpty())
            alone.insert(kind);
        else if (below)
            tooFew.insert(kind);
    }
    const QJsonArray diagnostics = jsonOf(check).value(QStringLiteral("diagnostics")).toArray();
    QCOMPARE(kindsNamedBy(diagnostics, QStringLiteral("QM004")), alone);
    QCOMPARE(kindsNamedBy(diagnostics, QStringLiteral("QM003")), tooFew);
    // Rows below the target: files are certainly at risk.
    QCOMPARE(replication.exitCode, belowTarget ? 1 : 0);
}

void TestQmctlConfig::replicationOfTheTemplate()
{
    const Run text = qmctl({QStringLiteral("replication"), QStringLiteral("--config"), kTemplate});
    QCOMPARE(text.exitCode, 0);
    // The coordinator's games reach every ready host with a ringrift_path.
    QVERIFY2(text.out.contains("your-coordinator games: /path/to/games\n"
                               "  -> lambda-gh200-example:~/ringrift/ai-service/data/games\n"),
             text.out.constData());
    QVERIFY(text.out.contains(
        "  -> your-coordinator:/path/to/external/storage/canonical_data (external storage)\n"));
    QVERIFY(text.out.contains("skipped: aws-proxy-example (status is 'proxy_only', not 'ready')"));
    QVERIFY(!text.out.contains("every file is at risk"));
    QVERIFY(text.out.contains("Target: 3 cop"));

    const Run json = qmctl({QStringLiteral("replication"), QStringLiteral("--config"), kTemplate,
                            QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject top = jsonOf(json);
    QCOMPARE(top.value(QStringLiteral("schemaVersion")).toInt(), 1);
    QCOMPARE(top.value(QStringLiteral("replicationTarget")).toInt(), 3);
    const QJsonArray routes = top.value(QStringLiteral("routes")).toArray();
    QCOMPARE(routes.size(), 18);
    const QJsonObject first = routes.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("producer")).toString(),
             QStringLiteral("your-coordinator"));
    QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("games"));
    QCOMPARE(first.value(QStringLiteral("receivers")).toArray().size(), 5);
    // Not measured: the figures are null, never left out.
    for (const char *key : {"measuredAt", "error", "totalFiles", "totalBytes", "atRiskFiles",
                            "atRiskBytes", "oldestAtRiskModifiedAt"}) {
        QVERIFY2(first.contains(QLatin1String(key)), key);
        QVERIFY2(first.value(QLatin1String(key)).isNull(), key);
    }
    const QJsonObject receiver =
        first.value(QStringLiteral("receivers")).toArray().at(0).toObject();
    for (const char *key : {"host", "path", "externalStorage", "priority", "note", "measured",
                            "error", "missingFiles", "missingBytes"})
        QVERIFY2(receiver.contains(QLatin1String(key)), key);
    const QJsonObject skipped = first.value(QStringLiteral("skipped")).toArray().at(1).toObject();
    QCOMPARE(skipped.value(QStringLiteral("host")).toString(), QStringLiteral("aws-proxy-example"));
    QCOMPARE(skipped.value(QStringLiteral("reason")).toString(), QStringLiteral("not_ready"));
}

void TestQmctlConfig::replicationExitCodes()
{
    QTemporaryDir dir;
    // Three hosts, target three: each host's copies can go to two others only.
    const QString short_ = writeFile(dir, QStringLiteral("short.yaml"),
                                     "sync_routing: {replication_target: 3}\n"
                                     "hosts:\n  a: {ringrift_path: /r}\n  b: {ringrift_path: /r}\n"
                                     "  c: {ringrift_path: /r}\n");
    const Run below = qmctl({QStringLiteral("replication"), QStringLiteral("--config"), short_});
    QCOMPARE(below.exitCode, 1);
    QVERIFY2(below.out.contains("only 2 host") &&
                 below.out.contains("may hold it: the target cannot be reached"),
             below.out.constData());
    const QString none = writeFile(dir, QStringLiteral("none.yaml"),
                                   "sync_routing: {replication_target: 1}\n"
                                   "hosts:\n  a: {status: ready}\n");
    const Run nothing = qmctl({QStringLiteral("replication"), QStringLiteral("--config"), none});
    QCOMPARE(nothing.exitCode, 0);
    QVERIFY2(nothing.out.contains("nothing is replicated"), nothing.out.constData());

    const QString noTarget =
        writeFile(dir, QStringLiteral("notarget.yaml"),
                  "hosts:\n  a: {ringrift_path: /r}\n  b: {ringrift_path: /r}\n");
    const Run measureWithoutTarget =
        qmctl({QStringLiteral("replication"), QStringLiteral("--config"), noTarget,
               QStringLiteral("--measure"), QStringLiteral("--format=json")});
    QCOMPARE(measureWithoutTarget.exitCode, 2);
    QVERIFY(jsonOf(measureWithoutTarget)
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("replication_target")));

    const QString broken = writeFile(dir, QStringLiteral("broken.yaml"), "a: [\n");
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("replication")},
          QStringList{QStringLiteral("replication"), QStringLiteral("--config"), broken},
          QStringList{QStringLiteral("replication"), QStringLiteral("--config"),
                      dir.filePath(QStringLiteral("missing.yaml"))},
          QStringList{QStringLiteral("replication"), QStringLiteral("--config"), short_,
                      QStringLiteral("--parallel=0")},
          QStringList{QStringLiteral("replication"), QStringLiteral("--config"), short_,
                      QStringLiteral("--format=xml")},
          QStringList{QStringLiteral("replication"), QStringLiteral("--config"), short_,
                      QStringLiteral("stray")}}) {
        const Run run = qmctl(arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(u' ')));
        QVERIFY2(run.err.startsWith("qmctl: "), run.err.constData());
    }
}

void TestQmctlConfig::setSetsAKnownKey()
{
    QTemporaryDir dir;
    const QString path = writeConfig(dir, kSetConfig);
    const QStringList before = problems(path);
    const Run run =
        qmctl({QStringLiteral("config"), QStringLiteral("set"), path,
               QStringLiteral("gpu-1.ssh_port"), QStringLiteral("2222"), QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("set hosts.gpu-1.ssh_port to 2222; backup: "), run.out.constData());
    // Only the value changed: the comment on its line, and every other byte, stay.
    QCOMPARE(readFile(path), replaced(kSetConfig, "ssh_port: 22 ", "ssh_port: 2222 "));
    // The previous contents are in the backup.
    const QDir backups(dir.filePath(QStringLiteral(".config_backups")));
    const QStringList saved = backups.entryList(QDir::Files);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(readFile(backups.filePath(saved.first())), kSetConfig);
    // The result checks as the original did, and the daemons read a number.
    QCOMPARE(problems(path), before);
    const Run dump = qmctl({QStringLiteral("config"), QStringLiteral("dump"), path});
    QCOMPARE(dump.exitCode, 0);
    const QJsonValue port = QJsonDocument::fromJson(dump.out)
                                .object()
                                .value(QStringLiteral("document"))
                                .toObject()
                                .value(QStringLiteral("hosts"))
                                .toObject()
                                .value(QStringLiteral("gpu-1"))
                                .toObject()
                                .value(QStringLiteral("ssh_port"));
    QVERIFY(port.isDouble());
    QCOMPARE(port.toInt(), 2222);

    // A key the host does not have yet is added to its entry; a string that would read
    // as something else is quoted.
    QCOMPARE(qmctl({QStringLiteral("config"), QStringLiteral("set"), path,
                    QStringLiteral("nas.ssh_user"), QStringLiteral("yes"), QStringLiteral("--yes")})
                 .exitCode,
             0);
    QCOMPARE(readFile(path),
             replaced(kSetConfig, "ssh_port: 22 ", "ssh_port: 2222 ") + "    ssh_user: 'yes'\n");
}

void TestQmctlConfig::setWritesNothingWithoutYes()
{
    QTemporaryDir dir;
    const QString path = writeConfig(dir, kSetConfig);
    const Run run = qmctl({QStringLiteral("config"), QStringLiteral("set"), path,
                           QStringLiteral("nas.role"), QStringLiteral("backup")});
    // As `check --fix`: the change is shown, not made, and the status says so.
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("-    role: storage\n+    role: backup\n"), run.out.constData());
    QVERIFY2(run.out.startsWith("--- "), run.out.constData());
    QVERIFY2(run.err.contains("--yes"), run.err.constData());
    QCOMPARE(readFile(path), kSetConfig);
    QVERIFY(!hasBackups(dir));
}

void TestQmctlConfig::setRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments"); ///< after "config set FILE"
    QTest::addColumn<QByteArray>("message");

    QTest::newRow("unknown host") << QStringList{QStringLiteral("gpu1.ssh_port"),
                                                 QStringLiteral("22"), QStringLiteral("--yes")}
                                  << QByteArray("there is no host 'gpu1' in the file; did you "
                                                "mean 'gpu-1'?");
    QTest::newRow("unknown key") << QStringList{QStringLiteral("gpu-1.ssh_prot"),
                                                QStringLiteral("22"), QStringLiteral("--yes")}
                                 << QByteArray("did you mean 'ssh_port'?");
    QTest::newRow("not a number") << QStringList{QStringLiteral("gpu-1.ssh_port"),
                                                 QStringLiteral("ssh"), QStringLiteral("--yes")}
                                  << QByteArray("ssh_port takes a whole number; 'ssh' is not one");
    QTest::newRow("not a flag") << QStringList{QStringLiteral("nas.p2p_enabled"),
                                               QStringLiteral("perhaps"), QStringLiteral("--yes")}
                                << QByteArray("p2p_enabled takes true or false");
    QTest::newRow("a mapping") << QStringList{QStringLiteral("nas.storage_paths"),
                                              QStringLiteral("/data"), QStringLiteral("--yes")}
                               << QByteArray("not a single value");
    QTest::newRow("no key") << QStringList{QStringLiteral("nas"), QStringLiteral("x"),
                                           QStringLiteral("--yes")}
                            << QByteArray("is not HOST.KEY");
    QTest::newRow("no value") << QStringList{QStringLiteral("nas.role")}
                              << QByteArray("takes FILE HOST.KEY VALUE");
    QTest::newRow("unknown format")
        << QStringList{QStringLiteral("nas.role"), QStringLiteral("x"), QStringLiteral("--format"),
                       QStringLiteral("yaml")}
        << QByteArray("unknown format 'yaml'");
}

void TestQmctlConfig::setRefusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    QTemporaryDir dir;
    const QString path = writeConfig(dir, kSetConfig);
    const Run run =
        qmctl(QStringList{QStringLiteral("config"), QStringLiteral("set"), path} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(readFile(path), kSetConfig);
    QVERIFY(!hasBackups(dir));

    // A file that does not parse is not edited.
    const QByteArray broken = "hosts:\n  gpu-1: [\n";
    const QString brokenPath = writeConfig(dir, broken);
    QCOMPARE(
        qmctl({QStringLiteral("config"), QStringLiteral("set"), brokenPath,
               QStringLiteral("gpu-1.ssh_port"), QStringLiteral("22"), QStringLiteral("--yes")})
            .exitCode,
        2);
    QCOMPARE(readFile(brokenPath), broken);
}

void TestQmctlConfig::setJson()
{
    QTemporaryDir dir;
    const QString path = writeConfig(dir, kSetConfig);
    const QStringList set = {QStringLiteral("config"),
                             QStringLiteral("set"),
                             path,
                             QStringLiteral("gpu-1.ssh_port"),
                             QStringLiteral("2222"),
                             QStringLiteral("--format"),
                             QStringLiteral("json")};
    const Run plan = qmctl(set);
    QCOMPARE(plan.exitCode, 1);
    QJsonObject top = QJsonDocument::fromJson(plan.out).object();
    QCOMPARE(top.value(QStringLiteral("schemaVersion")).toInt(), 1);
    QCOMPARE(top.value(QStringLiteral("setting")).toString(),
             QStringLiteral("hosts.gpu-1.ssh_port"));
    QCOMPARE(top.value(QStringLiteral("type")).toString(), QStringLiteral("int"));
    QCOMPARE(top.value(QStringLiteral("written")).toBool(), false);
    QVERIFY(top.value(QStringLiteral("backupPath")).isNull());
    QVERIFY(top.value(QStringLiteral("diff"))
                .toString()
                .contains(QStringLiteral("+    ssh_port: 2222")));
    QVERIFY(top.value(QStringLiteral("added")).toArray().isEmpty());
    QCOMPARE(readFile(path), kSetConfig);

    const Run written = qmctl(set + QStringList{QStringLiteral("--yes")});
    QCOMPARE(written.exitCode, 0);
    top = QJsonDocument::fromJson(written.out).object();
    QCOMPARE(top.value(QStringLiteral("written")).toBool(), true);
    QCOMPARE(readFile(top.value(QStringLiteral("backupPath")).toString()), kSetConfig);

    // Errors are JSON too.
    const Run refused = qmctl({QStringLiteral("config"), QStringLiteral("set"), path,
                               QStringLiteral("nobody.ssh_port"), QStringLiteral("22"),
                               QStringLiteral("--format=json")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(QJsonDocument::fromJson(refused.out)
                .object()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("there is no host 'nobody'")));
}

void TestQmctlConfig::setShowsTheProblemsItAdds()
{
    QTemporaryDir dir;
    const QString path = writeConfig(dir, kSetConfig);
    // A priority host that is not ready: QM009, a warning, shown before and after.
    const QStringList set = {QStringLiteral("config"), QStringLiteral("set"), path,
                             QStringLiteral("gpu-1.status"), QStringLiteral("disabled")};
    const Run plan = qmctl(set);
    QCOMPARE(plan.exitCode, 1);
    QVERIFY2(plan.err.contains("warning[QM009]: priority host 'gpu-1' is status 'disabled'"),
             plan.err.constData());
    const Run written = qmctl(set + QStringList{QStringLiteral("--yes")});
    QCOMPARE(written.exitCode, 0); // a warning, not an error
    QVERIFY2(written.out.contains("this change adds:"), written.out.constData());
    QVERIFY2(written.out.contains("warning[QM009]"), written.out.constData());
    QCOMPARE(readFile(path), replaced(kSetConfig, "status: ready", "status: disabled"));
}

void TestQmctlConfig::setKeepsLineEndings()
{
    QTemporaryDir dir;
    const QByteArray crlf = replaced(kSetConfig, "\n", "\r\n");
    const QString path = writeConfig(dir, crlf);
    QCOMPARE(qmctl({QStringLiteral("config"), QStringLiteral("set"), path,
                    QStringLiteral("nas.tailscale_ip"), QStringLiteral("100.64.0.7"),
                    QStringLiteral("--yes")})
                 .exitCode,
             0);
    QCOMPARE(readFile(path), crlf + "    tailscale_ip: 100.64.0.7\r\n");
}

void TestQmctlConfig::setSameValueChangesNothing()
{
    QTemporaryDir dir;
    const QString path = writeConfig(dir, kSetConfig);
    const Run run =
        qmctl({QStringLiteral("config"), QStringLiteral("set"), path, QStringLiteral("nas.role"),
               QStringLiteral("storage"), QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("nothing to change"), run.out.constData());
    QCOMPARE(readFile(path), kSetConfig);
    QVERIFY(!hasBackups(dir));
}

void TestQmctlConfig::setHelp()
{
    const Run run = qmctl({QStringLiteral("config"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *text : {"set FILE HOST.KEY VALUE", "--yes", "--format", "Exit codes"})
        QVERIFY2(run.out.contains(text), text);
}

namespace {

QByteArray historyVersion(int number)
{
    return readFile(QStringLiteral(QM_SOURCE_DIR "/tests/data/history/v%1.yaml").arg(number));
}

/// A config whose .config_backups hold versions 1 (the updater's) and 3 (Quartermaster's,
/// mode 0600); the file is version 4.
QString historyFixture(const QTemporaryDir &dir)
{
    const QString path =
        writeFile(dir, QStringLiteral("distributed_hosts.yaml"), historyVersion(4));
    QDir().mkpath(dir.filePath(QStringLiteral(".config_backups")));
    writeFile(dir, QStringLiteral(".config_backups/distributed_hosts_20251101_100000.yaml"),
              historyVersion(1));
    const QString ours =
        writeFile(dir, QStringLiteral(".config_backups/distributed_hosts_20251102_100000.yaml"),
                  historyVersion(3));
    QFile::setPermissions(ours, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

} // namespace

void TestQmctlConfig::historyJson()
{
    QTemporaryDir dir;
    const QString path = historyFixture(dir);
    const Run run = qmctl({QStringLiteral("config"), QStringLiteral("history"), path,
                           QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QJsonObject root = jsonOf(run);
    QCOMPARE(root.value(QStringLiteral("schemaVersion")).toInt(), 1);
    const QJsonArray versions = root.value(QStringLiteral("versions")).toArray();
    QCOMPARE(versions.size(), 3);
    const QStringList keys = {QStringLiteral("at"),
                              QStringLiteral("author"),
                              QStringLiteral("errorCount"),
                              QStringLiteral("id"),
                              QStringLiteral("parseError"),
                              QStringLiteral("path"),
                              QStringLiteral("problemsAdded"),
                              QStringLiteral("problemsFixed"),
                              QStringLiteral("source"),
                              QStringLiteral("summary")};
    for (const QJsonValue &value : versions)
        QCOMPARE(value.toObject().keys(), keys);
    const QJsonObject first = versions.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("source")).toString(), QStringLiteral("config_backups"));
    QCOMPARE(first.value(QStringLiteral("id")).toString(),
             QStringLiteral("distributed_hosts_20251101_100000.yaml"));
    QCOMPARE(first.value(QStringLiteral("at")).toString(),
             QDateTime(QDate(2025, 11, 1), QTime(10, 0)).toUTC().toString(Qt::ISODate));
    const QJsonObject second = versions.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("source")).toString(), QStringLiteral("backup"));
    QCOMPARE(second.value(QStringLiteral("problemsAdded")).toArray(),
             QJsonArray{QStringLiteral("QM001")});
    QCOMPARE(second.value(QStringLiteral("errorCount")).toInt(), 1);
    QCOMPARE(second.value(QStringLiteral("summary")).toString(),
             QStringLiteral("Host gpu-2 added; max_disk_usage_percent 70 → 80; gpu-2 added to "
                            "sync_routing.excluded_hosts; gpu-2 added to auto_sync.exclude_hosts; "
                            "gpu-2 added to allowed_external_storage"));
    const QJsonObject current = versions.at(2).toObject();
    QCOMPARE(current.value(QStringLiteral("source")).toString(), QStringLiteral("current"));
    QCOMPARE(current.value(QStringLiteral("id")).toString(), QStringLiteral("current"));
    QCOMPARE(current.value(QStringLiteral("path")).toString(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(current.value(QStringLiteral("problemsFixed")).toArray(),
             QJsonArray{QStringLiteral("QM001")});
    QCOMPARE(current.value(QStringLiteral("errorCount")).toInt(), 0);
    QVERIFY(current.value(QStringLiteral("author")).isNull());
    QVERIFY(current.value(QStringLiteral("parseError")).isNull());

    // A file that cannot be read: exit 2, the error as JSON.
    const Run missing = qmctl({QStringLiteral("config"), QStringLiteral("history"),
                               dir.filePath(QStringLiteral("nope.yaml")),
                               QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(jsonOf(missing)
                .value(QStringLiteral("error"))
                .toObject()
                .contains(QStringLiteral("message")));
}

void TestQmctlConfig::historyText()
{
    QTemporaryDir dir;
    const QString path = historyFixture(dir);
    const Run run = qmctl({QStringLiteral("config"), QStringLiteral("history"), path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("  backup  distributed_hosts_20251102_100000.yaml\n"),
             run.out.constData());
    QVERIFY2(run.out.contains("    adds QM001\n"), run.out.constData());
    QVERIFY2(run.out.contains("    fixes QM001\n"), run.out.constData());
    QVERIFY2(run.err.contains("not in a git repository"), run.err.constData());
    QCOMPARE(
        qmctl({QStringLiteral("config"), QStringLiteral("history"), path, QStringLiteral("--yes")})
            .exitCode,
        2);
}

void TestQmctlConfig::diffOfVersions()
{
    QTemporaryDir dir;
    const QString path = historyFixture(dir);
    // One version: from it to the current file.
    Run run = qmctl({QStringLiteral("config"), QStringLiteral("diff"), path,
                     QStringLiteral("distributed_hosts_20251102_100000.yaml")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("--- distributed_hosts_20251102_100000.yaml"), run.out.constData());
    QVERIFY(run.out.contains("-  excluded_hosts: [gpu-2]\n+  excluded_hosts: []\n"));
    // Two versions, as JSON.
    run = qmctl({QStringLiteral("config"), QStringLiteral("diff"), path,
                 QStringLiteral("distributed_hosts_20251101_100000.yaml"),
                 QStringLiteral("distributed_hosts_20251102_100000.yaml"),
                 QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = jsonOf(run);
    QCOMPARE(root.value(QStringLiteral("from")).toString(),
             QStringLiteral("distributed_hosts_20251101_100000.yaml"));
    QCOMPARE(root.value(QStringLiteral("to")).toString(),
             QStringLiteral("distributed_hosts_20251102_100000.yaml"));
    QVERIFY(root.value(QStringLiteral("diff"))
                .toString()
                .contains(QLatin1String("+  max_disk_usage_percent: 80")));
    // An unknown version: exit 2.
    run = qmctl({QStringLiteral("config"), QStringLiteral("diff"), path, QStringLiteral("v9")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("no version 'v9'"), run.err.constData());
}

void TestQmctlConfig::minerHistory()
{
    QTemporaryDir dir;
    writeFile(dir, QStringLiteral("miner_config_history.jsonl"),
              "{\"timestamp\": \"2025-11-12T10:00:00+00:00\", \"event\": \"config_change\", "
              "\"changes\": {\"clip_threshold\": {\"old\": 0.1, \"new\": 0.12}}, \"reason\": "
              "\"tuning\"}\n"
              "not json\n");
    Run run = qmctl({QStringLiteral("config"), QStringLiteral("miner-history"), dir.path(),
                     QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = jsonOf(run);
    QCOMPARE(root.value(QStringLiteral("schemaVersion")).toInt(), 1);
    const QJsonObject change = root.value(QStringLiteral("changes")).toArray().at(0).toObject();
    QCOMPARE(change.value(QStringLiteral("setting")).toString(), QStringLiteral("clip_threshold"));
    QCOMPARE(change.value(QStringLiteral("old")).toDouble(), 0.1);
    QCOMPARE(change.value(QStringLiteral("new")).toDouble(), 0.12);
    QCOMPARE(change.value(QStringLiteral("at")).toString(), QStringLiteral("2025-11-12T10:00:00Z"));
    QCOMPARE(root.value(QStringLiteral("badLines")).toInt(), 1);
    run = qmctl({QStringLiteral("config"), QStringLiteral("miner-history"), dir.path()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("clip_threshold  0.1 → 0.12  tuning"), run.out.constData());
    QVERIFY2(run.err.contains("miner_config_history.jsonl: 1 line skipped"), run.err.constData());
    QCOMPARE(qmctl({QStringLiteral("config"), QStringLiteral("miner-history"),
                    dir.filePath(QStringLiteral("missing"))})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestQmctlConfig)
#include "tst_qmctl_config.moc"
