// The Samples page in the sidebar: the miners of the session's config, cleaned up
// through its job queue.

#include "app/jobs/jobqueueservice.h"
#include "app/session/appsession.h"
#include "app/session/pagedescription.h"
#include "samplespage.h"

namespace qm {

PageDescription samplesPageDescription()
{
    PageDescription description;
    description.key = QStringLiteral("samples");
    description.title = SamplesPage::tr("Samples");
    description.icon = QStringLiteral(":/icons/samples.svg");
    description.create = [](AppSession &session) -> QWidget * {
        auto *page = new SamplesPage(session.settings());
        page->setJobQueue(session.jobQueue());
        const auto follow = [page, session = &session] {
            page->setEnvironment(session->config(), session->jobQueue()->environment().ssh);
        };
        follow();
        QObject::connect(&session, &AppSession::jobEnvironmentChanged, page, follow);
        session.showStatusMessagesOf(page);
        return page;
    };
    return description;
}

} // namespace qm
