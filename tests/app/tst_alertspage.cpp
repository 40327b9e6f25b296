// The Alerts page: its model under QAbstractItemModelTester, the Open / History / All
// and severity filters, sorting, the details of the selected alert, and the page fed
// by a real AlertMonitor.
#include "app/alerts/alertnotifier.h"
#include "app/alerts/alertsmodel.h"
#include "app/alerts/alertspage.h"
#include "core/alerts/alertmonitor.h"
#include "core/settings/settings.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace qm;

namespace {

const QDateTime kT0 = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

Alert alert(qint64 id, AlertRuleKind rule, const QString &host, const QString &subject,
            AlertSeverity severity, int raisedMinutes, int clearedMinutes = -1)
{
    Alert a;
    a.id = id;
    a.rule = alertRuleKey(rule);
    a.host = host;
    a.subject = subject;
    a.severity = severity;
    a.message = QStringLiteral("%1 on %2 #%3").arg(subject, host).arg(id);
    a.value = 8.5;
    a.threshold = 10.0;
    a.pendingSince = kT0.addSecs(60 * (raisedMinutes - 5));
    a.raisedAt = kT0.addSecs(60 * raisedMinutes);
    if (clearedMinutes >= 0)
        a.clearedAt = kT0.addSecs(60 * clearedMinutes);
    return a;
}

QList<Alert> sample()
{
    return {alert(3, AlertRuleKind::VolumeFree, QStringLiteral("gpu-1"), QStringLiteral("/data"),
                  AlertSeverity::Critical, 30),
            alert(2, AlertRuleKind::HostUnreachable, QStringLiteral("vast-1"), QString(),
                  AlertSeverity::Warning, 20),
            alert(1, AlertRuleKind::CategorySize, QStringLiteral("miner-2"),
                  QStringLiteral("ply_rejected"), AlertSeverity::Warning, 10, 15)};
}

QStringList column(const QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data().toString());
    return values;
}

/// A probe of `host` at `at` with volumes /a, /b, ... each `freePercent` free.
HostProbe probeOf(const QString &host, const QDateTime &at, const QList<int> &freePercent)
{
    HostProbe probe;
    probe.name = host;
    probe.status = HostStatus::Ok;
    probe.probedAt = at;
    for (int i = 0; i < freePercent.size(); ++i) {
        Volume volume;
        volume.mountPoint = QStringLiteral("/") + QChar(u'a' + i);
        volume.totalBytes = 1000;
        volume.availableBytes = 10 * freePercent[i];
        volume.usedBytes = volume.totalBytes - volume.availableBytes;
        probe.volumes.append(volume);
    }
    return probe;
}

} // namespace

class TestAlertsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelPassesTester()
    {
        AlertsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        AlertsFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAlerts(sample());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(AlertsModel::ColumnCount));
        QCOMPARE(model.openCount(), 2);
        const QModelIndex severity = model.index(0, AlertsModel::SeverityColumn);
        QCOMPARE(severity.data().toString(), QStringLiteral("Critical"));
        QVERIFY(!severity.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.index(0, AlertsModel::RuleColumn).data().toString(),
                 QStringLiteral("Free space"));
        QCOMPARE(model.index(1, AlertsModel::SubjectColumn).data().toString(), QString());
        QCOMPARE(model.index(0, AlertsModel::ClearedColumn).data().toString(),
                 QStringLiteral("open"));
        QVERIFY(!model.index(2, AlertsModel::ClearedColumn).data().toString().isEmpty());
        QCOMPARE(model.headerData(AlertsModel::MessageColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Message"));
        proxy.setState(AlertsFilterModel::State::All);
        proxy.setMinimumSeverity(AlertSeverity::Critical);
        QCOMPARE(proxy.rowCount(), 1);
        model.setAlerts(sample().mid(1));
        QCOMPARE(proxy.rowCount(), 0);
        model.setAlerts({});
        QCOMPARE(model.rowCount(), 0);
    }

    void filtersAndSorting()
    {
        AlertsPage page;
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setAlerts(sample());
        auto *view = page.findChild<QTreeView *>(QStringLiteral("alertsView"));
        auto *state = page.findChild<QComboBox *>(QStringLiteral("alertsState"));
        auto *severity = page.findChild<QComboBox *>(QStringLiteral("alertsSeverity"));
        auto *summary = page.findChild<QLabel *>(QStringLiteral("alertsSummary"));
        QVERIFY(view && state && severity && summary);
        QCOMPARE(summary->text(), QStringLiteral("2 open alert(s), 1 cleared"));

        // Open, newest raise first (the default sort).
        QCOMPARE(column(view->model(), AlertsModel::HostColumn),
                 (QStringList{QStringLiteral("gpu-1"), QStringLiteral("vast-1")}));
        state->setCurrentIndex(state->findData(int(AlertsFilterModel::State::History)));
        QCOMPARE(column(view->model(), AlertsModel::HostColumn),
                 QStringList{QStringLiteral("miner-2")});
        state->setCurrentIndex(state->findData(int(AlertsFilterModel::State::All)));
        QCOMPARE(view->model()->rowCount(), 3);
        severity->setCurrentIndex(severity->findData(int(AlertSeverity::Critical)));
        QCOMPARE(column(view->model(), AlertsModel::HostColumn),
                 QStringList{QStringLiteral("gpu-1")});
        severity->setCurrentIndex(severity->findData(int(AlertSeverity::Warning)));

        // By severity, worst first; by clear time, open ones last.
        view->sortByColumn(AlertsModel::SeverityColumn, Qt::DescendingOrder);
        QCOMPARE(view->model()->index(0, AlertsModel::HostColumn).data().toString(),
                 QStringLiteral("gpu-1"));
        view->sortByColumn(AlertsModel::ClearedColumn, Qt::AscendingOrder);
        QCOMPARE(view->model()->index(0, AlertsModel::HostColumn).data().toString(),
                 QStringLiteral("miner-2"));
        view->sortByColumn(AlertsModel::RaisedColumn, Qt::AscendingOrder);
        QCOMPARE(column(view->model(), AlertsModel::HostColumn),
                 (QStringList{QStringLiteral("miner-2"), QStringLiteral("vast-1"),
                              QStringLiteral("gpu-1")}));
    }

    void detailsFollowSelection()
    {
        AlertsPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *view = page.findChild<QTreeView *>(QStringLiteral("alertsView"));
        auto *details = page.findChild<QLabel *>(QStringLiteral("alertDetails"));
        QVERIFY(view && details);
        QCOMPARE(details->text(), QStringLiteral("No alerts."));
        page.setAlerts(sample());
        QCOMPARE(details->text(), QStringLiteral("Select an alert to see its details."));

        view->setCurrentIndex(view->model()->index(0, 0)); // gpu-1, critical
        QVERIFY(page.selectedAlert());
        QCOMPARE(page.selectedAlert()->id, 3);
        const QString text = details->text();
        QVERIFY2(text.startsWith(QStringLiteral("Critical — Free space\n/data on gpu-1 #3\n"
                                                "Host: gpu-1, subject: /data\n"
                                                "Value: 8.5 % (threshold 10.0 %)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Still open")), qPrintable(text));

        // New data: the same alert stays selected though its row moved.
        QList<Alert> more = sample();
        more.prepend(alert(4, AlertRuleKind::DaemonNotRunning, QStringLiteral("coord"),
                           QStringLiteral("s3_backup_daemon"), AlertSeverity::Warning, 40));
        page.setAlerts(more);
        QVERIFY(page.selectedAlert());
        QCOMPARE(page.selectedAlert()->id, 3);

        // A cleared alert says when and after how long.
        auto *state = page.findChild<QComboBox *>(QStringLiteral("alertsState"));
        state->setCurrentIndex(state->findData(int(AlertsFilterModel::State::History)));
        view->setCurrentIndex(view->model()->index(0, 0));
        QVERIFY2(details->text().contains(QStringLiteral("(after 5 minute")),
                 qPrintable(details->text()));
        // Filtering everything away leaves no stale details.
        auto *severity = page.findChild<QComboBox *>(QStringLiteral("alertsSeverity"));
        severity->setCurrentIndex(severity->findData(int(AlertSeverity::Critical)));
        QCOMPARE(details->text(), QStringLiteral("No alert matches the filter."));
    }

    void pendingAlertsShowWithTheOpenOnes()
    {
        // A volume full for one probe only: pending, listed with the open alerts, said to
        // be pending, counted apart, and gone from the History view.
        AlertsPage page;
        Alert pending = alert(-1, AlertRuleKind::VolumeFree, QStringLiteral("gpu-2"),
                              QStringLiteral("/"), AlertSeverity::Critical, 40);
        pending.raisedAt = QDateTime();
        pending.pending = true;
        QVERIFY(!pending.isOpen());
        page.setAlerts(sample() + QList<Alert>{pending});
        auto *view = page.findChild<QTreeView *>(QStringLiteral("alertsView"));
        QCOMPARE(view->model()->rowCount(), 3); // two open, one pending
        QStringList hosts = column(view->model(), AlertsModel::HostColumn);
        const int row = int(hosts.indexOf(QStringLiteral("gpu-2")));
        QVERIFY(row >= 0);
        const QModelIndex index = view->model()->index(row, 0);
        QCOMPARE(index.siblingAtColumn(AlertsModel::SeverityColumn).data().toString(),
                 QStringLiteral("Pending: Critical"));
        QVERIFY(index.siblingAtColumn(AlertsModel::RaisedColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("not yet (since ")));
        QCOMPARE(index.siblingAtColumn(AlertsModel::ClearedColumn).data().toString(),
                 QStringLiteral("pending"));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("alertsSummary"))->text(),
                 QStringLiteral("2 open alert(s), 1 pending, 1 cleared"));
        view->setCurrentIndex(index);
        const QString details = page.findChild<QLabel *>(QStringLiteral("alertDetails"))->text();
        QVERIFY2(details.startsWith(QStringLiteral("Pending: Critical — Free space")),
                 qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("Not raised yet")), qPrintable(details));
        QVERIFY(!details.contains(QStringLiteral("Raised:")));
        page.findChild<QComboBox *>(QStringLiteral("alertsState"))->setCurrentIndex(1); // History
        QVERIFY(!column(view->model(), AlertsModel::HostColumn).contains(QStringLiteral("gpu-2")));
    }

    void followsMonitor()
    {
        QTemporaryDir dir;
        QDateTime now = kT0;
        AlertMonitor monitor;
        monitor.setHistoryPath(dir.filePath(QStringLiteral("history.sqlite")));
        monitor.setClock([&now] { return now; });
        AlertRules rules;
        rules.rule(AlertRuleKind::VolumeFree).forSecs = 0;
        monitor.setRules(rules);
        AlertsPage page;
        page.setMonitor(&monitor);
        monitor.start();

        HostProbe probe;
        probe.name = QStringLiteral("gpu-1");
        probe.status = HostStatus::Ok;
        probe.probedAt = now;
        Volume volume;
        volume.mountPoint = QStringLiteral("/data");
        volume.totalBytes = 1000;
        volume.usedBytes = 950;
        volume.availableBytes = 50;
        probe.volumes = {volume};
        monitor.setLiveStates({{probe.name, {probe, {}}}});
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->alert(0)->severity, AlertSeverity::Critical);
        QVERIFY(page.model()->alert(0)->id > 0);

        now = kT0.addSecs(300);
        probe.probedAt = now;
        probe.volumes[0].usedBytes = 100;
        probe.volumes[0].availableBytes = 900;
        monitor.setLiveStates({{probe.name, {probe, {}}}});
        QTRY_COMPARE(page.model()->openCount(), 0);
        QCOMPARE(page.model()->rowCount(), 1); // in the history now
        QCOMPARE(page.filterModel()->rowCount(), 0);
    }

    void notificationText()
    {
        const QList<Alert> alerts = sample();
        const AlertNotification one = alertNotification({alerts[1]});
        QCOMPARE(one.title, QStringLiteral("Warning: Host unreachable"));
        QCOMPARE(one.message, alerts[1].message);
        QCOMPARE(one.severity, AlertSeverity::Warning);

        // Several at once: one notification, the worst first, the rest counted.
        QList<Alert> many = alerts;
        for (int i = 0; i < 3; ++i)
            many.append(alert(10 + i, AlertRuleKind::StaleData, QStringLiteral("miner-%1").arg(i),
                              QString(), AlertSeverity::Warning, 50));
        const AlertNotification all = alertNotification(many);
        QCOMPARE(all.title, QStringLiteral("6 alert(s), 1 critical"));
        QCOMPARE(all.severity, AlertSeverity::Critical);
        const QStringList lines = all.message.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.first(), alerts[0].message); // the critical one
        QCOMPARE(lines.last(), QStringLiteral("and 3 more"));
    }

    void badgeIcon()
    {
        const QIcon base(QStringLiteral(":/icons/alerts.svg"));
        QCOMPARE(alertBadgeIcon(base, 0, AlertSeverity::Critical).cacheKey(), base.cacheKey());
        const QImage image =
            alertBadgeIcon(base, 3, AlertSeverity::Critical).pixmap(32, 32).toImage();
        QVERIFY(!image.isNull());
        // The badge's red fills the top right corner's inside.
        const QColor corner = image.pixelColor(image.width() - 6, 6);
        QVERIFY2(corner.red() > 150 && corner.green() < 90, qPrintable(corner.name()));
    }

    void oneNotificationPerEvaluation()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        QDateTime now = kT0;
        AlertRules rules;
        rules.rule(AlertRuleKind::VolumeFree).forSecs = 0;
        const QString history = dir.filePath(QStringLiteral("history.sqlite"));
        {
            AlertMonitor monitor;
            monitor.setHistoryPath(history);
            monitor.setClock([&now] { return now; });
            monitor.setRules(rules);
            AlertNotifier notifier(&monitor, &settings);
            QSignalSpy notified(&notifier, &AlertNotifier::notified);
            QSignalSpy evaluated(&monitor, &AlertMonitor::evaluated);
            monitor.start();
            QTRY_COMPARE(evaluated.size(), 1);

            // Five volumes cross at once: one notification naming the count.
            monitor.setLiveStates(
                {{QStringLiteral("gpu-1"),
                  {probeOf(QStringLiteral("gpu-1"), now, {15, 15, 15, 15, 5}), {}}}});
            QTRY_COMPARE(notified.size(), 1);
            const auto first = notified.first().first().value<AlertNotification>();
            QCOMPARE(first.title, QStringLiteral("5 alert(s), 1 critical"));
            QCOMPARE(first.severity, AlertSeverity::Critical);

            // The same state again, and a later probe: nothing new, no notification.
            now = now.addSecs(60);
            monitor.setLiveStates(
                {{QStringLiteral("gpu-1"),
                  {probeOf(QStringLiteral("gpu-1"), now, {16, 15, 14, 15, 5}), {}}}});
            QTRY_COMPARE(evaluated.size(), 3);
            QCOMPARE(notified.size(), 1);

            // An escalation notifies; a new warning with notifications off does not.
            now = now.addSecs(60);
            monitor.setLiveStates(
                {{QStringLiteral("gpu-1"),
                  {probeOf(QStringLiteral("gpu-1"), now, {5, 15, 15, 15, 5}), {}}}});
            QTRY_COMPARE(notified.size(), 2);
            QCOMPARE(notified.last().first().value<AlertNotification>().title,
                     QStringLiteral("Critical: Free space"));
            settings.setAlertNotifications(false);
            now = now.addSecs(60);
            monitor.setLiveStates(
                {{QStringLiteral("gpu-1"),
                  {probeOf(QStringLiteral("gpu-1"), now, {5, 15, 15, 15, 5, 15}), {}}}});
            QTRY_COMPARE(monitor.openCount(), 6);
            QCOMPARE(notified.size(), 2);
            settings.setAlertNotifications(true);
        }
        // A restart finds the six open alerts: no notification for them.
        AlertMonitor monitor;
        monitor.setHistoryPath(history);
        monitor.setClock([&now] { return now; });
        monitor.setRules(rules);
        AlertNotifier notifier(&monitor, &settings);
        QSignalSpy notified(&notifier, &AlertNotifier::notified);
        QSignalSpy evaluated(&monitor, &AlertMonitor::evaluated);
        monitor.start();
        monitor.setLiveStates(
            {{QStringLiteral("gpu-1"),
              {probeOf(QStringLiteral("gpu-1"), now, {5, 15, 15, 15, 5, 15}), {}}}});
        QTRY_COMPARE(evaluated.size(), 2);
        QCOMPARE(monitor.openCount(), 6);
        QCOMPARE(notified.size(), 0);
    }
};

QTEST_MAIN(TestAlertsPage)
#include "tst_alertspage.moc"
