// The Jobs page over a real JobQueueService (its own thread, a temporary jobs database)
// with fake job functions that report progress, commands and log lines: the table and
// its progress, the details and the live log, cancel of a running job after
// confirmation, retry, pause, priority, the failure notification, selection kept
// through progress updates (rows updated in place, never reset), the banner while
// another runner holds the lock, a database that cannot be opened, and stopping with a
// job's program running; an empty queue says so; a real cleanup shows its parameters as
// fields, says it moved (not copied) and logs its summary once; the status bar says how
// a queued job ended. The Jobs page in the main window: tst_mainwindow. HOME and
// XDG_DATA_HOME point into the test's temporary folder: the trash is the test's.

#include "app/jobs/jobnotifier.h"
#include "app/jobs/jobqueueservice.h"
#include "app/jobs/jobsmodel.h"
#include "app/jobs/jobspage.h"
#include "core/cleanup/cleanupjob.h"
#include "core/jobkinds/jobkindcatalogue.h"
#include "core/jobs/jobrunner.h"
#include "core/jobs/jobstore.h"
#include "core/remote/processrunner.h"
#include "core/sync/syncjob.h"
#include "core/units/datasize.h"
#include "fastqueue.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThread>
#include <QTreeView>

#include <atomic>
#include <memory>

using namespace qm;

namespace {

/// What the fake job functions share with the test.
struct Fakes
{
    std::atomic<int> syncCalls{0};
    std::atomic<int> probeCalls{0};
    std::atomic<bool> releaseSyncs{false};
};

constexpr double kRate = 2.5 * 1024 * 1024;

/// A sync that runs one command, logs, and reports progress (up to 50 %) until it is
/// released or cancelled; a log line every fourth step.
JobOutcome fakeSync(JobContext &context, Fakes *fakes)
{
    ++fakes->syncCalls;
    context.command(
        QStringLiteral("rsync --archive -- /src/ %1/").arg(context.job().spec.destination));
    context.log(QStringLiteral("copying /src"));
    for (int step = 1; !context.cancelled(); ++step) {
        const double fraction = std::min(0.5, step * 0.05);
        context.progress({fraction, qint64(fraction * 2000), 2000, kRate, 5});
        if (step % 4 == 0)
            context.log(QStringLiteral("step %1").arg(step));
        if (fakes->releaseSyncs.load() && step > 2)
            break;
        QThread::msleep(40);
    }
    if (context.cancelled())
        return JobOutcome::cancelled();
    context.log(QStringLiteral("done"));
    return JobOutcome::succeeded();
}

/// A probe that fails for good (not transient: no automatic retry).
JobOutcome fakeProbe(JobContext &context, Fakes *fakes)
{
    ++fakes->probeCalls;
    context.log(QStringLiteral("gpu-1.invalid: no route"));
    return JobOutcome::failed(QStringLiteral("not reached: gpu-1.invalid"));
}

/// A cleanup that runs a real program for half a minute, stopped by its cancel flag.
JobOutcome sleeper(JobContext &context)
{
    ProcessRequest request;
    request.program = findProgram(QStringLiteral("sleep"));
    request.arguments = {QStringLiteral("30")};
    request.timeoutMs = 60'000;
    request.cancel = context.cancelFlag();
    context.command(displayCommandLine(request.program, request.arguments));
    const ProcessResult result = runProcess(request);
    return result.outcome == ProcessResult::Outcome::Cancelled ? JobOutcome::cancelled()
                                                               : JobOutcome::succeeded();
}

JobSpec syncSpec(const QString &destination)
{
    JobSpec spec;
    spec.kind = kSyncJobKind;
    spec.source = QStringLiteral("/src");
    spec.destination = destination;
    return spec;
}

JobSpec probeSpec()
{
    JobSpec spec;
    spec.kind = kProbeJobKind;
    spec.source = QStringLiteral("gpu-1.invalid");
    spec.hosts = {QStringLiteral("gpu-1.invalid")};
    return spec;
}

JobSpec cleanupSpec()
{
    JobSpec spec;
    spec.kind = kCleanupJobKind;
    spec.source = QStringLiteral("/scratch/old");
    return spec;
}

JobQueueService::Options fastOptions(const QString &path)
{
    return qmtest::fastQueueOptions(path);
}

} // namespace

class TestJobsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsProgressCommandsAndLiveLog();
    void cancelsARunningJobAfterConfirmation();
    void cancelsAQueuedJobWithoutAsking();
    void retryQueuesAFailedJobAgainAndFailuresNotify();
    void pauseStopsNewJobsStarting();
    void priorityOfAQueuedJob();
    void filters();
    void theKindFilterListsTheCatalogue();
    void aJobOfAKindNoRecordKnowsShowsItsKey();
    void selectionSurvivesProgressUpdates();
    void anotherRunnerHoldsTheLock();
    void stoppingWithARunningProgramDoesNotHang();
    void aQueueThatCannotBeOpenedSaysWhy();
    void anEmptyQueueSaysSo();
    void aCleanupSaysWhatItMovedOnce();
    void theStatusBarSaysHowAQueuedJobEnded();

private:
    /// Makes the service (with the fake functions) and the page, shown.
    void makePage();
    /// Queues `spec` through the page; its id.
    qint64 enqueue(const JobSpec &spec);
    std::optional<Job> stored(qint64 id);
    QAction *action(const QString &name) { return m_page->findChild<QAction *>(name); }
    QString cell(qint64 id, int column, int role = Qt::DisplayRole);

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::shared_ptr<Fakes> m_fakes;
    std::unique_ptr<JobQueueService> m_service;
    std::unique_ptr<JobsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestJobsPage::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral(".local/share"))));
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".local/share"))));
}

void TestJobsPage::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("jobs.sqlite"));
    m_fakes = std::make_shared<Fakes>();
}

void TestJobsPage::cleanup()
{
    if (m_fakes)
        m_fakes->releaseSyncs.store(true);
    m_tester.reset();
    m_page.reset();
    m_service.reset();
    m_dir.reset();
}

void TestJobsPage::makePage()
{
    m_service = std::make_unique<JobQueueService>(fastOptions(m_path));
    const std::shared_ptr<Fakes> fakes = m_fakes;
    m_service->setJobFunction(
        kSyncJobKind, [fakes](JobContext &context) { return fakeSync(context, fakes.get()); });
    m_service->setJobFunction(
        kProbeJobKind, [fakes](JobContext &context) { return fakeProbe(context, fakes.get()); });
    m_service->setJobFunction(kCleanupJobKind, sleeper);
    m_service->start();
    m_page = std::make_unique<JobsPage>(m_service.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QTRY_COMPARE(m_service->runnerState(), JobRunnerState::Running);
}

qint64 TestJobsPage::enqueue(const JobSpec &spec)
{
    QSignalSpy queued(m_service.get(), &JobQueueService::enqueued);
    m_page->enqueue(spec);
    if (!queued.wait(5000))
        return -1;
    return queued.first().first().toLongLong();
}

std::optional<Job> TestJobsPage::stored(qint64 id)
{
    JobStore store;
    QString error;
    if (!store.open(m_path, &error))
        return std::nullopt;
    return store.job(id);
}

QString TestJobsPage::cell(qint64 id, int column, int role)
{
    const int row = m_page->model()->rowOf(id);
    return row < 0 ? QStringLiteral("<not listed>")
                   : m_page->model()->index(row, column).data(role).toString();
}

void TestJobsPage::showsProgressCommandsAndLiveLog()
{
    makePage();
    const qint64 id = enqueue(syncSpec(QStringLiteral("/dest-a")));
    QVERIFY(id > 0);
    QTRY_COMPARE(cell(id, JobsModel::StateColumn), QStringLiteral("Running"));
    QCOMPARE(cell(id, JobsModel::KindColumn), QStringLiteral("Sync"));
    QCOMPARE(cell(id, JobsModel::WhatColumn), QStringLiteral("/src → /dest-a"));
    QCOMPARE(cell(id, JobsModel::AttemptsColumn), QStringLiteral("1/3"));
    QCOMPARE(cell(id, JobsModel::TriggerColumn), QStringLiteral("User"));
    QTRY_COMPARE(cell(id, JobsModel::ProgressColumn), QStringLiteral("50 %"));
    QCOMPARE(m_page->model()
                 ->index(m_page->model()->rowOf(id), JobsModel::ProgressColumn)
                 .data(JobsModel::ProgressRole)
                 .toDouble(),
             0.5);
    QCOMPARE(cell(id, JobsModel::RateColumn), QStringLiteral("2.5 MiB/s"));
    QCOMPARE(cell(id, JobsModel::ProgressColumn, Qt::ToolTipRole),
             QStringLiteral("Copied: %1 of %2").arg(formatDataSize(1000), formatDataSize(2000)));
    QCOMPARE(cell(id, JobsModel::EtaColumn), QStringLiteral("0:05"));
    QVERIFY(!cell(id, JobsModel::StartedColumn).isEmpty());
    // The duration counts while it runs.
    const QString duration = cell(id, JobsModel::DurationColumn);
    QTRY_VERIFY(cell(id, JobsModel::DurationColumn) != duration);

    // The details: the exact command line; the log, following.
    QVERIFY(m_page->selectJob(id));
    auto *details = m_page->findChild<QTextBrowser *>(QStringLiteral("jobDetails"));
    auto *log = m_page->findChild<QPlainTextEdit *>(QStringLiteral("jobLog"));
    QTRY_VERIFY2(
        details->toPlainText().contains(QStringLiteral("rsync --archive -- /src/ /dest-a/")),
        qPrintable(details->toPlainText()));
    QVERIFY(details->toPlainText().contains(QStringLiteral("/dest-a")));
    QTRY_VERIFY(log->toPlainText().contains(QStringLiteral("copying /src")));
    QTRY_VERIFY(log->toPlainText().contains(QStringLiteral("step 8")));
    QTRY_VERIFY(log->toPlainText().contains(QStringLiteral("step 16")));

    m_fakes->releaseSyncs.store(true);
    QTRY_COMPARE(cell(id, JobsModel::StateColumn), QStringLiteral("Succeeded"));
    QCOMPARE(cell(id, JobsModel::ProgressColumn), QStringLiteral("100 %"));
    QTRY_VERIFY(log->toPlainText().endsWith(QStringLiteral("done")));
}

void TestJobsPage::cancelsARunningJobAfterConfirmation()
{
    makePage();
    const qint64 id = enqueue(syncSpec(QStringLiteral("/dest-a")));
    QTRY_COMPARE(cell(id, JobsModel::StateColumn), QStringLiteral("Running"));
    QTRY_VERIFY(m_page->selectJob(id));
    QTRY_VERIFY(action(QStringLiteral("actionCancelJob"))->isEnabled());

    // Del on the table asks first; "Keep Running" changes nothing.
    auto *view = m_page->findChild<QTreeView *>(QStringLiteral("jobsView"));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_page->findChild<QMessageBox *>(QStringLiteral("cancelJobConfirm"))));
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::RejectRole)
            button->click();
    }
    QTRY_VERIFY(!m_page->findChild<QMessageBox *>(QStringLiteral("cancelJobConfirm")));
    QTest::qWait(400);
    QCOMPARE(stored(id)->state, JobState::Running);

    // Ctrl+. asks again; "Stop Job" stops it.
    m_page->activateWindow(); // offscreen gives the closed box's activation back to no one
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Period, Qt::ControlModifier);
    QTRY_VERIFY((box = m_page->findChild<QMessageBox *>(QStringLiteral("cancelJobConfirm"))));
    box->findChild<QPushButton *>(QStringLiteral("stopJobButton"))->click();
    QTRY_COMPARE(stored(id)->state, JobState::Cancelled);
    QTRY_COMPARE(cell(id, JobsModel::StateColumn), QStringLiteral("Cancelled"));
    QCOMPARE(m_fakes->syncCalls.load(), 1);
}

void TestJobsPage::cancelsAQueuedJobWithoutAsking()
{
    makePage();
    action(QStringLiteral("actionPauseQueue"))->trigger();
    QTRY_VERIFY(m_service->isPaused());
    const qint64 id = enqueue(syncSpec(QStringLiteral("/dest-a")));
    QTRY_VERIFY(m_page->selectJob(id));
    QTRY_VERIFY(action(QStringLiteral("actionCancelJob"))->isEnabled());
    action(QStringLiteral("actionCancelJob"))->trigger();
    QVERIFY(!m_page->findChild<QMessageBox *>(QStringLiteral("cancelJobConfirm")));
    QTRY_COMPARE(cell(id, JobsModel::StateColumn), QStringLiteral("Cancelled"));
    QCOMPARE(m_fakes->syncCalls.load(), 0);
}

void TestJobsPage::retryQueuesAFailedJobAgainAndFailuresNotify()
{
    makePage();
    JobNotifier notifier(m_service.get(), nullptr);
    QSignalSpy notified(&notifier, &JobNotifier::notified);
    const qint64 id = enqueue(probeSpec());
    QTRY_COMPARE(cell(id, JobsModel::StateColumn), QStringLiteral("Failed"));
    QTRY_COMPARE(notified.size(), 1);
    const auto notification = notified.first().first().value<JobNotification>();
    QCOMPARE(notification.title, QStringLiteral("Job %1 failed: Probe").arg(id));
    QVERIFY2(notification.message.contains(QStringLiteral("not reached: gpu-1.invalid")),
             qPrintable(notification.message));
    QCOMPARE(notification.jobIds, QList<qint64>{id});
    QCOMPARE(cell(id, JobsModel::StateColumn, Qt::ToolTipRole),
             QStringLiteral("Failed: not reached: gpu-1.invalid"));

    QVERIFY(m_page->selectJob(id));
    QTRY_VERIFY(action(QStringLiteral("actionRetryJob"))->isEnabled());
    auto *view = m_page->findChild<QTreeView *>(QStringLiteral("jobsView"));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE(m_fakes->probeCalls.load(), 2);
    QTRY_COMPARE(notified.size(), 2);
    const Job job = *stored(id);
    QCOMPARE(job.state, JobState::Failed);
    QCOMPARE(job.attempts, 1); // afresh: the attempts counted from zero again
    // A failure already there when the app starts is not news.
    m_tester.reset();
    m_page.reset();
    m_service.reset();
    makePage();
    JobNotifier later(m_service.get(), nullptr);
    QSignalSpy again(&later, &JobNotifier::notified);
    QTRY_COMPARE(cell(id, JobsModel::StateColumn), QStringLiteral("Failed"));
    QTest::qWait(300);
    QCOMPARE(again.size(), 0);
}

void TestJobsPage::pauseStopsNewJobsStarting()
{
    makePage();
    auto *banner = m_page->findChild<QLabel *>(QStringLiteral("jobsBanner"));
    QVERIFY(banner->isHidden());
    auto *view = m_page->findChild<QTreeView *>(QStringLiteral("jobsView"));
    view->setFocus();
    QTRY_VERIFY(action(QStringLiteral("actionPauseQueue"))->isEnabled());
    QTest::keyClick(view, Qt::Key_P, Qt::ControlModifier);
    QTRY_VERIFY(m_service->isPaused());
    QVERIFY(action(QStringLiteral("actionPauseQueue"))->isChecked());
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("paused")), qPrintable(banner->text()));

    const qint64 id = enqueue(syncSpec(QStringLiteral("/dest-a")));
    QTRY_COMPARE(cell(id, JobsModel::StateColumn), QStringLiteral("Queued"));
    QTest::qWait(800); // several runner polls
    QCOMPARE(m_fakes->syncCalls.load(), 0);
    QCOMPARE(stored(id)->state, JobState::Queued);

    QTest::keyClick(view, Qt::Key_P, Qt::ControlModifier);
    QTRY_VERIFY(!m_service->isPaused());
    QTRY_COMPARE(cell(id, JobsModel::StateColumn), QStringLiteral("Running"));
    QTRY_VERIFY(banner->isHidden());
}

void TestJobsPage::priorityOfAQueuedJob()
{
    makePage();
    action(QStringLiteral("actionPauseQueue"))->trigger();
    QTRY_VERIFY(m_service->isPaused());
    const qint64 first = enqueue(syncSpec(QStringLiteral("/dest-a")));
    const qint64 second =
        enqueue(syncSpec(QStringLiteral("/dest-a/sub"))); // overlaps: one at a time
    QTRY_VERIFY(m_page->selectJob(second));
    QTRY_VERIFY(action(QStringLiteral("actionRaisePriority"))->isEnabled());
    auto *view = m_page->findChild<QTreeView *>(QStringLiteral("jobsView"));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
    QTRY_COMPARE(cell(second, JobsModel::PriorityColumn), QStringLiteral("+1"));
    QCOMPARE(m_page->selectedJob()->id, second); // the key did not move the selection
    QCOMPARE(stored(second)->spec.priority, 1);
    // The raised one runs first although it was queued later.
    action(QStringLiteral("actionPauseQueue"))->trigger();
    QTRY_COMPARE(cell(second, JobsModel::StateColumn), QStringLiteral("Running"));
    QCOMPARE(cell(first, JobsModel::StateColumn), QStringLiteral("Queued"));
    QVERIFY(!action(QStringLiteral("actionRaisePriority"))->isEnabled()); // running now
    QVERIFY(m_page->selectJob(first));
    QTRY_VERIFY(action(QStringLiteral("actionLowerPriority"))->isEnabled());
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
    QTRY_COMPARE(cell(first, JobsModel::PriorityColumn), QStringLiteral("-1"));
}

void TestJobsPage::filters()
{
    makePage();
    const qint64 failed = enqueue(probeSpec());
    QTRY_COMPARE(cell(failed, JobsModel::StateColumn), QStringLiteral("Failed"));
    const qint64 running = enqueue(syncSpec(QStringLiteral("/dest-a")));
    QTRY_COMPARE(cell(running, JobsModel::StateColumn), QStringLiteral("Running"));
    JobsFilterModel *proxy = m_page->filterModel();
    QCOMPARE(proxy->rowCount(), 2);
    const auto onlyId = [proxy] {
        return proxy->index(0, 0).data(JobsModel::JobIdRole).toLongLong();
    };

    auto *state = m_page->findChild<QComboBox *>(QStringLiteral("jobsState"));
    state->setCurrentIndex(state->findData(int(JobsFilterModel::State::Active)));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(onlyId(), running);
    state->setCurrentIndex(state->findData(int(JobsFilterModel::State::Failed)));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(onlyId(), failed);
    state->setCurrentIndex(state->findData(int(JobsFilterModel::State::All)));
    auto *kind = m_page->findChild<QComboBox *>(QStringLiteral("jobsKind"));
    kind->setCurrentIndex(kind->findData(kSyncJobKind.key()));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(onlyId(), running);
    kind->setCurrentIndex(0);
    auto *text = m_page->findChild<QLineEdit *>(QStringLiteral("jobsFilter"));
    QTest::keyClicks(text, QStringLiteral("GPU-1"));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(onlyId(), failed);
    // Selecting a job the filter hides clears the filter.
    QVERIFY(m_page->selectJob(running));
    QVERIFY(text->text().isEmpty());
    QCOMPARE(m_page->selectedJob()->id, running);
}

void TestJobsPage::theKindFilterListsTheCatalogue()
{
    // Every kind of the catalogue, by its title, after "All kinds"; the details and the
    // list name a job's kind the same way.
    makePage();
    auto *kind = m_page->findChild<QComboBox *>(QStringLiteral("jobsKind"));
    const QList<qm::JobKindRecord> &records = qm::standardJobKinds().records();
    QCOMPARE(kind->count(), records.size() + 1);
    for (int i = 0; i < records.size(); ++i) {
        QCOMPARE(kind->itemText(i + 1), records[i].title());
        QCOMPARE(kind->itemData(i + 1).toString(), records[i].key());
    }
    const qint64 id = enqueue(probeSpec());
    QVERIFY(id > 0);
    QTRY_VERIFY(m_page->model()->rowOf(id) >= 0);
    QCOMPARE(cell(id, JobsModel::KindColumn), qm::standardJobKinds().title(kProbeJobKind));
}

void TestJobsPage::aJobOfAKindNoRecordKnowsShowsItsKey()
{
    // Queued by a newer Quartermaster: listed and detailed by its key, kept by "All
    // kinds" and left out by another kind, and failed by the runner saying why.
    makePage();
    JobSpec newer;
    newer.kind = JobKind(QStringLiteral("verify"));
    newer.source = QStringLiteral("/data/ply");
    const qint64 id = enqueue(newer);
    QTRY_COMPARE(cell(id, JobsModel::StateColumn), QStringLiteral("Failed"));
    QCOMPARE(cell(id, JobsModel::KindColumn), QStringLiteral("verify"));
    const QString why = QStringLiteral("no job kind 'verify' is known to this Quartermaster");
    QCOMPARE(stored(id)->error, why);
    QVERIFY(m_page->selectJob(id));
    auto *details = m_page->findChild<QTextBrowser *>(QStringLiteral("jobDetails"));
    QTRY_VERIFY2(details->toPlainText().contains(why), qPrintable(details->toPlainText()));
    QVERIFY(details->toPlainText().contains(QStringLiteral("verify")));

    JobsFilterModel *proxy = m_page->filterModel();
    auto *kind = m_page->findChild<QComboBox *>(QStringLiteral("jobsKind"));
    QCOMPARE(proxy->rowCount(), 1);
    kind->setCurrentIndex(kind->findData(kSyncJobKind.key()));
    QCOMPARE(proxy->rowCount(), 0);
    kind->setCurrentIndex(0);
    QCOMPARE(proxy->rowCount(), 1);
}

void TestJobsPage::selectionSurvivesProgressUpdates()
{
    makePage();
    const qint64 a = enqueue(syncSpec(QStringLiteral("/dest-a")));
    const qint64 b = enqueue(syncSpec(QStringLiteral("/dest-b")));
    QTRY_COMPARE(cell(a, JobsModel::StateColumn), QStringLiteral("Running"));
    QTRY_COMPARE(cell(b, JobsModel::StateColumn), QStringLiteral("Running"));
    QVERIFY(m_page->selectJob(a));
    auto *view = m_page->findChild<QTreeView *>(QStringLiteral("jobsView"));

    QSignalSpy reset(m_page->model(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy removed(m_page->model(), &QAbstractItemModel::rowsAboutToBeRemoved);
    QSignalSpy changed(m_page->model(), &QAbstractItemModel::dataChanged);
    QTRY_VERIFY(changed.size() >= 5); // progress of both, the durations ticking
    const qint64 c = enqueue(syncSpec(QStringLiteral("/dest-c")));
    QTRY_COMPARE(cell(c, JobsModel::StateColumn), QStringLiteral("Running"));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(m_page->selectedJob()->id, a);
    QCOMPARE(view->selectionModel()->currentIndex().data(JobsModel::JobIdRole).toLongLong(), a);
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view->selectionModel()->selectedRows().first().data(JobsModel::JobIdRole).toLongLong(),
             a);
}

void TestJobsPage::anotherRunnerHoldsTheLock()
{
    // A `qmctl jobs run` of the same database, simulated by a runner in this process.
    JobRunner::Options options;
    options.databasePath = m_path;
    options.pollIntervalMs = 100;
    auto other = std::make_unique<JobRunner>(options);
    const std::shared_ptr<Fakes> fakes = m_fakes;
    other->setJobFunction(kProbeJobKind,
                          [fakes](JobContext &context) { return fakeProbe(context, fakes.get()); });
    QString error;
    QVERIFY2(other->start(&error), qPrintable(error));

    m_service = std::make_unique<JobQueueService>(fastOptions(m_path));
    m_service->start();
    m_page = std::make_unique<JobsPage>(m_service.get());
    m_page->show();
    QTRY_COMPARE(m_service->runnerState(), JobRunnerState::HeldElsewhere);
    auto *banner = m_page->findChild<QLabel *>(QStringLiteral("jobsBanner"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("Another runner")), qPrintable(banner->text()));

    // Queued here, run there, shown here.
    const qint64 id = enqueue(probeSpec());
    QTRY_COMPARE(cell(id, JobsModel::StateColumn), QStringLiteral("Failed"));
    QCOMPARE(m_fakes->probeCalls.load(), 1);

    // It exits: the app takes over.
    other.reset();
    QTRY_COMPARE(m_service->runnerState(), JobRunnerState::Running);
    QTRY_VERIFY(banner->isHidden());
}

void TestJobsPage::stoppingWithARunningProgramDoesNotHang()
{
    makePage();
    const qint64 id = enqueue(cleanupSpec());
    QTRY_COMPARE(cell(id, JobsModel::StateColumn), QStringLiteral("Running"));
    QVERIFY(m_page->selectJob(id));
    auto *details = m_page->findChild<QTextBrowser *>(QStringLiteral("jobDetails"));
    QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("sleep 30")));

    QElapsedTimer timer;
    timer.start();
    m_page.reset();
    m_service.reset();
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    // Left for the next runner to resume.
    QCOMPARE(stored(id)->state, JobState::Interrupted);
}

void TestJobsPage::aQueueThatCannotBeOpenedSaysWhy()
{
    QFile blocker(m_dir->filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    m_path = blocker.fileName() + QStringLiteral("/jobs.sqlite");
    m_service = std::make_unique<JobQueueService>(fastOptions(m_path));
    m_service->start();
    m_page = std::make_unique<JobsPage>(m_service.get());
    m_page->show();
    QTRY_COMPARE(m_service->runnerState(), JobRunnerState::Unavailable);
    auto *banner = m_page->findChild<QLabel *>(QStringLiteral("jobsBanner"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("cannot be opened")),
             qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("not-a-folder")));
    QVERIFY(!action(QStringLiteral("actionQueueProbeAll"))->isEnabled());
    QVERIFY(!action(QStringLiteral("actionPauseQueue"))->isEnabled());
}

void TestJobsPage::anEmptyQueueSaysSo()
{
    makePage();
    auto *details = m_page->findChild<QTextBrowser *>(QStringLiteral("jobDetails"));
    QTRY_COMPARE(details->toPlainText(), QStringLiteral("No jobs yet."));
    QCOMPARE(m_page->model()->rowCount(), 0);
}

void TestJobsPage::aCleanupSaysWhatItMovedOnce()
{
    // The real cleanup job (no fake), on two old log files and a fresh one.
    m_service = std::make_unique<JobQueueService>(fastOptions(m_path));
    m_service->start();
    m_page = std::make_unique<JobsPage>(m_service.get());
    m_page->resize(1200, 700);
    m_page->show();
    QTRY_COMPARE(m_service->runnerState(), JobRunnerState::Running);
    const QString root = m_dir->filePath(QStringLiteral("scratch"));
    QVERIFY(QDir().mkpath(root));
    for (const char *name : {"a.log", "b.log", "fresh.log", "keep.txt"}) {
        QFile file(root + QLatin1Char('/') + QLatin1String(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        QVERIFY(file.flush()); // before the time is set, or closing sets it again
        if (qstrcmp(name, "fresh.log") != 0)
            QVERIFY(file.setFileTime(QDateTime::currentDateTime().addDays(-3),
                                     QFileDevice::FileModificationTime));
    }
    CleanupJobRequest request;
    request.rule.root = root;
    request.rule.olderThanDays = 2;
    request.rule.patterns = {QStringLiteral("*.log")};
    const qint64 id = enqueue(cleanupJobSpec(request));
    QVERIFY(id > 0);
    QTRY_VERIFY_WITH_TIMEOUT(isFinished(stored(id)->state), 10000);
    QVERIFY2(stored(id)->state == JobState::Succeeded, qPrintable(stored(id)->error));
    QTRY_COMPARE(cell(id, JobsModel::StateColumn), QStringLiteral("Succeeded"));
    QVERIFY(!QFile::exists(root + QStringLiteral("/a.log")));
    QVERIFY(QFile::exists(root + QStringLiteral("/fresh.log")));

    // The table's tooltip and the details say what happened to the bytes: moved.
    QCOMPARE(cell(id, JobsModel::ProgressColumn, Qt::ToolTipRole),
             QStringLiteral("Moved to the trash: %1 of %1").arg(formatDataSize(8192)));
    QVERIFY(m_page->selectJob(id));
    auto *details = m_page->findChild<QTextBrowser *>(QStringLiteral("jobDetails"));
    QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("Moved to the trash")));
    const QString text = details->toPlainText();
    QVERIFY2(!text.contains(QStringLiteral("Copied")), qPrintable(text));
    // The parameters as a form: labels and values, not JSON.
    for (const QString &field :
         {QStringLiteral("Root\n%1\n").arg(root), QStringLiteral("Older than\n2 day(s)\n"),
          QStringLiteral("Pattern\n*.log\n"),
          QStringLiteral("Removed files go\nto the trash of this machine\n"),
          QStringLiteral("Moved to the trash\n%1 of %1\n").arg(formatDataSize(8192))})
        QVERIFY2(text.contains(field), qPrintable(field + QStringLiteral("\n---\n") + text));
    for (const QString &raw : {QStringLiteral("olderThanDays"), QStringLiteral("patterns"),
                               QStringLiteral("[\""), QStringLiteral("{\"")})
        QVERIFY2(!text.contains(raw), qPrintable(raw + QStringLiteral("\n---\n") + text));
    // The plan as the kind describes it (plural forms as in the source: no translation
    // is loaded).
    QVERIFY2(text.contains(QStringLiteral("Would move 2 file(s) (%1)").arg(formatDataSize(8192))),
             qPrintable(text));

    // The summary is logged once.
    auto *log = m_page->findChild<QPlainTextEdit *>(QStringLiteral("jobLog"));
    QTRY_VERIFY(log->toPlainText().contains(QStringLiteral("Moved 2 file(s)")));
    QCOMPARE(log->toPlainText().count(QStringLiteral("Moved 2 file(s)")), 1);
}

void TestJobsPage::theStatusBarSaysHowAQueuedJobEnded()
{
    makePage();
    QSignalSpy status(m_page.get(), &JobsPage::statusMessage);
    const qint64 id = enqueue(syncSpec(QStringLiteral("/dest-a")));
    QTRY_VERIFY(!status.isEmpty());
    QCOMPARE(status.last().first().toString(), QStringLiteral("Job %1 queued.").arg(id));
    m_fakes->releaseSyncs.store(true);
    QTRY_COMPARE(cell(id, JobsModel::StateColumn), QStringLiteral("Succeeded"));
    QTRY_COMPARE(status.last().first().toString(),
                 QStringLiteral("Job %1 (Sync /src → /dest-a) succeeded.").arg(id));

    // A failure says why; a retry that fails again says so again.
    const qint64 probe = enqueue(probeSpec());
    QTRY_COMPARE(cell(probe, JobsModel::StateColumn), QStringLiteral("Failed"));
    QTRY_COMPARE(status.last().first().toString(),
                 QStringLiteral("Job %1 (Probe gpu-1.invalid) failed: not reached: gpu-1.invalid")
                     .arg(probe));
    QVERIFY(m_page->selectJob(probe));
    QTRY_VERIFY(action(QStringLiteral("actionRetryJob"))->isEnabled());
    status.clear();
    m_page->retrySelected();
    QTRY_COMPARE(m_fakes->probeCalls.load(), 2);
    QTRY_VERIFY(!status.isEmpty() &&
                status.last().first().toString().contains(QStringLiteral("failed: not reached")));
}

QTEST_MAIN(TestJobsPage)
#include "tst_jobspage.moc"
