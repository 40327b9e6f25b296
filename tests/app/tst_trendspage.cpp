// The Trends page on a history written by the test: the used-% lines of the chosen
// volumes (df's used / (used + available)) at the chart's resolution, threshold lines,
// the dashed forecast, stacked categories, what grew, zoom, range buttons and the
// exports; charts a person can read (round ticks, the axis ending at the range's end,
// a "now" line, distinct colours, byte ticks at binary steps, an empty state in words,
// hover tool tips); the ticked volumes remembered, volumes new to the history ticked.
#include "app/trends/chartpalette.h"
#include "app/trends/chartscales.h"
#include "app/trends/trendschart.h"
#include "app/trends/trendspage.h"
#include "app/trends/whatgrewmodel.h"
#include "core/config/fleetconfig.h"
#include "core/history/historystore.h"
#include "core/settings/settings.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCategoryAxis>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeWidget>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>
#include <sys/stat.h>

using qm::HistoryStore;
using qm::TrendsPage;

Q_DECLARE_METATYPE(qm::TrendsPage::Range)

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kGB = 1'000'000'000;
constexpr qint64 kUsable = 950 * kGB; // of 1000 GB, 50 GB reserved for root

QLineSeries *lineNamed(qm::TrendsChart *chart, const QString &name)
{
    const QList<QAbstractSeries *> all = chart->chart()->series();
    for (QAbstractSeries *series : all) {
        if (series->name() == name)
            return qobject_cast<QLineSeries *>(series);
    }
    return nullptr;
}

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

/// CIE L*a*b* of an sRGB colour (D65), for how far apart two colours look.
std::array<double, 3> lab(const QColor &colour)
{
    const auto linear = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const double r = linear(colour.redF());
    const double g = linear(colour.greenF());
    const double b = linear(colour.blueF());
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    const double x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
    const double y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
    const double z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
    return {116 * y - 16, 500 * (x - y), 200 * (y - z)};
}

double distance(const QColor &a, const QColor &b)
{
    const auto p = lab(a);
    const auto q = lab(b);
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

QPoint viewportPoint(qm::TrendsChart *chart, QAbstractSeries *series, const QPointF &value)
{
    const QPointF inChart = chart->chart()->mapToPosition(value, series);
    return chart->mapFromScene(chart->chart()->mapToScene(inChart));
}

} // namespace

/// Waits until `page` has read the history and drawn what it asked for: the reads run
/// on a worker thread.
void settle(TrendsPage &page)
{
    QTRY_VERIFY_WITH_TIMEOUT(!page.isReading(), 20000);
}

class TestTrendsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_now = QDateTime::currentMSecsSinceEpoch();
        // Three days, a sample each 5 minutes: alpha:/ fills by 1 GB an hour, beta:/data
        // stays at 300 GB (both of 1000 GB, 950 GB of it usable); alpha's games grow,
        // its models do not. legacy:/ was imported without its available bytes.
        QList<qm::ImportedSample> samples;
        for (qint64 t = m_now - 3 * HistoryStore::kDayMs; t <= m_now; t += 5 * kMinute) {
            const qint64 hours = (t - (m_now - 3 * HistoryStore::kDayMs)) / HistoryStore::kHourMs;
            const qint64 used =
                400 * kGB + (t - m_now + 3 * HistoryStore::kDayMs) * (kGB / 3'600'000);
            samples.append({QStringLiteral("alpha"), t, QStringLiteral("/"), 1000 * kGB, used,
                            QStringLiteral("games"), 10 * kGB + hours * kGB, kUsable - used});
            samples.append(
                {QStringLiteral("alpha"), t, QString(), -1, -1, QStringLiteral("models"), 5 * kGB});
            samples.append({QStringLiteral("beta"), t, QStringLiteral("/data"), 1000 * kGB,
                            300 * kGB, QString(), -1, kUsable - 300 * kGB});
            samples.append({QStringLiteral("legacy"), t, QStringLiteral("/"), 1000 * kGB, 500 * kGB,
                            QString(), -1});
        }
        HistoryStore store;
        QString error;
        QVERIFY(store.open(historyPath(), &error));
        QVERIFY2(store.import(samples, &error), qPrintable(error));
        QVERIFY(store.maintain(m_now, {}, &error));
    }

    void showsHistoryWithThresholdsAndForecast()
    {
        TrendsPage page;
        page.resize(1200, 900);
        page.setHistoryPath(historyPath());
        qm::FleetConfig config;
        config.maxDiskUsagePercent = qm::ConfigNumber{70.0, -1};
        config.targetDiskUsagePercent = qm::ConfigNumber{60.0, -1};
        page.setConfig(&config);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showVolumes({{QStringLiteral("alpha"), QStringLiteral("/")},
                          {QStringLiteral("beta"), QStringLiteral("/data")}});
        settle(page);
        page.setRange(TrendsPage::Range::Week);
        settle(page);

        qm::TrendsChart *chart = page.usageChart();
        QStringList names = chart->seriesNames();
        QVERIFY2(names.contains(QStringLiteral("alpha:/")), qPrintable(names.join(u'|')));
        QVERIFY(names.contains(QStringLiteral("beta:/data")));
        QVERIFY(names.contains(QStringLiteral("max_disk_usage_percent 70 %")));
        QVERIFY(names.contains(QStringLiteral("target_disk_usage_percent 60 %")));

        // The line holds the history at the chart's resolution as df counts it, used /
        // (used + available): from 400/950 = 42.1 % three days ago to 472/950 = 49.7 %
        // now (not 40 % to 47.2 %, used / size). A steady rise reaches QtCharts as little
        // more than its two ends, as every point in between lies within half a pixel.
        QLineSeries *alpha = lineNamed(chart, QStringLiteral("alpha:/"));
        QVERIFY(alpha);
        QVERIFY2(alpha->count() >= 2 && alpha->count() <= 4,
                 qPrintable(QString::number(alpha->count())));
        QVERIFY2(qAbs(alpha->at(0).y() - 100.0 * 400 / 950) < 0.2,
                 qPrintable(QString::number(alpha->at(0).y())));
        QVERIFY(qAbs(alpha->at(alpha->count() - 1).y() - 100.0 * 472 / 950) < 0.2);
        QLineSeries *beta = lineNamed(chart, QStringLiteral("beta:/data"));
        QVERIFY(qAbs(beta->at(0).y() - 100.0 * 300 / 950) < 1e-9);

        // Threshold lines span the chart at their percentage.
        QLineSeries *max = lineNamed(chart, QStringLiteral("max_disk_usage_percent 70 %"));
        QCOMPARE(max->count(), 2);
        QCOMPARE(max->at(0).y(), 70.0);
        QCOMPARE(max->pen().style(), Qt::DotLine);

        // alpha grows steadily: a dashed forecast from its newest sample, upwards, in
        // the same df percent; beta is flat: none.
        QLineSeries *forecast = lineNamed(chart, QStringLiteral("alpha:/ (forecast)"));
        QVERIFY(forecast);
        QCOMPARE(forecast->pen().style(), Qt::DashLine);
        QCOMPARE(forecast->pen().color(), alpha->pen().color());
        QVERIFY(forecast->at(1).x() > forecast->at(0).x());
        QVERIFY(forecast->at(1).y() > forecast->at(0).y());
        QVERIFY(qAbs(forecast->at(0).y() - 100.0 * 472 / 950) < 0.2);
        QVERIFY(!lineNamed(chart, QStringLiteral("beta:/data (forecast)")));

        // The categories of alpha, stacked.
        const QStringList categories = page.categoryChart()->seriesNames();
        QCOMPARE(categories.size(), 3); // games, models, the now line

        // What grew: games on alpha first; the model passes the tester.
        QAbstractItemModelTester tester(page.whatGrewModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.whatGrewModel()->rowCount(), 2);
        QCOMPARE(page.whatGrewModel()->rows().first().category, QStringLiteral("games"));

        // 24 h: the line starts no earlier than a day ago.
        page.setRange(TrendsPage::Range::Day);
        settle(page);
        alpha = lineNamed(page.usageChart(), QStringLiteral("alpha:/"));
        QVERIFY(alpha->at(0).x() >= double(m_now - HistoryStore::kDayMs - kMinute));

        // A wheel notch zooms in: the view narrows and is read again.
        const double spanBefore = alpha->at(alpha->count() - 1).x() - alpha->at(0).x();
        QWidget *viewport = chart->viewport();
        const QPointF at(viewport->width() / 2.0, viewport->height() / 2.0);
        QWheelEvent wheel(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, 360), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &wheel);
        settle(page);
        alpha = lineNamed(page.usageChart(), QStringLiteral("alpha:/"));
        const double spanAfter = alpha->at(alpha->count() - 1).x() - alpha->at(0).x();
        QVERIFY2(spanAfter < spanBefore * 0.7,
                 qPrintable(QStringLiteral("%1 -> %2").arg(spanBefore).arg(spanAfter)));

        // Exports: the chart as PNG, the buckets shown as CSV with df's used %.
        QString error;
        const QString png = m_dir.filePath(QStringLiteral("chart.png"));
        QVERIFY2(page.exportPng(png, &error), qPrintable(error));
        QVERIFY(!QImage(png).isNull());
        const QString csv = m_dir.filePath(QStringLiteral("chart.csv"));
        QVERIFY2(page.exportCsv(csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.first(), QByteArray("host,mount,time,used_bytes_min,used_bytes_max,"
                                           "total_bytes,used_percent_min,used_percent_max"));
        QVERIFY(lines.size() > 10);
        QVERIFY(lines.at(1).startsWith("alpha,/,"));
        const QList<QByteArray> fields = lines.at(1).split(',');
        QCOMPARE(fields.size(), 8);
        QVERIFY(qAbs(fields.at(6).toDouble() - 100.0 * fields.at(3).toDouble() / double(kUsable)) <
                0.001);
    }

    void estimatedWhereAvailableWasNotRecorded()
    {
        // legacy:/ was imported without available bytes: its line is used / size,
        // dotted, apart from the df lines, and the summary says why; the CSV export
        // leaves its used % empty rather than inventing one.
        TrendsPage page;
        page.resize(1100, 700);
        page.setHistoryPath(historyPath());
        page.show();
        page.showVolumes({{QStringLiteral("legacy"), QStringLiteral("/")}});
        settle(page);
        qm::TrendsChart *chart = page.usageChart();
        QLineSeries *recorded = lineNamed(chart, QStringLiteral("legacy:/"));
        QVERIFY(recorded);
        QCOMPARE(recorded->count(), 0);
        QLineSeries *estimated = lineNamed(chart, QStringLiteral("legacy:/ (used ÷ size)"));
        QVERIFY2(estimated, qPrintable(chart->seriesNames().join(u'|')));
        QCOMPARE(estimated->pen().style(), Qt::DotLine);
        QCOMPARE(estimated->at(0).y(), 50.0);
        const QString summary = page.findChild<QLabel *>(QStringLiteral("trendsSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("used ÷ size")), qPrintable(summary));
        QString error;
        const QString csv = m_dir.filePath(QStringLiteral("legacy.csv"));
        QVERIFY(page.exportCsv(csv, &error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().split('\n').at(1).endsWith(",1000000000000,,"));
    }

    void exportsAreUserFiles()
    {
        // The exports are files the user named: a FIFO named by mistake is refused at
        // once (never opened, so nothing blocks, and it stays a FIFO), and a link to an
        // earlier export is followed and kept.
        TrendsPage page;
        page.resize(1100, 700);
        page.setHistoryPath(historyPath());
        page.show();
        page.showVolumes({{QStringLiteral("alpha"), QStringLiteral("/")}});
        settle(page);
        const QByteArray fifo = QFile::encodeName(m_dir.filePath(QStringLiteral("fifo")));
        QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
        QString error;
        QVERIFY(!page.exportCsv(QFile::decodeName(fifo), &error));
        QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));
        QVERIFY(!page.exportPng(QFile::decodeName(fifo), &error));
        struct stat info = {};
        QCOMPARE(::lstat(fifo.constData(), &info), 0);
        QVERIFY(S_ISFIFO(info.st_mode));

        const QString real = m_dir.filePath(QStringLiteral("real.csv"));
        const QString link = m_dir.filePath(QStringLiteral("link.csv"));
        QFile old(real);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old\n");
        old.close();
        QVERIFY(QFile::link(real, link));
        QVERIFY2(page.exportCsv(link, &error), qPrintable(error));
        QVERIFY(QFileInfo(link).isSymLink());
        QFile written(real);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().startsWith("host,mount,time,"));
    }

    void historyIsNeverReadOnTheGuiThread()
    {
        // The page reads the history on a worker thread with a connection of its own:
        // while it is open, drawn over every range, its volumes ticked and its host
        // changed, no history connection belongs to this (the GUI) thread, so no query
        // of the history can run here. (Qt refuses a connection to any thread but the
        // one that opened it, with a warning: that is how the test tells.)
        TrendsPage page;
        page.resize(1100, 700);
        page.setHistoryPath(historyPath());
        page.show();
        page.showVolumes({{QStringLiteral("alpha"), QStringLiteral("/")},
                          {QStringLiteral("beta"), QStringLiteral("/data")}});
        settle(page);
        for (const TrendsPage::Range range :
             {TrendsPage::Range::Day, TrendsPage::Range::Month, TrendsPage::Range::Year,
              TrendsPage::Range::All, TrendsPage::Range::Week}) {
            page.setRange(range);
            settle(page);
        }
        page.showVolumes({{QStringLiteral("beta"), QStringLiteral("/data")}});
        settle(page);
        page.reload();
        settle(page);
        QVERIFY(!page.usageChart()->seriesNames().isEmpty());

        int connections = 0;
        int ownedHere = 0;
        static int refused = 0;
        refused = 0;
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) {
                if (message.contains(QStringLiteral("does not belong to the calling thread")))
                    ++refused;
            });
        for (const QString &name : QSqlDatabase::connectionNames()) {
            if (!name.startsWith(QStringLiteral("history-")))
                continue;
            ++connections;
            if (QSqlDatabase::database(name, false).isValid())
                ++ownedHere;
        }
        qInstallMessageHandler(previous);
        QVERIFY2(connections >= 1, "the page keeps no connection to the history open");
        QCOMPARE(ownedHere, 0);
        QCOMPARE(refused, connections);
    }

    void ticksAtRoundTimes_data()
    {
        QTest::addColumn<TrendsPage::Range>("range");
        QTest::newRow("24 h") << TrendsPage::Range::Day;
        QTest::newRow("7 d") << TrendsPage::Range::Week;
        QTest::newRow("30 d") << TrendsPage::Range::Month;
        QTest::newRow("1 y") << TrendsPage::Range::Year;
        QTest::newRow("all") << TrendsPage::Range::All;
    }

    void ticksAtRoundTimes()
    {
        // At the default window size: ticks on whole hours, midnights or first days of
        // months, evenly stepped, named (a day's date at midnight), and only inside
        // the axis, which ends exactly where the summary says the view does.
        QFETCH(TrendsPage::Range, range);
        TrendsPage page;
        page.resize(1100 - 170, 700 - 60);
        page.setHistoryPath(historyPath());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setRange(range);
        settle(page);
        for (qm::TrendsChart *chart : {page.usageChart(), page.categoryChart()}) {
            const QList<qm::TimeTick> ticks = chart->timeTicks();
            QVERIFY2(ticks.size() >= 3, qPrintable(QString::number(ticks.size())));
            QVERIFY(ticks.size() <= 12);
            auto *axis =
                qobject_cast<QCategoryAxis *>(chart->chart()->axes(Qt::Horizontal).first());
            QVERIFY(axis);
            QCOMPARE(axis->min(), double(chart->fromMs()));
            QCOMPARE(axis->max(), double(chart->toMs()));
            QCOMPARE(axis->categoriesLabels().size(), ticks.size());
            QStringList labels;
            for (int i = 0; i < ticks.size(); ++i) {
                const QDateTime at = QDateTime::fromMSecsSinceEpoch(ticks[i].timeMs);
                QVERIFY2(at.time().second() == 0 && at.time().msec() == 0 &&
                             at.time().minute() == 0,
                         qPrintable(at.toString(Qt::ISODate)));
                if (range != TrendsPage::Range::Day)
                    QCOMPARE(at.time().hour(), 0);
                if (range == TrendsPage::Range::Year)
                    QCOMPARE(at.date().day(), 1);
                QVERIFY(ticks[i].timeMs >= chart->fromMs() && ticks[i].timeMs <= chart->toMs());
                QVERIFY(!ticks[i].label.isEmpty());
                QCOMPARE(axis->endValue(axis->categoriesLabels().at(i)), double(ticks[i].timeMs));
                if (at.time() == QTime(0, 0) && range != TrendsPage::Range::Year)
                    QCOMPARE(ticks[i].label,
                             QLocale().toString(at.date(), QStringLiteral("d MMM")));
                labels.append(ticks[i].label);
                // Evenly stepped: hours apart in a day's range, days apart in longer ones.
                if (i > 1 && range == TrendsPage::Range::Day)
                    QCOMPARE(ticks[i].timeMs - ticks[i - 1].timeMs,
                             ticks[i - 1].timeMs - ticks[i - 2].timeMs);
                const auto dateOf = [&](int k) {
                    return QDateTime::fromMSecsSinceEpoch(ticks[k].timeMs).date();
                };
                if (i > 1 && range != TrendsPage::Range::Day && range != TrendsPage::Range::Year)
                    QCOMPARE(dateOf(i - 1).daysTo(dateOf(i)), dateOf(i - 2).daysTo(dateOf(i - 1)));
            }
            // Every midnight of a range of hours is named.
            if (range == TrendsPage::Range::Day)
                QVERIFY2(std::any_of(ticks.cbegin(), ticks.cend(),
                                     [](const qm::TimeTick &t) {
                                         return QDateTime::fromMSecsSinceEpoch(t.timeMs).time() ==
                                                QTime(0, 0);
                                     }),
                         qPrintable(labels.join(u' ')));
        }
        const QString summary = page.findChild<QLabel *>(QStringLiteral("trendsSummary"))->text();
        QVERIFY2(summary.contains(timeText(page.usageChart()->toMs())), qPrintable(summary));
        QCOMPARE(page.categoryChart()->toMs(), page.usageChart()->toMs());
    }

    void timeTicksOfAnyRange_data()
    {
        QTest::addColumn<qint64>("spanMs");
        QTest::addColumn<int>("maxTicks");
        QTest::addColumn<qint64>("stepMs"); // 0: a calendar month or more
        const qint64 hour = HistoryStore::kHourMs;
        const qint64 day = HistoryStore::kDayMs;
        QTest::newRow("10 min") << 10 * kMinute << 8 << 2 * kMinute;
        QTest::newRow("2 h") << 2 * hour << 8 << 30 * kMinute;
        QTest::newRow("30 h") << 30 * hour << 7 << 6 * hour;
        QTest::newRow("8.75 d") << 8 * day + 18 * hour << 7 << 2 * day;
        QTest::newRow("8.75 d, wide") << 8 * day + 18 * hour << 12 << day;
        QTest::newRow("456 d") << 456 * day << 8 << qint64(0);
        QTest::newRow("30 y") << 30 * 365 * day << 8 << qint64(0);
    }

    void timeTicksOfAnyRange()
    {
        QFETCH(qint64, spanMs);
        QFETCH(int, maxTicks);
        QFETCH(qint64, stepMs);
        // From an odd time (14:07:31.5), as a view that reaches now starts.
        const qint64 from =
            QDateTime(QDate(2025, 11, 29), QTime(14, 7, 31, 500)).toMSecsSinceEpoch();
        const QList<qm::TimeTick> ticks = qm::timeTicks(from, from + spanMs, maxTicks);
        QVERIFY(ticks.size() >= 2);
        QVERIFY(ticks.size() <= maxTicks);
        QVERIFY(ticks.first().timeMs >= from);
        QVERIFY(ticks.last().timeMs <= from + spanMs);
        for (int i = 0; i < ticks.size(); ++i) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(ticks[i].timeMs);
            QCOMPARE(at.time().second(), 0);
            if (stepMs > 0) {
                QCOMPARE(at.time().msecsSinceStartOfDay() % std::min(stepMs, HistoryStore::kDayMs),
                         0);
                if (i > 0)
                    QCOMPARE(ticks[i].timeMs - ticks[i - 1].timeMs, stepMs);
                // No tick is missed: the one before the first lies before the range.
                if (i == 0)
                    QVERIFY(ticks[0].timeMs - stepMs < from);
            } else {
                QCOMPARE(at.time(), QTime(0, 0));
                QCOMPARE(at.date().day(), 1);
            }
        }
        if (stepMs == 0) // months name their year on January and on the first tick
            QVERIFY2(ticks.first().label.contains(QString::number(
                         QDateTime::fromMSecsSinceEpoch(ticks.first().timeMs).date().year())),
                     qPrintable(ticks.first().label));
    }

    void nowLineMarksThePresent()
    {
        TrendsPage page;
        page.resize(1100, 700);
        page.setHistoryPath(historyPath());
        page.show();
        page.setRange(TrendsPage::Range::Week);
        settle(page);
        for (qm::TrendsChart *chart : {page.usageChart(), page.categoryChart()}) {
            QLineSeries *now = lineNamed(chart, QStringLiteral("now"));
            QVERIFY(now);
            QCOMPARE(now->count(), 2);
            QVERIFY(qAbs(now->at(0).x() - double(QDateTime::currentMSecsSinceEpoch())) < 60'000);
            QCOMPARE(now->at(0).x(), now->at(1).x());
            QVERIFY(now->at(0).x() < double(chart->toMs())); // the forecast's room after it
            // Not a legend entry.
            QVERIFY(!chart->chart()->legend()->markers(now).first()->isVisible());
        }
    }

    void paletteTellsTwelveLinesApart()
    {
        // Fourteen volumes: twelve colours far apart (and from the threshold and "now"
        // lines), then the same colours again with a dash pattern.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        QList<qm::ImportedSample> samples;
        QList<QPair<QString, QString>> volumes;
        for (int h = 0; h < 14; ++h) {
            const QString host = QStringLiteral("host-%1").arg(h, 2, 10, QLatin1Char('0'));
            volumes.append({host, QStringLiteral("/")});
            for (int i = 0; i < 10; ++i)
                samples.append({host, m_now - i * HistoryStore::kHourMs, QStringLiteral("/"),
                                1000 * kGB, (100 + 10 * h) * kGB, QString(), -1,
                                kUsable - (100 + 10 * h) * kGB});
        }
        {
            HistoryStore store;
            QString error;
            QVERIFY(store.open(path, &error));
            QVERIFY(store.import(samples, &error));
        }
        TrendsPage page;
        page.resize(1100, 700);
        page.setHistoryPath(path);
        page.show();
        page.showVolumes(volumes);
        settle(page);
        QList<QPen> pens;
        for (const auto &[host, mount] : volumes) {
            QLineSeries *line = lineNamed(page.usageChart(), host + u':' + mount);
            QVERIFY(line);
            pens.append(line->pen());
        }
        for (int i = 0; i < 12; ++i) {
            QCOMPARE(pens[i].style(), Qt::SolidLine);
            for (int j = 0; j < i; ++j)
                QVERIFY2(distance(pens[i].color(), pens[j].color()) >= 30,
                         qPrintable(QStringLiteral("%1 and %2").arg(i).arg(j)));
            for (const QColor &other :
                 {QColor(0xc6, 0x28, 0x28), QColor(0xef, 0x6c, 0x00), QColor(0x80, 0x80, 0x80)})
                QVERIFY(distance(pens[i].color(), other) >= 25);
        }
        for (int i = 12; i < 14; ++i) {
            QCOMPARE(pens[i].color(), pens[i - 12].color());
            QVERIFY(pens[i].style() != Qt::SolidLine);
        }
        // No two of the first 48 lines look the same.
        QSet<QString> looks;
        for (int i = 0; i < 48; ++i) {
            const QPen pen = qm::chartPen(i);
            QString look = pen.color().name() + QString::number(int(pen.style()));
            for (const qreal dash : pen.dashPattern())
                look += u' ' + QString::number(dash);
            looks.insert(look);
        }
        QCOMPARE(looks.size(), 48);
    }

    void byteTicksAtBinarySteps_data()
    {
        QTest::addColumn<double>("largest");
        QTest::addColumn<QString>("unit");
        const double tib = 1024.0 * 1024 * 1024 * 1024;
        QTest::newRow("0.4257 TiB") << 0.4257 * tib << QStringLiteral("GiB");
        QTest::newRow("3.2 TiB") << 3.2 * tib << QStringLiteral("TiB");
        QTest::newRow("15 GB") << 15e9 << QStringLiteral("GiB");
        QTest::newRow("1500 B") << 1500.0 << QStringLiteral("KiB");
        QTest::newRow("7 B") << 7.0 << QStringLiteral("B");
    }

    void byteTicksAtBinarySteps()
    {
        QFETCH(double, largest);
        QFETCH(QString, unit);
        const qm::ByteScale scale = qm::byteScale(largest, 6);
        QCOMPARE(scale.unit, unit);
        // A power of two bytes, the smallest that reaches the largest value in 6 steps.
        const int exponent = int(std::round(std::log2(scale.stepBytes)));
        QCOMPARE(scale.stepBytes, std::ldexp(1.0, exponent));
        QVERIFY(scale.topBytes >= largest);
        QVERIFY(scale.steps() <= 6);
        QVERIFY(std::ceil(largest / (scale.stepBytes / 2)) > 6 || scale.stepBytes == 1);
        // In its unit, each tick is a whole number, a half or a quarter.
        const double inUnit = scale.stepBytes / scale.unitBytes;
        QVERIFY2(inUnit >= 0.25 && std::fmod(inUnit * 4, 1) == 0,
                 qPrintable(QString::number(inUnit)));
    }

    void stackedAxisStepsAtBinaryValues()
    {
        // alpha's categories reach 87 GB: the axis steps at a power of two GiB, labelled
        // in GiB, up to a multiple of the step above the top of the stack.
        TrendsPage page;
        page.resize(1100, 700);
        page.setHistoryPath(historyPath());
        page.show();
        page.showVolumes({{QStringLiteral("alpha"), QStringLiteral("/")}});
        settle(page);
        auto *axis =
            qobject_cast<QValueAxis *>(page.categoryChart()->chart()->axes(Qt::Vertical).first());
        QVERIFY(axis);
        QCOMPARE(axis->min(), 0.0);
        const QString format = axis->labelFormat();
        QVERIFY2(format.startsWith(QStringLiteral("%g ")), qPrintable(format));
        const QString axisUnit = format.mid(3);
        const QStringList units = {QStringLiteral("B"), QStringLiteral("KiB"),
                                   QStringLiteral("MiB"), QStringLiteral("GiB"),
                                   QStringLiteral("TiB")};
        QVERIFY(units.contains(axisUnit));
        const double step =
            axis->max() / (axis->tickCount() - 1) * std::pow(1024.0, units.indexOf(axisUnit));
        QCOMPARE(step, std::ldexp(1.0, int(std::round(std::log2(step)))));
        QVERIFY(axis->max() * std::pow(1024.0, units.indexOf(axisUnit)) >= 82 * kGB);
    }

    void emptyChartsSayWhy()
    {
        TrendsPage page;
        page.resize(1100, 700);
        page.setHistoryPath(historyPath());
        page.show();
        page.showVolumes({});
        settle(page);
        qm::TrendsChart *usage = page.usageChart();
        QVERIFY2(usage->emptyText().contains(QStringLiteral("Tick volumes")),
                 qPrintable(usage->emptyText()));
        auto *label = usage->findChild<QLabel *>(QStringLiteral("emptyState"));
        QVERIFY(label && label->isVisible());
        QVERIFY(!usage->chart()->axes(Qt::Vertical).first()->isVisible()); // no 0–1 B axis
        QVERIFY(!usage->chart()->legend()->isVisible());

        // beta has no data categories: the lower chart says so.
        page.showVolumes({{QStringLiteral("beta"), QStringLiteral("/data")}});
        settle(page);
        QVERIFY(usage->emptyText().isEmpty());
        QVERIFY(usage->chart()->axes(Qt::Vertical).first()->isVisible());
        QVERIFY2(page.categoryChart()->emptyText().contains(QStringLiteral("No data categories")),
                 qPrintable(page.categoryChart()->emptyText()));
        QVERIFY(!page.categoryChart()->chart()->axes(Qt::Vertical).first()->isVisible());

        // No history at all.
        TrendsPage none;
        none.setHistoryPath(m_dir.filePath(QStringLiteral("none/history.sqlite")));
        none.show();
        none.reload();
        settle(none);
        QVERIFY(none.usageChart()->emptyText().contains(QStringLiteral("No history yet")));
    }

    void hoverShowsTheValue()
    {
        TrendsPage page;
        page.resize(1100, 700);
        page.setHistoryPath(historyPath());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showVolumes({{QStringLiteral("alpha"), QStringLiteral("/")}});
        settle(page);
        page.setRange(TrendsPage::Range::Week);
        settle(page);
        qm::TrendsChart *chart = page.usageChart();
        QLineSeries *alpha = lineNamed(chart, QStringLiteral("alpha:/"));
        QVERIFY(alpha && alpha->count() >= 2);
        // Half way along the line (straight: the middle of its two ends).
        const QPointF middle = (alpha->at(0) + alpha->at(alpha->count() - 1)) / 2;
        const QPoint at = viewportPoint(chart, alpha, middle);
        QMouseEvent move(QEvent::MouseMove, at, chart->viewport()->mapToGlobal(at), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(chart->viewport(), &move);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString text = QToolTip::text();
        QVERIFY2(text.startsWith(QStringLiteral("alpha:/\n")), qPrintable(text));
        const QRegularExpressionMatch value =
            QRegularExpression(QStringLiteral(": ([0-9.,]+) % used$")).match(text);
        QVERIFY2(value.hasMatch(), qPrintable(text));
        QVERIFY2(qAbs(QLocale().toDouble(value.captured(1)) - middle.y()) < 0.3, qPrintable(text));
        // Far from any line: no tip.
        const QPoint away = viewportPoint(chart, alpha, {middle.x(), 95});
        QMouseEvent leave(QEvent::MouseMove, away, chart->viewport()->mapToGlobal(away),
                          Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(chart->viewport(), &leave);
        QTRY_VERIFY(!QToolTip::isVisible());

        // The stacked areas tell their category and size.
        qm::TrendsChart *stacked = page.categoryChart();
        QAbstractSeries *games = stacked->chart()->series().first();
        const QPoint inGames =
            viewportPoint(stacked, games, {middle.x(), 1.0 /* just above the floor */});
        QMouseEvent over(QEvent::MouseMove, inGames, stacked->viewport()->mapToGlobal(inGames),
                         Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(stacked->viewport(), &over);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().startsWith(games->name() + u'\n'), qPrintable(QToolTip::text()));
        QVERIFY(QToolTip::text().contains(QStringLiteral("all categories")));
    }

    void tickedVolumesAreRememberedAndNewOnesTicked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        QVERIFY(QFile::copy(historyPath(), path));
        qm::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        {
            // The first time, every volume is new: all ticked. Untick alpha:/.
            TrendsPage page(&settings);
            page.setHistoryPath(path);
            page.show();
            page.reload();
            settle(page);
            QCOMPARE(page.checkedVolumes().size(), 3);
            auto *list = page.findChild<QTreeWidget *>(QStringLiteral("trendVolumes"));
            QTreeWidgetItem *alpha = list->topLevelItem(0)->child(0);
            QCOMPARE(alpha->text(0), QStringLiteral("/"));
            alpha->setCheckState(0, Qt::Unchecked);
            settle(page);
        }
        {
            // A new page (the next start) ticks what was ticked, not alpha.
            TrendsPage page(&settings);
            page.setHistoryPath(path);
            page.show();
            page.reload();
            settle(page);
            QCOMPARE(page.checkedVolumes(), (QList<QPair<QString, QString>>{
                                                {QStringLiteral("beta"), QStringLiteral("/data")},
                                                {QStringLiteral("legacy"), QStringLiteral("/")}}));

            // A host imported since comes ticked; alpha stays as the user left it.
            HistoryStore store;
            QString error;
            QVERIFY(store.open(path, &error));
            QVERIFY(store.import({{QStringLiteral("gamma"), m_now, QStringLiteral("/srv"),
                                   1000 * kGB, 10 * kGB, QString(), -1, 900 * kGB}},
                                 &error));
            page.reload();
            settle(page);
            QCOMPARE(page.checkedVolumes(), (QList<QPair<QString, QString>>{
                                                {QStringLiteral("beta"), QStringLiteral("/data")},
                                                {QStringLiteral("gamma"), QStringLiteral("/srv")},
                                                {QStringLiteral("legacy"), QStringLiteral("/")}}));
        }
        TrendsPage again(&settings);
        again.setHistoryPath(path);
        again.show();
        again.reload();
        settle(again);
        QCOMPARE(again.checkedVolumes().size(), 3);
        QVERIFY(!again.checkedVolumes().contains({QStringLiteral("alpha"), QStringLiteral("/")}));
    }

    void legendTogglesASeries()
    {
        TrendsPage page;
        page.setHistoryPath(historyPath());
        page.show();
        page.showVolumes({{QStringLiteral("alpha"), QStringLiteral("/")}});
        settle(page);
        QLineSeries *alpha = lineNamed(page.usageChart(), QStringLiteral("alpha:/"));
        QVERIFY(alpha);
        const QList<QLegendMarker *> markers = page.usageChart()->chart()->legend()->markers(alpha);
        QCOMPARE(markers.size(), 1);
        Q_EMIT markers.first()->clicked();
        QVERIFY(!alpha->isVisible());
        QVERIFY(!lineNamed(page.usageChart(), QStringLiteral("alpha:/ (forecast)"))->isVisible());
        Q_EMIT markers.first()->clicked();
        QVERIFY(alpha->isVisible());
    }

    void noHistoryYet()
    {
        TrendsPage page;
        const QString missing = m_dir.filePath(QStringLiteral("none/history.sqlite"));
        page.setHistoryPath(missing);
        page.show();
        page.reload();
        settle(page);
        QVERIFY(page.usageChart()->seriesNames().isEmpty());
        QVERIFY(!QFile::exists(missing)); // reading never creates the database
    }

private:
    QString historyPath() const { return m_dir.filePath(QStringLiteral("history.sqlite")); }

    QTemporaryDir m_dir;
    qint64 m_now = 0;
};

QTEST_MAIN(TestTrendsPage)
#include "tst_trendspage.moc"
