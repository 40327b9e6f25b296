// Probes against a real sshd and a real node_exporter on 127.0.0.1.
#include "core/config/configcheck.h"
#include "core/fleet/liverules.h"
#include "core/history/historystore.h"
#include "core/hosts/hostprober.h"
#include "core/hosts/nodeexporterclient.h"
#include "testservers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <pwd.h>

using namespace qm;

namespace {

QString userName()
{
    const passwd *entry = getpwuid(geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : qEnvironmentVariable("USER");
}

void writeFile(const QString &path, qint64 size)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(QByteArray(size, 'x'));
}

/// `df -Pk PATH`'s figures in bytes: total, used, available.
QList<qint64> dfFigures(const QString &path)
{
    const QList<QByteArray> lines =
        testservers::run(QStringLiteral("df"), {QStringLiteral("-Pk"), path}).split('\n');
    const QList<QByteArray> fields = lines.value(1).simplified().split(' ');
    if (fields.size() < 6)
        return {};
    return {fields[1].toLongLong() * 1024, fields[2].toLongLong() * 1024,
            fields[3].toLongLong() * 1024};
}

/// `du --apparent-size -cb FILES`: the total in bytes.
qint64 duBytes(const QStringList &files)
{
    const QList<QByteArray> lines =
        testservers::run(QStringLiteral("du"),
                         QStringList{QStringLiteral("--apparent-size"), QStringLiteral("-cb"),
                                     QStringLiteral("--")} +
                             files)
            .trimmed()
            .split('\n');
    return lines.last().split('\t').first().toLongLong();
}

const CategoryTotal *category(const HostProbe &probe, const QString &name, int root = 0)
{
    if (root >= probe.roots.size())
        return nullptr;
    for (const CategoryTotal &total : probe.roots.at(root).categories) {
        if (total.name == name)
            return &total;
    }
    return nullptr;
}

} // namespace

class HostProbes : public QObject
{
    Q_OBJECT

private:
    ProbeHost sshHost(const QString &key = QStringLiteral("user_key")) const
    {
        ProbeHost host;
        host.name = QStringLiteral("loop");
        host.hasSsh = true;
        host.ssh.host = QStringLiteral("127.0.0.1");
        host.ssh.port = m_server.port();
        host.ssh.user = userName();
        host.ssh.key = m_server.path(key);
        return host;
    }

    ProbeOptions options() const
    {
        ProbeOptions options;
        options.ssh.configFile = m_server.clientConfig();
        options.ssh.knownHostsFile = m_server.knownHosts();
        options.ssh.connectTimeoutSeconds = 5;
        options.commandTimeoutMs = 20000;
        return options;
    }

    testservers::SshServer m_server;
    QString m_serverError;
    QTemporaryDir m_data;

private Q_SLOTS:
    void initTestCase() { m_serverError = m_server.start(); }
    void init() { m_server.trustHostKey(QStringLiteral("host_key.pub")); }

    void probeMatchesDfAndDu()
    {
        QM_REQUIRE_SERVER(m_serverError);
        const QString root = m_data.filePath(QStringLiteral("ringrift"));
        writeFile(root + QStringLiteral("/data/games/a.db"), 12345);
        writeFile(root + QStringLiteral("/data/games/b.db"), 1000);
        writeFile(root + QStringLiteral("/data/training/x.npz"), 777);
        writeFile(root + QStringLiteral("/models/m.pth"), 4096);
        writeFile(root + QStringLiteral("/ply_files/ok.ply"), 10);
        writeFile(root + QStringLiteral("/ply_files/rejected_samples/bad.ply"), 20);
        writeFile(root + QStringLiteral("/notes.txt"), 5);
        // A symbolic link out of the root is never followed, so nothing is counted twice.
        QFile::link(root + QStringLiteral("/data"), root + QStringLiteral("/models/loop"));
        const QString drive = m_data.filePath(QStringLiteral("Volumes/Drive"));
        QDir().mkpath(drive);

        ProbeHost host = sshHost();
        host.dataRoots = {root};
        host.daemonPatterns = {QStringLiteral("unified_data_sync"),
                               QStringLiteral("s3_backup_daemon")};
        host.externalStorage = {QStringLiteral("/proc"), drive,
                                m_data.filePath(QStringLiteral("Volumes/Gone"))};
        QProcess daemon; // a process whose command line names the first pattern
        daemon.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("sleep 60; :"),
                                            QStringLiteral("unified_data_sync")});
        QVERIFY(daemon.waitForStarted());

        for (const auto listing :
             {ProbeOptions::Listing::Detect, ProbeOptions::Listing::FindExecStat}) {
            ProbeOptions opts = options();
            opts.listing = listing;
            // df before and after the probe: other tests running beside this one write to
            // the same filesystem, so its used bytes may move while the probe runs.
            const QList<qint64> dfBefore = dfFigures(root);
            const HostProbe probe = probeHost(host, opts);
            QCOMPARE(hostStatusKey(probe.status), QStringLiteral("ok"));
            QCOMPARE(probe.error, QString());
            QCOMPARE(probe.transport, QStringLiteral("ssh"));
            QCOMPARE(probe.platform, QStringLiteral("Linux"));
            QCOMPARE(probe.volumesSource, QStringLiteral("df"));

            const Volume *volume = probe.volumeFor(root);
            QVERIFY(volume);
            const QList<qint64> df = dfFigures(root);
            QCOMPARE(df.size(), 3);
            QCOMPARE(dfBefore.size(), 3);
            QCOMPARE(volume->totalBytes, df[0]);
            constexpr qint64 kSlack = 64 * 1024 * 1024;
            const qint64 usedLow = std::min(dfBefore[1], df[1]) - kSlack;
            const qint64 usedHigh = std::max(dfBefore[1], df[1]) + kSlack;
            QVERIFY2(volume->usedBytes >= usedLow && volume->usedBytes <= usedHigh,
                     qPrintable(QStringLiteral("probe %1, df %2 before and %3 after")
                                    .arg(volume->usedBytes)
                                    .arg(dfBefore[1])
                                    .arg(df[1])));

            QCOMPARE(probe.roots.size(), 1);
            QCOMPARE(dataRootStatusKey(probe.roots[0].status), QStringLiteral("ok"));
            const CategoryTotal *games = category(probe, QStringLiteral("games"));
            QVERIFY(games);
            QCOMPARE(games->files, 2);
            QCOMPARE(games->bytes, duBytes({root + QStringLiteral("/data/games/a.db"),
                                            root + QStringLiteral("/data/games/b.db")}));
            QVERIFY(qAbs(games->newestSecs - QDateTime::currentSecsSinceEpoch()) < 600);
            QCOMPARE(category(probe, QStringLiteral("training_data"))->bytes, 777);
            QCOMPARE(category(probe, QStringLiteral("models"))->bytes, 4096);
            QCOMPARE(category(probe, QStringLiteral("ply_accepted"))->files, 1);
            QCOMPARE(category(probe, QStringLiteral("ply_rejected"))->bytes, 20);
            QCOMPARE(category(probe, QStringLiteral("logs"))->files, 0);

            QCOMPARE(probe.daemons.size(), 2);
            QVERIFY(probe.daemons[0].running);
            QVERIFY(!probe.daemons[1].running);
            QCOMPARE(probe.daemons[1].error, QString());

            QCOMPARE(probe.externalStorage.size(), 3);
            QCOMPARE(probe.externalStorage[0].state, ExternalStorageState::State::Mounted);
            QCOMPARE(probe.externalStorage[1].state, ExternalStorageState::State::NotMounted);
            QCOMPARE(probe.externalStorage[2].state, ExternalStorageState::State::Missing);
        }
        daemon.kill();
        daemon.waitForFinished();
        // Gone now: the probe does not mistake its own ssh command line for the daemon.
        host.externalStorage.clear();
        host.dataRoots.clear();
        QVERIFY(!probeHost(host, options()).daemons[0].running);

        // The same host probed locally gives the same categories.
        ProbeHost local;
        local.name = QStringLiteral("here");
        local.local = true;
        local.dataRoots = {root};
        const HostProbe here = probeHost(local, options());
        QCOMPARE(here.roots.size(), 1);
        QCOMPARE(category(here, QStringLiteral("games"))->bytes, 13345);
        QCOMPARE(category(here, QStringLiteral("models"))->files, 1);
    }

    void hostileNamesCountedExactlyNothingExecuted()
    {
        QM_REQUIRE_SERVER(m_serverError);
        const QString root =
            m_data.filePath(QStringLiteral("hostile root 'q' $(touch ROOTPWNED) `id`"));
        const QStringList names = {QStringLiteral("a b.db"),
                                   QStringLiteral("it's.db"),
                                   QStringLiteral("new\nline.db"),
                                   QStringLiteral("$(touch PWNED).db"),
                                   QStringLiteral("`touch PWNED2`.db"),
                                   QStringLiteral("-rf.db"),
                                   QStringLiteral("semi;colon&amp.db"),
                                   QStringLiteral("back\\slash\".db")};
        qint64 bytes = 0;
        for (int i = 0; i < names.size(); ++i) {
            writeFile(root + QLatin1Char('/') + names[i], 100 + i);
            bytes += 100 + i;
        }
        ProbeHost host = sshHost();
        host.dataRoots = {root};
        const HostProbe probe = probeHost(host, options());
        QCOMPARE(hostStatusKey(probe.status), QStringLiteral("ok"));
        QCOMPARE(probe.roots.size(), 1);
        QCOMPARE(probe.roots[0].badRecords, 0);
        QCOMPARE(category(probe, QStringLiteral("games"))->files, names.size());
        QCOMPARE(category(probe, QStringLiteral("games"))->bytes, bytes);
        // Nothing ran: no file was created anywhere a command could have run.
        for (const QString &dir :
             {QDir::homePath(), QDir::currentPath(), root, m_data.path(), QStringLiteral("/")}) {
            for (const QString &name :
                 {QStringLiteral("PWNED"), QStringLiteral("PWNED2"), QStringLiteral("ROOTPWNED")})
                QVERIFY2(!QFileInfo::exists(dir + QLatin1Char('/') + name), qPrintable(dir));
        }
        // The exec-stat fallback reads lines: the one name with a newline is reported as
        // unreadable records, never miscounted silently as another file.
        ProbeOptions fallback = options();
        fallback.listing = ProbeOptions::Listing::FindExecStat;
        const HostProbe lines = probeHost(host, fallback);
        QCOMPARE(category(lines, QStringLiteral("games"))->files, names.size() - 1);
        QVERIFY(lines.roots[0].badRecords >= 1);
    }

    void unknownHostKeyIsOfferedThenTrusted()
    {
        QM_REQUIRE_SERVER(m_serverError);
        m_server.trustHostKey(QString());
        const ProbeHost host = sshHost();
        const HostProbe probe = probeHost(host, options());
        QCOMPARE(hostStatusKey(probe.status), QStringLiteral("host-key-unknown"));
        QVERIFY(probe.error.contains(QStringLiteral("[127.0.0.1]:%1").arg(m_server.port())));

        const SshTransport transport(host.ssh, options().ssh);
        QString error;
        const QList<HostKey> keys = transport.scanHostKeys(&error);
        QCOMPARE(keys.size(), 1);
        const QByteArray expected = testservers::run(
            QStringLiteral("ssh-keygen"),
            {QStringLiteral("-lf"), m_server.path(QStringLiteral("host_key.pub"))});
        QCOMPARE(keys[0].fingerprint, QString::fromUtf8(expected.split(' ').value(1)));
        QCOMPARE(keys[0].type, QStringLiteral("ssh-ed25519"));
        // A known_hosts whose last line has no newline keeps that line intact.
        const QByteArray other =
            "[other.example.invalid]:22 ssh-ed25519 "
            "AAAAC3NzaC1lZDI1NTE5AAAAIC6VFGuZj5v0kDxMqhHi2cD2vV6Mnrk0AaHSOqsYfrq8";
        {
            QFile known(m_server.knownHosts());
            QVERIFY(known.open(QIODevice::WriteOnly | QIODevice::Truncate));
            known.write(other); // no final newline
        }
        QVERIFY2(transport.trustHostKeys(keys, &error), qPrintable(error));
        const QList<QByteArray> lines =
            m_server.readFile(QStringLiteral("known_hosts")).split('\n');
        QCOMPARE(lines.size(), 3); // other, ours, and the empty rest after the last newline
        QCOMPARE(lines[0], other);
        QVERIFY(lines[1].startsWith(
            QStringLiteral("[127.0.0.1]:%1 ssh-ed25519 ").arg(m_server.port()).toUtf8()));
        QCOMPARE(hostStatusKey(probeHost(host, options()).status), QStringLiteral("ok"));
    }

    void failuresHaveTheirOwnStatus_data()
    {
        QTest::addColumn<QString>("hostKey"); // the key known_hosts holds
        QTest::addColumn<QString>("userKey");
        QTest::addColumn<bool>("closedPort");
        QTest::addColumn<QString>("status");
        QTest::newRow("changed host key") << "other_host_key.pub"
                                          << "user_key" << false << "host-key-mismatch";
        QTest::newRow("wrong user key") << "host_key.pub"
                                        << "wrong_key" << false << "auth-failed";
        QTest::newRow("closed port") << "host_key.pub"
                                     << "user_key" << true << "refused";
        QTest::newRow("garbage output") << "host_key.pub"
                                        << "garbage_key" << false << "error";
    }

    void failuresHaveTheirOwnStatus()
    {
        QM_REQUIRE_SERVER(m_serverError);
        QFETCH(QString, hostKey);
        QFETCH(QString, userKey);
        QFETCH(bool, closedPort);
        QFETCH(QString, status);
        m_server.trustHostKey(hostKey);
        ProbeHost host = sshHost(userKey);
        if (closedPort)
            host.ssh.port = testservers::freePort();
        host.daemonPatterns = {QStringLiteral("auto_sync_daemon")};
        const HostProbe probe = probeHost(host, options());
        QCOMPARE(hostStatusKey(probe.status), status);
        QVERIFY(!probe.error.isEmpty());
        QVERIFY(!probe.command.isEmpty() || closedPort);
        QCOMPARE(probe.daemons.size(), 1); // still listed as expected
    }

    void notAnSshServer()
    {
        // A port that answers with garbage instead of an SSH banner.
        QTcpServer garbage;
        QVERIFY(garbage.listen(QHostAddress::LocalHost, 0));
        connect(&garbage, &QTcpServer::newConnection, this, [&garbage] {
            while (QTcpSocket *socket = garbage.nextPendingConnection()) {
                socket->write(QByteArray("\x01\x02 HTTP/1.1 400 Bad Request\r\n\r\n\xff\xfe", 36));
                socket->disconnectFromHost();
            }
        });
        QM_REQUIRE_SERVER(m_serverError);
        QFile known(m_server.knownHosts());
        QVERIFY(known.open(QIODevice::WriteOnly | QIODevice::Truncate));
        known.write(QStringLiteral("[127.0.0.1]:%1 ").arg(garbage.serverPort()).toUtf8() +
                    m_server.readFile(QStringLiteral("host_key.pub")));
        known.close();
        ProbeHost host = sshHost();
        host.ssh.port = garbage.serverPort();
        const ProbeOptions opts = options();
        QFuture<HostProbe> future =
            QtConcurrent::run([host, opts] { return probeHost(host, opts); });
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 60000);
        QCOMPARE(hostStatusKey(future.result().status), QStringLiteral("error"));
        QVERIFY2(future.result().error.contains(QStringLiteral("SSH")),
                 qPrintable(future.result().error));
    }

    void invalidNamesAreNeverLookedUp()
    {
        ProbeHost host = sshHost();
        host.ssh.host = QStringLiteral("node1.example.invalid");
        host.nodeExporterUrl = QStringLiteral("http://metrics.example.invalid:9100/metrics");
        const HostProbe probe = probeHost(host, options());
        QCOMPARE(hostStatusKey(probe.status), QStringLiteral("unreachable"));
        QVERIFY(probe.error.contains(QStringLiteral(".invalid")));
        QVERIFY(probe.elapsedMs < 5000);
        const NodeExporterScrape scrape = scrapeNodeExporter(QUrl(host.nodeExporterUrl), 1000);
        QVERIFY(!scrape.ok);
        QCOMPARE(scrape.status, HostStatus::Unreachable);
    }

    void nodeExporterVolumesMatchDf()
    {
        testservers::NodeExporterServer exporter;
        QM_REQUIRE_SERVER(exporter.start());
        const NodeExporterScrape scrape = scrapeNodeExporter(QUrl(exporter.url()), 10000);
        QVERIFY2(scrape.ok, qPrintable(scrape.error));
        const Volume *root = nullptr;
        for (const Volume &volume : scrape.volumes) {
            if (volume.mountPoint == QLatin1String("/"))
                root = &volume;
        }
        QVERIFY(root);
        const QList<qint64> df = dfFigures(QStringLiteral("/"));
        QCOMPARE(df.size(), 3);
        // node_exporter reports bytes, df kibibytes rounded up.
        QVERIFY(qAbs(root->totalBytes - df[0]) < 1024);
        QVERIFY(qAbs(root->availableBytes - df[2]) < 64 * 1024 * 1024);

        ProbeHost host;
        host.name = QStringLiteral("metrics-only");
        host.nodeExporterUrl = exporter.url();
        const HostProbe probe = probeHost(host, options());
        QCOMPARE(probe.transport, QStringLiteral("node_exporter"));
        QCOMPARE(hostStatusKey(probe.status), QStringLiteral("ok"));
        QCOMPARE(probe.volumesSource, QStringLiteral("node_exporter"));

        host.nodeExporterUrl =
            QStringLiteral("http://127.0.0.1:%1/metrics").arg(testservers::freePort());
        QCOMPARE(hostStatusKey(probeHost(host, options()).status), QStringLiteral("refused"));
    }

    void partlyReachableShowsWhatAnswered()
    {
        // SSH refuses (a closed loopback port), node_exporter answers: the volumes are
        // shown, the host is partly reachable, and everything downstream reads them.
        testservers::NodeExporterServer exporter;
        QM_REQUIRE_SERVER(exporter.start());
        ProbeHost host = sshHost();
        host.name = QStringLiteral("half");
        host.ssh.port = testservers::freePort();
        host.nodeExporterUrl = exporter.url();
        host.daemonPatterns = {QStringLiteral("auto_sync_daemon")};
        const HostProbe probe = probeHost(host, options());
        QCOMPARE(hostStatusKey(probe.status), QStringLiteral("refused"));
        QVERIFY(probe.partlyReachable());
        QVERIFY(probe.volumesKnown());
        QCOMPARE(probe.volumesSource, QStringLiteral("node_exporter"));
        const Volume *root = probe.mainVolume();
        QVERIFY(root);
        const QList<qint64> df = dfFigures(QStringLiteral("/"));
        QCOMPARE(df.size(), 3);
        QVERIFY(qAbs(root->totalBytes - df[0]) < 1024);
        QCOMPARE(hostReachabilityText(probe), QStringLiteral("partly reachable (SSH: connection "
                                                             "refused)"));
        // What only SSH tells is not known (and not made up).
        QCOMPARE(probe.daemons.size(), 1);
        QVERIFY(!probe.daemons[0].error.isEmpty());

        // qmctl probe's JSON: the status keeps its meaning; a field says the rest.
        const QJsonObject json = hostProbeToJson(probe);
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
        QCOMPARE(json.value(QStringLiteral("partlyReachable")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("volumesSource")).toString(),
                 QStringLiteral("node_exporter"));
        QVERIFY(!json.value(QStringLiteral("volumes")).toArray().isEmpty());

        // The history keeps the volumes that answered; read back, the host is still
        // partly reachable.
        QTemporaryDir dir;
        HistoryStore history;
        QString error;
        QVERIFY2(history.open(historyDatabasePath(dir.path()), &error), qPrintable(error));
        QVERIFY2(history.record(probe, &error), qPrintable(error));
        const HostProbe stored = history.latestProbe(host.name);
        QCOMPARE(stored.volumes.size(), probe.volumes.size());
        QVERIFY(stored.partlyReachable());
        QVERIFY(!history
                     .volumeSamples(host.name, QStringLiteral("/"), 0,
                                    QDateTime::currentMSecsSinceEpoch())
                     .isEmpty());

        // The live rules: not answering over SSH (QM105), and its disk use checked too.
        const CheckedFile checked =
            checkConfigText(QStringLiteral("f.yaml"), "sync_routing: {max_disk_usage_percent: 1}\n"
                                                      "hosts:\n  half: {ssh_host: 127.0.0.1}\n");
        LiveRuleOptions live;
        live.unreachableAfterSecs = 0;
        QStringList rules;
        for (const Diagnostic &d : checkLiveRules(*checked.document, *checked.config,
                                                  {{host.name, {probe, probe.probedAt}}}, live))
            rules.append(d.rule);
        QVERIFY2(rules.contains(QStringLiteral("QM101")), qPrintable(rules.join(u',')));
        QVERIFY2(rules.contains(QStringLiteral("QM105")), qPrintable(rules.join(u',')));
    }

    void dfWhenNodeExporterIsDown()
    {
        // The other way round: SSH answers, the node_exporter does not. df over SSH gives
        // the volumes, and the error says what did not answer.
        QM_REQUIRE_SERVER(m_serverError);
        ProbeHost host = sshHost();
        host.nodeExporterUrl =
            QStringLiteral("http://127.0.0.1:%1/metrics").arg(testservers::freePort());
        const HostProbe probe = probeHost(host, options());
        QCOMPARE(hostStatusKey(probe.status), QStringLiteral("ok"));
        QCOMPARE(probe.volumesSource, QStringLiteral("df"));
        QVERIFY(probe.mainVolume());
        QVERIFY2(probe.error.contains(host.nodeExporterUrl), qPrintable(probe.error));
        QCOMPARE(probe.command, QStringLiteral("GET ") + host.nodeExporterUrl);
    }

    void qmctlProbeJson()
    {
        QM_REQUIRE_SERVER(m_serverError);
        const QString root = m_data.filePath(QStringLiteral("cli"));
        writeFile(root + QStringLiteral("/g.db"), 321);
        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("distributed_hosts.yaml"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("hosts:\n"
                                  "  loop:\n"
                                  "    ssh_host: 127.0.0.1\n"
                                  "    ssh_port: %1\n"
                                  "    ssh_user: %2\n"
                                  "    ssh_key: %3\n"
                                  "    role: coordinator\n"
                                  "    storage_paths: {games: '%4'}\n"
                                  "  closed:\n"
                                  "    ssh_host: 127.0.0.1\n"
                                  "    ssh_port: %5\n")
                       .arg(m_server.port())
                       .arg(userName(), m_server.path(QStringLiteral("user_key")), root)
                       .arg(testservers::freePort())
                       .toUtf8());
        file.close();
        QProcess qmctl;
        qmctl.start(QStringLiteral(QM_BINARY_DIR "/bin/qmctl"),
                    {QStringLiteral("probe"), QStringLiteral("--config"), config,
                     QStringLiteral("--ssh-config"), m_server.clientConfig(),
                     QStringLiteral("--known-hosts"), m_server.knownHosts(),
                     QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("loop"),
                     QStringLiteral("closed")});
        QVERIFY(qmctl.waitForFinished(120000));
        QCOMPARE(qmctl.exitCode(), 3); // "closed" is not ok
        const QJsonObject document =
            QJsonDocument::fromJson(qmctl.readAllStandardOutput()).object();
        QCOMPARE(document.value(QStringLiteral("schemaVersion")).toInt(), 1);
        const QJsonArray hosts = document.value(QStringLiteral("hosts")).toArray();
        QCOMPARE(hosts.size(), 2);
        const QJsonObject loop = hosts[0].toObject();
        for (const char *key : {"name", "transport", "status", "error", "probedAt", "volumes",
                                "categories", "daemons", "externalStorage"})
            QVERIFY2(loop.contains(QLatin1String(key)), key);
        QCOMPARE(loop.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(loop.value(QStringLiteral("error")).isNull());
        QVERIFY(
            QDateTime::fromString(loop.value(QStringLiteral("probedAt")).toString(), Qt::ISODate)
                .isValid());
        const QJsonObject games = loop.value(QStringLiteral("categories")).toArray()[0].toObject();
        QCOMPARE(games.value(QStringLiteral("name")).toString(), QStringLiteral("games"));
        QCOMPARE(games.value(QStringLiteral("bytes")).toInteger(), 321);
        QCOMPARE(games.value(QStringLiteral("files")).toInteger(), 1);
        const QJsonArray daemons = loop.value(QStringLiteral("daemons")).toArray();
        QCOMPARE(daemons.size(), 2);
        QCOMPARE(daemons[0].toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("unified_data_sync"));
        QCOMPARE(hosts[1].toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("refused"));
    }

    void qmctlNodeExporterOverride()
    {
        testservers::NodeExporterServer exporter;
        QM_REQUIRE_SERVER(exporter.start());
        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("distributed_hosts.yaml"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hosts:\n  metrics:\n    role: storage\n");
        file.close();
        const auto qmctl = [&](const QStringList &extra, QByteArray *out, QByteArray *err) {
            QProcess process;
            process.start(QStringLiteral(QM_BINARY_DIR "/bin/qmctl"),
                          QStringList{QStringLiteral("probe"), QStringLiteral("--config"), config,
                                      QStringLiteral("--data-dir"), dir.path(),
                                      QStringLiteral("--format"), QStringLiteral("json")} +
                              extra);
            process.waitForFinished(60000);
            *out = process.readAllStandardOutput();
            *err = process.readAllStandardError();
            return process.exitCode();
        };
        QByteArray out;
        QByteArray err;
        // Neither ssh_host nor node_exporter_url: nothing to probe it with.
        QCOMPARE(qmctl({QStringLiteral("metrics")}, &out, &err), 3);
        // The app-side URL makes it a node_exporter host.
        QCOMPARE(qmctl({QStringLiteral("--node-exporter"),
                        QStringLiteral("metrics=") + exporter.url(), QStringLiteral("metrics")},
                       &out, &err),
                 0);
        const QJsonObject host = QJsonDocument::fromJson(out)
                                     .object()
                                     .value(QStringLiteral("hosts"))
                                     .toArray()[0]
                                     .toObject();
        QCOMPARE(host.value(QStringLiteral("transport")).toString(),
                 QStringLiteral("node_exporter"));
        QCOMPARE(host.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(!host.value(QStringLiteral("volumes")).toArray().isEmpty());
        // A URL that is not http(s), or no HOST=, is a usage error.
        QCOMPARE(qmctl({QStringLiteral("--node-exporter"), QStringLiteral("metrics=ftp://x/")},
                       &out, &err),
                 2);
        // With --format json the error is a JSON document on standard output.
        QVERIFY2(out.contains("not an http or https URL"), out.constData());
        QCOMPARE(qmctl({QStringLiteral("--node-exporter"), exporter.url()}, &out, &err), 2);
    }

    void qmctlCheckLive()
    {
        QM_REQUIRE_SERVER(m_serverError);
        QTemporaryDir dir;
        const QString drive = dir.filePath(QStringLiteral("Volumes/RingRift-Data"));
        QDir().mkpath(drive); // a folder on the system disk: the drive is not mounted
        const QString config = dir.filePath(QStringLiteral("distributed_hosts.yaml"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("sync_routing:\n"
                                  "  max_disk_usage_percent: 1\n"
                                  "  min_free_disk_percent: 99.5\n"
                                  "  allowed_external_storage:\n"
                                  "  - host: loop\n"
                                  "    path: %1\n"
                                  "    receive_games: true\n"
                                  "hosts:\n"
                                  "  loop:\n"
                                  "    ssh_host: 127.0.0.1\n"
                                  "    ssh_port: %2\n"
                                  "    ssh_user: %3\n"
                                  "    ssh_key: %4\n"
                                  "    role: coordinator\n"
                                  "  closed:\n"
                                  "    ssh_host: 127.0.0.1\n"
                                  "    ssh_port: %5\n")
                       .arg(drive)
                       .arg(m_server.port())
                       .arg(userName(), m_server.path(QStringLiteral("user_key")))
                       .arg(testservers::freePort())
                       .toUtf8());
        file.close();
        QProcess qmctl;
        qmctl.start(QStringLiteral(QM_BINARY_DIR "/bin/qmctl"),
                    {QStringLiteral("check"), QStringLiteral("--live"), config,
                     QStringLiteral("--ssh-config"), m_server.clientConfig(),
                     QStringLiteral("--known-hosts"), m_server.knownHosts(),
                     QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")),
                     QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(qmctl.waitForFinished(120000));
        QCOMPARE(qmctl.exitCode(), 1);
        const QJsonArray diagnostics = QJsonDocument::fromJson(qmctl.readAllStandardOutput())
                                           .object()
                                           .value(QStringLiteral("diagnostics"))
                                           .toArray();
        QStringList found;
        for (const QJsonValue &d : diagnostics)
            found.append(d.toObject().value(QStringLiteral("rule")).toString() + QLatin1Char(' ') +
                         d.toObject().value(QStringLiteral("message")).toString());
        const QString all = found.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("QM101 syncs to loop are blocked")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("QM102 loop has")), qPrintable(all));
        QVERIFY2(all.contains(
                     QStringLiteral("QM103 external storage %1 on loop is not mounted").arg(drive)),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("QM104 expected process 'unified_data_sync' is not "
                                             "running on loop")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("QM105 closed does not answer")), qPrintable(all));
        // The probes went into the history database.
        HistoryStore history;
        QString error;
        QVERIFY2(history.open(dir.filePath(QStringLiteral("data/history.sqlite")), &error),
                 qPrintable(error));
        QCOMPARE(history.probeCount(QStringLiteral("loop")), 1);
        QVERIFY(history.failingSince(QStringLiteral("closed")).isValid());
        QVERIFY(!history.failingSince(QStringLiteral("loop")).isValid());
        QCOMPARE(history.latestProbe(QStringLiteral("loop")).status, HostStatus::Ok);
    }
};

QTEST_GUILESS_MAIN(HostProbes)
#include "tst_hostprobes.moc"
