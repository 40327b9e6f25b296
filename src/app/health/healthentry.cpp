// The Health page in the sidebar: the saved health checks on every machine, run by the
// session's HealthScheduler.

#include "app/jobs/jobqueueservice.h"
#include "app/jobs/newjobdialog.h"
#include "app/session/appsession.h"
#include "app/session/pagedescription.h"
#include "core/appdata/appdata.h"
#include "core/jobkinds/jobkindcatalogue.h"
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
        // Rotate… on a size check's log: a log rotation job, reviewed in New Job.
        QObject::connect(page, &HealthPage::rotateRequested, page,
                         [page, queue = session.jobQueue()](const QString &log, double maxMb) {
                             JobArguments arguments{{log}, {}};
                             arguments.options.maxMegabytes = maxMb > 0 ? maxMb : 100;
                             NewJobDialog::openFor(queue, QStringLiteral("log-rotate"), arguments,
                                                   page);
                         });
        // Start, Stop, Restart: a daemon job through the queue.
        QObject::connect(page, &HealthPage::daemonActionRequested, page,
                         [queue = session.jobQueue(), s = &session](
                             const QString &host, const QString &daemon, const QString &action) {
                             const JobFromArguments made = standardJobKinds().fromArguments(
                                 QStringLiteral("daemon"), {host, daemon, action}, {},
                                 queue->environment());
                             if (made.job)
                                 queue->enqueue(made.job->spec);
                             else
                                 s->showStatusMessage(made.error);
                         });
        session.showStatusMessagesOf(page);
        return page;
    };
    return description;
}

} // namespace qm
