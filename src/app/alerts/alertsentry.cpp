// The Alerts page in the sidebar: the session's alert monitor, shown.

#include "alertspage.h"
#include "app/session/appsession.h"
#include "app/session/pagedescription.h"

namespace qm {

PageDescription alertsPageDescription()
{
    PageDescription description;
    description.key = QStringLiteral("alerts");
    description.title = AlertsPage::tr("Alerts");
    description.icon = QStringLiteral(":/icons/alerts.svg");
    description.create = [](AppSession &session) -> QWidget * {
        auto *page = new AlertsPage;
        page->setMonitor(session.alertMonitor());
        return page;
    };
    return description;
}

} // namespace qm
