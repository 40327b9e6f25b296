// Sync jobs end to end through qmctl: rsync over a real sshd on 127.0.0.1 pulls a host's
// tree; a runner killed with SIGKILL mid-sync leaves the job to be resumed by the next,
// and the trees end identical; a deleting sync shows its dry run, is queued only with
// --yes, and deletes nothing the plan did not show; the checks refuse an empty source,
// a missing destination root (never created) and external storage that is not mounted;
// a runner killed with SIGKILL takes its rsync along.

#include "jobstestbase.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <sys/mount.h>
#include <unistd.h>

using namespace jobstest;

class TestSyncJobs : public JobsTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startServers(); }
    void init() { newCase(); }

    void pullsAHostsTreeOverSsh()
    {
        const QString source = path(QStringLiteral("node/data"));
        const QString destination = path(QStringLiteral("hub"));
        writeRandom(source + QStringLiteral("/games/a.db"), 200'000);
        writeRandom(source + QStringLiteral("/npz/b c.npz"), 100'000); // a space in the name
        QDir().mkpath(destination);
        const QString config = writeConfig(0);
        Run added = qmctl({QStringLiteral("add"), QStringLiteral("sync"),
                           QStringLiteral("node-a:") + source, destination,
                           QStringLiteral("--config"), config});
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(added.out.trimmed(), QByteArray("queued job 1"));
        const Run ran = qmctl(
            {QStringLiteral("run"), QStringLiteral("--once"), QStringLiteral("--config"), config});
        QVERIFY2(ran.exitCode == 0, QByteArray(ran.out + ran.err).constData());
        QCOMPARE(tree(destination), tree(source));

        const Run listed =
            qmctl({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonObject document = QJsonDocument::fromJson(listed.out).object();
        QCOMPARE(document.value(QStringLiteral("schemaVersion")).toInt(), 1);
        const QJsonObject job = document.value(QStringLiteral("jobs")).toArray().at(0).toObject();
        for (const char *key :
             {"id", "kind", "state", "trigger", "source", "destination", "attempts", "progress",
              "bytesDone", "bytesTotal", "createdAt", "startedAt", "finishedAt", "error"})
            QVERIFY2(job.contains(QLatin1String(key)), key);
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(job.value(QStringLiteral("bytesTotal")).toInteger(), 300'000);
        QVERIFY(job.value(QStringLiteral("error")).isNull());
        const Run shown = qmctl({QStringLiteral("show"), QStringLiteral("1")});
        QVERIFY(shown.out.contains("--partial"));
        QVERIFY(shown.out.contains("--info=progress2"));
    }

    void aKilledRunnerLeavesTheSyncToBeResumed()
    {
        const QString source = path(QStringLiteral("node/data"));
        const QString destination = path(QStringLiteral("hub"));
        for (int i = 0; i < 6; ++i)
            writeRandom(source + QStringLiteral("/f%1.bin").arg(i), 1'000'000);
        QDir().mkpath(destination);
        // 1 MB/s: the 6 MB take six seconds, long enough to kill the runner midway.
        const QString config = writeConfig(1);
        QCOMPARE(qmctl({QStringLiteral("add"), QStringLiteral("sync"),
                        QStringLiteral("node-a:") + source, destination, QStringLiteral("--config"),
                        config})
                     .exitCode,
                 0);
        QProcess runner;
        runner.start(qmctlPath(),
                     arguments({QStringLiteral("run"), QStringLiteral("--config"), config}));
        QVERIFY(runner.waitForStarted());
        qm::JobStore store;
        QString error;
        QVERIFY(store.open(databasePath(), &error));
        QTRY_VERIFY_WITH_TIMEOUT(store.job(1)->bytesDone > 0, 15000);
        runner.kill(); // SIGKILL: no chance to record anything
        QVERIFY(runner.waitForFinished());
        QCOMPARE(store.job(1)->state, qm::JobState::Running);
        QVERIFY(tree(destination) != tree(source));

        const Run resumed = qmctl(
            {QStringLiteral("run"), QStringLiteral("--once"), QStringLiteral("--config"), config});
        QVERIFY2(resumed.exitCode == 0, QByteArray(resumed.out + resumed.err).constData());
        const qm::Job job = *store.job(1);
        QCOMPARE(job.state, qm::JobState::Succeeded);
        QCOMPARE(job.attempts, 2);
        bool resumedLogged = false;
        for (const qm::JobLogLine &line : store.log(1))
            resumedLogged |= line.text.contains(QStringLiteral("resumed"));
        QVERIFY(resumedLogged);
        QCOMPARE(tree(destination), tree(source));
    }

    // Issue 20: `kill -9` of the runner left its rsync copying (a child of PID 1), the
    // next `jobs run --once` started a second one into the same destination, and the job
    // was reported succeeded while the orphan still wrote. Its rsync must die with it,
    // and the next runner must resume only once nothing of it is left.
    void aKilledRunnersRsyncDiesWithIt()
    {
        const QString source = path(QStringLiteral("local/src"));
        const QString destination = path(QStringLiteral("local/dst"));
        for (int i = 0; i < 2000; ++i)
            writeRandom(source + QStringLiteral("/d%1/f%2.bin").arg(i % 20).arg(i), 2000);
        QDir().mkpath(destination);
        // rsync slowed to 400 kB/s (the 4 MB take ten seconds), through the same
        // launcher: a wrapper that execs the real one, so it is the same process.
        const QString bin = path(QStringLiteral("bin"));
        QDir().mkpath(bin);
        QFile wrapper(bin + QStringLiteral("/rsync"));
        QVERIFY(wrapper.open(QIODevice::WriteOnly));
        wrapper.write("#!/bin/sh\nexec " +
                      QFile::encodeName(testservers::program(QStringLiteral("rsync"))) +
                      " --bwlimit=400 \"$@\"\n");
        wrapper.close();
        QVERIFY(wrapper.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ExeOwner));
        QCOMPARE(
            qmctl({QStringLiteral("add"), QStringLiteral("sync"), source, destination}).exitCode,
            0);
        QProcess runner;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PATH"),
                           bin + u':' + environment.value(QStringLiteral("PATH")));
        runner.setProcessEnvironment(environment);
        runner.start(qmctlPath(), arguments({QStringLiteral("run")}));
        QVERIFY(runner.waitForStarted());
        qm::JobStore store;
        QString error;
        QVERIFY(store.open(databasePath(), &error));
        QTRY_VERIFY_WITH_TIMEOUT(store.job(1)->bytesDone > 0, 20000);
        QVERIFY(!writersOf(destination).isEmpty());
        runner.kill(); // SIGKILL: no chance to stop anything
        QVERIFY(runner.waitForFinished());
        // Within moments nothing writes into the destination any more.
        QTRY_VERIFY2_WITH_TIMEOUT(writersOf(destination).isEmpty(),
                                  qPrintable(writersOf(destination).join(u'\n')), 3000);
        const qsizetype copied = tree(destination).size();
        QTest::qWait(1000);
        QCOMPARE(tree(destination).size(), copied);
        QVERIFY(copied < 2000);

        const Run resumed = qmctl({QStringLiteral("run"), QStringLiteral("--once")});
        QVERIFY2(resumed.exitCode == 0, QByteArray(resumed.out + resumed.err).constData());
        QCOMPARE(store.job(1)->state, qm::JobState::Succeeded);
        QCOMPARE(store.job(1)->attempts, 2);
        QVERIFY(writersOf(destination).isEmpty());
        QCOMPARE(tree(destination), tree(source));
    }

    void cancelStopsARunningSyncWithinTwoSeconds()
    {
        const QString source = path(QStringLiteral("node/data"));
        const QString destination = path(QStringLiteral("hub"));
        writeRandom(source + QStringLiteral("/big.bin"), 8'000'000);
        QDir().mkpath(destination);
        const QString config = writeConfig(1);
        qmctl({QStringLiteral("add"), QStringLiteral("sync"), QStringLiteral("node-a:") + source,
               destination, QStringLiteral("--config"), config});
        QProcess runner;
        runner.start(qmctlPath(), arguments({QStringLiteral("run"), QStringLiteral("--once"),
                                             QStringLiteral("--config"), config}));
        qm::JobStore store;
        QString error;
        QVERIFY(store.open(databasePath(), &error));
        QTRY_VERIFY_WITH_TIMEOUT(store.job(1)->bytesDone > 0, 15000);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(qmctl({QStringLiteral("cancel"), QStringLiteral("1")}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(store.job(1)->state, qm::JobState::Cancelled, 5000);
        QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
        // --once: with nothing left to run, the runner exits by itself.
        QVERIFY(runner.state() == QProcess::NotRunning || runner.waitForFinished(10000));
        QCOMPARE(runner.exitCode(), 0);
    }

    void aDeletingSyncDeletesOnlyWhatItsPlanShowed()
    {
        const QString source = path(QStringLiteral("src"));
        const QString destination = path(QStringLiteral("dst"));
        writeRandom(source + QStringLiteral("/keep.bin"), 1000);
        writeRandom(destination + QStringLiteral("/old-1.bin"), 1000);
        writeRandom(destination + QStringLiteral("/old-2.bin"), 1000);
        const QStringList add = {
            QStringLiteral("add"), QStringLiteral("sync"),     source,
            destination,           QStringLiteral("--delete"), QStringLiteral("--max-delete"),
            QStringLiteral("10")};
        // Without --yes: the plan, and nothing queued.
        const Run shown = qmctl(add);
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(shown.out.contains("old-1.bin"));
        QVERIFY(shown.out.contains("old-2.bin"));
        QVERIFY(shown.out.contains("--yes"));
        QCOMPARE(listJobs().size(), 0);
        // A cap below the plan: refused.
        QCOMPARE(qmctl({QStringLiteral("add"), QStringLiteral("sync"), source, destination,
                        QStringLiteral("--delete"), QStringLiteral("--max-delete"),
                        QStringLiteral("1"), QStringLiteral("--yes")})
                     .exitCode,
                 1);
        QCOMPARE(qmctl(add + QStringList{QStringLiteral("--yes")}).exitCode, 0);
        // The destination changes after the plan was reviewed: nothing is deleted.
        writeRandom(destination + QStringLiteral("/new.bin"), 1000);
        QCOMPARE(qmctl({QStringLiteral("run"), QStringLiteral("--once")}).exitCode, 1);
        const QJsonObject failed = listJobs().at(0).toObject();
        QCOMPARE(failed.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QVERIFY(failed.value(QStringLiteral("error")).toString().contains(QStringLiteral("plan")));
        for (const char *name : {"old-1.bin", "old-2.bin", "new.bin"})
            QVERIFY(QFile::exists(destination + u'/' + QLatin1String(name)));
        // Planned afresh, it deletes exactly the three.
        QCOMPARE(qmctl(add + QStringList{QStringLiteral("--yes")}).exitCode, 0);
        QCOMPARE(qmctl({QStringLiteral("run"), QStringLiteral("--once")}).exitCode, 0);
        QCOMPARE(tree(destination), tree(source));
    }

    void checksRefuseWhatMustNotRun()
    {
        const QString empty = path(QStringLiteral("empty"));
        const QString full = path(QStringLiteral("full"));
        const QString missing = path(QStringLiteral("missing/root"));
        QDir().mkpath(empty);
        writeRandom(full + QStringLiteral("/a.bin"), 1000);
        QDir().mkpath(path(QStringLiteral("drive")));
        QFile config(path(QStringLiteral("external.yaml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("sync_routing:\n  allowed_external_storage:\n"
                                    "  - host: mac-studio\n    path: %1\n"
                                    "hosts:\n  mac-studio:\n    ssh_host: mac.example.invalid\n")
                         .arg(path(QStringLiteral("drive")))
                         .toUtf8());
        config.close();
        const QString external = QStringLiteral("--config=") + config.fileName();
        qmctl({QStringLiteral("add"), QStringLiteral("sync"), empty, full});
        qmctl({QStringLiteral("add"), QStringLiteral("sync"), full, missing});
        qmctl({QStringLiteral("add"), QStringLiteral("sync"), full, full + QStringLiteral("/sub")});
        qmctl({QStringLiteral("add"), QStringLiteral("sync"), full, path(QStringLiteral("drive")),
               external});
        QCOMPARE(qmctl({QStringLiteral("run"), QStringLiteral("--once"), external}).exitCode, 1);
        const QJsonArray jobs = listJobs();
        QCOMPARE(jobs.size(), 4);
        const auto errorOf = [&](int id) {
            for (const QJsonValue &job : jobs) {
                if (job.toObject().value(QStringLiteral("id")).toInt() == id)
                    return job.toObject().value(QStringLiteral("error")).toString();
            }
            return QString();
        };
        QVERIFY2(errorOf(1).contains(QStringLiteral("empty")), qPrintable(errorOf(1)));
        QVERIFY2(errorOf(2).contains(QStringLiteral("never creates")), qPrintable(errorOf(2)));
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY2(errorOf(3).contains(QStringLiteral("same place")), qPrintable(errorOf(3)));
        QVERIFY2(errorOf(4).contains(QStringLiteral("not mounted")), qPrintable(errorOf(4)));
        QVERIFY(!QFile::exists(path(QStringLiteral("drive/a.bin"))));

        // Mounted, the same job runs.
        if (::mount("tmpfs", QFile::encodeName(path(QStringLiteral("drive"))).constData(), "tmpfs",
                    0, "size=4m") != 0) {
            if (testservers::underCi())
                QFAIL("cannot mount a tmpfs (run the tests as root)");
            QSKIP("mounting needs root");
        }
        const auto unmount = qScopeGuard(
            [&] { ::umount(QFile::encodeName(path(QStringLiteral("drive"))).constData()); });
        QCOMPARE(qmctl({QStringLiteral("retry"), QStringLiteral("4")}).exitCode, 0);
        QCOMPARE(qmctl({QStringLiteral("run"), QStringLiteral("--once"), external}).exitCode, 0);
        QVERIFY(QFile::exists(path(QStringLiteral("drive/a.bin"))));
    }

private:
    /// The processes (pid and command line) whose command line names `folder`: the
    /// rsync processes copying into it (Linux: /proc).
    static QStringList writersOf(const QString &folder)
    {
        QStringList found;
        const QByteArray needle = QFile::encodeName(folder);
        for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            bool number = false;
            entry.toLongLong(&number);
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
            QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
            if (!number || !cmdline.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
                continue;
            const QByteArray line = cmdline.readAll();
            const QByteArray status = stat.readAll();
            const bool zombie = status.mid(status.lastIndexOf(')') + 2, 1) == "Z";
            if (!zombie && line.contains(needle) && !line.contains("qmctl"))
                found.append(entry + u' ' + QString::fromLocal8Bit(line).replace(u'\0', u' '));
        }
        return found;
    }
};

QTEST_GUILESS_MAIN(TestSyncJobs)
#include "tst_syncjobs.moc"
