#include "jobnotifier.h"

#include "app/alerts/alertnotifier.h"
#include "jobqueueservice.h"
#include "jobsmodel.h"

namespace qm {

namespace {

/// How many failed jobs a notification of several names before "and N more".
constexpr int kNamedInNotification = 3;

const QString kTagPrefix = QStringLiteral("job:");

QString failureLine(const Job &job)
{
    const QString what = JobsModel::whatText(job.spec);
    return job.error.isEmpty()
               ? JobNotifier::tr("%1 %2").arg(JobsModel::kindTitle(job.spec.kind), what)
               : JobNotifier::tr("%1 %2: %3")
                     .arg(JobsModel::kindTitle(job.spec.kind), what, job.error);
}

} // namespace

JobNotification jobFailureNotification(const QList<Job> &failed)
{
    JobNotification notification;
    for (const Job &job : failed)
        notification.jobIds.append(job.id);
    if (failed.size() == 1) {
        const Job &job = failed.first();
        notification.title = JobNotifier::tr("Job %1 failed: %2")
                                 .arg(job.id)
                                 .arg(JobsModel::kindTitle(job.spec.kind));
        notification.message = JobsModel::whatText(job.spec);
        if (!job.error.isEmpty())
            notification.message += QLatin1Char('\n') + job.error;
        return notification;
    }
    notification.title = JobNotifier::tr("%n job(s) failed", nullptr, int(failed.size()));
    QStringList lines;
    for (int i = 0; i < std::min(kNamedInNotification, int(failed.size())); ++i)
        lines.append(failureLine(failed[i]));
    if (failed.size() > kNamedInNotification)
        lines.append(
            JobNotifier::tr("and %n more", nullptr, int(failed.size()) - kNamedInNotification));
    notification.message = lines.join(QLatin1Char('\n'));
    return notification;
}

JobNotifier::JobNotifier(JobQueueService *service, AlertNotifier *tray, QObject *parent)
    : QObject(parent)
    , m_tray(tray)
{
    connect(service, &JobQueueService::jobsFailed, this, &JobNotifier::notify);
    if (tray) {
        connect(tray, &AlertNotifier::messageActivated, this, [this](const QString &tag) {
            if (tag.startsWith(kTagPrefix))
                Q_EMIT activated(tag.mid(kTagPrefix.size()).toLongLong());
        });
    }
}

void JobNotifier::notify(const QList<Job> &failed)
{
    if (failed.isEmpty() || !m_enabled)
        return;
    const JobNotification notification = jobFailureNotification(failed);
    if (m_tray)
        m_tray->showMessage(kTagPrefix + QString::number(notification.jobIds.first()),
                            notification.title, notification.message, QSystemTrayIcon::Critical);
    Q_EMIT notified(notification);
}

JobOutcomeAnnouncer::JobOutcomeAnnouncer(JobQueueService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    connect(service, &JobQueueService::enqueued, this,
            [this](qint64 id, const JobSpec &) { follow(id); });
    connect(service, &JobQueueService::jobsChanged, this, &JobOutcomeAnnouncer::check);
}

void JobOutcomeAnnouncer::follow(qint64 id, qint64 previousStopMs)
{
    m_followed.insert(id, previousStopMs);
}

void JobOutcomeAnnouncer::check()
{
    if (m_followed.isEmpty() || !m_service)
        return;
    for (auto it = m_followed.begin(); it != m_followed.end();) {
        const Job *job = m_service->job(it.key());
        if (job && (!isFinished(job->state) || job->finishedMs == it.value())) {
            ++it;
            continue;
        }
        if (job) {
            const QString title =
                tr("Job %1 (%2 %3)")
                    .arg(job->id)
                    .arg(JobsModel::kindTitle(job->spec.kind), JobsModel::whatText(job->spec));
            switch (job->state) {
            case JobState::Succeeded:
                Q_EMIT statusMessage(tr("%1 succeeded.").arg(title));
                break;
            case JobState::Failed:
                Q_EMIT statusMessage(tr("%1 failed: %2").arg(title, job->error));
                break;
            case JobState::Cancelled:
                Q_EMIT statusMessage(tr("%1 was cancelled.").arg(title));
                break;
            case JobState::Interrupted:
                Q_EMIT statusMessage(tr("%1 was interrupted.").arg(title));
                break;
            case JobState::Queued:
            case JobState::Running:
                break;
            }
        }
        it = m_followed.erase(it);
    }
}

} // namespace qm
