// The Config page in the sidebar: the session's config document, edited.

#include "app/hosts/hostprobesmodel.h"
#include "app/hosts/livehosts.h"
#include "app/session/appsession.h"
#include "app/session/pagedescription.h"
#include "configpage.h"

namespace qm {

PageDescription configPageDescription()
{
    PageDescription description;
    description.key = QStringLiteral("config");
    description.title = ConfigPage::tr("Config");
    description.icon = QStringLiteral(":/icons/config.svg");
    description.create = [](AppSession &session) -> QWidget * {
        auto *page = new ConfigPage(session.configDocument());
        // The live state of the hosts feeds the live rules of its checks.
        page->setLiveStates(session.liveHosts()->model()->states());
        QObject::connect(session.liveHosts(), &LiveHosts::liveStatesChanged, page,
                         &ConfigPage::setLiveStates);
        session.showStatusMessagesOf(page);
        QObject::connect(page, &ConfigPage::closeRequested, &session, &AppSession::requestClose);
        return page;
    };
    description.viewStateKey = QStringLiteral("configLayout");
    description.saveViewState = [](QWidget *page) {
        return static_cast<ConfigPage *>(page)->saveViewState();
    };
    description.restoreViewState = [](QWidget *page, const QByteArray &state) {
        static_cast<ConfigPage *>(page)->restoreViewState(state);
    };
    // Save in the File menu; Undo, Redo and Next Problem in the Edit menu.
    description.fileActions = [](QWidget *page) {
        return static_cast<ConfigPage *>(page)->editActions().mid(0, 1);
    };
    description.editActions = [](QWidget *page) {
        return static_cast<ConfigPage *>(page)->editActions().mid(1);
    };
    return description;
}

} // namespace qm
