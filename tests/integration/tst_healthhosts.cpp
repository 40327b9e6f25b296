// `qmctl health check --host` (docs/health.md) against a real OpenSSH server on
// 127.0.0.1: every check kind run on a host, file names a shell would misread, a log
// larger than what one answer brings (read back in ranges, with the same result as on
// this machine), each status of a file that is no log, a daemon started and stopped, an
// endpoint tried from the host, and a host that cannot be reached.

#include "core/config/configcheck.h"
#include "core/health/logrotation.h"
#include "core/remote/fleetaccess.h"
#include "testservers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject check() const
    {
        return QJsonDocument::fromJson(out)
            .object()[QStringLiteral("checks")]
            .toArray()
            .first()
            .toObject();
    }
    QString state() const { return check()[QStringLiteral("state")].toString(); }
    QString status() const { return check()[QStringLiteral("status")].toString(); }
    QString summary() const { return check()[QStringLiteral("summary")].toString(); }
    QByteArray all() const { return out + err; }
};

QByteArray stamp(qint64 secsAgo)
{
    return QDateTime::currentDateTime()
        .addSecs(-secsAgo)
        .toString(u"yyyy-MM-dd HH:mm:ss")
        .toLatin1();
}

QByteArray decompressed(const QString &program, const QString &path)
{
    QProcess process;
    process.start(program, {QStringLiteral("-dc"), path});
    process.waitForFinished(60'000);
    return process.readAllStandardOutput();
}

/// The writer's line numbers in `text`, in order; -1 for a line that is not one.
QList<int> lineNumbers(const QByteArray &text)
{
    QList<int> numbers;
    for (const QByteArray &line : text.split('\n')) {
        if (line.isEmpty())
            continue;
        const QList<QByteArray> words = line.split(' ');
        numbers << (words.size() == 6 && words.at(1) == "line" ? words.at(2).toInt() : -1);
    }
    return numbers;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

} // namespace

class TestHealthHosts : public QObject
{
    Q_OBJECT

    testservers::SshServer m_ssh;
    QTemporaryDir m_dir{QStringLiteral("/tmp/qm-health-XXXXXX")};
    QString m_config;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// `qmctl health check ARGUMENTS --format json`, on the host unless `host` is empty;
    /// events are handled meanwhile (a test's server answers).
    Run qmctl(const QStringList &arguments, const QString &host = QStringLiteral("node"))
    {
        QStringList all = {QStringLiteral("health"), QStringLiteral("check"),
                           QStringLiteral("--format"), QStringLiteral("json")};
        if (!host.isEmpty())
            all << QStringLiteral("--host") << host << QStringLiteral("--config") << m_config
                << QStringLiteral("--ssh-config") << m_ssh.clientConfig()
                << QStringLiteral("--known-hosts") << m_ssh.knownHosts();
        all += arguments;
        QProcess process;
        process.start(QStringLiteral(QM_BINARY_DIR "/bin/qmctl"), all);
        process.closeWriteChannel();
        QElapsedTimer clock;
        clock.start();
        while (process.state() != QProcess::NotRunning && clock.elapsed() < 120'000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            process.waitForFinished(20);
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SERVER(m_ssh.start());
        QVERIFY(m_dir.isValid());
        const passwd *user = getpwuid(geteuid());
        m_config = path(QStringLiteral("hosts.yaml"));
        QVERIFY(
            write(m_config, QStringLiteral("hosts:\n  node:\n    ssh_host: 127.0.0.1\n"
                                           "    ssh_port: %1\n    ssh_user: %2\n    ssh_key: %3\n"
                                           "  gone:\n    ssh_host: 127.0.0.1\n    ssh_port: %4\n"
                                           "    ssh_user: %2\n    ssh_key: %3\n")
                                .arg(m_ssh.port())
                                .arg(QString::fromLocal8Bit(user->pw_name),
                                     m_ssh.path(QStringLiteral("user_key")))
                                .arg(testservers::freePort())
                                .toUtf8()));
    }

    void fileNamesAShellWouldMisread()
    {
        const QStringList names = {QStringLiteral("sync log's $(touch pwned) `id`.log"),
                                   QStringLiteral("-dash.log"), QStringLiteral("new\nline.log"),
                                   QStringLiteral("ünï * [glob].log")};
        for (const QString &name : names) {
            const QString file = path(QStringLiteral("names/") + name);
            QVERIFY(write(file, stamp(600) + " INFO submission successful\n"));
            const Run run =
                qmctl({QStringLiteral("log-success"), QStringLiteral("--file"), file,
                       QStringLiteral("--pattern"), QStringLiteral("submission successful")});
            QVERIFY2(run.code == 0, run.all().constData());
            QCOMPARE(run.check()[QStringLiteral("host")].toString(), QStringLiteral("node"));
            QVERIFY2(run.summary().contains(QStringLiteral("10 minutes")) ||
                         run.summary().contains(QStringLiteral("ago")),
                     qPrintable(run.summary()));
        }
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("names/pwned"))));
        QVERIFY(!QFileInfo::exists(QStringLiteral("pwned")));
    }

    void aLargeLogIsReadInRangesAsHere()
    {
        // 3 MiB: the success line is the first, errors are spread through; more than the
        // host's first answer, so the rest is fetched in ranges going backwards.
        QByteArray log = stamp(7200) + " INFO:sync:submission successful\n";
        int line = 0;
        while (log.size() < 3 * 1024 * 1024) {
            ++line;
            log += line % 997 == 0 ? stamp(1800) + " - sync - ERROR - Sync failed: timeout\n"
                                   : QByteArray("progress 4096/8192 files, no time on this line\n");
        }
        const QString file = path(QStringLiteral("large.log"));
        QVERIFY(write(file, log));
        const QStringList success = {QStringLiteral("log-success"),
                                     QStringLiteral("--file"),
                                     file,
                                     QStringLiteral("--pattern"),
                                     QStringLiteral("submission successful"),
                                     QStringLiteral("--within-hours"),
                                     QStringLiteral("1")};
        const Run there = qmctl(success);
        const Run here = qmctl(success, QString());
        QCOMPARE(there.code, 1);
        QCOMPARE(there.status(), QStringLiteral("stale"));
        QCOMPARE(there.summary(), here.summary());
        QCOMPARE(there.check()[QStringLiteral("evidence")].toArray().first().toString(),
                 QStringLiteral("line 1: ") + QString::fromLatin1(log.left(log.indexOf('\n'))));
        const QStringList errors = {QStringLiteral("log-errors"),
                                    QStringLiteral("--file"),
                                    file,
                                    QStringLiteral("--pattern"),
                                    QStringLiteral("Sync failed"),
                                    QStringLiteral("--minutes"),
                                    QStringLiteral("240")};
        const Run errorsThere = qmctl(errors);
        const Run errorsHere = qmctl(errors, QString());
        QCOMPARE(errorsThere.status(), QStringLiteral("too-many"));
        QCOMPARE(errorsThere.summary(), errorsHere.summary());
        QCOMPARE(errorsThere.check()[QStringLiteral("evidence")],
                 errorsHere.check()[QStringLiteral("evidence")]);
        // A cap below the log's size: the part read is the same on both.
        const Run capped =
            qmctl(success + QStringList{QStringLiteral("--tail-mb"), QStringLiteral("1")});
        QCOMPARE(capped.status(), QStringLiteral("no-match"));
        QCOMPARE(capped.summary(),
                 qmctl(success + QStringList{QStringLiteral("--tail-mb"), QStringLiteral("1")},
                       QString())
                     .summary());
    }

    void filesThatAreNoLog()
    {
        const auto statusOf = [this](const QString &file) {
            const Run run = qmctl({QStringLiteral("log-success"), QStringLiteral("--file"), file,
                                   QStringLiteral("--pattern"), QStringLiteral("ok")});
            return run.code == 1 && run.state() == QLatin1String("unknown")
                       ? run.status()
                       : QString::fromUtf8(run.all());
        };
        QCOMPARE(statusOf(path(QStringLiteral("nothing.log"))), QStringLiteral("missing"));
        QVERIFY(write(path(QStringLiteral("rot.log.1")), "old\n"));
        QCOMPARE(statusOf(path(QStringLiteral("rot.log"))), QStringLiteral("rotated-away"));
        QVERIFY(::mkfifo(QFile::encodeName(path(QStringLiteral("fifo.log"))).constData(), 0600) ==
                0);
        QCOMPARE(statusOf(path(QStringLiteral("fifo.log"))), QStringLiteral("not-a-file"));
        QCOMPARE(statusOf(path(QStringLiteral("names"))), QStringLiteral("not-a-file"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path(QStringLiteral("zero.log"))));
        QCOMPARE(statusOf(path(QStringLiteral("zero.log"))), QStringLiteral("not-a-file"));
        QVERIFY(write(path(QStringLiteral("core.log")), QByteArray(8192, '\0')));
        QCOMPARE(statusOf(path(QStringLiteral("core.log"))), QStringLiteral("binary"));
        QCOMPARE(statusOf(path(QStringLiteral("none-*.log"))), QStringLiteral("missing"));
    }

    void aGlobSizesAndFreshness()
    {
        QVERIFY(write(path(QStringLiteral("glob/a-1.log")), stamp(60) + " done\n"));
        QFile old(path(QStringLiteral("glob/a-1.log")));
        QVERIFY(old.open(QIODevice::ReadWrite));
        QVERIFY(old.setFileTime(QDateTime::currentDateTime().addDays(-2),
                                QFileDevice::FileModificationTime));
        old.close();
        QVERIFY(write(path(QStringLiteral("glob/a-2.log")), stamp(60) + " failed\n"));
        Run run = qmctl({QStringLiteral("log-success"), QStringLiteral("--file"),
                         path(QStringLiteral("glob/a-*.log")), QStringLiteral("--pattern"),
                         QStringLiteral("done")});
        QCOMPARE(run.status(), QStringLiteral("no-match"));
        QVERIFY2(run.summary().contains(QStringLiteral("a-2.log")), qPrintable(run.summary()));
        run = qmctl({QStringLiteral("file-size"), QStringLiteral("--file"),
                     path(QStringLiteral("large.log")), QStringLiteral("--max-mb"),
                     QStringLiteral("1")});
        QCOMPARE(run.status(), QStringLiteral("too-large"));
        run =
            qmctl({QStringLiteral("file-size"), QStringLiteral("--dir"),
                   path(QStringLiteral("glob")), QStringLiteral("--max-gb"), QStringLiteral("1")});
        QCOMPARE(run.status(), QStringLiteral("ok"));
        run = qmctl({QStringLiteral("freshness"), QStringLiteral("--dir"),
                     path(QStringLiteral("glob")), QStringLiteral("--max-age-hours"),
                     QStringLiteral("1")});
        QVERIFY2(run.code == 0, run.all().constData());
        run = qmctl({QStringLiteral("freshness"), QStringLiteral("--dir"),
                     path(QStringLiteral("no-such-dir")), QStringLiteral("--max-age-hours"),
                     QStringLiteral("1")});
        QCOMPARE(run.state(), QStringLiteral("unknown"));
    }

    void aDaemonAndACommand()
    {
        const QString name = QStringLiteral("qm_backup_daemon_%1").arg(getpid());
        const QString script = path(name + QStringLiteral(".sh"));
        QVERIFY(write(script, "sleep 300\n"));
        // The host is this machine, where qmctl's own command line holds the pattern: one
        // that does not match its own text ("[q]m_…") finds only the daemon.
        const QStringList process = {QStringLiteral("process"), QStringLiteral("--pattern"),
                                     QStringLiteral("[q]") + name.mid(1)};
        Run run = qmctl(process);
        QCOMPARE(run.status(), QStringLiteral("not-running"));
        QProcess daemon;
        daemon.start(QStringLiteral("/bin/sh"), {script});
        QVERIFY(daemon.waitForStarted());
        run = qmctl(process);
        QVERIFY2(run.code == 0, run.all().constData());
        QVERIFY(
            run.check()[QStringLiteral("evidence")].toArray().first().toString().contains(script));
        daemon.kill();
        daemon.waitForFinished();
        QCOMPARE(qmctl(process).status(), QStringLiteral("not-running"));

        run = qmctl({QStringLiteral("command"), QStringLiteral("--"), QStringLiteral("sh"),
                     QStringLiteral("-c"), QStringLiteral("echo \"peers: 0\"; exit 2")});
        QCOMPARE(run.code, 1);
        QCOMPARE(run.status(), QStringLiteral("failed"));
        QCOMPARE(run.check()[QStringLiteral("evidence")].toArray().first().toString(),
                 QStringLiteral("peers: 0"));
        run = qmctl({QStringLiteral("command"), QStringLiteral("--"),
                     QStringLiteral("qm-no-such-program")});
        QCOMPARE(run.state(), QStringLiteral("unknown"));
        QCOMPARE(run.status(), QStringLiteral("cannot-run"));
        run = qmctl({QStringLiteral("command"), QStringLiteral("--timeout"), QStringLiteral("1"),
                     QStringLiteral("--"), QStringLiteral("sleep"), QStringLiteral("20")});
        QCOMPARE(run.status(), QStringLiteral("timed-out"));
    }

    void anEndpointTriedFromTheHost()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, this, [&server] {
            QTcpSocket *client = server.nextPendingConnection();
            connect(client, &QTcpSocket::readyRead, client, [client] {
                if (!client->readAll().contains("\r\n\r\n"))
                    return;
                client->write("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");
                client->disconnectFromHost();
            });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        });
        const QString port = QString::number(server.serverPort());
        Run run = qmctl({QStringLiteral("endpoint"), QStringLiteral("--tcp"),
                         QStringLiteral("127.0.0.1:") + port});
        QVERIFY2(run.code == 0, run.all().constData());
        run = qmctl({QStringLiteral("endpoint"), QStringLiteral("--url"),
                     QStringLiteral("http://127.0.0.1:%1/rpc").arg(port)});
        QVERIFY2(run.code == 0, run.all().constData());
        QVERIFY2(run.summary().contains(QStringLiteral("HTTP 204")), qPrintable(run.summary()));
        server.close();
        run = qmctl({QStringLiteral("endpoint"), QStringLiteral("--tcp"),
                     QStringLiteral("127.0.0.1:") + port});
        QCOMPARE(run.status(), QStringLiteral("unreachable"));
    }

    void theSchedulesOfAHost()
    {
        QProcess process;
        process.start(QStringLiteral(QM_BINARY_DIR "/bin/qmctl"),
                      {QStringLiteral("schedules"), QStringLiteral("node"),
                       QStringLiteral("--config"), m_config, QStringLiteral("--ssh-config"),
                       m_ssh.clientConfig(), QStringLiteral("--known-hosts"), m_ssh.knownHosts(),
                       QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(process.waitForFinished(60'000));
        QVERIFY2(process.exitCode() == 0 || process.exitCode() == 1,
                 process.readAllStandardError().constData());
        const QJsonArray schedules = QJsonDocument::fromJson(process.readAllStandardOutput())
                                         .object()[QStringLiteral("schedules")]
                                         .toArray();
        // The host is this machine: over ssh it must list what this machine lists itself,
        // source by source and line by line.
        QProcess local;
        local.start(QStringLiteral(QM_BINARY_DIR "/bin/qmctl"),
                    {QStringLiteral("schedules"), QStringLiteral("local"),
                     QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(local.waitForFinished(60'000));
        const QJsonArray here = QJsonDocument::fromJson(local.readAllStandardOutput())
                                    .object()[QStringLiteral("schedules")]
                                    .toArray();
        const auto where = [](const QJsonArray &entries) {
            QStringList places;
            for (const QJsonValue entry : entries)
                places << entry.toObject()[QStringLiteral("source")].toString() + u':' +
                              QString::number(entry.toObject()[QStringLiteral("line")].toInt()) +
                              u' ' + entry.toObject()[QStringLiteral("expression")].toString();
            return places;
        };
        QCOMPARE(where(schedules), where(here));
        process.start(QStringLiteral(QM_BINARY_DIR "/bin/qmctl"),
                      {QStringLiteral("schedules"), QStringLiteral("gone"),
                       QStringLiteral("--config"), m_config, QStringLiteral("--ssh-config"),
                       m_ssh.clientConfig(), QStringLiteral("--known-hosts"), m_ssh.knownHosts()});
        QVERIFY(process.waitForFinished(60'000));
        QCOMPARE(process.exitCode(), 3); // not reached
    }

    /// `qmctl rotate ARGUMENTS --host node --format json`.
    Run rotate(const QStringList &arguments, const QString &host = QStringLiteral("node"))
    {
        QProcess process;
        process.start(QStringLiteral(QM_BINARY_DIR "/bin/qmctl"),
                      QStringList{QStringLiteral("rotate"), QStringLiteral("--host"), host,
                                  QStringLiteral("--config"), m_config,
                                  QStringLiteral("--ssh-config"), m_ssh.clientConfig(),
                                  QStringLiteral("--known-hosts"), m_ssh.knownHosts(),
                                  QStringLiteral("--format"), QStringLiteral("json")} +
                          arguments);
        process.waitForFinished(120'000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

    void aHostsLogIsRotatedThereByItsOwnPrograms()
    {
        // A name a shell would misread, a mode that must survive compression.
        const QString log = path(QStringLiteral("rotate/sync $(touch pwned) `id`.log"));
        QByteArray text;
        for (int i = 0; i < 4000; ++i)
            text += stamp(600) + " INFO sync line " + QByteArray::number(i) + '\n';
        QVERIFY(write(log, text));
        QVERIFY(::chmod(QFile::encodeName(log).constData(), 0640) == 0);
        Run run = rotate({log, QStringLiteral("--max-size"), QStringLiteral("0.05")});
        QVERIFY2(run.code == 0, run.all().constData());
        const QJsonObject planned = QJsonDocument::fromJson(run.out)
                                        .object()[QStringLiteral("plan")]
                                        .toObject()[QStringLiteral("logs")]
                                        .toArray()
                                        .first()
                                        .toObject();
        QCOMPARE(planned[QStringLiteral("method")].toString(), QStringLiteral("rename"));
        QVERIFY(planned[QStringLiteral("due")].toBool());
        QCOMPARE(QFileInfo(log).size(), text.size()); // the plan changes nothing
        run = rotate(
            {log, QStringLiteral("--max-size"), QStringLiteral("0.05"), QStringLiteral("--yes")});
        QVERIFY2(run.code == 0, run.all().constData());
        const QJsonObject done = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(done[QStringLiteral("rotated")].toInt(), 1);
        const QString zst = done[QStringLiteral("rotatedFiles")].toArray().first().toString();
        QVERIFY2(zst.startsWith(log + u'-') && zst.endsWith(QLatin1String(".zst")),
                 qPrintable(zst));
        QVERIFY(!QFileInfo::exists(log));
        QCOMPARE(decompressed(QStringLiteral("zstd"), zst), text);
        struct stat st;
        QVERIFY(::stat(QFile::encodeName(zst).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0640));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("rotate/pwned"))));
        QVERIFY(!QFileInfo::exists(QDir::current().filePath(QStringLiteral("pwned"))));
        // gzip too; with one rotation kept, the older ones go to the quarantine there.
        for (int round = 0; round < 2; ++round) {
            QVERIFY(write(log, text + QByteArray::number(round) + '\n'));
            QTest::qWait(1100); // a new name each second
            run = rotate({log, QStringLiteral("--max-size"), QStringLiteral("0.05"),
                          QStringLiteral("--compress"), QStringLiteral("gz"),
                          QStringLiteral("--keep"), QStringLiteral("1"), QStringLiteral("--yes")});
            QVERIFY2(run.code == 0, run.all().constData());
        }
        const QString gz = QJsonDocument::fromJson(run.out)
                               .object()[QStringLiteral("rotatedFiles")]
                               .toArray()
                               .first()
                               .toString();
        QCOMPARE(decompressed(QStringLiteral("gzip"), gz), text + "1\n");
        QCOMPARE(
            QJsonDocument::fromJson(run.out).object()[QStringLiteral("movedToQuarantine")].toInt(),
            1);
        const QStringList beside =
            QDir(path(QStringLiteral("rotate"))).entryList({QStringLiteral("sync*")}, QDir::Files);
        QCOMPARE(beside, QStringList{QFileInfo(gz).fileName()});
        // A link is refused, a missing log said to be missing, nothing made.
        QVERIFY(QFile::link(gz, path(QStringLiteral("rotate/link.log"))));
        run = rotate({path(QStringLiteral("rotate/link.log")), QStringLiteral("--max-size"),
                      QStringLiteral("0")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.all().contains("symbolic link"), run.all().constData());
        run = rotate({path(QStringLiteral("rotate/none.log")), QStringLiteral("--max-size"),
                      QStringLiteral("0")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.all().contains("is not on node"), run.all().constData());
    }

    void aHeldLogIsCutOnTheHostLosingNothing_data()
    {
        QTest::addColumn<bool>("collapse");
        QTest::newRow("cut in place") << true;
        QTest::newRow("copy then truncate") << false;
    }

    void aHeldLogIsCutOnTheHostLosingNothing()
    {
        QFETCH(bool, collapse);
        const qm::CheckedFile checked = qm::checkConfigFile(m_config);
        QVERIFY(checked.config);
        qm::SshOptions ssh;
        ssh.configFile = m_ssh.clientConfig();
        ssh.knownHostsFile = m_ssh.knownHosts();
        const qm::FleetAccess fleet = qm::FleetAccess::withPrograms(checked.config, ssh);
        const QString log =
            path(collapse ? QStringLiteral("held/cut.log") : QStringLiteral("held/truncated.log"));
        QDir().mkpath(QFileInfo(log).path());
        // The writer holds the log open with O_APPEND (`>>`) and writes 1,500 lines over
        // about six seconds while the host rotates it twice.
        QProcess writer;
        writer.start(QStringLiteral("sh"),
                     {QStringLiteral("-c"),
                      QStringLiteral("exec >>\"$1\"; i=0; while [ $i -lt 1500 ]; do i=$((i + 1)); "
                                     "echo \"2026-12-07 line $i of the writer\"; "
                                     "case $i in *00|*25|*50|*75) sleep 0.1;; esac; done"),
                      QStringLiteral("writer"), log});
        QVERIFY(writer.waitForStarted());
        qm::RotationRequest request;
        request.host = QStringLiteral("node");
        request.path = log;
        request.maxMegabytes = 0.01;
        request.keep = 10;
        request.allowCollapse = collapse;
        for (int round = 0; round < 2; ++round) {
            QTest::qWait(1000);
            request.nowMs = QDateTime::currentMSecsSinceEpoch() + round * 1000;
            QString error;
            const std::optional<qm::RotationPlan> plan = qm::planRotation(request, &error, &fleet);
            QVERIFY2(plan, qPrintable(error));
            QCOMPARE(plan->items.size(), 1);
            QCOMPARE(plan->items.first().method,
                     collapse ? qm::RotationMethod::Collapse : qm::RotationMethod::CopyTruncate);
            QVERIFY2(plan->items.first().holders.join(u' ').contains(QStringLiteral("sh")),
                     qPrintable(plan->items.first().holders.join(u' ')));
            QStringList steps;
            const qm::RotationResult result = qm::executeRotation(
                *plan, nullptr, [&steps](const QString &line) { steps << line; }, &fleet);
            QVERIFY2(result.ok && result.rotated == 1, qPrintable(result.errors.join(u'\n')));
        }
        QVERIFY(writer.waitForFinished(30'000));
        QByteArray all;
        const QStringList rotations =
            QDir(QFileInfo(log).path())
                .entryList({QFileInfo(log).fileName() + QStringLiteral("-*.zst")}, QDir::Files,
                           QDir::Name);
        QCOMPARE(rotations.size(), 2);
        for (const QString &name : rotations)
            all += decompressed(QStringLiteral("zstd"), QFileInfo(log).dir().filePath(name));
        QFile live(log);
        QVERIFY(live.open(QIODevice::ReadOnly));
        const QList<int> found = lineNumbers(all + live.readAll());
        QVERIFY(!found.contains(-1)); // no torn line
        for (qsizetype i = 1; i < found.size(); ++i)
            QVERIFY2(found.at(i) > found.at(i - 1), "a line twice or out of order");
        if (collapse) {
            QCOMPARE(found.size(), 1500); // every line exactly once
        } else {
            const qsizetype lost = 1500 - found.size();
            qInfo("copy-then-truncate on the host, 2 rotations: %lld of 1500 lines lost",
                  qlonglong(lost));
            // The host's programs copy, check the copy and cut in a few process starts:
            // tens of milliseconds on a loaded machine, a few lines at this rate.
            QVERIFY2(lost <= 75, qPrintable(QStringLiteral("%1 lines lost").arg(lost)));
        }
    }

    void aLogReplacedByALinkIsLeftAlone()
    {
        const qm::CheckedFile checked = qm::checkConfigFile(m_config);
        QVERIFY(checked.config);
        qm::SshOptions ssh;
        ssh.configFile = m_ssh.clientConfig();
        ssh.knownHostsFile = m_ssh.knownHosts();
        const qm::FleetAccess fleet = qm::FleetAccess::withPrograms(checked.config, ssh);
        const QString log = path(QStringLiteral("swap/app.log"));
        const QString secret = path(QStringLiteral("swap/secret"));
        QVERIFY(write(log, QByteArray(50'000, 'l')));
        QVERIFY(write(secret, "not a log\n"));
        qm::RotationRequest request;
        request.host = QStringLiteral("node");
        request.path = log;
        request.maxMegabytes = 0.01;
        QString error;
        const std::optional<qm::RotationPlan> plan = qm::planRotation(request, &error, &fleet);
        QVERIFY2(plan && plan->dueCount() == 1, qPrintable(error));
        // Between the plan and the rotation the log becomes a link to another file.
        QVERIFY(QFile::remove(log));
        QVERIFY(QFile::link(secret, log));
        const qm::RotationResult result = qm::executeRotation(*plan, nullptr, {}, &fleet);
        QVERIFY(!result.ok);
        QVERIFY2(result.errors.join(u' ').contains(QStringLiteral("symbolic link")),
                 qPrintable(result.errors.join(u' ')));
        QFile kept(secret);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("not a log\n"));
        QCOMPARE(QDir(path(QStringLiteral("swap"))).entryList(QDir::Files | QDir::System).size(),
                 2);
    }

    void aLogTheSshUserMayNotWriteIsRefusedInThePlan()
    {
        const QString log = path(QStringLiteral("immutable/app.log"));
        QVERIFY(write(log, QByteArray(50'000, 'l')));
        // Immutable: not even root may write it (as a root-owned log is to another user).
        if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), log}) != 0)
            QSKIP("chattr +i is not allowed here (no CAP_LINUX_IMMUTABLE)");
        const Run run = rotate({log, QStringLiteral("--max-size"), QStringLiteral("0.01")});
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), log});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.all().contains("may not write it"), run.all().constData());
    }

    void aHostThatCannotBeReached()
    {
        const Run run = qmctl({QStringLiteral("file-size"), QStringLiteral("--file"), m_config,
                               QStringLiteral("--max-mb"), QStringLiteral("1")},
                              QStringLiteral("gone"));
        QCOMPARE(run.code, 1);
        QCOMPARE(run.state(), QStringLiteral("unknown"));
        QCOMPARE(run.status(), QStringLiteral("host-unreachable"));
        const Run unknown =
            qmctl({QStringLiteral("process"), QStringLiteral("--pattern"), QStringLiteral("x")},
                  QStringLiteral("nowhere"));
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.all().contains("“nowhere” is not a host"), unknown.all().constData());
        const Run rotation = rotate({m_config, QStringLiteral("--max-size"), QStringLiteral("0")},
                                    QStringLiteral("gone"));
        QCOMPARE(rotation.code, 3);
    }
};

QTEST_GUILESS_MAIN(TestHealthHosts)
#include "tst_healthhosts.moc"
