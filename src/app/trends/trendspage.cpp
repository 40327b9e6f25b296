#include "trendspage.h"

#include "core/config/fleetconfig.h"
#include "core/history/forecast.h"
#include "core/history/growth.h"
#include "core/history/historystore.h"
#include "core/history/trendssource.h"
#include "core/probes/datacategories.h"
#include "core/settings/settings.h"
#include "trendschart.h"
#include "whatgrewmodel.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace qm {

namespace {

constexpr qint64 kHourMs = HistoryStore::kHourMs;
constexpr qint64 kDayMs = HistoryStore::kDayMs;
constexpr int kHostRole = Qt::UserRole;
constexpr int kMountRole = Qt::UserRole + 1;

qint64 spanOf(TrendsPage::Range range)
{
    switch (range) {
    case TrendsPage::Range::Day:
        return kDayMs;
    case TrendsPage::Range::Week:
        return 7 * kDayMs;
    case TrendsPage::Range::Month:
        return 30 * kDayMs;
    case TrendsPage::Range::Year:
        return 365 * kDayMs;
    case TrendsPage::Range::All:
        break;
    }
    return 0;
}

} // namespace

TrendsPage::TrendsPage(Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_historyPath(historyDatabasePath())
    , m_volumes(new QTreeWidget)
    , m_ranges(new QButtonGroup(this))
    , m_window(new QComboBox)
    , m_summary(new QLabel)
    , m_usage(new TrendsChart)
    , m_categories(new TrendsChart)
    , m_grew(new WhatGrewModel(this))
    , m_grewProxy(new QSortFilterProxyModel(this))
    , m_grewView(new QTableView)
{
    setObjectName(QStringLiteral("trendsPage"));
    m_usage->setObjectName(QStringLiteral("usageChart"));
    m_categories->setObjectName(QStringLiteral("categoryChart"));
    m_volumes->setObjectName(QStringLiteral("trendVolumes"));
    m_grewView->setObjectName(QStringLiteral("whatGrew"));
    m_summary->setObjectName(QStringLiteral("trendsSummary"));
    m_summary->setWordWrap(true);
    if (m_settings) {
        if (const auto saved = m_settings->trendVolumes()) {
            m_ticked = saved->ticked;
            m_listed = saved->listed;
        }
    }

    auto *bar = new QHBoxLayout;
    const struct
    {
        Range range;
        QString label;
    } ranges[] = {{Range::Day, tr("24 h")},
                  {Range::Week, tr("7 d")},
                  {Range::Month, tr("30 d")},
                  {Range::Year, tr("1 y")},
                  {Range::All, tr("All")}};
    for (const auto &[range, label] : ranges) {
        auto *button = new QToolButton;
        button->setText(label);
        button->setCheckable(true);
        button->setObjectName(QStringLiteral("range_") + label.simplified().remove(u' '));
        const int id = int(range);
        button->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + id)));
        button->setToolTip(
            tr("Show %1 (%2)").arg(label, button->shortcut().toString(QKeySequence::NativeText)));
        m_ranges->addButton(button, id);
        bar->addWidget(button);
    }
    m_ranges->button(int(m_range))->setChecked(true);
    connect(m_ranges, &QButtonGroup::idClicked, this, [this](int id) { setRange(Range(id)); });
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Forecast over")));
    m_window->setObjectName(QStringLiteral("forecastWindow"));
    for (const ForecastWindow &window : forecastWindows()) {
        const qint64 hours = window.seconds / 3600;
        m_window->addItem(hours <= 48 ? tr("%1 h").arg(hours) : tr("%1 d").arg(hours / 24),
                          window.seconds);
    }
    connect(m_window, &QComboBox::currentIndexChanged, this, &TrendsPage::drawCharts);
    bar->addWidget(m_window);
    bar->addStretch();
    auto *png = new QPushButton(tr("Export PNG…"));
    auto *csv = new QPushButton(tr("Export CSV…"));
    connect(png, &QPushButton::clicked, this, [this] { chooseExport(true); });
    connect(csv, &QPushButton::clicked, this, [this] { chooseExport(false); });
    bar->addWidget(png);
    bar->addWidget(csv);

    m_volumes->setHeaderLabel(tr("Volumes"));
    m_volumes->setRootIsDecorated(true);
    connect(m_volumes, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, kMountRole).isNull())
            return;
        m_ticked = checkedVolumes();
        saveVolumes();
        drawCharts();
    });
    connect(m_volumes, &QTreeWidget::currentItemChanged, this, [this] { drawCharts(); });

    m_grewProxy->setSourceModel(m_grew);
    m_grewProxy->setSortRole(Qt::UserRole);
    m_grewView->setModel(m_grewProxy);
    m_grewView->setSortingEnabled(true);
    m_grewView->sortByColumn(WhatGrewModel::Since7d, Qt::DescendingOrder);
    m_grewView->verticalHeader()->hide();
    m_grewView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_grewView->horizontalHeader()->setStretchLastSection(true);
    m_grewView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_grewView->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *charts = new QSplitter(Qt::Vertical);
    charts->addWidget(m_usage);
    charts->addWidget(m_categories);
    auto *grewBox = new QWidget;
    auto *grewLayout = new QVBoxLayout(grewBox);
    grewLayout->setContentsMargins(0, 0, 0, 0);
    grewLayout->addWidget(new QLabel(tr("<b>What grew</b> — per host and data category, "
                                        "largest first")));
    grewLayout->addWidget(m_grewView);
    charts->addWidget(grewBox);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    charts->setStretchFactor(2, 1);
    charts->setSizes({420, 260, 160});
    m_usage->setMinimumHeight(220);
    m_categories->setMinimumHeight(160);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_volumes);
    split->addWidget(charts);
    split->setStretchFactor(1, 1);
    split->setSizes({220, 900});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    // The charts' span includes the room for forecasts after now; the history part of
    // it ends now at the latest (and the room is added again).
    const auto requested = [this](qint64 fromMs, qint64 toMs) {
        m_zoomed = true;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        setSpan(fromMs, fromMs < now && toMs > now ? now : toMs);
    };
    connect(m_usage, &TrendsChart::rangeRequested, this, requested);
    connect(m_categories, &TrendsChart::rangeRequested, this, requested);
    connect(m_usage, &TrendsChart::resetRequested, this, [this] { setRange(m_range); });
    connect(m_categories, &TrendsChart::resetRequested, this, [this] { setRange(m_range); });
}

TrendsPage::~TrendsPage() = default;

void TrendsPage::setHistoryPath(const QString &path)
{
    m_historyPath = path;
    m_source.reset();
    m_dirty = true;
}

void TrendsPage::setConfig(const FleetConfig *config)
{
    const auto percent = [](const std::optional<ConfigNumber> &number) {
        return number ? std::optional<double>(number->value) : std::nullopt;
    };
    const std::optional<double> max = config ? percent(config->maxDiskUsagePercent) : std::nullopt;
    const std::optional<double> target =
        config ? percent(config->targetDiskUsagePercent) : std::nullopt;
    if (max == m_maxPercent && target == m_targetPercent)
        return;
    m_maxPercent = max;
    m_targetPercent = target;
    drawCharts();
}

void TrendsPage::setRange(Range range)
{
    m_range = range;
    m_zoomed = false;
    if (QAbstractButton *button = m_ranges->button(int(range)))
        button->setChecked(true);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 from = now - spanOf(range);
    if (range == Range::All) {
        // From the oldest sample or rollup of any volume shown, as the catalogue read it.
        from = now - kDayMs;
        for (const VolumeKey &volume : checkedVolumes())
            from = std::min(from, m_oldest.value(volume, from));
    }
    setSpan(from, now);
}

void TrendsPage::setSpan(qint64 fromMs, qint64 toMs)
{
    m_fromMs = fromMs;
    m_toMs = toMs;
    drawCharts();
}

void TrendsPage::showVolumes(const QList<QPair<QString, QString>> &volumes)
{
    if (m_dirty)
        reload();
    if (m_catalogueSerial != 0) {
        m_pendingShow = volumes; // ticked once the list is read
        return;
    }
    tickVolumes(volumes);
}

bool TrendsPage::showHostAround(const QString &host, qint64 atMs, qint64 halfSpanMs)
{
    m_zoomed = true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = atMs - halfSpanMs;
    const qint64 to = atMs + halfSpanMs;
    m_fromMs = from;
    m_toMs = from < now && to > now ? now : to;
    if (m_dirty)
        reload();
    if (m_catalogueSerial != 0) {
        // Drawn once the catalogue is read; the host's volumes are ticked then.
        if (!host.isEmpty())
            m_pendingHost = host;
        return true;
    }
    const QList<VolumeKey> volumes = host.isEmpty() ? QList<VolumeKey>() : volumesOf(host);
    if (!volumes.isEmpty()) {
        tickVolumes(volumes); // draws
        return true;
    }
    drawCharts();
    return host.isEmpty();
}

QList<QPair<QString, QString>> TrendsPage::volumesOf(const QString &host) const
{
    QList<VolumeKey> volumes;
    for (const VolumeKey &volume : m_listed)
        if (volume.first.compare(host, Qt::CaseInsensitive) == 0)
            volumes.append(volume);
    return volumes;
}

void TrendsPage::tickVolumes(const QList<VolumeKey> &volumes)
{
    const QSignalBlocker blocker(m_volumes);
    for (int h = 0; h < m_volumes->topLevelItemCount(); ++h) {
        QTreeWidgetItem *host = m_volumes->topLevelItem(h);
        for (int m = 0; m < host->childCount(); ++m) {
            QTreeWidgetItem *mount = host->child(m);
            const QPair<QString, QString> key(mount->data(0, kHostRole).toString(),
                                              mount->data(0, kMountRole).toString());
            mount->setCheckState(0, volumes.contains(key) ? Qt::Checked : Qt::Unchecked);
            if (!volumes.isEmpty() && key == volumes.first())
                m_volumes->setCurrentItem(mount);
        }
    }
    m_ticked = checkedVolumes();
    saveVolumes();
    drawCharts();
}

void TrendsPage::saveVolumes()
{
    if (m_settings)
        m_settings->setTrendVolumes({m_ticked, m_listed});
}

void TrendsPage::historyChanged()
{
    m_dirty = true;
    if (isVisible())
        QTimer::singleShot(0, this, [this] {
            if (m_dirty)
                reload();
        });
}

void TrendsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reload();
}

TrendsSource *TrendsPage::source()
{
    if (!m_source) {
        m_source = std::make_unique<HistoryTrendsSource>(m_historyPath);
        connect(m_source.get(), &TrendsSource::answered, this, &TrendsPage::answered);
        m_catalogueSerial = 0;
        m_chartSerial = 0;
    }
    return m_source.get();
}

void TrendsPage::reload()
{
    m_dirty = false;
    TrendsQuery query;
    query.catalogue = true;
    // A chart query still waiting is dropped by the source for this one; the charts are
    // asked for again once the catalogue is read.
    m_chartSerial = 0;
    m_catalogueSerial = source()->request(query);
}

bool TrendsPage::isReading() const
{
    return m_catalogueSerial != 0 || m_chartSerial != 0;
}

void TrendsPage::answered(const TrendsAnswer &answer)
{
    const bool catalogue = answer.serial == m_catalogueSerial;
    const bool chart = answer.serial == m_chartSerial;
    if (!catalogue && !chart)
        return; // superseded by a newer request
    if (chart)
        m_chartSerial = 0;
    if (answer.missing || !answer.error.isEmpty()) {
        m_catalogueSerial = 0;
        showUnreadable(
            answer.missing
                ? tr("No history yet: it begins with the first probe (Hosts page), "
                     "or import samples with <tt>qmctl history import</tt>.")
                : tr("The history cannot be read: %1").arg(answer.error.toHtmlEscaped()));
    } else if (catalogue && answer.catalogue) {
        m_catalogued = true;
        m_oldest = answer.catalogue->oldestMs;
        fillVolumeList(answer.catalogue->mounts);
        m_grew->setRows(answer.catalogue->grew);
        if (const std::optional<QList<VolumeKey>> show = std::exchange(m_pendingShow, {}))
            tickVolumes(*show); // draws nothing yet: the catalogue is still being read
        if (const std::optional<QString> host = std::exchange(m_pendingHost, {}))
            if (const QList<VolumeKey> volumes = volumesOf(*host); !volumes.isEmpty())
                tickVolumes(volumes);
        m_catalogueSerial = 0;
        // "All" reaches back to the oldest sample of the volumes ticked, which the
        // catalogue has just told; a zoomed span stays as it is.
        if (m_toMs == 0 || (m_range == Range::All && !m_zoomed))
            setRange(m_range);
        else
            drawCharts();
    } else if (chart) {
        render(answer);
    }
    if (!isReading())
        Q_EMIT chartsUpdated();
}

void TrendsPage::showUnreadable(const QString &why)
{
    m_summary->setText(why);
    m_catalogued = false;
    m_chartSerial = 0;
    m_volumes->clear();
    m_grew->setRows({});
    m_shown.clear();
    m_usage->setUsage({}, {}, m_fromMs, m_toMs);
    m_usage->setEmptyText(m_summary->text());
    m_categories->setStacked({}, {}, {}, m_fromMs, m_toMs);
    m_categories->setEmptyText(tr("No data categories to show."));
}

void TrendsPage::fillVolumeList(const QList<QPair<QString, QStringList>> &mounts)
{
    const QSignalBlocker blocker(m_volumes);
    m_volumes->clear();
    // Volumes ticked before stay ticked, those unticked stay so, and volumes the list
    // never showed (hosts probed or imported since) come ticked.
    QList<QPair<QString, QString>> listed;
    for (const auto &[host, hostMounts] : mounts) {
        auto *hostItem = new QTreeWidgetItem(m_volumes, {host});
        hostItem->setData(0, kHostRole, host);
        for (const QString &mount : hostMounts) {
            auto *item = new QTreeWidgetItem(hostItem, {mount});
            item->setData(0, kHostRole, host);
            item->setData(0, kMountRole, mount);
            const QPair<QString, QString> volume(host, mount);
            const bool on = m_ticked.contains(volume) || !m_listed.contains(volume);
            item->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
            listed.append(volume);
        }
        hostItem->setExpanded(true);
    }
    m_listed = listed;
    m_ticked = checkedVolumes();
    saveVolumes();
    if (m_volumes->topLevelItemCount() > 0 && !m_volumes->currentItem()) {
        const QList<QPair<QString, QString>> ticked = m_ticked;
        m_volumes->setCurrentItem(m_volumes->topLevelItem(0));
        for (int h = 0; h < m_volumes->topLevelItemCount() && !ticked.isEmpty(); ++h) {
            QTreeWidgetItem *host = m_volumes->topLevelItem(h);
            if (host->data(0, kHostRole).toString() == ticked.first().first) {
                m_volumes->setCurrentItem(host);
                break;
            }
        }
    }
}

QList<QPair<QString, QString>> TrendsPage::checkedVolumes() const
{
    QList<QPair<QString, QString>> volumes;
    for (int h = 0; h < m_volumes->topLevelItemCount(); ++h) {
        const QTreeWidgetItem *host = m_volumes->topLevelItem(h);
        for (int m = 0; m < host->childCount(); ++m) {
            const QTreeWidgetItem *mount = host->child(m);
            if (mount->checkState(0) == Qt::Checked)
                volumes.append(
                    {mount->data(0, kHostRole).toString(), mount->data(0, kMountRole).toString()});
        }
    }
    return volumes;
}

QString TrendsPage::currentHost() const
{
    if (const QTreeWidgetItem *item = m_volumes->currentItem())
        return item->data(0, kHostRole).toString();
    const QList<QPair<QString, QString>> volumes = checkedVolumes();
    return volumes.isEmpty() ? QString() : volumes.first().first;
}

void TrendsPage::drawCharts()
{
    if (!m_source || !m_catalogued || m_catalogueSerial != 0 || m_toMs <= m_fromMs)
        return; // drawn once the catalogue is read
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const int columns = m_usage->plotColumns();
    // A view that reaches the present runs on for a quarter of its span, for the
    // forecasts; the axis, the "now" line and the summary all say so.
    const bool present = m_toMs >= now - kHourMs;
    TrendsQuery query;
    query.volumes = checkedVolumes();
    query.fromMs = m_fromMs;
    query.toMs = m_toMs;
    query.usageColumns = present ? columns * 4 / 5 : columns;
    query.forecastWindowSecs = present ? m_window->currentData().toLongLong() : 0;
    query.maxPercent = m_maxPercent;
    query.categoryHost = currentHost();
    query.categoryColumns = columns / 2;
    m_chartNowMs = now;
    m_chartSerial = m_source->request(query);
}

void TrendsPage::render(const TrendsAnswer &answer)
{
    const TrendsQuery &query = answer.query;
    const qint64 now = m_chartNowMs;
    const qint64 windowSecs = query.forecastWindowSecs;
    const int columns = m_usage->plotColumns();
    const bool present = windowSecs > 0;
    const qint64 ahead = present ? (query.toMs - query.fromMs) / 4 : 0;
    const qint64 endMs = query.toMs + ahead;
    const std::optional<qint64> nowLine = present ? std::optional<qint64>(now) : std::nullopt;
    // What a pixel of the usage plot holds, to leave out points no one could see.
    const double msPerPixel = double(endMs - query.fromMs) / columns;
    const double percentPerPixel = 100.0 / m_usage->plotRows();
    QList<UsageLine> lines;
    m_shown.clear();
    int forecasts = 0;
    int estimated = 0;
    bool anyPoints = false;
    for (const VolumeUsage &usage : answer.usage) {
        const auto &[host, mount] = usage.volume;
        const QList<UsageBucket> &buckets = usage.buckets;
        m_shown.append({usage.volume, buckets});
        UsageLine line;
        line.name = host + u':' + mount;
        const PercentLine percent = usagePercentLine(buckets);
        line.points = simplifyLine(percent.recorded, msPerPixel, percentPerPixel);
        line.estimated = simplifyLine(percent.estimated, msPerPixel, percentPerPixel);
        estimated += percent.estimated.isEmpty() ? 0 : 1;
        anyPoints = anyPoints || !buckets.isEmpty();
        if (usage.forecast) {
            // Fitted as `qmctl history forecast` fits it; projected to full (nothing
            // available) at the volume's used %, when its newest sample is recent.
            const Forecast &f = *usage.forecast;
            if (f.rateBytesPerDay && *f.rateBytesPerDay > 0 && f.secondsToFull &&
                f.capacityBytes > 0 && f.asOfMs >= now - windowSecs * 1000) {
                const double capacity = double(f.capacityBytes);
                const qint64 end = std::min(f.asOfMs + *f.secondsToFull * 1000, endMs);
                const double perMs = *f.rateBytesPerDay / double(kDayMs);
                line.forecast = {
                    {double(f.asOfMs), 100.0 * double(f.usedBytes) / capacity},
                    {double(end),
                     std::min(100.0, 100.0 *
                                         (double(f.usedBytes) + perMs * double(end - f.asOfMs)) /
                                         capacity)}};
                ++forecasts;
            }
        }
        lines.append(line);
    }
    QList<ThresholdLine> thresholds;
    if (m_maxPercent)
        thresholds.append({tr("max_disk_usage_percent %1 %").arg(*m_maxPercent), *m_maxPercent,
                           QColor(0xc6, 0x28, 0x28)});
    if (m_targetPercent)
        thresholds.append({tr("target_disk_usage_percent %1 %").arg(*m_targetPercent),
                           *m_targetPercent, QColor(0xef, 0x6c, 0x00)});
    m_usage->setUsage(lines, thresholds, query.fromMs, endMs, nowLine);

    const QLocale locale;
    const auto timeText = [&locale](qint64 ms) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
    };
    if (lines.isEmpty())
        m_usage->setEmptyText(tr("Tick volumes on the left to chart how full they are."));
    else if (!anyPoints)
        m_usage->setEmptyText(tr("The ticked volumes have no samples between %1 and %2.")
                                  .arg(timeText(query.fromMs), timeText(query.toMs)));
    else
        m_usage->setEmptyText(QString());

    const QString &host = query.categoryHost;
    const CategoryBuckets &categories = answer.categories;
    QStringList titles;
    for (const QString &name : categories.categories)
        titles.append(dataCategoryTitle(name));
    m_categories->setStacked(categories.timesMs, titles, categories.bytes, query.fromMs, endMs,
                             nowLine);
    m_categories->chart()->setTitle(host.isEmpty() ? QString() : tr("Data on %1").arg(host));
    if (host.isEmpty())
        m_categories->setEmptyText(tr("Select a host on the left to see its data categories."));
    else if (categories.timesMs.isEmpty())
        m_categories->setEmptyText(
            tr("No data categories of %1 were recorded between %2 and %3: a probe counts them "
               "when it scans the host's data roots.")
                .arg(host, timeText(query.fromMs), timeText(query.toMs)));
    else
        m_categories->setEmptyText(QString());

    // Exactly the span the axis shows.
    QString summary = present ? tr("%n volume(s), %1 – now (%2), and on to %3 for the forecasts",
                                   nullptr, int(lines.size()))
                                    .arg(timeText(query.fromMs), timeText(now), timeText(endMs))
                              : tr("%n volume(s), %1 – %2", nullptr, int(lines.size()))
                                    .arg(timeText(query.fromMs), timeText(endMs));
    if (forecasts > 0)
        summary += tr("; dashed: forecast over the last %1").arg(m_window->currentText());
    if (estimated > 0)
        summary += tr("; dotted: used ÷ size, where the free space was not recorded (history "
                      "from before it was kept, or imported without available_bytes)");
    m_summary->setText(summary);
}

} // namespace qm
