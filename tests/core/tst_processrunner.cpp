// Running external programs (outcomes, time-outs, caps, streaming, cancel) and the
// list of hosts to probe built from a fleet config. Nothing here connects anywhere.

#include "core/config/configcheck.h"
#include "core/hosts/probehost.h"
#include "core/remote/processrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

namespace {

using Outcome = qm::ProcessResult::Outcome;

const char *outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Finished:
        return "Finished";
    case Outcome::FailedToStart:
        return "FailedToStart";
    case Outcome::TimedOut:
        return "TimedOut";
    case Outcome::Crashed:
        return "Crashed";
    case Outcome::Cancelled:
        return "Cancelled";
    }
    return "?";
}

QString describe(const qm::ProcessResult &result)
{
    return QStringLiteral("%1 exit %2 after %3 ms: %4 [stderr %5]")
        .arg(QLatin1String(outcomeName(result.outcome)))
        .arg(result.exitCode)
        .arg(result.elapsedMs)
        .arg(result.errorString, QString::fromUtf8(result.standardError));
}

qm::ProcessRequest shell(const QString &script)
{
    qm::ProcessRequest request;
    request.program = QStringLiteral("/bin/sh");
    request.arguments = {QStringLiteral("-c"), script};
    request.timeoutMs = 10000;
    return request;
}

const qm::ProbeHost *hostNamed(const QList<qm::ProbeHost> &hosts, const QString &name)
{
    for (const qm::ProbeHost &host : hosts) {
        if (host.name == name)
            return &host;
    }
    return nullptr;
}

// A fleet config for the probe list: only `.invalid` names and 127.0.0.1.
const QByteArray kFleet = "hosts:\n"
                          "  coord-1:\n"
                          "    ssh_host: coord-1.example.invalid\n"
                          "    ssh_port: 2222\n"
                          "    ssh_user: ubuntu\n"
                          "    ssh_key: ~/.ssh/id_fleet\n"
                          "    role: coordinator\n"
                          "    status: ready\n"
                          "    ringrift_path: ~/ringrift/ai-service\n"
                          "    storage_paths:\n"
                          "      games: ~/ringrift/ai-service/data/games\n"
                          "      npz: /mnt/big/npz/\n"
                          "  gpu-1:\n"
                          "    ssh_host: 127.0.0.1\n"
                          "    role: gpu_selfplay\n"
                          "    data_dir: /data\n"
                          "    storage_paths:\n"
                          "      models: /data/models\n"
                          "      games: /data/games\n"
                          "  metrics-1:\n"
                          "    node_exporter_url: http://metrics-1.example.invalid:9100/metrics\n"
                          "    role: monitor\n"
                          "    status: disabled\n"
                          "  both-1:\n"
                          "    ssh_host: both-1.example.invalid\n"
                          "    node_exporter_url: http://both-1.example.invalid:9100/metrics\n"
                          "    role: training\n"
                          "  bare-1:\n"
                          "    ssh_host: bare-1.example.invalid\n"
                          "sync_routing:\n"
                          "  allowed_external_storage:\n"
                          "    - host: coord-1\n"
                          "      path: /Volumes/Data\n"
                          "      receive_games: true\n"
                          "    - host: gpu-1\n"
                          "      path: /mnt/ext\n"
                          "      receive_models: true\n"
                          "    - host: coord-1\n"
                          "      path: /Volumes/Backup\n"
                          "      receive_npz: true\n";

} // namespace

class TestProcessRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void success();
    void nonZeroExit();
    void failedToStart();
    void crashed();
    void timeout();
    void outputCap();
    void errorCap();
    void streaming();
    void streamingStops();
    void cancelFlag();
    void standardInput();
    void environment();
    void displayCommandLine_data();
    void displayCommandLine();
    void findProgram();
    void stoppingEndsTheWholeGroup();
    void programsDieWithTheProcessThatStartedThem();

    void outermostRoots_data();
    void outermostRoots();
    void probeHostsWithoutConfig();
    void probeHostsFromConfig();
    void probeHostsThisMachineInConfig();
    void nodeExporterOverrides();
    void defaultDaemonRules_data();
    void defaultDaemonRules();
};

void TestProcessRunner::success()
{
    const qm::ProcessResult result =
        qm::runProcess(shell(QStringLiteral("echo out; echo err >&2")));
    QVERIFY2(result.succeeded(), qPrintable(describe(result)));
    QCOMPARE(result.outcome, Outcome::Finished);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.standardOutput, QByteArray("out\n"));
    QCOMPARE(result.standardError, QByteArray("err\n"));
    QVERIFY(!result.outputTruncated);
    QVERIFY(result.errorString.isEmpty());
    QCOMPARE(result.commandLine, QStringLiteral("/bin/sh -c 'echo out; echo err >&2'"));
    QVERIFY(result.elapsedMs >= 0);
}

void TestProcessRunner::nonZeroExit()
{
    const qm::ProcessResult result = qm::runProcess(shell(QStringLiteral("echo partial; exit 3")));
    QCOMPARE(result.outcome, Outcome::Finished);
    QCOMPARE(result.exitCode, 3);
    QVERIFY(!result.succeeded());
    QCOMPARE(result.standardOutput, QByteArray("partial\n"));
}

void TestProcessRunner::failedToStart()
{
    qm::ProcessRequest request;
    request.program = QStringLiteral("/nonexistent/qm-test/no-such-program");
    request.arguments = {QStringLiteral("--version")};
    const qm::ProcessResult result = qm::runProcess(request);
    QCOMPARE(result.outcome, Outcome::FailedToStart);
    QVERIFY(!result.succeeded());
    QVERIFY(!result.errorString.isEmpty());
    QVERIFY2(result.errorString.contains(request.program), qPrintable(result.errorString));

    request.program = QStringLiteral("qm-test-no-such-program-on-path");
    const qm::ProcessResult byName = qm::runProcess(request);
    QCOMPARE(byName.outcome, Outcome::FailedToStart);
    QVERIFY(!byName.errorString.isEmpty());
}

void TestProcessRunner::crashed()
{
    const qm::ProcessResult result = qm::runProcess(shell(QStringLiteral("kill -SEGV $$")));
    QVERIFY2(result.outcome == Outcome::Crashed, qPrintable(describe(result)));
    QVERIFY(!result.succeeded());
    QVERIFY(!result.errorString.isEmpty());
}

void TestProcessRunner::timeout()
{
    qm::ProcessRequest request;
    request.program = QStringLiteral("sleep");
    request.arguments = {QStringLiteral("10")};
    request.timeoutMs = 300;
    QElapsedTimer clock;
    clock.start();
    const qm::ProcessResult result = qm::runProcess(request);
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(result.outcome == Outcome::TimedOut, qPrintable(describe(result)));
    QVERIFY(!result.succeeded());
    QVERIFY(!result.errorString.isEmpty());
    QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed >= 250, qPrintable(QString::number(elapsed)));
    QVERIFY(result.elapsedMs <= elapsed);
}

void TestProcessRunner::outputCap()
{
    qm::ProcessRequest request;
    request.program = QStringLiteral("head");
    request.arguments = {QStringLiteral("-c"), QStringLiteral("100000"),
                         QStringLiteral("/dev/zero")};
    request.maxOutputBytes = 1000;
    request.timeoutMs = 10000;
    const qm::ProcessResult result = qm::runProcess(request);
    QVERIFY2(result.outputTruncated, qPrintable(describe(result)));
    QCOMPARE(result.standardOutput.size(), qsizetype(1000));
    QCOMPARE(result.standardOutput, QByteArray(1000, '\0'));
    QVERIFY(!result.errorString.isEmpty());

    // An output of exactly the cap is not cut.
    request.arguments = {QStringLiteral("-c"), QStringLiteral("1000"), QStringLiteral("/dev/zero")};
    const qm::ProcessResult exact = qm::runProcess(request);
    QVERIFY2(exact.succeeded(), qPrintable(describe(exact)));
    QVERIFY(!exact.outputTruncated);
    QCOMPARE(exact.standardOutput.size(), qsizetype(1000));
}

void TestProcessRunner::errorCap()
{
    qm::ProcessRequest request = shell(QStringLiteral("head -c 100000 /dev/zero >&2; echo done"));
    request.maxErrorBytes = 100;
    const qm::ProcessResult result = qm::runProcess(request);
    QVERIFY2(result.succeeded(), qPrintable(describe(result)));
    QCOMPARE(result.standardError, QByteArray(100, '\0'));
    QCOMPARE(result.standardOutput, QByteArray("done\n"));
    QVERIFY(!result.outputTruncated);
}

void TestProcessRunner::streaming()
{
    qm::ProcessRequest request;
    request.program = QStringLiteral("seq");
    request.arguments = {QStringLiteral("1"), QStringLiteral("50000")};
    request.timeoutMs = 10000;
    request.maxOutputBytes = 10; // does not apply to a streamed output
    QByteArray received;
    int chunks = 0;
    request.onOutput = [&](QByteArrayView chunk) {
        received.append(chunk);
        ++chunks;
        return true;
    };
    const qm::ProcessResult result = qm::runProcess(request);
    QVERIFY2(result.succeeded(), qPrintable(describe(result)));
    QVERIFY(result.standardOutput.isEmpty());
    QVERIFY(!result.outputTruncated);
    QVERIFY(chunks >= 1);
    QByteArray expected;
    for (int i = 1; i <= 50000; ++i)
        expected += QByteArray::number(i) + '\n';
    QCOMPARE(received.size(), expected.size());
    QVERIFY(received == expected);
}

void TestProcessRunner::streamingStops()
{
    // `yes` never ends by itself: only the reader's "enough" stops it.
    qm::ProcessRequest request;
    request.program = QStringLiteral("yes");
    request.timeoutMs = 10000;
    int calls = 0;
    qsizetype bytes = 0;
    request.onOutput = [&](QByteArrayView chunk) {
        ++calls;
        bytes += chunk.size();
        return false;
    };
    QElapsedTimer clock;
    clock.start();
    const qm::ProcessResult result = qm::runProcess(request);
    QVERIFY2(result.outcome == Outcome::Cancelled, qPrintable(describe(result)));
    QVERIFY(!result.succeeded());
    QCOMPARE(calls, 1); // never called again after it said no
    QVERIFY(bytes > 0);
    QVERIFY(result.standardOutput.isEmpty());
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
}

void TestProcessRunner::cancelFlag()
{
    std::atomic<bool> cancel{false};
    qm::ProcessRequest request;
    request.program = QStringLiteral("sleep");
    request.arguments = {QStringLiteral("10")};
    request.timeoutMs = 20000;
    request.cancel = &cancel;
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        cancel = true;
    });
    QElapsedTimer clock;
    clock.start();
    const qm::ProcessResult result = qm::runProcess(request);
    const qint64 elapsed = clock.elapsed();
    canceller.join();
    QVERIFY2(result.outcome == Outcome::Cancelled, qPrintable(describe(result)));
    QVERIFY(!result.errorString.isEmpty());
    QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));

    // Already set: stops at once.
    clock.restart();
    const qm::ProcessResult early = qm::runProcess(request);
    QVERIFY2(early.outcome == Outcome::Cancelled, qPrintable(describe(early)));
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
}

void TestProcessRunner::standardInput()
{
    qm::ProcessRequest request;
    request.program = QStringLiteral("cat");
    request.standardInput = QByteArray("hello\nworld \xe2\x98\x83\n", 18);
    request.timeoutMs = 10000;
    const qm::ProcessResult result = qm::runProcess(request);
    QVERIFY2(result.succeeded(), qPrintable(describe(result)));
    QCOMPARE(result.standardOutput, request.standardInput);

    // A large input (beyond a pipe's buffer) arrives whole.
    request.standardInput = QByteArray(300000, 'z');
    const qm::ProcessResult large = qm::runProcess(request);
    QVERIFY2(large.succeeded(), qPrintable(describe(large)));
    QCOMPARE(large.standardOutput.size(), request.standardInput.size());
    QVERIFY(large.standardOutput == request.standardInput);
}

void TestProcessRunner::environment()
{
    const QString sh = qm::findProgram(QStringLiteral("sh"));
    QVERIFY(!sh.isEmpty());
    qm::ProcessRequest request;
    request.program = sh;
    request.arguments = {QStringLiteral("-c"), QStringLiteral("echo \"$QM_TEST_VALUE\"")};
    request.environment.insert(QStringLiteral("QM_TEST_VALUE"), QStringLiteral("from the test"));
    const qm::ProcessResult result = qm::runProcess(request);
    QVERIFY2(result.succeeded(), qPrintable(describe(result)));
    QCOMPARE(result.standardOutput, QByteArray("from the test\n"));
}

void TestProcessRunner::displayCommandLine_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain words") << QStringLiteral("/usr/bin/ssh")
                                 << QStringList{QStringLiteral("-p"), QStringLiteral("2222"),
                                                QStringLiteral("user@host.invalid"),
                                                QStringLiteral("-oBatchMode=yes"),
                                                QStringLiteral("a,b:c%d+e_f.g")}
                                 << QStringLiteral(
                                        "/usr/bin/ssh -p 2222 user@host.invalid -oBatchMode=yes "
                                        "a,b:c%d+e_f.g");
    QTest::newRow("no arguments") << QStringLiteral("df") << QStringList{} << QStringLiteral("df");
    QTest::newRow("space") << QStringLiteral("echo") << QStringList{QStringLiteral("hello world")}
                           << QStringLiteral("echo 'hello world'");
    QTest::newRow("single quote") << QStringLiteral("echo") << QStringList{QStringLiteral("it's")}
                                  << QStringLiteral("echo 'it'\\''s'");
    QTest::newRow("double quotes")
        << QStringLiteral("echo") << QStringList{QStringLiteral("say \"hi\"")}
        << QStringLiteral("echo 'say \"hi\"'");
    QTest::newRow("dollar") << QStringLiteral("echo") << QStringList{QStringLiteral("$HOME")}
                            << QStringLiteral("echo '$HOME'");
    QTest::newRow("command substitution")
        << QStringLiteral("echo") << QStringList{QStringLiteral("$(rm -rf x)")}
        << QStringLiteral("echo '$(rm -rf x)'");
    QTest::newRow("backtick") << QStringLiteral("echo") << QStringList{QStringLiteral("`id`")}
                              << QStringLiteral("echo '`id`'");
    QTest::newRow("glob") << QStringLiteral("ls") << QStringList{QStringLiteral("*.db")}
                          << QStringLiteral("ls '*.db'");
    QTest::newRow("empty argument")
        << QStringLiteral("printf") << QStringList{QString()} << QStringLiteral("printf ''");
    QTest::newRow("program with a space")
        << QStringLiteral("/Applications/My App/bin/tool") << QStringList{QStringLiteral("-v")}
        << QStringLiteral("'/Applications/My App/bin/tool' -v");
    QTest::newRow("mixed") << QStringLiteral("sh")
                           << QStringList{QStringLiteral("-c"), QStringLiteral("echo $1"),
                                          QStringLiteral("plain")}
                           << QStringLiteral("sh -c 'echo $1' plain");
}

void TestProcessRunner::displayCommandLine()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QCOMPARE(qm::displayCommandLine(program, arguments), expected);
}

void TestProcessRunner::findProgram()
{
    const QString sh = qm::findProgram(QStringLiteral("sh"));
    QVERIFY(!sh.isEmpty());
    QVERIFY2(QFileInfo(sh).isAbsolute(), qPrintable(sh));
    QVERIFY2(QFileInfo(sh).isExecutable(), qPrintable(sh));
    QCOMPARE(QFileInfo(sh).fileName(), QStringLiteral("sh"));
    QCOMPARE(qm::findProgram(QStringLiteral("qm-test-no-such-program-xyz")), QString());
}

void TestProcessRunner::outermostRoots_data()
{
    QTest::addColumn<QStringList>("roots");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QStringList{} << QStringList{};
    QTest::newRow("nested, outer first")
        << QStringList{QStringLiteral("/data"), QStringLiteral("/data/games")}
        << QStringList{QStringLiteral("/data")};
    QTest::newRow("nested, inner first")
        << QStringList{QStringLiteral("/data/games/deep"), QStringLiteral("/data/games"),
                       QStringLiteral("/data")}
        << QStringList{QStringLiteral("/data")};
    QTest::newRow("siblings with a common prefix")
        << QStringList{QStringLiteral("/data"), QStringLiteral("/data2"),
                       QStringLiteral("/data-old/x")}
        << QStringList{QStringLiteral("/data"), QStringLiteral("/data2"),
                       QStringLiteral("/data-old/x")};
    QTest::newRow("duplicate") << QStringList{QStringLiteral("/a"), QStringLiteral("/b"),
                                              QStringLiteral("/a")}
                               << QStringList{QStringLiteral("/a"), QStringLiteral("/b")};
    QTest::newRow("trailing slashes")
        << QStringList{QStringLiteral("/data/"), QStringLiteral("/data/games/"),
                       QStringLiteral("/data")}
        << QStringList{QStringLiteral("/data")};
    QTest::newRow("trailing slash, separate")
        << QStringList{QStringLiteral("/mnt/a/"), QStringLiteral("/mnt/b//")}
        << QStringList{QStringLiteral("/mnt/a"), QStringLiteral("/mnt/b")};
    QTest::newRow("slash holds everything")
        << QStringList{QStringLiteral("/data"), QStringLiteral("/"), QStringLiteral("/x/y")}
        << QStringList{QStringLiteral("/")};
    QTest::newRow("slash alone") << QStringList{QStringLiteral("/")}
                                 << QStringList{QStringLiteral("/")};
    QTest::newRow("home-relative")
        << QStringList{QStringLiteral("~/ringrift/ai-service/data"),
                       QStringLiteral("~/ringrift/ai-service"), QStringLiteral("/mnt/x")}
        << QStringList{QStringLiteral("~/ringrift/ai-service"), QStringLiteral("/mnt/x")};
    QTest::newRow("empty entries dropped")
        << QStringList{QString(), QStringLiteral("/a"), QString()}
        << QStringList{QStringLiteral("/a")};
    QTest::newRow("dot segments") << QStringList{QStringLiteral("/data/./games/../models"),
                                                 QStringLiteral("/data/models")}
                                  << QStringList{QStringLiteral("/data/models")};
}

void TestProcessRunner::outermostRoots()
{
    QFETCH(QStringList, roots);
    QFETCH(QStringList, expected);
    QCOMPARE(qm::outermostRoots(roots), expected);
}

void TestProcessRunner::probeHostsWithoutConfig()
{
    const QStringList localRoots = {QStringLiteral("/srv/data")};
    const QList<qm::ProbeHost> hosts =
        qm::probeHosts(nullptr, qm::defaultDaemonRules(), localRoots);
    QCOMPARE(hosts.size(), 1);
    const qm::ProbeHost &self = hosts.first();
    QCOMPARE(self.name, qm::thisMachineName());
    QVERIFY(!self.name.isEmpty());
    QVERIFY(!self.name.contains(QLatin1Char('.')));
    QVERIFY(self.local);
    QVERIFY(!self.hasSsh);
    QCOMPARE(self.transport(), QStringLiteral("local"));
    QCOMPARE(self.dataRoots, localRoots);
    QVERIFY(self.daemonPatterns.isEmpty());
    QVERIFY(self.externalStorage.isEmpty());

    QCOMPARE(qm::probeHosts(nullptr, {}).size(), 1);
}

void TestProcessRunner::nodeExporterOverrides()
{
    QVERIFY(qm::nodeExporterUrlError(QStringLiteral("http://gpu-1:9100/metrics")).isEmpty());
    QVERIFY(qm::nodeExporterUrlError(QStringLiteral("https://[::1]:9100/metrics")).isEmpty());
    QVERIFY(!qm::nodeExporterUrlError(QString()).isEmpty());
    QVERIFY(!qm::nodeExporterUrlError(QStringLiteral("ftp://gpu-1/metrics")).isEmpty());
    QVERIFY(!qm::nodeExporterUrlError(QStringLiteral("gpu-1:9100")).isEmpty());
    QVERIFY(!qm::nodeExporterUrlError(QStringLiteral("http:///metrics")).isEmpty());
    QVERIFY(!qm::nodeExporterUrlError(QStringLiteral("http://gpu 1:9100/")).isEmpty());

    const qm::CheckedFile checked =
        qm::checkConfigText(QStringLiteral("distributed_hosts.yaml"), kFleet);
    QVERIFY(checked.config);
    QList<qm::ProbeHost> hosts = qm::probeHosts(checked.config.get(), qm::defaultDaemonRules());
    const QString url = QStringLiteral("http://127.0.0.1:9100/metrics");
    qm::applyNodeExporterUrls(&hosts, {{QStringLiteral("bare-1"), url},
                                       {QStringLiteral("metrics-1"), QString()},
                                       {qm::thisMachineName(), url}});
    // bare-1 gets its volumes from the node_exporter and stays an SSH host for the rest.
    QCOMPARE(hostNamed(hosts, QStringLiteral("bare-1"))->nodeExporterUrl, url);
    QCOMPARE(hostNamed(hosts, QStringLiteral("bare-1"))->transport(), QStringLiteral("ssh"));
    // An empty override keeps the config's URL; this machine is always read directly.
    QVERIFY(!hostNamed(hosts, QStringLiteral("metrics-1"))->nodeExporterUrl.isEmpty());
    QVERIFY(hosts.first().nodeExporterUrl.isEmpty());
    QCOMPARE(hosts.first().transport(), QStringLiteral("local"));
}

void TestProcessRunner::probeHostsFromConfig()
{
    const qm::CheckedFile checked =
        qm::checkConfigText(QStringLiteral("distributed_hosts.yaml"), kFleet);
    QVERIFY(!checked.unreadable);
    QVERIFY(checked.config);
    const QList<qm::ProbeHost> hosts =
        qm::probeHosts(checked.config.get(), qm::defaultDaemonRules());

    QCOMPARE(hosts.size(), 6);
    QCOMPARE(hosts.first().name, qm::thisMachineName());
    QVERIFY(hosts.first().local);
    QCOMPARE(hosts.first().transport(), QStringLiteral("local"));
    QStringList order;
    for (const qm::ProbeHost &host : hosts.mid(1))
        order.append(host.name);
    QCOMPARE(order, (QStringList{QStringLiteral("coord-1"), QStringLiteral("gpu-1"),
                                 QStringLiteral("metrics-1"), QStringLiteral("both-1"),
                                 QStringLiteral("bare-1")}));

    const qm::ProbeHost *coord = hostNamed(hosts, QStringLiteral("coord-1"));
    QVERIFY(coord);
    QVERIFY(!coord->local);
    QVERIFY(coord->hasSsh);
    QCOMPARE(coord->ssh.host, QStringLiteral("coord-1.example.invalid"));
    QCOMPARE(coord->ssh.port, 2222);
    QCOMPARE(coord->ssh.user, QStringLiteral("ubuntu"));
    QCOMPARE(coord->ssh.key, QStringLiteral("~/.ssh/id_fleet"));
    QCOMPARE(coord->role, QStringLiteral("coordinator"));
    QCOMPARE(coord->configStatus, QStringLiteral("ready"));
    QCOMPARE(coord->transport(), QStringLiteral("ssh"));
    // games lies inside ringrift_path: dropped; npz's trailing slash cleaned.
    QCOMPARE(coord->dataRoots, (QStringList{QStringLiteral("/mnt/big/npz"),
                                            QStringLiteral("~/ringrift/ai-service")}));
    QCOMPARE(coord->daemonPatterns, (QStringList{QStringLiteral("unified_data_sync"),
                                                 QStringLiteral("s3_backup_daemon")}));
    QCOMPARE(coord->externalStorage,
             (QStringList{QStringLiteral("/Volumes/Data"), QStringLiteral("/Volumes/Backup")}));

    const qm::ProbeHost *gpu = hostNamed(hosts, QStringLiteral("gpu-1"));
    QVERIFY(gpu);
    QVERIFY(gpu->hasSsh);
    QCOMPARE(gpu->ssh.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(gpu->ssh.port, 22);
    QCOMPARE(gpu->ssh.user, QString());
    QCOMPARE(gpu->ssh.key, QString());
    QCOMPARE(gpu->configStatus, QStringLiteral("ready")); // none written: ready
    QCOMPARE(gpu->transport(), QStringLiteral("ssh"));
    QCOMPARE(gpu->dataRoots, QStringList{QStringLiteral("/data")});
    QCOMPARE(gpu->daemonPatterns, QStringList{QStringLiteral("auto_sync_daemon")});
    QCOMPARE(gpu->externalStorage, QStringList{QStringLiteral("/mnt/ext")});

    const qm::ProbeHost *metrics = hostNamed(hosts, QStringLiteral("metrics-1"));
    QVERIFY(metrics);
    QVERIFY(!metrics->hasSsh);
    QVERIFY(!metrics->local);
    QCOMPARE(metrics->nodeExporterUrl,
             QStringLiteral("http://metrics-1.example.invalid:9100/metrics"));
    QCOMPARE(metrics->transport(), QStringLiteral("node_exporter"));
    QCOMPARE(metrics->configStatus, QStringLiteral("disabled"));
    QVERIFY(metrics->dataRoots.isEmpty());
    QVERIFY(metrics->daemonPatterns.isEmpty());
    QVERIFY(metrics->externalStorage.isEmpty());

    const qm::ProbeHost *both = hostNamed(hosts, QStringLiteral("both-1"));
    QVERIFY(both);
    QVERIFY(both->hasSsh);
    QCOMPARE(both->transport(), QStringLiteral("ssh")); // SSH wins over node_exporter
    QVERIFY(both->daemonPatterns.isEmpty());            // role "training": no daemons

    const qm::ProbeHost *bare = hostNamed(hosts, QStringLiteral("bare-1"));
    QVERIFY(bare);
    QCOMPARE(bare->role, QString());
    QCOMPARE(bare->transport(), QStringLiteral("ssh"));
    QVERIFY(bare->daemonPatterns.isEmpty());
    QVERIFY(bare->dataRoots.isEmpty());

    // No daemon rules: no daemons anywhere.
    for (const qm::ProbeHost &host : qm::probeHosts(checked.config.get(), {}))
        QVERIFY2(host.daemonPatterns.isEmpty(), qPrintable(host.name));
}

void TestProcessRunner::probeHostsThisMachineInConfig()
{
    // A config host named like this machine is this machine: probed locally, with its
    // config entry's roots, daemons and storage, and not listed twice.
    const QByteArray self = qm::thisMachineName().toUtf8();
    const QByteArray text = "hosts:\n"
                            "  other-1:\n"
                            "    ssh_host: other-1.example.invalid\n"
                            "  " +
                            self +
                            ":\n"
                            "    ssh_host: self.example.invalid\n"
                            "    role: coordinator\n"
                            "    status: ready\n"
                            "    ringrift_path: /srv/ringrift\n"
                            "    storage_paths:\n"
                            "      games: /srv/ringrift/data/games\n"
                            "sync_routing:\n"
                            "  allowed_external_storage:\n"
                            "    - host: " +
                            self +
                            "\n"
                            "      path: /Volumes/Mine\n"
                            "      receive_games: true\n";
    const qm::CheckedFile checked = qm::checkConfigText(QStringLiteral("hosts.yaml"), text);
    QVERIFY(checked.config);
    const QList<qm::ProbeHost> hosts =
        qm::probeHosts(checked.config.get(), qm::defaultDaemonRules(),
                       {QStringLiteral("/srv/ringrift/data"), QStringLiteral("/home/me/local")});
    QCOMPARE(hosts.size(), 2);
    const qm::ProbeHost &mine = hosts.first();
    QCOMPARE(mine.name, qm::thisMachineName());
    QVERIFY(mine.local);
    QCOMPARE(mine.transport(), QStringLiteral("local"));
    QCOMPARE(mine.role, QStringLiteral("coordinator"));
    QCOMPARE(mine.dataRoots,
             (QStringList{QStringLiteral("/home/me/local"), QStringLiteral("/srv/ringrift")}));
    QCOMPARE(mine.daemonPatterns, (QStringList{QStringLiteral("unified_data_sync"),
                                               QStringLiteral("s3_backup_daemon")}));
    QCOMPARE(mine.externalStorage, QStringList{QStringLiteral("/Volumes/Mine")});
    QCOMPARE(hosts.at(1).name, QStringLiteral("other-1"));
}

void TestProcessRunner::defaultDaemonRules_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("coordinator") << QStringLiteral("coordinator")
                                 << QStringList{QStringLiteral("unified_data_sync"),
                                                QStringLiteral("s3_backup_daemon")};
    QTest::newRow("gpu_selfplay") << QStringLiteral("gpu_selfplay")
                                  << QStringList{QStringLiteral("auto_sync_daemon")};
    QTest::newRow("selfplay") << QStringLiteral("selfplay")
                              << QStringList{QStringLiteral("auto_sync_daemon")};
    QTest::newRow("cpu_selfplay_worker")
        << QStringLiteral("cpu_selfplay_worker") << QStringList{QStringLiteral("auto_sync_daemon")};
    QTest::newRow("training") << QStringLiteral("training") << QStringList{};
    QTest::newRow("coordinator_backup") << QStringLiteral("coordinator_backup") << QStringList{};
    QTest::newRow("sub_coordinator") << QStringLiteral("sub_coordinator") << QStringList{};
    QTest::newRow("no role") << QString() << QStringList{};
}

void TestProcessRunner::defaultDaemonRules()
{
    QFETCH(QString, role);
    QFETCH(QStringList, expected);
    QByteArray text = "hosts:\n  host-1:\n    ssh_host: host-1.example.invalid\n";
    if (!role.isEmpty())
        text += "    role: " + role.toUtf8() + '\n';
    const qm::CheckedFile checked = qm::checkConfigText(QStringLiteral("hosts.yaml"), text);
    QVERIFY(checked.config);
    const QList<qm::ProbeHost> hosts =
        qm::probeHosts(checked.config.get(), qm::defaultDaemonRules());
    const qm::ProbeHost *host = hostNamed(hosts, QStringLiteral("host-1"));
    QVERIFY(host);
    QCOMPARE(host->role, role);
    QCOMPARE(host->daemonPatterns, expected);
}

namespace {

/// /proc/PID/stat's fields after the command name (field 3 first), on Linux.
QList<QByteArray> procFields(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = file.readAll();
    return text.mid(text.lastIndexOf(')') + 2).split(' ');
}

/// The running (not zombie) processes whose field `index` (1: parent, 2: group) is `id`.
QList<qint64> processesWith(int index, qint64 id)
{
    QList<qint64> found;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        const QList<QByteArray> fields = procFields(entry.toLongLong());
        if (fields.size() > index && fields[index].toLongLong() == id && fields[0] != "Z")
            found.append(entry.toLongLong());
    }
    return found;
}

/// The environment variable that makes this test binary a "runner" that starts
/// `sleep 60` through runProcess and waits for it (see main).
constexpr char kRunnerVariable[] = "QM_TEST_RUNNER_OF_SLEEP";

} // namespace

void TestProcessRunner::stoppingEndsTheWholeGroup()
{
#if !defined(Q_OS_LINUX)
    QSKIP("reads /proc");
#endif
    // A program that starts another (as rsync starts its receiver and ssh): a cancel
    // ends both, not only the first, which would leave the second writing on.
    std::atomic<bool> cancel{false};
    qm::ProcessRequest request = shell(QStringLiteral("sleep 60 & echo $!; wait"));
    request.cancel = &cancel;
    std::atomic<qint64> grandchild{0};
    request.onOutput = [&](QByteArrayView chunk) {
        grandchild = chunk.trimmed().toLongLong();
        cancel = true;
        return true;
    };
    const qm::ProcessResult result = qm::runProcess(request);
    QCOMPARE(result.outcome, Outcome::Cancelled);
    QVERIFY(grandchild > 0);
    // Gone, or a zombie waiting for PID 1 to reap it; today it slept on as a child of 1.
    const auto ended = [&] {
        const QByteArray state = procFields(grandchild).value(0);
        return state.isEmpty() || state == "Z";
    };
    QTRY_VERIFY_WITH_TIMEOUT(ended(), 3000);
}

void TestProcessRunner::programsDieWithTheProcessThatStartedThem()
{
#if !defined(Q_OS_LINUX)
    QSKIP("PR_SET_PDEATHSIG is Linux's; elsewhere the next job runner ends the group");
#endif
    // This binary as a runner (see main): it starts `sleep 60` and is killed with -9.
    QProcess runner;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kRunnerVariable), QStringLiteral("1"));
    runner.setProcessEnvironment(environment);
    runner.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(runner.waitForStarted());
    QList<qint64> children;
    QTRY_VERIFY_WITH_TIMEOUT(!(children = processesWith(1, runner.processId())).isEmpty(), 10000);
    const qint64 sleeper = children.first();
    QCOMPARE(processesWith(2, sleeper), QList<qint64>{sleeper}); // a group of its own
    runner.kill(); // SIGKILL: nothing of the runner's code runs
    QVERIFY(runner.waitForFinished());
    // Today's sleep became a child of PID 1 and slept on.
    QTRY_VERIFY_WITH_TIMEOUT(processesWith(2, sleeper).isEmpty(), 3000);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kRunnerVariable)) {
        qm::ProcessRequest request;
        request.program = QStringLiteral("sleep");
        request.arguments = {QStringLiteral("60")};
        request.timeoutMs = 120000;
        return qm::runProcess(request).succeeded() ? 0 : 1;
    }
    TestProcessRunner test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_processrunner.moc"
