// The Health page: the grid of machines × saved checks coloured by state after a real
// pass of the session's scheduler, a cell's evidence and recent results from the history,
// the checks editor (a problem named, Run Now before saving, Save) and the import of a
// checks file.

#include "app/health/healthchecksdialog.h"
#include "app/health/healthgridmodel.h"
#include "app/health/healthpage.h"
#include "core/config/fleetconfig.h"
#include "core/health/daemons.h"
#include "core/health/healthcheckset.h"
#include "core/health/healthscheduler.h"
#include "core/settings/settings.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace qm;

namespace {

SavedHealthCheck check(HealthCheckKind kind, const QString &name)
{
    SavedHealthCheck saved;
    saved.check.kind = kind;
    saved.check.name = name;
    return saved;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

} // namespace

class TestHealthPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void gridEvidenceEditorAndImport()
    {
        Settings settings(path(QStringLiteral("settings.ini")));
        HealthScheduler scheduler;
        scheduler.setHistoryPath(path(QStringLiteral("history.sqlite")));
        scheduler.setChecks(settings.healthChecks());
        connect(&settings, &Settings::healthChecksChanged, &scheduler,
                [&] { scheduler.setChecks(settings.healthChecks()); });
        HealthPage page(&settings, &scheduler);
        page.setHistoryPath(path(QStringLiteral("history.sqlite")));
        page.resize(1000, 700);
        page.show();
        // No check yet: the page says how to add one.
        QCOMPARE(page.findChild<QStackedWidget *>()->currentIndex(), 0);

        QVERIFY(write(path(QStringLiteral("sync.log")),
                      QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH:mm:ss").toLatin1() +
                          " submission successful\n"));
        SavedHealthCheck sync = check(HealthCheckKind::LogSuccess, QStringLiteral("sync"));
        sync.check.file = path(QStringLiteral("sync.log"));
        sync.check.pattern = QStringLiteral("submission successful");
        SavedHealthCheck daemon = check(HealthCheckKind::Process, QStringLiteral("backup daemon"));
        daemon.check.pattern = QStringLiteral("qm_no_such_daemon_[0-9]");
        settings.setHealthChecks({sync, daemon});
        QCOMPARE(page.findChild<QStackedWidget *>()->currentIndex(), 1);
        HealthGridModel *model = page.model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->columnCount(), 2);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("not run yet"));

        QSignalSpy finished(&scheduler, &HealthScheduler::runFinished);
        scheduler.runNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QTRY_COMPARE(model->index(0, 0).data().toString(), QStringLiteral("OK"));
        QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("Critical"));
        QVERIFY2(page.summaryText().contains(QStringLiteral("1 critical")),
                 qPrintable(page.summaryText()));
        page.grid()->setCurrentIndex(model->index(0, 1));
        QVERIFY2(page.detailsText().contains(QStringLiteral("no process matches")),
                 qPrintable(page.detailsText()));
        // A second pass: the cell's recent results come from the history.
        scheduler.runNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        page.grid()->setCurrentIndex(model->index(0, 0));
        QTRY_VERIFY2(page.detailsText().contains(QStringLiteral("Recent results")),
                     qPrintable(page.detailsText()));
        QVERIFY(page.detailsText().contains(QStringLiteral("submission successful")));

        // The editor: a clashing name is named as the problem; Run Now shows the result
        // of the check as set, before anything is saved; Save keeps it.
        HealthChecksDialog *editor = page.openChecksEditor();
        editor->addCheck();
        auto *name = editor->findChild<QLineEdit *>(QStringLiteral("checkName"));
        name->setText(QStringLiteral("sync"));
        Q_EMIT name->textEdited(name->text());
        QVERIFY2(editor->problem().contains(QStringLiteral("a second check")),
                 qPrintable(editor->problem()));
        QVERIFY(editor->findChild<QLabel *>(QStringLiteral("checkProblem"))->isVisible());
        name->setText(QStringLiteral("rpc ready"));
        Q_EMIT name->textEdited(name->text());
        auto *kind = editor->findChild<QComboBox *>(QStringLiteral("checkKind"));
        kind->setCurrentIndex(kind->findData(int(HealthCheckKind::Command)));
        auto *command = editor->findChild<QLineEdit *>(QStringLiteral("checkCommand"));
        QVERIFY(command->isVisibleTo(editor));
        QVERIFY(!editor->findChild<QLineEdit *>(QStringLiteral("checkFile"))->isVisibleTo(editor));
        command->setText(QStringLiteral("sh -c \"echo ready; exit 0\""));
        Q_EMIT command->textEdited(command->text());
        QVERIFY2(editor->problem().isEmpty(), qPrintable(editor->problem()));
        QSignalSpy ran(editor, &HealthChecksDialog::ranNow);
        editor->runNow();
        QTRY_COMPARE_WITH_TIMEOUT(ran.size(), 1, 20000);
        QVERIFY2(editor->runResultText().contains(QStringLiteral("OK")) &&
                     editor->runResultText().contains(QStringLiteral("ready")),
                 qPrintable(editor->runResultText()));
        QCOMPARE(settings.healthChecks().size(), 2); // nothing saved yet
        editor->accept();
        QCOMPARE(settings.healthChecks().size(), 3);
        QCOMPARE(settings.healthChecks().last().check.command,
                 (QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                              QStringLiteral("echo ready; exit 0")}));
        QCOMPARE(model->columnCount(), 3);

        // Import: a broken file changes nothing and says why; a good one adds its checks.
        QSignalSpy messages(&page, &HealthPage::statusMessage);
        QVERIFY(write(path(QStringLiteral("bad.yaml")), "checks:\n  - {name: x, kind: nope}\n"));
        QSignalSpy imported(&page, &HealthPage::checksImported);
        page.importChecks(path(QStringLiteral("bad.yaml")));
        QTRY_COMPARE(imported.size(), 1);
        QVERIFY(!imported.last().first().toBool());
        QVERIFY(messages.last().first().toString().contains(QStringLiteral("nope")));
        QVERIFY(
            write(path(QStringLiteral("good.yaml")),
                  "checks:\n  - {name: data fresh, kind: freshness, dir: " + m_dir.path().toUtf8() +
                      ", max_age_hours: 1}\n"
                      "daemons:\n  - {name: miner, pattern: miner.py, start: [miner]}\n"));
        page.importChecks(path(QStringLiteral("good.yaml")));
        QTRY_COMPARE(imported.size(), 2);
        QVERIFY(imported.last().first().toBool());
        QCOMPARE(settings.healthChecks().size(), 4);
        // Its daemons too.
        QCOMPARE(settings.daemons().size(), 1);
        QCOMPARE(settings.daemons().first().name, QStringLiteral("miner"));
        QCOMPARE(model->columnCount(), 4);

        // Rotate… for a size check's log on this machine: a rotation job to review.
        SavedHealthCheck size = check(HealthCheckKind::FileSize, QStringLiteral("log size"));
        size.check.file = path(QStringLiteral("sync.log"));
        size.check.maxMegabytes = 100;
        QList<SavedHealthCheck> all = settings.healthChecks();
        settings.setHealthChecks(all << size);
        auto *rotate = page.findChild<QPushButton *>(QStringLiteral("rotateButton"));
        page.grid()->setCurrentIndex(model->index(0, 0)); // a success check: nothing to rotate
        QVERIFY(!rotate->isEnabled());
        page.grid()->setCurrentIndex(model->indexOf(QString(), QStringLiteral("log size")));
        QVERIFY(rotate->isEnabled());
        QSignalSpy requested(&page, &HealthPage::rotateRequested);
        rotate->click();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toString(), path(QStringLiteral("sync.log")));
        QCOMPARE(requested.first().at(1).toDouble(), 100.0);
        // On a host the log is rotated there: HOST:/path, as the job takes it.
        FleetConfig config;
        FleetHost gpu;
        gpu.name = QStringLiteral("gpu-1");
        gpu.sshHost = QStringLiteral("gpu-1.invalid");
        config.hosts << gpu;
        page.setConfig(&config);
        SavedHealthCheck hostSize = check(HealthCheckKind::FileSize, QStringLiteral("host log"));
        hostSize.check.file = QStringLiteral("/var/log/sync.log");
        hostSize.check.maxMegabytes = 50;
        hostSize.hosts = {QStringLiteral("gpu-1")};
        all = settings.healthChecks();
        settings.setHealthChecks(all << hostSize);
        page.grid()->setCurrentIndex(
            model->indexOf(QStringLiteral("gpu-1"), QStringLiteral("host log")));
        QVERIFY(rotate->isEnabled());
        double limit = 0;
        QCOMPARE(page.rotatableLog(&limit), QStringLiteral("gpu-1:/var/log/sync.log"));
        QCOMPARE(limit, 50.0);
        page.setConfig(nullptr);

        // The daemons that should run: looked at when their tab is shown; Start queues a
        // daemon job (confirmed by a person; not asked here).
        DaemonSpec backupDaemon;
        backupDaemon.name = QStringLiteral("s3 backup");
        backupDaemon.pattern = QStringLiteral("[q]m_no_such_backup_daemon");
        backupDaemon.start = {QStringLiteral("sh"), path(QStringLiteral("backup.sh"))};
        settings.setDaemons({backupDaemon});
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("healthTabs"));
        QSignalSpy read(&page, &HealthPage::daemonsRead);
        tabs->setCurrentIndex(1);
        QTRY_VERIFY(read.size() >= 1);
        QTreeWidget *daemons = page.daemonsView();
        QCOMPARE(daemons->topLevelItemCount(), 1);
        QCOMPARE(daemons->topLevelItem(0)->text(0), QStringLiteral("s3 backup"));
        QCOMPARE(daemons->topLevelItem(0)->text(2), QStringLiteral("stopped"));
        QSignalSpy action(&page, &HealthPage::daemonActionRequested);
        page.actOnSelectedDaemon(QStringLiteral("start"), false);
        QCOMPARE(action.size(), 1);
        QCOMPARE(action.first(), (QVariantList{QStringLiteral("local"), QStringLiteral("s3 backup"),
                                               QStringLiteral("start")}));
    }
};

QTEST_MAIN(TestHealthPage)
#include "tst_healthpage.moc"
