#include "alertnotifier.h"

#include "alertsmodel.h"
#include "core/alerts/alertmonitor.h"
#include "core/settings/settings.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>
#include <QTimer>

#include <algorithm>

namespace qm {

namespace {

/// How many alerts a notification of several names before "and N more".
constexpr int kNamedInNotification = 3;
/// How long a message of showMessage is shown (and keeps the tray icon).
constexpr int kMessageMs = 10'000;

AlertSeverity worstOf(const QList<Alert> &alerts)
{
    AlertSeverity worst = AlertSeverity::Warning;
    for (const Alert &alert : alerts)
        worst = std::max(worst, alert.severity);
    return worst;
}

} // namespace

AlertNotification alertNotification(const QList<Alert> &alerts)
{
    AlertNotification notification;
    notification.severity = worstOf(alerts);
    if (alerts.size() == 1) {
        const Alert &alert = alerts.first();
        notification.title = AlertNotifier::tr("%1: %2").arg(alertSeverityText(alert.severity),
                                                             AlertsModel::ruleTitle(alert.rule));
        notification.message = alert.message;
        return notification;
    }
    // Worst first; the order the evaluation gave (rule, host, subject) otherwise.
    QList<Alert> sorted = alerts;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Alert &a, const Alert &b) { return a.severity > b.severity; });
    const int critical = int(std::count_if(alerts.cbegin(), alerts.cend(), [](const Alert &a) {
        return a.severity == AlertSeverity::Critical;
    }));
    notification.title =
        critical > 0 ? AlertNotifier::tr("%n alert(s), %1 critical", nullptr, int(alerts.size()))
                           .arg(critical)
                     : AlertNotifier::tr("%n alert(s)", nullptr, int(alerts.size()));
    QStringList lines;
    for (int i = 0; i < std::min(kNamedInNotification, int(sorted.size())); ++i)
        lines.append(sorted[i].message);
    if (sorted.size() > kNamedInNotification)
        lines.append(
            AlertNotifier::tr("and %n more", nullptr, int(sorted.size()) - kNamedInNotification));
    notification.message = lines.join(QLatin1Char('\n'));
    return notification;
}

QIcon alertBadgeIcon(const QIcon &base, int count, AlertSeverity worst)
{
    return badgeIcon(base, count,
                     worst == AlertSeverity::Critical ? QColor(0xc6, 0x28, 0x28)
                                                      : QColor(0xc7, 0x77, 0x00));
}

QIcon badgeIcon(const QIcon &base, int count, const QColor &fill)
{
    if (count <= 0)
        return base;
    const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
    QIcon icon;
    for (const int side : {16, 24, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(QSize(side, side));
        if (pixmap.isNull()) {
            pixmap = QPixmap(side, side);
            pixmap.fill(Qt::transparent);
        }
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal height = side * 0.56;
        const qreal width = std::max(height, height * 0.42 * text.size() + height * 0.4);
        const QRectF badge(side - width, 0, width, height);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRoundedRect(badge, height / 2, height / 2);
        QFont font = painter.font();
        font.setPixelSize(std::max(6, int(height * 0.72)));
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, text);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

AlertNotifier::AlertNotifier(AlertMonitor *monitor, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_settings(settings)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setObjectName(QStringLiteral("alertsTrayIcon"));
        connect(m_tray, &QSystemTrayIcon::activated, this, &AlertNotifier::activated);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_messageTag.isEmpty())
                Q_EMIT activated();
            else
                Q_EMIT messageActivated(m_messageTag);
        });
        m_messageTimer = new QTimer(this);
        m_messageTimer->setSingleShot(true);
        m_messageTimer->setInterval(kMessageMs);
        connect(m_messageTimer, &QTimer::timeout, this, &AlertNotifier::updateTray);
    }
    connect(monitor, &AlertMonitor::alertRaised, this, &AlertNotifier::collect);
    connect(monitor, &AlertMonitor::alertSeverityChanged, this,
            [this](const Alert &alert, AlertSeverity previous) {
                if (alert.severity > previous)
                    collect(alert);
            });
    // An evaluation reports its changes, then `evaluated`: one notification for all.
    connect(monitor, &AlertMonitor::evaluated, this, &AlertNotifier::flush);
    connect(monitor, &AlertMonitor::alertsChanged, this, &AlertNotifier::updateTray);
    updateTray();
}

AlertNotifier::~AlertNotifier() = default;

void AlertNotifier::collect(const Alert &alert)
{
    m_pending.append(alert);
}

void AlertNotifier::flush()
{
    const QList<Alert> alerts = std::exchange(m_pending, {});
    if (alerts.isEmpty() || !m_settings->alertNotifications())
        return;
    const AlertNotification notification = alertNotification(alerts);
    m_messageTag.clear();
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(notification.title, notification.message,
                            notification.severity == AlertSeverity::Critical
                                ? QSystemTrayIcon::Critical
                                : QSystemTrayIcon::Warning);
    Q_EMIT notified(notification);
}

void AlertNotifier::showMessage(const QString &tag, const QString &title, const QString &message,
                                QSystemTrayIcon::MessageIcon icon)
{
    if (!m_tray || !QSystemTrayIcon::supportsMessages())
        return;
    if (!m_tray->isVisible()) {
        m_tray->setIcon(QApplication::windowIcon());
        m_tray->setToolTip(title);
        m_tray->show();
    }
    m_messageTag = tag;
    m_messageTimer->start();
    m_tray->showMessage(title, message, icon, kMessageMs);
}

void AlertNotifier::updateTray()
{
    if (!m_tray || !m_monitor)
        return;
    const QList<Alert> open = m_monitor->openAlerts();
    if (open.isEmpty()) {
        // A message of showMessage keeps the icon until it is gone.
        if (!m_messageTimer->isActive())
            m_tray->hide();
        return;
    }
    m_tray->setIcon(alertBadgeIcon(QApplication::windowIcon(), int(open.size()), worstOf(open)));
    m_tray->setToolTip(tr("Quartermaster: %n open alert(s)", nullptr, int(open.size())));
    m_tray->show();
}

} // namespace qm
