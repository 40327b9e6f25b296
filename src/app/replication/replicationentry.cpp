// The Replication page in the sidebar: the routes of the session's config, measured and
// synced through its job queue.

#include "app/hosts/hostprobesmodel.h"
#include "app/hosts/livehosts.h"
#include "app/jobs/jobqueueservice.h"
#include "app/session/appsession.h"
#include "app/session/pagedescription.h"
#include "core/settings/settings.h"
#include "replicationpage.h"

namespace qm {

PageDescription replicationPageDescription()
{
    PageDescription description;
    description.key = QStringLiteral("replication");
    description.title = ReplicationPage::tr("Replication");
    description.icon = QStringLiteral(":/icons/replication.svg");
    description.create = [](AppSession &session) -> QWidget * {
        auto *page = new ReplicationPage;
        page->setConfig(session.config().get());
        page->setLiveStates(session.liveHosts()->model()->states());
        page->setJobQueue(session.jobQueue());
        page->setBackupLinks(session.settings()->backupLinks());
        QObject::connect(session.settings(), &Settings::backupLinksChanged, page,
                         [page, settings = session.settings()] {
                             page->setBackupLinks(settings->backupLinks());
                         });
        QObject::connect(&session, &AppSession::configChanged, page,
                         [page, session = &session] { page->setConfig(session->config().get()); });
        QObject::connect(session.liveHosts(), &LiveHosts::liveStatesChanged, page,
                         &ReplicationPage::setLiveStates);
        // Sync Now queues its syncs; Measure's job reports its routes through the session,
        // and what the page makes of them feeds the Dashboard and the alert rule.
        QObject::connect(page, &ReplicationPage::syncRequested, session.jobQueue(),
                         &JobQueueService::enqueue);
        for (const auto &[job, measurement] : session.routeMeasurements())
            page->addMeasurementOf(job, measurement);
        QObject::connect(&session, &AppSession::routeMeasured, page,
                         &ReplicationPage::addMeasurementOf);
        QObject::connect(page, &ReplicationPage::measurementsChanged, &session,
                         &AppSession::setReplication);
        session.showStatusMessagesOf(page);
        return page;
    };
    return description;
}

} // namespace qm
