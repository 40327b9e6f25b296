// The Dashboard about the fleet: the summary's figures from a known fleet, the cards'
// order by time to full, and — in the real main window at its default size and a large
// one, with a fleet of .invalid hosts remembered from the history (never probed) —
// cards with room, whose labels are never cut short.
#include "app/dashboard/dashboardpage.h"
#include "app/dashboard/fleetsummarybar.h"
#include "app/dashboard/hostcards.h"
#include "app/hosts/hostprobesmodel.h"
#include "app/hosts/hostspage.h"
#include "app/mainwindow/mainwindow.h"
#include "core/alerts/alertmonitor.h"
#include "core/fleet/fleetsummary.h"
#include "core/fleet/probescheduler.h"
#include "core/history/historystore.h"
#include "core/settings/settings.h"
#include "core/units/datasize.h"
#include "fleetstates.h"

#include <QComboBox>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace qm;
using qmtest::kGB;
using qmtest::named;
using qmtest::volume;

namespace {

LiveHostState state(const QString &name, HostStatus status, const QList<Volume> &volumes)
{
    LiveHostState s;
    s.probe.name = name;
    s.probe.status = status;
    s.probe.probedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    s.probe.volumes = volumes;
    if (status != HostStatus::Ok)
        s.probe.error = QStringLiteral("ssh: connect to host %1.invalid refused").arg(name);
    return s;
}

Forecast filling(qint64 secondsToFull)
{
    Forecast f;
    f.samples = 12;
    f.windowSecs = 6 * 3600;
    f.rateBytesPerDay = 20.0 * kGB;
    f.secondsToFull = secondsToFull;
    return f;
}

Forecast steady()
{
    Forecast f;
    f.samples = 12;
    f.windowSecs = 6 * 3600;
    f.rateBytesPerDay = 0;
    f.reason = ForecastReason::Flat;
    return f;
}

/// A fleet of six: a (95 % used: critical), b (85 %: warning), c partly reachable
/// (50 %), d not answering, e never probed, f remembered from the history (10 %).
struct Fleet
{
    QStringList hosts{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                      QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f")};
    QHash<QString, LiveHostState> states{
        {QStringLiteral("a"), state(QStringLiteral("a"), HostStatus::Ok,
                                    {volume(QStringLiteral("/data"), 1000 * kGB, 950 * kGB)})},
        {QStringLiteral("b"), state(QStringLiteral("b"), HostStatus::Ok,
                                    {volume(QStringLiteral("/data"), 1000 * kGB, 850 * kGB)})},
        {QStringLiteral("c"), state(QStringLiteral("c"), HostStatus::Refused,
                                    {volume(QStringLiteral("/data"), 1000 * kGB, 500 * kGB)})},
        {QStringLiteral("d"), state(QStringLiteral("d"), HostStatus::Unreachable, {})},
        {QStringLiteral("f"), state(QStringLiteral("f"), HostStatus::Ok,
                                    {volume(QStringLiteral("/"), 1000 * kGB, 100 * kGB)})},
    };
    QSet<QString> remembered{QStringLiteral("f")};
    FleetForecasts forecasts{
        {QStringLiteral("a"), {{QStringLiteral("/data"), filling(2 * 86400)}}},
        {QStringLiteral("b"), {{QStringLiteral("/data"), filling(86400)}}},
        {QStringLiteral("c"), {{QStringLiteral("/data"), steady()}}},
        // A host no longer listed: left out.
        {QStringLiteral("gone"), {{QStringLiteral("/"), filling(60)}}},
    };
};

ReplicationMeasurement measured(const QString &host, const QString &kind, qint64 files,
                                qint64 bytes, int minutesAgo = 5)
{
    ReplicationMeasurement m;
    m.host = host;
    m.kind = kind;
    m.files = files;
    m.bytes = bytes;
    m.measuredAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    return m;
}

/// Labels under `root` whose text does not fit in them (cut short, elided or clipped).
QStringList clippedLabels(const QWidget *root, const QWidget *window)
{
    QStringList clipped;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(window) || label->text().isEmpty())
            continue;
        const QRect room = label->contentsRect();
        const QFontMetrics metrics = label->fontMetrics();
        QRect needed;
        if (label->wordWrap()) // as high as the label itself says it needs at its width
            needed =
                QRect(0, 0,
                      metrics
                          .boundingRect(QRect(0, 0, room.width(), 100'000),
                                        int(label->alignment()) | Qt::TextWordWrap, label->text())
                          .width(),
                      label->heightForWidth(label->width()) - (label->height() - room.height()));
        else
            needed = QRect(0, 0, metrics.horizontalAdvance(label->text()), metrics.height());
        if (needed.width() > room.width() || needed.height() > room.height())
            clipped.append(QStringLiteral("%1 '%2': needs %3x%4, has %5x%6")
                               .arg(label->objectName(), label->text())
                               .arg(needed.width())
                               .arg(needed.height())
                               .arg(room.width())
                               .arg(room.height()));
    }
    return clipped;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void summaryFigures();
    void summaryTiles_data();
    void summaryTiles();
    void cardsSortByTimeToFull_data();
    void cardsSortByTimeToFull();
    void noTextCutShort_data();
    void noTextCutShort();
};

void TestDashboard::summaryFigures()
{
    const Fleet fleet;
    const FleetSummary s = summarizeFleet(fleet.hosts, fleet.states, fleet.remembered,
                                          fleet.forecasts, UsageThresholds(), {});
    QCOMPARE(s.hosts, 6);
    QCOMPARE(s.answering, 3);
    QCOMPARE(s.partly, 1);
    QCOMPARE(s.notAnswering, 1);
    QCOMPARE(s.notProbed, 1);
    QCOMPARE(s.remembered, 1);
    // The partly reachable host's volume counts: node_exporter gave it.
    QCOMPARE(s.volumesOverThreshold, 2);
    QCOMPARE(s.volumesCritical, 1);
    QVERIFY(s.soonestFull);
    QCOMPARE(s.soonestFull->host, QStringLiteral("b"));
    QCOMPARE(s.soonestFull->mountPoint, QStringLiteral("/data"));
    QCOMPARE(s.soonestFull->secondsToFull, 86400);
    QCOMPARE(s.forecasts, 3);
    QVERIFY(!s.replicationMeasured);
}

void TestDashboard::summaryTiles_data()
{
    QTest::addColumn<QList<ReplicationMeasurement>>("measurements");
    QTest::addColumn<QString>("atRisk");
    QTest::addColumn<QString>("atRiskDetail");
    QTest::newRow("not measured") << QList<ReplicationMeasurement>()
                                  << QStringLiteral("not measured")
                                  << QStringLiteral("Measure on the Replication page");
    QTest::newRow("measured, all copied")
        << QList<ReplicationMeasurement>{measured(QStringLiteral("a"), QStringLiteral("games"), 0,
                                                  0)}
        << QStringLiteral("none") << QStringLiteral("every file measured has its copies");
    // The latest measurement of each host and kind counts; an older one does not.
    QTest::newRow("at risk on two hosts")
        << QList<ReplicationMeasurement>{measured(QStringLiteral("a"), QStringLiteral("games"), 3,
                                                  3 * kGB),
                                         measured(QStringLiteral("a"), QStringLiteral("games"), 90,
                                                  90 * kGB, 60),
                                         measured(QStringLiteral("c"), QStringLiteral("npz"), 2,
                                                  1 * kGB),
                                         measured(QStringLiteral("b"), QStringLiteral("npz"), 0, 0)}
        << formatDataSize(4 * kGB) << QStringLiteral("5 file(s) · on 2 host(s)");
}

void TestDashboard::summaryTiles()
{
    QFETCH(QList<ReplicationMeasurement>, measurements);
    QFETCH(QString, atRisk);
    QFETCH(QString, atRiskDetail);
    const Fleet fleet;
    FleetSummaryBar bar;
    bar.setSummary(summarizeFleet(fleet.hosts, fleet.states, fleet.remembered, fleet.forecasts,
                                  UsageThresholds(), measurements));
    bar.setAlerts({3, 1, 2});
    QCOMPARE(bar.valueText(QStringLiteral("summaryHosts")), QStringLiteral("3 of 6"));
    QCOMPARE(bar.detailText(QStringLiteral("summaryHosts")),
             QStringLiteral("1 partly reachable · 1 not answering · 1 not probed · 1 from "
                            "history, not live"));
    QCOMPARE(bar.valueText(QStringLiteral("summaryThreshold")), QStringLiteral("2 volume(s)"));
    QCOMPARE(bar.detailText(QStringLiteral("summaryThreshold")), QStringLiteral("1 critical"));
    QCOMPARE(bar.valueText(QStringLiteral("summarySoonest")), QStringLiteral("in 24 hour(s)"));
    QCOMPARE(bar.detailText(QStringLiteral("summarySoonest")), QStringLiteral("/data on b"));
    QCOMPARE(bar.valueText(QStringLiteral("summaryAtRisk")), atRisk);
    QCOMPARE(bar.detailText(QStringLiteral("summaryAtRisk")), atRiskDetail);
    QCOMPARE(bar.valueText(QStringLiteral("summaryAlerts")), QStringLiteral("3"));
    QCOMPARE(bar.detailText(QStringLiteral("summaryAlerts")),
             QStringLiteral("1 critical · 2 pending"));
}

void TestDashboard::cardsSortByTimeToFull_data()
{
    QTest::addColumn<int>("comboRow");
    QTest::addColumn<QStringList>("order");
    // b fills in a day, a in two; then the fullest (c, f); then by name (d, e: nothing).
    QTest::newRow("soonest to full (default)")
        << 0 << QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c"),
                            QStringLiteral("f"), QStringLiteral("d"), QStringLiteral("e")};
    QTest::newRow("fullest") << 1 << QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                                 QStringLiteral("c"), QStringLiteral("f"),
                                                 QStringLiteral("d"), QStringLiteral("e")};
    QTest::newRow("name") << 2 << QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                              QStringLiteral("c"), QStringLiteral("d"),
                                              QStringLiteral("e"), QStringLiteral("f")};
}

void TestDashboard::cardsSortByTimeToFull()
{
    QFETCH(int, comboRow);
    QFETCH(QStringList, order);
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    DashboardPage page(&settings);
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const Fleet fleet;
    QList<ProbeHost> hosts;
    for (const QString &name : fleet.hosts)
        hosts.append(named(name));
    page.setHosts(hosts);
    page.setLiveStates(fleet.states, fleet.remembered);
    page.setForecasts(fleet.forecasts);
    auto *combo = page.findChild<QComboBox *>(QStringLiteral("cardSortCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->currentIndex(), 0);
    combo->setCurrentIndex(comboRow);
    QStringList shown;
    for (const HostCard &card : page.hostCards()->cards())
        shown.append(card.host);
    QCOMPARE(shown, order);
    // The widgets follow, row by row.
    QStringList widgets;
    for (const QWidget *card : page.hostCards()->cardWidgets())
        widgets.append(card->property("host").toString());
    QCOMPARE(widgets, order);
    QTRY_VERIFY(
        page.hostCards()->cardWidgets()[0]->y() < page.hostCards()->cardWidgets().last()->y() ||
        page.hostCards()->cardWidgets()[0]->x() < page.hostCards()->cardWidgets().last()->x());
}

void TestDashboard::noTextCutShort_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("default 1100x700") << QSize(1100, 700);
    QTest::newRow("1600x1000") << QSize(1600, 1000);
}

void TestDashboard::noTextCutShort()
{
    QFETCH(QSize, size);
    QTemporaryDir dir;
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir.filePath(QStringLiteral("data"))));
    // Eight hosts with reserved .invalid names, never probed: what the Dashboard shows
    // comes from the history (six hours of probes, growing), as after a restart.
    const QStringList names{QStringLiteral("mac-studio"),      QStringLiteral("gpu-selfplay-01"),
                            QStringLiteral("gpu-selfplay-02"), QStringLiteral("vast-training-7"),
                            QStringLiteral("runpod-a100-3"),   QStringLiteral("hetzner-backbone"),
                            QStringLiteral("miner-ply-12"),    QStringLiteral("gone-dark")};
    QByteArray yaml = "hosts:\n";
    for (const QString &name : names)
        yaml += "  " + name.toUtf8() + ": {ssh_host: " + name.toUtf8() + ".example.invalid}\n";
    const QString config = dir.filePath(QStringLiteral("distributed_hosts.yaml"));
    {
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(yaml);
    }
    {
        HistoryStore history;
        QString error;
        QVERIFY2(history.open(historyDatabasePath(), &error), qPrintable(error));
        const QDateTime last = QDateTime::currentDateTimeUtc().addSecs(-14 * 60);
        for (int h = 0; h < names.size(); ++h) {
            for (int i = 12; i >= 0; --i) {
                HostProbe probe;
                probe.name = names[h];
                probe.transport = QStringLiteral("ssh");
                probe.probedAt = last.addSecs(-i * 1800);
                if (names[h] == QLatin1String("gone-dark")) {
                    probe.status = HostStatus::Unreachable;
                    probe.error = QStringLiteral("gone-dark.example.invalid is a reserved "
                                                 ".invalid name: it is never looked up");
                } else {
                    probe.status = HostStatus::Ok;
                    const qint64 total = (2 + h) * 1000 * kGB;
                    const qint64 used = total / 2 + (h + 1) * (12 - i) * 8 * kGB;
                    probe.volumes = {volume(QStringLiteral("/"), 500 * kGB, 120 * kGB),
                                     volume(QStringLiteral("/Volumes/RingRift-Data"), total, used),
                                     volume(QStringLiteral("/mnt/scratch"), total, total / 3),
                                     volume(QStringLiteral("/srv/archive"), total, total / 4)};
                }
                QVERIFY2(history.record(probe, &error), qPrintable(error));
            }
        }
    }
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(&settings);
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy started(window.hostsPage()->scheduler(), &ProbeScheduler::probeStarted);
    QSignalSpy opened(&window, &MainWindow::configOpened);
    window.openConfig(config);
    QTRY_COMPARE(opened.size(), 1);
    DashboardPage *page = window.dashboardPage();
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QVERIFY(page->isVisible());
    QTRY_COMPARE(page->hostCards()->cardWidgets().size(), names.size() + 1);
    QTRY_COMPARE(window.hostsPage()->model()->rememberedHosts().size(), names.size());
    QTRY_VERIFY(page->summary().forecasts > 0);
    QCOMPARE(page->summary().remembered, names.size());
    QTRY_COMPARE(window.size(), size);
    QTest::qWait(200); // the layout settles
    // QM_DASHBOARD_SHOT=/tmp/dash saves what the test looks at, to look at it too.
    if (!qEnvironmentVariableIsEmpty("QM_DASHBOARD_SHOT"))
        window.grab().save(qEnvironmentVariable("QM_DASHBOARD_SHOT") +
                           QStringLiteral("-%1x%2.png").arg(size.width()).arg(size.height()));

    // No table repeats the Hosts page: this machine's volumes are the one list.
    QCOMPARE(page->findChildren<QTreeView *>().size(), 1);
    HostCardsView *cards = page->hostCards();
    QCOMPARE(cards->horizontalScrollBar()->maximum(), 0);
    // Room for a whole row of cards at least.
    const QWidget *first = cards->cardWidgets().first();
    QVERIFY2(first->height() <= cards->viewport()->height(),
             qPrintable(QStringLiteral("card %1 px, room %2 px")
                            .arg(first->height())
                            .arg(cards->viewport()->height())));
    for (const QWidget *card : cards->cardWidgets())
        QVERIFY(card->height() >= card->minimumSizeHint().height());
    const QStringList clipped =
        clippedLabels(page->summaryBar(), &window) + clippedLabels(cards, &window);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
    // Nothing of the fleet was probed: all of it came from the history.
    for (const QList<QVariant> &host : std::as_const(started))
        QVERIFY2(!names.contains(host.first().toString()), qPrintable(host.first().toString()));
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
