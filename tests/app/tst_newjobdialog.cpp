// Jobs from the window, over a real JobQueueService (its own thread, a temporary jobs
// database) running the standard job kinds: New Job reviews a cleanup and queues it
// with the plan that was shown, which is exactly what is removed (a file grown old after
// the review stays); the sync form refuses external storage that is not mounted and
// suggests the routing's receivers; a deleting sync cannot be scheduled; schedules are
// added, edited, disabled and removed from the Schedules tab; Run Again with Changes
// fills the form from a job; finished jobs are cleared; failure notifications can be
// switched off. HOME and XDG_DATA_HOME point into the test's folder: the trash is its.

#include "app/jobs/jobnotifier.h"
#include "app/jobs/jobqueueservice.h"
#include "app/jobs/jobspage.h"
#include "app/jobs/newjobdialog.h"
#include "app/jobs/schedulesview.h"
#include "core/config/configcheck.h"
#include "core/history/historystore.h"
#include "core/logs/logstore.h"
#include "core/replication/replicationjob.h"
#include "core/storage/locationscanstore.h"
#include "core/storage/objectlisting.h"
#include "core/storage/orphanscan.h"
#include "core/storage/orphanscanrun.h"
#include "fastqueue.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>
#include <QtConcurrent>

#include <memory>

using namespace qm;

namespace {

/// Writes `path` with a few bytes, last modified `days` ago.
bool writeFile(const QString &path, int days)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("sample data\n") < 0 || !file.flush())
        return false;
    return file.setFileTime(QDateTime::currentDateTimeUtc().addDays(-days),
                            QFileDevice::FileModificationTime);
}

/// The config of `yaml`, checked off the GUI thread as the app does.
std::shared_ptr<const FleetConfig> configOf(const QString &yaml)
{
    return QtConcurrent::run([yaml] {
               return checkConfigText(QStringLiteral("test.yaml"), yaml.toUtf8()).config;
           })
        .result();
}

/// Reviews what `dialog` holds; whether the job may be queued.
bool reviewNow(NewJobDialog &dialog)
{
    QSignalSpy reviewed(&dialog, &NewJobDialog::reviewed);
    dialog.review();
    if (!reviewed.wait(20'000))
        return false;
    return reviewed.first().first().toBool();
}

} // namespace

class TestNewJobDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral(".local/share"))));
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_DATA_HOME",
                QFile::encodeName(m_home.filePath(QStringLiteral(".local/share"))));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_service = std::make_unique<JobQueueService>(
            qmtest::fastQueueOptions(m_dir->filePath(QStringLiteral("jobs.sqlite"))));
        m_service->start();
        QTRY_COMPARE(m_service->runnerState(), JobRunnerState::Running);
        QTRY_VERIFY(m_service->hasSnapshot());
    }

    void cleanup()
    {
        m_service.reset();
        m_dir.reset();
    }

    void aCleanupRemovesExactlyThePlanThatWasReviewed()
    {
        const QString root = m_dir->filePath(QStringLiteral("scratch"));
        QVERIFY(writeFile(root + QStringLiteral("/old-a.tmp"), 40));
        QVERIFY(writeFile(root + QStringLiteral("/sub/old-b.tmp"), 60));
        QVERIFY(writeFile(root + QStringLiteral("/old-keep.log"), 60));
        QVERIFY(writeFile(root + QStringLiteral("/new.tmp"), 1));

        NewJobDialog dialog(m_service.get());
        JobArguments arguments{{root}, {}};
        arguments.options.olderThanDays = 30;
        arguments.options.patterns = {QStringLiteral("*.tmp")};
        dialog.setJob(QStringLiteral("cleanup"), arguments);
        QCOMPARE(dialog.kindKey(), QStringLiteral("cleanup"));
        QCOMPARE(dialog.arguments().options.patterns, arguments.options.patterns);
        auto *queue = dialog.findChild<QPushButton *>(QStringLiteral("queueButton"));
        QVERIFY(!queue->isEnabled()); // nothing queued before a review
        QVERIFY(reviewNow(dialog));
        QVERIFY(queue->isEnabled());
        const QString review = dialog.reviewText();
        QVERIFY2(review.contains(QLatin1String("old-a.tmp")), qPrintable(review));
        QVERIFY2(review.contains(QLatin1String("old-b.tmp")), qPrintable(review));
        QVERIFY(!review.contains(QLatin1String("new.tmp")));
        QVERIFY(!review.contains(QLatin1String("old-keep.log")));

        // Grown old after the review: not in the plan, so not removed.
        QVERIFY(writeFile(root + QStringLiteral("/late.tmp"), 45));
        QSignalSpy queued(m_service.get(), &JobQueueService::enqueued);
        dialog.accept();
        QVERIFY(queued.wait(5000));
        const qint64 id = queued.first().first().toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(m_service->job(id) && isFinished(m_service->job(id)->state),
                                 20'000);
        QCOMPARE(m_service->job(id)->state, JobState::Succeeded);
        QVERIFY(!QFile::exists(root + QStringLiteral("/old-a.tmp")));
        QVERIFY(!QFile::exists(root + QStringLiteral("/sub/old-b.tmp")));
        QVERIFY(QFile::exists(root + QStringLiteral("/late.tmp")));
        QVERIFY(QFile::exists(root + QStringLiteral("/new.tmp")));
        QVERIFY(QFile::exists(root + QStringLiteral("/old-keep.log")));
        // To the trash, not unlinked.
        QCOMPARE(QDir(qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/Trash/files"))
                     .entryList(QDir::Files)
                     .size(),
                 2);
    }

    void anArchiveGoesIntoTheFolderGivenAndAHostsNeedsOne()
    {
        const QString root = m_dir->filePath(QStringLiteral("imports"));
        const QString vault = m_dir->filePath(QStringLiteral("vault"));
        QVERIFY(QDir().mkpath(vault));
        QVERIFY(writeFile(root + QStringLiteral("/old.npz"), 40));
        QVERIFY(writeFile(root + QStringLiteral("/new.npz"), 1));

        // A host's folder: the form asks where on this machine the archive goes.
        NewJobDialog dialog(m_service.get());
        JobArguments arguments{{QStringLiteral("gpu-1:/data/imports")}, {}};
        arguments.options.olderThanDays = 30;
        dialog.setJob(QStringLiteral("archive"), arguments);
        QVERIFY(!reviewNow(dialog));
        const QString asked = dialog.findChild<QLabel *>(QStringLiteral("reviewState"))->text();
        QVERIFY2(asked.contains(QLatin1String("Archive into")), qPrintable(asked));

        // This machine's folder, into the folder given (not ROOT/archives).
        arguments.words = {root, vault};
        dialog.setJob(QStringLiteral("archive"), arguments);
        QCOMPARE(dialog.arguments().words, arguments.words);
        QVERIFY(reviewNow(dialog));
        const QString review = dialog.reviewText();
        QVERIFY2(review.contains(vault + QStringLiteral("/imports-")), qPrintable(review));
        QVERIFY(review.contains(QLatin1String("old.npz")));
        QVERIFY(!review.contains(QLatin1String("new.npz")));
        QSignalSpy queued(m_service.get(), &JobQueueService::enqueued);
        dialog.accept();
        QVERIFY(queued.wait(5000));
        const qint64 id = queued.first().first().toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(m_service->job(id) && isFinished(m_service->job(id)->state),
                                 20'000);
        QCOMPARE(m_service->job(id)->state, JobState::Succeeded);
        QCOMPARE(QDir(vault).entryList({QStringLiteral("imports-*.tar.zst")}).size(), 1);
        QVERIFY(!QDir(root + QStringLiteral("/archives")).exists());
        QVERIFY(!QFile::exists(root + QStringLiteral("/old.npz")));
        QVERIFY(QFile::exists(root + QStringLiteral("/new.npz")));
    }

    void logRetentionDeletesThePlannedLinesOfTheEmbeddedTable()
    {
        // The queue's embedded logs database, beside its jobs.sqlite: three lines older
        // than 48 hours, two newer.
        SqlLocation location;
        location.path = m_dir->filePath(QStringLiteral("logs.sqlite"));
        const qint64 now = logTimeUs(QDateTime::currentDateTimeUtc());
        {
            LogStore store(QStringLiteral("newjob-logs"));
            QString error;
            QVERIFY2(store.open(location, &error, true), qPrintable(error));
            QList<LogLine> lines;
            for (int hoursAgo : {200, 100, 50, 47, 1}) {
                LogLine line;
                line.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                line.timeUs = now - qint64(hoursAgo) * 3'600'000'000LL;
                line.sourceType = QStringLiteral("worker");
                line.sourceId = QStringLiteral("gpu-1");
                line.level = QStringLiteral("INFO");
                line.message = QStringLiteral("%1 hours ago").arg(hoursAgo);
                lines << line;
            }
            QCOMPARE(store.insert(lines, &error), 5);
        }
        NewJobDialog dialog(m_service.get());
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("logs-retention")));
        QCOMPARE(dialog.kindKey(), QStringLiteral("logs-retention"));
        auto *hours = dialog.findChild<QSpinBox *>(QStringLiteral("retentionHours"));
        QVERIFY(hours->isVisibleTo(&dialog));
        QCOMPARE(hours->value(), 48);
        QCOMPARE(dialog.arguments().options.database, QString()); // the embedded file
        QVERIFY(reviewNow(dialog));
        const QString review = dialog.reviewText();
        QVERIFY2(review.contains(QLatin1String("Delete 3 log line")), qPrintable(review));

        QSignalSpy queued(m_service.get(), &JobQueueService::enqueued);
        dialog.accept();
        QVERIFY(queued.wait(5000));
        const qint64 id = queued.first().first().toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(m_service->job(id) && isFinished(m_service->job(id)->state),
                                 20'000);
        QCOMPARE(m_service->job(id)->state, JobState::Succeeded);
        LogStore store(QStringLiteral("newjob-logs-after"));
        QString error;
        QVERIFY(store.open(location, &error));
        const std::optional<QList<LogLine>> left =
            store.page({}, std::nullopt, LogDirection::Older, 100, &error);
        QVERIFY2(left, qPrintable(error));
        QCOMPARE(left->size(), 2);
        QCOMPARE(left->at(0).message, QStringLiteral("1 hours ago"));
        QCOMPARE(left->at(1).message, QStringLiteral("47 hours ago"));
    }

    void anOrphanPlanIsCarriedOutFromItsForm()
    {
        // Every kind of the list has its own form, in the same place.
        NewJobDialog dialog(m_service.get());
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kind"));
        auto *forms = dialog.findChild<QStackedWidget *>();
        QVERIFY(forms);
        QCOMPARE(forms->count(), kind->count());
        for (int i = 0; i < kind->count(); ++i)
            QCOMPARE(forms->widget(i)->objectName(), kind->itemData(i).toString() + u"Form");
        // A plan of three orphans in a folder, referenced keys in a file.
        const QString store = m_dir->filePath(QStringLiteral("store"));
        for (const char *name : {"keep/a.bin", "keep/b.bin", "o/1.bin", "o/2.bin", "o/3.bin"})
            QVERIFY(writeFile(store + u'/' + QLatin1String(name), 40));
        const QString refs = m_dir->filePath(QStringLiteral("refs.txt"));
        {
            QFile file(refs);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("keep/a.bin\nkeep/b.bin\n");
        }
        ReferenceSource source;
        source.kind = ReferenceSource::Kind::File;
        source.file = refs;
        KeySet referenced;
        QString error;
        QVERIFY(readReferences(source, &referenced, &error));
        ObjectList listed;
        ObjectListingStats stats;
        const std::optional<SyncEndpoint> location = SyncEndpoint::parse(store, &error);
        QVERIFY(listObjects(
            *location,
            [&listed](QByteArrayView key, qint64 bytes, qint64 ms) { listed.add(key, bytes, ms); },
            {}, &stats, &error));
        const OrphanScan scan = compareKeys(listed, referenced, {});
        const QString plan = m_dir->filePath(QStringLiteral("plan.csv"));
        QCOMPARE(writeOrphanPlan(plan, *location, source, {}, listed, scan), QString());

        kind->setCurrentIndex(kind->findData(QStringLiteral("orphans-clean")));
        auto *planField = dialog.findChild<QLineEdit *>(QStringLiteral("orphansPlan"));
        QVERIFY(planField->isVisibleTo(&dialog));
        planField->setText(plan);
        dialog.findChild<QSpinBox *>(QStringLiteral("orphansMaxObjects"))->setValue(2);
        // A cap that does not read is refused, never taken for none.
        auto *bytes = dialog.findChild<QLineEdit *>(QStringLiteral("orphansMaxBytes"));
        bytes->setText(QStringLiteral("50OG"));
        QVERIFY(!reviewNow(dialog));
        bytes->setText(QStringLiteral("1G"));
        QVERIFY(reviewNow(dialog));
        const QString review = dialog.reviewText();
        QVERIFY2(review.contains(QLatin1String("Move 2 object")), qPrintable(review));
        QSignalSpy queued(m_service.get(), &JobQueueService::enqueued);
        dialog.accept();
        QVERIFY(queued.wait(5000));
        const qint64 id = queued.first().first().toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(m_service->job(id) && isFinished(m_service->job(id)->state),
                                 20'000);
        QCOMPARE(m_service->job(id)->state, JobState::Succeeded);
        QCOMPARE(QDir(store + QStringLiteral("/o")).entryList(QDir::Files).size(), 1);
        QCOMPARE(QDir(store + QStringLiteral("/keep")).entryList(QDir::Files).size(), 2);
    }

    void aLifecycleRuleIsScheduledFromItsForm()
    {
        const QString store = m_dir->filePath(QStringLiteral("lifecycle-store"));
        for (const char *name : {"keep/a.bin", "o/1.bin", "o/2.bin"})
            QVERIFY(writeFile(store + u'/' + QLatin1String(name), 40));
        const QString refs = m_dir->filePath(QStringLiteral("lifecycle-refs.txt"));
        {
            QFile file(refs);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("keep/a.bin\n");
        }
        NewJobDialog dialog(m_service.get());
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("orphans-lifecycle")));
        auto *location = dialog.findChild<QLineEdit *>(QStringLiteral("lifecycleLocation"));
        QVERIFY(location->isVisibleTo(&dialog));
        location->setText(store);
        // Never scanned: no rule, so nothing to review.
        QVERIFY(!reviewNow(dialog));
        const QString refused = dialog.findChild<QLabel *>(QStringLiteral("reviewState"))->text();
        QVERIFY2(refused.contains(QLatin1String("has not been scanned")), qPrintable(refused));
        // A scan made the rule; the job scans with it, minimum age 0 and share limit 90 %.
        OrphanScanRequest scan;
        QString error;
        scan.location = *SyncEndpoint::parse(store, &error);
        scan.source.kind = ReferenceSource::Kind::File;
        scan.source.file = refs;
        scan.options.minAgeDays = 0;
        scan.maxShare = 0.9;
        scan.planFolder = m_dir->filePath(QStringLiteral("plans"));
        scan.historyPath = m_service->environment().historyPath;
        QVERIFY(runOrphanScan(scan, {}).ok());
        auto *scanOnly = dialog.findChild<QCheckBox *>(QStringLiteral("lifecycleScanOnly"));
        scanOnly->setChecked(true);
        QVERIFY(!dialog.findChild<QSpinBox *>(QStringLiteral("lifecycleMaxObjects"))->isEnabled());
        QVERIFY(reviewNow(dialog));
        QVERIFY2(dialog.reviewText().contains(QLatin1String("Scan only")),
                 qPrintable(dialog.reviewText()));
        scanOnly->setChecked(false);
        QVERIFY(reviewNow(dialog));
        const QString review = dialog.reviewText();
        QVERIFY2(review.contains(refs) && review.contains(QLatin1String("90.0")),
                 qPrintable(review));
        QSignalSpy queued(m_service.get(), &JobQueueService::enqueued);
        dialog.accept();
        QVERIFY(queued.wait(5000));
        const qint64 id = queued.first().first().toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(m_service->job(id) && isFinished(m_service->job(id)->state),
                                 20'000);
        QCOMPARE(m_service->job(id)->state, JobState::Succeeded);
        QCOMPARE(QDir(store + QStringLiteral("/o")).entryList(QDir::Files).size(), 0);
        QCOMPARE(QDir(store + QStringLiteral("/keep")).entryList(QDir::Files).size(), 1);
    }

    void aLocationListingIsKeptInTheHistory()
    {
        // A backup folder of three files, the newest written a day ago: the listing job
        // keeps its size and newest object, as the Stale backup alert reads them.
        const QString store = m_dir->filePath(QStringLiteral("listed-store"));
        for (const char *name : {"models/a.bin", "models/b.bin", "c.bin"})
            QVERIFY(writeFile(store + u'/' + QLatin1String(name), 1));
        NewJobDialog dialog(m_service.get());
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("storage-du")));
        auto *location = dialog.findChild<QLineEdit *>(QStringLiteral("listingLocation"));
        QVERIFY(location->isVisibleTo(&dialog));
        location->setText(store);
        QVERIFY(reviewNow(dialog));
        QSignalSpy queued(m_service.get(), &JobQueueService::enqueued);
        dialog.accept();
        QVERIFY(queued.wait(5000));
        const qint64 id = queued.first().first().toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(m_service->job(id) && isFinished(m_service->job(id)->state),
                                 20'000);
        QCOMPARE(m_service->job(id)->state, JobState::Succeeded);
        const auto listings = [this] {
            HistoryStore history;
            QString error;
            if (!history.open(m_service->environment().historyPath, &error))
                return QList<LocationScan>();
            return LocationScanStore(history.database()).latestOfAnyKind(&error);
        };
        QList<LocationScan> scans = listings();
        const auto listed = std::find_if(scans.cbegin(), scans.cend(), [&](const LocationScan &s) {
            return s.location == store && !s.isOrphanScan();
        });
        QVERIFY(listed != scans.cend());
        QCOMPARE(listed->listedObjects, 3);
        QCOMPARE(listed->listedBytes, 3 * 12); // "sample data\n"
        QVERIFY(listed->newestMs > 0);
        QVERIFY(listed->newestMs < QDateTime::currentMSecsSinceEpoch() - 20 * 3600 * 1000LL);

        // A location that is not there: the job fails and keeps nothing.
        const QString gone = m_dir->filePath(QStringLiteral("no-such-store"));
        dialog.setJob(QStringLiteral("storage-du"), {{gone}, {}});
        QVERIFY(reviewNow(dialog));
        queued.clear();
        dialog.accept();
        QVERIFY(queued.wait(5000));
        const qint64 failing = queued.first().first().toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_service->job(failing) && isFinished(m_service->job(failing)->state), 20'000);
        QCOMPARE(m_service->job(failing)->state, JobState::Failed);
        QVERIFY2(m_service->job(failing)->error.contains(QLatin1String("the listing failed")),
                 qPrintable(m_service->job(failing)->error));
        scans = listings();
        QVERIFY(!scans.isEmpty());
        QVERIFY(std::none_of(scans.cbegin(), scans.cend(),
                             [&](const LocationScan &s) { return s.location == gone; }));
    }

    void aChangedFormMustBeReviewedAgain()
    {
        NewJobDialog dialog(m_service.get());
        dialog.setJob(QStringLiteral("probe"), {{QStringLiteral("gpu-1")}, {}});
        QVERIFY(reviewNow(dialog));
        QVERIFY(dialog.isReviewed());
        dialog.findChild<QComboBox *>(QStringLiteral("probeHost"))->setCurrentIndex(0);
        QVERIFY(!dialog.isReviewed());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("queueButton"))->isEnabled());
    }

    void theSyncFormRefusesExternalStorageThatIsNotMounted()
    {
        const QString source = m_dir->filePath(QStringLiteral("games"));
        QVERIFY(writeFile(source + QStringLiteral("/g1.db"), 1));
        const QString drive = m_dir->filePath(QStringLiteral("drive"));
        QVERIFY(QDir().mkpath(drive));
        JobEnvironment environment;
        environment.config = configOf(QStringLiteral("sync_routing:\n  allowed_external_storage:\n"
                                                     "  - host: mac-studio\n    path: %1\n"
                                                     "hosts:\n  mac-studio:\n"
                                                     "    ssh_host: mac.example.invalid\n")
                                          .arg(drive));
        QVERIFY(environment.config);
        m_service->setEnvironment(environment);

        NewJobDialog dialog(m_service.get());
        // The config's places are offered.
        auto *destination = dialog.findChild<QComboBox *>(QStringLiteral("syncDestination"));
        QVERIFY(destination->findText(QStringLiteral("mac-studio:") + drive) >= 0);
        dialog.setJob(QStringLiteral("sync"), {{source, drive}, {}});
        QVERIFY(!reviewNow(dialog));
        const QString state = dialog.findChild<QLabel *>(QStringLiteral("reviewState"))->text();
        QVERIFY2(state.contains(QLatin1String("not mounted")), qPrintable(state));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("queueButton"))->isEnabled());
        dialog.accept();
        QTest::qWait(300);
        QVERIFY(m_service->jobs().isEmpty());

        // Into a plain folder the dry run shows what it would copy, and it is queued.
        dialog.setJob(QStringLiteral("sync"),
                      {{source, m_dir->filePath(QStringLiteral("copy"))}, {}});
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("copy"))));
        QVERIFY(reviewNow(dialog));
        QVERIFY2(dialog.reviewText().contains(QLatin1String("to copy")),
                 qPrintable(dialog.reviewText()));
        QSignalSpy queued(m_service.get(), &JobQueueService::enqueued);
        dialog.accept();
        QVERIFY(queued.wait(5000));
    }

    void theRoutingsReceiversAreSuggestedFirst()
    {
        JobEnvironment environment;
        environment.config =
            configOf(QStringLiteral("hosts:\n"
                                    "  gpu-1:\n    ssh_host: gpu1.invalid\n"
                                    "    status: ready\n"
                                    "    storage_paths:\n      games: /data/games\n"
                                    "  hub:\n    ssh_host: hub.invalid\n"
                                    "    status: ready\n"
                                    "    storage_paths:\n      games: /srv/games\n"));
        QVERIFY(environment.config);
        m_service->setEnvironment(environment);
        NewJobDialog dialog(m_service.get());
        dialog.setJob(QStringLiteral("sync"),
                      {{QStringLiteral("gpu-1:/data/games"), QString()}, {}});
        auto *destination = dialog.findChild<QComboBox *>(QStringLiteral("syncDestination"));
        QCOMPARE(destination->itemText(0), QStringLiteral("hub:/srv/games"));
        QVERIFY(destination->itemData(0, Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("receiver")));
    }

    void aDeletingSyncCannotBeScheduled()
    {
        const QString source = m_dir->filePath(QStringLiteral("a"));
        const QString target = m_dir->filePath(QStringLiteral("b"));
        QVERIFY(writeFile(source + QStringLiteral("/x"), 1));
        QVERIFY(QDir().mkpath(target));
        NewJobDialog dialog(m_service.get());
        JobArguments arguments{{source, target}, {}};
        arguments.options.deleting = true;
        arguments.options.maxDelete = 10;
        dialog.setJob(QStringLiteral("sync"), arguments);
        dialog.setScheduled(true);
        QVERIFY(!reviewNow(dialog));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("reviewState"))
                    ->text()
                    .contains(QLatin1String("cannot be scheduled")));
        // Once, now: its dry run is the plan, queued with it.
        dialog.setScheduled(false);
        QVERIFY(reviewNow(dialog));
        QSignalSpy queued(m_service.get(), &JobQueueService::enqueued);
        dialog.accept();
        QVERIFY(queued.wait(5000));
        QVERIFY(m_service->schedules().isEmpty());
    }

    void theSchedulesListKeepsItsScrollWhenTheQueueChanges()
    {
        SchedulesView view(m_service.get());
        view.resize(600, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (int i = 0; i < 40; ++i) {
            JobSchedule schedule;
            schedule.spec = probeJobSpec(QStringLiteral("gpu-%1").arg(i));
            schedule.dailyAtMinute = i;
            m_service->addSchedule(schedule);
        }
        QTRY_COMPARE(view.list()->topLevelItemCount(), 40);
        QScrollBar *bar = view.list()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        bar->setValue(bar->maximum() / 2);
        const int scrolled = bar->value();
        QVERIFY(scrolled > 0);
        // A new snapshot (one more schedule) rebuilds the list where it was.
        JobSchedule another;
        another.spec = probeJobSpec(QStringLiteral("gpu-last"));
        another.dailyAtMinute = 59;
        m_service->addSchedule(another);
        QTRY_COMPARE(view.list()->topLevelItemCount(), 41);
        QCOMPARE(bar->value(), scrolled);
    }

    void schedulesAreAddedEditedSwitchedAndRemoved()
    {
        SchedulesView view(m_service.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        {
            NewJobDialog dialog(m_service.get());
            dialog.setJob(QStringLiteral("probe"), {{QStringLiteral("gpu-1")}, {}});
            dialog.setScheduled(true);
            QVERIFY(reviewNow(dialog));
            QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("queueButton"))->text(),
                     QStringLiteral("&Schedule"));
            dialog.accept();
        }
        QTRY_COMPARE(m_service->schedules().size(), 1);
        QTRY_COMPARE(view.list()->topLevelItemCount(), 1);
        const JobSchedule added = m_service->schedules().constFirst();
        QCOMPARE(added.dailyAtMinute, 3 * 60);
        QCOMPARE(added.spec.source, QStringLiteral("gpu-1"));
        QVERIFY(view.list()
                    ->topLevelItem(0)
                    ->text(SchedulesView::WhenColumn)
                    .contains(QLatin1String("03:00")));

        // Edit: every 2 hours, catching up.
        {
            NewJobDialog dialog(m_service.get());
            dialog.editSchedule(added);
            dialog.findChild<QRadioButton *>(QStringLiteral("every"))->setChecked(true);
            const QList<QSpinBox *> spins = dialog.findChildren<QSpinBox *>();
            QComboBox *unit = nullptr;
            for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
                if (box->count() == 3 && box->itemText(1) == QLatin1String("hours"))
                    unit = box;
            }
            QVERIFY(unit);
            unit->setCurrentIndex(1);
            for (QSpinBox *spin : spins) {
                if (spin->isEnabled() && spin->suffix().isEmpty())
                    spin->setValue(2);
            }
            QVERIFY(reviewNow(dialog));
            dialog.accept();
        }
        QTRY_COMPARE(m_service->schedules().constFirst().everyMinutes, 120);
        {
            // A job the form cannot say is not replaced by another.
            JobSchedule replication = added;
            replication.spec.kind = kReplicationJobKind;
            NewJobDialog dialog(m_service.get());
            dialog.editSchedule(replication);
            dialog.review();
            QVERIFY(!dialog.isReviewing() && !dialog.isReviewed());
            QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("reviewButton"))->isEnabled());
        }
        QCOMPARE(m_service->schedules().size(), 1);
        QCOMPARE(m_service->schedules().constFirst().id, added.id);

        // Disable, then remove after confirming.
        QVERIFY(view.selectSchedule(added.id));
        view.toggleSelected();
        QTRY_VERIFY(!m_service->schedules().constFirst().enabled);
        QTRY_COMPARE(view.list()->topLevelItem(0)->checkState(SchedulesView::WhatColumn),
                     Qt::Unchecked);
        // Its box switches it back on.
        view.list()->topLevelItem(0)->setCheckState(SchedulesView::WhatColumn, Qt::Checked);
        QTRY_VERIFY(m_service->schedules().constFirst().enabled);
        QVERIFY(view.selectSchedule(added.id));
        view.removeSelected();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = view.findChild<QMessageBox *>(QStringLiteral("removeScheduleBox"))));
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
        QTRY_VERIFY(m_service->schedules().isEmpty());
        QTRY_COMPARE(view.list()->topLevelItemCount(), 0);
    }

    void aJobRunsAgainWithChangesAndFinishedJobsAreCleared()
    {
        m_service->setJobFunction(kProbeJobKind, [](JobContext &) {
            return JobOutcome::failed(QStringLiteral("host down"), false);
        });
        JobsPage page(m_service.get());
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy notified(m_service.get(), &JobQueueService::jobsFailed);
        JobNotifier notifier(m_service.get(), nullptr);
        QSignalSpy told(&notifier, &JobNotifier::notified);
        notifier.setEnabled(false);
        m_service->enqueue(probeJobSpec(QStringLiteral("gpu-7")));
        QTRY_VERIFY(!m_service->jobs().isEmpty() &&
                    m_service->jobs().constFirst().state == JobState::Failed);
        QTRY_VERIFY(notified.count() > 0);
        QCOMPARE(told.count(), 0); // switched off: no notification
        const qint64 id = m_service->jobs().constFirst().id;
        // Switched on again, the next failure is told.
        notifier.setEnabled(true);
        m_service->enqueue(probeJobSpec(QStringLiteral("gpu-8")));
        QTRY_COMPARE_WITH_TIMEOUT(told.count(), 1, 10'000);
        QVERIFY(told.first().first().value<JobNotification>().message.contains(
            QLatin1String("host down")));

        QTRY_VERIFY(page.selectJob(id));
        NewJobDialog *again = page.runAgainWithChanges();
        QVERIFY(again);
        QCOMPARE(again->kindKey(), QStringLiteral("probe"));
        QCOMPARE(again->arguments().words, QStringList{QStringLiteral("gpu-7")});
        again->reject();

        // The switch is the page's: it says so when toggled.
        QSignalSpy toggled(&page, &JobsPage::failureNotificationsToggled);
        page.findChild<QAction *>(QStringLiteral("actionNotifyFailures"))->toggle();
        QCOMPARE(toggled.count(), 1);

        page.clearFinished();
        QDialog *clear = nullptr;
        QTRY_VERIFY((clear = page.findChild<QDialog *>(QStringLiteral("clearFinishedDialog"))));
        QVERIFY(clear->findChild<QRadioButton *>(QStringLiteral("clearSelected"))->isChecked());
        clear->findChild<QPushButton *>(QStringLiteral("clearButton"))->click();
        QTRY_VERIFY(!m_service->job(id));
    }

private:
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<JobQueueService> m_service;
};

QTEST_MAIN(TestNewJobDialog)
#include "tst_newjobdialog.moc"
