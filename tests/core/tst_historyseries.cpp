// Chart series from the history: per-column min and max worked out from the level of
// the history that resolves a column, categories on one grid, the used-% line.
#include "core/history/growth.h"
#include "core/history/historyseries.h"
#include "core/history/historystore.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using qm::HistoryStore;
using qm::ImportedSample;
using qm::UsageBucket;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = HistoryStore::kHourMs;
constexpr qint64 kDay = HistoryStore::kDayMs;
constexpr qint64 kStart = 1'700'006'400'000; // a UTC midnight
constexpr qint64 kGB = 1'000'000'000;
constexpr qint64 kBase = 10 * kGB;

const QString kHost = QStringLiteral("h");
const QString kMount = QStringLiteral("/");

/// One sample a minute for three days; used = kBase + minute index.
QList<ImportedSample> threeDays()
{
    QList<ImportedSample> samples;
    for (int i = 0; i < 3 * 24 * 60; ++i) {
        ImportedSample sample;
        sample.host = kHost;
        sample.mount = kMount;
        sample.timeMs = kStart + i * kMinute;
        sample.totalBytes = 100 * kGB;
        sample.usedBytes = kBase + i;
        samples.append(sample);
    }
    return samples;
}

bool inTimeOrder(const QList<UsageBucket> &buckets)
{
    for (qsizetype i = 1; i < buckets.size(); ++i) {
        if (buckets.at(i).timeMs <= buckets.at(i - 1).timeMs)
            return false;
    }
    return true;
}

} // namespace

class TestHistorySeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QString error;
        m_store = std::make_unique<HistoryStore>();
        QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("history.sqlite")), &error),
                 qPrintable(error));
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void bucketWidth()
    {
        QCOMPARE(qm::bucketWidth(0, 1599, 1600), 1);
        QCOMPARE(qm::bucketWidth(0, 1600, 1600), 2); // rounds up: never more columns
        QCOMPARE(qm::bucketWidth(5, 5, 1600), 1);
        QCOMPARE(qm::bucketWidth(0, kDay - 1, 0), kDay);
    }

    void rawColumnsKeepMinAndMax()
    {
        QString error;
        QVERIFY2(m_store->import(threeDays().mid(0, 90), &error), qPrintable(error));
        // One column a minute: each holds one sample.
        QList<UsageBucket> buckets =
            qm::usageBuckets(*m_store, kHost, kMount, kStart, kStart + 90 * kMinute - 1, 90);
        QCOMPARE(buckets.size(), 90);
        QCOMPARE(buckets.at(7).usedMin, kBase + 7);
        QCOMPARE(buckets.at(7).usedMax, kBase + 7);
        QCOMPARE(buckets.at(7).timeMs, kStart + 7 * kMinute);
        // Ten minutes a column: min and max of each ten, in the middle of its samples.
        buckets = qm::usageBuckets(*m_store, kHost, kMount, kStart, kStart + 90 * kMinute - 1, 9);
        QCOMPARE(buckets.size(), 9);
        QCOMPARE(buckets.at(3).usedMin, kBase + 30);
        QCOMPARE(buckets.at(3).usedMax, kBase + 39);
        QCOMPARE(buckets.at(3).timeMs, kStart + 30 * kMinute + 9 * kMinute / 2);
        QCOMPARE(buckets.at(3).totalBytes, 100 * kGB);
        // Other volumes and hosts stay out.
        QVERIFY(
            qm::usageBuckets(*m_store, kHost, QStringLiteral("/data"), kStart, kStart + kDay, 10)
                .isEmpty());
    }

    void aSpikeSurvivesDecimation()
    {
        QList<ImportedSample> samples = threeDays();
        samples[2000].usedBytes = 90 * kGB; // one sample, one minute out of 4320
        QString error;
        QVERIFY(m_store->import(samples, &error));
        const QList<UsageBucket> buckets =
            qm::usageBuckets(*m_store, kHost, kMount, kStart, kStart + 3 * kDay - 1, 16);
        qint64 highest = 0;
        for (const UsageBucket &bucket : buckets)
            highest = std::max(highest, bucket.usedMax);
        QCOMPARE(highest, 90 * kGB);
    }

    void columnsReadTheLevelThatResolvesThem()
    {
        // Raw kept for 1 day and hourly rollups for 2: day 0 is left as daily and
        // six-hourly rollups only, day 1 from 00:30 on as hourly ones, the rest also raw.
        QString error;
        QVERIFY(m_store->import(threeDays(), &error));
        QVERIFY2(m_store->maintain(kStart + 3 * kDay + 30 * kMinute, {1, 2}, &error),
                 qPrintable(error));
        const qint64 to = kStart + 3 * kDay - 1;

        // A day a column: three daily rollups.
        QList<UsageBucket> buckets = qm::usageBuckets(*m_store, kHost, kMount, kStart, to, 3);
        QCOMPARE(buckets.size(), 3);
        for (int day = 0; day < 3; ++day) {
            QCOMPARE(buckets.at(day).usedMin, kBase + day * 1440);
            QCOMPARE(buckets.at(day).usedMax, kBase + day * 1440 + 1439);
            // At the mean time of the day's samples (00:00 to 23:59): 11:59:30.
            QCOMPARE(buckets.at(day).timeMs, kStart + day * kDay + kDay / 2 - kMinute / 2);
        }

        // An hour a column: day 0 from its six-hourly rollups (four columns), the hours
        // whose rollups are kept (from 01:00 on day 1) one each; hour 0 of day 1 is in
        // neither.
        buckets = qm::usageBuckets(*m_store, kHost, kMount, kStart, to, 72);
        QCOMPARE(buckets.size(), 4 + 47);
        QVERIFY(inTimeOrder(buckets));
        QCOMPARE(buckets.first().usedMin, kBase);
        QCOMPARE(buckets.first().usedMax, kBase + 359);
        QCOMPARE(buckets.first().timeMs, kStart + 3 * kHour - kMinute / 2);
        const UsageBucket &hour30 = buckets.at(4 + 30 - 25);
        QCOMPARE(hour30.timeMs, kStart + 30 * kHour + kHour / 2 - kMinute / 2);
        QCOMPARE(hour30.usedMin, kBase + 30 * 60);
        QCOMPARE(hour30.usedMax, kBase + 30 * 60 + 59);

        // A minute a column: raw samples where they are kept (from 2d 00:30), complete
        // hourly rollups before that, the six-hourly ones before those.
        buckets = qm::usageBuckets(*m_store, kHost, kMount, kStart, to, 3 * 1440);
        QVERIFY(inTimeOrder(buckets));
        QCOMPARE(buckets.last().usedMin, kBase + 3 * 1440 - 1);
        QCOMPARE(buckets.last().timeMs, to - kMinute + 1);
        QCOMPARE(buckets.size(), 4 + 23 + (1440 - 30));

        // About nine minutes a column over day 2 from 01:00: ten-minute rollups, one
        // column each (raw samples would fill every one of the 160 columns).
        buckets = qm::usageBuckets(*m_store, kHost, kMount, kStart + 2 * kDay + kHour, to, 160);
        QCOMPARE(buckets.size(), 23 * 6);
        QVERIFY(inTimeOrder(buckets));
        QCOMPARE(buckets.at(1).usedMin, kBase + 2 * 1440 + 70);
        QCOMPARE(buckets.at(1).usedMax, kBase + 2 * 1440 + 79);
        QCOMPARE(buckets.at(1).timeMs, kStart + 2 * kDay + 75 * kMinute - kMinute / 2);

        // Six hours a column: six-hourly rollups all along (the hourly and raw ones are
        // finer than needed); from 4 hours a column on, the same.
        for (const int columns : {12, 18}) {
            buckets = qm::usageBuckets(*m_store, kHost, kMount, kStart, to, columns);
            QCOMPARE(buckets.size(), 12);
            QVERIFY(inTimeOrder(buckets));
            QCOMPARE(buckets.at(5).usedMin, kBase + 5 * 360);
            QCOMPARE(buckets.at(5).usedMax, kBase + 5 * 360 + 359);
        }
    }

    void categoriesStackOnOneGrid()
    {
        QList<ImportedSample> samples;
        for (int i = 0; i < 4; ++i) {
            for (const auto &[category, bytes] :
                 {std::pair(QStringLiteral("games"), qint64(100 + i)),
                  std::pair(QStringLiteral("models"), qint64(1000))}) {
                if (category == QLatin1String("models") && i < 2)
                    continue; // models appear only from the third probe on
                ImportedSample sample;
                sample.host = kHost;
                sample.timeMs = kStart + i * kHour;
                sample.category = category;
                sample.categoryBytes = bytes;
                samples.append(sample);
            }
        }
        QString error;
        QVERIFY(m_store->import(samples, &error));
        const qm::CategoryBuckets grid =
            qm::categoryBuckets(*m_store, kHost, kStart, kStart + 4 * kHour - 1, 4);
        QCOMPARE(grid.categories, (QStringList{QStringLiteral("games"), QStringLiteral("models")}));
        QCOMPARE(grid.timesMs.size(), 4);
        QCOMPARE(grid.timesMs.at(1), kStart + kHour + kHour / 2);
        QCOMPARE(grid.bytes.at(0), (QList<double>{100, 101, 102, 103}));
        QCOMPARE(grid.bytes.at(1), (QList<double>{0, 0, 1000, 1000}));
        // Two columns: the mean of each.
        const qm::CategoryBuckets halves =
            qm::categoryBuckets(*m_store, kHost, kStart, kStart + 4 * kHour - 1, 2);
        QCOMPARE(halves.bytes.at(0), (QList<double>{100.5, 102.5}));
        QCOMPARE(halves.bytes.at(1), (QList<double>{0, 1000}));

        // Once rolled up and the raw probes gone, the hourly means give the same grid.
        QVERIFY(m_store->maintain(kStart + 3 * kDay, {1, 365}, &error));
        QCOMPARE(m_store->probeCount(), 0);
        QCOMPARE(qm::categoryBuckets(*m_store, kHost, kStart, kStart + 4 * kHour - 1, 4).bytes,
                 grid.bytes);
    }

    void percentLineContinuesThePreviousColumn()
    {
        const qint64 total = 1000;
        const QList<UsageBucket> rising = {{10, 100, 100, total, 10, 10},
                                           {20, 150, 250, total, 15, 25},
                                           {30, 300, 300, total, 30, 30}};
        QCOMPARE(qm::usagePercentLine(rising).recorded,
                 (QList<QPointF>{{10, 10}, {20, 15}, {20, 25}, {30, 30}}));
        QVERIFY(qm::usagePercentLine(rising).estimated.isEmpty());
        const QList<UsageBucket> falling = {{10, 300, 300, total, 30, 30},
                                            {20, 150, 250, total, 15, 25},
                                            {30, 100, 100, total, 10, 10}};
        QCOMPARE(qm::usagePercentLine(falling).recorded,
                 (QList<QPointF>{{10, 30}, {20, 25}, {20, 15}, {30, 10}}));
        // Columns whose free space was not recorded: used / size, apart.
        const qm::PercentLine mixed =
            qm::usagePercentLine({{10, 100, 100, total}, {20, 150, 250, total, 16, 26}});
        QCOMPARE(mixed.estimated, (QList<QPointF>{{10, 10}}));
        QCOMPARE(mixed.recorded, (QList<QPointF>{{20, 16}, {20, 26}}));
        // A volume whose size is unknown too draws nothing.
        const qm::PercentLine none = qm::usagePercentLine({{10, 1, 2, 0}});
        QVERIFY(none.recorded.isEmpty() && none.estimated.isEmpty());
    }

    void columnsCarryTheUsedPercentOfDf()
    {
        // 950 GB usable of 1000 GB (50 GB reserved for root): the used % is
        // used / (used + available), in raw columns and rolled up alike; used / size
        // (what the Trends page used to draw) reads lower.
        QList<ImportedSample> samples = threeDays();
        for (ImportedSample &sample : samples) {
            sample.totalBytes = 1000 * kGB;
            sample.usedBytes = 190 * kGB + (sample.timeMs - kStart) / kMinute * kGB / 10;
            sample.availableBytes = 950 * kGB - sample.usedBytes;
        }
        QString error;
        QVERIFY(m_store->import(samples, &error));
        QVERIFY(m_store->maintain(kStart + 3 * kDay, {1, 365}, &error));
        for (const int columns : {3, 72, 3 * 1440}) {
            const QList<UsageBucket> buckets =
                qm::usageBuckets(*m_store, kHost, kMount, kStart, kStart + 3 * kDay - 1, columns);
            QVERIFY(!buckets.isEmpty());
            for (const UsageBucket &bucket : buckets) {
                QCOMPARE(bucket.percentMin, 100.0 * double(bucket.usedMin) / double(950 * kGB));
                QCOMPARE(bucket.percentMax, 100.0 * double(bucket.usedMax) / double(950 * kGB));
            }
            QCOMPARE(buckets.first().percentMin, 20.0);
            const qm::PercentLine line = qm::usagePercentLine(buckets);
            QVERIFY(line.estimated.isEmpty());
            QCOMPARE(line.recorded.first().y(), 20.0);
        }
    }

    void simplifiedLineDropsOnlyWhatCannotBeSeen()
    {
        // A straight line of a thousand points is its two ends.
        QList<QPointF> straight;
        for (int i = 0; i < 1000; ++i)
            straight.append({double(i) * 60'000, 10 + 0.001 * i});
        QCOMPARE(qm::simplifyLine(straight, 60'000, 0.25),
                 (QList<QPointF>{straight.first(), straight.last()}));
        // A spike on a flat line stays, and so do the points either side of it.
        QList<QPointF> spike;
        for (int i = 0; i < 100; ++i)
            spike.append({double(i), i == 50 ? 4.0 : 0.0});
        QCOMPARE(qm::simplifyLine(spike, 1, 1),
                 (QList<QPointF>{{0, 0}, {49, 0}, {50, 4}, {51, 0}, {99, 0}}));
        // A column's low and high (the same x) stay when they are a pixel or more apart.
        const QList<QPointF> column = {{0, 0}, {1, 0}, {1, 2}, {2, 2}};
        QCOMPARE(qm::simplifyLine(column, 1, 1), column);
        // A zigzag taller than the tolerance keeps every point.
        QList<QPointF> zigzag;
        for (int i = 0; i < 50; ++i)
            zigzag.append({double(i), double(i % 2) * 3});
        QCOMPARE(qm::simplifyLine(zigzag, 1, 1), zigzag);
        // Without a scale nothing is dropped.
        QCOMPARE(qm::simplifyLine(straight, 0, 1), straight);
    }

    void simplifiedLineStaysWithinTheTolerance()
    {
        // A random walk of columns, some with a low and a high: each point dropped lies
        // within half a pixel, above or below, of the line between the points kept on
        // either side of it.
        QRandomGenerator random(6);
        QList<QPointF> points;
        double y = 50;
        for (int column = 0; column < 5000; ++column) {
            y = std::clamp(y + random.bounded(0.2) - 0.1, 0.0, 100.0);
            points.append({double(column), y});
            if (random.bounded(20) == 0)
                points.append({double(column), std::min(100.0, y + random.bounded(3.0))});
        }
        const double xPerPixel = 2;
        const double yPerPixel = 0.5;
        const QList<QPointF> kept = qm::simplifyLine(points, xPerPixel, yPerPixel);
        QCOMPARE(kept.first(), points.first());
        QCOMPARE(kept.last(), points.last());
        QVERIFY2(kept.size() < points.size() / 2, qPrintable(QString::number(kept.size())));
        qsizetype k = 0; // kept[k] is the last kept point at or before points[i]
        for (qsizetype i = 0; i < points.size(); ++i) {
            if (k + 1 < kept.size() && points[i] == kept[k + 1]) {
                ++k;
                continue;
            }
            QVERIFY(k + 1 < kept.size());
            const QPointF a = kept[k];
            const QPointF b = kept[k + 1];
            const QPointF p = points[i];
            QVERIFY(p.x() >= a.x() && p.x() <= b.x());
            const double onLine =
                a.x() == b.x() ? std::clamp(p.y(), std::min(a.y(), b.y()), std::max(a.y(), b.y()))
                               : a.y() + (b.y() - a.y()) * (p.x() - a.x()) / (b.x() - a.x());
            QVERIFY2(std::abs(p.y() - onLine) / yPerPixel <= 0.5 + 1e-9,
                     qPrintable(QStringLiteral("point %1 is %2 px off")
                                    .arg(i)
                                    .arg(std::abs(p.y() - onLine) / yPerPixel)));
        }
        QCOMPARE(k, kept.size() - 1);
    }

    void whatGrewLargestFirst()
    {
        // Eight days of hourly probes: games grows 10 bytes an hour, models is flat until
        // it jumps by 500 at the last probe, logs on another host shrink; "fresh" has
        // two days of history only.
        QList<ImportedSample> samples;
        const auto add = [&](const QString &host, qint64 time, const QString &category,
                             qint64 bytes) {
            ImportedSample sample;
            sample.host = host;
            sample.timeMs = time;
            sample.category = category;
            sample.categoryBytes = bytes;
            samples.append(sample);
        };
        const int hours = 8 * 24;
        for (int i = 0; i <= hours; ++i) {
            const qint64 time = kStart + i * kHour;
            add(kHost, time, QStringLiteral("games"), 10 * i);
            add(kHost, time, QStringLiteral("models"), i == hours ? 1500 : 1000);
            add(QStringLiteral("k"), time, QStringLiteral("logs"), 5000 - i);
            if (i >= hours - 48)
                add(QStringLiteral("fresh"), time, QStringLiteral("games"), 100000 * i);
        }
        QString error;
        QVERIFY(m_store->import(samples, &error));
        const QList<qm::CategoryGrowth> grew = qm::whatGrew(*m_store);
        QCOMPARE(grew.size(), 4);
        QCOMPARE(grew.at(0).category, QStringLiteral("games"));
        QCOMPARE(grew.at(0).host, kHost);
        QCOMPARE(grew.at(0).bytes, 10 * hours);
        QCOMPARE(grew.at(0).since7d, 10 * 7 * 24);
        QCOMPARE(grew.at(0).since24h, 240);
        QCOMPARE(grew.at(0).sincePrevious, 10);
        QCOMPARE(grew.at(0).asOfMs, kStart + hours * kHour);
        QCOMPARE(grew.at(1).category, QStringLiteral("models"));
        QCOMPARE(grew.at(1).sincePrevious, 500);
        QCOMPARE(grew.at(1).since7d, 500);
        QCOMPARE(grew.at(2).category, QStringLiteral("logs"));
        QCOMPARE(grew.at(2).since7d, -7 * 24);
        // Too young for a week: last, without that figure, but with the others.
        QCOMPARE(grew.at(3).host, QStringLiteral("fresh"));
        QVERIFY(!grew.at(3).since7d.has_value());
        QCOMPARE(grew.at(3).since24h, 100000 * 24);
        // Sorted by the last probe's change instead: models' jump comes first.
        QCOMPARE(qm::whatGrew(*m_store, qm::GrowthPeriod::Previous).at(0).host,
                 QStringLiteral("fresh"));
        QCOMPARE(qm::whatGrew(*m_store, qm::GrowthPeriod::Previous).at(1).category,
                 QStringLiteral("models"));

        // Once the raw probes of the early days are gone, the rollups stand in.
        QVERIFY(m_store->maintain(kStart + 8 * kDay + 2 * kHour, {2, 365}, &error));
        const QList<qm::CategoryGrowth> later = qm::whatGrew(*m_store);
        QCOMPARE(later.at(0).category, QStringLiteral("games"));
        QVERIFY(later.at(0).since7d.has_value());
        QVERIFY(qAbs(*later.at(0).since7d - 10 * 7 * 24) <= 10);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
};

QTEST_GUILESS_MAIN(TestHistorySeries)
#include "tst_historyseries.moc"
