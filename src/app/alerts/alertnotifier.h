#pragma once

#include "core/alerts/alertengine.h"

#include <QIcon>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QSystemTrayIcon>

class QTimer;

namespace qm {

class AlertMonitor;
class Settings;

/// The one desktop notification for the alerts an evaluation raised or escalated.
struct AlertNotification
{
    QString title;
    QString message;
    AlertSeverity severity = AlertSeverity::Warning; ///< the worst of them
};

/// The notification of `alerts` (not empty): the alert itself when there is one; a
/// count and the worst few when several came at once (a fleet that fills up raises
/// one notification, not fifty).
AlertNotification alertNotification(const QList<Alert> &alerts);

/// `base` with a badge of `count` in its top right corner, filled with `fill`; `base`
/// itself when `count` is 0.
QIcon badgeIcon(const QIcon &base, int count, const QColor &fill);
/// badgeIcon in red when `worst` is critical, amber otherwise.
QIcon alertBadgeIcon(const QIcon &base, int count, AlertSeverity worst);

/// How alerts reach a person who is not looking at the Alerts page: a system tray icon
/// while alerts are open (tooltip: how many; a click opens the Alerts page) and one
/// desktop notification per evaluation that raised or escalated alerts, when the
/// settings allow it (Settings::alertNotifications()). Where the platform has no
/// system tray, notified() is still emitted for the window to show.
class AlertNotifier : public QObject
{
    Q_OBJECT

public:
    /// `monitor` and `settings` must outlive the notifier.
    AlertNotifier(AlertMonitor *monitor, Settings *settings, QObject *parent = nullptr);
    ~AlertNotifier() override;

    /// The tray icon, or nullptr where the platform has no system tray.
    QSystemTrayIcon *trayIcon() const { return m_tray; }

    /// Shows a desktop notification about something else than alerts (a job that
    /// failed) through the same tray icon, so the app keeps one: the icon is shown for
    /// the time of the message when no open alert keeps it shown. A click on the message
    /// emits messageActivated(`tag`) instead of activated(). Does nothing where there
    /// is no system tray or it shows no messages.
    void showMessage(const QString &tag, const QString &title, const QString &message,
                     QSystemTrayIcon::MessageIcon icon);

Q_SIGNALS:
    /// A notification was due (shown in the tray where there is one).
    void notified(const qm::AlertNotification &notification);
    /// The user clicked the tray icon or a notification: show the alerts.
    void activated();
    /// The user clicked the message shown by showMessage(`tag`, ...).
    void messageActivated(const QString &tag);

private:
    void collect(const Alert &alert);
    void flush();
    void updateTray();

    QPointer<AlertMonitor> m_monitor;
    Settings *m_settings;
    QSystemTrayIcon *m_tray = nullptr;
    QList<Alert> m_pending;
    QString m_messageTag;             ///< of the message shown by showMessage, until the next
    QTimer *m_messageTimer = nullptr; ///< runs while such a message keeps the icon shown
};

} // namespace qm

Q_DECLARE_METATYPE(qm::AlertNotification)
