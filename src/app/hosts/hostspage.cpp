#include "hostspage.h"

#include "core/async/whenfinished.h"
#include "core/config/fleetconfig.h"
#include "core/fleet/probescheduler.h"
#include "core/history/historystore.h"
#include "core/remote/sshtransport.h"
#include "core/settings/settings.h"
#include "hostdetails.h"
#include "hostprobesmodel.h"
#include "hostsettingsdialog.h"
#include "livehosts.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace qm {

HostsPage::HostsPage(Settings *settings, LiveHosts *hosts, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_hosts(hosts ? hosts : new LiveHosts(settings, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView)
    , m_details(new QTextBrowser)
    , m_filter(new QLineEdit)
    , m_grouping(new QComboBox)
    , m_periodic(new QCheckBox)
    , m_acceptKey(new QPushButton)
    , m_hostSettings(new QPushButton)
{
    setObjectName(QStringLiteral("hostsPage"));

    m_filter->setObjectName(QStringLiteral("hostsFilter"));
    m_filter->setPlaceholderText(tr("Filter hosts"));
    m_filter->setClearButtonEnabled(true);
    m_grouping->setObjectName(QStringLiteral("hostsGrouping"));
    m_grouping->addItem(tr("No grouping"), int(HostProbesModel::Grouping::None));
    m_grouping->addItem(tr("Group by role"), int(HostProbesModel::Grouping::Role));
    m_grouping->addItem(tr("Group by name prefix"), int(HostProbesModel::Grouping::NamePrefix));
    auto *probeNow = new QPushButton(tr("&Probe Now"));
    probeNow->setObjectName(QStringLiteral("probeNowButton"));
    probeNow->setToolTip(tr("Probe the selected host now (F5); all hosts when none is selected"));
    auto *probeAllButton = new QPushButton(tr("Probe &All"));
    probeAllButton->setObjectName(QStringLiteral("probeAllButton"));
    m_hostSettings->setObjectName(QStringLiteral("hostSettingsButton"));
    m_hostSettings->setText(tr("Host Se&ttings…"));
    m_hostSettings->setToolTip(
        tr("The selected host's probe interval and node_exporter URL, over the config"));
    m_periodic->setObjectName(QStringLiteral("periodicProbing"));
    m_acceptKey->setObjectName(QStringLiteral("acceptHostKeyButton"));
    m_acceptKey->setText(tr("Accept Host &Key…"));
    m_acceptKey->setToolTip(
        tr("Show the host's key fingerprint and, if you accept it, add it to known_hosts"));
    m_acceptKey->setVisible(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_grouping);
    bar->addWidget(m_periodic);
    bar->addWidget(m_acceptKey);
    bar->addWidget(m_hostSettings);
    bar->addWidget(probeNow);
    bar->addWidget(probeAllButton);

    m_proxy->setSourceModel(m_hosts->model());
    m_proxy->setSortRole(HostProbesModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_view->setObjectName(QStringLiteral("hostsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(HostProbesModel::Name, Qt::AscendingOrder);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(false);
    m_details->setObjectName(QStringLiteral("hostDetails"));
    m_details->setOpenLinks(false);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    auto *refresh = new QAction(this);
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refresh);
    connect(refresh, &QAction::triggered, this, &HostsPage::probeSelected);
    connect(probeNow, &QPushButton::clicked, this, &HostsPage::probeSelected);
    connect(probeAllButton, &QPushButton::clicked, this, &HostsPage::probeAll);
    connect(m_acceptKey, &QPushButton::clicked, this, &HostsPage::acceptHostKey);
    connect(m_hostSettings, &QPushButton::clicked, this, &HostsPage::editHostSettings);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (!index.data(HostProbesModel::HostNameRole).toString().isEmpty())
            editHostSettings();
    });
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        const auto grouping = HostProbesModel::Grouping(m_grouping->currentData().toInt());
        model()->setGrouping(grouping);
        m_view->setRootIsDecorated(grouping != HostProbesModel::Grouping::None);
        m_view->expandAll();
    });
    connect(m_periodic, &QCheckBox::toggled, m_hosts, &LiveHosts::setPeriodicProbing);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &HostsPage::updateDetails);
    connect(scheduler(), &ProbeScheduler::probeStarted, this, [this](const QString &host) {
        if (m_requested.contains(host))
            Q_EMIT statusMessage(tr("Probing %1…").arg(host));
    });
    connect(scheduler(), &ProbeScheduler::probeFinished, this, [this](const HostProbe &probe) {
        // Only the probes the user asked for speak in the status bar: periodic ones
        // would overwrite whatever the page in front just said.
        if (m_requested.remove(probe.name))
            Q_EMIT statusMessage(tr("%1: %2").arg(probe.name, hostStatusText(probe.status)));
    });
    connect(m_hosts, &LiveHosts::statusMessage, this, &HostsPage::statusMessage);
    connect(m_hosts, &LiveHosts::liveStatesChanged, this, [this] {
        resizeStateColumns();
        updateDetails();
    });
    connect(m_hosts, &LiveHosts::hostsChanged, this, &HostsPage::onHostsChanged);
    onHostsChanged();
}

HostsPage::~HostsPage() = default;

HostProbesModel *HostsPage::model() const
{
    return m_hosts->model();
}

ProbeScheduler *HostsPage::scheduler() const
{
    return m_hosts->scheduler();
}

void HostsPage::setConfig(const QString &path, const FleetConfig *config)
{
    m_hosts->setConfig(path, config);
}

void HostsPage::onHostsChanged()
{
    m_view->expandAll();
    for (int column = 0; column < HostProbesModel::ColumnCount; ++column)
        m_view->resizeColumnToContents(column);
    updateProbingSwitch();
    updateDetails();
}

void HostsPage::resizeStateColumns()
{
    for (const int column : {int(HostProbesModel::Reachability), int(HostProbesModel::LastProbe),
                             int(HostProbesModel::Used), int(HostProbesModel::Free),
                             int(HostProbesModel::NewestData), int(HostProbesModel::Daemons)})
        m_view->resizeColumnToContents(column);
}

void HostsPage::updateProbingSwitch()
{
    const QString path = m_hosts->configPath();
    const QSignalBlocker blocker(m_periodic);
    m_periodic->setEnabled(!path.isEmpty());
    m_periodic->setChecked(m_hosts->periodicProbing());
    m_periodic->setText(
        tr("Probe every %n minute(s)", nullptr, int(m_settings->probeInterval().count() / 60)));
    m_periodic->setToolTip(path.isEmpty() ? tr("Open a config to probe its hosts periodically")
                                          : tr("Probe the hosts of %1 periodically").arg(path));
}

bool HostsPage::selectHost(const QString &name)
{
    QModelIndex index = findHost(name);
    if (!index.isValid() && !m_filter->text().isEmpty()) {
        m_filter->clear();
        index = findHost(name);
    }
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->setFocus();
    return true;
}

QModelIndex HostsPage::findHost(const QString &name, const QModelIndex &parent) const
{
    for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
        const QModelIndex index = m_proxy->index(row, 0, parent);
        if (index.data(HostProbesModel::HostNameRole)
                .toString()
                .compare(name, Qt::CaseInsensitive) == 0)
            return index;
        if (const QModelIndex inside = findHost(name, index); inside.isValid())
            return inside;
    }
    return {};
}

QString HostsPage::selectedHost() const
{
    return m_view->currentIndex().data(HostProbesModel::HostNameRole).toString();
}

void HostsPage::probeSelected()
{
    const QString host = selectedHost();
    if (host.isEmpty()) {
        probeAll();
    } else {
        m_requested.insert(host);
        scheduler()->probeNow(host);
    }
}

void HostsPage::probeAll()
{
    for (const ProbeHost &host : scheduler()->hosts())
        m_requested.insert(host.name);
    scheduler()->probeAllNow();
}

void HostsPage::updateDetails()
{
    const QString name = selectedHost();
    const ProbeHost *host = model()->host(name);
    if (!host) {
        m_details->setHtml(QStringLiteral("<p><i>%1</i></p>")
                               .arg(tr("Select a host to see its volumes, data, processes and "
                                       "the last error.")));
        m_acceptKey->setVisible(false);
        m_hostSettings->setEnabled(false);
        return;
    }
    m_hostSettings->setEnabled(true);
    const LiveHostState state = model()->state(name);
    m_details->setHtml(hostDetailsHtml(*host, state, model()->isRemembered(name)));
    m_acceptKey->setVisible(!state.probe.name.isEmpty() &&
                            state.probe.status == HostStatus::HostKeyUnknown && host->hasSsh);
}

void HostsPage::editHostSettings()
{
    const ProbeHost *host = model()->host(selectedHost());
    if (!host)
        return;
    const FleetConfig *config = m_hosts->config();
    const FleetHost *entry = config ? config->host(host->name) : nullptr;
    HostSettingsDialog dialog(host->name, entry ? entry->nodeExporterUrl : QString(), host->local,
                              m_settings, this);
    dialog.exec(); // OK writes the settings, which rebuild the host list
}

void HostsPage::acceptHostKey()
{
    const ProbeHost *host = model()->host(selectedHost());
    if (!host)
        return;
    const SshEndpoint endpoint = host->ssh;
    const QString name = host->name;
    // The same ssh config, known_hosts and programs the probes use.
    const SshOptions ssh = scheduler()->options().ssh;
    const SshPrograms programs = scheduler()->options().programs;
    m_acceptKey->setEnabled(false);
    Q_EMIT statusMessage(tr("Reading the host key of %1…").arg(name));
    struct Scan
    {
        QList<HostKey> keys;
        QString error;
    };
    whenFinished(
        this, QtConcurrent::run([endpoint, ssh, programs] {
            Scan scan;
            scan.keys = SshTransport(endpoint, ssh, programs).scanHostKeys(&scan.error);
            return scan;
        }),
        [this, endpoint, ssh, programs, name](const Scan &scan) {
            m_acceptKey->setEnabled(true);
            if (scan.keys.isEmpty()) {
                QMessageBox::warning(
                    this, tr("Host Key"),
                    tr("Cannot read the host key of %1: %2").arg(name, scan.error));
                return;
            }
            QString fingerprints;
            for (const HostKey &key : scan.keys)
                fingerprints += QStringLiteral("%1  %2\n").arg(key.type, key.fingerprint);
            QMessageBox box(QMessageBox::Question, tr("Accept Host Key"),
                            tr("%1 (%2) presents these keys. Accept them only if they match what "
                               "the host's administrator gives you (ssh-keygen -lf on the host's "
                               "/etc/ssh/ssh_host_*_key.pub).")
                                .arg(name, endpoint.host),
                            QMessageBox::Cancel, this);
            box.setInformativeText(fingerprints);
            QPushButton *accept =
                box.addButton(tr("Accept and Add to known_hosts"), QMessageBox::AcceptRole);
            accept->setObjectName(QStringLiteral("acceptHostKeyConfirm"));
            box.setDefaultButton(QMessageBox::Cancel);
            box.exec();
            if (box.clickedButton() != accept)
                return;
            // ssh -G and the file write run off the GUI thread too.
            const QList<HostKey> keys = scan.keys;
            whenFinished(this, QtConcurrent::run([endpoint, ssh, programs, keys] {
                             QString error;
                             SshTransport(endpoint, ssh, programs).trustHostKeys(keys, &error);
                             return error;
                         }),
                         [this, name](const QString &error) {
                             if (!error.isEmpty()) {
                                 QMessageBox::warning(this, tr("Host Key"), error);
                                 return;
                             }
                             m_requested.insert(name);
                             scheduler()->probeNow(name);
                         });
        });
}

} // namespace qm
