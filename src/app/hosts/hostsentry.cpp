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
    // A log line opens its host here (its name).
    description.open = [](QWidget *page, const QVariant &argument) {
        const QString host = argument.toString();
        if (!host.isEmpty() && !static_cast<HostsPage *>(page)->selectHost(host))
            Q_EMIT static_cast<HostsPage *>(page)->statusMessage(
                HostsPage::tr("%1 is not a host of the open config").arg(host));
    };
    return description;
}

} // namespace qm
