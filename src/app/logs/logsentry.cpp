// The Logs page in the sidebar: the fleet's central system_logs table.

#include "app/session/appsession.h"
#include "app/session/pagedescription.h"
#include "core/appdata/appdata.h"
#include "logspage.h"

namespace qm {

PageDescription logsPageDescription()
{
    PageDescription description;
    description.key = QStringLiteral("logs");
    description.title = LogsPage::tr("Logs");
    description.icon = QStringLiteral(":/icons/logs.svg");
    description.create = [](AppSession &session) -> QWidget * {
        auto *page = new LogsPage(session.settings(), logsDatabasePath());
        session.showStatusMessagesOf(page);
        return page;
    };
    return description;
}

} // namespace qm
