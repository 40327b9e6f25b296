// The catalogue of job kinds: every kind has one complete record and no two share a
// key, jobs are built from arguments by their kind's record, a sync that deletes cannot
// be scheduled (whoever asks), a kind that is not retriable gets one attempt, plans and
// parameters read as the kind describes them, and archives and cleanups work in their
// source.

#include "core/archive/archivejob.h"
#include "core/cleanup/cleanupjob.h"
#include "core/jobkinds/jobkindcatalogue.h"
#include "core/jobs/jobrunner.h"
#include "core/jobs/jobstore.h"
#include "core/logs/logretention.h"
#include "core/replication/replicationjob.h"
#include "core/storage/orphanscleanjob.h"
#include "core/storage/orphanslifecyclejob.h"
#include "core/sync/syncjob.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using qm::JobFromArguments;
using qm::JobKind;
using qm::JobKindOptions;
using qm::JobKindRecord;
using qm::JobRefusal;
using qm::JobSpec;
using qm::JobWrites;
using qm::kArchiveJobKind;
using qm::kCleanupJobKind;
using qm::kProbeJobKind;
using qm::kReplicationJobKind;
using qm::kSyncJobKind;
using qm::standardJobKinds;

namespace {

/// A sync of two folders of this machine.
JobSpec localSync(const QString &from, const QString &to, bool deleting)
{
    QString error;
    qm::SyncRequest request;
    request.source = *qm::SyncEndpoint::parse(from, &error);
    request.destination = *qm::SyncEndpoint::parse(to, &error);
    request.deleteExtraneous = deleting;
    request.maxDelete = deleting ? 10 : 0;
    return qm::syncJobSpec(request);
}

/// Makes `path` with a few bytes, last modified `days` ago.
bool makeOldFile(const QString &path, int days)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("old data\n") < 0 || !file.flush())
        return false;
    return file.setFileTime(QDateTime::currentDateTimeUtc().addDays(-days),
                            QFileDevice::FileModificationTime);
}

} // namespace

class TestJobKinds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindHasOneCompleteRecord()
    {
        const auto &catalogue = standardJobKinds();
        QSet<QString> keys;
        for (const JobKindRecord &record : catalogue.records()) {
            QVERIFY2(!record.key().isEmpty(), "a kind without a stored key");
            QVERIFY2(!keys.contains(record.key()), qPrintable(record.key()));
            keys.insert(record.key());
            QVERIFY(record.title);
            QVERIFY(!record.title().isEmpty());
            QCOMPARE(catalogue.title(record.kind), record.title());
            QVERIFY2(record.run, qPrintable(record.key()));
            QVERIFY2(record.run({}), qPrintable(record.key()));
            QCOMPARE(catalogue.find(record.kind), &record);
            QCOMPARE(catalogue.find(record.key()), &record);
        }
        // Every kind the queue stores is in the catalogue, in the order people see them.
        QCOMPARE(keys.size(), 11);
        QStringList order;
        for (const JobKindRecord &record : catalogue.records())
            order.append(record.key());
        QCOMPARE(order,
                 QStringList({QStringLiteral("sync"), QStringLiteral("archive"),
                              QStringLiteral("cleanup"), QStringLiteral("probe"),
                              QStringLiteral("replication"), QStringLiteral("logs-retention"),
                              QStringLiteral("orphans-clean"), QStringLiteral("orphans-lifecycle"),
                              QStringLiteral("storage-du"), QStringLiteral("log-rotate"),
                              QStringLiteral("daemon")}));
        QCOMPARE(catalogue.title(kSyncJobKind), QStringLiteral("Sync"));
        QVERIFY(!catalogue.find(QStringLiteral("rm -rf")));
        // What qmctl jobs add takes: a measurement comes from the Replication page.
        QCOMPARE(catalogue.keysBuiltFromArguments(),
                 QStringList({QStringLiteral("sync"), QStringLiteral("archive"),
                              QStringLiteral("cleanup"), QStringLiteral("probe"),
                              QStringLiteral("logs-retention"), QStringLiteral("orphans-clean"),
                              QStringLiteral("orphans-lifecycle"), QStringLiteral("storage-du"),
                              QStringLiteral("log-rotate"), QStringLiteral("daemon")}));
        // qmctl's help has a line for each of them, from its record.
        const QList<std::pair<QString, QString>> usages = catalogue.usages();
        QCOMPARE(usages.size(), 10);
        QCOMPARE(usages[0].first, QStringLiteral("jobs add sync SRC DEST"));
        QCOMPARE(usages[3].first, QStringLiteral("jobs add probe [HOST]"));
        QCOMPARE(usages[4].first, QStringLiteral("jobs add logs-retention"));
        QCOMPARE(usages[5].first, QStringLiteral("jobs add orphans-clean PLAN.csv"));
        for (const auto &[syntax, summary] : usages)
            QVERIFY2(!summary.isEmpty(), qPrintable(syntax));
    }

    void aKeyIsRegisteredOnce()
    {
        // Each key names one kind's jobs in the database: a second record of a key, or
        // one without a key, is refused, whatever else it says.
        const auto record = [](const QString &key, const QString &title) {
            JobKindRecord made;
            made.kind = JobKind(key);
            made.title = [title] { return title; };
            return made;
        };
        QString error;
        QVERIFY(!qm::JobKindCatalogue::fromRecords(
            {record(QStringLiteral("verify"), QStringLiteral("Verify")),
             record(QStringLiteral("sync"), QStringLiteral("Sync")),
             record(QStringLiteral("verify"), QStringLiteral("Check"))},
            &error));
        QCOMPARE(error, QStringLiteral("two job kind records have the key 'verify'"));
        error.clear();
        QVERIFY(!qm::JobKindCatalogue::fromRecords({record(QString(), QStringLiteral("Nothing"))},
                                                   &error));
        QVERIFY(!error.isEmpty());
        // A kind typed to qmctl jobs add has a line in its help.
        error.clear();
        JobKindRecord typed = record(QStringLiteral("verify"), QStringLiteral("Verify"));
        typed.fromArguments = [](const QStringList &, const qm::JobKindOptions &,
                                 const qm::JobEnvironment &) { return JobFromArguments(); };
        QVERIFY(!qm::JobKindCatalogue::fromRecords({typed}, &error));
        QCOMPARE(error,
                 QStringLiteral("job kind 'verify' is built from arguments but has no usage"));

        error.clear();
        const std::optional<qm::JobKindCatalogue> two = qm::JobKindCatalogue::fromRecords(
            {record(QStringLiteral("verify"), QStringLiteral("Verify")),
             record(QStringLiteral("sync"), QStringLiteral("Sync"))},
            &error);
        QVERIFY2(two, qPrintable(error));
        QCOMPARE(two->records().size(), 2);
        QCOMPARE(two->title(JobKind(QStringLiteral("verify"))), QStringLiteral("Verify"));
        // A kind no record knows is named by its key.
        QCOMPARE(two->title(JobKind(QStringLiteral("probe"))), QStringLiteral("probe"));
    }

    void archivesAndCleanupsWorkInTheirSource()
    {
        // What a job writes to, so that two on one tree never run at once: the
        // destination, or for an archive and a cleanup the root they work in.
        const auto &catalogue = standardJobKinds();
        const auto spec = [](const JobKind &kind, const QString &destination) {
            JobSpec made;
            made.kind = kind;
            made.source = QStringLiteral("/src");
            made.destination = destination;
            return made;
        };
        QCOMPARE(catalogue.target(spec(kSyncJobKind, QStringLiteral("/d"))), QStringLiteral("/d"));
        QCOMPARE(catalogue.target(spec(kArchiveJobKind, {})), QStringLiteral("/src"));
        QCOMPARE(catalogue.target(spec(kCleanupJobKind, {})), QStringLiteral("/src"));
        QCOMPARE(catalogue.target(spec(kProbeJobKind, {})), QString());
        QCOMPARE(catalogue.target(spec(kReplicationJobKind, {})), QString());
        QCOMPARE(catalogue.target(spec(JobKind(QStringLiteral("verify")), {})), QString());
        for (const JobKindRecord &record : catalogue.records())
            QCOMPARE(record.writes == JobWrites::InSource,
                     record.kind == kArchiveJobKind || record.kind == kCleanupJobKind ||
                         record.kind == qm::kLogRetentionJobKind ||
                         record.kind == qm::kOrphansCleanJobKind ||
                         record.kind == qm::kOrphansLifecycleJobKind);
    }

    void aSyncThatDeletesCannotBeScheduled()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString from = dir.filePath(QStringLiteral("from"));
        const QString to = dir.filePath(QStringLiteral("to"));
        const auto &catalogue = standardJobKinds();
        const JobSpec deleting = localSync(from, to, true);
        QVERIFY(deleting.destructive);
        QVERIFY(catalogue.scheduleRefusal(deleting).contains(QLatin1String("cannot be scheduled")));
        QVERIFY(catalogue.find(kSyncJobKind)->scheduleRefusal);
        QCOMPARE(catalogue.find(kSyncJobKind)->scheduleRefusal(deleting),
                 catalogue.scheduleRefusal(deleting));
        // A sync that only copies, a probe and a cleanup (which plans afresh) may be.
        QVERIFY(catalogue.scheduleRefusal(localSync(from, to, false)).isEmpty());
        QVERIFY(catalogue.scheduleRefusal(qm::probeJobSpec(QString())).isEmpty());
        JobSpec cleanup;
        cleanup.kind = kCleanupJobKind;
        cleanup.destructive = true;
        QVERIFY(catalogue.scheduleRefusal(cleanup).isEmpty());
    }

    void jobsAreBuiltFromArgumentsByTheirKind()
    {
        const auto &catalogue = standardJobKinds();
        const qm::JobEnvironment environment;
        JobFromArguments made = catalogue.fromArguments(QStringLiteral("probe"),
                                                        {QStringLiteral("gpu-1")}, {}, environment);
        QVERIFY(made.job);
        QVERIFY(made.job->spec.kind == kProbeJobKind);
        QCOMPARE(made.job->spec.hosts, QStringList{QStringLiteral("gpu-1")});

        made = catalogue.fromArguments(QStringLiteral("probe"),
                                       {QStringLiteral("a"), QStringLiteral("b")}, {}, environment);
        QVERIFY(!made.job);
        QCOMPARE(made.refusal, JobRefusal::BadArguments);
        QCOMPARE(made.error, QStringLiteral("give at most one HOST"));

        // No kind of that name, or one not built from arguments: refused without words
        // of its own (qmctl says what it takes).
        for (const QString &key : {QStringLiteral("rm"), QStringLiteral("replication")}) {
            made = catalogue.fromArguments(key, {}, {}, environment);
            QVERIFY(!made.job);
            QCOMPARE(made.refusal, JobRefusal::BadArguments);
            QVERIFY(made.error.isEmpty());
        }

        JobKindOptions deleting;
        deleting.deleting = true;
        made = catalogue.fromArguments(QStringLiteral("sync"),
                                       {QStringLiteral("/a"), QStringLiteral("/b")}, deleting,
                                       environment);
        QVERIFY(!made.job);
        QCOMPARE(made.refusal, JobRefusal::BadArguments);
        QVERIFY(made.error.contains(QLatin1String("--max-delete")));
        made = catalogue.fromArguments(QStringLiteral("sync"),
                                       {QStringLiteral("gpu-1:/data"), QStringLiteral("/b")}, {},
                                       environment);
        QVERIFY(!made.job);
        QVERIFY(made.error.contains(QLatin1String("not a host of the config")));

        // An archive of a host's folder is of a host of the config, never looked for here
        // as a relative path.
        JobKindOptions archive;
        archive.olderThanDays = 30;
        made = catalogue.fromArguments(QStringLiteral("archive"),
                                       {QStringLiteral("gpu-1:/data/old"), QStringLiteral("/b")},
                                       archive, environment);
        QVERIFY(!made.job);
        QCOMPARE(made.refusal, JobRefusal::BadArguments);
        QVERIFY2(made.error.contains(QStringLiteral("“gpu-1” is not a host of the config")),
                 qPrintable(made.error));
    }

    void aJobGivesBackTheArgumentsItWasBuiltFrom()
    {
        // "Run again with changes": each kind built from arguments says them again, and
        // they build the same job.
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("src")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("dest")));
        QVERIFY(makeOldFile(dir.filePath(QStringLiteral("src/a.bin")), 40));
        const QString src = dir.filePath(QStringLiteral("src"));
        const QString dest = dir.filePath(QStringLiteral("dest"));
        const auto &catalogue = standardJobKinds();
        qm::JobEnvironment environment;
        // A retention job's database: the embedded file, with its table.
        environment.logsPath = dir.filePath(QStringLiteral("logs.sqlite"));
        {
            qm::LogStore store(QStringLiteral("jobkinds-logs"));
            qm::SqlLocation location;
            location.path = environment.logsPath;
            QString error;
            QVERIFY2(store.open(location, &error, true), qPrintable(error));
        }

        JobKindOptions archive;
        archive.olderThanDays = 30;
        archive.archiveFormat = QStringLiteral("gz");
        JobKindOptions cleanup;
        cleanup.olderThanDays = 7;
        cleanup.patterns = {QStringLiteral("*.bin"), QStringLiteral("*.tmp")};
        JobKindOptions sync;
        sync.deleting = true;
        sync.maxDelete = 5;
        sync.push = false;
        JobKindOptions retention;
        retention.olderThanHours = 48;
        JobKindOptions rotate;
        rotate.maxMegabytes = 100;
        rotate.maxAgeDays = 7;
        rotate.keep = 3;
        rotate.archiveFormat = QStringLiteral("gz");
        QVERIFY(makeOldFile(dir.filePath(QStringLiteral("sync.log")), 1));
        const QList<std::tuple<QString, QStringList, JobKindOptions>> cases = {
            {QStringLiteral("sync"), {src, dest}, sync},
            {QStringLiteral("archive"), {src}, archive},
            {QStringLiteral("archive"), {src, dest}, archive},
            {QStringLiteral("cleanup"), {src}, cleanup},
            {QStringLiteral("probe"), {QStringLiteral("gpu-1")}, {}},
            {QStringLiteral("probe"), {}, {}},
            {QStringLiteral("logs-retention"), {}, retention},
            {QStringLiteral("log-rotate"), {dir.filePath(QStringLiteral("sync.log"))}, rotate},
            {QStringLiteral("daemon"),
             {QStringLiteral("local"), QStringLiteral("s3 backup"), QStringLiteral("restart")},
             {}},
        };
        qm::DaemonSpec daemon;
        daemon.name = QStringLiteral("s3 backup");
        daemon.pattern = QStringLiteral("s3_backup_daemon");
        daemon.launchdLabel = QStringLiteral("com.fleet.s3backup");
        environment.daemons = {daemon};
        for (const auto &[key, words, options] : cases) {
            const JobFromArguments made = catalogue.fromArguments(key, words, options, environment);
            QVERIFY2(made.job, qPrintable(key + QStringLiteral(": ") + made.error));
            const std::optional<qm::JobArguments> again = catalogue.argumentsOf(made.job->spec);
            QVERIFY2(again, qPrintable(key));
            QCOMPARE(again->words, words);
            QCOMPARE(again->options.deleting, options.deleting);
            QCOMPARE(again->options.maxDelete, options.maxDelete);
            QCOMPARE(again->options.olderThanDays, options.olderThanDays);
            QCOMPARE(again->options.patterns, options.patterns);
            if (key == QLatin1String("archive"))
                QCOMPARE(again->options.archiveFormat, QStringLiteral("gz"));
            if (key == QLatin1String("log-rotate")) {
                QCOMPARE(again->options.maxMegabytes, 100.0);
                QCOMPARE(again->options.maxAgeDays, 7.0);
                QCOMPARE(again->options.keep, 3);
                QCOMPARE(again->options.archiveFormat, QStringLiteral("gz"));
            }
            if (key == QLatin1String("logs-retention")) {
                QCOMPARE(again->options.olderThanHours, 48);
                QCOMPARE(again->options.database, u"sqlite:" + environment.logsPath);
            }
            const JobFromArguments remade =
                catalogue.fromArguments(key, again->words, again->options, environment);
            QVERIFY(remade.job);
            QCOMPARE(remade.job->spec.parameters, made.job->spec.parameters);
        }
        // A relative path with a colon in it is this machine's, not "HOST:/path".
        {
            const JobFromArguments local =
                catalogue.fromArguments(QStringLiteral("log-rotate"),
                                        {QStringLiteral("logs/a:b.log")}, rotate, environment);
            QVERIFY2(local.job, qPrintable(local.error));
            QCOMPARE(local.job->spec.parameters.value(QStringLiteral("host")).toString(),
                     QString());
            QVERIFY(local.job->spec.parameters.value(QStringLiteral("path"))
                        .toString()
                        .endsWith(QStringLiteral("/logs/a:b.log")));
        }
        // A replication measurement is not built from arguments.
        JobSpec replication;
        replication.kind = qm::kReplicationJobKind;
        QVERIFY(!catalogue.argumentsOf(replication));
    }

    void theWindowSeesASyncsDryRunBeforeQueueingIt()
    {
        // qmctl queues a sync that deletes nothing at once; the window asks for its dry
        // run first, to show its checks and what it would copy (no plan is kept).
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("src")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("dest")));
        QVERIFY(makeOldFile(dir.filePath(QStringLiteral("src/a.bin")), 1));
        const QStringList words = {dir.filePath(QStringLiteral("src")),
                                   dir.filePath(QStringLiteral("dest"))};
        JobKindOptions options;
        JobFromArguments made =
            standardJobKinds().fromArguments(QStringLiteral("sync"), words, options, {});
        QVERIFY(made.job);
        QVERIFY(made.job->description.isEmpty());
        options.dryRunAlways = true;
        made = standardJobKinds().fromArguments(QStringLiteral("sync"), words, options, {});
        QVERIFY2(made.job, qPrintable(made.error));
        QVERIFY(made.job->plan.isEmpty());
        QVERIFY(!made.job->spec.destructive);
        QVERIFY2(made.job->description.join(u'\n').contains(QLatin1String("to copy (9 bytes)")),
                 qPrintable(made.job->description.join(u'\n')));
        // An empty source is one of the checks: refused before anything is queued.
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("empty")));
        made = standardJobKinds().fromArguments(
            QStringLiteral("sync"), {dir.filePath(QStringLiteral("empty")), words[1]}, options, {});
        QVERIFY(!made.job);
        QCOMPARE(made.refusal, JobRefusal::NotPlanned);
        QVERIFY2(made.error.contains(QLatin1String("empty")), qPrintable(made.error));
    }

    void aKindThatIsNotRetriableGetsOneAttempt()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.filePath(QStringLiteral("root"));
        QVERIFY(QDir().mkpath(root));
        QVERIFY(makeOldFile(root + QStringLiteral("/old.log"), 90));
        const auto &catalogue = standardJobKinds();
        JobKindOptions options;
        options.olderThanDays = 30;
        for (const QString &key : {QStringLiteral("archive"), QStringLiteral("cleanup")}) {
            const JobFromArguments made = catalogue.fromArguments(key, {root}, options, {});
            QVERIFY2(made.job, qPrintable(made.error));
            QVERIFY(!catalogue.find(key)->retriable);
            QCOMPARE(made.job->spec.maxAttempts, 1);
            QVERIFY(made.job->spec.destructive);
            // It carries the plan a person reviews, and the kind describes it.
            QVERIFY(!made.job->plan.isEmpty());
            QVERIFY(!made.job->description.isEmpty());
            QString error;
            const std::optional<QStringList> described =
                catalogue.describePlan(made.job->spec.kind, made.job->plan, -1, &error);
            QVERIFY2(described, qPrintable(error));
            QVERIFY(described->join(QLatin1Char('\n')).contains(QLatin1String("old.log")));
        }
        QVERIFY(!catalogue.find(kReplicationJobKind)->retriable);
        QCOMPARE(qm::replicationJobSpec({}, 2).maxAttempts, 1);
        // The retriable ones are tried again after a transient failure.
        for (const JobKind &kind : {kSyncJobKind, kProbeJobKind})
            QVERIFY(catalogue.find(kind)->retriable);
        const JobFromArguments probe = catalogue.fromArguments(QStringLiteral("probe"), {}, {}, {});
        QVERIFY(probe.job && probe.job->spec.maxAttempts > 1);
    }

    void plansAndParametersReadAsTheKindDescribesThem()
    {
        const auto &catalogue = standardJobKinds();
        QString error;
        // A kind without plans describes none, and says nothing is wrong.
        QVERIFY(!catalogue.describePlan(kProbeJobKind, {{QStringLiteral("x"), 1}}, -1, &error));
        QVERIFY(error.isEmpty());
        // A plan that cannot be read says why.
        QVERIFY(!catalogue.describePlan(kArchiveJobKind, {{QStringLiteral("x"), 1}}, -1, &error));
        QVERIFY(!error.isEmpty());

        const JobSpec sync = localSync(QStringLiteral("/a"), QStringLiteral("/b"), false);
        const std::optional<qm::JobFields> fields = catalogue.describeParameters(sync, &error);
        QVERIFY2(fields, qPrintable(error));
        QCOMPARE(fields->value(0), std::make_pair(QStringLiteral("Source"), QStringLiteral("/a")));
        QCOMPARE(catalogue.amountLabel(sync), QStringLiteral("Copied"));
        QVERIFY(catalogue.amountLabel(qm::probeJobSpec(QString())).isEmpty());
        JobSpec damaged = sync;
        damaged.parameters = {{QStringLiteral("source"), 7}};
        QVERIFY(!catalogue.describeParameters(damaged, &error));
        QVERIFY(!error.isEmpty());
    }

    void theRunnerGetsTheCodeOfEveryKind()
    {
        // A job of each kind the catalogue installs runs its kind's code, not "no code
        // for this kind": a replication of no routes measures nothing and succeeds.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qm::JobRunner::Options options;
        options.databasePath = dir.filePath(QStringLiteral("jobs.sqlite"));
        qm::JobRunner runner(options);
        standardJobKinds().setJobFunctions(runner, {});
        QString error;
        QVERIFY2(runner.start(&error), qPrintable(error));
        qm::JobStore store;
        QVERIFY2(store.open(options.databasePath, &error), qPrintable(error));
        const qint64 id =
            store.add(qm::replicationJobSpec({}, 2), QDateTime::currentMSecsSinceEpoch(), &error);
        QVERIFY2(id > 0, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(store.job(id) && qm::isFinished(store.job(id)->state), 10000);
        QCOMPARE(store.job(id)->state, qm::JobState::Succeeded);
        runner.stop();
    }
};

QTEST_GUILESS_MAIN(TestJobKinds)
#include "tst_jobkinds.moc"
