// The Hosts page in the sidebar: the session's live hosts, shown.

#include "app/session/appsession.h"
#include "app/session/pagedescription.h"
#include "hostspage.h"

namespace qm {

PageDescription hostsPageDescription()
{
    PageDescription description;
    description.key = QStringLiteral("hosts");
    description.title = HostsPage::tr("Hosts");
    description.icon = QStringLiteral(":/icons/hosts.svg");
    description.create = [](AppSession &session) -> QWidget * {
        auto *page = new HostsPage(session.settings(), session.liveHosts());
        session.showStatusMessagesOf(page);
        return page;
    };
    return description;
}

} // namespace qm
