#include "trendspage.h"

#include "config/fleetconfig.h"
#include "history/forecast.h"
#include "history/growth.h"
#include "history/historycsv.h"
#include "history/historystore.h"
#include "probes/datacategories.h"
#include "trendschart.h"
#include "whatgrewmodel.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
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

TrendsPage::TrendsPage(QWidget *parent)
    : QWidget(parent)
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
    m_window->addItem(tr("6 h"), 6 * 3600);
    m_window->addItem(tr("24 h"), 24 * 3600);
    m_window->addItem(tr("7 d"), 7 * 24 * 3600);
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
        if (!item->data(0, kMountRole).isNull())
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

    connect(m_usage, &TrendsChart::rangeRequested, this, &TrendsPage::setSpan);
    connect(m_categories, &TrendsChart::rangeRequested, this, &TrendsPage::setSpan);
    connect(m_usage, &TrendsChart::resetRequested, this, [this] { setRange(m_range); });
    connect(m_categories, &TrendsChart::resetRequested, this, [this] { setRange(m_range); });
}

TrendsPage::~TrendsPage() = default;

void TrendsPage::setHistoryPath(const QString &path)
{
    m_historyPath = path;
    m_store.reset();
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
    if (m_store)
        drawCharts();
}

bool TrendsPage::openStore()
{
    if (m_store && m_store->isOpen())
        return true;
    m_store.reset();
    // Reading never creates the database: the probes (or qmctl history import) do.
    if (!QFileInfo::exists(m_historyPath)) {
        m_summary->setText(tr("No history yet: it begins with the first probe (Hosts page), "
                              "or import samples with <tt>qmctl history import</tt>."));
        return false;
    }
    auto store = std::make_unique<HistoryStore>();
    QString error;
    if (!store->open(m_historyPath, &error)) {
        m_summary->setText(tr("The history cannot be read: %1").arg(error.toHtmlEscaped()));
        return false;
    }
    m_store = std::move(store);
    return true;
}

void TrendsPage::setRange(Range range)
{
    m_range = range;
    if (QAbstractButton *button = m_ranges->button(int(range)))
        button->setChecked(true);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 from = now - spanOf(range);
    if (range == Range::All) {
        from = now - kDayMs;
        if (openStore()) {
            // From the oldest sample or rollup of any volume shown.
            for (const auto &[host, mount] : checkedVolumes())
                from = std::min(from, m_store->oldestTime(host, mount).value_or(from));
        }
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
    drawCharts();
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

void TrendsPage::reload()
{
    m_dirty = false;
    if (!openStore()) {
        m_volumes->clear();
        m_grew->setRows({});
        m_usage->setUsage({}, {}, m_fromMs, m_toMs);
        m_categories->setStacked({}, {}, {}, m_fromMs, m_toMs);
        return;
    }
    fillVolumeList();
    m_grew->setRows(whatGrew(*m_store));
    if (m_toMs == 0)
        setRange(m_range);
    else
        drawCharts();
}

void TrendsPage::fillVolumeList()
{
    QList<QPair<QString, QString>> checked = checkedVolumes();
    const bool first = m_volumes->topLevelItemCount() == 0;
    const QSignalBlocker blocker(m_volumes);
    m_volumes->clear();
    const QStringList hosts = m_store->hosts();
    for (const QString &host : hosts) {
        auto *hostItem = new QTreeWidgetItem(m_volumes, {host});
        hostItem->setData(0, kHostRole, host);
        for (const QString &mount : m_store->mounts(host)) {
            auto *item = new QTreeWidgetItem(hostItem, {mount});
            item->setData(0, kHostRole, host);
            item->setData(0, kMountRole, mount);
            // At first, every volume of the first host.
            const bool on = first ? host == hosts.first() : checked.contains({host, mount});
            item->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
        }
        hostItem->setExpanded(true);
    }
    if (m_volumes->topLevelItemCount() > 0 && !m_volumes->currentItem())
        m_volumes->setCurrentItem(m_volumes->topLevelItem(0));
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
    if (!m_store || m_toMs <= m_fromMs)
        return;
    const qint64 windowSecs = m_window->currentData().toLongLong();
    const int columns = m_usage->plotColumns();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // A view that reaches the present leaves a quarter of its width for the forecast.
    const bool present = m_toMs >= now - kHourMs;
    const qint64 ahead = present ? (m_toMs - m_fromMs) / 4 : 0;
    // What a pixel of the usage plot holds, to leave out points no one could see.
    const double msPerPixel = double(m_toMs + ahead - m_fromMs) / columns;
    const double percentPerPixel = 100.0 / m_usage->plotRows();
    QList<UsageLine> lines;
    m_shown.clear();
    int forecasts = 0;
    for (const auto &[host, mount] : checkedVolumes()) {
        const QList<UsageBucket> buckets = usageBuckets(*m_store, host, mount, m_fromMs, m_toMs,
                                                        present ? columns * 4 / 5 : columns);
        m_shown.append({{host, mount}, buckets});
        UsageLine line;
        line.name = host + u':' + mount;
        line.points = simplifyLine(usagePercentLine(buckets), msPerPixel, percentPerPixel);
        if (present) {
            const QList<VolumePoint> recent =
                m_store->volumeSamples(host, mount, now - windowSecs * 1000, now);
            const Forecast forecast = forecastVolume(recent, windowSecs, m_maxPercent);
            if (forecast.rateBytesPerDay && *forecast.rateBytesPerDay > 0 &&
                forecast.secondsToFull && !recent.isEmpty() && recent.last().totalBytes > 0) {
                const VolumePoint &last = recent.last();
                const double total = double(last.totalBytes);
                const qint64 end =
                    std::min(last.timeMs + *forecast.secondsToFull * 1000, m_toMs + ahead);
                const double perMs = *forecast.rateBytesPerDay / double(kDayMs);
                line.forecast = {
                    {double(last.timeMs), 100.0 * double(last.usedBytes) / total},
                    {double(end),
                     std::min(100.0,
                              100.0 * (double(last.usedBytes) + perMs * double(end - last.timeMs)) /
                                  total)}};
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
    m_usage->setUsage(lines, thresholds, m_fromMs, m_toMs + ahead);

    const QString host = currentHost();
    const CategoryBuckets categories =
        host.isEmpty() ? CategoryBuckets{}
                       : categoryBuckets(*m_store, host, m_fromMs, m_toMs, columns / 2);
    QStringList titles;
    for (const QString &name : categories.categories)
        titles.append(dataCategoryTitle(name));
    m_categories->setStacked(categories.timesMs, titles, categories.bytes, m_fromMs,
                             m_toMs + ahead);
    m_categories->chart()->setTitle(host.isEmpty() ? QString() : tr("Data on %1").arg(host));

    const QLocale locale;
    m_summary->setText(
        tr("%n volume(s), %1 – %2", nullptr, int(lines.size()))
            .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(m_fromMs), QLocale::ShortFormat),
                 locale.toString(QDateTime::fromMSecsSinceEpoch(m_toMs), QLocale::ShortFormat)) +
        (forecasts > 0 ? tr("; dashed: forecast over the last %1").arg(m_window->currentText())
                       : QString()));
}

bool TrendsPage::exportPng(const QString &path, QString *error) const
{
    const QPixmap image = m_usage->grab();
    if (image.isNull() || !image.save(path, "PNG")) {
        *error = tr("cannot write %1").arg(path);
        return false;
    }
    return true;
}

bool TrendsPage::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray text = "host,mount,time,used_bytes_min,used_bytes_max,total_bytes\n";
    for (const auto &[volume, buckets] : m_shown) {
        for (const UsageBucket &bucket : buckets) {
            text += csvField(volume.first).toUtf8() + ',' + csvField(volume.second).toUtf8() + ',' +
                    QDateTime::fromMSecsSinceEpoch(bucket.timeMs, Qt::UTC)
                        .toString(Qt::ISODateWithMs)
                        .toUtf8() +
                    ',' + QByteArray::number(bucket.usedMin) + ',' +
                    QByteArray::number(bucket.usedMax) + ',' +
                    QByteArray::number(bucket.totalBytes) + '\n';
        }
    }
    if (file.write(text) != text.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void TrendsPage::chooseExport(bool png)
{
    const QString path = QFileDialog::getSaveFileName(
        this, png ? tr("Export Chart") : tr("Export Chart Data"),
        png ? QStringLiteral("trends.png") : QStringLiteral("trends.csv"),
        png ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (png ? exportPng(path, &error) : exportCsv(path, &error))
        Q_EMIT statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
    else
        Q_EMIT statusMessage(error);
}

} // namespace qm
