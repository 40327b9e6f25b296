#include "dashboardpage.h"

#include "core/settings/settings.h"
#include "core/volumes/volumemonitor.h"
#include "hostcards.h"
#include "ui_dashboardpage.h"
#include "usagebardelegate.h"
#include "volumesfiltermodel.h"
#include "volumesmodel.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QScrollBar>
#include <QSplitter>
#include <QSysInfo>
#include <QTimer>
#include <QTreeView>
#include <QUrl>

#include <algorithm>

namespace qm {

DashboardPage::DashboardPage(Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DashboardPage>())
    , m_settings(settings)
    , m_monitor(new VolumeMonitor(this))
    , m_model(new VolumesModel(this))
    , m_filter(new VolumesFilterModel(this))
    , m_cards(new HostCardsView)
    , m_summary(new FleetSummaryBar)
{
    // Start reading before the widgets are built: the first paint comes sooner.
    // The result arrives through the event loop, after the constructor.
    connect(m_monitor, &VolumeMonitor::volumesUpdated, this, &DashboardPage::onVolumesUpdated);
    m_monitor->refresh();

    m_ui->setupUi(this);
    connect(m_monitor, &VolumeMonitor::refreshStarted, this,
            [this] { m_ui->refreshStateLabel->setText(tr("Refreshing…")); });
    setObjectName(QStringLiteral("dashboardPage"));

    QFont titleFont = m_ui->hostTitleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_ui->hostTitleLabel->setFont(titleFont);
    m_ui->fleetTitleLabel->setFont(titleFont);

    // The fleet first: its summary, then its cards (room for a row of them at least);
    // this machine's volumes below.
    m_ui->pageLayout->insertWidget(0, m_summary);
    m_ui->fleetLayout->addWidget(m_cards, 1);
    m_ui->cardSortCombo->addItem(tr("Soonest to full"), int(HostCardOrder::TimeToFull));
    m_ui->cardSortCombo->addItem(tr("Fullest"), int(HostCardOrder::Fullest));
    m_ui->cardSortCombo->addItem(tr("Name"), int(HostCardOrder::Name));
    connect(m_ui->cardSortCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_cards->setOrder(HostCardOrder(m_ui->cardSortCombo->currentData().toInt()));
    });
    m_ui->pageLayout->setStretch(1, 1); // the splitter takes the height the summary leaves
    m_ui->dashboardSplitter->setStretchFactor(0, 3);
    m_ui->dashboardSplitter->setStretchFactor(1, 2);
    // Three fifths for the fleet at first (a row of cards at the default size), the rest
    // for this machine; once its volumes are read, this machine gets what they need and
    // the fleet the rest, until the user moves the splitter.
    m_ui->dashboardSplitter->setSizes({600, 400});
    connect(m_ui->dashboardSplitter, &QSplitter::splitterMoved, this,
            [this] { m_splitterMoved = true; });
    m_ui->refreshStateLabel->setText(tr("Reading volumes…"));
    m_ui->refreshButton->setIcon(QIcon::fromTheme(
        QStringLiteral("view-refresh"), QIcon(QStringLiteral(":/icons/view-refresh.svg"))));
    m_ui->refreshButton->setText(tr("Refresh"));
    m_ui->refreshButton->setToolTip(tr("Read the volumes again now (F5)"));
    connect(m_ui->refreshButton, &QToolButton::clicked, this, &DashboardPage::refresh);

    m_filter->setSourceModel(m_model);
    m_ui->volumesView->setModel(m_filter);
    m_ui->volumesView->setItemDelegateForColumn(VolumesModel::Usage, new UsageBarDelegate(this));
    m_ui->volumesView->sortByColumn(VolumesModel::MountPoint, Qt::AscendingOrder);
    QHeaderView *header = m_ui->volumesView->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(VolumesModel::MountPoint, 220);
    header->resizeSection(VolumesModel::Usage, 200);
    header->resizeSection(VolumesModel::Device, 220);
    m_ui->volumesView->viewport()->installEventFilter(this);

    m_openAction = new QAction(tr("Open in File Manager"), this);
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QString mountPoint = selectedMountPoint();
        if (!mountPoint.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(mountPoint));
    });
    m_copyAction = new QAction(tr("Copy Mount Point"), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, [this] {
        const QString mountPoint = selectedMountPoint();
        if (!mountPoint.isEmpty())
            QGuiApplication::clipboard()->setText(mountPoint);
    });
    m_ui->volumesView->addAction(m_openAction);
    m_ui->volumesView->addAction(m_copyAction);
    connect(m_ui->volumesView, &QAbstractItemView::doubleClicked, m_openAction, &QAction::trigger);

    connect(m_settings, &Settings::usageThresholdsChanged, this, &DashboardPage::applySettings);
    connect(m_settings, &Settings::refreshIntervalChanged, this, &DashboardPage::applySettings);
    connect(m_settings, &Settings::showSystemVolumesChanged, this, &DashboardPage::applySettings);
    applySettings();
    updateHostDetail();
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::setHosts(const QList<ProbeHost> &hosts)
{
    m_hostNames.clear();
    for (const ProbeHost &host : hosts)
        m_hostNames.append(host.name);
    m_cards->setHosts(hosts);
    updateSummary();
}

void DashboardPage::setLiveStates(const QHash<QString, LiveHostState> &states,
                                  const QSet<QString> &remembered)
{
    m_states = states;
    m_remembered = remembered;
    m_cards->setLiveStates(states, remembered);
    updateSummary();
}

void DashboardPage::setForecasts(const FleetForecasts &forecasts)
{
    m_forecasts = forecasts;
    m_cards->setForecasts(forecasts);
    updateSummary();
}

void DashboardPage::setReplication(const QList<ReplicationMeasurement> &measurements)
{
    m_replication = measurements;
    updateSummary();
}

void DashboardPage::setAlerts(const AlertCounts &alerts)
{
    m_summary->setAlerts(alerts);
}

void DashboardPage::updateSummary()
{
    m_fleetSummary = summarizeFleet(m_hostNames, m_states, m_remembered, m_forecasts,
                                    m_settings->usageThresholds(), m_replication);
    m_summary->setSummary(m_fleetSummary);
}

QByteArray DashboardPage::saveViewState() const
{
    return m_ui->volumesView->header()->saveState();
}

void DashboardPage::restoreViewState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_ui->volumesView->header()->restoreState(state);
}

void DashboardPage::refresh()
{
    m_monitor->refresh();
}

void DashboardPage::applySettings()
{
    m_model->setUsageThresholds(m_settings->usageThresholds());
    m_cards->setThresholds(m_settings->usageThresholds());
    updateSummary();
    m_filter->setShowSystemVolumes(m_settings->showSystemVolumes());
    m_monitor->setInterval(m_settings->refreshInterval());
    updateHostDetail();
}

void DashboardPage::onVolumesUpdated(const VolumeList &volumes, const QString &error)
{
    m_model->setVolumes(volumes);
    const QString time =
        QLocale().toString(m_monitor->lastRefreshed().time(), QLocale::ShortFormat);
    m_ui->refreshStateLabel->setText(tr("Updated %1").arg(time));
    m_ui->errorLabel->setVisible(!error.isEmpty());
    m_ui->errorLabel->setText(error);
    updateHostDetail();
    fitMachinePanel();

    qsizetype unreadable = 0;
    for (const Volume &volume : volumes) {
        if (!volume.hasFigures() && !volume.system)
            ++unreadable;
    }
    if (!error.isEmpty())
        Q_EMIT statusMessage(error);
    else if (unreadable > 0)
        Q_EMIT statusMessage(
            tr("Volumes read at %1; %n could not be read", nullptr, int(unreadable)).arg(time));
    else
        Q_EMIT statusMessage(tr("Volumes read at %1").arg(time));
}

void DashboardPage::updateHostDetail()
{
    const int shown = m_filter->rowCount();
    const int hidden = m_model->rowCount() - shown;
    QString detail = QSysInfo::machineHostName() + QStringLiteral(" · ") +
                     QSysInfo::prettyProductName() + QStringLiteral(" · ") +
                     tr("%n volume(s)", nullptr, shown);
    if (hidden > 0)
        detail += QStringLiteral(" ") + tr("(%n system filesystem(s) hidden)", nullptr, hidden);
    // The label may be cut short in a narrow window (it never widens the window); the
    // tooltip keeps the whole text.
    m_ui->hostDetailLabel->setText(detail);
    m_ui->hostDetailLabel->setToolTip(detail);
}

void DashboardPage::fitMachinePanel()
{
    QSplitter *splitter = m_ui->dashboardSplitter;
    const int total = splitter->height() - splitter->handleWidth();
    if (m_splitterMoved || !isVisible() || total <= 0)
        return;
    QTreeView *view = m_ui->volumesView;
    const int rows = std::clamp(m_filter->rowCount(), 3, 8);
    const int rowHeight = std::max(view->sizeHintForRow(0), view->fontMetrics().height() + 4);
    const int table = view->header()->sizeHint().height() + rows * rowHeight +
                      2 * view->frameWidth() + view->horizontalScrollBar()->sizeHint().height();
    const int panel = m_ui->machineLayout->sizeHint().height() - view->sizeHint().height() + table;
    const int fleet = std::max(total - panel, m_ui->fleetPanel->minimumSizeHint().height());
    splitter->setSizes({fleet, std::max(0, total - fleet)});
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitMachinePanel();
}

void DashboardPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitMachinePanel();
}

QString DashboardPage::selectedMountPoint() const
{
    const QModelIndex current = m_ui->volumesView->currentIndex();
    return current.isValid() ? current.data(VolumesModel::MountPointRole).toString() : QString();
}

bool DashboardPage::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_firstPaintReported && event->type() == QEvent::Paint &&
        watched == m_ui->volumesView->viewport() && m_filter->rowCount() > 0) {
        m_firstPaintReported = true;
        // Reported from the event loop, once this paint has been carried out.
        QTimer::singleShot(0, this, &DashboardPage::firstVolumesPainted);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace qm
