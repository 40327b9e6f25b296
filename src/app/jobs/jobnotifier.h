#pragma once

#include "jobs/jobs.h"

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

Q_SIGNALS:
    void notified(const qm::JobNotification &notification);
    /// The user clicked the notification of job `id`.
    void activated(qint64 id);

private:
    void notify(const QList<Job> &failed);

    QPointer<AlertNotifier> m_tray;
};

} // namespace qm

Q_DECLARE_METATYPE(qm::JobNotification)
