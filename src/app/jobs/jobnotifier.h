#pragma once

#include "core/jobs/jobs.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace qm {

class AlertNotifier;
class JobQueueService;

/// The desktop notification for jobs that failed for good.
struct JobNotification
{
    QString title;
    QString message;
    QList<qint64> jobIds; ///< the jobs it is about, newest first
};

/// The notification of `failed` (not empty): the job itself — kind, what, why — when
/// there is one; a count and the first few when several failed at once.
JobNotification jobFailureNotification(const QList<Job> &failed);

/// Tells a person who is not looking at the Jobs page that a job failed: one desktop
/// notification per batch of failures (through the alerts' tray icon, so the app shows
/// one icon), and notified() for the window's status bar and taskbar, also where the
/// platform has no system tray.
class JobNotifier : public QObject
{
    Q_OBJECT

public:
    /// `service` must outlive the notifier; `tray` may be nullptr (no tray messages).
    JobNotifier(JobQueueService *service, AlertNotifier *tray, QObject *parent = nullptr);

    /// Whether failures are told at all (Settings::jobFailureNotifications(); the Jobs
    /// page's switch). Off, the failures still show on the page and its badge.
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled) { m_enabled = enabled; }

Q_SIGNALS:
    void notified(const qm::JobNotification &notification);
    /// The user clicked the notification of job `id`.
    void activated(qint64 id);

private:
    void notify(const QList<Job> &failed);

    QPointer<AlertNotifier> m_tray;
    bool m_enabled = true;
};

/// Says in the status bar how the jobs it follows ended — "Job 3 (Cleanup /scratch/old)
/// succeeded.", "… failed: why", "… was cancelled.", "… was interrupted." — once each,
/// so that the bar never reads "Job 3 queued." after job 3 is done. It follows every job
/// queued through `service` (whose "queued" the bar showed) and those follow() names.
class JobOutcomeAnnouncer : public QObject
{
    Q_OBJECT

public:
    /// `service` must outlive the announcer.
    JobOutcomeAnnouncer(JobQueueService *service, QObject *parent = nullptr);

    /// Follows job `id` (a retry): it has ended once it is finished and stopped at a time
    /// other than `previousStopMs` (its stop before the retry; -1 for a new job).
    void follow(qint64 id, qint64 previousStopMs = -1);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void check();

    QPointer<JobQueueService> m_service;
    QHash<qint64, qint64> m_followed; ///< job → its stop before it was followed
};

} // namespace qm

Q_DECLARE_METATYPE(qm::JobNotification)
