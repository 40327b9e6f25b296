// The Dashboard's host cards: which volumes a card shows and in what order, the
// growth and time-to-full texts from the history's forecasts, and the cards as widgets
// (columns by width, double-click to chart a host).
#include "app/dashboard/hostcards.h"
#include "app/hosts/hostdetails.h"
#include "core/hosts/probehost.h"
#include "core/units/datasize.h"
#include "fleetstates.h"

#include <QFrame>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace qm;
using qmtest::kGB;
using qmtest::named;
using qmtest::volume;

namespace {

LiveHostState host(const QString &name, const QList<Volume> &volumes,
                   HostStatus status = HostStatus::Ok)
{
    LiveHostState state;
    state.probe.name = name;
    state.probe.status = status;
    state.probe.probedAt = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    state.probe.volumes = volumes;
    if (status != HostStatus::Ok)
        state.probe.error = QStringLiteral("ssh: connect to host gpu-9.invalid: timed out");
    return state;
}

Forecast growing(double bytesPerDay, qint64 secondsToFull)
{
    Forecast forecast;
    forecast.windowSecs = 6 * 3600;
    forecast.samples = 72;
    forecast.rateBytesPerDay = bytesPerDay;
    forecast.secondsToFull = secondsToFull;
    return forecast;
}

QStringList labelsOf(const QWidget *card, const QString &name)
{
    QStringList texts;
    for (const QLabel *label : card->findChildren<QLabel *>(name))
        texts.append(label->text());
    return texts;
}

} // namespace

class TestHostCards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void cardsShowWritableVolumesFullestFirst()
    {
        Volume proc = volume(QStringLiteral("/proc"), 0, 0);
        proc.system = true;
        Volume image = volume(QStringLiteral("/snap/core"), 100 * kGB, 100 * kGB);
        image.readOnly = true;
        const QHash<QString, LiveHostState> states = {
            {QStringLiteral("mac-studio"),
             host(QStringLiteral("mac-studio"),
                  {volume(QStringLiteral("/"), 1000 * kGB, 300 * kGB), proc, image,
                   volume(QStringLiteral("/Volumes/RingRift-Data"), 4000 * kGB, 3400 * kGB),
                   volume(QStringLiteral("/Volumes/Scratch"), 500 * kGB, 100 * kGB),
                   volume(QStringLiteral("/Volumes/Old"), 500 * kGB, 50 * kGB)})},
            {QStringLiteral("gpu-9"), host(QStringLiteral("gpu-9"), {}, HostStatus::Unreachable)},
        };
        FleetForecasts forecasts;
        forecasts[QStringLiteral("mac-studio")][QStringLiteral("/Volumes/RingRift-Data")] =
            growing(40.0 * kGB, 15 * 86400);
        const QList<HostCard> cards =
            hostCards({QStringLiteral("mac-studio"), QStringLiteral("gpu-9")}, QString(), states,
                      {}, forecasts, UsageThresholds(), HostCardOrder::Name);
        QCOMPARE(cards.size(), 2);
        QCOMPARE(cards[0].host, QStringLiteral("gpu-9")); // by name
        QVERIFY(!cards[0].reachable);
        QCOMPARE(cards[0].state, HostCard::State::NotAnswering);
        QVERIFY(cards[0].problem.contains(QStringLiteral("timed out")));

        const HostCard &mac = cards[1];
        QCOMPARE(mac.volumes.size(), 3); // system and read-only volumes left out
        QCOMPARE(mac.moreVolumes, 1);
        QCOMPARE(mac.volumes[0].mountPoint, QStringLiteral("/Volumes/RingRift-Data"));
        QCOMPARE(mac.volumes[0].usedPercent, 85.0);
        QCOMPARE(mac.volumes[0].freeBytes, 600 * kGB);
        QCOMPARE(mac.volumes[0].level, UsageLevel::Warning);
        QVERIFY(mac.volumes[0].forecast);
        QCOMPARE(mac.volumes[1].mountPoint, QStringLiteral("/"));
        QVERIFY(!mac.volumes[1].forecast);
        QCOMPARE(mac.volumes[2].mountPoint, QStringLiteral("/Volumes/Scratch"));
    }

    void cardStates_data()
    {
        QTest::addColumn<int>("status"); // -1: not probed
        QTest::addColumn<bool>("withVolumes");
        QTest::addColumn<bool>("remembered");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("volumes");
        QTest::addColumn<QString>("stateLabel");
        QTest::addColumn<QString>("ageLabel");
        QTest::newRow("answering")
            << int(HostStatus::Ok) << true << false << int(HostCard::State::Answering) << 1
            << QStringLiteral("answering") << QStringLiteral("probed 14 minute(s) ago");
        // SSH refused, node_exporter answered: the volumes are shown, the host partly so.
        QTest::newRow("partly reachable")
            << int(HostStatus::Refused) << true << false << int(HostCard::State::Partly) << 1
            << QStringLiteral("partly reachable") << QStringLiteral("probed 14 minute(s) ago");
        QTest::newRow("not answering")
            << int(HostStatus::Unreachable) << false << false << int(HostCard::State::NotAnswering)
            << 0 << QStringLiteral("not answering")
            << QStringLiteral("last probed 14 minute(s) ago");
        QTest::newRow("remembered")
            << int(HostStatus::Ok) << true << true << int(HostCard::State::Answering) << 1
            << QStringLiteral("answering")
            << QStringLiteral("last seen 14 minute(s) ago · from "
                              "history, not live");
        QTest::newRow("not probed") << -1 << false << false << int(HostCard::State::NotProbed) << 0
                                    << QStringLiteral("not probed") << QString();
    }

    void cardStates()
    {
        QFETCH(int, status);
        QFETCH(bool, withVolumes);
        QFETCH(bool, remembered);
        QFETCH(int, state);
        QFETCH(int, volumes);
        QFETCH(QString, stateLabel);
        QFETCH(QString, ageLabel);
        const QString name = QStringLiteral("gpu-7");
        QHash<QString, LiveHostState> states;
        if (status >= 0) {
            LiveHostState live = host(
                name,
                withVolumes ? QList<Volume>{volume(QStringLiteral("/data"), 1000 * kGB, 900 * kGB)}
                            : QList<Volume>{},
                HostStatus(status));
            live.probe.probedAt = QDateTime::currentDateTimeUtc().addSecs(-14 * 60 - 5);
            states.insert(name, live);
        }
        const QSet<QString> rememberedHosts = remembered ? QSet<QString>{name} : QSet<QString>{};
        const QList<HostCard> cards =
            hostCards({name}, QString(), states, rememberedHosts, {}, UsageThresholds());
        QCOMPARE(cards.size(), 1);
        QCOMPARE(int(cards[0].state), state);
        QCOMPARE(cards[0].volumes.size(), volumes);
        QCOMPARE(cards[0].remembered, remembered);

        HostCardsView view;
        view.resize(700, 400);
        view.setHosts({named(name)});
        view.setLiveStates(states, rememberedHosts);
        QWidget *card = view.cardWidgets().value(0);
        QVERIFY(card);
        QCOMPARE(labelsOf(card, QStringLiteral("hostState")), QStringList{stateLabel});
        QCOMPARE(labelsOf(card, QStringLiteral("hostAge")),
                 ageLabel.isEmpty() ? QStringList() : QStringList{ageLabel});
        QCOMPARE(labelsOf(card, QStringLiteral("volumeMount")).size(), volumes);
    }

    void forecastTexts()
    {
        QCOMPARE(growthText(std::nullopt), QStringLiteral("—"));
        QCOMPARE(timeToFullText(std::nullopt), QStringLiteral("—"));
        const Forecast filling = growing(40.0 * kGB, 15 * 86400);
        QCOMPARE(growthText(filling), QStringLiteral("+%1/day").arg(formatDataSize(40 * kGB)));
        QCOMPARE(timeToFullText(filling), QStringLiteral("full in 15 day(s)"));
        QCOMPARE(timeToFullText(growing(1.0 * kGB, 0)), QStringLiteral("full now"));

        Forecast shrinking;
        shrinking.rateBytesPerDay = -3.0 * kGB;
        shrinking.reason = ForecastReason::Shrinking;
        QCOMPARE(growthText(shrinking), QStringLiteral("−%1/day").arg(formatDataSize(3 * kGB)));
        QCOMPARE(timeToFullText(shrinking), QStringLiteral("not filling"));
        Forecast flat;
        flat.rateBytesPerDay = 10.0;
        flat.reason = ForecastReason::Flat;
        QCOMPARE(growthText(flat), QStringLiteral("steady"));
        QCOMPARE(timeToFullText(flat), QStringLiteral("not filling"));
        Forecast noisy;
        noisy.rateBytesPerDay = 1.0 * kGB;
        noisy.reason = ForecastReason::Noisy;
        QCOMPARE(timeToFullText(noisy), QStringLiteral("no forecast (noisy)"));
        Forecast young;
        young.reason = ForecastReason::TooFewSamples;
        QCOMPARE(growthText(young), QStringLiteral("—"));
        QCOMPARE(timeToFullText(young), QStringLiteral("—"));
        QCOMPARE(fullInText(filling), QStringLiteral("15 day(s)"));
        QCOMPARE(fullInText(growing(1.0 * kGB, 0)), QStringLiteral("now"));
        QCOMPARE(fullInText(shrinking), QStringLiteral("not filling"));
    }

    void cardsAsWidgets()
    {
        HostCardsView view;
        view.resize(1000, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QHash<QString, LiveHostState> states;
        for (int i = 1; i <= 5; ++i) {
            const QString name = QStringLiteral("gpu-%1").arg(i);
            states.insert(name,
                          host(name, {volume(QStringLiteral("/data"), 1000 * kGB, i * 150 * kGB)}));
        }
        view.setLiveStates(states);
        FleetForecasts forecasts;
        forecasts[QStringLiteral("gpu-5")][QStringLiteral("/data")] =
            growing(25.0 * kGB, 10 * 86400);
        view.setForecasts(forecasts);

        const QList<QFrame *> cards = view.findChildren<QFrame *>(QStringLiteral("hostCard"));
        QCOMPARE(cards.size(), 5);
        QFrame *gpu5 = nullptr;
        for (QFrame *card : cards) {
            if (card->property("host").toString() == QStringLiteral("gpu-5"))
                gpu5 = card;
        }
        QVERIFY(gpu5);
        QCOMPARE(labelsOf(gpu5, QStringLiteral("figureCaption")),
                 (QStringList{QStringLiteral("Used"), QStringLiteral("Free"),
                              QStringLiteral("Growth"), QStringLiteral("Full in")}));
        QCOMPARE(labelsOf(gpu5, QStringLiteral("figureValue")),
                 (QStringList{QStringLiteral("%1 of %2")
                                  .arg(formatDataSize(750 * kGB), formatDataSize(1000 * kGB)),
                              formatDataSize(250 * kGB),
                              QStringLiteral("+%1/day").arg(formatDataSize(25 * kGB)),
                              QStringLiteral("10 day(s)")}));

        // Cards of at least 320 px: three columns in 1000, gpu-4 starts the second row.
        const QList<QWidget *> ordered = view.cardWidgets();
        QTRY_VERIFY(ordered[0]->y() < ordered[3]->y());
        QCOMPARE(ordered[0]->y(), ordered[2]->y());
        view.resize(400, 500);
        QTRY_VERIFY(ordered[0]->y() < ordered[1]->y()); // one column

        QSignalSpy activated(&view, &HostCardsView::hostActivated);
        QTest::mouseDClick(gpu5, Qt::LeftButton);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("gpu-5"));

        // The daemons that should run: a stopped one by its name, in red; none when all run.
        LiveHostState mac = host(QStringLiteral("mac-studio"),
                                 {volume(QStringLiteral("/Volumes/Data"), 4000 * kGB, 1000 * kGB)});
        mac.probe.daemons = {
            {QStringLiteral("unified_data_sync"), true, {}, {}},
            {QStringLiteral("s3_backup_daemon"), false, {}, QStringLiteral("s3-backup")}};
        states.insert(QStringLiteral("mac-studio"), mac);
        view.setLiveStates(states);
        QFrame *macCard = nullptr;
        for (QFrame *card : view.findChildren<QFrame *>(QStringLiteral("hostCard"))) {
            if (card->property("host").toString() == QStringLiteral("mac-studio"))
                macCard = card;
        }
        QVERIFY(macCard);
        QCOMPARE(labelsOf(macCard, QStringLiteral("hostDaemons")),
                 QStringList{QStringLiteral("Not running: s3-backup (1 of 2 daemons)")});
        mac.probe.daemons[1].running = true;
        states.insert(QStringLiteral("mac-studio"), mac);
        view.setLiveStates(states);
        for (QFrame *card : view.findChildren<QFrame *>(QStringLiteral("hostCard"))) {
            if (card->property("host").toString() == QStringLiteral("mac-studio"))
                QCOMPARE(labelsOf(card, QStringLiteral("hostDaemons")),
                         QStringList{QStringLiteral("2 daemon(s) running")});
        }
        for (QFrame *card : view.findChildren<QFrame *>(QStringLiteral("hostCard"))) {
            if (card->property("host").toString() == QStringLiteral("gpu-5"))
                QCOMPARE(labelsOf(card, QStringLiteral("hostDaemons")), QStringList());
        }

        // A host that did not answer: its daemons are neither running nor down.
        LiveHostState gone = mac;
        gone.probe.status = HostStatus::Unreachable;
        for (DaemonState &daemon : gone.probe.daemons)
            daemon.error = QStringLiteral("not checked: unreachable");
        states.insert(QStringLiteral("mac-studio"), gone);
        view.setLiveStates(states);
        for (QFrame *card : view.findChildren<QFrame *>(QStringLiteral("hostCard"))) {
            if (card->property("host").toString() == QStringLiteral("mac-studio"))
                QCOMPARE(labelsOf(card, QStringLiteral("hostDaemons")), QStringList());
        }

        // The Hosts page's details name it too, with where to start it.
        ProbeHost probeHost;
        probeHost.name = QStringLiteral("mac-studio");
        mac.probe.daemons[1].running = false;
        const QString details = hostDetailsHtml(probeHost, mac);
        QVERIFY2(
            details.contains(QStringLiteral("<b>s3-backup</b> (<code>s3_backup_daemon</code>)")),
            qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("Start it on the Health page")));
    }
};

QTEST_MAIN(TestHostCards)
#include "tst_hostcards.moc"
