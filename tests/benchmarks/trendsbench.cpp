// bench_trends
//
// Issue 6, the chart update after a range change (goal < 100 ms): the Trends page with
// a year of history for 30 hosts (1 year of hourly rollups plus 14 days of 1-minute
// samples each), all 30 volumes shown, switching between the 24 h, 7 d, 30 d, 1 y and
// All ranges; each change timed from the click to the chart painted. Twice: volumes
// that grow smoothly, and volumes with a 5 % daily zigzag, whose lines keep a point at
// each column's low and high. Peer, in the same run and window size: QtCharts as it is
// usually fed, the finest level of the history kept (HistoryStore::volumeHistory) into
// one QLineSeries per host, for the 1 y range. The page reads the history on its worker
// thread: each change is timed from the click to the answer drawn and painted. Offscreen unless
// QT_QPA_PLATFORM says otherwise.

#include "app/trends/trendschart.h"
#include "app/trends/trendspage.h"
#include "core/history/historystore.h"
#include "historyfixture.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QValueAxis>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr int kHosts = 30;

/// Until the page has read (on its worker thread) and drawn what it asked for.
void waitForCharts(const qm::TrendsPage &page)
{
    while (page.isReading())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// The chart painted now: posted layout events first, then a synchronous paint.
void paintNow(QWidget *view)
{
    QCoreApplication::processEvents();
    view->repaint();
}

struct Figures
{
    double median = 0;
    double worst = 0;
    double yearMedian = 0;
    double peerMedian = 0;
};

/// The range changes and the peer on a year of history whose volumes rise by
/// `dailyRise` bytes a day.
bool measure(const char *label, qint64 dailyRise, Figures *figures)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        qm::HistoryStore store;
        QString error;
        if (!store.open(path, &error) ||
            !qm::bench::fillYear(store, now, kHosts, &error, dailyRise)) {
            std::fprintf(stderr, "bench_trends: cannot fill the history: %s\n", qPrintable(error));
            return false;
        }
    }

    qm::TrendsPage page;
    page.setHistoryPath(path);
    page.resize(2000, 1000);
    page.show();
    QList<QPair<QString, QString>> volumes;
    for (int h = 0; h < kHosts; ++h)
        volumes.append({qm::bench::hostName(h), QStringLiteral("/")});
    page.reload();
    page.showVolumes(volumes);
    waitForCharts(page);
    paintNow(page.usageChart());
    const int columns = page.usageChart()->plotColumns();

    using Range = qm::TrendsPage::Range;
    const std::pair<Range, const char *> ranges[] = {
        {Range::Day, "24 h"}, {Range::Week, "7 d"}, {Range::Month, "30 d"},
        {Range::Year, "1 y"}, {Range::All, "All"},
    };
    std::vector<double> all;
    std::vector<double> year;
    std::printf("%s:\n", label);
    for (int round = 0; round < 5; ++round) {
        for (const auto &[range, name] : ranges) {
            QElapsedTimer timer;
            timer.start();
            page.setRange(range);
            waitForCharts(page);
            paintNow(page.usageChart());
            const double ms = elapsedMs(timer);
            all.push_back(ms);
            if (range == Range::Year)
                year.push_back(ms);
            if (round == 4)
                std::printf("  range %-4s: %.1f ms (%lld series)\n", name, ms,
                            static_cast<long long>(page.usageChart()->seriesNames().size()));
        }
    }
    figures->median = median(all);
    figures->worst = *std::max_element(all.begin(), all.end());
    figures->yearMedian = median(year);
    std::printf("  chart update after a range change, %d hosts, %d columns: median %.1f ms, "
                "worst %.1f ms, 1 y median %.1f ms\n",
                kHosts, columns, figures->median, figures->worst, figures->yearMedian);

    // The peer: every point of the finest level kept, straight into QtCharts.
    qm::HistoryStore store;
    QString error;
    if (!store.open(path, &error)) {
        std::fprintf(stderr, "bench_trends: %s\n", qPrintable(error));
        return false;
    }
    QChartView peer;
    peer.resize(page.usageChart()->size());
    peer.show();
    std::vector<double> peerMs;
    qsizetype points = 0;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer timer;
        timer.start();
        auto *chart = new QChart;
        chart->legend()->hide();
        auto *x = new QValueAxis;
        auto *y = new QValueAxis;
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        points = 0;
        for (int h = 0; h < kHosts; ++h) {
            const QList<qm::VolumePoint> history =
                store.volumeHistory(qm::bench::hostName(h), QStringLiteral("/"),
                                    now - 365 * qm::HistoryStore::kDayMs, now);
            QList<QPointF> line;
            line.reserve(history.size());
            for (const qm::VolumePoint &p : history)
                line.append({double(p.timeMs), p.usedPercent()});
            points += line.size();
            auto *series = new QLineSeries;
            series->replace(line);
            chart->addSeries(series);
            series->attachAxis(x);
            series->attachAxis(y);
        }
        x->setRange(double(now - 365 * qm::HistoryStore::kDayMs), double(now));
        y->setRange(0, 100);
        QChart *old = peer.chart();
        peer.setChart(chart);
        delete old;
        paintNow(&peer);
        peerMs.push_back(elapsedMs(timer));
    }
    figures->peerMedian = median(peerMs);
    std::printf("  peer, QtCharts fed the finest level kept (1 y, %lld points): median %.1f ms\n",
                static_cast<long long>(points), figures->peerMedian);
    std::printf("  ratio ours (1 y) / peer: %.3f\n", figures->yearMedian / figures->peerMedian);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Figures smooth;
    Figures zigzag;
    if (!measure("smooth growth (0.18 % a day)", qm::bench::kSmallDailyRise, &smooth) ||
        !measure("5 % daily zigzag", qm::bench::kLargeDailyRise, &zigzag))
        return 1;
    std::printf("goal: every range change under 100 ms — smooth: %s (worst %.1f ms); "
                "zigzag: %s (worst %.1f ms)\n",
                smooth.worst < 100 ? "met" : "NOT met", smooth.worst,
                zigzag.worst < 100 ? "met" : "NOT met", zigzag.worst);
    return 0;
}
