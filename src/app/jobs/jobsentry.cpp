// The Jobs page in the sidebar: the session's job queue, shown and steered.

#include "app/session/appsession.h"
#include "app/session/pagedescription.h"
#include "app/session/pagerequests.h"
#include "core/settings/settings.h"
#include "jobnotifier.h"
#include "jobspage.h"

namespace qm {

PageDescription jobsPageDescription()
{
    PageDescription description;
    description.key = QStringLiteral("jobs");
    description.title = JobsPage::tr("Jobs");
    description.icon = QStringLiteral(":/icons/jobs.svg");
    description.create = [](AppSession &session) -> QWidget * {
        auto *page = new JobsPage(session.jobQueue());
        session.showStatusMessagesOf(page);
        page->setFailureNotifications(session.jobNotifier()->isEnabled());
        QObject::connect(page, &JobsPage::failureNotificationsToggled, &session,
                         [&session](bool enabled) {
                             session.jobNotifier()->setEnabled(enabled);
                             session.settings()->setJobFailureNotifications(enabled);
                         });
        // Show Log Lines: the job's events, on the Logs page.
        QObject::connect(page, &JobsPage::logLinesRequested, &session, [s = &session](qint64 id) {
            s->showPage(QStringLiteral("logs"), QVariant::fromValue(JobLogLinesRequest{id}));
        });
        return page;
    };
    // File > New Job…, from any page.
    description.fileActions = [](QWidget *page) {
        return QList<QAction *>{page->findChild<QAction *>(QStringLiteral("actionNewJob"))};
    };
    // A job's notification opens it here (its id); a log line its host's jobs around its
    // time.
    description.open = [](QWidget *page, const QVariant &argument) {
        auto *jobs = static_cast<JobsPage *>(page);
        if (argument.metaType() == QMetaType::fromType<HostMomentRequest>()) {
            const auto request = argument.value<HostMomentRequest>();
            jobs->showJobsAround(request.host, request.atMs);
        } else if (argument.isValid()) {
            jobs->selectJob(argument.toLongLong());
        }
    };
    return description;
}

} // namespace qm
