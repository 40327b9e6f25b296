// `qmctl health check --host` (docs/health.md) against a real OpenSSH server on
// 127.0.0.1: every check kind run on a host, file names a shell would misread, a log
// larger than what one answer brings (read back in ranges, with the same result as on
// this machine), each status of a file that is no log, a daemon started and stopped, an
// endpoint tried from the host, and a host that cannot be reached.

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
    }
};

QTEST_GUILESS_MAIN(TestHealthHosts)
#include "tst_healthhosts.moc"
