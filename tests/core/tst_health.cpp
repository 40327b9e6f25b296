// Health checks on this machine's files: line times in the fleet's shapes, a log's tail
// read backwards (no newline at the end, a cut line, binary, missing, rotated away, not a
// file, unreadable as nobody, replaced while read), and each check kind's states.

#include "core/config/fleetconfig.h"
#include "core/health/daemons.h"
#include "core/health/healthcheck.h"
#include "core/health/healthcheckset.h"
#include "core/health/healthhistory.h"
#include "core/health/linetime.h"
#include "core/health/logtail.h"
#include "core/history/historystore.h"
#include "core/hosts/probehost.h"
#include "core/remote/fleetaccess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFuture>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

#include <sys/stat.h>
#include <unistd.h>

using namespace qm;

namespace {

bool write(const QString &path, const QByteArray &bytes, qint64 ageSecs = 0)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return false;
    return ageSecs == 0 ||
           (file.flush() && file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-ageSecs),
                                             QFileDevice::FileModificationTime));
}

QByteArray stamp(qint64 secsAgo, const char *format = "yyyy-MM-dd HH:mm:ss,zzz")
{
    return QDateTime::currentDateTime()
        .addSecs(-secsAgo)
        .toString(QLatin1String(format))
        .toLatin1();
}

/// A line of the tail, copied (a TailLine's text lives only during its call).
struct Line
{
    QByteArray text;
    qint64 fromEnd = 0;
    qint64 offset = 0;
    bool cut = false;
};

QList<Line> tailOf(const QString &path, LogTailOptions options = {}, LogTail *result = nullptr)
{
    QList<Line> lines;
    const LogTail tail = readLogTail(path, options, [&lines](const TailLine &line) {
        lines.append({line.text.toByteArray(), line.fromEnd, line.offset, line.cut});
        return true;
    });
    if (result)
        *result = tail;
    return lines;
}

/// Two selfplay GPUs and the Mac Studio holding the storage.
FleetConfig threeHosts()
{
    FleetConfig config;
    for (const auto &[name, role] :
         {std::pair{"gpu-1", "selfplay"}, {"gpu-2", "selfplay"}, {"mac-studio", "storage"}}) {
        FleetHost host;
        host.name = QString::fromLatin1(name);
        host.role = QString::fromLatin1(role);
        host.sshHost = host.name + QStringLiteral(".invalid");
        config.hosts << host;
    }
    return config;
}

} // namespace

class TestHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineTimes()
    {
        const QTimeZone utc = QTimeZone::utc();
        const qint64 now = QDateTime(QDate(2026, 12, 7), QTime(12, 0), utc).toMSecsSinceEpoch();
        const qint64 at = QDateTime(QDate(2026, 12, 7), QTime(10, 15, 0), utc).toMSecsSinceEpoch();
        QCOMPARE(lineTimeMs("2026-12-07T10:15:00Z started", now, utc), at);
        QCOMPARE(lineTimeMs("2026-12-07 10:15:00,250 - sync - INFO - ok", now, utc), at + 250);
        QCOMPARE(lineTimeMs("2026-12-07T10:15:00.123456 x", now, utc), at + 123);
        QCOMPARE(lineTimeMs("[2026-12-07 10:15:00] x", now, utc), at);
        QCOMPARE(lineTimeMs("2026-12-07T11:15:00+01:00 x", now, utc), at);
        QCOMPARE(lineTimeMs("2026-12-07T09:15:00-0100 x", now, utc), at);
        QCOMPARE(lineTimeMs("Dec  7 10:15:00 host sshd[1]: x", now, utc), at);
        // A syslog line of the 31st of December read on the 7th of January: last year.
        const qint64 january = QDateTime(QDate(2027, 1, 7), QTime(0, 0), utc).toMSecsSinceEpoch();
        QCOMPARE(lineTimeMs("Dec 31 23:00:00 host x", january, utc),
                 QDateTime(QDate(2026, 12, 31), QTime(23, 0), utc).toMSecsSinceEpoch());
        // A zone-less time is the writer's local time.
        const QTimeZone berlin(3600);
        QCOMPARE(lineTimeMs("2026-12-07 11:15:00 x", now, berlin), at);
        for (const char *none : {"INFO:sync:Sync failed", "bare print", "", "2026-13-07 10:15:00",
                                 "2026-12-07", "Dec 77 10:15:00 x", "12345"})
            QVERIFY2(!lineTimeMs(none, now, utc), none);
    }

    void tailReadsBackwards()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.log"));
        QVERIFY(write(path, "first\n\nthird\nno newline at the end"));
        LogTail tail;
        QList<Line> lines = tailOf(path, {}, &tail);
        QVERIFY(tail.ok());
        QVERIFY(tail.reachedStart);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0].text, QByteArray("no newline at the end"));
        QCOMPARE(lines[1].text, QByteArray("third"));
        QCOMPARE(lines[2].text, QByteArray(""));
        QCOMPARE(lines[3].text, QByteArray("first"));
        QCOMPARE(lines[3].fromEnd, 4);
        QCOMPARE(lines[1].offset, 7);
        // Ending with a line break: no empty last line.
        QVERIFY(write(path, "one\ntwo\n"));
        lines = tailOf(path);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].text, QByteArray("two"));
        // Lines across many blocks, read in full.
        QByteArray many;
        for (int i = 0; i < 20'000; ++i)
            many += "line " + QByteArray::number(i) + '\n';
        QVERIFY(write(path, many));
        lines = tailOf(path, {}, &tail);
        QCOMPARE(lines.size(), 20'000);
        QCOMPARE(lines[0].text, QByteArray("line 19999"));
        QCOMPARE(lines[19'999].text, QByteArray("line 0"));
        // Within a cap: only the end, the start not reached.
        LogTailOptions small;
        small.maxBytes = 1000;
        lines = tailOf(path, small, &tail);
        QVERIFY(!tail.reachedStart);
        QVERIFY(tail.bytesRead <= 1000);
        QVERIFY(lines.size() > 50 && lines.size() < 100);
        QCOMPARE(lines[0].text, QByteArray("line 19999"));
    }

    void longLinesAreCutNotHeld()
    {
        // A 5 MiB line with no break (a crash hole of text), then a short one: the long one
        // comes cut to its start, the short one whole.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.log"));
        QByteArray bytes = "2026-12-07 10:00:00 start of a long line ";
        bytes += QByteArray(5 << 20, 'x');
        bytes += "\nshort\n";
        QVERIFY(write(path, bytes));
        LogTailOptions options;
        options.maxLineBytes = 1 << 20;
        LogTail tail;
        const QList<Line> lines = tailOf(path, options, &tail);
        QVERIFY(tail.ok());
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].text, QByteArray("short"));
        QVERIFY(lines[1].cut);
        QCOMPARE(lines[1].text.size(), 1 << 20);
        QVERIFY(lines[1].text.startsWith("2026-12-07 10:00:00 start"));
    }

    void filesThatAreNoLog()
    {
        QTemporaryDir dir;
        LogTail tail;
        tailOf(dir.filePath(QStringLiteral("gone.log")), {}, &tail);
        QCOMPARE(tail.status, LogFileStatus::Missing);
        QVERIFY(write(dir.filePath(QStringLiteral("sync.log.1")), "old\n"));
        tailOf(dir.filePath(QStringLiteral("sync.log")), {}, &tail);
        QCOMPARE(tail.status, LogFileStatus::RotatedAway);
        tailOf(dir.path(), {}, &tail);
        QCOMPARE(tail.status, LogFileStatus::NotAFile);
        tailOf(QStringLiteral("/dev/zero"), {}, &tail); // never read: it would never end
        QCOMPARE(tail.status, LogFileStatus::NotAFile);
        const QString link = dir.filePath(QStringLiteral("zero.log"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), link));
        tailOf(link, {}, &tail);
        QCOMPARE(tail.status, LogFileStatus::NotAFile);
        const QString binary = dir.filePath(QStringLiteral("core.log"));
        QVERIFY(write(binary, "a line\n" + QByteArray(8192, '\0')));
        tailOf(binary, {}, &tail);
        QCOMPARE(tail.status, LogFileStatus::Binary);
        // Never "ok" for any of them.
        HealthCheck check;
        check.pattern = QStringLiteral("x");
        for (const QString &path : {dir.filePath(QStringLiteral("gone.log")), binary, link}) {
            check.file = path;
            QCOMPARE(runHealthCheck(check, QDateTime::currentMSecsSinceEpoch()).state,
                     HealthState::Unknown);
        }
    }

    void unreadableAsNobody()
    {
        if (geteuid() == 0)
            QSKIP("root reads any file: run as nobody (tst_health_permissions)");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locked.log"));
        QVERIFY(write(path, "submission successful\n"));
        QCOMPARE(chmod(QFile::encodeName(path).constData(), 0), 0);
        HealthCheck check;
        check.file = path;
        check.pattern = QStringLiteral("successful");
        const HealthResult result = runHealthCheck(check, QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(result.state, HealthState::Unknown);
        QCOMPARE(result.status, QStringLiteral("unreadable"));
    }

    void aFileReplacedWhileReadIsReadAsOpened()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.log"));
        QByteArray old;
        for (int i = 0; i < 10'000; ++i)
            old += "old " + QByteArray::number(i) + '\n';
        QVERIFY(write(path, old));
        const QString other = dir.filePath(QStringLiteral("new.log"));
        QVERIFY(write(other, "new\n"));
        qint64 seen = 0;
        bool replaced = false;
        const LogTail tail = readLogTail(path, {}, [&](const TailLine &line) {
            if (!replaced)
                replaced = ::rename(QFile::encodeName(other).constData(),
                                    QFile::encodeName(path).constData()) == 0;
            if (!line.text.startsWith("old "))
                return false;
            ++seen;
            return true;
        });
        QVERIFY(replaced);
        QVERIFY(tail.ok());
        QCOMPARE(seen, 10'000);
    }

    void logSuccessInTheFleetsShapes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sync.log"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        HealthCheck check;
        check.file = path;
        check.pattern = QStringLiteral("submission successful");
        check.hours = 24;
        // Mixed shapes, a multi-line warning, the success 2 hours ago: ok.
        QByteArray log = stamp(3 * 3600) + " - miner - INFO - starting\n";
        log += stamp(2 * 3600) + " - miner - INFO - submission successful\n";
        log += "INFO:sync:Sync failed\n";
        log += stamp(3600) + " - miner - WARNING - a warning\n  with a second line\n";
        log += "bare print\n";
        QVERIFY(write(path, log));
        HealthResult result = runHealthCheck(check, now);
        QCOMPARE(result.state, HealthState::Ok);
        QVERIFY2(result.evidence.join(u'\n').contains(QLatin1String("its own time")),
                 qPrintable(result.evidence.join(u'\n')));
        // Five days ago: critical, "stale", with the line.
        log = stamp(5 * 86400) + " - miner - INFO - submission successful\n";
        log += stamp(60) + " - miner - ERROR - Sync failed\n";
        QVERIFY(write(path, log));
        result = runHealthCheck(check, now);
        QCOMPARE(result.state, HealthState::Critical);
        QCOMPARE(result.status, QStringLiteral("stale"));
        QVERIFY2(result.evidence.value(0).contains(QLatin1String("submission successful")),
                 qPrintable(result.evidence.value(0)));
        // A match with no time of its own takes the time of a line written before it.
        log = stamp(30 * 3600) + " - miner - INFO - round starts\n";
        log += "INFO:miner:submission successful\n";
        QVERIFY(write(path, log));
        result = runHealthCheck(check, now);
        QCOMPARE(result.state, HealthState::Critical); // 30 hours, by the line before it
        QVERIFY2(result.evidence.join(u'\n').contains(QLatin1String("written before it")),
                 qPrintable(result.evidence.join(u'\n')));
        // No line has a time (bare prints): the file's modification time, and it says so.
        QVERIFY(write(path, "submission successful\nmore\n", 2 * 3600));
        result = runHealthCheck(check, now);
        QCOMPARE(result.state, HealthState::Ok);
        QVERIFY2(result.evidence.join(u'\n').contains(QLatin1String("modification time")),
                 qPrintable(result.evidence.join(u'\n')));
        // Never matched: critical, "no-match". A bad pattern: unknown.
        QVERIFY(write(path, "nothing of the kind\n"));
        result = runHealthCheck(check, now);
        QCOMPARE(result.status, QStringLiteral("no-match"));
        QCOMPARE(result.state, HealthState::Critical);
        check.pattern = QStringLiteral("(unclosed");
        result = runHealthCheck(check, now);
        QCOMPARE(result.state, HealthState::Unknown);
        QCOMPARE(result.status, QStringLiteral("bad-pattern"));
    }

    void logErrorsByMinutesOrLines()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("errors.log"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QByteArray log;
        log += stamp(3 * 3600) + " - sync - ERROR - old failure\n"; // outside 60 minutes
        log += stamp(30 * 60) + " - sync - ERROR - Sync failed for host 1\n";
        log += "Traceback (most recent call last):\n  ERROR detail line\n"; // untimed, in window
        log += stamp(5 * 60) + " - sync - ERROR - Sync failed for host 2\n";
        log += stamp(60) + " - sync - INFO - fine\n";
        QVERIFY(write(path, log));
        HealthCheck check;
        check.kind = HealthCheckKind::LogErrors;
        check.file = path;
        check.pattern = QStringLiteral("ERROR");
        check.minutes = 60;
        check.maxCount = 3;
        HealthResult result = runHealthCheck(check, now);
        QCOMPARE(result.state, HealthState::Ok); // three in the window, at most three
        QVERIFY2(result.summary.startsWith(QLatin1String("3 line")), qPrintable(result.summary));
        check.maxCount = 2;
        result = runHealthCheck(check, now);
        QCOMPARE(result.state, HealthState::Critical);
        QCOMPARE(result.status, QStringLiteral("too-many"));
        QCOMPARE(result.evidence.size(), 3);
        check.lastLines = 2; // the last two lines: one error
        result = runHealthCheck(check, now);
        QCOMPARE(result.state, HealthState::Ok);
        QVERIFY2(result.summary.startsWith(QLatin1String("1 line")), qPrintable(result.summary));
        // A window that goes further back than the part read: more may match there, so it
        // is not called fine.
        check.lastLines = -1;
        check.maxCount = 3;
        check.maxTailBytes = 120; // the last two lines, about
        result = runHealthCheck(check, now);
        QCOMPARE(result.state, HealthState::Unknown);
        QCOMPARE(result.status, QStringLiteral("partial"));
        check.maxCount = 0; // over whatever the rest holds
        QCOMPARE(runHealthCheck(check, now).state, HealthState::Critical);
    }

    void sizesAndFreshness()
    {
        QTemporaryDir dir;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QString big = dir.filePath(QStringLiteral("data/big.log"));
        QVERIFY(write(big, QByteArray(2'000'000, 'x'), 3 * 3600));
        QVERIFY(write(dir.filePath(QStringLiteral("data/sub/small.bin")), "abc", 2 * 3600));
        HealthCheck check;
        check.kind = HealthCheckKind::FileSize;
        check.file = big;
        check.maxMegabytes = 1; // 10^6 bytes
        HealthResult result = runHealthCheck(check, now);
        QCOMPARE(result.state, HealthState::Warning);
        QCOMPARE(result.status, QStringLiteral("too-large"));
        check.maxMegabytes = 3;
        QCOMPARE(runHealthCheck(check, now).state, HealthState::Ok);
        check.file.clear();
        check.folder = dir.filePath(QStringLiteral("data"));
        check.maxGigabytes = 0.001; // 1 MB
        QCOMPARE(runHealthCheck(check, now).state, HealthState::Warning);
        check.maxGigabytes = 1;
        QCOMPARE(runHealthCheck(check, now).state, HealthState::Ok);

        check = {};
        check.kind = HealthCheckKind::Freshness;
        check.folder = dir.filePath(QStringLiteral("data"));
        check.hours = 1; // the newest is two hours old
        result = runHealthCheck(check, now);
        QCOMPARE(result.state, HealthState::Critical);
        QCOMPARE(result.status, QStringLiteral("stale"));
        check.hours = 3;
        QCOMPARE(runHealthCheck(check, now).state, HealthState::Ok);
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("empty"))));
        check.folder = dir.filePath(QStringLiteral("empty"));
        QCOMPARE(runHealthCheck(check, now).status, QStringLiteral("empty"));
        check.folder = dir.filePath(QStringLiteral("nowhere"));
        QCOMPARE(runHealthCheck(check, now).state, HealthState::Unknown);
    }

    void aGlobReadsTheNewestMatch()
    {
        QTemporaryDir dir;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(write(dir.filePath(QStringLiteral("sync-1.log")), stamp(60) + " Sync complete\n",
                      7200));
        QVERIFY(
            write(dir.filePath(QStringLiteral("sync-2.log")), stamp(60) + " Sync failed\n", 60));
        QVERIFY(write(dir.filePath(QStringLiteral("other.log")), stamp(1) + " Sync complete\n"));
        HealthCheck check;
        check.kind = HealthCheckKind::LogSuccess;
        check.file = dir.filePath(QStringLiteral("sync-*.log"));
        check.pattern = QStringLiteral("Sync complete");
        HealthResult result = runHealthCheck(check, now);
        // sync-2.log is the newest; it holds no success line.
        QCOMPARE(result.status, QStringLiteral("no-match"));
        QVERIFY2(result.summary.contains(QStringLiteral("sync-2.log")), qPrintable(result.summary));
        check.file = dir.filePath(QStringLiteral("none-*.log"));
        result = runHealthCheck(check, now);
        QCOMPARE(result.state, HealthState::Unknown);
        QCOMPARE(result.status, QStringLiteral("missing"));
    }

    void processCheck()
    {
        QTemporaryDir dir;
        // A daemon whose command line names a script of its own, like a fleet's
        // `python s3_backup_daemon.py`.
        const QString name = QStringLiteral("qm_test_daemon_%1").arg(getpid());
        const QString script = dir.filePath(name + QStringLiteral(".sh"));
        QVERIFY(write(script, "sleep 300\n"));
        HealthCheck check;
        check.kind = HealthCheckKind::Process;
        check.pattern = name;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        // Not running: critical, though this test's own command line holds no pattern,
        // and the check's own shell (which holds it) is not counted.
        HealthResult result = runHealthCheck(check, now);
        QCOMPARE(result.status, QStringLiteral("not-running"));
        QCOMPARE(result.state, HealthState::Critical);
        QProcess daemon;
        daemon.start(QStringLiteral("/bin/sh"), {script});
        QVERIFY(daemon.waitForStarted());
        result = runHealthCheck(check, now);
        daemon.kill();
        daemon.waitForFinished();
        QCOMPARE(result.state, HealthState::Ok);
        QCOMPARE(result.evidence.size(), 1);
        QVERIFY2(result.evidence.first().startsWith(QString::number(daemon.processId())) ||
                     result.evidence.first().contains(script),
                 qPrintable(result.evidence.join(u'\n')));
        QVERIFY(runHealthCheck(check, now).state == HealthState::Critical);
    }

    void commandCheck()
    {
        HealthCheck check;
        check.kind = HealthCheckKind::Command;
        check.command = {QStringLiteral("sh"), QStringLiteral("-c"),
                         QStringLiteral("echo 'rpc: 3 peers'; echo 'warn: slow' >&2")};
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        HealthResult result = runHealthCheck(check, now);
        QCOMPARE(result.state, HealthState::Ok);
        QCOMPARE(result.evidence,
                 (QStringList{QStringLiteral("rpc: 3 peers"), QStringLiteral("warn: slow")}));
        // Printed "ok" and exited 1: the exit code decides, the output is kept.
        check.command = {QStringLiteral("sh"), QStringLiteral("-c"),
                         QStringLiteral("echo ok; exit 1")};
        result = runHealthCheck(check, now);
        QCOMPARE(result.state, HealthState::Critical);
        QCOMPARE(result.status, QStringLiteral("failed"));
        QVERIFY2(result.summary.contains(QStringLiteral("exited 1")), qPrintable(result.summary));
        QCOMPARE(result.evidence, QStringList{QStringLiteral("ok")});
        check.command = {QStringLiteral("sleep"), QStringLiteral("30")};
        check.timeoutSeconds = 1;
        QElapsedTimer clock;
        clock.start();
        result = runHealthCheck(check, now);
        QCOMPARE(result.status, QStringLiteral("timed-out"));
        QVERIFY(clock.elapsed() < 10'000);
        check.command = {QStringLiteral("/nonexistent/qm-probe")};
        result = runHealthCheck(check, now);
        QCOMPARE(result.state, HealthState::Unknown);
        QCOMPARE(result.status, QStringLiteral("cannot-run"));
        check.command.clear();
        QCOMPARE(runHealthCheck(check, now).status, QStringLiteral("bad-check"));
    }

    void endpointCheck()
    {
        // A server that answers every request with the status it is given.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QByteArray status = "200 OK";
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *client = server.nextPendingConnection();
            connect(client, &QTcpSocket::readyRead, client, [client, &status] {
                if (!client->readAll().contains("\r\n\r\n"))
                    return;
                client->write("HTTP/1.1 " + status +
                              "\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi");
                client->disconnectFromHost();
            });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        });
        const auto run = [](const HealthCheck &check) {
            // In a worker, as the app runs checks; the server answers meanwhile.
            QFuture<HealthResult> future = QtConcurrent::run(
                [check] { return runHealthCheck(check, QDateTime::currentMSecsSinceEpoch()); });
            while (!future.isFinished())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            return future.result();
        };
        const QString port = QString::number(server.serverPort());
        HealthCheck check;
        check.kind = HealthCheckKind::Endpoint;
        check.url = QStringLiteral("http://127.0.0.1:%1/health").arg(port);
        HealthResult result = run(check);
        QCOMPARE(result.state, HealthState::Ok);
        QVERIFY2(result.summary.contains(QStringLiteral("HTTP 200")), qPrintable(result.summary));
        status = "503 Service Unavailable";
        result = run(check);
        QCOMPARE(result.state, HealthState::Critical);
        QCOMPARE(result.status, QStringLiteral("http-error"));
        check.url.clear();
        check.tcp = QStringLiteral("127.0.0.1:") + port;
        QCOMPARE(run(check).state, HealthState::Ok);
        server.close();
        result = run(check);
        QCOMPARE(result.state, HealthState::Critical);
        QCOMPARE(result.status, QStringLiteral("unreachable"));
        // Never looked up, never an option to a program.
        check.tcp = QStringLiteral("db.invalid:5432");
        QVERIFY(run(check).summary.contains(QStringLiteral(".invalid")));
        check.tcp = QStringLiteral("-e:80");
        QCOMPARE(run(check).status, QStringLiteral("bad-check"));
        check.tcp.clear();
        check.url = QStringLiteral("ftp://127.0.0.1/");
        QCOMPARE(run(check).status, QStringLiteral("bad-check"));
    }

    void daemonsAreProbedOnTheirHostsByName()
    {
        const FleetConfig config = threeHosts();
        // A rule already probes the sync daemon on the Mac Studio.
        const QList<DaemonRule> rules = {
            {QStringLiteral("mac-studio"), {QStringLiteral("unified_data_sync")}}};
        QList<ProbeHost> hosts = probeHosts(&config, rules);
        QString error;
        const std::optional<QList<DaemonSpec>> daemons = parseDaemonsFile(
            "daemons:\n"
            "  - {name: s3-backup, pattern: s3_backup_daemon, launchd: com.fleet.s3backup,\n"
            "     hosts: [mac-studio, local]}\n"
            "  - {name: selfplay, pattern: selfplay_worker, systemd: selfplay.service,\n"
            "     hosts: role:selfplay}\n"
            "  - {name: sync, pattern: unified_data_sync, start: [sync.sh], hosts: mac-studio}\n",
            &error);
        QVERIFY2(daemons, qPrintable(error));
        addDaemonsToProbeHosts(*daemons, &config, &hosts);
        const auto of = [&hosts](const QString &name) {
            return *std::find_if(hosts.cbegin(), hosts.cend(),
                                 [&name](const ProbeHost &h) { return h.name == name; });
        };
        QVERIFY(hosts.first().local);
        QCOMPARE(hosts.first().daemonPatterns, QStringList{QStringLiteral("s3_backup_daemon")});
        QCOMPARE(of(QStringLiteral("gpu-1")).daemonPatterns,
                 QStringList{QStringLiteral("selfplay_worker")});
        QCOMPARE(of(QStringLiteral("gpu-2")).daemonNames.value(QStringLiteral("selfplay_worker")),
                 QStringLiteral("selfplay"));
        // The rule's pattern is named, not probed twice.
        const ProbeHost mac = of(QStringLiteral("mac-studio"));
        QCOMPARE(mac.daemonPatterns, (QStringList{QStringLiteral("unified_data_sync"),
                                                  QStringLiteral("s3_backup_daemon")}));
        QCOMPARE(mac.daemonNames.value(QStringLiteral("unified_data_sync")),
                 QStringLiteral("sync"));
        QCOMPARE(mac.daemonNames.value(QStringLiteral("s3_backup_daemon")),
                 QStringLiteral("s3-backup"));
    }

    void savedChecksAndWhereTheyRun()
    {
        QString error;
        const std::optional<QList<SavedHealthCheck>> checks = parseHealthChecksFile(
            "checks:\n"
            "  - {name: success, kind: log-success, file: /var/log/sync.log,\n"
            "     pattern: 'submission successful', within_hours: 6, hosts: [local, gpu-1]}\n"
            "  - name: size\n    kind: file-size\n    dir: /data\n    max_gb: 500\n"
            "    hosts: role:selfplay\n"
            "  - name: rpc\n    kind: command\n    command: [curl, -sf, 'http://x.invalid']\n"
            "    timeout: 5\n    hosts: '*'\n",
            &error);
        QVERIFY2(checks, qPrintable(error));
        QCOMPARE(checks->size(), 3);
        QCOMPARE(checks->at(0).check.hours, 6.0);
        QCOMPARE(checks->at(1).check.maxGigabytes, 500.0);
        QCOMPARE(checks->at(2).check.command.size(), 3);
        // Written back as a file and read again: the same checks.
        QCOMPARE(parseHealthChecksFile(healthChecksFileText(*checks), &error), checks);
        for (const QByteArray &bad :
             {QByteArray("checks: [{name: a, kind: process}]"), // no pattern
              QByteArray("checks: [{name: a, kind: process, pattern: x, file: y}]"),
              QByteArray("checks: [{kind: process, pattern: x}]"), // no name
              QByteArray("checks: [{name: a, kind: process, pattern: x},\n"
                         "         {name: a, kind: process, pattern: y}]"), // twice
              QByteArray("checks: [{name: a, kind: log-errors, file: f, pattern: '('}]"),
              QByteArray("checks: [{name: a, kind: freshness, dir: d, max_age_hours: -1}]"),
              QByteArray("checks: [{name: a, kind: command, command: [1, {x: 2}]}]"),
              QByteArray("checks: {name: a}"), QByteArray("- a"), QByteArray("checks: [a"),
              QByteArray("checks: [{name: a, kind: process, pattern: x, hosts: []}]")}) {
            error.clear();
            QVERIFY2(!parseHealthChecksFile(bad, &error), bad.constData());
            QVERIFY2(!error.isEmpty(), bad.constData());
        }

        const FleetConfig config = threeHosts();
        QStringList problems;
        QList<HealthRun> runs = healthRunsFor(*checks, &config, {}, &problems);
        QStringList where;
        for (const HealthRun &run : std::as_const(runs))
            where << run.check.name + u'@' +
                         (run.host.isEmpty() ? QStringLiteral("local") : run.host);
        QCOMPARE(where,
                 (QStringList{QStringLiteral("success@local"), QStringLiteral("success@gpu-1"),
                              QStringLiteral("size@gpu-1"), QStringLiteral("size@gpu-2"),
                              QStringLiteral("rpc@gpu-1"), QStringLiteral("rpc@gpu-2"),
                              QStringLiteral("rpc@mac-studio")}));
        QVERIFY(problems.isEmpty());
        runs = healthRunsFor(*checks, &config, {QStringLiteral("local")}, &problems);
        QCOMPARE(runs.size(), 1);
        // Without a config, hosts and roles are problems, never tried.
        runs = healthRunsFor(*checks, nullptr, {}, &problems);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(problems.size(), 3);
    }

    void resultsRunTogetherAndKeptInTheHistory()
    {
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(QStringLiteral("a.log")), stamp(10) + " ok\n"));
        QList<HealthRun> runs;
        for (int i = 0; i < 6; ++i) {
            HealthCheck check;
            check.kind = HealthCheckKind::LogSuccess;
            check.name = QStringLiteral("check %1").arg(i);
            check.file = dir.filePath(i % 2 ? QStringLiteral("a.log") : QStringLiteral("gone.log"));
            check.pattern = QStringLiteral("ok");
            runs.append({QString(), check});
        }
        HealthRun onHost{QStringLiteral("nowhere"), runs.first().check};
        runs << onHost;
        FleetAccess fleet; // no config: the host is not known
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        int told = 0;
        const QList<HealthResult> results = runHealthChecks(
            runs, fleet, now, 4, nullptr, [&told](const HealthResult &) { ++told; });
        QCOMPARE(results.size(), 7);
        QCOMPARE(told, 7);
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(results.at(i).name, QStringLiteral("check %1").arg(i));
            QCOMPARE(results.at(i).state, i % 2 ? HealthState::Ok : HealthState::Unknown);
        }
        QCOMPARE(results.last().host, QStringLiteral("nowhere"));
        QCOMPARE(results.last().status, QStringLiteral("host-unreachable"));

        const QString history = dir.filePath(QStringLiteral("data/history.sqlite"));
        QCOMPARE(recordHealthResults(history, results), QString());
        HealthResult later = results.at(1);
        later.state = HealthState::Critical;
        later.status = QStringLiteral("stale");
        later.evidence = {QStringLiteral("line 3: a \"quoted\" line")};
        later.checkedAtMs = now + 60'000;
        HealthResult ancient = results.at(3);
        ancient.checkedAtMs = now - kHealthResultsKeptMs - 1;
        QCOMPARE(recordHealthResults(history, {ancient, later}), QString());
        QList<HealthResult> latest;
        QString error;
        QVERIFY(readLatestHealthResults(history, &latest, &error));
        QCOMPARE(latest.size(), 7); // one per check and machine
        const auto one = std::find_if(latest.cbegin(), latest.cend(), [](const HealthResult &r) {
            return r.name == QLatin1String("check 1");
        });
        QCOMPARE(one->state, HealthState::Critical);
        QCOMPARE(one->evidence, later.evidence);
        QCOMPARE(one->checkedAtMs, later.checkedAtMs);
        HistoryStore store;
        QVERIFY(store.open(history, &error));
        // The result older than 90 days was dropped as it was recorded.
        QCOMPARE(HealthResultStore(store.database())
                     .history(QString(), QStringLiteral("check 3"), 0)
                     .size(),
                 1);
        QCOMPARE(HealthResultStore(store.database())
                     .history(QString(), QStringLiteral("check 1"), 0)
                     .size(),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
