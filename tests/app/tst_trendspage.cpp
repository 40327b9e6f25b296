// The Trends page on a history written by the test: the used-% lines of the chosen
// volumes at the chart's resolution, threshold lines, the dashed forecast, stacked
// categories, what grew, zoom, range buttons and the exports.
#include "config/fleetconfig.h"
#include "history/historystore.h"
#include "trends/trendschart.h"
#include "trends/trendspage.h"
#include "trends/whatgrewmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using qm::HistoryStore;
using qm::TrendsPage;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kGB = 1'000'000'000;

QLineSeries *lineNamed(qm::TrendsChart *chart, const QString &name)
{
    const QList<QAbstractSeries *> all = chart->chart()->series();
    for (QAbstractSeries *series : all) {
        if (series->name() == name)
            return qobject_cast<QLineSeries *>(series);
    }
    return nullptr;
}

} // namespace

class TestTrendsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_now = QDateTime::currentMSecsSinceEpoch();
        // Three days, a sample each 5 minutes: alpha:/ fills by 1 GB an hour out of
        // 1000 GB, beta:/data stays at 300 GB; alpha's games grow, its models do not.
        QList<qm::ImportedSample> samples;
        for (qint64 t = m_now - 3 * HistoryStore::kDayMs; t <= m_now; t += 5 * kMinute) {
            const qint64 hours = (t - (m_now - 3 * HistoryStore::kDayMs)) / HistoryStore::kHourMs;
            samples.append({QStringLiteral("alpha"), t, QStringLiteral("/"), 1000 * kGB,
                            400 * kGB + (t - m_now + 3 * HistoryStore::kDayMs) * (kGB / 3'600'000),
                            QStringLiteral("games"), 10 * kGB + hours * kGB});
            samples.append(
                {QStringLiteral("alpha"), t, QString(), -1, -1, QStringLiteral("models"), 5 * kGB});
            samples.append({QStringLiteral("beta"), t, QStringLiteral("/data"), 1000 * kGB,
                            300 * kGB, QString(), -1});
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
        page.setRange(TrendsPage::Range::Week);

        qm::TrendsChart *chart = page.usageChart();
        QStringList names = chart->seriesNames();
        QVERIFY2(names.contains(QStringLiteral("alpha:/")), qPrintable(names.join(u'|')));
        QVERIFY(names.contains(QStringLiteral("beta:/data")));
        QVERIFY(names.contains(QStringLiteral("max_disk_usage_percent 70 %")));
        QVERIFY(names.contains(QStringLiteral("target_disk_usage_percent 60 %")));

        // The line holds the history at the chart's resolution, from ~40 % three days
        // ago to ~47.2 % now; a steady rise reaches QtCharts as little more than its two
        // ends, as every point in between lies within half a pixel of the line.
        QLineSeries *alpha = lineNamed(chart, QStringLiteral("alpha:/"));
        QVERIFY(alpha);
        QVERIFY2(alpha->count() >= 2 && alpha->count() <= 4,
                 qPrintable(QString::number(alpha->count())));
        QVERIFY(qAbs(alpha->at(0).y() - 40.0) < 0.2);
        QVERIFY(qAbs(alpha->at(alpha->count() - 1).y() - 47.2) < 0.2);
        QLineSeries *beta = lineNamed(chart, QStringLiteral("beta:/data"));
        QVERIFY(qAbs(beta->at(0).y() - 30.0) < 1e-9);

        // Threshold lines span the chart at their percentage.
        QLineSeries *max = lineNamed(chart, QStringLiteral("max_disk_usage_percent 70 %"));
        QCOMPARE(max->count(), 2);
        QCOMPARE(max->at(0).y(), 70.0);
        QCOMPARE(max->pen().style(), Qt::DotLine);

        // alpha grows steadily: a dashed forecast from its newest sample, upwards;
        // beta is flat: none.
        QLineSeries *forecast = lineNamed(chart, QStringLiteral("alpha:/ (forecast)"));
        QVERIFY(forecast);
        QCOMPARE(forecast->pen().style(), Qt::DashLine);
        QVERIFY(forecast->at(1).x() > forecast->at(0).x());
        QVERIFY(forecast->at(1).y() > forecast->at(0).y());
        QVERIFY(!lineNamed(chart, QStringLiteral("beta:/data (forecast)")));

        // The categories of alpha, stacked.
        const QStringList categories = page.categoryChart()->seriesNames();
        QCOMPARE(categories.size(), 2);

        // What grew: games on alpha first; the model passes the tester.
        QAbstractItemModelTester tester(page.whatGrewModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.whatGrewModel()->rowCount(), 2);
        QCOMPARE(page.whatGrewModel()->rows().first().category, QStringLiteral("games"));

        // 24 h: the line starts no earlier than a day ago.
        page.setRange(TrendsPage::Range::Day);
        alpha = lineNamed(page.usageChart(), QStringLiteral("alpha:/"));
        QVERIFY(alpha->at(0).x() >= double(m_now - HistoryStore::kDayMs - kMinute));

        // A wheel notch zooms in: the view narrows and is read again.
        const double spanBefore = alpha->at(alpha->count() - 1).x() - alpha->at(0).x();
        QWidget *viewport = chart->viewport();
        const QPointF at(viewport->width() / 2.0, viewport->height() / 2.0);
        QWheelEvent wheel(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, 360), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &wheel);
        alpha = lineNamed(page.usageChart(), QStringLiteral("alpha:/"));
        const double spanAfter = alpha->at(alpha->count() - 1).x() - alpha->at(0).x();
        QVERIFY2(spanAfter < spanBefore * 0.7,
                 qPrintable(QStringLiteral("%1 -> %2").arg(spanBefore).arg(spanAfter)));

        // Exports: the chart as PNG, the buckets shown as CSV.
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
                                           "total_bytes"));
        QVERIFY(lines.size() > 10);
        QVERIFY(lines.at(1).startsWith("alpha,/,"));
    }

    void legendTogglesASeries()
    {
        TrendsPage page;
        page.setHistoryPath(historyPath());
        page.show();
        page.showVolumes({{QStringLiteral("alpha"), QStringLiteral("/")}});
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
