// The Storage page over real files: a scan of a folder against a file of keys shows its
// band, its figures and its plan by folder, keeps the scan in the history (the
// locations list) and remembers its rule; a reference test counts the keys; a share over
// the limit saves no plan and says so; a reference source that cannot be read stops the
// scan with its reason. Nothing is ever deleted by the page itself.

#include "app/storage/storagepage.h"
#include "core/alerts/alertrules.h"
#include "core/settings/settings.h"
#include "core/storage/locationusage.h"
#include "core/storage/orphanclean.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace qm;

namespace {

bool writeFile(const QString &path, qint64 bytes, int daysAgo)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray(bytes, 'x')) != bytes ||
        !file.flush())
        return false;
    return file.setFileTime(QDateTime::currentDateTimeUtc().addDays(-daysAgo),
                            QFileDevice::FileModificationTime);
}

} // namespace

class TestStoragePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aScanShowsItsBandAndPlanAndIsKept()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString store = dir.filePath(QStringLiteral("store"));
        QStringList referenced;
        for (int i = 0; i < 6; ++i) {
            referenced << QStringLiteral("models/kept-%1.bin").arg(i);
            QVERIFY(writeFile(store + u'/' + referenced.last(), 1000, 30));
        }
        QVERIFY(writeFile(store + QStringLiteral("/models/gone-1.bin"), 1000, 30));
        QVERIFY(writeFile(store + QStringLiteral("/games/gone-2.db"), 500, 30));
        QVERIFY(writeFile(store + QStringLiteral("/models/fresh.bin"), 10, 0));
        const QString refs = dir.filePath(QStringLiteral("refs.txt"));
        {
            QFile file(refs);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(referenced.join(u'\n').toUtf8());
        }
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        // Preferences: the gauges go to a textfile-collector folder after every scan.
        const QString textfiles = dir.filePath(QStringLiteral("textfiles"));
        QVERIFY(QDir().mkpath(textfiles));
        settings.setStorageTextfileDirectory(textfiles);
        StoragePage page(&settings);
        page.setHistoryPath(dir.filePath(QStringLiteral("history.sqlite")));
        page.setPlanFolder(dir.filePath(QStringLiteral("plans")));
        page.resize(1200, 800);
        page.show();
        QCOMPARE(page.locationsTable()->rowCount(), 0);
        page.findChild<QComboBox *>(QStringLiteral("location"))->setEditText(store);
        page.findChild<QComboBox *>(QStringLiteral("referenceKind"))->setCurrentIndex(1);
        page.findChild<QLineEdit *>(QStringLiteral("keysFile"))->setText(refs);
        auto *progress = page.findChild<QLabel *>(QStringLiteral("progress"));

        QSignalSpy finished(&page, &StoragePage::finished);
        page.testReferences();
        QVERIFY(finished.wait(20'000));
        QVERIFY2(progress->text().startsWith(QLatin1String("6 key")) &&
                     progress->text().contains(QLatin1String("e.g. models/kept-0.bin")),
                 qPrintable(progress->text()));

        page.scan();
        QVERIFY(finished.wait(20'000));
        // 1,500 of 7,510 bytes: 20.0 %, a warning.
        QVERIFY2(page.headline().startsWith(QLatin1String("warning: 20.0 % orphaned")),
                 qPrintable(page.headline()));
        auto *plan = page.findChild<QTreeWidget *>(QStringLiteral("plan"));
        // Every top-level folder by size, with its orphans.
        QCOMPARE(plan->topLevelItemCount(), 2);
        QCOMPARE(plan->topLevelItem(0)->text(0), QStringLiteral("models/"));
        QCOMPARE(plan->topLevelItem(0)->text(2), QStringLiteral("8")); // objects
        QCOMPARE(plan->topLevelItem(0)->text(4), QStringLiteral("1")); // orphans
        QCOMPARE(plan->topLevelItem(1)->text(0), QStringLiteral("games/"));
        QCOMPARE(plan->topLevelItem(1)->text(4), QStringLiteral("1"));
        QVERIFY(QFile::exists(page.planPath()));
        QFile gauges(textfiles + QStringLiteral("/quartermaster_storage.prom"));
        QVERIFY(gauges.open(QIODevice::ReadOnly));
        QVERIFY(gauges.readAll().contains("quartermaster_storage_orphan_bytes{location=\""));
        // Kept in the history: the list shows it; its rule is remembered.
        QCOMPARE(page.locationsTable()->rowCount(), 1);
        QCOMPARE(page.locationsTable()->item(0, 0)->text(), store);
        QCOMPARE(settings.storageScanRule(store).value(QStringLiteral("file")).toString(), refs);
        // Nothing was deleted.
        QVERIFY(QFile::exists(store + QStringLiteral("/models/gone-1.bin")));
        // Schedule… asks for a lifecycle job of the location just scanned.
        auto *schedule = page.findChild<QPushButton *>(QStringLiteral("scheduleButton"));
        QVERIFY(schedule->isEnabled());
        QSignalSpy scheduled(&page, &StoragePage::scheduleRequested);
        schedule->click();
        QCOMPARE(scheduled.size(), 1);
        QCOMPARE(scheduled.first().first().toString(), store);
        QVERIFY(scheduled.first().at(1).toBool()); // a lifecycle job: it has a rule

        // Cleaned up ten days ago (by the plan's own cleanup): the quarantine holds it;
        // Empty Quarantine… asks, then deletes it for good.
        const std::optional<OrphanPlan> saved = readOrphanPlan(page.planPath(), nullptr);
        QVERIFY(saved);
        OrphanCleanOptions cleaning;
        cleaning.execute = true;
        cleaning.nowMs = QDateTime::currentMSecsSinceEpoch() - 10 * 86'400'000LL;
        QVERIFY(cleanOrphans(*saved, cleaning).finished());
        QVERIFY(!QFile::exists(store + QStringLiteral("/models/gone-1.bin")));
        // The listing runs in a worker first: the question comes later, and is answered
        // from a timer (its own event loop runs meanwhile).
        QString asked;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&asked, &answer] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = box->text();
                answer.stop();
                box->button(QMessageBox::Yes)->click();
            }
        });
        answer.start();
        page.findChild<QPushButton *>(QStringLiteral("emptyQuarantineButton"))->click();
        QVERIFY(finished.wait(20'000));
        QVERIFY2(asked.contains(QLatin1String("Delete for good 2 objects")), qPrintable(asked));
        QVERIFY2(progress->text().contains(QLatin1String("Deleted 2 objects")),
                 qPrintable(progress->text()));
        QCOMPARE(QDir(store + QStringLiteral("/.quartermaster-quarantine"))
                     .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                     .size(),
                 0);
        QCOMPARE(QDir(store + QStringLiteral("/models")).entryList(QDir::Files).size(), 7);

        // Over the share limit: no plan, and why.
        QVERIFY(writeFile(store + QStringLiteral("/models/gone-3.bin"), 1000, 30));
        QVERIFY(writeFile(store + QStringLiteral("/games/gone-4.db"), 500, 30));
        for (QSpinBox *spin : page.findChildren<QSpinBox *>()) {
            if (spin->suffix() == QLatin1String(" %"))
                spin->setValue(10);
        }
        page.scan();
        QVERIFY(finished.wait(20'000));
        QVERIFY(page.planPath().isEmpty());
        bool saidWhy = false;
        for (const QLabel *label : page.findChildren<QLabel *>())
            saidWhy = saidWhy || label->text().contains(QLatin1String("No plan: "));
        QVERIFY(saidWhy);
        // Both scans in the location's trend, oldest first.
        const QVariantList trend =
            page.locationsTable()->item(0, 2)->data(Qt::UserRole + 2).toList();
        QCOMPARE(page.locationsTable()->rowCount(), 1);
        QCOMPARE(trend.size(), 2);
        QCOMPARE(trend.at(0).toLongLong(), 7510);

        // A backup, only listed (by the replication measurement): in the list with its
        // size, no orphan figures, and what it backs up once named so.
        const QString backup = dir.filePath(QStringLiteral("backup"));
        UsageCounter usage;
        usage.add("models/m.bin", 4000, QDateTime::currentMSecsSinceEpoch());
        usage.add("games/g.db", 96, QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(recordLocationScan(
                     dir.filePath(QStringLiteral("history.sqlite")),
                     LocationScan::listing(backup, QDateTime::currentMSecsSinceEpoch(), usage)),
                 QString());
        page.setBackupOf(backup, BackupLink{QStringLiteral("gpu-1"), DataKind::Models, backup});
        QTRY_COMPARE(page.locationsTable()->rowCount(), 2);
        QCOMPARE(settings.backupLinks().size(), 1);
        int backupRow = -1;
        for (int row = 0; row < 2; ++row) {
            if (page.locationsTable()->item(row, 0)->text() == backup)
                backupRow = row;
        }
        QVERIFY(backupRow >= 0);
        QCOMPARE(page.locationsTable()->item(backupRow, 1)->text(), QStringLiteral("4.0 KiB"));
        const auto header = [&page](const QString &title) {
            for (int column = 0; column < page.locationsTable()->columnCount(); ++column) {
                if (page.locationsTable()->horizontalHeaderItem(column)->text() == title)
                    return column;
            }
            return -1;
        };
        QCOMPARE(page.locationsTable()->item(backupRow, header(QStringLiteral("Share")))->text(),
                 QStringLiteral("—"));
        QCOMPARE(
            page.locationsTable()->item(backupRow, header(QStringLiteral("Backup of")))->text(),
            QStringLiteral("gpu-1 · models"));
        // Selected, it shows as its listing found it: its largest folders; no plan.
        auto *tree = page.findChild<QTreeWidget *>();
        page.locationsTable()->selectRow(backupRow);
        QVERIFY2(page.headline().startsWith(QLatin1String("Listed: 4.0 KiB")),
                 qPrintable(page.headline()));
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("models/"));
        QCOMPARE(tree->topLevelItem(1)->text(1), QStringLiteral("96 bytes"));
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("cleanUpButton"))->isEnabled());
        // The store, as the history has it: its last orphan scan (the one refused over the
        // share limit, so no plan for Clean Up…) and its folders.
        page.locationsTable()->selectRow(1 - backupRow);
        QVERIFY2(page.headline().contains(QLatin1String("orphaned")), qPrintable(page.headline()));
        bool asScanned = false;
        for (const QLabel *label : page.findChildren<QLabel *>())
            asScanned = asScanned || label->text().contains(QLatin1String("As scanned at"));
        QVERIFY(asScanned);
        QStringList folders;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            folders << tree->topLevelItem(i)->text(0);
        QVERIFY2(folders.contains(QLatin1String("models/")) &&
                     folders.contains(QLatin1String("games/")),
                 qPrintable(folders.join(u',')));
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("cleanUpButton"))->isEnabled());
        // The store was scanned twice: too few points for a growth.
        QCOMPARE(
            page.locationsTable()->item(1 - backupRow, header(QStringLiteral("Growth")))->text(),
            QStringLiteral("—"));
        // A location that grew 1 GB in 20 days, listed three times: its growth says so.
        const QString grower = dir.filePath(QStringLiteral("grower"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int step = 0; step < 3; ++step) {
            UsageFigures grown;
            grown.add(1'000'000'000 + qint64(step) * 500'000'000, now);
            QCOMPARE(
                recordLocationScan(
                    dir.filePath(QStringLiteral("history.sqlite")),
                    LocationScan::listing(grower, now - qint64(2 - step) * 10 * 86'400'000, grown)),
                QString());
        }
        page.refresh();
        QTRY_COMPARE(page.locationsTable()->rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            if (page.locationsTable()->item(row, 0)->text() != grower)
                continue;
            const QString growth =
                page.locationsTable()->item(row, header(QStringLiteral("Growth")))->text();
            // 50 MB a day (47.7 MiB).
            QVERIFY2(growth == QStringLiteral("+47.7 MiB/day"), qPrintable(growth));
        }
        // With a limit (Preferences), the cell says when it is reached: 2 GB more at 50 MB
        // a day.
        const auto growthOf = [&] {
            for (int row = 0; row < page.locationsTable()->rowCount(); ++row) {
                if (page.locationsTable()->item(row, 0)->text() == grower)
                    return page.locationsTable()
                        ->item(row, header(QStringLiteral("Growth")))
                        ->text();
            }
            return QString();
        };
        AlertRules rules = settings.alertRules();
        rules.locationLimits = {{grower, 4'000'000'000}};
        QVERIFY(settings.setAlertRules(rules));
        QTRY_COMPARE(growthOf(), QStringLiteral("+47.7 MiB/day · limit in 40 day(s)"));
        rules.locationLimits = {{grower, 2'000'000'000}};
        QVERIFY(settings.setAlertRules(rules));
        QTRY_COMPARE(growthOf(), QStringLiteral("+47.7 MiB/day · over its limit"));
        page.setBackupOf(backup, std::nullopt);
        QVERIFY(settings.backupLinks().isEmpty());

        // A reference file that is not there: the scan stops, and says why.
        QVERIFY(QFile::remove(refs));
        page.scan();
        QVERIFY(finished.wait(20'000));
        QCOMPARE(page.headline(), QStringLiteral("Scan stopped"));
        // The store keeps the rule of its last whole scan; a location only listed has none:
        // its Schedule… asks for a listing job, which keeps its size (and a backup's age)
        // fresh. One the history does not know has neither.
        QVERIFY(schedule->isEnabled());
        page.findChild<QComboBox *>(QStringLiteral("location"))->setEditText(backup);
        QVERIFY(schedule->isEnabled());
        QVERIFY2(schedule->toolTip().contains(QLatin1String("listing job")),
                 qPrintable(schedule->toolTip()));
        scheduled.clear();
        schedule->click();
        QCOMPARE(scheduled.size(), 1);
        QCOMPARE(scheduled.first().first().toString(), backup);
        QVERIFY(!scheduled.first().at(1).toBool());
        page.findChild<QComboBox *>(QStringLiteral("location"))
            ->setEditText(dir.filePath(QStringLiteral("never-seen")));
        QVERIFY(!schedule->isEnabled());
        QVERIFY2(progress->text().contains(QLatin1String("refs.txt")),
                 qPrintable(progress->text()));
    }
};

QTEST_MAIN(TestStoragePage)
#include "tst_storagepage.moc"
