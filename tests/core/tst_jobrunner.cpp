// The job runner: jobs run through their kind's function in worker threads, within the
// global and per-host caps and never two on one target; transient failures come back
// after a back-off (on a fake clock), destructive ones never; cancel stops a running
// process within two seconds; a runner that stops leaves its jobs interrupted and the
// next one resumes them; schedules queue jobs, catch up or skip missed runs; a paused
// queue starts nothing.

#include "core/cleanup/cleanupjob.h"
#include "core/jobkinds/jobkinds.h"
#include "core/jobs/jobrunner.h"
#include "core/jobs/jobschedules.h"
#include "core/jobs/jobstore.h"
#include "core/logs/jobeventlog.h"
#include "core/logs/logstore.h"
#include "core/remote/processrunner.h"
#include "core/sync/syncjob.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <mutex>
#include <thread>
#include <unistd.h>

using qm::Job;
using qm::JobContext;
using qm::JobEvent;
using qm::JobEventLog;
using qm::JobKind;
using qm::JobOutcome;
using qm::JobRunner;
using qm::JobSpec;
using qm::JobState;
using qm::JobStore;
using qm::JobWrites;
using qm::kCleanupJobKind;
using qm::kProbeJobKind;
using qm::kSyncJobKind;
using qm::LogDirection;
using qm::LogFilter;
using qm::LogLine;
using qm::LogStore;
using qm::SqlLocation;

namespace {

JobSpec spec(const JobKind &kind, const QString &destination = {}, const QStringList &hosts = {})
{
    JobSpec result;
    result.kind = kind;
    result.source = QStringLiteral("/src");
    result.destination = destination;
    result.hosts = hosts;
    return result;
}

/// Counts how many functions run at once, and the most ever.
struct Concurrency
{
    std::atomic<int> now{0};
    std::atomic<int> most{0};
    void enter()
    {
        const int value = ++now;
        int seen = most.load();
        while (value > seen && !most.compare_exchange_weak(seen, value)) {
        }
    }
    void leave() { --now; }
};

} // namespace

class TestJobRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("jobs.sqlite"));
        m_store.emplace();
        QString error;
        QVERIFY2(m_store->open(m_path, &error), qPrintable(error));
        m_clock.store(QDateTime::currentMSecsSinceEpoch());
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void runsJobsThroughTheirKindsFunction()
    {
        const qint64 id = add(spec(kProbeJobKind));
        auto runner = makeRunner();
        std::atomic<int> calls{0};
        runner->setJobFunction(kProbeJobKind, [&](JobContext &context) {
            ++calls;
            context.command(QStringLiteral("true"));
            context.log(QStringLiteral("probed"));
            context.progress({0.5, 5, 10, 100, 1});
            return JobOutcome::succeeded();
        });
        QSignalSpy finished(runner.get(), &JobRunner::jobFinished);
        QString error;
        QVERIFY2(runner->start(&error), qPrintable(error));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(calls.load(), 1);
        const Job job = *m_store->job(id);
        QCOMPARE(job.state, JobState::Succeeded);
        QCOMPARE(job.progress, 1.0);
        QCOMPARE(m_store->commands(id).size(), 1);
        QCOMPARE(m_store->log(id).constFirst().text, QStringLiteral("probed"));
    }

    void everyEventOfAJobReachesTheLogsTable()
    {
        // Quartermaster's own work, searchable beside the fleet's: each attempt's start,
        // its commands and log lines, and how it ended, as lines of source type
        // "quartermaster" and source id "job:<id>", its host as the worker.
        const QString logs = m_dir->filePath(QStringLiteral("logs.sqlite"));
        JobSpec probe = spec(kProbeJobKind);
        probe.hosts = {QStringLiteral("gpu-1")};
        const qint64 good = add(probe);
        JobSpec failing = spec(kCleanupJobKind);
        failing.destructive = true;
        const qint64 bad = add(failing);
        {
            JobEventLog events(logs);
            auto runner = makeRunner(4, 4, 100, events.sink());
            runner->setJobFunction(kProbeJobKind, [](JobContext &context) {
                context.command(QStringLiteral("true"));
                context.log(QStringLiteral("probed"));
                return JobOutcome::succeeded();
            });
            runner->setJobFunction(kCleanupJobKind, [](JobContext &) {
                return JobOutcome::failed(QStringLiteral("disk on fire"), true);
            });
            QSignalSpy finished(runner.get(), &JobRunner::jobFinished);
            QString error;
            QVERIFY2(runner->start(&error), qPrintable(error));
            QTRY_COMPARE(finished.size(), 2);
        } // the runner stops, then the log writes what waits
        LogStore store(QStringLiteral("runner-events"));
        SqlLocation location;
        location.path = logs;
        QString error;
        QVERIFY2(store.open(location, &error), qPrintable(error));
        const auto linesOf = [&](qint64 id) {
            LogFilter filter;
            filter.sourceType = QStringLiteral("quartermaster");
            filter.sourceId = QStringLiteral("job:%1").arg(id);
            return store.page(filter, std::nullopt, LogDirection::Newer, 100, &error)
                .value_or(QList<LogLine>());
        };
        const QList<LogLine> lines = linesOf(good);
        QStringList messages;
        QStringList levels;
        for (const LogLine &line : lines) {
            messages << line.message;
            levels << line.level;
            QCOMPARE(line.workerId, QStringLiteral("gpu-1"));
            QVERIFY(line.metadata.contains("\"kind\":\"probe\""));
        }
        QCOMPARE(messages,
                 QStringList({QStringLiteral("probe job %1 started (attempt 1)").arg(good),
                              QStringLiteral("ran: true"), QStringLiteral("probed"),
                              QStringLiteral("probe job %1 succeeded").arg(good)}));
        QCOMPARE(levels, QStringList({QStringLiteral("INFO"), QStringLiteral("DEBUG"),
                                      QStringLiteral("INFO"), QStringLiteral("INFO")}));
        const QList<LogLine> failed = linesOf(bad);
        QVERIFY(!failed.isEmpty());
        QCOMPARE(failed.constLast().level, QStringLiteral("ERROR"));
        QCOMPARE(failed.constLast().message,
                 QStringLiteral("cleanup job %1 failed: disk on fire").arg(bad));
        QVERIFY(failed.constLast().workerId.isEmpty()); // this machine's work
    }

    void aJobOfAKindItDoesNotKnowFailsSayingSo()
    {
        // A newer Quartermaster queued a job of a kind this one does not have: it is not
        // run as another kind, not left waiting for ever, and not retried; it fails
        // once, saying which kind, and the jobs beside it run.
        const qint64 newer = add(spec(kProbeJobKind));
        const qint64 probe = add(spec(kProbeJobKind));
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("UPDATE jobs SET kind = 'verify' WHERE id = ?"));
        q.addBindValue(newer);
        QVERIFY(q.exec());
        auto runner = makeRunner(4, 4, 50);
        std::atomic<int> probes{0};
        runner->setJobFunction(kProbeJobKind, [&](JobContext &) {
            ++probes;
            return JobOutcome::succeeded();
        });
        QSignalSpy finished(runner.get(), &JobRunner::jobFinished);
        QString error;
        QVERIFY2(runner->start(&error), qPrintable(error));
        QTRY_COMPARE(finished.size(), 2);
        const QString why = QStringLiteral("no job kind 'verify' is known to this Quartermaster");
        const Job job = *m_store->job(newer);
        QCOMPARE(job.state, JobState::Failed);
        QCOMPARE(job.error, why);
        QCOMPARE(job.spec.kind.key(), QStringLiteral("verify"));
        QCOMPARE(job.attempts, 1);
        QCOMPARE(m_store->log(newer).constLast().text, why);
        QCOMPARE(m_store->job(probe)->state, JobState::Succeeded);
        QCOMPARE(probes.load(), 1);
        m_clock += 3'600'000; // long past any back-off
        QTest::qWait(300);
        QCOMPARE(m_store->job(newer)->attempts, 1);
        QCOMPARE(finished.size(), 2);
    }

    void aSecondRunnerIsRefused()
    {
        auto first = makeRunner();
        QString error;
        QVERIFY(first->start(&error));
        auto second = makeRunner();
        QString holder;
        QVERIFY(!second->start(&error, &holder));
        QVERIFY(!holder.isEmpty());
        first.reset();
        QVERIFY2(second->start(&error), qPrintable(error));
    }

    void keepsTheGlobalCap()
    {
        for (int i = 0; i < 6; ++i)
            add(spec(kProbeJobKind));
        auto runner = makeRunner(2);
        Concurrency concurrency;
        runner->setJobFunction(kProbeJobKind, [&](JobContext &) {
            concurrency.enter();
            QThread::msleep(150);
            concurrency.leave();
            return JobOutcome::succeeded();
        });
        QSignalSpy finished(runner.get(), &JobRunner::jobFinished);
        QString error;
        QVERIFY(runner->start(&error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 6, 10000);
        QCOMPARE(concurrency.most.load(), 2);
    }

    void keepsThePerHostCapAndOneJobPerTarget()
    {
        // Three on host a (cap 1), and two onto the same destination tree.
        add(spec(kSyncJobKind, QStringLiteral("/d1"), {QStringLiteral("a")}));
        add(spec(kSyncJobKind, QStringLiteral("/d2"), {QStringLiteral("a")}));
        add(spec(kSyncJobKind, QStringLiteral("/d3"), {QStringLiteral("a")}));
        add(spec(kSyncJobKind, QStringLiteral("/x/y")));
        add(spec(kCleanupJobKind, QString()));
        m_store->add(
            [] {
                JobSpec cleanup = spec(kCleanupJobKind);
                cleanup.source = QStringLiteral("/x");
                return cleanup;
            }(),
            m_clock, nullptr);
        auto runner = makeRunner(8, 1);
        // A cleanup works in its source (its record says so to the standard runners).
        runner->setJobWrites(kCleanupJobKind, JobWrites::InSource);
        std::mutex mutex;
        QStringList active;
        bool overlapSeen = false;
        bool hostTwice = false;
        const auto body = [&](JobContext &context) {
            const JobSpec &spec = context.job().spec;
            const QString target =
                qm::jobTarget(spec, spec.kind == kCleanupJobKind ? JobWrites::InSource
                                                                 : JobWrites::ToDestination);
            const bool onA = context.job().spec.hosts.contains(QStringLiteral("a"));
            {
                std::lock_guard guard(mutex);
                for (const QString &other : std::as_const(active)) {
                    overlapSeen |= qm::targetsOverlap(target, other.mid(1));
                    hostTwice |= onA && other.startsWith(u'a');
                }
                active.append((onA ? QStringLiteral("a") : QStringLiteral("-")) + target);
            }
            QThread::msleep(120);
            std::lock_guard guard(mutex);
            active.removeOne((onA ? QStringLiteral("a") : QStringLiteral("-")) + target);
            return JobOutcome::succeeded();
        };
        runner->setJobFunction(kSyncJobKind, body);
        runner->setJobFunction(kCleanupJobKind, body);
        QSignalSpy finished(runner.get(), &JobRunner::jobFinished);
        QString error;
        QVERIFY(runner->start(&error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 6, 10000);
        QVERIFY(!overlapSeen);
        QVERIFY(!hostTwice);
    }

    void targets()
    {
        QVERIFY(qm::targetsOverlap(QStringLiteral("/x"), QStringLiteral("/x/y")));
        QVERIFY(qm::targetsOverlap(QStringLiteral("/x/y/"), QStringLiteral("/x")));
        QVERIFY(!qm::targetsOverlap(QStringLiteral("/x"), QStringLiteral("/xy")));
        QVERIFY(!qm::targetsOverlap(QStringLiteral("h:/x"), QStringLiteral("/x")));
        QVERIFY(qm::targetsOverlap(QStringLiteral("h:/x/"), QStringLiteral("h:/x/a/../b")));
        QVERIFY(qm::targetsOverlap(QStringLiteral("rclone:s3:bucket/a"),
                                   QStringLiteral("rclone:s3:bucket")));
        QVERIFY(!qm::targetsOverlap(QStringLiteral("rclone:s3:bucket"),
                                    QStringLiteral("rclone:gcs:bucket")));
        QVERIFY(!qm::targetsOverlap(QString(), QStringLiteral("/x")));
    }

    void retriesTransientFailuresAfterABackOff()
    {
        const qint64 id = add(spec(kProbeJobKind));
        JobSpec destructive = spec(kCleanupJobKind);
        destructive.destructive = true;
        const qint64 cleanupId = add(destructive);
        auto runner = makeRunner(4, 4, 50);
        std::atomic<int> calls{0};
        runner->setJobFunction(kProbeJobKind, [&](JobContext &) {
            return ++calls < 3 ? JobOutcome::failed(QStringLiteral("host unreachable"), true)
                               : JobOutcome::succeeded();
        });
        std::atomic<int> cleanups{0};
        runner->setJobFunction(kCleanupJobKind, [&](JobContext &) {
            ++cleanups;
            return JobOutcome::failed(QStringLiteral("lock busy"), true);
        });
        QString error;
        QVERIFY(runner->start(&error));
        QTRY_COMPARE(calls.load(), 1);
        QTRY_COMPARE(m_store->job(id)->state, JobState::Queued);
        QCOMPARE(m_store->job(id)->notBeforeMs, m_clock + 30'000);
        QCOMPARE(m_store->job(id)->error, QStringLiteral("host unreachable"));
        // A destructive job is not retried, whatever the failure.
        QTRY_COMPARE(m_store->job(cleanupId)->state, JobState::Failed);
        m_clock += 29'000;
        QTest::qWait(300);
        QCOMPARE(calls.load(), 1);
        m_clock += 2'000;
        QTRY_COMPARE(calls.load(), 2);
        // The second wait is twice as long.
        QTRY_COMPARE(m_store->job(id)->state, JobState::Queued);
        QCOMPARE(m_store->job(id)->notBeforeMs, m_clock + 60'000);
        m_clock += 60'000;
        QTRY_COMPARE(m_store->job(id)->state, JobState::Succeeded);
        QCOMPARE(m_store->job(id)->attempts, 3);
        QCOMPARE(cleanups.load(), 1);
    }

    void givesUpAfterTheLastAttempt()
    {
        JobSpec once = spec(kProbeJobKind);
        once.maxAttempts = 2;
        const qint64 id = add(once);
        auto runner = makeRunner(4, 4, 50);
        runner->setJobFunction(kProbeJobKind, [](JobContext &) {
            return JobOutcome::failed(QStringLiteral("timed out"), true);
        });
        QString error;
        QVERIFY(runner->start(&error));
        QTRY_COMPARE(m_store->job(id)->error, QStringLiteral("timed out"));
        QCOMPARE(m_store->job(id)->state, JobState::Queued);
        m_clock += 31'000;
        QTRY_COMPARE(m_store->job(id)->state, JobState::Failed);
        QCOMPARE(m_store->job(id)->attempts, 2);
    }

    void cancelStopsTheProcessWithinTwoSeconds_data()
    {
        QTest::addColumn<bool>("fromAnotherProcess");
        QTest::newRow("this runner") << false;
        QTest::newRow("another connection (qmctl jobs cancel)") << true;
    }

    void cancelStopsTheProcessWithinTwoSeconds()
    {
        QFETCH(bool, fromAnotherProcess);
        const qint64 id = add(spec(kSyncJobKind, QStringLiteral("/d")));
        auto runner = makeRunner();
        std::atomic<bool> started{false};
        runner->setJobFunction(kSyncJobKind, [&](JobContext &context) {
            qm::ProcessRequest request;
            // A program that ignores SIGTERM: only the kill stops it.
            request.program = QStringLiteral("sh");
            request.arguments = {QStringLiteral("-c"),
                                 QStringLiteral("trap '' TERM; sleep 60 & wait; sleep 60")};
            request.timeoutMs = 120'000;
            request.cancel = context.cancelFlag();
            started = true;
            const qm::ProcessResult result = qm::runProcess(request);
            return result.outcome == qm::ProcessResult::Outcome::Cancelled
                       ? JobOutcome::cancelled()
                       : JobOutcome::failed(result.errorString);
        });
        QSignalSpy finished(runner.get(), &JobRunner::jobFinished);
        QString error;
        QVERIFY(runner->start(&error));
        QTRY_VERIFY(started.load());
        QTest::qWait(200);
        QElapsedTimer clock;
        clock.start();
        if (fromAnotherProcess) {
            JobStore other;
            QVERIFY(other.open(m_path, &error));
            QCOMPARE(other.cancel(id, m_clock), JobStore::CancelResult::Requested);
        } else {
            runner->cancel(id);
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QVERIFY2(clock.elapsed() < 2600, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(m_store->job(id)->state, JobState::Cancelled);
    }

    void aStoppedRunnerLeavesItsJobsInterruptedAndTheNextResumesThem()
    {
        const qint64 id = add(spec(kSyncJobKind, QStringLiteral("/d")));
        std::atomic<int> calls{0};
        const auto body = [&](JobContext &context) {
            if (++calls == 1) {
                QString error;
                context.savePlan({{QStringLiteral("files"), 3}}, &error);
                while (!context.cancelled())
                    QThread::msleep(10);
                return JobOutcome::cancelled();
            }
            // The resumed attempt finds the plan the first one saved.
            return context.job().plan.value(QStringLiteral("files")).toInt() == 3
                       ? JobOutcome::succeeded()
                       : JobOutcome::failed(QStringLiteral("no plan"));
        };
        {
            auto runner = makeRunner();
            runner->setJobFunction(kSyncJobKind, body);
            QString error;
            QVERIFY(runner->start(&error));
            QTRY_COMPARE(calls.load(), 1);
            QTRY_COMPARE(runner->runningCount(), 1);
        }
        QCOMPARE(m_store->job(id)->state, JobState::Interrupted);
        auto runner = makeRunner();
        runner->setJobFunction(kSyncJobKind, body);
        QString error;
        QVERIFY(runner->start(&error));
        QTRY_COMPARE(m_store->job(id)->state, JobState::Succeeded);
        QCOMPARE(m_store->job(id)->attempts, 2);
        bool resumedLogged = false;
        for (const qm::JobLogLine &line : m_store->log(id))
            resumedLogged |= line.text.contains(QStringLiteral("resumed"));
        QVERIFY(resumedLogged);
    }

    void theProgramsOfARunningJobAreRecorded()
    {
        const qint64 id = add(spec(kSyncJobKind, QStringLiteral("/d")));
        auto runner = makeRunner();
        std::atomic<int> recordedWhileRunning{-1};
        runner->setJobFunction(kSyncJobKind, [&](JobContext &) {
            qm::ProcessRequest request;
            request.program = QStringLiteral("sh");
            request.arguments = {QStringLiteral("-c"), QStringLiteral("sleep 0.5")};
            std::thread look([&] {
                QThread::msleep(250);
                JobStore store;
                QString error;
                store.open(m_path, &error);
                const QList<qm::JobProcess> found = store.processes();
                recordedWhileRunning =
                    found.size() == 1 && found.first().jobId == id ? 1 : int(found.size()) * 10;
            });
            const qm::ProcessResult result = qm::runProcess(request);
            look.join();
            return result.succeeded() ? JobOutcome::succeeded() : JobOutcome::failed({});
        });
        QString error;
        QVERIFY(runner->start(&error));
        QTRY_COMPARE(m_store->job(id)->state, JobState::Succeeded);
        QCOMPARE(recordedWhileRunning.load(), 1);
        QVERIFY(m_store->processes().isEmpty()); // ended: the record went with it
    }

    void theNextRunnerEndsWhatADeadRunnerLeftRunning_data()
    {
        QTest::addColumn<QString>("script");
        QTest::newRow("a program that stops on SIGTERM") << QStringLiteral("sleep 60");
        QTest::newRow("one that ignores it (after 5 s, SIGKILL)")
            << QStringLiteral("trap '' TERM; sleep 60 & sleep 60");
    }

    // A runner killed with kill -9 leaves its job Running and, where nothing ends it
    // with its parent (macOS; a child that ignores the signal), its rsync copying on.
    // The next runner must end that process group before it resumes the job, not run
    // a second rsync beside it.
    void theNextRunnerEndsWhatADeadRunnerLeftRunning()
    {
        QFETCH(QString, script);
        QProcess survivor;
        survivor.setChildProcessModifier([] { ::setpgid(0, 0); });
        survivor.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
        QVERIFY(survivor.waitForStarted());
        const qm::ProcessGroup group = qm::processGroupOf(survivor.processId());
        QVERIFY(group.isValid());
        // The queue as the dead runner left it.
        const qint64 id = add(spec(kSyncJobKind, QStringLiteral("/d")));
        QString error;
        QVERIFY(m_store->claimNext(m_clock, {}, &error));
        QVERIFY(m_store->addProcess(id, group, QStringLiteral("rsync -a src/ dst"), m_clock));

        auto runner = makeRunner();
        std::atomic<bool> survivorSeen{true};
        runner->setJobFunction(kSyncJobKind, [&](JobContext &) {
            survivorSeen = groupRuns(group.id);
            return JobOutcome::succeeded();
        });
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(runner->start(&error), qPrintable(error));
        QVERIFY(!groupRuns(group.id)); // ended before start() returned
        QVERIFY(clock.elapsed() < 9000);
        QTRY_COMPARE(m_store->job(id)->state, JobState::Succeeded);
        QVERIFY(!survivorSeen.load());
        QCOMPARE(m_store->job(id)->attempts, 2);
        QVERIFY(m_store->processes().isEmpty());
        QStringList log;
        for (const qm::JobLogLine &line : m_store->log(id))
            log.append(line.text);
        QVERIFY2(log.join(u'\n').contains(QStringLiteral("previous runner left running: rsync")),
                 qPrintable(log.join(u'\n')));
        QVERIFY(survivor.state() == QProcess::NotRunning || survivor.waitForFinished(2000));
    }

    void aGroupWhoseNumberMovedOnIsLeftAlone()
    {
        // A recorded group whose leader is now another process (the number was reused
        // after a reboot or a long time): never signalled.
        QProcess other;
        other.setChildProcessModifier([] { ::setpgid(0, 0); });
        other.start(QStringLiteral("sleep"), {QStringLiteral("30")});
        QVERIFY(other.waitForStarted());
        qm::ProcessGroup stale = qm::processGroupOf(other.processId());
        stale.startMark += QStringLiteral("1"); // another start time
        const qm::ProcessGroupEnd end = qm::endProcessGroup(stale, 100);
        QCOMPARE(end.found, 0);
        QVERIFY(groupRuns(stale.id));
        other.kill();
        other.waitForFinished();
    }

    void aPausedQueueStartsNothing()
    {
        QString error;
        QVERIFY(m_store->setPaused(true, &error));
        const qint64 id = add(spec(kProbeJobKind));
        auto runner = makeRunner(4, 4, 50);
        runner->setJobFunction(kProbeJobKind, [](JobContext &) { return JobOutcome::succeeded(); });
        QSignalSpy idle(runner.get(), &JobRunner::idle);
        QVERIFY(runner->start(&error));
        QTRY_VERIFY(idle.size() >= 2);
        QCOMPARE(m_store->job(id)->state, JobState::Queued);
        QVERIFY(m_store->setPaused(false, &error));
        QTRY_COMPARE(m_store->job(id)->state, JobState::Succeeded);
    }

    void schedulesQueueJobs()
    {
        const qint64 start = QDateTime(QDate(2026, 3, 1), QTime(10, 0)).toMSecsSinceEpoch();
        qm::JobSchedules schedules(*m_store);
        qm::JobSchedule every;
        every.spec = spec(kProbeJobKind);
        every.everyMinutes = 15;
        QString error;
        const qint64 id = schedules.add(every, start, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QCOMPARE(schedules.all().constFirst().nextRunMs, start + 15 * 60'000);
        QVERIFY(schedules.queueDue(start + 14 * 60'000, &error).isEmpty());
        const QList<qint64> first = schedules.queueDue(start + 15 * 60'000 + 500, &error);
        QCOMPARE(first.size(), 1);
        const Job job = *m_store->job(first.constFirst());
        QCOMPARE(job.spec.trigger, qm::JobTrigger::Schedule);
        QCOMPARE(job.spec.scheduleId, id);
        QCOMPARE(schedules.all().constFirst().nextRunMs, start + 30 * 60'000);
        // Its job has not run yet: the next time queues no second one.
        QVERIFY(schedules.queueDue(start + 30 * 60'000, &error).isEmpty());
        QCOMPARE(schedules.all().constFirst().nextRunMs, start + 45 * 60'000);
    }

    void aScheduleIsEditedInPlace()
    {
        const qint64 start = QDateTime(QDate(2026, 3, 1), QTime(10, 0)).toMSecsSinceEpoch();
        qm::JobSchedules schedules(*m_store);
        qm::JobSchedule schedule;
        schedule.spec = spec(kProbeJobKind);
        schedule.everyMinutes = 15;
        QString error;
        const qint64 id = schedules.add(schedule, start, &error);
        QVERIFY(schedules.setEnabled(id, false, start, &error));
        // Daily at 03:00 from now on, catching up; still disabled, same id.
        schedule.id = id;
        schedule.everyMinutes = 0;
        schedule.dailyAtMinute = 3 * 60;
        schedule.catchUp = true;
        schedule.spec.source = QStringLiteral("gpu-2");
        QVERIFY2(schedules.update(schedule, start, &error), qPrintable(error));
        const qm::JobSchedule stored = schedules.all().constFirst();
        QCOMPARE(stored.id, id);
        QCOMPARE(stored.everyMinutes, 0);
        QCOMPARE(stored.dailyAtMinute, 3 * 60);
        QVERIFY(stored.catchUp);
        QVERIFY(!stored.enabled);
        QCOMPARE(stored.spec.source, QStringLiteral("gpu-2"));
        QCOMPARE(stored.spec.trigger, qm::JobTrigger::Schedule);
        QCOMPARE(stored.nextRunMs, QDateTime(QDate(2026, 3, 2), QTime(3, 0)).toMSecsSinceEpoch());
        // Neither interval nor time, or no such schedule: refused, nothing changed.
        schedule.dailyAtMinute = -1;
        QVERIFY(!schedules.update(schedule, start, &error));
        schedule.dailyAtMinute = 60;
        schedule.id = id + 100;
        QVERIFY(!schedules.update(schedule, start, &error));
        QCOMPARE(error, QStringLiteral("there is no schedule %1").arg(id + 100));
        QCOMPARE(schedules.all().constFirst().dailyAtMinute, 3 * 60);
    }

    void missedRunsAreCaughtUpOnceOrSkipped()
    {
        const qint64 start = QDateTime(QDate(2026, 3, 1), QTime(10, 0)).toMSecsSinceEpoch();
        qm::JobSchedules schedules(*m_store);
        qm::JobSchedule daily;
        daily.spec = spec(kProbeJobKind);
        daily.dailyAtMinute = 3 * 60;
        QString error;
        schedules.add(daily, start, &error);
        daily.catchUp = true;
        schedules.add(daily, start, &error);
        const qint64 firstRun = QDateTime(QDate(2026, 3, 2), QTime(3, 0)).toMSecsSinceEpoch();
        QCOMPARE(schedules.all().constFirst().nextRunMs, firstRun);
        // Three days later (the machine was off): only the catching-up one runs, once.
        const qint64 later = firstRun + 3 * 86'400'000 + 3'600'000;
        const QList<qint64> queued = schedules.queueDue(later, &error);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(m_store->job(queued.constFirst())->spec.scheduleId,
                 schedules.all().constLast().id);
        for (const qm::JobSchedule &schedule : schedules.all())
            QCOMPARE(schedule.nextRunMs,
                     QDateTime(QDate(2026, 3, 6), QTime(3, 0)).toMSecsSinceEpoch());
    }

    void scheduleTexts()
    {
        QCOMPARE(qm::parseInterval(QStringLiteral("15m")), 15);
        QCOMPARE(qm::parseInterval(QStringLiteral("2h")), 120);
        QCOMPARE(qm::parseInterval(QStringLiteral("90")), 90);
        QVERIFY(!qm::parseInterval(QStringLiteral("0m")));
        QVERIFY(!qm::parseInterval(QStringLiteral("-5m")));
        QVERIFY(!qm::parseInterval(QStringLiteral("5d")));
        QCOMPARE(qm::parseTimeOfDay(QStringLiteral("03:30")), 210);
        QCOMPARE(qm::parseTimeOfDay(QStringLiteral("23:59")), 23 * 60 + 59);
        QVERIFY(!qm::parseTimeOfDay(QStringLiteral("24:00")));
        QVERIFY(!qm::parseTimeOfDay(QStringLiteral("noon")));
    }

private:
    /// Whether a process of group `id` runs (a zombie waiting to be reaped does not).
    static bool groupRuns(qint64 id)
    {
#if defined(Q_OS_LINUX)
        const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
        for (const QString &entry : entries) {
            QFile file(QStringLiteral("/proc/%1/stat").arg(entry));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray text = file.readAll();
            const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
            if (fields.size() > 2 && fields[2].toLongLong() == id && fields[0] != "Z")
                return true;
        }
        return false;
#else
        return ::kill(pid_t(-id), 0) == 0;
#endif
    }

    qint64 add(const JobSpec &jobSpec)
    {
        QString error;
        const qint64 id = m_store->add(jobSpec, m_clock, &error);
        if (id < 0)
            qFatal("%s", qPrintable(error));
        return id;
    }

    std::unique_ptr<JobRunner> makeRunner(int maxConcurrent = 4, int perHost = 4, int pollMs = 100,
                                          std::function<void(const JobEvent &)> events = {})
    {
        JobRunner::Options options;
        options.events = std::move(events);
        options.databasePath = m_path;
        options.maxConcurrent = maxConcurrent;
        options.perHostLimit = perHost;
        options.pollIntervalMs = pollMs;
        options.clock = [this] { return m_clock.load(); };
        return std::make_unique<JobRunner>(options);
    }

    std::optional<QTemporaryDir> m_dir;
    QString m_path;
    std::optional<JobStore> m_store;
    std::atomic<qint64> m_clock{0};
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
