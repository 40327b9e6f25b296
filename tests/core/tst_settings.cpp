#include "settings/settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using qm::Settings;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaults();
    void thresholdsAreValidated();
    void thresholdsPersist();
    void refreshIntervalIsClamped();
    void recentFiles();
    void showSystemVolumesSignals();
    void perHostSettings();
    void historyRetention();

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

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
