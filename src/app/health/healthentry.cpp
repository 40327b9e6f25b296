// The Health page in the sidebar: the saved health checks on every machine, run by the
// session's HealthScheduler.

#include "app/session/appsession.h"
#include "app/session/pagedescription.h"
#include "core/appdata/appdata.h"
#include "healthpage.h"

namespace qm {

PageDescription healthPageDescription()
{
    PageDescription description;
    description.key = QStringLiteral("health");
    description.title = HealthPage::tr("Health");
    description.icon = QStringLiteral(":/icons/health.svg");
    description.create = [](AppSession &session) -> QWidget * {
        auto *page = new HealthPage(session.settings(), session.healthScheduler());
        page->setHistoryPath(historyDatabasePath());
        page->setConfig(session.config().get());
        QObject::connect(&session, &AppSession::configChanged, page,
                         [page, s = &session] { page->setConfig(s->config().get()); });
        session.showStatusMessagesOf(page);
        return page;
    };
    return description;
}

} // namespace qm
