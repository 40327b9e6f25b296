// The parts of a sync that need no server: endpoints as people write them, the rsync and
// rclone command lines (bandwidth with an explicit unit, caps on deletion, pulling
// between hosts by default), and the engines' output read into progress and plans.

#include "core/sync/synccommand.h"
#include "core/sync/syncoutput.h"

#include <QTest>

using qm::SyncEndpoint;

namespace {

SyncEndpoint endpoint(const QString &text)
{
    QString error;
    const std::optional<SyncEndpoint> parsed = SyncEndpoint::parse(text, &error);
    if (!parsed)
        qFatal("%s", qPrintable(error));
    return *parsed;
}

} // namespace

class TestSyncParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endpoints()
    {
        QCOMPARE(endpoint(QStringLiteral("/data//games/")).path, QStringLiteral("/data/games"));
        const SyncEndpoint host = endpoint(QStringLiteral("gpu-1:/srv/data"));
        QCOMPARE(host.kind, SyncEndpoint::Kind::Host);
        QCOMPARE(host.host, QStringLiteral("gpu-1"));
        const SyncEndpoint cloud = endpoint(QStringLiteral("rclone:s3:bucket/games"));
        QCOMPARE(cloud.kind, SyncEndpoint::Kind::Rclone);
        QCOMPARE(cloud.remote, QStringLiteral("s3"));
        QCOMPARE(cloud.path, QStringLiteral("bucket/games"));
        QString error;
        for (const char *bad : {"relative/path", "-e:/x", "host:relative", "rclone:nopath", ""})
            QVERIFY2(!SyncEndpoint::parse(QLatin1String(bad), &error), bad);
    }

    void rsyncBetweenThisMachineAndAHost()
    {
        qm::HostAccess gpu{QStringLiteral("gpu-1"),
                           {QStringLiteral("10.0.0.5"), 2222, QStringLiteral("ubuntu"),
                            QStringLiteral("/keys/my key")},
                           QStringLiteral("/opt/homebrew/bin/rsync")};
        qm::SyncRequest request;
        request.source = endpoint(QStringLiteral("gpu-1:/data/selfplay"));
        request.destination = endpoint(QStringLiteral("/Volumes/Drive/games"));
        request.bandwidthMegabytesPerSecond = 50;
        request.deleteExtraneous = true;
        request.maxDelete = 7;
        QString error;
        const auto hostFor = [&](const QString &name) { return name == gpu.name ? &gpu : nullptr; };
        const std::optional<qm::SyncCommand> command =
            qm::buildSyncCommand(request, false, hostFor, {}, QStringLiteral("rsync"),
                                 QStringLiteral("/usr/bin/ssh"), QStringLiteral("rclone"), &error);
        QVERIFY2(command, qPrintable(error));
        const QStringList &args = command->arguments;
        QVERIFY(args.contains(QStringLiteral("--partial")));
        QVERIFY(args.contains(QStringLiteral("--info=progress2")));
        QVERIFY(args.contains(QStringLiteral("--bwlimit=50MB"))); // megabytes, explicitly
        QVERIFY(args.contains(QStringLiteral("--max-delete=7")));
        QVERIFY(args.contains(QStringLiteral("--rsync-path=/opt/homebrew/bin/rsync")));
        const QString rsh = args.filter(QStringLiteral("--rsh=")).value(0);
        QVERIFY2(rsh.contains(QStringLiteral("-p 2222")), qPrintable(rsh));
        QVERIFY2(rsh.contains(QStringLiteral("'/keys/my key'")), qPrintable(rsh));
        QVERIFY(rsh.contains(QStringLiteral("BatchMode=yes")));
        QCOMPARE(args.mid(args.size() - 3),
                 (QStringList{QStringLiteral("--"), QStringLiteral("10.0.0.5:/data/selfplay/"),
                              QStringLiteral("/Volumes/Drive/games/")}));

        // The dry run lists every deletion: no cap, nothing changed.
        const std::optional<qm::SyncCommand> dry =
            qm::buildSyncCommand(request, true, hostFor, {}, QStringLiteral("rsync"),
                                 QStringLiteral("ssh"), QStringLiteral("rclone"), &error);
        QVERIFY(dry->arguments.contains(QStringLiteral("--dry-run")));
        QVERIFY(dry->arguments.filter(QStringLiteral("--max-delete")).isEmpty());
    }

    void betweenTwoHostsTheDestinationPulls()
    {
        qm::HostAccess node{QStringLiteral("vast-1"),
                            {QStringLiteral("1.2.3.4"), 22, QStringLiteral("root"),
                             QStringLiteral("/home/me/.ssh/id_vast")},
                            {}};
        qm::HostAccess hub{QStringLiteral("mac-studio"),
                           {QStringLiteral("mac.local"), 22, QStringLiteral("armand"), {}},
                           QStringLiteral("/opt/homebrew/bin/rsync")};
        qm::SyncRequest request;
        request.source = endpoint(QStringLiteral("vast-1:/workspace/data"));
        request.destination = endpoint(QStringLiteral("mac-studio:/Volumes/RingRift-Data/raw"));
        QString error;
        const auto hostFor = [&](const QString &name) -> const qm::HostAccess * {
            return name == node.name ? &node : name == hub.name ? &hub : nullptr;
        };
        std::optional<qm::SyncCommand> command =
            qm::buildSyncCommand(request, false, hostFor, {}, QStringLiteral("rsync"),
                                 QStringLiteral("ssh"), QStringLiteral("rclone"), &error);
        QVERIFY2(command, qPrintable(error));
        QCOMPARE(command->program, QStringLiteral("ssh"));
        QCOMPARE(command->runsOn, QStringLiteral("mac-studio"));
        const QString remote = command->arguments.constLast();
        QVERIFY2(remote.startsWith(QStringLiteral("'/opt/homebrew/bin/rsync'")),
                 qPrintable(remote));
        QVERIFY(remote.contains(QStringLiteral("'1.2.3.4:/workspace/data/'")));
        // Our key is a path on this machine: it is not handed to the hub.
        QVERIFY(!remote.contains(QStringLiteral("id_vast")));

        request.pushFromSource = true;
        command = qm::buildSyncCommand(request, false, hostFor, {}, QStringLiteral("rsync"),
                                       QStringLiteral("ssh"), QStringLiteral("rclone"), &error);
        QCOMPARE(command->runsOn, QStringLiteral("vast-1"));
        QVERIFY(command->arguments.constLast().contains(
            QStringLiteral("'mac.local:/Volumes/RingRift-Data/raw/'")));
    }

    void rclone()
    {
        qm::SyncRequest request;
        request.source = endpoint(QStringLiteral("/data/models"));
        request.destination = endpoint(QStringLiteral("rclone:s3:backups/models"));
        request.bandwidthMegabytesPerSecond = 2;
        QString error;
        const auto none = [](const QString &) -> const qm::HostAccess * { return nullptr; };
        std::optional<qm::SyncCommand> command =
            qm::buildSyncCommand(request, false, none, {}, QStringLiteral("rsync"),
                                 QStringLiteral("ssh"), QStringLiteral("rclone"), &error);
        QVERIFY(command->rclone);
        QCOMPARE(command->arguments.mid(0, 3),
                 (QStringList{QStringLiteral("copy"), QStringLiteral("/data/models"),
                              QStringLiteral("s3:backups/models")}));
        QVERIFY(command->arguments.contains(QStringLiteral("--bwlimit=2000000B")));
        request.source = endpoint(QStringLiteral("gpu:/x"));
        QVERIFY(!qm::buildSyncCommand(request, false, none, {}, QStringLiteral("rsync"),
                                      QStringLiteral("ssh"), QStringLiteral("rclone"), &error));
    }

    void progressLines()
    {
        const std::optional<qm::SyncProgress> progress = qm::parseRsyncProgressLine(
            "  1,234,567  45%   12.50MB/s    0:01:02 (xfr#3, to-chk=10/20)");
        QVERIFY(progress);
        QCOMPARE(progress->bytesDone, 1'234'567);
        QCOMPARE(progress->fraction, 0.45);
        QCOMPARE(progress->rateBytesPerSecond, 12.5 * 1024 * 1024);
        QCOMPARE(progress->etaSeconds, 62);
        QVERIFY(qm::parseRsyncProgressLine("        32,768 100%  0.00kB/s    0:00:00"));
        for (const char *other :
             {"games/a.db", "sending incremental file list", "", "45%", "  1,2 45% xB/s 0:00:00"})
            QVERIFY2(!qm::parseRsyncProgressLine(other), other);

        const std::optional<qm::SyncProgress> stats = qm::parseRcloneStatsLine(
            R"({"level":"notice","msg":"stats","stats":{"bytes":500,"totalBytes":2000,"speed":250.5,"eta":6}})");
        QVERIFY(stats);
        QCOMPARE(stats->bytesDone, 500);
        QCOMPARE(stats->fraction, 0.25);
        QCOMPARE(stats->etaSeconds, 6);
        QVERIFY(!qm::parseRcloneStatsLine(R"({"stats": "garbage"})"));
        QVERIFY(!qm::parseRcloneStatsLine("not json \"stats\""));
    }

    void outputLinesSplitAtReturnsAndNewlines()
    {
        QList<QByteArray> lines;
        qm::OutputLines splitter([&](QByteArrayView line) { lines.append(line.toByteArray()); });
        splitter.feed("one\rtw");
        splitter.feed("o\nthree");
        splitter.finish();
        QCOMPARE(lines, (QList<QByteArray>{"one", "two", "three"}));
    }

    void dryRunAndVersion()
    {
        const qm::RsyncDryRun run = qm::parseRsyncDryRun(
            "*deleting   old/a b.bin\n>f+++++++++ new.bin\n\nNumber of files: 3 (reg: 2, dir: 1)\n"
            "Number of regular files transferred: 1\nTotal file size: 2,000 bytes\n"
            "Total transferred file size: 1,500 bytes\nNumber of deleted files: 1\n");
        QVERIFY(run.statsFound);
        QCOMPARE(run.filesToTransfer, 1);
        QCOMPARE(run.bytesToTransfer, 1500);
        QCOMPARE(run.totalBytes, 2000);
        QCOMPARE(run.deletions, QStringList{QStringLiteral("old/a b.bin")});
        QVERIFY(!qm::parseRsyncDryRun("garbage\x01\x02").statsFound);
        QCOMPARE(qm::parseRsyncVersion("rsync  version 3.2.7  protocol version 31\n"),
                 std::make_pair(3, 2));
        QCOMPARE(qm::parseRsyncVersion("rsync  version 2.6.9  protocol version 29"),
                 std::make_pair(2, 6));
        QVERIFY(!qm::parseRsyncVersion("openrsync: protocol version 29"));
    }
};

QTEST_GUILESS_MAIN(TestSyncParts)
#include "tst_syncparts.moc"
