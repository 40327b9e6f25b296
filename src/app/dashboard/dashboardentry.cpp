// The Dashboard in the sidebar: made at start (it is the first page), fed by the session.

#include "app/hosts/hostprobesmodel.h"
#include "app/hosts/livehosts.h"
#include "app/session/appsession.h"
#include "app/session/pagedescription.h"
#include "core/alerts/alertmonitor.h"
#include "core/fleet/probescheduler.h"
#include "dashboardpage.h"
#include "hostcards.h"

namespace qm {

namespace {

AlertCounts alertCounts(const AlertMonitor &monitor)
{
    const QList<Alert> open = monitor.openAlerts();
    AlertCounts counts;
    counts.open = int(open.size());
    counts.critical = int(std::count_if(open.cbegin(), open.cend(), [](const Alert &alert) {
        return alert.severity == AlertSeverity::Critical;
    }));
    counts.pending = int(monitor.pendingAlerts().size());
    return counts;
}

DashboardPage *createDashboard(AppSession &session)
{
    auto *page = new DashboardPage(session.settings());
    LiveHosts *hosts = session.liveHosts();
    AlertMonitor *monitor = session.alertMonitor();
    // The hosts, their states (live or from the history), forecasts, replication, alerts.
    const auto showHosts = [page, hosts] { page->setHosts(hosts->scheduler()->hosts()); };
    const auto showStates = [page, hosts] {
        page->setLiveStates(hosts->model()->states(), hosts->model()->rememberedHosts());
    };
    const auto showForecasts = [page, monitor] { page->setForecasts(monitor->forecasts()); };
    const auto showAlerts = [page, monitor] { page->setAlerts(alertCounts(*monitor)); };
    QObject::connect(hosts, &LiveHosts::hostsChanged, page, showHosts);
    QObject::connect(hosts, &LiveHosts::liveStatesChanged, page, showStates);
    QObject::connect(monitor, &AlertMonitor::forecastsChanged, page, showForecasts);
    QObject::connect(monitor, &AlertMonitor::alertsChanged, page, showAlerts);
    QObject::connect(&session, &AppSession::replicationChanged, page,
                     &DashboardPage::setReplication);
    showHosts();
    showStates();
    showForecasts();
    showAlerts();
    page->setReplication(session.replication());
    session.showStatusMessagesOf(page);
    // A host card opens its volumes' charts.
    QObject::connect(page->hostCards(), &HostCardsView::hostActivated, page,
                     [page, session = &session](const QString &host) {
                         QList<QPair<QString, QString>> volumes;
                         for (const HostCard &card : page->hostCards()->cards()) {
                             for (const VolumeCardLine &line : card.volumes) {
                                 if (card.host == host)
                                     volumes.append({host, line.mountPoint});
                             }
                         }
                         session->showPage(QStringLiteral("trends"), QVariant::fromValue(volumes));
                     });
    return page;
}

} // namespace

PageDescription dashboardPageDescription()
{
    PageDescription description;
    description.key = QStringLiteral("dashboard");
    description.title = DashboardPage::tr("Dashboard");
    description.icon = QStringLiteral(":/icons/dashboard.svg");
    description.create = createDashboard;
    description.refresh = [](QWidget *page) { static_cast<DashboardPage *>(page)->refresh(); };
    description.viewStateKey = QStringLiteral("dashboardHeader");
    description.saveViewState = [](QWidget *page) {
        return static_cast<DashboardPage *>(page)->saveViewState();
    };
    description.restoreViewState = [](QWidget *page, const QByteArray &state) {
        static_cast<DashboardPage *>(page)->restoreViewState(state);
    };
    return description;
}

} // namespace qm
