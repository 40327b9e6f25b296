// The Space page in the sidebar: what uses the space on this machine or a fleet host.

#include "app/jobs/jobqueueservice.h"
#include "app/jobs/newjobdialog.h"
#include "app/session/appsession.h"
#include "app/session/pagedescription.h"
#include "spacepage.h"

namespace qm {

PageDescription spacePageDescription()
{
    PageDescription description;
    description.key = QStringLiteral("space");
    description.title = SpacePage::tr("Space");
    description.icon = QStringLiteral(":/icons/space.svg");
    description.create = [](AppSession &session) -> QWidget * {
        auto *page = new SpacePage;
        page->setConfig(session.config().get());
        page->setFleetAccess(session.jobQueue()->environment());
        QObject::connect(&session, &AppSession::configChanged, page,
                         [page, s = &session] { page->setConfig(s->config().get()); });
        QObject::connect(&session, &AppSession::jobEnvironmentChanged, page, [page, s = &session] {
            page->setFleetAccess(s->jobQueue()->environment());
        });
        // Clean Up… and Archive…: New Job on the selection, reviewed before it is queued.
        JobQueueService *queue = session.jobQueue();
        QObject::connect(
            page, &SpacePage::cleanUpRequested, page, [page, queue](const QString &location) {
                NewJobDialog::openFor(queue, QStringLiteral("cleanup"), {{location}, {}}, page);
            });
        QObject::connect(
            page, &SpacePage::archiveRequested, page, [page, queue](const QString &location) {
                NewJobDialog::openFor(queue, QStringLiteral("archive"), {{location}, {}}, page);
            });
        // A job that finished under the scanned folder changed it: scan that part again.
        QObject::connect(
            queue, &JobQueueService::jobsChanged, page,
            [page, queue](const QList<qint64> &changed) {
                for (const qint64 id : changed) {
                    const Job *job = queue->job(id);
                    if (!job || job->state == JobState::Queued || job->state == JobState::Running)
                        continue;
                    for (const QString &where : {job->spec.source, job->spec.destination}) {
                        if (!where.isEmpty())
                            page->refreshLocation(where);
                    }
                }
            });
        session.showStatusMessagesOf(page);
        return page;
    };
    // Another page may ask for a location to be scanned.
    description.open = [](QWidget *page, const QVariant &argument) {
        if (!argument.toString().isEmpty())
            static_cast<SpacePage *>(page)->scan(argument.toString());
    };
    return description;
}

} // namespace qm
