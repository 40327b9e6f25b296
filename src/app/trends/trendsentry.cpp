// The Trends page in the sidebar: the history of the session's hosts.

#include "app/hosts/livehosts.h"
#include "app/session/appsession.h"
#include "app/session/pagedescription.h"
#include "app/session/pagerequests.h"
#include "trendspage.h"

namespace qm {

PageDescription trendsPageDescription()
{
    PageDescription description;
    description.key = QStringLiteral("trends");
    description.title = TrendsPage::tr("Trends");
    description.icon = QStringLiteral(":/icons/trends.svg");
    description.create = [](AppSession &session) -> QWidget * {
        auto *page = new TrendsPage(session.settings());
        page->setConfig(session.config().get());
        QObject::connect(&session, &AppSession::configChanged, page,
                         [page, session = &session] { page->setConfig(session->config().get()); });
        // Each probe is recorded in the history: the charts follow.
        QObject::connect(session.liveHosts(), &LiveHosts::liveStatesChanged, page,
                         &TrendsPage::historyChanged);
        session.showStatusMessagesOf(page);
        return page;
    };
    // The Dashboard's host cards open their volumes here; a log line its host around its
    // time.
    description.open = [](QWidget *page, const QVariant &argument) {
        auto *trends = static_cast<TrendsPage *>(page);
        if (argument.metaType() == QMetaType::fromType<HostMomentRequest>()) {
            const auto request = argument.value<HostMomentRequest>();
            trends->showHostAround(request.host, request.atMs);
            return;
        }
        trends->showVolumes(argument.value<QList<QPair<QString, QString>>>());
    };
    return description;
}

} // namespace qm
