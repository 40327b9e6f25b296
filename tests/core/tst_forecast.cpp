// Linear forecasts of volume usage on synthetic series: linear, noisy, flat, shrinking,
// too short, already past the threshold; full when nothing is available; an exact
// series through the history's rollups at every window offered.
#include "core/history/forecast.h"
#include "core/history/historyseries.h"
#include "core/history/historystore.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using qm::Forecast;
using qm::ForecastReason;
using qm::VolumePoint;

namespace {

constexpr qint64 kTB = 1000LL * 1000 * 1000 * 1000;
constexpr qint64 kGB = 1000LL * 1000 * 1000;
constexpr qint64 kStart = 1'800'000'000'000; // ms since the epoch
constexpr qint64 kSixHours = 6 * 3600;
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24 * 60 * kMinute;

/// Samples every `stepSecs` for `spanSecs`, usage `used(t)` (t in seconds from the start).
template <typename F>
QList<VolumePoint> series(qint64 spanSecs, qint64 stepSecs, F used, qint64 total = kTB)
{
    QList<VolumePoint> points;
    for (qint64 t = 0; t <= spanSecs; t += stepSecs)
        points.append({kStart + t * 1000, used(t), total});
    return points;
}

} // namespace

class TestForecast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linearTimeToFullWithinOnePercent()
    {
        // 500 GB used of 1 TB, growing 1 GB an hour, a sample every 5 minutes for 6 h.
        const auto used = [](qint64 t) { return 500 * kGB + t * kGB / 3600; };
        QList<VolumePoint> points = series(kSixHours, 300, used);
        std::reverse(points.begin(), points.end()); // any order
        const Forecast f = qm::forecastVolume(points, kSixHours, 70.0);
        QCOMPARE(f.reason, ForecastReason::None);
        QCOMPARE(f.asOfMs, kStart + kSixHours * 1000);
        QCOMPARE(f.samples, 73);
        QVERIFY(f.rateBytesPerDay);
        QVERIFY(qAbs(*f.rateBytesPerDay - 24.0 * kGB) < 0.01 * 24 * kGB);
        // Now at 506 GB: 494 h to full, 194 h to 70 %.
        QVERIFY(f.secondsToFull && f.secondsToMax);
        QVERIFY2(qAbs(double(*f.secondsToFull) - 494.0 * 3600) < 0.01 * 494 * 3600,
                 qPrintable(QString::number(*f.secondsToFull)));
        QVERIFY(qAbs(double(*f.secondsToMax) - 194.0 * 3600) < 0.01 * 194 * 3600);
        QVERIFY(f.rSquared > 0.999);
    }

    void onlyTheWindowCounts()
    {
        // A week of flat history, then 6 h of growth: the 6 h window sees the growth,
        // the 7 d window sees a volume that barely moved (flat).
        QList<VolumePoint> points;
        const qint64 week = 7 * 86400;
        for (qint64 t = 0; t < week; t += 3600)
            points.append({kStart + t * 1000, 300 * kGB, kTB});
        for (qint64 t = 0; t <= kSixHours; t += 300)
            points.append({kStart + (week + t) * 1000, 300 * kGB + t * kGB / 3600, kTB});
        const Forecast recent = qm::forecastVolume(points, kSixHours);
        QCOMPARE(recent.reason, ForecastReason::NoThreshold); // no max given
        QVERIFY(recent.secondsToFull);
        QVERIFY(!recent.secondsToMax);
        QVERIFY(qAbs(*recent.rateBytesPerDay - 24.0 * kGB) < 0.01 * 24 * kGB);
        const Forecast weekly = qm::forecastVolume(points, week);
        QCOMPARE(weekly.reason, ForecastReason::Noisy); // a step, not a line
        QVERIFY(!weekly.secondsToFull);
    }

    void noisyGivesNoForecast()
    {
        QRandomGenerator random(42);
        const auto used = [&](qint64 t) {
            return 500 * kGB + t * kGB / 36000 + qint64(random.bounded(100.0) * double(kGB));
        };
        const Forecast f = qm::forecastVolume(series(kSixHours, 60, used), kSixHours, 70.0);
        QCOMPARE(f.reason, ForecastReason::Noisy);
        QVERIFY(!f.secondsToFull);
        QVERIFY(!f.secondsToMax);
        QVERIFY(f.rateBytesPerDay); // the rate is still told, for what it is worth
    }

    void flatGivesNoForecast()
    {
        // 100 MB up and down on a 1 TB volume: nothing to project.
        const auto used = [](qint64 t) { return 500 * kGB + (t / 300 % 2) * 100'000'000LL; };
        const Forecast f = qm::forecastVolume(series(kSixHours, 300, used), kSixHours, 70.0);
        QCOMPARE(f.reason, ForecastReason::Flat);
        QVERIFY(!f.secondsToFull);
        const Forecast constant = qm::forecastVolume(
            series(kSixHours, 300, [](qint64) { return 1 * kGB; }), kSixHours, 70.0);
        QCOMPARE(constant.reason, ForecastReason::Flat);
        QCOMPARE(*constant.rateBytesPerDay, 0.0);
    }

    void shrinkingGivesNoForecast()
    {
        const auto used = [](qint64 t) { return 800 * kGB - t * kGB / 3600; };
        const Forecast f = qm::forecastVolume(series(kSixHours, 300, used), kSixHours, 70.0);
        QCOMPARE(f.reason, ForecastReason::Shrinking);
        QVERIFY(*f.rateBytesPerDay < 0);
        QVERIFY(!f.secondsToFull);
    }

    void tooFewSamples()
    {
        QCOMPARE(qm::forecastVolume({}, kSixHours).reason, ForecastReason::TooFewSamples);
        QList<VolumePoint> two = {{kStart, 1 * kGB, kTB}, {kStart + 3'600'000, 2 * kGB, kTB}};
        QCOMPARE(qm::forecastVolume(two, kSixHours).reason, ForecastReason::TooFewSamples);
        // Many samples, but only over 30 minutes of a 6 h window.
        const auto used = [](qint64 t) { return 100 * kGB + t * kGB; };
        const Forecast f = qm::forecastVolume(series(1800, 60, used), kSixHours, 70.0);
        QCOMPARE(f.reason, ForecastReason::TooFewSamples);
        QVERIFY(!f.rateBytesPerDay);
        // Samples without a size (a failed df) do not count.
        QList<VolumePoint> broken = series(kSixHours, 300, used, 0);
        QCOMPARE(qm::forecastVolume(broken, kSixHours).reason, ForecastReason::TooFewSamples);
    }

    void alreadyPastTheThreshold()
    {
        // 830 GB of 1 TB and growing: past 70 % now (0 s), full in 170 h.
        const auto used = [](qint64 t) { return 824 * kGB + t * kGB / 3600; };
        const Forecast f = qm::forecastVolume(series(kSixHours, 300, used), kSixHours, 70.0);
        QCOMPARE(f.reason, ForecastReason::None);
        QCOMPARE(*f.secondsToMax, 0);
        QVERIFY(qAbs(double(*f.secondsToFull) - 170.0 * 3600) < 0.01 * 170 * 3600);
    }

    void fullWhenNothingIsAvailable()
    {
        // A 1 TB volume with 50 GB reserved for root: used + available is 950 GB. At
        // 500 GB used and 1 GB an hour, df says 52.6 % now and full in 450 h (when
        // available reaches 0), 70 % of 950 GB (665 GB) in 165 h — not 500 h and 200 h,
        // which counting against the size would say.
        const auto used = [](qint64 t) { return 494 * kGB + t * kGB / 3600; };
        QList<VolumePoint> points = series(kSixHours, 300, used);
        for (VolumePoint &p : points)
            p.availableBytes = 950 * kGB - p.usedBytes;
        QCOMPARE(points.last().usedPercent(), 100.0 * 500 / 950);
        QCOMPARE(points.last().capacityBytes(), 950 * kGB);
        const Forecast f = qm::forecastVolume(points, kSixHours, 70.0);
        QCOMPARE(f.reason, ForecastReason::None);
        QCOMPARE(f.capacityBytes, 950 * kGB);
        QVERIFY(!f.capacityIsSize);
        QCOMPARE(f.usedBytes, 500 * kGB);
        QVERIFY2(qAbs(double(*f.secondsToFull) - 450.0 * 3600) < 2,
                 qPrintable(QString::number(*f.secondsToFull)));
        QVERIFY2(qAbs(double(*f.secondsToMax) - 165.0 * 3600) < 2,
                 qPrintable(QString::number(*f.secondsToMax)));

        // Where no sample recorded its available bytes, the size stands in, and the
        // forecast says so.
        const Forecast bySize = qm::forecastVolume(series(kSixHours, 300, used), kSixHours, 70.0);
        QVERIFY(bySize.capacityIsSize);
        QCOMPARE(bySize.capacityBytes, kTB);
        QCOMPARE(VolumePoint({kStart, 5, 10}).usedPercent(), -1.0);
        QCOMPARE(VolumePoint({kStart, 0, 10, 0}).usedPercent(), 0.0);
    }

    void exactSeriesAtEveryWindow_data()
    {
        QTest::addColumn<int>("rawDays");
        QTest::addColumn<int>("hourlyDays");
        QTest::addColumn<qint64>("maintainedAfterMs");
        // The raw samples of the last days kept; all of them rolled up (the hourly means
        // are the newest points); hourly means for the last day only, daily before.
        QTest::newRow("raw kept") << 14 << 365 << qint64(10 * 60 * 1000);
        QTest::newRow("newest rolled up") << 1 << 365 << qint64(20 * kDay);
        QTest::newRow("hourly, then daily") << 1 << 3 << qint64(2 * kDay);
    }

    void exactSeriesAtEveryWindow()
    {
        // A disk filling at exactly 10 GB a day: 60 days of a sample every 10 minutes,
        // the newest at 11:06, imported and rolled up by maintain(). Every window the
        // Trends page and qmctl offer must see 10 GB a day: rollup means stand at the
        // mean time of their samples (the newest hour holds one sample, at 11:06, not
        // at 11:30).
        QFETCH(int, rawDays);
        QFETCH(int, hourlyDays);
        QFETCH(qint64, maintainedAfterMs);
        constexpr double kRate = 10.0 * kGB; // bytes a day
        const qint64 midnight = 1'700'006'400'000;
        const qint64 newest = midnight + 59 * kDay + (11 * 60 + 6) * kMinute;
        QList<qm::ImportedSample> samples;
        for (qint64 t = newest - 60 * kDay; t <= newest; t += 10 * kMinute) {
            qm::ImportedSample sample;
            sample.host = QStringLiteral("h");
            sample.mount = QStringLiteral("/data");
            sample.timeMs = t;
            sample.totalBytes = 2 * kTB;
            sample.usedBytes =
                500 * kGB + qint64(std::llround(double(t - midnight) * kRate / kDay));
            sample.availableBytes = 1900 * kGB - sample.usedBytes;
            samples.append(sample);
        }
        QTemporaryDir dir;
        qm::HistoryStore store;
        QString error;
        QVERIFY(store.open(dir.filePath(QStringLiteral("history.sqlite")), &error));
        QVERIFY2(store.import(samples, &error), qPrintable(error));
        QVERIFY2(store.maintain(newest + maintainedAfterMs, {rawDays, hourlyDays}, &error),
                 qPrintable(error));

        const QList<qm::ForecastWindow> windows = qm::forecastWindows();
        QCOMPARE(windows.size(), 4);
        for (const qm::ForecastWindow &window : windows) {
            const Forecast f = qm::volumeForecast(store, QStringLiteral("h"),
                                                  QStringLiteral("/data"), window.seconds, 70.0);
            QVERIFY2(f.rateBytesPerDay, qPrintable(window.key));
            QVERIFY2(qAbs(*f.rateBytesPerDay / kRate - 1) < 1e-6,
                     qPrintable(QStringLiteral("%1: %2 bytes a day")
                                    .arg(window.key)
                                    .arg(*f.rateBytesPerDay, 0, 'f', 0)));
            QCOMPARE(f.reason, ForecastReason::None);
            QCOMPARE(f.capacityBytes, 1900 * kGB);
            // The whole history at its finest level, as export writes it: the same.
            const Forecast all =
                qm::forecastVolume(store.volumeHistory(QStringLiteral("h"), QStringLiteral("/data"),
                                                       0, std::numeric_limits<qint64>::max()),
                                   window.seconds);
            QVERIFY2(qAbs(*all.rateBytesPerDay / kRate - 1) < 1e-6,
                     qPrintable(QStringLiteral("%1, whole history: %2 bytes a day")
                                    .arg(window.key)
                                    .arg(*all.rateBytesPerDay, 0, 'f', 0)));
        }
    }

    void reasonKeys()
    {
        QCOMPARE(qm::forecastReasonKey(ForecastReason::TooFewSamples),
                 QStringLiteral("too-few-samples"));
        QCOMPARE(qm::forecastReasonKey(ForecastReason::Flat), QStringLiteral("flat"));
        QCOMPARE(qm::forecastReasonKey(ForecastReason::Shrinking), QStringLiteral("shrinking"));
        QVERIFY(qm::forecastReasonKey(ForecastReason::None).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestForecast)
#include "tst_forecast.moc"
