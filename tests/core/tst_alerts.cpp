// Alerts: hysteresis and "for" on a fake clock, each default rule on synthetic probes,
// the database round trip, seeding after a restart, and the monitor end to end.
#include "core/alerts/alertengine.h"
#include "core/alerts/alertmonitor.h"
#include "core/alerts/alertrules.h"
#include "core/alerts/alertstore.h"
#include "core/config/configcheck.h"
#include "core/health/healthcheckset.h"
#include "core/health/healthhistory.h"
#include "core/history/historystore.h"
#include "core/storage/locationgrowth.h"
#include "core/storage/locationscanstore.h"
#include "core/storage/locationusage.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace qm;

namespace {

constexpr qint64 kGB = 1'000'000'000;
const QString kHost = QStringLiteral("gpu-1");
const QString kData = QStringLiteral("/data");

const QDateTime kT0 = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

QDateTime minutes(double m)
{
    return kT0.addMSecs(qint64(m * 60 * 1000));
}

/// A volume of 1000 GB with `freePercent` free.
Volume volume(const QString &mount, double freePercent)
{
    Volume v;
    v.mountPoint = mount;
    v.totalBytes = 1000 * kGB;
    v.availableBytes = qint64(freePercent * 10 * kGB);
    v.usedBytes = v.totalBytes - v.availableBytes;
    return v;
}

HostProbe probe(const QDateTime &at, const VolumeList &volumes = {},
                HostStatus status = HostStatus::Ok, const QString &host = kHost)
{
    HostProbe p;
    p.name = host;
    p.transport = QStringLiteral("ssh");
    p.status = status;
    p.probedAt = at;
    p.volumes = volumes;
    if (status != HostStatus::Ok)
        p.error = QStringLiteral("no route to host");
    return p;
}

DataRootScan root(const QString &path, const QList<CategoryTotal> &categories,
                  DataRootScan::Status status = DataRootScan::Status::Ok)
{
    DataRootScan scan;
    scan.root = path;
    scan.status = status;
    scan.categories = categories;
    return scan;
}

/// Only `kind` enabled, so a test sees that rule alone.
AlertRules only(AlertRuleKind kind, const std::function<void(AlertRule &)> &edit = {})
{
    AlertRules rules;
    for (AlertRule &rule : rules.rules)
        rule.enabled = rule.kind == kind;
    if (edit)
        edit(rules.rule(kind));
    return rules;
}

AlertInput input(const HostProbe &p, const QDateTime &now, const FleetConfig *config = nullptr)
{
    AlertInput in;
    in.config = config;
    in.states.insert(p.name, {p, {}});
    in.now = now;
    return in;
}

/// Evaluates one probe taken at `now` with `free` % free on /data.
QList<AlertEvent> freeAt(AlertEngine &engine, double minute, double free)
{
    return engine.evaluate(input(probe(minutes(minute), {volume(kData, free)}), minutes(minute)));
}

int count(const QList<AlertEvent> &events, AlertEvent::Kind kind)
{
    return int(std::count_if(events.cbegin(), events.cend(),
                             [kind](const AlertEvent &e) { return e.kind == kind; }));
}

const QByteArray kConfig = "sync_routing:\n"
                           "  max_disk_usage_percent: 70\n"
                           "  replication_target: 2\n"
                           "  allowed_external_storage:\n"
                           "  - host: mac-studio\n"
                           "    path: /Volumes/RingRift-Data\n"
                           "    receive_games: true\n"
                           "auto_sync:\n"
                           "  exclude_hosts: [quiet]\n"
                           "hosts:\n"
                           "  mac-studio: {ssh_host: a.invalid, role: coordinator}\n"
                           "  quiet: {ssh_host: b.invalid}\n"
                           "  retired: {ssh_host: c.invalid, status: retired}\n"
                           "  vast-1: {ssh_host: d.invalid, is_ephemeral: true}\n"
                           "  gpu-1: {ssh_host: e.invalid}\n";

} // namespace

class TestAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hoverAroundThresholdRaisesOnce_data();
    void hoverAroundThresholdRaisesOnce();
    void blipShorterThanForRaisesNothing();
    void pendingAlertsSayWhatHolds();
    void forCountsProbeTimesNotTicks();
    void clearNeedsMargin_data();
    void clearNeedsMargin();
    void escalationIsOneAlert();
    void unknownKeepsAlertsGoneClearsThem();
    void volumeFreeSkipsSystemAndReadOnly();
    void maxDiskUsageOnReceivingVolumes();
    void categorySize();
    void forecastFull();
    void hostUnreachable();
    void partlyReachableHostsVolumesAreWatched_data();
    void partlyReachableHostsVolumesAreWatched();
    void daemonNotRunning();
    void staleData();
    void ephemeralReplication();
    void orphanedStorage();
    void monitorReadsLocationScans();
    void staleBackup();
    void monitorWatchesBackupsByTheirLastListing();
    void locationLimitsParse();
    void locationFull();
    void monitorForecastsLocationsAgainstTheirLimits();
    void healthChecksRaiseAndClear();
    void monitorWatchesSavedHealthChecks();
    void rulesValidate();
    void categoryLimitsParse();
    void storeRoundTrip();
    void restartSeedsOpenAlerts();
    void monitorEndToEnd();
    void monitorPublishesForecasts();

private:
    std::unique_ptr<const FleetConfig> config() const
    {
        const CheckedFile checked = checkConfigText(QStringLiteral("f.yaml"), kConfig);
        return std::make_unique<const FleetConfig>(*checked.config);
    }
};

void TestAlerts::hoverAroundThresholdRaisesOnce_data()
{
    QTest::addColumn<qint64>("forSecs");
    QTest::newRow("for 0") << qint64(0);
    QTest::newRow("for 5 min (default)") << qint64(300);
}

void TestAlerts::hoverAroundThresholdRaisesOnce()
{
    QFETCH(qint64, forSecs);
    AlertEngine engine(only(AlertRuleKind::VolumeFree, [&](AlertRule &r) { r.forSecs = forSecs; }));
    QList<AlertEvent> all;
    // Two probes below 20 % free, then fifty around it (19–21.9 %), a probe a minute.
    all += freeAt(engine, 0, 19.0);
    all += freeAt(engine, 5, 19.2);
    for (int i = 0; i < 50; ++i)
        all += freeAt(engine, 6 + i, i % 2 ? 21.9 : 19.5 + (i % 5) * 0.3);
    QCOMPARE(count(all, AlertEvent::Kind::Raised), 1);
    QCOMPARE(count(all, AlertEvent::Kind::Cleared), 0);
    QCOMPARE(count(all, AlertEvent::Kind::SeverityChanged), 0);
    QCOMPARE(engine.openCount(), 1);
    const Alert alert = engine.openAlerts().constFirst();
    QCOMPARE(alert.rule, QStringLiteral("volume-free"));
    QCOMPARE(alert.host, kHost);
    QCOMPARE(alert.subject, kData);
    QCOMPARE(alert.severity, AlertSeverity::Warning);
    QCOMPARE(alert.raisedAt, forSecs ? minutes(5) : minutes(0));
    QCOMPARE(alert.pendingSince, minutes(0));
    QCOMPARE(alert.message, forSecs ? QStringLiteral("/data on gpu-1 has 19.2 % free, below 20 %")
                                    : QStringLiteral("/data on gpu-1 has 19 % free, below 20 %"));
    QCOMPARE(alert.threshold, std::optional<double>(20.0));
    // Only a clear climb past the margin ends it.
    const QList<AlertEvent> cleared = freeAt(engine, 60, 22.0);
    QCOMPARE(count(cleared, AlertEvent::Kind::Cleared), 1);
    QCOMPARE(cleared[0].alert.clearedAt, minutes(60));
}

void TestAlerts::blipShorterThanForRaisesNothing()
{
    AlertEngine engine(only(AlertRuleKind::VolumeFree)); // for 5 min
    QVERIFY(freeAt(engine, 0, 15).isEmpty());
    QCOMPARE(engine.pendingAlerts().size(), 1);
    QVERIFY(freeAt(engine, 2, 15).isEmpty());
    QVERIFY(freeAt(engine, 4, 15).isEmpty());
    QVERIFY(freeAt(engine, 6, 30).isEmpty()); // back up after 4 minutes: the blip is over
    QVERIFY(engine.pendingAlerts().isEmpty());
    QVERIFY(freeAt(engine, 8, 15).isEmpty()); // the count starts over...
    QVERIFY(freeAt(engine, 12, 15).isEmpty());
    QCOMPARE(count(freeAt(engine, 13, 15), AlertEvent::Kind::Raised), 1); // ...5 min later
}

void TestAlerts::pendingAlertsSayWhatHolds()
{
    // A volume at 100 %, seen once (the history's last probe at start-up): pending, with
    // what holds and since when, until a probe 5 minutes later finds it still full.
    AlertEngine engine(only(AlertRuleKind::VolumeFree)); // for 5 min
    QVERIFY(freeAt(engine, 0, 0).isEmpty());
    QCOMPARE(engine.openCount(), 0);
    const QList<Alert> pending = engine.pendingAlerts();
    QCOMPARE(pending.size(), 1);
    const Alert &alert = pending.first();
    QVERIFY(alert.pending);
    QVERIFY(!alert.isOpen());
    QVERIFY(!alert.raisedAt.isValid());
    QCOMPARE(alert.key(), (AlertKey{QStringLiteral("volume-free"), kHost, kData}));
    QCOMPARE(alert.severity, AlertSeverity::Critical);
    QCOMPARE(alert.pendingSince, minutes(0));
    QCOMPARE(alert.value, std::optional<double>(0.0));
    QCOMPARE(alert.threshold, std::optional<double>(10.0));
    QCOMPARE(alert.message, QStringLiteral("/data on gpu-1 has 0 % free, below 10 %"));
    // The same probe evaluated again later is not a second look: still pending.
    AlertInput again = input(probe(minutes(0), {volume(kData, 0)}), minutes(7));
    QVERIFY(engine.evaluate(again).isEmpty());
    QCOMPARE(engine.pendingAlerts().size(), 1);
    QCOMPARE(count(freeAt(engine, 6, 0), AlertEvent::Kind::Raised), 1);
    QVERIFY(engine.pendingAlerts().isEmpty());
}

void TestAlerts::forCountsProbeTimesNotTicks()
{
    // One probe at 15 % free, evaluated again and again as the clock runs: nothing new
    // is known, so the condition has not been seen to hold for 5 minutes.
    AlertEngine engine(only(AlertRuleKind::VolumeFree));
    const HostProbe p = probe(minutes(0), {volume(kData, 15)});
    for (int m = 0; m <= 60; m += 1)
        QVERIFY(engine.evaluate(input(p, minutes(m))).isEmpty());
    QCOMPARE(count(engine.evaluate(input(probe(minutes(61), {volume(kData, 15)}), minutes(61))),
                   AlertEvent::Kind::Raised),
             1);
}

void TestAlerts::clearNeedsMargin_data()
{
    QTest::addColumn<double>("free");
    QTest::addColumn<bool>("open");
    QTest::newRow("19.9 %") << 19.9 << true;
    QTest::newRow("20 % (the threshold)") << 20.0 << true;
    QTest::newRow("21.9 %") << 21.9 << true;
    QTest::newRow("22 % (threshold + margin)") << 22.0 << false;
    QTest::newRow("50 %") << 50.0 << false;
}

void TestAlerts::clearNeedsMargin()
{
    QFETCH(double, free);
    QFETCH(bool, open);
    AlertEngine engine(only(AlertRuleKind::VolumeFree, [](AlertRule &r) { r.forSecs = 0; }));
    QCOMPARE(count(freeAt(engine, 0, 18), AlertEvent::Kind::Raised), 1);
    const QList<AlertEvent> events = freeAt(engine, 5, free);
    QCOMPARE(engine.openCount(), open ? 1 : 0);
    QCOMPARE(count(events, AlertEvent::Kind::Cleared), open ? 0 : 1);
}

void TestAlerts::escalationIsOneAlert()
{
    AlertEngine engine(only(AlertRuleKind::VolumeFree)); // 20/10 %, margin 2, for 5 min
    freeAt(engine, 0, 15);
    QList<AlertEvent> events = freeAt(engine, 5, 15);
    QCOMPARE(count(events, AlertEvent::Kind::Raised), 1);
    QCOMPARE(events[0].alert.severity, AlertSeverity::Warning);

    QVERIFY(freeAt(engine, 10, 9).isEmpty()); // critical pending
    events = freeAt(engine, 15, 8);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, AlertEvent::Kind::SeverityChanged);
    QVERIFY(events[0].isEscalation());
    QCOMPARE(events[0].previous, AlertSeverity::Warning);
    QCOMPARE(events[0].alert.severity, AlertSeverity::Critical);
    QCOMPARE(events[0].alert.raisedAt, minutes(5)); // the same alert
    QCOMPARE(events[0].alert.message, QStringLiteral("/data on gpu-1 has 8 % free, below 10 %"));
    QCOMPARE(engine.openCount(), 1);

    QVERIFY(freeAt(engine, 20, 11).isEmpty());  // inside the critical margin
    QVERIFY(freeAt(engine, 25, 9.5).isEmpty()); // and back: still the one critical alert
    events = freeAt(engine, 30, 12.5);          // past it: back to warning
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, AlertEvent::Kind::SeverityChanged);
    QVERIFY(!events[0].isEscalation());
    QCOMPARE(events[0].alert.severity, AlertSeverity::Warning);
    events = freeAt(engine, 35, 30);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, AlertEvent::Kind::Cleared);

    // Straight from healthy to critical: one alert raised as critical.
    AlertEngine direct(only(AlertRuleKind::VolumeFree));
    freeAt(direct, 0, 5);
    events = freeAt(direct, 5, 5);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, AlertEvent::Kind::Raised);
    QCOMPARE(events[0].alert.severity, AlertSeverity::Critical);
}

void TestAlerts::unknownKeepsAlertsGoneClearsThem()
{
    const auto fleet = config();
    AlertRules rules = only(AlertRuleKind::VolumeFree, [](AlertRule &r) { r.forSecs = 0; });
    AlertEngine engine(rules);
    QCOMPARE(count(engine.evaluate(
                       input(probe(minutes(0), {volume(kData, 5)}), minutes(0), fleet.get())),
                   AlertEvent::Kind::Raised),
             1);
    // The host stops answering: its volume's state is unknown, the alert stays.
    QVERIFY(engine
                .evaluate(
                    input(probe(minutes(5), {}, HostStatus::Unreachable), minutes(5), fleet.get()))
                .isEmpty());
    // The volume does not respond: unknown too.
    Volume dead = volume(kData, 50);
    dead.state = Volume::State::NotResponding;
    dead.totalBytes = dead.usedBytes = dead.availableBytes = -1;
    QVERIFY(engine.evaluate(input(probe(minutes(10), {dead}), minutes(10), fleet.get())).isEmpty());
    // No config loaded yet and no probe: unknown.
    AlertInput none;
    none.now = minutes(12);
    QVERIFY(engine.evaluate(none).isEmpty());
    QCOMPARE(engine.openCount(), 1);
    // The host answers without that volume: it is gone, the alert clears.
    QList<AlertEvent> events = engine.evaluate(
        input(probe(minutes(15), {volume(QStringLiteral("/"), 50)}), minutes(15), fleet.get()));
    QCOMPARE(count(events, AlertEvent::Kind::Cleared), 1);

    // The rule is disabled: its alerts clear.
    freeAt(engine, 20, 5);
    QCOMPARE(engine.openCount(), 1);
    rules.rule(AlertRuleKind::VolumeFree).enabled = false;
    engine.setRules(rules);
    events = freeAt(engine, 25, 5);
    QCOMPARE(count(events, AlertEvent::Kind::Cleared), 1);

    // The host leaves the config: its alerts clear.
    rules.rule(AlertRuleKind::VolumeFree).enabled = true;
    engine.setRules(rules);
    const HostProbe other =
        probe(minutes(30), {volume(kData, 5)}, HostStatus::Ok, QStringLiteral("old-host"));
    QCOMPARE(count(engine.evaluate(input(other, minutes(30))), AlertEvent::Kind::Raised), 1);
    AlertInput without = input(probe(minutes(35), {volume(kData, 50)}), minutes(35), fleet.get());
    events = engine.evaluate(without);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, AlertEvent::Kind::Cleared);
    QCOMPARE(events[0].alert.host, QStringLiteral("old-host"));

    // A host the config names with a status other than ready is not watched.
    const HostProbe retired =
        probe(minutes(40), {volume(kData, 5)}, HostStatus::Ok, QStringLiteral("retired"));
    QVERIFY(engine.evaluate(input(retired, minutes(40), fleet.get())).isEmpty());
}

void TestAlerts::volumeFreeSkipsSystemAndReadOnly()
{
    AlertEngine engine(only(AlertRuleKind::VolumeFree, [](AlertRule &r) { r.forSecs = 0; }));
    Volume system = volume(QStringLiteral("/snap/core/1"), 0);
    system.system = true;
    Volume readOnly = volume(QStringLiteral("/media/iso"), 0);
    readOnly.readOnly = true;
    const QList<AlertEvent> events =
        engine.evaluate(input(probe(minutes(0), {system, readOnly, volume(kData, 9)}), minutes(0)));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].alert.subject, kData);
    QCOMPARE(events[0].alert.severity, AlertSeverity::Critical);
}

void TestAlerts::maxDiskUsageOnReceivingVolumes()
{
    const auto fleet = config();
    AlertEngine engine(only(AlertRuleKind::MaxDiskUsage));
    HostProbe mac = probe(
        minutes(0),
        {volume(QStringLiteral("/"), 80), volume(QStringLiteral("/Volumes/RingRift-Data"), 17)},
        HostStatus::Ok, QStringLiteral("mac-studio"));
    mac.externalStorage = {{QStringLiteral("/Volumes/RingRift-Data"),
                            ExternalStorageState::State::Mounted, QString()}};
    const HostProbe quiet = probe(minutes(0), {volume(QStringLiteral("/"), 5)}, HostStatus::Ok,
                                  QStringLiteral("quiet"));
    AlertInput in = input(mac, minutes(0), fleet.get());
    in.states.insert(quiet.name, {quiet, {}});
    QVERIFY(engine.evaluate(in).isEmpty()); // pending for 5 minutes
    mac.probedAt = minutes(5);
    in.states.insert(mac.name, {mac, {}});
    in.now = minutes(5);
    const QList<AlertEvent> events = engine.evaluate(in);
    // Only the external drive syncs write to (83 % used), not the system disk nor the
    // host excluded from auto sync.
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].alert.rule, QStringLiteral("max-disk-usage"));
    QCOMPARE(events[0].alert.subject, QStringLiteral("/Volumes/RingRift-Data"));
    QCOMPARE(events[0].alert.severity, AlertSeverity::Critical);
    QCOMPARE(events[0].alert.threshold, std::optional<double>(70.0));
    QCOMPARE(events[0].alert.message,
             QStringLiteral("syncs to mac-studio are blocked: /Volumes/RingRift-Data is at 83 % "
                            "≥ max_disk_usage_percent 70 %"));
    // Clears below max - margin (68 %), not at 69 %.
    mac.volumes[1] = volume(QStringLiteral("/Volumes/RingRift-Data"), 31);
    in.states.insert(mac.name, {mac, {}});
    QVERIFY(engine.evaluate(in).isEmpty());
    mac.volumes[1] = volume(QStringLiteral("/Volumes/RingRift-Data"), 32.5);
    in.states.insert(mac.name, {mac, {}});
    QCOMPARE(count(engine.evaluate(in), AlertEvent::Kind::Cleared), 1);
}

void TestAlerts::categorySize()
{
    AlertEngine engine(only(AlertRuleKind::CategorySize));
    HostProbe p = probe(minutes(0));
    p.roots = {root(QStringLiteral("/a"), {{QStringLiteral("ply_rejected"), 200 * kGB, 10, -1}}),
               root(QStringLiteral("/b"), {{QStringLiteral("ply_rejected"), 110 * kGB, 10, -1},
                                           {QStringLiteral("games"), 900 * kGB, 10, -1}})};
    QList<AlertEvent> events = engine.evaluate(input(p, minutes(0)));
    QCOMPARE(events.size(), 1); // 310 GB over the 300 GB default, summed over the roots
    QCOMPARE(events[0].alert.subject, QStringLiteral("ply_rejected"));
    QCOMPARE(events[0].alert.severity, AlertSeverity::Warning);
    QVERIFY2(events[0].alert.message.startsWith(QStringLiteral("Rejected PLY samples on gpu-1")),
             qPrintable(events[0].alert.message));
    // 295 GB: inside the 10 GB margin; 289 GB: cleared.
    p.roots[1].categories[0].bytes = 95 * kGB;
    QVERIFY(engine.evaluate(input(p, minutes(1))).isEmpty());
    p.roots[1].categories[0].bytes = 89 * kGB;
    QCOMPARE(count(engine.evaluate(input(p, minutes(2))), AlertEvent::Kind::Cleared), 1);
    // A root that could not be scanned: below the limit is unknown, above is known.
    p.roots[1].status = DataRootScan::Status::Denied;
    p.roots[0].categories[0].bytes = 250 * kGB;
    QVERIFY(engine.evaluate(input(p, minutes(3))).isEmpty());
    p.roots[0].categories[0].bytes = 301 * kGB;
    QCOMPARE(count(engine.evaluate(input(p, minutes(4))), AlertEvent::Kind::Raised), 1);
}

void TestAlerts::forecastFull()
{
    AlertEngine engine(only(AlertRuleKind::ForecastFull)); // 24 h / 4 h, for 15 min
    const HostProbe p = probe(minutes(0), {volume(kData, 30)});
    const auto withForecast = [&](double minute, std::optional<qint64> secondsToFull,
                                  ForecastReason reason = ForecastReason::None) {
        Forecast f;
        f.asOfMs = minutes(minute).toMSecsSinceEpoch();
        f.windowSecs = kAlertForecastWindowSecs;
        f.secondsToFull = secondsToFull;
        f.rateBytesPerDay = 100.0 * kGB;
        f.reason = reason;
        AlertInput in = input(p, minutes(minute));
        in.forecasts[kHost][kData] = f;
        return engine.evaluate(in);
    };
    QVERIFY(withForecast(0, 3 * 3600).isEmpty());
    QVERIFY(withForecast(10, 3 * 3600).isEmpty());
    QList<AlertEvent> events = withForecast(15, 3 * 3600 - 900);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].alert.severity, AlertSeverity::Critical);
    QVERIFY2(events[0].alert.message.startsWith(QStringLiteral("/data on gpu-1 will be full in "
                                                               "about 2 hour")),
             qPrintable(events[0].alert.message));
    // Noisy or too few samples: unknown, it stays.
    QVERIFY(withForecast(20, std::nullopt, ForecastReason::Noisy).isEmpty());
    QVERIFY(withForecast(25, std::nullopt, ForecastReason::TooFewSamples).isEmpty());
    // 5 h: inside the 2 h margin of the critical level; 7 h: warning.
    QVERIFY(withForecast(30, 5 * 3600).isEmpty());
    events = withForecast(35, 7 * 3600);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].alert.severity, AlertSeverity::Warning);
    // Usage stops growing: the volume does not fill, the alert clears.
    events = withForecast(40, std::nullopt, ForecastReason::Flat);
    QCOMPARE(count(events, AlertEvent::Kind::Cleared), 1);
    // No forecast at all for the volume (no history): nothing.
    QVERIFY(engine.evaluate(input(p, minutes(50))).isEmpty());
}

void TestAlerts::hostUnreachable()
{
    AlertEngine engine(only(AlertRuleKind::HostUnreachable)); // 15 min
    const HostProbe down = probe(minutes(0), {}, HostStatus::Unreachable);
    AlertInput in = input(down, minutes(10));
    in.states[kHost].failingSince = minutes(-4);
    QVERIFY(engine.evaluate(in).isEmpty()); // 14 minutes
    in.now = minutes(11);
    QList<AlertEvent> events = engine.evaluate(in);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].alert.rule, QStringLiteral("host-unreachable"));
    QCOMPARE(events[0].alert.subject, QString());
    QCOMPARE(events[0].alert.value, std::optional<double>(15 * 60));
    QVERIFY2(events[0].alert.message.startsWith(QStringLiteral("gpu-1 has not answered for 15 "
                                                               "minute")),
             qPrintable(events[0].alert.message));
    QVERIFY(events[0].alert.message.endsWith(QStringLiteral(": no route to host")));
    in.now = minutes(100);
    QVERIFY(engine.evaluate(in).isEmpty()); // still the one alert
    QCOMPARE(
        count(engine.evaluate(input(probe(minutes(101)), minutes(101))), AlertEvent::Kind::Cleared),
        1);
}

void TestAlerts::partlyReachableHostsVolumesAreWatched_data()
{
    QTest::addColumn<bool>("withVolumes");
    // SSH refused, node_exporter answered: the volume rules read its volumes.
    QTest::newRow("partly reachable") << true;
    // Nothing answered: nothing is known of its volumes.
    QTest::newRow("unreachable") << false;
}

void TestAlerts::partlyReachableHostsVolumesAreWatched()
{
    QFETCH(bool, withVolumes);
    HostProbe p = probe(minutes(0), withVolumes ? VolumeList{volume(kData, 5)} : VolumeList{},
                        HostStatus::Refused);
    p.daemons = {{QStringLiteral("auto_sync_daemon"), false, QStringLiteral("not checked"), {}}};
    QCOMPARE(p.partlyReachable(), withVolumes);
    AlertInput in = input(p, minutes(30));
    in.states[kHost].failingSince = minutes(-10);
    const AlertObservations seen = observeAlertConditions(AlertRules(), in);
    const auto find = [&](const QString &rule) -> const AlertObservation * {
        for (const AlertObservation &o : seen.observations) {
            if (o.key.rule == rule)
                return &o;
        }
        return nullptr;
    };
    const AlertObservation *free = find(QStringLiteral("volume-free"));
    QCOMPARE(free != nullptr, withVolumes);
    if (free) {
        QVERIFY(free->known);
        QCOMPARE(free->key.subject, kData);
        QCOMPARE(free->value, 5.0);
    }
    QCOMPARE(seen.isCovered(QStringLiteral("volume-free"), kHost), withVolumes);
    // What SSH would have told stays unknown.
    QVERIFY(!find(QStringLiteral("daemon-not-running")));
    QVERIFY(!seen.isCovered(QStringLiteral("daemon-not-running"), kHost));
    // SSH has not answered for 40 minutes either way; the message says what still does.
    const AlertObservation *unreachable = find(QStringLiteral("host-unreachable"));
    QVERIFY(unreachable);
    QCOMPARE(unreachable->value, 40.0 * 60);
    QCOMPARE(unreachable->messages[0].contains(QStringLiteral("node_exporter answers")),
             withVolumes);
}

void TestAlerts::daemonNotRunning()
{
    AlertEngine engine(only(AlertRuleKind::DaemonNotRunning)); // for 10 min
    const auto daemons = [&](double minute, bool running, const QString &error = QString()) {
        HostProbe p = probe(minutes(minute));
        p.daemons = {{QStringLiteral("auto_sync_daemon"), running, error, {}},
                     {QStringLiteral("s3_backup_daemon"), true, QString(), {}}};
        return engine.evaluate(input(p, minutes(minute)));
    };
    QVERIFY(daemons(0, false).isEmpty());
    QVERIFY(daemons(5, false).isEmpty());
    QList<AlertEvent> events = daemons(10, false);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].alert.subject, QStringLiteral("auto_sync_daemon"));
    QCOMPARE(events[0].alert.message,
             QStringLiteral("expected process 'auto_sync_daemon' is not running on gpu-1"));
    QVERIFY(daemons(15, false, QStringLiteral("pgrep failed")).isEmpty()); // unknown: stays
    QCOMPARE(count(daemons(20, true), AlertEvent::Kind::Cleared), 1);
}

void TestAlerts::staleData()
{
    AlertEngine engine(only(AlertRuleKind::StaleData)); // 24 h, margin 1 h
    const auto newest = [&](double minute, double gamesHoursOld) {
        HostProbe p = probe(minutes(minute));
        const qint64 at = minutes(minute).toSecsSinceEpoch();
        p.roots = {root(QStringLiteral("/data"),
                        {{QStringLiteral("games"), kGB, 5, at - qint64(gamesHoursOld * 3600)},
                         // Logs keep being written by the daemons: they do not count.
                         {QStringLiteral("logs"), kGB, 5, at - 60}})};
        return engine.evaluate(input(p, minutes(minute)));
    };
    QVERIFY(newest(0, 23).isEmpty());
    QList<AlertEvent> events = newest(1, 25);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].alert.rule, QStringLiteral("stale-data"));
    QCOMPARE(events[0].alert.message,
             QStringLiteral("the newest data on gpu-1 is 25 hour(s) old (limit 24 hour(s))"));
    QVERIFY(newest(2, 23.5).isEmpty()); // inside the margin
    QCOMPARE(count(newest(3, 0.5), AlertEvent::Kind::Cleared), 1);
    // The age counts at the probe, not at the clock: an old probe is not stale data.
    HostProbe p = probe(minutes(0));
    p.roots = {root(QStringLiteral("/data"),
                    {{QStringLiteral("games"), kGB, 5, minutes(0).toSecsSinceEpoch() - 3600}})};
    QVERIFY(engine.evaluate(input(p, minutes(48 * 60))).isEmpty());
}

void TestAlerts::ephemeralReplication()
{
    const auto fleet = config();
    AlertEngine engine(only(AlertRuleKind::EphemeralReplication)); // 6 h, critical
    const HostProbe vast = probe(minutes(0), {}, HostStatus::Ok, QStringLiteral("vast-1"));
    // Not measured: nothing is evaluated, nothing pends.
    QVERIFY(engine.evaluate(input(vast, minutes(0), fleet.get())).isEmpty());
    QVERIFY(engine.pendingAlerts().isEmpty());

    ReplicationMeasurement m;
    m.host = QStringLiteral("vast-1");
    m.kind = QStringLiteral("games");
    m.measuredAt = minutes(0);
    m.files = 12;
    m.bytes = 3 * kGB;
    m.oldestUnreplicated = minutes(-5 * 60);
    AlertInput in = input(vast, minutes(0), fleet.get());
    in.replication = {m};
    QVERIFY(engine.evaluate(in).isEmpty()); // 5 hours
    m.measuredAt = minutes(61);
    in.replication = {m};
    in.now = minutes(61);
    QList<AlertEvent> events = engine.evaluate(in);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].alert.subject, QStringLiteral("games"));
    QCOMPARE(events[0].alert.severity, AlertSeverity::Critical);
    QVERIFY2(events[0].alert.message.startsWith(QStringLiteral("vast-1 is ephemeral and holds 12 "
                                                               "file(s) of games")),
             qPrintable(events[0].alert.message));
    // Replicated: cleared.
    m.files = 0;
    m.oldestUnreplicated = QDateTime();
    in.replication = {m};
    QCOMPARE(count(engine.evaluate(in), AlertEvent::Kind::Cleared), 1);
    // A host that is not ephemeral never alerts, measured or not.
    HostProbe gpu = probe(minutes(70));
    ReplicationMeasurement old = m;
    old.host = kHost;
    old.files = 5;
    old.oldestUnreplicated = minutes(-1000);
    AlertInput other = input(gpu, minutes(70), fleet.get());
    other.replication = {old};
    QVERIFY(engine.evaluate(other).isEmpty());
}

void TestAlerts::rulesValidate()
{
    for (const AlertRuleKind kind : kAlertRuleKinds) {
        QVERIFY2(AlertRule::defaults(kind).isValid(), qPrintable(alertRuleKey(kind)));
        QCOMPARE(alertRuleFromKey(alertRuleKey(kind)), std::optional<AlertRuleKind>(kind));
    }
    AlertRule free = AlertRule::defaults(AlertRuleKind::VolumeFree);
    free.critical = 25.0; // milder than the warning
    QVERIFY(!free.isValid());
    free = AlertRule::defaults(AlertRuleKind::VolumeFree);
    free.warning = 120.0;
    QVERIFY(!free.isValid());
    AlertRule forecast = AlertRule::defaults(AlertRuleKind::ForecastFull);
    forecast.critical = 48.0 * 3600; // "full within 48 h" critical, 24 h warning: wrong way
    QVERIFY(!forecast.isValid());
    AlertRule daemon = AlertRule::defaults(AlertRuleKind::DaemonNotRunning);
    daemon.warning = 1.0; // a flag has no threshold to set
    QVERIFY(!daemon.isValid());
    AlertRule unreachable = AlertRule::defaults(AlertRuleKind::HostUnreachable);
    unreachable.forSecs = -1;
    QVERIFY(!unreachable.isValid());
    unreachable.forSecs = 0;
    unreachable.margin = std::numeric_limits<double>::quiet_NaN();
    QVERIFY(!unreachable.isValid());
    QCOMPARE(AlertRule::defaults(AlertRuleKind::ForecastFull).warning,
             std::optional<double>(24 * 3600));
    QCOMPARE(AlertRule::defaults(AlertRuleKind::ForecastFull).critical,
             std::optional<double>(4 * 3600));
    QCOMPARE(AlertRule::defaults(AlertRuleKind::HostUnreachable).warning,
             std::optional<double>(15 * 60));
    QCOMPARE(AlertRule::defaults(AlertRuleKind::EphemeralReplication).critical,
             std::optional<double>(6 * 3600));
    QCOMPARE(defaultCategoryLimits(),
             (QList<CategoryLimit>{{QStringLiteral("ply_rejected"), 300 * kGB}}));
}

void TestAlerts::categoryLimitsParse()
{
    QList<CategoryLimit> limits;
    QString error;
    QVERIFY2(parseCategoryLimits(QStringLiteral("# limits\nply_rejected: 300 GB\n\n"
                                                "logs: 1.5GiB\ngames:42"),
                                 &limits, &error),
             qPrintable(error));
    QCOMPARE(limits, (QList<CategoryLimit>{{QStringLiteral("ply_rejected"), 300 * kGB},
                                           {QStringLiteral("logs"), 1610612736},
                                           {QStringLiteral("games"), 42}}));
    // Written in the largest unit that is exact, as a person would.
    QCOMPARE(formatCategoryLimits(limits),
             QStringLiteral("ply_rejected: 300 GB\nlogs: 1536 MiB\ngames: 42"));
    QList<CategoryLimit> back;
    QVERIFY(parseCategoryLimits(formatCategoryLimits(limits), &back, &error));
    QCOMPARE(back, limits);
    QVERIFY(!parseCategoryLimits(QStringLiteral("games: 1 GB\ngames: 2 GB"), &back, &error));
    QVERIFY2(error.contains(QStringLiteral("line 2")), qPrintable(error));
    QVERIFY(!parseCategoryLimits(QStringLiteral("games: lots"), &back, &error));
    QVERIFY(!parseCategoryLimits(QStringLiteral("games: 3 parsecs"), &back, &error));
    QCOMPARE(back, limits); // untouched on failure
}

void TestAlerts::storeRoundTrip()
{
    QTemporaryDir dir;
    HistoryStore history;
    QString error;
    QVERIFY2(history.open(dir.filePath(QStringLiteral("history.sqlite")), &error),
             qPrintable(error));
    AlertStore store(history.database());

    AlertEngine engine(only(AlertRuleKind::VolumeFree, [](AlertRule &r) { r.forSecs = 0; }));
    QList<AlertEvent> events = freeAt(engine, 0, 15);
    QVERIFY2(store.record(&events, &error), qPrintable(error));
    QVERIFY(events[0].alert.id > 0);
    const qint64 id = events[0].alert.id;
    events = freeAt(engine, 5, 5); // escalation: the same row
    QVERIFY(store.record(&events, &error));
    QCOMPARE(events[0].alert.id, id);

    QList<Alert> open = store.openAlerts(&error);
    QCOMPARE(open.size(), 1);
    const Alert &a = open[0];
    QCOMPARE(a.id, id);
    QCOMPARE(a.rule, QStringLiteral("volume-free"));
    QCOMPARE(a.host, kHost);
    QCOMPARE(a.subject, kData);
    QCOMPARE(a.severity, AlertSeverity::Critical);
    QCOMPARE(a.message, QStringLiteral("/data on gpu-1 has 5 % free, below 10 %"));
    QCOMPARE(a.value, std::optional<double>(5.0));
    QCOMPARE(a.threshold, std::optional<double>(10.0));
    QCOMPARE(a.pendingSince, minutes(0));
    QCOMPARE(a.raisedAt, minutes(0));
    QVERIFY(a.isOpen());
    QVERIFY(store.history(10).isEmpty());

    events = freeAt(engine, 10, 80);
    QVERIFY(store.record(&events, &error));
    QVERIFY(store.openAlerts().isEmpty());
    const QList<Alert> cleared = store.history(10);
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(cleared[0].id, id);
    QCOMPARE(cleared[0].clearedAt, minutes(10));
    QCOMPARE(cleared[0].severity, AlertSeverity::Critical);

    // A few more, then the newest first and the limit; open ones are always listed.
    for (int i = 1; i <= 5; ++i) {
        events = freeAt(engine, 20 * i, 15);
        events += freeAt(engine, 20 * i + 5, 80);
        QVERIFY(store.record(&events, &error));
    }
    events = freeAt(engine, 200, 15);
    QVERIFY(store.record(&events, &error));
    const QList<Alert> past = store.history(3);
    QCOMPARE(past.size(), 3);
    QCOMPARE(past[0].raisedAt, minutes(100));
    QCOMPARE(past[2].raisedAt, minutes(60));
    const QList<Alert> recent = store.recentAlerts(2);
    QCOMPARE(recent.size(), 3);
    QVERIFY(recent[0].isOpen());
    QCOMPARE(recent[0].raisedAt, minutes(200));
    QCOMPARE(recent[1].raisedAt, minutes(100));
    // A host-wide alert (empty subject) with no value: raised, then cleared by key.
    AlertEngine hosts(only(AlertRuleKind::HostUnreachable));
    AlertInput down = input(probe(minutes(300), {}, HostStatus::Refused), minutes(320));
    events = hosts.evaluate(down);
    QCOMPARE(events.size(), 1);
    events[0].alert.value.reset();
    QVERIFY2(store.record(&events, &error), qPrintable(error));
    QCOMPARE(store.openAlerts().size(), 2);
    QCOMPARE(store.openAlerts().constFirst().subject, QString());
    QCOMPARE(store.openAlerts().constFirst().value, std::nullopt);
    events = hosts.evaluate(input(probe(minutes(330)), minutes(330)));
    QCOMPARE(events.size(), 1);
    QVERIFY2(store.record(&events, &error), qPrintable(error));
    QCOMPARE(store.openAlerts().size(), 1);
    QCOMPARE(store.history(1).constFirst().rule, QStringLiteral("host-unreachable"));
    QCOMPARE(store.history(1).constFirst().clearedAt, minutes(330));
}

void TestAlerts::restartSeedsOpenAlerts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const AlertRules rules = only(AlertRuleKind::VolumeFree, [](AlertRule &r) { r.forSecs = 0; });
    qint64 id = -1;
    {
        HistoryStore history;
        QString error;
        QVERIFY(history.open(path, &error));
        AlertStore store(history.database());
        AlertEngine engine(rules);
        QList<AlertEvent> events = freeAt(engine, 0, 15);
        QVERIFY(store.record(&events, &error));
        id = events[0].alert.id;
    }
    // A new process: the same condition raises nothing, and its end clears the same row.
    HistoryStore history;
    QString error;
    QVERIFY(history.open(path, &error));
    AlertStore store(history.database());
    AlertEngine engine(rules);
    engine.seed(store.openAlerts());
    QCOMPARE(engine.openCount(), 1);
    QVERIFY(freeAt(engine, 60, 15).isEmpty());
    QVERIFY(freeAt(engine, 65, 5).size() == 1); // escalates, does not raise
    QList<AlertEvent> events = freeAt(engine, 70, 50);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, AlertEvent::Kind::Cleared);
    QCOMPARE(events[0].alert.raisedAt, minutes(0));
    QVERIFY(store.record(&events, &error));
    QCOMPARE(events[0].alert.id, id);
    QVERIFY(store.openAlerts().isEmpty());
    QCOMPARE(store.history(10).size(), 1);

    // Without seeding, the restart would have raised it again.
    AlertEngine unseeded(rules);
    QCOMPARE(count(freeAt(unseeded, 60, 15), AlertEvent::Kind::Raised), 1);

    // An alert of a rule this version does not know is left alone, not cleared.
    Alert future;
    future.rule = QStringLiteral("rule-of-a-newer-version");
    future.host = kHost;
    future.raisedAt = minutes(0);
    AlertEngine older(rules);
    older.seed({future});
    QCOMPARE(older.openCount(), 0);
    QVERIFY(freeAt(older, 60, 50).isEmpty());
}

void TestAlerts::monitorEndToEnd()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QDateTime now = minutes(0);
    const auto states = [&](double free) {
        QHash<QString, LiveHostState> s;
        s.insert(kHost, {probe(now, {volume(kData, free)}), {}});
        return s;
    };
    {
        AlertMonitor monitor;
        monitor.setHistoryPath(path);
        monitor.setClock([&now] { return now; });
        monitor.setRules(AlertRules()); // the defaults: for 5 min
        QSignalSpy raised(&monitor, &AlertMonitor::alertRaised);
        QSignalSpy counts(&monitor, &AlertMonitor::openCountChanged);
        QSignalSpy evaluated(&monitor, &AlertMonitor::evaluated);
        monitor.start();
        QVERIFY(evaluated.wait());
        monitor.setLiveStates(states(15));
        QTRY_COMPARE(evaluated.size(), 2);
        QCOMPARE(raised.size(), 0);
        now = minutes(5);
        monitor.setLiveStates(states(15));
        QTRY_COMPARE(raised.size(), 1);
        const Alert alert = raised[0][0].value<Alert>();
        QCOMPARE(alert.subject, kData);
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts[0][0].toInt(), 1);
        QCOMPARE(monitor.openCount(), 1);
        QVERIFY(monitor.openAlerts()[0].id > 0);
        QCOMPARE(monitor.recentAlerts().size(), 1);
        // Evaluations with nothing new do not notify again.
        now = minutes(6);
        monitor.evaluateNow();
        monitor.evaluateNow();
        QTRY_COMPARE(evaluated.size(), 5);
        QCOMPARE(raised.size(), 1);
    }
    // Restarted: the open alert comes back from the database without a notification.
    AlertMonitor monitor;
    monitor.setHistoryPath(path);
    monitor.setClock([&now] { return now; });
    QSignalSpy raised(&monitor, &AlertMonitor::alertRaised);
    QSignalSpy cleared(&monitor, &AlertMonitor::alertCleared);
    QSignalSpy counts(&monitor, &AlertMonitor::openCountChanged);
    now = minutes(10);
    monitor.setLiveStates(states(15));
    monitor.start();
    QTRY_COMPARE(counts.size(), 1);
    QCOMPARE(monitor.openCount(), 1);
    QCOMPARE(raised.size(), 0);
    now = minutes(15);
    monitor.setLiveStates(states(40));
    QTRY_COMPARE(cleared.size(), 1);
    QTRY_COMPARE(counts.size(), 2);
    QCOMPARE(counts[1][0].toInt(), 0);
    QCOMPARE(monitor.recentAlerts().size(), 1);
    QVERIFY(!monitor.recentAlerts()[0].isOpen());
    QCOMPARE(raised.size(), 0);
}

void TestAlerts::orphanedStorage()
{
    AlertEngine engine(only(AlertRuleKind::OrphanedStorage)); // 10 %, 25 %, margin 2
    const QString bucket = QStringLiteral("rclone:s3:datasets/models");
    const auto scanned = [&](double minute, double percent) {
        AlertInput in;
        in.now = minutes(minute);
        in.locations =
            QList<LocationOrphans>{{bucket, percent, qint64(percent * 1e9), minutes(minute)},
                                   {QStringLiteral("/srv/clean"), 1.0, 1000, minutes(minute)}};
        return engine.evaluate(in);
    };
    QList<AlertEvent> events = scanned(0, 31.0);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, AlertEvent::Kind::Raised);
    QCOMPARE(events[0].alert.rule, QStringLiteral("orphaned-storage"));
    QCOMPARE(events[0].alert.host, QString());
    QCOMPARE(events[0].alert.subject, bucket);
    QCOMPARE(events[0].alert.severity, AlertSeverity::Critical);
    QCOMPARE(events[0].alert.message,
             QStringLiteral("rclone:s3:datasets/models: 31.0 % orphaned at its last scan "
                            "(28.9 GiB)"));
    events = scanned(1, 12.0); // better, still over 10 %: a warning
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, AlertEvent::Kind::SeverityChanged);
    QCOMPARE(events[0].alert.severity, AlertSeverity::Warning);
    QVERIFY(scanned(2, 9.0).isEmpty()); // inside the margin: still a warning
    QCOMPARE(count(scanned(3, 7.5), AlertEvent::Kind::Cleared), 1); // the band went green
    // Not known this time (no history read): nothing changes.
    QVERIFY(scanned(4, 40.0).size() == 1);
    AlertInput unknown;
    unknown.now = minutes(5);
    QVERIFY(engine.evaluate(unknown).isEmpty());
    QCOMPARE(engine.openCount(), 1);
}

void TestAlerts::monitorReadsLocationScans()
{
    // A scan `qmctl orphans scan` kept in the history raises its alert in the app.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    {
        HistoryStore history;
        QString error;
        QVERIFY2(history.open(path, &error), qPrintable(error));
        LocationScan scan;
        scan.location = QStringLiteral("/srv/data");
        scan.scannedAtMs = minutes(0).toMSecsSinceEpoch();
        scan.listedBytes = 1000;
        scan.orphanBytes = 310;
        scan.orphanShare = 0.31;
        scan.band = QStringLiteral("critical");
        QVERIFY2(LocationScanStore(history.database()).record(scan, &error), qPrintable(error));
    }
    AlertMonitor monitor;
    monitor.setHistoryPath(path);
    QDateTime now = minutes(1);
    monitor.setClock([&now] { return now; });
    monitor.setRules(only(AlertRuleKind::OrphanedStorage));
    QSignalSpy raised(&monitor, &AlertMonitor::alertRaised);
    monitor.start();
    QTRY_COMPARE(raised.size(), 1);
    const Alert alert = raised[0][0].value<Alert>();
    QCOMPARE(alert.subject, QStringLiteral("/srv/data"));
    QCOMPARE(alert.severity, AlertSeverity::Critical);
}

void TestAlerts::staleBackup()
{
    AlertEngine engine(only(AlertRuleKind::StaleBackup)); // 26 h, 72 h, margin 1 h
    const QString bucket = QStringLiteral("rclone:s3:backup/gpu-1/models");
    const auto listed = [&](double minute, double newestHoursAgo) {
        AlertInput in;
        in.now = minutes(minute);
        const qint64 newest =
            newestHoursAgo < 0 ? -1 : minutes(minute - newestHoursAgo * 60).toMSecsSinceEpoch();
        in.backups = QList<BackupAge>{
            {bucket, QStringLiteral("gpu-1"), QStringLiteral("models"), newest, minutes(minute)}};
        return engine.evaluate(in);
    };
    QVERIFY(listed(0, 2).isEmpty()); // written two hours ago: fine
    QList<AlertEvent> events = listed(1, 30);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].alert.rule, QStringLiteral("stale-backup"));
    QCOMPARE(events[0].alert.subject, bucket);
    QCOMPARE(events[0].alert.severity, AlertSeverity::Warning);
    QVERIFY2(events[0].alert.message.startsWith(
                 QStringLiteral("rclone:s3:backup/gpu-1/models, the backup of gpu-1 models: its "
                                "newest object is 30 hour")),
             qPrintable(events[0].alert.message));
    events = listed(2, 80);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].alert.severity, AlertSeverity::Critical);
    QCOMPARE(count(listed(3, 1), AlertEvent::Kind::Cleared), 1); // the daemon runs again
    // An empty backup is as stale as can be.
    events = listed(4, -1);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].alert.severity, AlertSeverity::Critical);
    QVERIFY2(events[0].alert.message.contains(QStringLiteral("was empty")),
             qPrintable(events[0].alert.message));
}

void TestAlerts::monitorWatchesBackupsByTheirLastListing()
{
    // A listing the replication measurement (or qmctl storage du) kept in the history.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const QString backup = QStringLiteral("/mnt/backup/models");
    {
        HistoryStore history;
        QString error;
        QVERIFY2(history.open(path, &error), qPrintable(error));
        UsageFigures usage;
        usage.add(100, minutes(-100 * 60).toMSecsSinceEpoch()); // 100 hours before
        QVERIFY2(LocationScanStore(history.database())
                     .record(LocationScan::listing(backup, minutes(0).toMSecsSinceEpoch(), usage),
                             &error),
                 qPrintable(error));
    }
    AlertMonitor monitor;
    monitor.setHistoryPath(path);
    QDateTime now = minutes(1);
    monitor.setClock([&now] { return now; });
    monitor.setRules(only(AlertRuleKind::StaleBackup));
    // Listed, but not named as a backup: nothing is watched.
    QSignalSpy raised(&monitor, &AlertMonitor::alertRaised);
    monitor.start();
    QTest::qWait(200);
    QCOMPARE(raised.size(), 0);
    // A scan from before newest times were kept (objects, no time) tells nothing.
    const QString older = QStringLiteral("/mnt/backup/games");
    {
        HistoryStore history;
        QString error;
        QVERIFY2(history.open(path, &error), qPrintable(error));
        LocationScan scan;
        scan.location = older;
        scan.scannedAtMs = minutes(0).toMSecsSinceEpoch();
        scan.listedObjects = 3;
        scan.listedBytes = 300;
        scan.band = QStringLiteral("healthy");
        QVERIFY2(LocationScanStore(history.database()).record(scan, &error), qPrintable(error));
    }
    monitor.setBackupLinks({{QStringLiteral("gpu-1"), DataKind::Models, backup},
                            {QStringLiteral("gpu-1"), DataKind::Games, older}});
    QTRY_COMPARE(raised.size(), 1);
    const Alert alert = raised[0][0].value<Alert>();
    QCOMPARE(alert.subject, backup);
    QCOMPARE(alert.severity, AlertSeverity::Critical);
    QTest::qWait(200);
    QCOMPARE(raised.size(), 1); // nothing about the older scan
}

void TestAlerts::locationLimitsParse()
{
    QList<LocationLimit> limits;
    QString error;
    // Locations hold colons: the size follows the last one.
    QVERIFY2(parseLocationLimits(QStringLiteral("# quotas\nrclone:s3:backups/models: 2 TB\n"
                                                "gpu-1:/srv/data:500GiB\n/mnt/archive : 1.5 TB"),
                                 &limits, &error),
             qPrintable(error));
    QCOMPARE(limits, (QList<LocationLimit>{{QStringLiteral("rclone:s3:backups/models"), 2000 * kGB},
                                           {QStringLiteral("gpu-1:/srv/data"), 500LL << 30},
                                           {QStringLiteral("/mnt/archive"), 1500 * kGB}}));
    QCOMPARE(formatLocationLimits(limits),
             QStringLiteral("rclone:s3:backups/models: 2 TB\ngpu-1:/srv/data: 500 GiB\n"
                            "/mnt/archive: 1500 GB"));
    QList<LocationLimit> back;
    QVERIFY(parseLocationLimits(formatLocationLimits(limits), &back, &error));
    QCOMPARE(back, limits);
    QVERIFY(!parseLocationLimits(QStringLiteral("/mnt/archive"), &back, &error)); // no size
    QVERIFY2(error.contains(QStringLiteral("location: size")), qPrintable(error));
    QVERIFY(!parseLocationLimits(QStringLiteral(": 2 TB"), &back, &error)); // no location
    QVERIFY(!parseLocationLimits(QStringLiteral("rclone:s3:x: 1 TB\nrclone:s3:x: 2 TB"), &back,
                                 &error));
    QVERIFY2(error.contains(QStringLiteral("line 2")), qPrintable(error));
    QCOMPARE(back, limits); // untouched on failure
}

void TestAlerts::locationFull()
{
    AlertEngine engine(only(AlertRuleKind::LocationFull)); // 7 d, 1 d, margin 12 h
    const QString bucket = QStringLiteral("rclone:s3:backups");
    const qint64 limit = 1000 * kGB;
    // `days` daily listings up to `minute`, growing `perDay` GB a day to `bytes`.
    const auto evaluate = [&](double minute, qint64 bytes, qint64 perDay, int days) {
        QList<LocationScan> records;
        for (int day = 0; day < days; ++day) {
            LocationScan scan;
            scan.kind = LocationScan::Kind::Listing;
            scan.location = bucket;
            scan.scannedAtMs = minutes(minute - double(day) * 24 * 60).toMSecsSinceEpoch();
            scan.listedBytes = bytes - day * perDay * kGB;
            records.append(scan);
        }
        AlertInput in;
        in.now = minutes(minute);
        in.locationSizes = QList<LocationSize>{
            {bucket, bytes, limit, forecastLocationSize(records, limit), minutes(minute)}};
        return engine.evaluate(in);
    };
    QVERIFY(evaluate(0, 500 * kGB, 10, 10).isEmpty());         // 50 days to go
    QList<AlertEvent> events = evaluate(1, 900 * kGB, 20, 10); // 5 days
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].alert.rule, QStringLiteral("location-full"));
    QCOMPARE(events[0].alert.subject, bucket);
    QCOMPARE(events[0].alert.severity, AlertSeverity::Warning);
    QVERIFY2(events[0].alert.message.startsWith(QStringLiteral(
                 "rclone:s3:backups will reach its limit of 931.3 GiB in about 5 day")),
             qPrintable(events[0].alert.message));
    // Too few listings tell nothing: the alert keeps its state.
    QVERIFY(evaluate(2, 900 * kGB, 20, 1).isEmpty());
    // At its limit: critical, whatever the trend.
    events = evaluate(3, 1000 * kGB, 0, 1);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].alert.severity, AlertSeverity::Critical);
    QVERIFY2(events[0].alert.message.contains(QStringLiteral("at or over its limit")),
             qPrintable(events[0].alert.message));
    // Emptied and flat: never full, the alert clears.
    QCOMPARE(count(evaluate(4, 200 * kGB, 0, 10), AlertEvent::Kind::Cleared), 1);
}

void TestAlerts::monitorForecastsLocationsAgainstTheirLimits()
{
    // Twenty daily listings of a bucket growing 10 GB a day to 950 GB, with a 1 TB limit:
    // full in five days, a warning.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const QString bucket = QStringLiteral("rclone:s3:backups");
    {
        HistoryStore history;
        QString error;
        QVERIFY2(history.open(path, &error), qPrintable(error));
        for (int day = 0; day < 20; ++day) {
            UsageFigures usage;
            usage.add((950 - 10 * (19 - day)) * kGB, minutes(0).toMSecsSinceEpoch());
            QVERIFY2(
                LocationScanStore(history.database())
                    .record(LocationScan::listing(
                                bucket, minutes((day - 19) * 24 * 60).toMSecsSinceEpoch(), usage),
                            &error),
                qPrintable(error));
        }
    }
    AlertMonitor monitor;
    monitor.setHistoryPath(path);
    const QDateTime now = minutes(1);
    monitor.setClock([&now] { return now; });
    AlertRules rules = only(AlertRuleKind::LocationFull);
    monitor.setRules(rules);
    QSignalSpy raised(&monitor, &AlertMonitor::alertRaised);
    monitor.start();
    QTest::qWait(200);
    QCOMPARE(raised.size(), 0); // no limit: nothing to reach
    rules.locationLimits = {{bucket, 1000 * kGB}};
    monitor.setRules(rules);
    monitor.evaluateNow();
    QTRY_COMPARE(raised.size(), 1);
    const Alert alert = raised[0][0].value<Alert>();
    QCOMPARE(alert.subject, bucket);
    QCOMPARE(alert.severity, AlertSeverity::Warning);
    QVERIFY2(alert.message.contains(QStringLiteral("in about 5 day")), qPrintable(alert.message));
}

void TestAlerts::healthChecksRaiseAndClear()
{
    AlertEngine engine(only(AlertRuleKind::HealthCheck));
    const auto result = [](HealthState state, const QString &name = QStringLiteral("sync")) {
        HealthResult r;
        r.host = kHost;
        r.name = name;
        r.state = state;
        r.summary = QStringLiteral("“submission successful” last matched 5 days ago");
        r.checkedAtMs = minutes(0).toMSecsSinceEpoch();
        return r;
    };
    const auto at = [&](int minute, const QList<HealthResult> &results) {
        AlertInput in;
        in.now = minutes(minute);
        in.health = results;
        return engine.evaluate(in);
    };
    QVERIFY(at(0, {result(HealthState::Ok)}).isEmpty());
    QList<AlertEvent> events = at(1, {result(HealthState::Critical)});
    QCOMPARE(count(events, AlertEvent::Kind::Raised), 1);
    QCOMPARE(events[0].alert.severity, AlertSeverity::Critical);
    QCOMPARE(events[0].alert.rule, QStringLiteral("health-check"));
    QCOMPARE(events[0].alert.subject, QStringLiteral("sync"));
    QVERIFY2(events[0].alert.message.contains(QStringLiteral("5 days ago")),
             qPrintable(events[0].alert.message));
    // Could not be told this time (host down): the alert stays as it is.
    QVERIFY(at(2, {result(HealthState::Unknown)}).isEmpty());
    QCOMPARE(engine.openCount(), 1);
    events = at(3, {result(HealthState::Warning)});
    QCOMPARE(count(events, AlertEvent::Kind::SeverityChanged), 1);
    QCOMPARE(at(4, {result(HealthState::Ok)}).size(), 1);
    QCOMPARE(engine.openCount(), 0);
    // A check no longer saved (no result on its host) clears.
    QCOMPARE(count(at(5, {result(HealthState::Critical, QStringLiteral("size"))}),
                   AlertEvent::Kind::Raised),
             1);
    QCOMPARE(count(at(6, {result(HealthState::Ok)}), AlertEvent::Kind::Cleared), 1);
    // No history: nothing is known, nothing changes.
    QCOMPARE(count(at(7, {result(HealthState::Critical, QStringLiteral("size"))}),
                   AlertEvent::Kind::Raised),
             1);
    AlertInput none;
    none.now = minutes(8);
    QVERIFY(engine.evaluate(none).isEmpty());
}

void TestAlerts::monitorWatchesSavedHealthChecks()
{
    // A critical result in the history, as `qmctl health run` leaves it: an alert once
    // the check is among the saved ones, under this machine's name.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    HealthResult stale;
    stale.name = QStringLiteral("sync success");
    stale.kind = HealthCheckKind::LogSuccess;
    stale.state = HealthState::Critical;
    stale.status = QStringLiteral("stale");
    stale.summary = QStringLiteral("last matched 5 days ago");
    stale.checkedAtMs = minutes(0).toMSecsSinceEpoch();
    QCOMPARE(recordHealthResults(path, {stale}), QString());
    AlertMonitor monitor;
    monitor.setHistoryPath(path);
    const QDateTime now = minutes(1);
    monitor.setClock([&now] { return now; });
    monitor.setRules(only(AlertRuleKind::HealthCheck));
    QSignalSpy raised(&monitor, &AlertMonitor::alertRaised);
    monitor.start();
    QTest::qWait(200);
    QCOMPARE(raised.size(), 0); // not a saved check
    SavedHealthCheck saved;
    saved.check.name = stale.name;
    monitor.setHealthChecks({saved}, QStringLiteral("studio"));
    QTRY_COMPARE(raised.size(), 1);
    const Alert alert = raised[0][0].value<Alert>();
    QCOMPARE(alert.host, QStringLiteral("studio"));
    QCOMPARE(alert.subject, stale.name);
    QCOMPARE(alert.severity, AlertSeverity::Critical);
}

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"

void TestAlerts::monitorPublishesForecasts()
{
    // Six hours of a volume growing 1 GB every 10 minutes (144 GB a day) in the history:
    // the monitor's forecast (what Full soon reads and the dashboard cards show) says so.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    {
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QList<ImportedSample> samples;
        for (int i = 0; i <= 36; ++i)
            samples.append({kHost, minutes(i * 10).toMSecsSinceEpoch(), kData, 1000 * kGB,
                            (500 + i) * kGB, QString(), -1});
        QVERIFY2(store.import(samples, &error), qPrintable(error));
    }
    QDateTime now = minutes(360);
    AlertMonitor monitor;
    monitor.setHistoryPath(path);
    monitor.setClock([&now] { return now; });
    QSignalSpy forecastsChanged(&monitor, &AlertMonitor::forecastsChanged);
    monitor.setLiveStates({{kHost, {probe(now, {volume(kData, 46.4)}), {}}}});
    monitor.start();
    QTRY_COMPARE(forecastsChanged.size(), 1);
    const FleetForecasts forecasts = monitor.forecasts();
    QVERIFY(forecasts.value(kHost).contains(kData));
    const Forecast forecast = forecasts.value(kHost).value(kData);
    QVERIFY(forecast.rateBytesPerDay);
    QVERIFY2(std::abs(*forecast.rateBytesPerDay - 144.0 * kGB) < 0.01 * 144 * kGB,
             qPrintable(QString::number(*forecast.rateBytesPerDay)));
    QVERIFY(forecast.secondsToFull);
    // 464 GB left at 144 GB a day: about 3.2 days.
    QVERIFY2(std::abs(double(*forecast.secondsToFull) - 464.0 / 144 * 86400) < 0.01 * 3.2 * 86400,
             qPrintable(QString::number(*forecast.secondsToFull)));
}
