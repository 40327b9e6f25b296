// The Storage page in the sidebar: storage locations, their orphans, and their cleanup.

#include "app/jobs/jobqueueservice.h"
#include "app/jobs/newjobdialog.h"
#include "app/session/appsession.h"
#include "app/session/pagedescription.h"
#include "core/alerts/alertmonitor.h"
#include "core/appdata/appdata.h"
#include "storagepage.h"

#include <QTime>

namespace qm {

PageDescription storagePageDescription()
{
    PageDescription description;
    description.key = QStringLiteral("storage");
    description.title = StoragePage::tr("Storage");
    description.icon = QStringLiteral(":/icons/storage.svg");
    description.create = [](AppSession &session) -> QWidget * {
        auto *page = new StoragePage(session.settings());
        JobQueueService *queue = session.jobQueue();
        const auto environment = [page, queue] {
            page->setFleetAccess(queue->environment());
            page->setHistoryPath(queue->environment().historyPath);
        };
        environment();
        page->setPlanFolder(orphanPlansDirectory());
        QObject::connect(&session, &AppSession::jobEnvironmentChanged, page, environment);
        // Clean Up…: New Job on the plan, reviewed (its dry run) before it is queued.
        QObject::connect(
            page, &StoragePage::cleanUpRequested, page, [page, queue](const QString &plan) {
                NewJobDialog::openFor(queue, QStringLiteral("orphans-clean"), {{plan}, {}}, page);
            });
        // Schedule…: a nightly lifecycle or listing job, reviewed (what it will do) before
        // it is saved.
        QObject::connect(page, &StoragePage::scheduleRequested, page,
                         [page, queue](const QString &location, bool lifecycle) {
                             NewJobDialog *dialog = NewJobDialog::openFor(
                                 queue,
                                 lifecycle ? QStringLiteral("orphans-lifecycle")
                                           : QStringLiteral("storage-du"),
                                 {{location}, {}}, page);
                             dialog->setDailyAt(QTime(3, 0));
                         });
        // A scan kept in the history may raise or clear an Orphaned storage alert now.
        QObject::connect(page, &StoragePage::finished, page,
                         [s = &session] { s->alertMonitor()->evaluateNow(); });
        session.showStatusMessagesOf(page);
        return page;
    };
    return description;
}

} // namespace qm
