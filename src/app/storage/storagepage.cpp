#include "storagepage.h"

#include "core/alerts/alertrules.h"
#include "core/appdata/appdata.h"
#include "core/async/whenfinished.h"
#include "core/history/forecast.h"
#include "core/history/historystore.h"
#include "core/settings/settings.h"
#include "core/sql/sqllocation.h"
#include "core/storage/locationgrowth.h"
#include "core/storage/locationscanstore.h"
#include "core/storage/orphanclean.h"
#include "core/storage/storagequarantine.h"
#include "core/units/datasize.h"
#include "core/units/duration.h"

#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace qm {

namespace {

enum LocationColumn {
    Location,
    Size,
    Trend,
    Growth,
    Objects,
    Orphaned,
    Share,
    Band,
    BackupOf,
    Scanned,
    ColumnCount
};

/// The role of a location's sizes at its scans, oldest first (a QVariantList of qint64).
constexpr int kTrendRole = Qt::UserRole + 2;
/// How far back the trend goes.
constexpr qint64 kTrendDays = 90;

/// Draws a location's size over its scans as a line, its last point marked.
class SparklineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index); // background, selection
        const QVariantList values = index.data(kTrendRole).toList();
        if (values.size() < 2)
            return;
        qint64 low = values.first().toLongLong();
        qint64 high = low;
        for (const QVariant &value : values) {
            low = std::min(low, value.toLongLong());
            high = std::max(high, value.toLongLong());
        }
        const QRectF area = QRectF(option.rect).adjusted(4, 4, -6, -4);
        const double span = high > low ? double(high - low) : 1.0;
        QPolygonF line;
        for (qsizetype i = 0; i < values.size(); ++i)
            line << QPointF(area.left() + area.width() * double(i) / double(values.size() - 1),
                            area.bottom() -
                                area.height() * double(values.at(i).toLongLong() - low) / span);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QColor ink = option.state & QStyle::State_Selected
                               ? option.palette.highlightedText().color()
                               : option.palette.text().color();
        painter->setPen(QPen(ink, 1.2));
        painter->drawPolyline(line);
        painter->setBrush(ink);
        painter->drawEllipse(line.last(), 2.0, 2.0);
        painter->restore();
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(90, 0));
    }
};

QColor bandColor(const QString &band)
{
    if (band == QLatin1String("critical"))
        return QColor(0xd9, 0x43, 0x3b);
    if (band == QLatin1String("warning"))
        return QColor(0xf0, 0xa0, 0x20);
    return QColor(0x4c, 0xaf, 0x50);
}

QString bandText(const QString &band)
{
    if (band == QLatin1String("critical"))
        return StoragePage::tr("critical");
    if (band == QLatin1String("warning"))
        return StoragePage::tr("warning");
    return StoragePage::tr("healthy");
}

QString percentText(double share)
{
    return QLocale().toString(100.0 * share, 'f', 1) + QStringLiteral(" %");
}

/// A table item that sorts by `key` and shows `text`.
QTableWidgetItem *item(const QString &text, const QVariant &key = {})
{
    auto *cell = new QTableWidgetItem(text);
    cell->setData(Qt::UserRole, key.isValid() ? key : QVariant(text));
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (key.isValid() && key.typeId() != QMetaType::QString)
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
}

} // namespace

StoragePage::StoragePage(Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    buildForm();
    if (m_settings) // a location's limit shows in its Growth cell
        connect(m_settings, &Settings::alertRulesChanged, this, [this] { refresh(); });
    connect(&m_scanWatcher, &QFutureWatcher<OrphanScanRun>::finished, this, [this] {
        m_progressTimer->stop();
        setBusy(false);
        const OrphanScanRun run = m_scanWatcher.result();
        showRun(run, m_lastLocation);
        refresh([this] { Q_EMIT finished(); });
    });
    connect(&m_testWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        setBusy(false);
        m_progress->setText(m_testWatcher.result());
        Q_EMIT finished();
    });
    connect(&m_emptyWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        setBusy(false);
        m_progress->setText(m_emptyWatcher.result());
        Q_EMIT statusMessage(m_emptyWatcher.result());
        Q_EMIT finished();
    });
}

StoragePage::~StoragePage()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    for (QFutureWatcherBase *watcher : std::initializer_list<QFutureWatcherBase *>{
             &m_scanWatcher, &m_testWatcher, &m_emptyWatcher})
        watcher->waitForFinished();
}

void StoragePage::buildForm()
{
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    layout->addWidget(splitter);

    // The locations scanned so far.
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_locations = new QTableWidget(0, ColumnCount, top);
    m_locations->setObjectName(QStringLiteral("locations"));
    m_locations->setHorizontalHeaderLabels({tr("Location"), tr("Size"), tr("Trend"), tr("Growth"),
                                            tr("Objects"), tr("Orphaned"), tr("Share"), tr("Band"),
                                            tr("Backup of"), tr("Scanned")});
    m_locations->horizontalHeaderItem(Growth)->setToolTip(
        tr("How fast the location grows: a line fitted to its sizes of the last 30 days; "
           "with a limit (Preferences, Alerts), when it reaches it"));
    m_locations->horizontalHeaderItem(BackupOf)->setToolTip(
        tr("The host's data kind this location backs up (Backup Of…): the replication "
           "measurement counts it as a copy, and the Stale backup alert watches it"));
    m_locations->setItemDelegateForColumn(Trend, new SparklineDelegate(m_locations));
    m_locations->horizontalHeaderItem(Trend)->setToolTip(
        tr("The location's size at its scans of the last 90 days"));
    m_locations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_locations->setSelectionMode(QAbstractItemView::SingleSelection);
    m_locations->verticalHeader()->hide();
    m_locations->horizontalHeader()->setSectionResizeMode(Location, QHeaderView::Stretch);
    for (int column = Size; column < ColumnCount; ++column)
        m_locations->horizontalHeader()->setSectionResizeMode(column,
                                                              QHeaderView::ResizeToContents);
    m_locations->setAlternatingRowColors(true);
    m_locations->setToolTip(tr("Every location scanned or listed here, by a job or with qmctl, "
                               "as its last scan found it. Select one to scan it again."));
    topLayout->addWidget(m_locations);
    connect(m_locations, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem *> selected = m_locations->selectedItems();
        if (selected.isEmpty())
            return;
        const QTableWidgetItem *location = m_locations->item(selected.first()->row(), Location);
        fillFromRule(location->text(), location->data(Qt::UserRole + 1).toString());
        showRecorded(location->text());
    });

    // The scan.
    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QHBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *scanBox = new QGroupBox(tr("Orphan scan"), bottom);
    auto *form = new QFormLayout(scanBox);
    m_location = new QComboBox(scanBox);
    m_location->setObjectName(QStringLiteral("location"));
    m_location->setEditable(true);
    m_location->setInsertPolicy(QComboBox::NoInsert);
    m_location->lineEdit()->setPlaceholderText(
        tr("/path, HOST:/path or rclone:REMOTE:bucket/prefix"));
    auto *locationRow = new QWidget(scanBox);
    auto *locationLayout = new QHBoxLayout(locationRow);
    locationLayout->setContentsMargins(0, 0, 0, 0);
    locationLayout->addWidget(m_location, 1);
    auto *backupOf = new QToolButton(locationRow);
    backupOf->setObjectName(QStringLiteral("backupOfButton"));
    backupOf->setText(tr("Backup Of…"));
    backupOf->setToolTip(tr("Name this location the backup of a host's games, npz or models"));
    locationLayout->addWidget(backupOf);
    connect(backupOf, &QToolButton::clicked, this, &StoragePage::askBackupOf);
    auto *locationCaption = new QLabel(tr("&Location:"), scanBox);
    locationCaption->setBuddy(m_location);
    form->addRow(locationCaption, locationRow);
    m_referenceKind = new QComboBox(scanBox);
    m_referenceKind->setObjectName(QStringLiteral("referenceKind"));
    m_referenceKind->addItems({tr("A database query"), tr("A file of keys")});
    form->addRow(tr("&References:"), m_referenceKind);
    m_referenceForms = new QStackedWidget(scanBox);
    auto *sqlPage = new QWidget(m_referenceForms);
    auto *sqlForm = new QFormLayout(sqlPage);
    sqlForm->setContentsMargins(0, 0, 0, 0);
    m_database = new QComboBox(sqlPage);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setEditable(true);
    m_database->setInsertPolicy(QComboBox::NoInsert);
    m_database->addItems(m_settings ? m_settings->logConnections() : QStringList());
    m_database->lineEdit()->setPlaceholderText(
        tr("postgresql://user@host:port/db or sqlite:/path"));
    m_query = new QPlainTextEdit(sqlPage);
    m_query->setObjectName(QStringLiteral("query"));
    m_query->setPlaceholderText(tr("SELECT storage_path FROM datasets"));
    m_query->setTabChangesFocus(true);
    m_query->setFixedHeight(m_query->fontMetrics().lineSpacing() * 4 + 12);
    sqlForm->addRow(tr("&Database:"), m_database);
    sqlForm->addRow(tr("&Query:"), m_query);
    m_referenceForms->addWidget(sqlPage);
    auto *filePage = new QWidget(m_referenceForms);
    auto *fileForm = new QFormLayout(filePage);
    fileForm->setContentsMargins(0, 0, 0, 0);
    m_keysFile = new QLineEdit(filePage);
    m_keysFile->setObjectName(QStringLiteral("keysFile"));
    auto *fileRowWidget = new QWidget(filePage);
    auto *fileRow = new QHBoxLayout(fileRowWidget);
    fileRow->setContentsMargins(0, 0, 0, 0);
    fileRow->addWidget(m_keysFile, 1);
    auto *browse = new QToolButton(filePage);
    browse->setText(tr("Browse…"));
    fileRow->addWidget(browse);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Choose a file of keys"), m_keysFile->text());
        if (!file.isEmpty())
            m_keysFile->setText(file);
    });
    m_keysColumn = new QLineEdit(filePage);
    m_keysColumn->setPlaceholderText(tr("one key a line; or the CSV column's header"));
    auto *fileCaption = new QLabel(tr("&File:"), filePage);
    fileCaption->setBuddy(m_keysFile);
    fileForm->addRow(fileCaption, fileRowWidget);
    fileForm->addRow(tr("CSV &column:"), m_keysColumn);
    m_referenceForms->addWidget(filePage);
    m_referenceForms->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    form->addRow(QString(), m_referenceForms);
    // The form as tall as the kind chosen needs, not as the tallest.
    const auto showReferenceForm = [this](int index) {
        m_referenceForms->setCurrentIndex(index);
        for (int i = 0; i < m_referenceForms->count(); ++i)
            m_referenceForms->widget(i)->setSizePolicy(
                QSizePolicy::Preferred, i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        m_referenceForms->adjustSize();
    };
    connect(m_referenceKind, &QComboBox::currentIndexChanged, this, showReferenceForm);
    showReferenceForm(0);
    auto *prefixRow = new QWidget(scanBox);
    auto *prefixes = new QHBoxLayout(prefixRow);
    prefixes->setContentsMargins(0, 0, 0, 0);
    m_stripPrefix = new QLineEdit(scanBox);
    m_stripPrefix->setPlaceholderText(tr("strip, e.g. s3://bucket/"));
    m_addPrefix = new QLineEdit(scanBox);
    m_addPrefix->setPlaceholderText(tr("then add"));
    prefixes->addWidget(m_stripPrefix);
    prefixes->addWidget(m_addPrefix);
    auto *prefixCaption = new QLabel(tr("Key &mapping:"), scanBox);
    prefixCaption->setBuddy(m_stripPrefix);
    form->addRow(prefixCaption, prefixRow);
    m_minAge = new QSpinBox(scanBox);
    m_minAge->setRange(0, 36'500);
    m_minAge->setValue(7);
    m_minAge->setSuffix(tr(" days"));
    m_minAge->setToolTip(tr("Objects modified more recently are never orphans (an upload whose "
                            "row is not written yet)."));
    m_maxShare = new QSpinBox(scanBox);
    m_maxShare->setRange(1, 100);
    m_maxShare->setValue(50);
    m_maxShare->setSuffix(QStringLiteral(" %"));
    m_maxShare->setToolTip(tr("No plan is saved when more of the objects or bytes would be "
                              "orphans: check the query, the mapping and the location first."));
    form->addRow(tr("Minimum &age:"), m_minAge);
    form->addRow(tr("Refuse a plan &over:"), m_maxShare);
    auto *buttons = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test Query"), scanBox);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_scan = new QPushButton(tr("&Scan"), scanBox);
    m_scan->setObjectName(QStringLiteral("scanButton"));
    m_scan->setDefault(true);
    m_scan->setToolTip(tr("Scan the location (Ctrl+R): nothing is deleted, a plan is saved"));
    m_cancel = new QPushButton(tr("Cancel"), scanBox);
    m_cancel->setEnabled(false);
    buttons->addWidget(m_test);
    buttons->addWidget(m_scan);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    form->addRow(QString(), buttons);
    m_progress = new QLabel(scanBox);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setWordWrap(true);
    m_progress->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_progress);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *scanColumn = new QVBoxLayout;
    scanColumn->addWidget(scanBox);
    scanColumn->addStretch(1);
    bottomLayout->addLayout(scanColumn, 1);
    connect(m_test, &QPushButton::clicked, this, &StoragePage::testReferences);
    connect(m_scan, &QPushButton::clicked, this, &StoragePage::scan);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancelFlag)
            m_cancelFlag->store(true);
    });
    auto *scanShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    connect(scanShortcut, &QShortcut::activated, this, &StoragePage::scan);
    auto *refreshShortcut = new QShortcut(QKeySequence::Refresh, this);
    connect(refreshShortcut, &QShortcut::activated, this, [this] { refresh(); });

    // What it found.
    auto *planBox = new QGroupBox(tr("Plan"), bottom);
    auto *planLayout = new QVBoxLayout(planBox);
    m_headline = new QLabel(planBox);
    m_headline->setObjectName(QStringLiteral("headline"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setText(tr("No scan yet"));
    m_details = new QLabel(planBox);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_plan = new QTreeWidget(planBox);
    m_plan->setObjectName(QStringLiteral("plan"));
    m_plan->setRootIsDecorated(false);
    m_plan->setHeaderLabels(
        {tr("Folder"), tr("Size"), tr("Objects"), tr("Orphaned"), tr("Orphans")});
    m_plan->setToolTip(tr("What the location holds by top-level folder, largest first, and "
                          "the plan's orphans in each"));
    m_plan->header()->setStretchLastSection(false);
    m_plan->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_plan->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *actions = new QHBoxLayout;
    m_cleanUp = new QPushButton(tr("&Clean Up…"), planBox);
    m_cleanUp->setObjectName(QStringLiteral("cleanUpButton"));
    m_cleanUp->setToolTip(tr("Move the plan's orphans into the location's quarantine: a job, "
                             "reviewed before it is queued"));
    m_schedule = new QPushButton(tr("Sc&hedule…"), planBox);
    m_schedule->setObjectName(QStringLiteral("scheduleButton"));
    m_quarantine = new QPushButton(tr("&Empty Quarantine…"), planBox);
    m_quarantine->setObjectName(QStringLiteral("emptyQuarantineButton"));
    m_quarantine->setToolTip(tr("Delete for good what the location's quarantine has held for "
                                "more than 7 days, after a confirmation"));
    m_audit = new QPushButton(tr("&Audit Log"), planBox);
    m_audit->setToolTip(tr("Every key the plan's cleanups moved, kept or found gone"));
    // What to do with the plan, then what the quarantine holds: two rows, so that the
    // page keeps its width at large fonts.
    actions->addWidget(m_cleanUp);
    actions->addWidget(m_schedule);
    actions->addStretch(1);
    auto *quarantineActions = new QHBoxLayout;
    quarantineActions->addWidget(m_quarantine);
    quarantineActions->addWidget(m_audit);
    quarantineActions->addStretch(1);
    planLayout->addWidget(m_headline);
    planLayout->addWidget(m_details);
    planLayout->addWidget(m_plan, 1);
    planLayout->addLayout(actions);
    planLayout->addLayout(quarantineActions);
    bottomLayout->addWidget(planBox, 1);
    connect(m_cleanUp, &QPushButton::clicked, this,
            [this] { Q_EMIT cleanUpRequested(m_lastRun.planPath); });
    connect(m_schedule, &QPushButton::clicked, this, [this] {
        const QString location = m_location->currentText().trimmed();
        Q_EMIT scheduleRequested(location, hasScanRule(location));
    });
    connect(m_location, &QComboBox::currentTextChanged, this, &StoragePage::updateSchedule);
    connect(m_quarantine, &QPushButton::clicked, this, &StoragePage::emptyQuarantine);
    connect(m_audit, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(orphanAuditPath(m_lastRun.planPath)));
    });
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(250);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_listed)
            m_progress->setText(tr("Scanning %1: %2 objects listed…")
                                    .arg(m_lastLocation, QLocale().toString(m_listed->load())));
    });
    setBusy(false);
}

void StoragePage::setHistoryPath(const QString &path)
{
    m_historyPath = path;
    refresh();
}

void StoragePage::setPlanFolder(const QString &folder)
{
    m_planFolder = folder;
}

void StoragePage::setFleetAccess(const FleetAccess &access)
{
    m_access = access;
}

namespace {

/// The locations as the history has them: each one's last scan, and its sizes at its
/// scans of the last kTrendDays days.
KnownLocations readLocations(const QString &historyPath, const AlertRules &limits)
{
    KnownLocations known;
    if (historyPath.isEmpty() || !QFileInfo::exists(historyPath))
        return known;
    HistoryStore history;
    if (!history.open(historyPath, &known.error))
        return known;
    const LocationScanStore store(history.database());
    if (!readLocationStatuses(store, &known.locations, &known.error))
        return known;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = now - std::max(kTrendDays * 86'400, kLocationGrowthWindowSecs) * 1000;
    for (const LocationStatus &status : std::as_const(known.locations)) {
        const LocationScan &scan = status.last;
        QVariantList sizes;
        const QList<LocationScan> records = store.history(scan.location, from);
        for (const LocationScan &earlier : records) {
            if (earlier.scannedAtMs >= now - kTrendDays * 86'400'000LL)
                sizes << earlier.listedBytes;
        }
        known.trends.insert(scan.location, sizes);
        known.growth.insert(scan.location,
                            forecastLocationSize(records, limits.locationLimit(scan.location)));
        known.prefixes.insert(scan.location, store.prefixes(scan.id));
    }
    return known;
}

/// A location's growth for a person: "+1.2 GB/day", or why there is none.
QString growthText(const Forecast &forecast)
{
    if (!forecast.rateBytesPerDay || forecast.reason == ForecastReason::TooFewSamples)
        return StoragePage::tr("—");
    if (forecast.reason == ForecastReason::Flat)
        return StoragePage::tr("flat");
    if (forecast.reason == ForecastReason::Noisy)
        return StoragePage::tr("uneven");
    const double rate = *forecast.rateBytesPerDay;
    return StoragePage::tr("%1%2/day")
        .arg(rate < 0 ? QStringLiteral("−") : QStringLiteral("+"),
             formatDataSize(qint64(std::abs(rate))));
}

/// How a location stands against its limit: "over its limit", "limit in 5 days".
QString limitText(qint64 bytes, qint64 limit, const Forecast &growth)
{
    if (bytes >= limit)
        return StoragePage::tr("over its limit");
    if (!growth.secondsToFull)
        return StoragePage::tr("%1 limit").arg(formatDataSize(limit));
    return StoragePage::tr("limit in %1").arg(formatDuration(*growth.secondsToFull));
}

} // namespace

void StoragePage::refresh(const std::function<void()> &then)
{
    // Read off the window's thread (the history may be busy with a writer); only the
    // newest reading is shown.
    const int generation = ++m_refreshGeneration;
    const AlertRules limits = m_settings ? m_settings->alertRules() : AlertRules();
    whenFinished(this, QtConcurrent::run(readLocations, m_historyPath, limits),
                 [this, generation, then](const KnownLocations &known) {
                     if (generation == m_refreshGeneration)
                         showLocations(known);
                     if (then)
                         then();
                 });
}

void StoragePage::showLocations(const KnownLocations &known)
{
    const AlertRules limits = m_settings ? m_settings->alertRules() : AlertRules();
    m_knownLocations = known;
    const QHash<QString, QVariantList> &trends = known.trends;
    const QString &error = known.error;
    const QList<BackupLink> links = m_settings ? m_settings->backupLinks() : QList<BackupLink>();
    m_withRule.clear();
    m_known.clear();
    for (const LocationStatus &status : known.locations) {
        m_known.insert(status.last.location);
        if (status.orphans && !status.orphans->rule.isEmpty())
            m_withRule.insert(status.last.location);
    }
    if (!error.isEmpty())
        Q_EMIT statusMessage(tr("The storage locations cannot be read: %1").arg(error));
    const QString typed = m_location->currentText();
    m_locations->setSortingEnabled(false);
    m_locations->setRowCount(int(known.locations.size()));
    m_location->clear();
    const QLocale locale;
    for (int row = 0; row < known.locations.size(); ++row) {
        const LocationScan &last = known.locations.at(row).last;
        // The orphan figures are those of its last orphan scan, when it has one.
        const std::optional<LocationScan> &orphans = known.locations.at(row).orphans;
        QTableWidgetItem *location = item(last.location);
        location->setData(Qt::UserRole + 1, orphans ? orphans->planPath : QString());
        m_locations->setItem(row, Location, location);
        m_locations->setItem(row, Size, item(formatDataSize(last.listedBytes), last.listedBytes));
        QTableWidgetItem *trend = item(QString(), qint64(trends.value(last.location).size()));
        trend->setData(kTrendRole, trends.value(last.location));
        trend->setToolTip(
            tr("%n scan(s) in the last 90 days", nullptr, int(trends.value(last.location).size())));
        m_locations->setItem(row, Trend, trend);
        const Forecast growth = known.growth.value(last.location);
        QTableWidgetItem *growing =
            item(growthText(growth), qint64(growth.rateBytesPerDay.value_or(0)));
        if (const qint64 limit = limits.locationLimit(last.location)) {
            growing->setText(growing->text() + tr(" · ") +
                             limitText(last.listedBytes, limit, growth));
            growing->setToolTip(tr("Limit %1 (Preferences, Alerts)").arg(formatDataSize(limit)));
        }
        m_locations->setItem(row, Growth, growing);
        m_locations->setItem(row, Objects,
                             item(locale.toString(last.listedObjects), last.listedObjects));
        if (orphans) {
            m_locations->setItem(row, Orphaned,
                                 item(formatDataSize(orphans->orphanBytes), orphans->orphanBytes));
            m_locations->setItem(row, Share,
                                 item(percentText(orphans->orphanShare), orphans->orphanShare));
            QTableWidgetItem *band = item(bandText(orphans->band), orphans->orphanShare);
            band->setForeground(bandColor(orphans->band));
            QFont bold = band->font();
            bold.setBold(true);
            band->setFont(bold);
            m_locations->setItem(row, Band, band);
        } else {
            // Listed only (a backup, `qmctl storage du`): no orphans are known.
            for (const int column : {int(Orphaned), int(Share), int(Band)}) {
                QTableWidgetItem *none = item(tr("—"), -1.0);
                none->setToolTip(tr("Not scanned for orphans: only listed"));
                m_locations->setItem(row, column, none);
            }
        }
        QStringList backs;
        for (const BackupLink &link : links) {
            if (link.location == last.location)
                backs << tr("%1 · %2").arg(link.host, dataKindKey(link.kind));
        }
        m_locations->setItem(row, BackupOf, item(backs.join(QStringLiteral(", "))));
        m_locations->setItem(row, Scanned,
                             item(QDateTime::fromMSecsSinceEpoch(last.scannedAtMs)
                                      .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                  last.scannedAtMs));
        m_location->addItem(last.location);
    }
    m_locations->setSortingEnabled(true);
    m_location->setEditText(typed);
    // Nothing chosen yet: the first location, with the rule it was last scanned with.
    if (typed.isEmpty() && m_locations->rowCount() > 0 && !isBusy())
        m_locations->selectRow(0);
}

QJsonObject StoragePage::ruleFromForm() const
{
    return {{QStringLiteral("references"),
             m_referenceKind->currentIndex() == 0 ? QStringLiteral("sql") : QStringLiteral("file")},
            {QStringLiteral("database"), m_database->currentText().trimmed()},
            {QStringLiteral("sql"), m_query->toPlainText().trimmed()},
            {QStringLiteral("file"), m_keysFile->text().trimmed()},
            {QStringLiteral("column"), m_keysColumn->text().trimmed()},
            {QStringLiteral("stripPrefix"), m_stripPrefix->text()},
            {QStringLiteral("addPrefix"), m_addPrefix->text()},
            {QStringLiteral("minAgeDays"), m_minAge->value()},
            {QStringLiteral("maxSharePercent"), m_maxShare->value()}};
}

namespace {

/// The rule a plan was made with, read from its JSON file, in the shape ruleFromForm()
/// writes: how a location scanned with `qmctl orphans scan` is scanned again here.
QJsonObject ruleOfPlan(const QString &planPath)
{
    QFile file(orphanPlanInfoPath(planPath));
    if (planPath.isEmpty() || !file.open(QIODevice::ReadOnly) || file.size() > 1'000'000)
        return {};
    const QJsonObject info = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject reference = info.value(QLatin1String("reference")).toObject();
    const bool sql = reference.value(QLatin1String("sql")).isString();
    return {{QStringLiteral("references"), sql ? QStringLiteral("sql") : QStringLiteral("file")},
            {QStringLiteral("database"), reference.value(QLatin1String("database"))},
            {QStringLiteral("sql"), reference.value(QLatin1String("sql"))},
            {QStringLiteral("file"), reference.value(QLatin1String("file"))},
            {QStringLiteral("column"), reference.value(QLatin1String("column"))},
            {QStringLiteral("stripPrefix"), reference.value(QLatin1String("stripPrefix"))},
            {QStringLiteral("addPrefix"), reference.value(QLatin1String("addPrefix"))},
            {QStringLiteral("minAgeDays"), info.value(QLatin1String("minAgeDays"))}};
}

} // namespace

void StoragePage::fillFromRule(const QString &location, const QString &planPath)
{
    m_location->setEditText(location);
    QJsonObject rule = m_settings ? m_settings->storageScanRule(location) : QJsonObject();
    if (rule.isEmpty())
        rule = ruleOfPlan(planPath); // scanned by qmctl: as it was scanned there
    if (rule.isEmpty())
        return;
    m_referenceKind->setCurrentIndex(
        rule.value(QLatin1String("references")).toString() == QLatin1String("file") ? 1 : 0);
    m_database->setEditText(rule.value(QLatin1String("database")).toString());
    m_query->setPlainText(rule.value(QLatin1String("sql")).toString());
    m_keysFile->setText(rule.value(QLatin1String("file")).toString());
    m_keysColumn->setText(rule.value(QLatin1String("column")).toString());
    m_stripPrefix->setText(rule.value(QLatin1String("stripPrefix")).toString());
    m_addPrefix->setText(rule.value(QLatin1String("addPrefix")).toString());
    m_minAge->setValue(rule.value(QLatin1String("minAgeDays")).toInt(7));
    m_maxShare->setValue(rule.value(QLatin1String("maxSharePercent")).toInt(50));
}

std::optional<OrphanScanRequest> StoragePage::requestFromForm(QString *error) const
{
    OrphanScanRequest request;
    QString text = m_location->currentText().trimmed();
    if (!text.contains(u':') && !QDir::isAbsolutePath(text) && !text.isEmpty())
        text = QFileInfo(text).absoluteFilePath();
    const std::optional<SyncEndpoint> location = SyncEndpoint::parse(text, error);
    if (!location)
        return std::nullopt;
    request.location = *location;
    if (m_referenceKind->currentIndex() == 0) {
        const std::optional<SqlLocation> database =
            SqlLocation::parse(m_database->currentText().trimmed(), error);
        if (!database)
            return std::nullopt;
        if (m_query->toPlainText().trimmed().isEmpty()) {
            *error = tr("Give the query that returns the referenced keys.");
            return std::nullopt;
        }
        request.source.kind = ReferenceSource::Kind::Sql;
        request.source.database = *database;
        request.source.sql = m_query->toPlainText().trimmed();
    } else {
        if (m_keysFile->text().trimmed().isEmpty()) {
            *error = tr("Give the file of referenced keys.");
            return std::nullopt;
        }
        request.source.kind = ReferenceSource::Kind::File;
        request.source.file = m_keysFile->text().trimmed();
        request.source.column = m_keysColumn->text().trimmed();
    }
    request.source.stripPrefix = m_stripPrefix->text();
    request.source.addPrefix = m_addPrefix->text();
    request.options.minAgeDays = m_minAge->value();
    request.maxShare = m_maxShare->value() / 100.0;
    request.planFolder = m_planFolder.isEmpty() ? orphanPlansDirectory() : m_planFolder;
    request.historyPath = m_historyPath;
    if (m_settings)
        request.textfileDirectory = m_settings->storageTextfileDirectory();
    return request;
}

std::optional<OrphanScanRequest> StoragePage::readyRequest()
{
    if (isBusy())
        return std::nullopt;
    QString error;
    std::optional<OrphanScanRequest> request = requestFromForm(&error);
    if (!request)
        m_progress->setText(error);
    return request;
}

void StoragePage::testReferences()
{
    const std::optional<OrphanScanRequest> request = readyRequest();
    if (!request)
        return;
    setBusy(true);
    m_progress->setText(tr("Reading the references…"));
    m_testWatcher.setFuture(QtConcurrent::run([source = request->source, cancel = m_cancelFlag] {
        KeySet keys;
        QString why;
        if (!readReferences(source, &keys, &why, cancel.get()))
            return why;
        keys.sortUnique();
        QStringList examples;
        for (qsizetype i = 0; i < std::min<qsizetype>(5, keys.size()); ++i)
            examples << QString::fromUtf8(keys.key(i).toByteArray());
        return StoragePage::tr("%n key(s) referenced, e.g. %1", nullptr, int(keys.size()))
            .arg(examples.join(QStringLiteral(", ")));
    }));
}

void StoragePage::scan()
{
    const std::optional<OrphanScanRequest> request = readyRequest();
    if (!request)
        return;
    if (m_settings)
        m_settings->setStorageScanRule(request->location.text, ruleFromForm());
    setBusy(true);
    m_lastLocation = request->location.text;
    m_listed = std::make_shared<std::atomic<qint64>>(0);
    m_progress->setText(tr("Reading the references…"));
    m_progressTimer->start();
    m_scanWatcher.setFuture(QtConcurrent::run(
        [request = *request, access = m_access, cancel = m_cancelFlag, listed = m_listed] {
            ObjectListingOptions listing;
            listing.cancel = cancel.get();
            listing.fleet = &access;
            return runOrphanScan(request, listing, listed.get());
        }));
}

void StoragePage::showRecorded(const QString &location)
{
    if (m_showingOwnRun && location == m_lastLocation)
        return;
    const auto found = std::find_if(
        m_knownLocations.locations.cbegin(), m_knownLocations.locations.cend(),
        [&location](const LocationStatus &status) { return status.last.location == location; });
    if (found == m_knownLocations.locations.cend())
        return;
    const LocationScan &last = found->last;
    m_showingOwnRun = false;
    m_lastRun = OrphanScanRun();
    m_plan->clear();
    const QLocale locale;
    const QString when =
        locale.toString(QDateTime::fromMSecsSinceEpoch(last.scannedAtMs), QLocale::ShortFormat);
    QStringList lines;
    if (found->orphans) {
        const LocationScan &orphans = *found->orphans;
        m_headline->setText(tr("%1: %2 orphaned, %3")
                                .arg(bandText(orphans.band), percentText(orphans.orphanShare),
                                     formatDataSize(orphans.orphanBytes)));
        m_headline->setStyleSheet(QStringLiteral("color: %1").arg(bandColor(orphans.band).name()));
        lines << tr("As scanned at %1.")
                     .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(orphans.scannedAtMs),
                                          QLocale::ShortFormat));
        // Its plan, when still there, is what Clean Up… carries out.
        if (!orphans.planPath.isEmpty() && QFileInfo::exists(orphans.planPath)) {
            m_lastRun.planPath = orphans.planPath;
            lines << tr("Plan: %1").arg(orphans.planPath);
        }
    } else {
        m_headline->setText(tr("Listed: %1").arg(formatDataSize(last.listedBytes)));
        m_headline->setStyleSheet(QString());
        lines << tr("Not scanned for orphans: only listed.");
    }
    lines.prepend(tr("%1: %2 objects, %3 at its last listing (%4); its largest folders below.")
                      .arg(location, locale.toString(last.listedObjects),
                           formatDataSize(last.listedBytes), when));
    m_details->setText(lines.join(u'\n'));
    for (const LocationPrefix &prefix : m_knownLocations.prefixes.value(location)) {
        auto *row = new QTreeWidgetItem(
            m_plan, {prefix.prefix.isEmpty() ? tr("(objects in no folder)") : prefix.prefix,
                     formatDataSize(prefix.bytes), locale.toString(prefix.objects)});
        for (int column = 1; column < 3; ++column)
            row->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (!isBusy())
        setBusy(false); // the actions follow what is shown
}

void StoragePage::showRun(const OrphanScanRun &run, const QString &location)
{
    m_lastRun = run;
    m_showingOwnRun = true;
    m_lastScanKept = run.ok() && run.historyWarning.isEmpty() && !m_historyPath.isEmpty();
    m_plan->clear();
    if (!run.ok()) {
        m_headline->setText(tr("Scan stopped"));
        m_headline->setStyleSheet(QString());
        m_details->setText(run.error);
        m_progress->setText(run.error);
        m_lastRun.planPath.clear();
        setBusy(false);
        return;
    }
    const OrphanScan &scan = run.scan;
    const QString band = healthBandName(scan.band());
    m_headline->setText(tr("%1: %2 orphaned, %3")
                            .arg(bandText(band), percentText(scan.orphanShare()),
                                 formatDataSize(scan.orphanBytes)));
    m_headline->setStyleSheet(QStringLiteral("color: %1").arg(bandColor(band).name()));
    const QLocale locale;
    QStringList lines;
    lines << tr("%1: %2 objects, %3; %4 keys referenced")
                 .arg(location, locale.toString(scan.listedObjects),
                      formatDataSize(scan.listedBytes), locale.toString(scan.referencedKeys));
    if (scan.tooYoungObjects > 0)
        lines << tr("Kept for their age: %1 objects, %2")
                     .arg(locale.toString(scan.tooYoungObjects),
                          formatDataSize(scan.tooYoungBytes));
    if (scan.missingCount > 0)
        lines << tr("Missing: %1 referenced keys the location does not hold, e.g. %2")
                     .arg(locale.toString(scan.missingCount),
                          scan.missingExamples.mid(0, 3).join(QStringLiteral(", ")));
    if (run.refused)
        lines << tr("No plan: %1 of the objects or bytes would be orphans, over the limit of "
                    "%2 %. Check the query, the mapping and the location; raise the limit only "
                    "if it is right.")
                     .arg(percentText(scan.largestShare()))
                     .arg(m_maxShare->value());
    else if (!run.planPath.isEmpty())
        lines << tr("Plan saved to %1. Freed now by a cleanup: %2; held in the quarantine: %3 "
                    "until it is emptied. Nothing was deleted.")
                     .arg(run.planPath, formatDataSize(0), formatDataSize(scan.orphanBytes));
    else
        lines << tr("No orphans: no plan.");
    if (!run.historyWarning.isEmpty())
        lines << tr("Not kept in the history: %1").arg(run.historyWarning);
    if (!run.metricsWarning.isEmpty())
        lines << tr("The Prometheus gauges were not written: %1").arg(run.metricsWarning);
    m_details->setText(lines.join(u'\n'));
    // Every top-level folder by size, with the plan's orphans in it.
    QHash<QString, PlanPrefix> orphansIn;
    for (const PlanPrefix &prefix : run.planPrefixes)
        orphansIn.insert(prefix.prefix, prefix);
    for (const PrefixUsage &prefix : run.prefixes) {
        if (prefix.depth != 1)
            continue;
        const PlanPrefix orphans = orphansIn.value(prefix.prefix);
        auto *row = new QTreeWidgetItem(
            m_plan, {prefix.prefix.isEmpty() ? tr("(objects in no folder)") : prefix.prefix,
                     formatDataSize(prefix.figures.bytes), locale.toString(prefix.figures.objects),
                     orphans.objects > 0 ? formatDataSize(orphans.bytes) : QString(),
                     orphans.objects > 0 ? locale.toString(orphans.objects) : QString()});
        for (int column = 1; column < 5; ++column)
            row->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        if (orphans.objects > 0)
            row->setForeground(3, bandColor(band));
    }
    m_progress->setText(tr("Scanned %1.").arg(location));
    Q_EMIT statusMessage(m_headline->text());
    setBusy(false);
}

void StoragePage::emptyQuarantine()
{
    if (isBusy())
        return;
    QString error;
    const std::optional<SyncEndpoint> location =
        SyncEndpoint::parse(m_location->currentText().trimmed(), &error);
    if (!location) {
        m_progress->setText(error);
        return;
    }
    // What it holds first (off the window's thread: a bucket or a host may take a
    // while), then a confirmation naming it.
    struct Held
    {
        QList<QuarantineRun> runs;
        QString error;
    };
    m_listingQuarantine = true;
    setBusy(true);
    m_progress->setText(tr("Listing the quarantine of %1…").arg(location->text));
    whenFinished(
        this, QtConcurrent::run([location = *location, access = m_access] {
            Held held;
            ObjectListingOptions listing;
            listing.fleet = &access;
            listQuarantine(location, &held.runs, listing, &held.error);
            return held;
        }),
        [this, location = *location](const Held &held) {
            m_listingQuarantine = false;
            setBusy(false);
            if (!held.error.isEmpty()) {
                m_progress->setText(held.error);
                return;
            }
            const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - 7 * 86'400'000LL;
            QList<QuarantineRun> due;
            qint64 objects = 0;
            qint64 bytes = 0;
            for (const QuarantineRun &run : held.runs) {
                if (run.timeMs < cutoff) {
                    due.append(run);
                    objects += run.objects;
                    bytes += run.bytes;
                }
            }
            if (due.isEmpty()) {
                m_progress->setText(
                    tr("The quarantine of %1 holds nothing older than 7 days.").arg(location.text));
                return;
            }
            const QString question =
                tr("Delete for good %1 objects (%2) that the quarantine of %3 has held for "
                   "more than 7 days? This cannot be undone.")
                    .arg(QLocale().toString(objects), formatDataSize(bytes), location.text);
            if (QMessageBox::warning(this, tr("Empty the quarantine"), question,
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) != QMessageBox::Yes)
                return;
            setBusy(true);
            const QString folder = m_planFolder.isEmpty() ? orphanPlansDirectory() : m_planFolder;
            m_emptyWatcher.setFuture(QtConcurrent::run([location, due, folder, access = m_access] {
                QDir().mkpath(folder);
                ObjectListingOptions options;
                options.fleet = &access;
                const QuarantineEmptying emptied = qm::emptyQuarantine(
                    location, due, folder + QStringLiteral("/quarantine-audit.jsonl"), options);
                if (!emptied.ok)
                    return emptied.error;
                return StoragePage::tr("Deleted %1 objects for good; freed %2.")
                    .arg(QLocale().toString(emptied.deleted), formatDataSize(emptied.deletedBytes));
            }));
        });
}

void StoragePage::setBusy(bool busy)
{
    if (busy)
        m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    for (QWidget *widget : {static_cast<QWidget *>(m_test), static_cast<QWidget *>(m_scan),
                            static_cast<QWidget *>(m_quarantine)})
        widget->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_cleanUp->setEnabled(!busy && !m_lastRun.planPath.isEmpty());
    // The rule is the one the history kept with the scan.
    updateSchedule();
    m_audit->setEnabled(!busy && !m_lastRun.planPath.isEmpty() &&
                        QFileInfo::exists(orphanAuditPath(m_lastRun.planPath)));
}

void StoragePage::setBackupOf(const QString &location, const std::optional<BackupLink> &link)
{
    if (!m_settings)
        return;
    QList<BackupLink> links = m_settings->backupLinks();
    links.removeIf([&location](const BackupLink &known) { return known.location == location; });
    if (link)
        links.append(*link);
    m_settings->setBackupLinks(links);
    refresh();
}

void StoragePage::askBackupOf()
{
    const QString location = m_location->currentText().trimmed();
    QString error;
    if (location.isEmpty() || !SyncEndpoint::parse(location, &error)) {
        m_progress->setText(location.isEmpty() ? tr("Give the location first.") : error);
        return;
    }
    std::optional<BackupLink> current;
    for (const BackupLink &link : m_settings ? m_settings->backupLinks() : QList<BackupLink>()) {
        if (link.location == location)
            current = link;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Backup Of"));
    auto *layout = new QFormLayout(&dialog);
    auto *about = new QLabel(
        tr("%1 holds a copy of a host's folder for one data kind, at the same paths (a backup "
           "daemon's mirror). The replication measurement then counts each file it holds with "
           "the same size as a copy, and the Stale backup alert watches its newest object.")
            .arg(location),
        &dialog);
    about->setWordWrap(true);
    layout->addRow(about);
    auto *host = new QComboBox(&dialog);
    host->setObjectName(QStringLiteral("backupHost"));
    host->setEditable(true);
    if (m_access.config) {
        for (const FleetHost &entry : m_access.config->hosts)
            host->addItem(entry.name);
    }
    auto *kind = new QComboBox(&dialog);
    kind->setObjectName(QStringLiteral("backupKind"));
    for (const DataKind each : kDataKinds)
        kind->addItem(dataKindKey(each), int(each));
    if (current) {
        host->setEditText(current->host);
        kind->setCurrentIndex(int(current->kind));
    }
    layout->addRow(tr("&Host:"), host);
    layout->addRow(tr("&Data:"), kind);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton *remove = nullptr;
    if (current)
        remove = buttons->addButton(tr("&Not a Backup"), QDialogButtonBox::DestructiveRole);
    bool removed = false;
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::clicked, &dialog, [&](QAbstractButton *button) {
        if (button == remove) {
            removed = true;
            dialog.accept();
        }
    });
    layout->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (removed) {
        setBackupOf(location, std::nullopt);
        m_progress->setText(tr("%1 is no longer named a backup.").arg(location));
        return;
    }
    if (host->currentText().trimmed().isEmpty()) {
        m_progress->setText(tr("Not saved: give the host whose data %1 backs up.").arg(location));
        return;
    }
    const BackupLink link{host->currentText().trimmed(), DataKind(kind->currentData().toInt()),
                          location};
    setBackupOf(location, link);
    m_progress->setText(tr("%1 is the backup of %2 %3: Measure on the Replication page counts "
                           "its copies and lists it.")
                            .arg(location, link.host, dataKindKey(link.kind)));
}

bool StoragePage::hasScanRule(const QString &location) const
{
    return (m_lastScanKept && location == m_lastLocation) || m_withRule.contains(location);
}

void StoragePage::updateSchedule()
{
    const QString location = m_location->currentText().trimmed();
    const bool busy = m_cancel->isEnabled(); // set by setBusy() before the work starts
    const bool lifecycle = hasScanRule(location);
    m_schedule->setEnabled(!busy && (lifecycle || m_known.contains(location)));
    m_schedule->setToolTip(
        lifecycle ? tr("A lifecycle job: scan this location every night with the rule of its "
                       "last scan and move what is orphaned then into the quarantine, within "
                       "caps; reviewed before it is saved")
                  : tr("A listing job: list this location every night and keep its size in the "
                       "history (its trend, and the alerts of a backup or a limit); reviewed "
                       "before it is saved"));
}

bool StoragePage::isBusy() const
{
    return m_listingQuarantine || m_scanWatcher.isRunning() || m_testWatcher.isRunning() ||
           m_emptyWatcher.isRunning();
}

QString StoragePage::headline() const
{
    return m_headline->text();
}

} // namespace qm
