#include "core/alerts/alertrules.h"
#include "core/history/historyretention.h"
#include "core/probes/datacategories.h"
#include "core/settings/settings.h"
#include "core/volumes/usagelevel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using qm::Settings;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleSettings();
    void init();
    void defaults();
    void thresholdsAreValidated();
    void thresholdsPersist();
    void refreshIntervalIsClamped();
    void recentFiles();
    void showSystemVolumesSignals();
    void alertNotificationsPersist();
    void perHostSettings();
    void historyRetention();
    void alertRulesDefaults();
    void alertRuleValidatedAndPersisted();
    void volumeFreeRuleSharesUsageThresholds();
    void alertCategoryLimits();
    void setAllAlertRulesAtOnce();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString iniPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
};

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSettings::defaults()
{
    Settings settings(iniPath());
    QCOMPARE(settings.usageThresholds().warningFreePercent, 20.0);
    QCOMPARE(settings.usageThresholds().criticalFreePercent, 10.0);
    QCOMPARE(settings.refreshInterval(), 30s);
    QCOMPARE(settings.showSystemVolumes(), false);
    QVERIFY(settings.recentFiles().isEmpty());
    QVERIFY(settings.sidebarVisible());
}

void TestSettings::thresholdsAreValidated()
{
    Settings settings(iniPath());
    QSignalSpy changed(&settings, &Settings::usageThresholdsChanged);
    QVERIFY(!settings.setUsageThresholds({10.0, 20.0})); // critical above warning
    QVERIFY(!settings.setUsageThresholds({120.0, 10.0}));
    QVERIFY(!settings.setUsageThresholds({20.0, -1.0}));
    QCOMPARE(changed.size(), 0);
    QVERIFY(settings.setUsageThresholds({30.0, 15.0}));
    QCOMPARE(changed.size(), 1);
    QVERIFY(settings.setUsageThresholds({30.0, 15.0})); // unchanged: no signal
    QCOMPARE(changed.size(), 1);
}

void TestSettings::thresholdsPersist()
{
    {
        Settings settings(iniPath());
        QVERIFY(settings.setUsageThresholds({25.0, 5.0}));
        settings.sync();
    }
    Settings reopened(iniPath());
    QCOMPARE(reopened.usageThresholds(), (qm::UsageThresholds{25.0, 5.0}));

    // A hand-edited file with nonsense falls back to the defaults.
    QSettings raw(iniPath(), QSettings::IniFormat);
    raw.setValue(QStringLiteral("dashboard/criticalFreePercent"), 90);
    raw.sync();
    Settings edited(iniPath());
    QCOMPARE(edited.usageThresholds(), qm::UsageThresholds{});
}

void TestSettings::refreshIntervalIsClamped()
{
    Settings settings(iniPath());
    QSignalSpy changed(&settings, &Settings::refreshIntervalChanged);
    settings.setRefreshInterval(0s);
    QCOMPARE(settings.refreshInterval(), std::chrono::seconds(Settings::kMinRefreshSeconds));
    settings.setRefreshInterval(std::chrono::seconds(10 * 24 * 3600));
    QCOMPARE(settings.refreshInterval(), std::chrono::seconds(Settings::kMaxRefreshSeconds));
    QCOMPARE(changed.size(), 2);
}

void TestSettings::historyRetention()
{
    Settings settings(iniPath());
    QCOMPARE(settings.historyRetention().rawDays, 14);
    QCOMPARE(settings.historyRetention().hourlyDays, 365);
    QSignalSpy changed(&settings, &Settings::historyRetentionChanged);
    settings.setHistoryRetention({30, 730});
    QCOMPARE(changed.size(), 1);
    settings.setHistoryRetention({30, 730}); // unchanged: no signal
    QCOMPARE(changed.size(), 1);
    QCOMPARE(Settings(iniPath()).historyRetention().hourlyDays, 730);
    // Hourly rollups never go before the raw samples they summarise; nothing below a day.
    settings.setHistoryRetention({0, 5});
    QCOMPARE(settings.historyRetention().rawDays, 1);
    QCOMPARE(settings.historyRetention().hourlyDays, 5);
    settings.setHistoryRetention({60, 10});
    QCOMPARE(settings.historyRetention().hourlyDays, 60);
    QSettings raw(iniPath(), QSettings::IniFormat);
    raw.setValue(QStringLiteral("history/rawDays"), 100000);
    raw.sync();
    QCOMPARE(Settings(iniPath()).historyRetention().rawDays, Settings::kMaxRawDays);
}

void TestSettings::recentFiles()
{
    Settings settings(iniPath());
    QSignalSpy changed(&settings, &Settings::recentFilesChanged);
    for (int i = 0; i < Settings::kMaxRecentFiles + 3; ++i)
        settings.addRecentFile(QStringLiteral("/tmp/config%1.yaml").arg(i));
    QStringList files = settings.recentFiles();
    QCOMPARE(files.size(), Settings::kMaxRecentFiles);
    QCOMPARE(files.first(), QStringLiteral("/tmp/config12.yaml"));

    settings.addRecentFile(QStringLiteral("/tmp/config5.yaml")); // moves to the front
    files = settings.recentFiles();
    QCOMPARE(files.first(), QStringLiteral("/tmp/config5.yaml"));
    QCOMPARE(files.count(QStringLiteral("/tmp/config5.yaml")), 1);

    settings.addRecentFile(QStringLiteral("relative.yaml")); // stored absolute
    QVERIFY(QFileInfo(settings.recentFiles().first()).isAbsolute());

    settings.removeRecentFile(QStringLiteral("/tmp/config5.yaml"));
    QVERIFY(!settings.recentFiles().contains(QStringLiteral("/tmp/config5.yaml")));
    settings.clearRecentFiles();
    QVERIFY(settings.recentFiles().isEmpty());
    QCOMPARE(changed.size(), Settings::kMaxRecentFiles + 3 + 4);
}

void TestSettings::showSystemVolumesSignals()
{
    Settings settings(iniPath());
    QSignalSpy changed(&settings, &Settings::showSystemVolumesChanged);
    settings.setShowSystemVolumes(true);
    settings.setShowSystemVolumes(true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toBool(), true);
}

void TestSettings::alertNotificationsPersist()
{
    {
        Settings settings(iniPath());
        QVERIFY(settings.alertNotifications()); // on by default
        QSignalSpy changed(&settings, &Settings::alertNotificationsChanged);
        settings.setAlertNotifications(false);
        settings.setAlertNotifications(false);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toBool(), false);
    }
    QVERIFY(!Settings(iniPath()).alertNotifications());
}

void TestSettings::perHostSettings()
{
    // Host names may hold anything YAML allows, '/' included.
    const QString odd = QStringLiteral("rack/1 gpu%");
    {
        Settings settings(iniPath());
        QSignalSpy changed(&settings, &Settings::probingChanged);
        QCOMPARE(settings.hostProbeInterval(odd), 0s);
        QVERIFY(settings.nodeExporterUrl(odd).isEmpty());
        settings.setHostProbeInterval(odd, 10min);
        settings.setHostProbeInterval(QStringLiteral("fast"), 5s); // clamped to a minute
        settings.setNodeExporterUrl(odd, QStringLiteral(" http://10.0.0.1:9100/metrics "));
        QCOMPARE(changed.size(), 3);
        settings.setNodeExporterUrl(odd, QStringLiteral("http://10.0.0.1:9100/metrics"));
        QCOMPARE(changed.size(), 3); // unchanged: no signal
        settings.sync();
    }
    Settings reopened(iniPath());
    QCOMPARE(reopened.hostProbeInterval(odd), 600s);
    QCOMPARE(reopened.hostProbeInterval(QStringLiteral("fast")), 60s);
    QCOMPARE(reopened.nodeExporterUrl(odd), QStringLiteral("http://10.0.0.1:9100/metrics"));
    const QHash<QString, std::chrono::seconds> intervals = reopened.hostProbeIntervals();
    QCOMPARE(intervals.size(), 2);
    QCOMPARE(intervals.value(odd), 600s);
    const QHash<QString, QString> urls = reopened.nodeExporterUrls();
    QCOMPARE(urls.size(), 1);
    QCOMPARE(urls.value(odd), QStringLiteral("http://10.0.0.1:9100/metrics"));

    // Zero and empty remove the host's own values.
    reopened.setHostProbeInterval(odd, 0s);
    reopened.setNodeExporterUrl(odd, QString());
    QCOMPARE(reopened.hostProbeIntervals().size(), 1);
    QVERIFY(reopened.nodeExporterUrls().isEmpty());
}

void TestSettings::alertRulesDefaults()
{
    Settings settings(iniPath());
    QCOMPARE(settings.alertRules(), qm::AlertRules());
    for (const qm::AlertRuleKind kind : qm::kAlertRuleKinds)
        QCOMPARE(settings.alertRule(kind), qm::AlertRule::defaults(kind));
    QCOMPARE(settings.alertCategoryLimits(), qm::defaultCategoryLimits());
}

void TestSettings::alertRuleValidatedAndPersisted()
{
    using qm::AlertRule;
    using qm::AlertRuleKind;
    {
        Settings settings(iniPath());
        QSignalSpy changed(&settings, &Settings::alertRulesChanged);
        AlertRule forecast = AlertRule::defaults(AlertRuleKind::ForecastFull);
        forecast.critical = 30.0 * 3600; // later than the 24 h warning: refused
        QVERIFY(!settings.setAlertRule(forecast));
        AlertRule daemon = AlertRule::defaults(AlertRuleKind::DaemonNotRunning);
        daemon.critical = 1.0; // no threshold to set
        QVERIFY(!settings.setAlertRule(daemon));
        QCOMPARE(changed.size(), 0);

        forecast.critical = 2.0 * 3600;
        forecast.margin = 1800;
        forecast.forSecs = 0;
        QVERIFY(settings.setAlertRule(forecast));
        AlertRule unreachable = AlertRule::defaults(AlertRuleKind::HostUnreachable);
        unreachable.enabled = false;
        QVERIFY(settings.setAlertRule(unreachable));
        QCOMPARE(changed.size(), 2);
        QVERIFY(settings.setAlertRule(unreachable)); // unchanged: no signal
        QCOMPARE(changed.size(), 2);
        settings.sync();
    }
    Settings reopened(iniPath());
    const AlertRule forecast = reopened.alertRule(AlertRuleKind::ForecastFull);
    QCOMPARE(forecast.critical, std::optional<double>(2.0 * 3600));
    QCOMPARE(forecast.warning, std::optional<double>(24.0 * 3600));
    QCOMPARE(forecast.margin, 1800.0);
    QCOMPARE(forecast.forSecs, 0);
    QVERIFY(!reopened.alertRule(AlertRuleKind::HostUnreachable).enabled);
    QVERIFY(reopened.alertRule(AlertRuleKind::StaleData).enabled);

    // A hand-edited file with nonsense gives the default rule.
    QSettings raw(iniPath(), QSettings::IniFormat);
    raw.setValue(QStringLiteral("alerts/forecast-full/warning"), -5);
    raw.setValue(QStringLiteral("alerts/stale-data/margin"), -3);
    // Text that is not a number is not read as 0: the rule falls back to its defaults.
    raw.setValue(QStringLiteral("alerts/daemon-not-running/margin"), QStringLiteral("abc"));
    raw.setValue(QStringLiteral("alerts/category-size/forSeconds"), QStringLiteral("soon"));
    raw.setValue(QStringLiteral("alerts/ephemeral-replication/critical"), QStringLiteral("high"));
    raw.sync();
    Settings edited(iniPath());
    for (const AlertRuleKind kind :
         {AlertRuleKind::ForecastFull, AlertRuleKind::StaleData, AlertRuleKind::DaemonNotRunning,
          AlertRuleKind::CategorySize, AlertRuleKind::EphemeralReplication})
        QCOMPARE(edited.alertRule(kind), AlertRule::defaults(kind));
}

void TestSettings::volumeFreeRuleSharesUsageThresholds()
{
    using qm::AlertRuleKind;
    Settings settings(iniPath());
    QSignalSpy rulesChanged(&settings, &Settings::alertRulesChanged);
    QSignalSpy thresholdsChanged(&settings, &Settings::usageThresholdsChanged);
    // The dashboard's thresholds are the rule's: one setting, two views.
    QVERIFY(settings.setUsageThresholds({30.0, 15.0}));
    QCOMPARE(rulesChanged.size(), 1);
    qm::AlertRule free = settings.alertRule(AlertRuleKind::VolumeFree);
    QCOMPARE(free.warning, std::optional<double>(30.0));
    QCOMPARE(free.critical, std::optional<double>(15.0));

    free.warning = 25.0;
    free.margin = 3.0;
    QVERIFY(settings.setAlertRule(free));
    QCOMPARE(settings.usageThresholds(), (qm::UsageThresholds{25.0, 15.0}));
    QCOMPARE(thresholdsChanged.size(), 2);
    QCOMPARE(rulesChanged.size(), 2);
    QCOMPARE(settings.alertRule(AlertRuleKind::VolumeFree).margin, 3.0);
    // Nothing about the thresholds under alerts/: they are kept once.
    QSettings raw(iniPath(), QSettings::IniFormat);
    QVERIFY(!raw.contains(QStringLiteral("alerts/volume-free/warning")));
    QVERIFY(!raw.contains(QStringLiteral("alerts/volume-free/critical")));

    free.margin = 1.0; // only the margin: the thresholds did not change
    QVERIFY(settings.setAlertRule(free));
    QCOMPARE(thresholdsChanged.size(), 2);
    QCOMPARE(rulesChanged.size(), 3);
    free.critical = 40.0; // above the warning: refused
    QVERIFY(!settings.setAlertRule(free));
    QCOMPARE(settings.usageThresholds(), (qm::UsageThresholds{25.0, 15.0}));
}

void TestSettings::alertCategoryLimits()
{
    {
        Settings settings(iniPath());
        QSignalSpy changed(&settings, &Settings::alertRulesChanged);
        QVERIFY(!settings.setAlertCategoryLimits({{QStringLiteral("games"), 0}}));
        QVERIFY(!settings.setAlertCategoryLimits(
            {{QStringLiteral("games"), 1}, {QStringLiteral("games"), 2}}));
        QCOMPARE(changed.size(), 0);
        const QList<qm::CategoryLimit> limits{{QStringLiteral("ply_rejected"), 500'000'000'000},
                                              {QStringLiteral("logs"), 20'000'000'000}};
        QVERIFY(settings.setAlertCategoryLimits(limits));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(settings.alertRules().categoryLimits, limits);
        settings.sync();
    }
    {
        Settings reopened(iniPath());
        QCOMPARE(reopened.alertCategoryLimits().size(), 2);
        QCOMPARE(reopened.alertCategoryLimits()[0].bytes, 500'000'000'000);
        // No limit at all is a choice, kept as such.
        QVERIFY(reopened.setAlertCategoryLimits({}));
        reopened.sync();
    }
    QVERIFY(Settings(iniPath()).alertCategoryLimits().isEmpty());
    QSettings raw(iniPath(), QSettings::IniFormat);
    raw.setValue(QStringLiteral("alerts/categoryLimits"), QStringLiteral("games: many"));
    raw.sync();
    QCOMPARE(Settings(iniPath()).alertCategoryLimits(), qm::defaultCategoryLimits());
}

void TestSettings::setAllAlertRulesAtOnce()
{
    Settings settings(iniPath());
    QSignalSpy changed(&settings, &Settings::alertRulesChanged);
    qm::AlertRules rules;
    rules.rule(qm::AlertRuleKind::StaleData).warning = 6.0 * 3600;
    rules.rule(qm::AlertRuleKind::DaemonNotRunning).enabled = false;
    rules.categoryLimits.clear();
    rules.locationLimits = {{QStringLiteral("rclone:s3:backups"), 2'000'000'000'000}};
    qm::AlertRules bad = rules;
    bad.rule(qm::AlertRuleKind::CategorySize).margin = -1;
    QVERIFY(!settings.setAlertRules(bad)); // one bad rule: nothing is stored
    QCOMPARE(settings.alertRules(), qm::AlertRules());
    bad = rules; // a location named twice
    bad.locationLimits.append({QStringLiteral("rclone:s3:backups"), 1});
    QVERIFY(!settings.setAlertRules(bad));
    QVERIFY(settings.setAlertRules(rules));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(settings.alertRules(), rules);
    QVERIFY(settings.setAlertRules(rules));
    QCOMPARE(changed.size(), 1);
    settings.sync();
    QSettings raw(iniPath(), QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("alerts/locationLimits")).toString(),
             QStringLiteral("rclone:s3:backups: 2 TB"));
    raw.setValue(QStringLiteral("alerts/locationLimits"), QStringLiteral("rclone:s3:x: huge"));
    raw.sync();
    QVERIFY(Settings(iniPath()).alertLocationLimits().isEmpty()); // hand-edited nonsense
}

void TestSettings::sampleSettings()
{
    {
        Settings settings(iniPath());
        QCOMPARE(settings.sampleCacheBytes(), 2LL * 1024 * 1024 * 1024);
        QVERIFY(settings.sampleDataDirectories().isEmpty());
        QSignalSpy changed(&settings, &Settings::samplesChanged);
        settings.setSampleDataDirectories({QStringLiteral("/data/miner")});
        settings.setSampleCacheBytes(10); // below the floor: 64 MiB
        QCOMPARE(changed.count(), 2);
        QCOMPARE(settings.sampleCacheBytes(), 64LL * 1024 * 1024);
    }
    Settings reopened(iniPath());
    QCOMPARE(reopened.sampleDataDirectories(), QStringList{QStringLiteral("/data/miner")});
    QCOMPARE(reopened.sampleCacheBytes(), 64LL * 1024 * 1024);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
