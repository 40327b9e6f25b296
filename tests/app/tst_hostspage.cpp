// The Hosts page, driven as a user does, under QT_QPA_PLATFORM=offscreen; one host is
// a real sshd on 127.0.0.1, the others have reserved .invalid names.
#include "../integration/testservers.h"
#include "app/hosts/hostprobesmodel.h"
#include "app/hosts/hostsettingsdialog.h"
#include "app/hosts/hostspage.h"
#include "app/hosts/livehosts.h"
#include "core/config/configcheck.h"
#include "core/fleet/probescheduler.h"
#include "core/health/daemons.h"
#include "core/history/historystore.h"
#include "core/settings/settings.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

#include <pwd.h>

using namespace qm;

namespace {

QModelIndex findHost(QAbstractItemModel *model, const QString &name, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(HostProbesModel::HostNameRole).toString() == name)
            return index;
        const QModelIndex child = findHost(model, name, index);
        if (child.isValid())
            return child;
    }
    return {};
}

#ifdef Q_OS_LINUX
/// The command lines of running processes that contain `text` (ssh's master renames
/// itself "ssh: CONTROL_PATH [mux]").
QStringList processesMentioning(const QString &text)
{
    QStringList found;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString line = QString::fromLocal8Bit(file.readAll().replace('\0', ' '));
        if (line.contains(text))
            found << line;
    }
    return found;
}
#endif

} // namespace

class TestHostsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    // Each test starts without a history (the test-mode one, ~/.qttest): what an earlier
    // run recorded would be shown as the hosts' remembered state.
    void init()
    {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(historyDatabasePath() + suffix);
    }

    void invalidHostsAreNotProbedUntilAsked()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        HostsPage page(&settings);
        QAbstractItemModelTester tester(page.model());
        const CheckedFile checked =
            checkConfigText(QStringLiteral("fleet.yaml"),
                            "hosts:\n"
                            "  vast-1: {ssh_host: a.example.invalid, role: gpu_selfplay}\n"
                            "  vast-2: {ssh_host: b.example.invalid, role: gpu_selfplay}\n"
                            "  mac-studio: {ssh_host: c.example.invalid, role: coordinator}\n");
        QVERIFY(checked.config);
        page.setConfig(dir.filePath(QStringLiteral("fleet.yaml")), checked.config.get());
        page.show();
        QCOMPARE(page.model()->rowCount(), 4); // this machine + 3

        auto *periodic = page.findChild<QCheckBox *>(QStringLiteral("periodicProbing"));
        QVERIFY(periodic && periodic->isEnabled());
        QVERIFY(!periodic->isChecked()); // a config never seen: probing is off
        QVERIFY(!page.scheduler()->isEnabled());
        QTest::qWait(1500);
        QVERIFY(page.model()->state(QStringLiteral("vast-1")).probe.name.isEmpty());

        // Grouping by name prefix puts the two vast hosts under one group.
        auto *grouping = page.findChild<QComboBox *>(QStringLiteral("hostsGrouping"));
        grouping->setCurrentIndex(2);
        auto *view = page.findChild<QTreeView *>(QStringLiteral("hostsView"));
        const QModelIndex vast = findHost(view->model(), QStringLiteral("vast-2"));
        QVERIFY(vast.isValid());
        QVERIFY(vast.parent().data().toString().startsWith(QStringLiteral("vast- (2")));

        // Probe Now on one host: it is reported unreachable, without a lookup.
        view->setCurrentIndex(vast);
        QSignalSpy finished(page.scheduler(), &ProbeScheduler::probeFinished);
        QSignalSpy messages(&page, &HostsPage::statusMessage);
        page.findChild<QPushButton *>(QStringLiteral("probeNowButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            !page.model()->state(QStringLiteral("vast-2")).probe.name.isEmpty(), 10000);
        QCOMPARE(page.model()->state(QStringLiteral("vast-2")).probe.status,
                 HostStatus::Unreachable);
        // A probe the user asked for tells its outcome in the status bar.
        QVERIFY(!messages.isEmpty());
        QCOMPARE(messages.last().first().toString(), QStringLiteral("vast-2: unreachable"));
        QCOMPARE(vast.siblingAtColumn(HostProbesModel::Reachability).data().toString(),
                 QStringLiteral("unreachable"));
        QCOMPARE(vast.siblingAtColumn(HostProbesModel::Daemons).data().toString(),
                 QStringLiteral("0 of 1"));
        const QString details =
            page.findChild<QTextBrowser *>(QStringLiteral("hostDetails"))->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("reserved .invalid name")), qPrintable(details));
        QVERIFY(page.model()->state(QStringLiteral("vast-1")).probe.name.isEmpty());

        // Filtering keeps matching hosts only.
        grouping->setCurrentIndex(0);
        page.findChild<QLineEdit *>(QStringLiteral("hostsFilter"))->setText(QStringLiteral("mac-"));
        QCOMPARE(view->model()->rowCount(), 1);

        // Turning probing on is remembered for this config.
        periodic->setChecked(true);
        QVERIFY(settings.probingEnabled(dir.filePath(QStringLiteral("fleet.yaml"))));
        QVERIFY(page.scheduler()->isEnabled());
    }

    void partlyReachableAndRememberedStates_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("withVolumes");
        QTest::addColumn<bool>("remembered");
        QTest::addColumn<QString>("reachability");
        QTest::addColumn<QString>("used");
        QTest::newRow("live, answering") << int(HostStatus::Ok) << true << false
                                         << QStringLiteral("OK") << QStringLiteral("75.0 %");
        QTest::newRow("live, partly reachable")
            << int(HostStatus::Refused) << true << false << QStringLiteral("partly reachable")
            << QStringLiteral("75.0 %");
        QTest::newRow("live, unreachable") << int(HostStatus::Unreachable) << false << false
                                           << QStringLiteral("unreachable") << QString();
        QTest::newRow("remembered, answering")
            << int(HostStatus::Ok) << true << true
            << QStringLiteral("OK — last seen 14 minute(s) ago") << QStringLiteral("75.0 %");
        QTest::newRow("remembered, partly reachable")
            << int(HostStatus::Refused) << true << true
            << QStringLiteral("partly reachable — last seen 14 minute(s) ago")
            << QStringLiteral("75.0 %");
        QTest::newRow("remembered, unreachable")
            << int(HostStatus::Unreachable) << false << true
            << QStringLiteral("unreachable — last probed 14 minute(s) ago") << QString();
    }

    void partlyReachableAndRememberedStates()
    {
        QFETCH(int, status);
        QFETCH(bool, withVolumes);
        QFETCH(bool, remembered);
        QFETCH(QString, reachability);
        QFETCH(QString, used);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        HostProbesModel model;
        QAbstractItemModelTester tester(&model);
        ProbeHost host;
        host.name = QStringLiteral("gpu-3");
        host.hasSsh = true;
        host.ssh.host = QStringLiteral("gpu-3.example.invalid");
        host.nodeExporterUrl = QStringLiteral("http://gpu-3.example.invalid:9100/metrics");
        model.setHosts({host});
        LiveHostState state;
        state.probe.name = host.name;
        state.probe.status = HostStatus(status);
        state.probe.probedAt = QDateTime::currentDateTimeUtc().addSecs(-14 * 60 - 5);
        if (withVolumes) {
            Volume root;
            root.mountPoint = QStringLiteral("/");
            root.totalBytes = 400;
            root.usedBytes = 300;
            root.availableBytes = 100;
            state.probe.volumes = {root};
        }
        if (remembered) {
            QVERIFY(model.setRemembered(state));
            QVERIFY(!model.setRemembered(state)); // one state per host
        } else {
            model.setProbe(state.probe, {});
        }
        QCOMPARE(model.isRemembered(host.name), remembered);
        const QModelIndex row = model.index(0, 0);
        QCOMPARE(row.siblingAtColumn(HostProbesModel::Reachability).data().toString(),
                 reachability);
        QCOMPARE(row.siblingAtColumn(HostProbesModel::Used).data().toString(), used);
        // Remembered figures in italics.
        QCOMPARE(row.siblingAtColumn(HostProbesModel::LastProbe)
                     .data(Qt::FontRole)
                     .value<QFont>()
                     .italic(),
                 remembered);
        const QString tip =
            row.siblingAtColumn(HostProbesModel::Reachability).data(Qt::ToolTipRole).toString();
        QCOMPARE(tip.contains(QStringLiteral("not live")), remembered);
        // Why it is only partly reachable: SSH's status, in the tooltip.
        QCOMPARE(tip.contains(QStringLiteral("partly reachable (SSH: connection refused)")),
                 status == int(HostStatus::Refused));
        // A live probe replaces what the history remembered.
        model.setProbe(state.probe, {});
        QVERIFY(!model.isRemembered(host.name));
    }

    void hostSettingsOverrideTheConfig()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        HostsPage page(&settings);
        const CheckedFile checked =
            checkConfigText(QStringLiteral("fleet.yaml"),
                            "hosts:\n"
                            "  vast-1: {ssh_host: a.example.invalid}\n"
                            "  metrics: {node_exporter_url: 'http://m.invalid:9100/'}\n");
        QVERIFY(checked.config);
        page.setConfig(dir.filePath(QStringLiteral("fleet.yaml")), checked.config.get());
        page.show();
        auto *view = page.findChild<QTreeView *>(QStringLiteral("hostsView"));
        auto *button = page.findChild<QPushButton *>(QStringLiteral("hostSettingsButton"));
        QVERIFY(!button->isEnabled()); // no host selected
        view->setCurrentIndex(findHost(view->model(), QStringLiteral("metrics")));
        QVERIFY(button->isEnabled());

        const QString url = QStringLiteral("http://127.0.0.1:9/metrics");
        bool checkedDialog = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<HostSettingsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("hostNodeExporterUrl"));
            QVERIFY(edit->placeholderText().contains(QStringLiteral("http://m.invalid:9100/")));
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            edit->setText(QStringLiteral("ftp://m.invalid/"));
            QVERIFY(!ok->isEnabled());
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("hostSettingsError"))
                        ->text()
                        .contains(QStringLiteral("http or https")));
            edit->setText(url);
            QVERIFY(ok->isEnabled());
            dialog->findChild<QSpinBox *>(QStringLiteral("hostProbeInterval"))->setValue(15);
            checkedDialog = true;
            ok->click();
        });
        button->click();
        QVERIFY(checkedDialog);
        QCOMPARE(settings.nodeExporterUrl(QStringLiteral("metrics")), url);
        QCOMPARE(settings.hostProbeInterval(QStringLiteral("metrics")), std::chrono::minutes(15));
        // The host list follows: the app's URL over the config's, the host's own interval.
        QCOMPARE(page.model()->host(QStringLiteral("metrics"))->nodeExporterUrl, url);
        QCOMPARE(page.scheduler()->intervalOf(QStringLiteral("metrics")), std::chrono::minutes(15));
        QCOMPARE(page.scheduler()->intervalOf(QStringLiteral("vast-1")), std::chrono::minutes(5));
    }

    void unknownHostKeyIsAcceptedAfterShowingIt()
    {
        testservers::SshServer server;
        QM_REQUIRE_SERVER(server.start());
        server.trustHostKey(QString()); // an empty known_hosts
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        HostsPage page(&settings);
        ProbeOptions options;
        options.ssh.configFile = server.clientConfig();
        options.ssh.knownHostsFile = server.knownHosts();
        const passwd *user = getpwuid(geteuid());
        const QByteArray yaml =
            QStringLiteral("hosts:\n  loop:\n    ssh_host: 127.0.0.1\n"
                           "    ssh_port: %1\n    ssh_user: %2\n"
                           "    ssh_key: %3\n")
                .arg(server.port())
                .arg(QString::fromLocal8Bit(user->pw_name), server.path(QStringLiteral("user_key")))
                .toUtf8();
        const CheckedFile checked = checkConfigText(QStringLiteral("fleet.yaml"), yaml);
        QVERIFY(checked.config);
        page.setConfig(dir.filePath(QStringLiteral("fleet.yaml")), checked.config.get());
        page.scheduler()->setOptions(options);
        page.show();
        auto *view = page.findChild<QTreeView *>(QStringLiteral("hostsView"));
        view->setCurrentIndex(findHost(view->model(), QStringLiteral("loop")));
        page.scheduler()->probeNow(QStringLiteral("loop"));
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->state(QStringLiteral("loop")).probe.status,
                                  HostStatus::HostKeyUnknown, 30000);
        auto *accept = page.findChild<QPushButton *>(QStringLiteral("acceptHostKeyButton"));
        QVERIFY(accept->isVisible());

        // The confirmation shows the fingerprint ssh-keygen gives for the server's key.
        const QByteArray fingerprint =
            testservers::run(QStringLiteral("ssh-keygen"),
                             {QStringLiteral("-lf"), server.path(QStringLiteral("host_key.pub"))})
                .split(' ')
                .value(1);
        QString shown;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            shown = box->informativeText();
            box->findChild<QPushButton *>(QStringLiteral("acceptHostKeyConfirm"))->click();
        });
        poll.start(50);
        accept->click();
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
        QVERIFY2(shown.contains(QString::fromUtf8(fingerprint)), qPrintable(shown));
        // Added to the known_hosts the probes use, then probed again: OK.
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->state(QStringLiteral("loop")).probe.status,
                                  HostStatus::Ok, 30000);
        QVERIFY(server.readFile(QStringLiteral("known_hosts"))
                    .startsWith(
                        QStringLiteral("[127.0.0.1]:%1 ssh-ed25519 ").arg(server.port()).toUtf8()));
    }

    void reachableHostShowsItsVolumesAndData()
    {
        testservers::SshServer server;
        QM_REQUIRE_SERVER(server.start());
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("data")));
        QFile games(dir.filePath(QStringLiteral("data/a.db")));
        QVERIFY(games.open(QIODevice::WriteOnly));
        games.write(QByteArray(2048, 'g'));
        games.close();
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        // Two daemons that should run there (Health page): one runs, one does not.
        QProcess running;
        running.start(QStringLiteral("sleep"), {QStringLiteral("4242.5")});
        QVERIFY(running.waitForStarted());
        DaemonSpec worker;
        worker.name = QStringLiteral("selfplay-worker");
        worker.hosts = {QStringLiteral("loop")};
        worker.pattern = QStringLiteral("sleep 4242.5");
        worker.start = {QStringLiteral("sleep"), QStringLiteral("4242.5")};
        DaemonSpec backup = worker;
        backup.name = QStringLiteral("s3-backup");
        backup.pattern = QStringLiteral("qm_test_s3_backup_never_running");
        settings.setDaemons({worker, backup});
        auto owner = std::make_unique<HostsPage>(&settings);
        HostsPage &page = *owner;
        ProbeOptions options;
        options.ssh.configFile = server.clientConfig();
        options.ssh.knownHostsFile = server.knownHosts();
        const passwd *user = getpwuid(geteuid());
        const QByteArray yaml =
            QStringLiteral("hosts:\n  loop:\n    ssh_host: 127.0.0.1\n"
                           "    ssh_port: %1\n    ssh_user: %2\n"
                           "    ssh_key: %3\n    storage_paths: {games: %4}\n")
                .arg(server.port())
                .arg(QString::fromLocal8Bit(user->pw_name), server.path(QStringLiteral("user_key")),
                     dir.filePath(QStringLiteral("data")))
                .toUtf8();
        const CheckedFile checked = checkConfigText(QStringLiteral("fleet.yaml"), yaml);
        QVERIFY(checked.config);
        page.setConfig(dir.filePath(QStringLiteral("fleet.yaml")), checked.config.get());
        page.scheduler()->setOptions(options);
        QSignalSpy live(page.liveHosts(), &qm::LiveHosts::liveStatesChanged);
        page.scheduler()->probeNow(QStringLiteral("loop"));
        QTRY_VERIFY_WITH_TIMEOUT(!page.model()->state(QStringLiteral("loop")).probe.name.isEmpty(),
                                 30000);
        const LiveHostState state = page.model()->state(QStringLiteral("loop"));
        QCOMPARE(hostStatusKey(state.probe.status), QStringLiteral("ok"));
        QVERIFY(!live.isEmpty());
        auto *view = page.findChild<QTreeView *>(QStringLiteral("hostsView"));
        const QModelIndex loop = findHost(view->model(), QStringLiteral("loop"));
        view->setCurrentIndex(loop);
        QVERIFY(loop.siblingAtColumn(HostProbesModel::Used)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral(" %")));
        const QString details =
            page.findChild<QTextBrowser *>(QStringLiteral("hostDetails"))->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("Volumes")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("Games")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("2 KiB")) ||
                     details.contains(QStringLiteral("2.0 KiB")),
                 qPrintable(details));
        QCOMPARE(loop.siblingAtColumn(HostProbesModel::Daemons).data().toString(),
                 QStringLiteral("1 of 2"));
        QVERIFY2(details.contains(QStringLiteral("selfplay-worker (sleep 4242.5): running")),
                 qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("s3-backup (qm_test_s3_backup_never_running): "
                                                 "not running — Start it on the Health page")),
                 qPrintable(details));
        running.kill();
        running.waitForFinished();

#ifdef Q_OS_LINUX // reads /proc
        // Closing the page ends its ssh master connection: no ssh outlives the app.
        const QString control = page.scheduler()->options().ssh.controlDirectory;
        QVERIFY(!control.isEmpty());
        QVERIFY(!processesMentioning(control).isEmpty()); // the master is there
        owner.reset();
        QTRY_VERIFY2_WITH_TIMEOUT(processesMentioning(control).isEmpty(),
                                  qPrintable(processesMentioning(control).join(u'\n')), 5000);
#endif
    }
};

QTEST_MAIN(TestHostsPage)
#include "tst_hostspage.moc"
