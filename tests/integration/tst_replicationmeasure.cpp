// The replication measurement end to end: real rsync dry runs over a real sshd on
// 127.0.0.1. A producer folder with files, one receiver holding all of them, one
// holding some (one the same, one another version), one whose port is closed, and
// replication_target 2: exactly the expected files, bytes and oldest time are reported,
// whatever this process's time zone. A receiver or producer that prints garbage gives
// an error, never a crash; cancel stops the dry runs under way; the sync "Sync now"
// asks for brings the data to its target. Measurements run as the replication job
// does (runReplicationJob, its routes read back from the job's JSON).
//
// Every host of the config is 127.0.0.1. A receiver pulls from the producer with its
// own ssh (as in the fleet): here its `rsync_path` is a wrapper that puts an `ssh` first
// on the PATH which uses the test's key, known_hosts and (empty) ssh config, never the
// user's ~/.ssh.

#include "core/config/configcheck.h"
#include "core/history/historystore.h"
#include "core/remote/processrunner.h"
#include "core/replication/replicationjob.h"
#include "core/replication/replicationroute.h"
#include "core/storage/locationscanstore.h"
#include "testservers.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

#include <pwd.h>
#include <unistd.h>

using namespace qm;

namespace {

QString userName()
{
    const passwd *entry = getpwuid(geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : qEnvironmentVariable("USER");
}

/// What a job's code sees, kept in memory: the job, a cancel flag, and what it logs.
class MemoryJobContext : public JobContext
{
public:
    explicit MemoryJobContext(const JobSpec &spec)
    {
        // As the queue keeps it: the spec goes through its JSON.
        m_job.id = 7;
        m_job.spec = jobSpecFromJson(jobSpecToJson(spec)).value_or(JobSpec());
    }
    const Job &job() const override { return m_job; }
    const std::atomic<bool> *cancelFlag() const override { return &cancel; }
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
    void progress(const JobProgress &progress) override
    {
        const QMutexLocker lock(&mutex);
        fractions.append(progress.fraction);
    }
    bool savePlan(const QJsonObject &, QString *) override { return true; }
    void log(const QString &line) override
    {
        const QMutexLocker lock(&mutex);
        lines.append(line);
    }
    void command(const QString &commandLine) override
    {
        const QMutexLocker lock(&mutex);
        commands.append(commandLine);
    }
    int lineCount()
    {
        const QMutexLocker lock(&mutex);
        return int(lines.size());
    }

    std::atomic<bool> cancel{false};
    QMutex mutex;
    QList<double> fractions;
    QStringList lines;
    QStringList commands;

private:
    Job m_job;
};

QDateTime utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), QTimeZone::utc());
}

void writeFile(const QString &path, const QByteArray &bytes, const QDateTime &modified)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    QVERIFY(file.flush()); // a write at close would set the time again
    QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
}

void writeScript(const QString &path, const QString &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                QFileDevice::ExeOther));
}

} // namespace

class TestReplicationMeasure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SERVER(testservers::program(QStringLiteral("rsync")).isEmpty()
                              ? QStringLiteral("rsync is not installed")
                              : QString());
        QM_REQUIRE_SERVER(m_server.start());
        QVERIFY(m_dir.isValid());
        // Times printed in this zone would be off by hours: the measurement must not
        // depend on it.
        qputenv("TZ", "America/New_York");
        tzset();

        const QString bin = path(QStringLiteral("bin"));
        QDir().mkpath(bin);
        // The receivers' own ssh: the test key, known_hosts and config.
        writeScript(bin + QStringLiteral("/ssh"),
                    QStringLiteral("#!/bin/sh\nexec %1 -F %2 -o UserKnownHostsFile=%3 -i %4 "
                                   "\"$@\"\n")
                        .arg(testservers::program(QStringLiteral("ssh")), m_server.clientConfig(),
                             m_server.knownHosts(), m_server.path(QStringLiteral("user_key"))));
        writeScript(
            path(QStringLiteral("rsync-receiver")),
            QStringLiteral("#!/bin/sh\nPATH=%1:$PATH\nexport PATH\nexec rsync \"$@\"\n").arg(bin));
        writeScript(path(QStringLiteral("rsync-slow")),
                    QStringLiteral("#!/bin/sh\nsleep 20\nexec rsync \"$@\"\n"));

        // The producer's files, and what each receiver holds.
        m_files = {{QStringLiteral("a.db"), QByteArray(1000, 'a'), utc(2026, 1, 1)},
                   {QStringLiteral("b.db"), QByteArray(2000, 'b'), utc(2026, 2, 1)},
                   {QStringLiteral("sub/c d.db"), QByteArray(3000, 'c'), utc(2025, 12, 1)},
                   {QStringLiteral("d.db"), QByteArray(4000, 'd'), utc(2026, 3, 1)}};
        for (const File &file : std::as_const(m_files)) {
            writeFile(path(QStringLiteral("producer/games/") + file.name), file.bytes,
                      file.modified);
            writeFile(path(QStringLiteral("all/games/") + file.name), file.bytes, file.modified);
        }
        writeFile(path(QStringLiteral("some/games/a.db")), m_files[0].bytes, m_files[0].modified);
        // Another version of b.db: other content and size.
        writeFile(path(QStringLiteral("some/games/b.db")), QByteArray(1500, 'B'),
                  m_files[1].modified);
        QDir().mkpath(path(QStringLiteral("empty/games")));
    }

    void reportsExactlyWhatLacksCopies()
    {
        const std::shared_ptr<const FleetConfig> config = writeConfig(
            {{QStringLiteral("hub-all"), QStringLiteral("all/games"), QString()},
             {QStringLiteral("hub-some"), QStringLiteral("some/games"), QString()},
             {QStringLiteral("hub-down"), QStringLiteral("all/games"), QStringLiteral("closed")}});
        QVERIFY(config);
        const QList<ReplicationRoute> routes = replicationRoutes(*config, {});
        const RouteMeasurement m = measure(config, routes);

        QVERIFY2(m.ok(), qPrintable(m.error + QLatin1Char('\n') + m.commands.join(u'\n')));
        QCOMPARE(m.target, 2);
        QCOMPARE(m.tally.totalFiles, 4);
        QCOMPARE(m.tally.totalBytes, 10000);
        // a.db is held by hub-all and hub-some; the rest only by hub-all.
        QCOMPARE(m.tally.atRiskFiles, 3);
        QCOMPARE(m.tally.atRiskBytes, 2000 + 3000 + 4000);
        QCOMPARE(m.tally.oldestAtRisk, utc(2025, 12, 1));
        QCOMPARE(m.tally.oldestFiles.size(), 3);
        QCOMPARE(m.tally.oldestFiles[0].path, QStringLiteral("sub/c d.db"));
        QCOMPARE(m.tally.oldestFiles[1].path, QStringLiteral("b.db"));
        QCOMPARE(m.tally.oldestFiles[1].modified, utc(2026, 2, 1));

        QCOMPARE(m.receivers.size(), 3);
        QCOMPARE(m.receivers[0].receiver.host, QStringLiteral("hub-all"));
        QVERIFY2(m.receivers[0].measured, qPrintable(m.receivers[0].error));
        QCOMPARE(m.receivers[0].missingFiles, 0);
        QVERIFY2(m.receivers[1].measured, qPrintable(m.receivers[1].error));
        QCOMPARE(m.receivers[1].missingFiles, 3);
        QCOMPARE(m.receivers[1].missingBytes, 9000);
        // The closed port: reported, and no copy.
        QVERIFY(!m.receivers[2].measured);
        QVERIFY2(m.receivers[2].error.contains(QStringLiteral("refused")),
                 qPrintable(m.receivers[2].error));
        QCOMPARE(m.receivers[2].missingFiles, 4);
        // The dry runs are rsync's, itemized with statistics, over ssh.
        QVERIFY(m.commands.join(u'\n').contains(QStringLiteral("--itemize-changes")));
        QVERIFY(m.commands.join(u'\n').contains(QStringLiteral("--dry-run")));

        const std::optional<ReplicationMeasurement> alert = m.measurement();
        QVERIFY(alert);
        QCOMPARE(alert->host, QStringLiteral("node-p"));
        QCOMPARE(alert->kind, QStringLiteral("games"));
        QCOMPARE(alert->files, 3);
        QCOMPARE(alert->bytes, 9000);
        QCOMPARE(alert->oldestUnreplicated, utc(2025, 12, 1));

        // Sync now: one more receiver brings every file to two copies.
        const QList<SyncRequest> syncs = replicationSyncRequests(m);
        QCOMPARE(syncs.size(), 1);
        QCOMPARE(syncs[0].destination.host, QStringLiteral("hub-some"));
        runSync(config, syncs[0]);
        const RouteMeasurement after = measure(config, routes);
        QVERIFY2(after.ok(), qPrintable(after.error));
        QCOMPARE(after.tally.atRiskFiles, 0);
        QVERIFY(!after.tally.oldestAtRisk.isValid());
        QCOMPARE(after.receivers[1].missingFiles, 0);
    }

    void garbageGivesErrorsNotCrashes()
    {
        // A receiver whose every command prints random bytes.
        std::shared_ptr<const FleetConfig> config =
            writeConfig({{QStringLiteral("hub-all"), QStringLiteral("all/games"), QString()},
                         {QStringLiteral("hub-garbage"), QStringLiteral("all/games"),
                          QStringLiteral("garbage")}});
        RouteMeasurement m = measure(config, replicationRoutes(*config, {}));
        QVERIFY2(m.ok(), qPrintable(m.error));
        QVERIFY(m.receivers[0].measured);
        QVERIFY(!m.receivers[1].measured);
        QVERIFY2(m.receivers[1].error.contains(QStringLiteral("rsync")),
                 qPrintable(m.receivers[1].error));
        QCOMPARE(m.tally.atRiskFiles, 4); // one copy each, target 2

        // A producer that prints garbage: the measurement fails and says why.
        config = writeConfig({{QStringLiteral("hub-all"), QStringLiteral("all/games"), QString()}},
                             QStringLiteral("garbage"));
        m = measure(config, replicationRoutes(*config, {}));
        QVERIFY(!m.ok());
        QVERIFY2(m.error.contains(QStringLiteral("cannot be listed")), qPrintable(m.error));
        QVERIFY(!m.measurement());
    }

    // The terminal twin of the page: `qmctl replication --measure` runs the same
    // measurement in-process and prints the same figures, as JSON and text.
    void qmctlMeasuresLikeThePage()
    {
        // What hub-some held before the test above synced it: a.db, and b.db in another
        // version.
        writeFile(path(QStringLiteral("partial/games/a.db")), m_files[0].bytes,
                  m_files[0].modified);
        writeFile(path(QStringLiteral("partial/games/b.db")), QByteArray(1500, 'B'),
                  m_files[1].modified);
        const QList<Receiver> receivers = {
            {QStringLiteral("hub-all"), QStringLiteral("all/games"), QString()},
            {QStringLiteral("hub-some"), QStringLiteral("partial/games"), QString()},
            {QStringLiteral("hub-down"), QStringLiteral("all/games"), QStringLiteral("closed")}};
        const Run json =
            qmctlMeasure(configText(receivers, QString(), 2), {QStringLiteral("--format=json")});
        // Files at risk: exit 1.
        QCOMPARE(json.exitCode, 1);
        const QJsonObject top = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(top.value(QStringLiteral("schemaVersion")).toInt(), 1);
        QCOMPARE(top.value(QStringLiteral("measured")).toBool(), true);
        QJsonObject route;
        for (const QJsonValue &value : top.value(QStringLiteral("routes")).toArray()) {
            if (value.toObject().value(QStringLiteral("producer")).toString() == u"node-p")
                route = value.toObject();
        }
        QVERIFY2(!route.isEmpty(), json.out.constData());
        QVERIFY2(route.value(QStringLiteral("error")).isNull(),
                 qPrintable(route.value(QStringLiteral("error")).toString()));
        QCOMPARE(route.value(QStringLiteral("totalFiles")).toInteger(), 4);
        QCOMPARE(route.value(QStringLiteral("totalBytes")).toInteger(), 10000);
        QCOMPARE(route.value(QStringLiteral("atRiskFiles")).toInteger(), 3);
        QCOMPARE(route.value(QStringLiteral("atRiskBytes")).toInteger(), 9000);
        QCOMPARE(route.value(QStringLiteral("oldestAtRiskModifiedAt")).toString(),
                 QStringLiteral("2025-12-01T00:00:00Z"));
        QVERIFY(route.value(QStringLiteral("measuredAt")).toString().endsWith(u'Z'));
        const QJsonArray measured = route.value(QStringLiteral("receivers")).toArray();
        QCOMPARE(measured.size(), 3);
        QCOMPARE(measured[0].toObject().value(QStringLiteral("host")).toString(),
                 QStringLiteral("hub-all"));
        QCOMPARE(measured[0].toObject().value(QStringLiteral("measured")).toBool(), true);
        QCOMPARE(measured[0].toObject().value(QStringLiteral("missingFiles")).toInteger(), 0);
        QCOMPARE(measured[1].toObject().value(QStringLiteral("missingBytes")).toInteger(), 9000);
        QCOMPARE(measured[2].toObject().value(QStringLiteral("measured")).toBool(), false);
        QVERIFY(measured[2].toObject().value(QStringLiteral("missingFiles")).isNull());
        QVERIFY(measured[2]
                    .toObject()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("refused")));
        QVERIFY(!route.value(QStringLiteral("commands")).toArray().isEmpty());

        // Text: the figures of the row, and progress on standard error.
        const Run text = qmctlMeasure(configText(receivers, QString(), 2));
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains("node-p games: ") && text.out.contains("AT RISK: 3 file") &&
                     text.out.contains("the oldest was modified 2025-12-01 00:00 UTC"),
                 text.out.constData());
        QVERIFY2(text.out.contains("  -> hub-all:") && text.out.contains(": holds every file"),
                 text.out.constData());
        QVERIFY2(text.err.contains("node-p games: what hub-all holds"), text.err.constData());
    }

    // A storage location named as the backup of node-p's games counts as a copy of each
    // file it holds at the same path with the same size.
    void aBackupLocationCountsAsACopy()
    {
        const QString backup = path(QStringLiteral("backup/games"));
        writeFile(backup + QStringLiteral("/a.db"), m_files[0].bytes, m_files[0].modified);
        // Same size, another time (S3 keeps its own): a copy.
        writeFile(backup + QStringLiteral("/b.db"), m_files[1].bytes, utc(2026, 6, 1));
        // Another size: not a copy.
        writeFile(backup + QStringLiteral("/sub/c d.db"), QByteArray(10, 'c'), m_files[2].modified);
        writeFile(path(QStringLiteral("partial2/games/a.db")), m_files[0].bytes,
                  m_files[0].modified);
        const std::shared_ptr<const FleetConfig> config = writeConfig(
            {{QStringLiteral("hub-some"), QStringLiteral("partial2/games"), QString()}});
        QVERIFY(config);
        QList<ReplicationRoute> routes = replicationRoutes(*config, {});
        // Without the backup: a.db has one copy of two, the rest none.
        RouteMeasurement m = measure(config, routes);
        QVERIFY2(m.ok(), qPrintable(m.error));
        QCOMPARE(m.tally.atRiskFiles, 4);
        addBackupLocations(&routes, {{QStringLiteral("node-p"), DataKind::Games, backup},
                                     {QStringLiteral("other"), DataKind::Games, backup},
                                     {QStringLiteral("node-p"), DataKind::Models, backup}});
        const QString history = path(QStringLiteral("backup-history.sqlite"));
        m = measure(config, routes, history);
        QVERIFY2(m.ok(), qPrintable(m.error));
        QCOMPARE(m.backups.size(), 1);
        const BackupResult &b = m.backups[0];
        QVERIFY2(b.measured, qPrintable(b.error));
        QCOMPARE(b.objects, 3);
        QCOMPARE(b.bytes, 3010);
        QCOMPARE(b.newestMs, utc(2026, 6, 1).toMSecsSinceEpoch());
        QCOMPARE(b.missingFiles, 2); // sub/c d.db (another size), d.db
        QCOMPARE(b.missingBytes, 7000);
        // a.db: hub-some and the backup; b.db: the backup only; c and d: none.
        QCOMPARE(m.tally.atRiskFiles, 3);
        QCOMPARE(m.tally.atRiskBytes, 9000);
        // The backup's listing is kept: its size and its newest object.
        QList<LocationScan> kept;
        QString error;
        HistoryStore store;
        QVERIFY2(store.open(history, &error), qPrintable(error));
        kept = LocationScanStore(store.database()).latestOfAnyKind(&error);
        QVERIFY2(kept.size() == 1, qPrintable(error + m.commands.join(u'\n')));
        QCOMPARE(kept[0].location, backup);
        QVERIFY(!kept[0].isOrphanScan());
        QCOMPARE(kept[0].listedBytes, 3010);
        QCOMPARE(kept[0].newestMs, utc(2026, 6, 1).toMSecsSinceEpoch());
        // A backup that cannot be listed holds no copy, and says why.
        routes = replicationRoutes(*config, {});
        addBackupLocations(&routes, {{QStringLiteral("node-p"), DataKind::Games,
                                      path(QStringLiteral("no-such-backup"))}});
        m = measure(config, routes);
        QVERIFY2(m.ok(), qPrintable(m.error));
        QVERIFY(!m.backups[0].measured);
        QVERIFY(!m.backups[0].error.isEmpty());
        QCOMPARE(m.tally.atRiskFiles, 4);

        // qmctl: --backup HOST/KIND=LOCATION, and the backup in JSON.
        const QList<Receiver> receivers = {
            {QStringLiteral("hub-some"), QStringLiteral("partial2/games"), QString()}};
        const Run json =
            qmctlMeasure(configText(receivers, QString(), 2),
                         {QStringLiteral("--format=json"), QStringLiteral("--backup"),
                          QStringLiteral("node-p/games=") + backup, QStringLiteral("--data-dir"),
                          path(QStringLiteral("qmctl-data"))});
        QCOMPARE(json.exitCode, 1);
        QJsonObject route;
        for (const QJsonValue &value :
             QJsonDocument::fromJson(json.out).object().value(QStringLiteral("routes")).toArray()) {
            if (value.toObject().value(QStringLiteral("producer")).toString() == u"node-p")
                route = value.toObject();
        }
        QCOMPARE(route.value(QStringLiteral("atRiskFiles")).toInteger(), 3);
        const QJsonObject listed = route.value(QStringLiteral("backups")).toArray()[0].toObject();
        QCOMPARE(listed.value(QStringLiteral("location")).toString(), backup);
        QCOMPARE(listed.value(QStringLiteral("missingFiles")).toInteger(), 2);
        QCOMPARE(listed.value(QStringLiteral("newestModifiedAt")).toString(),
                 QStringLiteral("2026-06-01T00:00:00Z"));
        const Run bad = qmctlMeasure(configText(receivers, QString(), 2),
                                     {QStringLiteral("--backup"), QStringLiteral("node-p=x")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("HOST/KIND=LOCATION"), bad.err.constData());
    }

    void qmctlExitCodes()
    {
        // Everything held once, target 1: nothing at risk.
        const QList<Receiver> all = {
            {QStringLiteral("hub-all"), QStringLiteral("all/games"), QString()}};
        const Run safe = qmctlMeasure(configText(all, QString(), 1, true));
        QVERIFY2(safe.exitCode == 0, safe.out.constData());
        // A producer that cannot be reached: its row is not measured, nothing at risk
        // elsewhere: could not complete, exit 3.
        const QList<Receiver> down = {
            {QStringLiteral("hub-all"), QStringLiteral("all/games"), QString()},
            {QStringLiteral("hub-down"), QStringLiteral("all/games"), QStringLiteral("closed")}};
        const Run incomplete = qmctlMeasure(configText(down, QString(), 1, true));
        QVERIFY2(incomplete.exitCode == 3, incomplete.out.constData());
        QVERIFY2(incomplete.out.contains("hub-down games: ") &&
                     incomplete.out.contains("not measured: hub-down cannot be reached"),
                 incomplete.out.constData());
    }

    void cancelStopsTheDryRuns()
    {
        const std::shared_ptr<const FleetConfig> config = writeConfig(
            {{QStringLiteral("hub-slow"), QStringLiteral("all/games"), QStringLiteral("slow")}});
        MemoryJobContext context(replicationJobSpec(replicationRoutes(*config, {}), 2));
        const FleetAccess access = options(config).access;
        QFuture<JobOutcome> outcome =
            QtConcurrent::run([&] { return runReplicationJob(context, access); });
        // The slow receiver's dry run is under way (its wrapper sleeps 20 s): its step is
        // in the log.
        QTRY_VERIFY_WITH_TIMEOUT(context.lineCount() >= 2, 10000);
        QTest::qWait(500);
        QElapsedTimer clock;
        clock.start();
        context.cancel = true;
        outcome.waitForFinished(); // the program under way is stopped
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(outcome.result().state, JobState::Cancelled);
    }

private:
    struct File
    {
        QString name;
        QByteArray bytes;
        QDateTime modified;
    };
    struct Receiver
    {
        QString name;
        QString folder;
        QString special; ///< "closed" (a port nobody listens on), "garbage", "slow"
    };

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// A config: producer node-p (games in producer/games) and the receivers, all on
    /// 127.0.0.1; target 2.
    std::shared_ptr<const FleetConfig> writeConfig(const QList<Receiver> &receivers,
                                                   const QString &producerSpecial = {})
    {
        const CheckedFile checked = checkConfigText(
            QStringLiteral("hosts.yaml"), configText(receivers, producerSpecial, 2).toUtf8());
        return checked.config;
    }

    /// The text of that config, with replication_target `target`. The producer pulls
    /// with the test's ssh too (it is a receiver of the others' rows) when `producerPulls`.
    QString configText(const QList<Receiver> &receivers, const QString &producerSpecial, int target,
                       bool producerPulls = false) const
    {
        const auto host = [&](const QString &name, const QString &folder, const QString &special,
                              const QString &rsync) {
            const quint16 port =
                special == QLatin1String("closed") ? testservers::freePort() : m_server.port();
            const QString key = special == QLatin1String("garbage") ? QStringLiteral("garbage_key")
                                                                    : QStringLiteral("user_key");
            QString text = QStringLiteral("  %1:\n    ssh_host: 127.0.0.1\n    ssh_port: %2\n"
                                          "    ssh_user: %3\n    ssh_key: %4\n"
                                          "    storage_paths: {games: '%5'}\n")
                               .arg(name)
                               .arg(port)
                               .arg(userName(), m_server.path(key), path(folder));
            if (!rsync.isEmpty())
                text += QStringLiteral("    rsync_path: %1\n").arg(rsync);
            return text;
        };
        QString text =
            QStringLiteral("sync_routing:\n  replication_target: %1\nhosts:\n").arg(target);
        text += host(QStringLiteral("node-p"), QStringLiteral("producer/games"), producerSpecial,
                     producerPulls ? path(QStringLiteral("rsync-receiver")) : QString());
        for (const Receiver &receiver : receivers)
            text += host(receiver.name, receiver.folder, receiver.special,
                         receiver.special == QLatin1String("slow")
                             ? path(QStringLiteral("rsync-slow"))
                             : path(QStringLiteral("rsync-receiver")));
        return text;
    }

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    /// `qmctl replication --measure` on a config file of `text`, with the test's ssh
    /// options, as a cron job would run it.
    Run qmctlMeasure(const QString &text, const QStringList &extra = {}) const
    {
        const QString config = path(QStringLiteral("qmctl-hosts.yaml"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
            return {};
        file.close();
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        // The app's settings (backups named on the Storage page) are the test's own.
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("xdg-config")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(QM_BINARY_DIR "/bin/qmctl"),
                      QStringList{QStringLiteral("replication"), QStringLiteral("--config"), config,
                                  QStringLiteral("--measure"), QStringLiteral("--ssh-config"),
                                  m_server.clientConfig(), QStringLiteral("--known-hosts"),
                                  m_server.knownHosts(), QStringLiteral("--timeout"),
                                  QStringLiteral("5")} +
                          extra);
        Run run;
        if (!process.waitForFinished(120000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    ReplicationOptions options(const std::shared_ptr<const FleetConfig> &config) const
    {
        SshOptions ssh;
        ssh.configFile = m_server.clientConfig();
        ssh.knownHostsFile = m_server.knownHosts();
        ssh.connectTimeoutSeconds = 5;
        ReplicationOptions result;
        result.access = FleetAccess::withPrograms(config, ssh);
        return result;
    }

    /// Measures node-p's route as a replication job does. The receivers name a games
    /// folder too, so they have routes of their own: left out.
    RouteMeasurement measure(const std::shared_ptr<const FleetConfig> &config,
                             QList<ReplicationRoute> routes, const QString &historyPath = {})
    {
        routes.removeIf([](const ReplicationRoute &r) { return r.producer != u"node-p"; });
        if (routes.size() != 1)
            return {};
        MemoryJobContext context(replicationJobSpec(routes, *replicationTarget(*config)));
        QList<RouteMeasurement> measured;
        const JobOutcome outcome = runReplicationJob(
            context, options(config).access,
            [&measured](qint64 job, const RouteMeasurement &m) {
                QCOMPARE(job, 7);
                measured.append(m);
            },
            historyPath);
        if (measured.size() != 1)
            return {};
        // The job's outcome, log and commands follow the measurement.
        [&] {
            QCOMPARE(outcome.state, measured[0].ok() ? JobState::Succeeded : JobState::Failed);
            QVERIFY(!context.commands.isEmpty());
            QCOMPARE(context.commands, measured[0].commands);
            QVERIFY(!context.fractions.isEmpty());
            QCOMPARE(context.fractions.last(), 1.0);
            QVERIFY2(context.lines.last().startsWith(QStringLiteral("Measured ")),
                     qPrintable(context.lines.join(u'\n')));
        }();
        return measured[0];
    }

    void runSync(const std::shared_ptr<const FleetConfig> &config, const SyncRequest &request)
    {
        const ReplicationOptions o = options(config);
        const std::optional<HostAccess> from = o.access.host(request.source.host);
        const std::optional<HostAccess> to = o.access.host(request.destination.host);
        QString error;
        const std::optional<SyncCommand> command = buildSyncCommand(
            request, false,
            [&](const QString &name) -> const HostAccess * {
                return name == from->name ? &*from : name == to->name ? &*to : nullptr;
            },
            o.access.ssh, o.access.programs.rsync, o.access.programs.ssh, o.access.programs.rclone,
            &error);
        QVERIFY2(command, qPrintable(error));
        ProcessRequest process;
        process.program = command->program;
        process.arguments = command->arguments;
        process.timeoutMs = 60'000;
        const ProcessResult result = runProcess(process);
        QVERIFY2(result.succeeded(), result.standardError.constData());
    }

    testservers::SshServer m_server;
    QTemporaryDir m_dir{QStringLiteral("/tmp/qm-replication-XXXXXX")};
    QList<File> m_files;
};

QTEST_GUILESS_MAIN(TestReplicationMeasure)
#include "tst_replicationmeasure.moc"
