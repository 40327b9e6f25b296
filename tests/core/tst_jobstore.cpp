// The persistent job queue: jobs survive the store, claims follow priority and age and
// never hand one job to two runners, a runner's death leaves its jobs interrupted,
// cancel and retry, the retry back-off, and the runner lock.

#include "core/archive/archivejob.h"
#include "core/cleanup/cleanupjob.h"
#include "core/jobkinds/jobkinds.h"
#include "core/jobs/jobs.h"
#include "core/jobs/jobstore.h"
#include "core/jobs/runnerlock.h"
#include "core/replication/replicationjob.h"
#include "core/sync/syncjob.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>

#ifdef Q_OS_UNIX
#include <sys/wait.h>
#include <unistd.h>
#endif

using qm::Job;
using qm::JobKind;
using qm::JobSpec;
using qm::JobState;
using qm::JobStore;
using qm::kArchiveJobKind;
using qm::kCleanupJobKind;
using qm::kProbeJobKind;
using qm::kReplicationJobKind;
using qm::kSyncJobKind;

namespace {

constexpr qint64 kNow = 1'780'000'000'000;

JobSpec probeSpec(const QString &host, int priority = 0)
{
    JobSpec spec;
    spec.kind = kProbeJobKind;
    spec.source = host;
    spec.hosts = {host};
    spec.priority = priority;
    return spec;
}

} // namespace

class TestJobStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("jobs.sqlite"));
        QString error;
        m_store.emplace();
        QVERIFY2(m_store->open(m_path, &error), qPrintable(error));
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void keysRoundTrip()
    {
        // The keys the database holds: each kind's constant is its key, read back as it.
        const QList<std::pair<JobKind, QString>> kinds = {
            {kSyncJobKind, QStringLiteral("sync")},
            {kArchiveJobKind, QStringLiteral("archive")},
            {kCleanupJobKind, QStringLiteral("cleanup")},
            {kProbeJobKind, QStringLiteral("probe")},
            {kReplicationJobKind, QStringLiteral("replication")},
        };
        for (const auto &[kind, key] : kinds) {
            QCOMPARE(kind.key(), key);
            QVERIFY(JobKind(kind.key()) == kind);
        }
        for (const JobState state : {JobState::Queued, JobState::Running, JobState::Succeeded,
                                     JobState::Failed, JobState::Cancelled, JobState::Interrupted})
            QCOMPARE(qm::jobStateFromKey(qm::jobStateKey(state)), state);
        for (const qm::JobTrigger trigger :
             {qm::JobTrigger::User, qm::JobTrigger::Schedule, qm::JobTrigger::Rule})
            QCOMPARE(qm::jobTriggerFromKey(qm::jobTriggerKey(trigger)), trigger);
        QCOMPARE(qm::jobStateKey(JobState::Interrupted), QStringLiteral("interrupted"));
    }

    void aKindNoRecordKnowsKeepsItsKey()
    {
        // A job a newer Quartermaster queued, of a kind this one does not have: read back
        // with its key (never as some other kind), and so are schedules' specs.
        QString error;
        const qint64 id = m_store->add(probeSpec(QStringLiteral("a")), kNow, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("UPDATE jobs SET kind = 'verify' WHERE id = ?"));
        q.addBindValue(id);
        QVERIFY(q.exec());
        const std::optional<Job> job = m_store->job(id);
        QVERIFY(job);
        QCOMPARE(job->spec.kind.key(), QStringLiteral("verify"));
        QVERIFY(job->spec.kind != kProbeJobKind);
        QCOMPARE(m_store->jobs({JobState::Queued}).constFirst().spec.kind.key(),
                 QStringLiteral("verify"));

        const std::optional<JobSpec> spec = qm::jobSpecFromJson(qm::jobSpecToJson(job->spec));
        QVERIFY(spec);
        QCOMPARE(spec->kind.key(), QStringLiteral("verify"));
        // A spec without a kind is not one.
        QJsonObject kindless = qm::jobSpecToJson(job->spec);
        kindless.remove(QStringLiteral("kind"));
        QVERIFY(!qm::jobSpecFromJson(kindless));
    }

    void aJobSurvivesTheStore()
    {
        JobSpec spec;
        spec.kind = kSyncJobKind;
        spec.trigger = qm::JobTrigger::Schedule;
        spec.parameters = {{QStringLiteral("delete"), true}, {QStringLiteral("maxDelete"), 100}};
        spec.source = QStringLiteral("gpu-1:/data/ply");
        spec.destination = QStringLiteral("/Volumes/Storage/ply");
        spec.hosts = {QStringLiteral("gpu-1"), QStringLiteral("mac-studio")};
        spec.priority = 5;
        spec.maxAttempts = 4;
        spec.destructive = true;
        QString error;
        const qint64 id = m_store->add(spec, kNow, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QVERIFY(m_store->savePlan(id, {{QStringLiteral("files"), 3}}, &error));
        m_store.reset(); // the process ends

        JobStore again;
        QVERIFY(again.open(m_path, &error));
        const std::optional<Job> job = again.job(id);
        QVERIFY(job);
        QVERIFY(job->spec.kind == kSyncJobKind);
        QCOMPARE(job->spec.trigger, qm::JobTrigger::Schedule);
        QCOMPARE(job->spec.parameters, spec.parameters);
        QCOMPARE(job->spec.source, spec.source);
        QCOMPARE(job->spec.destination, spec.destination);
        QCOMPARE(job->spec.hosts, spec.hosts);
        QCOMPARE(job->spec.priority, 5);
        QCOMPARE(job->spec.maxAttempts, 4);
        QVERIFY(job->spec.destructive);
        QCOMPARE(job->state, JobState::Queued);
        QCOMPARE(job->attempts, 0);
        QCOMPARE(job->createdMs, kNow);
        QCOMPARE(job->startedMs, -1);
        QCOMPARE(job->plan.value(QStringLiteral("files")).toInt(), 3);
        // The store is durable: synchronous=FULL.
        QSqlQuery q(again.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void claimsByPriorityThenAgeWhenDue()
    {
        QString error;
        const qint64 low = m_store->add(probeSpec(QStringLiteral("a")), kNow, &error);
        QVERIFY2(low > 0, qPrintable(error));
        const qint64 high = m_store->add(probeSpec(QStringLiteral("b"), 10), kNow, &error);
        const qint64 lowLater = m_store->add(probeSpec(QStringLiteral("c")), kNow, &error);
        // "b" is turned down (its host is at its cap): the oldest of the rest comes next.
        const auto notB = [](const Job &job) { return job.spec.source != QStringLiteral("b"); };
        std::optional<Job> first = m_store->claimNext(kNow, notB, &error);
        QVERIFY(first);
        QCOMPARE(first->id, low);
        QCOMPARE(first->state, JobState::Running);
        QCOMPARE(first->attempts, 1);
        QCOMPARE(first->startedMs, kNow);
        std::optional<Job> second = m_store->claimNext(kNow, {}, &error);
        QVERIFY(second);
        QCOMPARE(second->id, high);
        // lowLater fails and waits a minute for its retry: not due before then.
        std::optional<Job> third = m_store->claimNext(kNow, {}, &error);
        QCOMPARE(third->id, lowLater);
        QVERIFY(m_store->retryLater(lowLater, QStringLiteral("network is unreachable"),
                                    kNow + 60'000, kNow, &error));
        QVERIFY(!m_store->claimNext(kNow + 59'999, {}, &error));
        std::optional<Job> retried = m_store->claimNext(kNow + 60'000, {}, &error);
        QVERIFY(retried);
        QCOMPARE(retried->id, lowLater);
        QCOMPARE(retried->attempts, 2);
        QVERIFY(retried->error.isEmpty());
        QVERIFY(!m_store->claimNext(kNow + 60'000, {}, &error));
    }

    void twoRunnersNeverClaimOneJob()
    {
        // Two connections (as two processes would be) race for 200 jobs.
        QString error;
        constexpr int kJobs = 200;
        for (int i = 0; i < kJobs; ++i)
            QVERIFY(m_store->add(probeSpec(QString::number(i)), kNow, &error) > 0);
        std::mutex mutex;
        QList<qint64> claimed;
        std::atomic<int> failures = 0;
        const auto runner = [&] {
            JobStore store;
            QString message;
            if (!store.open(m_path, &message)) {
                ++failures;
                return;
            }
            while (const std::optional<Job> job = store.claimNext(kNow, {}, &message)) {
                const std::lock_guard lock(mutex);
                claimed.append(job->id);
            }
        };
        std::thread one(runner);
        std::thread two(runner);
        one.join();
        two.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(claimed.size(), kJobs);
        QCOMPARE(QSet<qint64>(claimed.cbegin(), claimed.cend()).size(), kJobs);
    }

    void aDeadRunnersJobsAreInterrupted()
    {
        QString error;
        const qint64 running = m_store->add(probeSpec(QStringLiteral("a")), kNow, &error);
        const qint64 queued = m_store->add(probeSpec(QStringLiteral("b")), kNow, &error);
        QVERIFY(m_store->claimNext(
            kNow, [&](const Job &job) { return job.id == running; }, &error));
        const qint64 stopping = m_store->add(probeSpec(QStringLiteral("c")), kNow, &error);
        QVERIFY(m_store->claimNext(
            kNow, [&](const Job &job) { return job.id == stopping; }, &error));
        QCOMPARE(m_store->cancel(stopping, kNow), JobStore::CancelResult::Requested);
        m_store.reset(); // the runner dies with both jobs running

        JobStore next;
        QVERIFY(next.open(m_path, &error));
        QCOMPARE(next.interruptRunning(kNow + 1000, &error), 2);
        QCOMPARE(next.job(stopping)->state, JobState::Cancelled);
        const std::optional<Job> job = next.job(running);
        QCOMPARE(job->state, JobState::Interrupted);
        QCOMPARE(job->finishedMs, kNow + 1000);
        QVERIFY(!job->error.isEmpty());
        QCOMPARE(next.job(queued)->state, JobState::Queued);
        // Resumed: queued again, attempts from zero.
        QVERIFY(next.retry(running, &error));
        QCOMPARE(next.job(running)->state, JobState::Queued);
        QCOMPARE(next.job(running)->attempts, 0);
        QVERIFY(!next.retry(running, &error)); // already queued
        QVERIFY(!next.retry(999, &error));
        QVERIFY(error.contains(u"999"));
    }

    void cancelQueuedAndRunning()
    {
        QString error;
        const qint64 queued = m_store->add(probeSpec(QStringLiteral("a")), kNow, &error);
        const qint64 running = m_store->add(probeSpec(QStringLiteral("b")), kNow, &error);
        QCOMPARE(m_store
                     ->claimNext(
                         kNow, [&](const Job &job) { return job.id == running; }, &error)
                     ->id,
                 running);
        QCOMPARE(m_store->cancel(queued, kNow), JobStore::CancelResult::Cancelled);
        QCOMPARE(m_store->job(queued)->state, JobState::Cancelled);
        QCOMPARE(m_store->cancel(running, kNow), JobStore::CancelResult::Requested);
        QVERIFY(m_store->cancelRequested(running));
        QCOMPARE(m_store->job(running)->state, JobState::Running);
        QVERIFY(m_store->finish(running, JobState::Cancelled, QStringLiteral("stopped"), kNow + 5,
                                &error));
        QCOMPARE(m_store->cancel(running, kNow), JobStore::CancelResult::NotActive);
        QCOMPARE(m_store->cancel(12345, kNow), JobStore::CancelResult::NotFound);
        // Finishing a job that is not running is refused.
        QVERIFY(!m_store->finish(queued, JobState::Succeeded, QString(), kNow, &error));
    }

    void finishedJobsAreCleared()
    {
        QString error;
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i)
            ids.append(m_store->add(probeSpec(QStringLiteral("h%1").arg(i)), kNow, &error));
        // 0 succeeded at kNow+10, 1 failed at kNow+20, 2 cancelled (queued) at kNow,
        // 3 running, 4 queued.
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(m_store
                         ->claimNext(
                             kNow, [&](const Job &job) { return job.id == ids[i]; }, &error)
                         ->id,
                     ids[i]);
            QVERIFY(m_store->appendLog(ids[i], kNow, QStringLiteral("line")));
            QVERIFY(m_store->finish(ids[i], i == 0 ? JobState::Succeeded : JobState::Failed,
                                    QString(), kNow + 10 * (i + 1), &error));
        }
        QCOMPARE(m_store->cancel(ids[2], kNow), JobStore::CancelResult::Cancelled);
        QVERIFY(m_store->claimNext(
            kNow, [&](const Job &job) { return job.id == ids[3]; }, &error));

        // By age: only what finished before kNow+15.
        QCOMPARE(m_store->removeFinished({}, kNow + 15, &error), 2);
        QVERIFY(!m_store->job(ids[0]));
        QVERIFY(!m_store->job(ids[2]));
        QVERIFY(m_store->log(ids[0]).isEmpty());
        QVERIFY(m_store->job(ids[1]));
        // Chosen: the running and the queued one stay whatever is asked.
        QCOMPARE(m_store->removeFinished({ids[1], ids[3], ids[4]}, -1, &error), 1);
        QVERIFY(!m_store->job(ids[1]));
        QCOMPARE(m_store->job(ids[3])->state, JobState::Running);
        QCOMPARE(m_store->job(ids[4])->state, JobState::Queued);
        QCOMPARE(m_store->removeFinished({}, kNow + 1'000'000, &error), 0);
    }

    void priorityOnlyWhileQueued()
    {
        QString error;
        const qint64 id = m_store->add(probeSpec(QStringLiteral("a")), kNow, &error);
        QVERIFY(m_store->setPriority(id, 7, &error));
        QCOMPARE(m_store->job(id)->spec.priority, 7);
        QVERIFY(m_store->claimNext(kNow, {}, &error));
        QVERIFY(!m_store->setPriority(id, 1, &error));
    }

    void logAndCommandsPerAttempt()
    {
        QString error;
        const qint64 id = m_store->add(probeSpec(QStringLiteral("a")), kNow, &error);
        QVERIFY(m_store->claimNext(kNow, {}, &error));
        QVERIFY(m_store->appendCommand(id, kNow, QStringLiteral("rsync -a -- src/ dst/")));
        QVERIFY(m_store->appendLog(id, kNow + 1, QStringLiteral("sent 10 bytes")));
        QVERIFY(m_store->appendLog(id, kNow + 2, QString(10000, u'x')));
        QVERIFY(m_store->setProgress(id, {0.5, 50, 100, 2e6, 25}));
        QCOMPARE(m_store->job(id)->bytesDone, 50);
        QCOMPARE(m_store->job(id)->rateBytesPerSecond, 2e6);
        QCOMPARE(m_store->job(id)->etaSeconds, 25);
        QVERIFY(m_store->retryLater(id, QStringLiteral("timeout"), kNow, kNow, &error));
        QCOMPARE(m_store->job(id)->etaSeconds, -1); // only while it runs
        QVERIFY(m_store->claimNext(kNow, {}, &error));
        QVERIFY(m_store->appendLog(id, kNow + 3, QStringLiteral("second try")));
        QVERIFY(m_store->finish(id, JobState::Succeeded, QString(), kNow + 4, &error));
        const QList<qm::JobLogLine> log = m_store->log(id);
        QCOMPARE(log.size(), 3);
        QCOMPARE(log[0].attempt, 1);
        QCOMPARE(log[0].text, QStringLiteral("sent 10 bytes"));
        QVERIFY(log[1].text.size() <= 4001); // a flood is cut
        QCOMPARE(log[2].attempt, 2);
        QCOMPARE(m_store->commands(id).size(), 1);
        QCOMPARE(m_store->commands(id)[0].commandLine, QStringLiteral("rsync -a -- src/ dst/"));
        const Job done = *m_store->job(id);
        QCOMPARE(done.state, JobState::Succeeded);
        QCOMPARE(done.progress, 1.0);
        QCOMPARE(done.finishedMs, kNow + 4);
        QCOMPARE(m_store->jobs({JobState::Succeeded}).size(), 1);
        QCOMPARE(m_store->jobs({JobState::Queued, JobState::Failed}).size(), 0);
    }

    void retryBacksOffAndNeverRepeatsADeletion()
    {
        const qm::RetryPolicy policy{1000, 10'000};
        QCOMPARE(qm::retryDelayMs(policy, 1), 1000);
        QCOMPARE(qm::retryDelayMs(policy, 2), 2000);
        QCOMPARE(qm::retryDelayMs(policy, 3), 4000);
        QCOMPARE(qm::retryDelayMs(policy, 4), 8000);
        QCOMPARE(qm::retryDelayMs(policy, 5), 10'000);
        QCOMPARE(qm::retryDelayMs(policy, 60), 10'000);

        Job job;
        job.spec.maxAttempts = 3;
        job.attempts = 1;
        QVERIFY(qm::mayRetry(job, true));
        QVERIFY(!qm::mayRetry(job, false)); // a permanent failure
        job.attempts = 3;
        QVERIFY(!qm::mayRetry(job, true)); // no attempts left
        job.attempts = 1;
        job.spec.destructive = true;
        QVERIFY(!qm::mayRetry(job, true)); // deletions are never retried
        job.spec.destructive = false;
        job.cancelRequested = true;
        QVERIFY(!qm::mayRetry(job, true));
    }

    void oneRunnerPerDatabase()
    {
        std::optional<qm::RunnerLock> first(std::in_place, m_path);
        QString holder;
        QVERIFY(first->tryLock(&holder));
        QVERIFY(first->isLocked());
        {
            qm::RunnerLock second(m_path);
            QVERIFY(!second.tryLock(&holder));
            QVERIFY2(holder.contains(QString::number(QCoreApplication::applicationPid())),
                     qPrintable(holder));
        }
        first.reset(); // released: the next one takes it
        qm::RunnerLock third(m_path);
        QVERIFY(third.tryLock(&holder));
    }

    void aDeadRunnersLockIsTakenOver()
    {
#ifdef Q_OS_UNIX
        const pid_t child = fork();
        if (child == 0) {
            // The runner takes the lock and dies without letting go.
            qm::RunnerLock lock(m_path);
            QString holder;
            _exit(lock.tryLock(&holder) ? 0 : 1);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
        QVERIFY(QFile::exists(m_path + QStringLiteral(".runner.lock")));
        qm::RunnerLock next(m_path);
        QString holder;
        QVERIFY2(next.tryLock(&holder), qPrintable(holder));
#else
        QSKIP("fork() is POSIX");
#endif
    }

private:
    std::optional<QTemporaryDir> m_dir;
    QString m_path;
    std::optional<JobStore> m_store;
};

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"
