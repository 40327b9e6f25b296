#include "fleetsummarybar.h"

#include "core/units/datasize.h"
#include "core/units/duration.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <limits>

namespace qm {

FleetSummaryBar::FleetSummaryBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("fleetSummary"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_hosts = addTile(QStringLiteral("summaryHosts"), tr("Hosts answering"),
                      tr("Hosts whose last probe answered, of the hosts listed on the Hosts page"));
    m_threshold = addTile(QStringLiteral("summaryThreshold"), tr("Over threshold"),
                          tr("Writable volumes whose free space is below the warning threshold "
                             "(Preferences)"));
    m_soonest = addTile(QStringLiteral("summarySoonest"), tr("Soonest to full"),
                        tr("The volume whose history's forecast fills first"));
    m_atRisk = addTile(QStringLiteral("summaryAtRisk"), tr("Data at risk"),
                       tr("Data with fewer copies than replication_target, as the Replication "
                          "page measured it"));
    m_alertsTile = addTile(QStringLiteral("summaryAlerts"), tr("Firing alerts"),
                           tr("Open alerts (the Alerts page); pending ones hold, but not yet "
                              "for as long as their rule asks"));
    showFigures();
}

FleetSummaryBar::Tile FleetSummaryBar::addTile(const QString &name, const QString &caption,
                                               const QString &toolTip)
{
    auto *frame = new QFrame;
    frame->setObjectName(name);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setToolTip(toolTip);
    auto *column = new QVBoxLayout(frame);
    column->setSpacing(2);
    const auto label = [](const QString &objectName) {
        auto *l = new QLabel;
        l->setObjectName(objectName);
        l->setTextFormat(Qt::PlainText);
        return l;
    };
    QLabel *captionLabel = label(QStringLiteral("summaryCaption"));
    captionLabel->setText(caption);
    QLabel *value = label(QStringLiteral("summaryValue"));
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    value->setFont(big);
    QLabel *detail = label(QStringLiteral("summaryDetail"));
    detail->setWordWrap(true);
    QFont small = detail->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    detail->setFont(small);
    column->addWidget(captionLabel);
    column->addWidget(value);
    column->addWidget(detail);
    column->addStretch(1);
    static_cast<QHBoxLayout *>(layout())->addWidget(frame, 1);
    return {value, detail};
}

void FleetSummaryBar::setSummary(const FleetSummary &summary)
{
    m_summary = summary;
    showFigures();
}

void FleetSummaryBar::setAlerts(const AlertCounts &alerts)
{
    m_alerts = alerts;
    showFigures();
}

QString FleetSummaryBar::valueText(const QString &tile) const
{
    const auto *frame = findChild<QFrame *>(tile);
    const auto *label =
        frame ? frame->findChild<QLabel *>(QStringLiteral("summaryValue")) : nullptr;
    return label ? label->text() : QString();
}

QString FleetSummaryBar::detailText(const QString &tile) const
{
    const auto *frame = findChild<QFrame *>(tile);
    const auto *label =
        frame ? frame->findChild<QLabel *>(QStringLiteral("summaryDetail")) : nullptr;
    return label ? label->text() : QString();
}

void FleetSummaryBar::showFigures()
{
    const FleetSummary &s = m_summary;
    const QString separator = QStringLiteral(" · ");

    m_hosts.value->setText(tr("%1 of %2").arg(s.answering).arg(s.hosts));
    QStringList hosts;
    if (s.partly > 0)
        hosts.append(tr("%n partly reachable", nullptr, s.partly));
    if (s.notAnswering > 0)
        hosts.append(tr("%n not answering", nullptr, s.notAnswering));
    if (s.notProbed > 0)
        hosts.append(tr("%n not probed", nullptr, s.notProbed));
    if (s.remembered > 0)
        hosts.append(tr("%n from history, not live", nullptr, s.remembered));
    m_hosts.detail->setText(hosts.isEmpty() ? tr("all answering, live") : hosts.join(separator));

    m_threshold.value->setText(s.volumesOverThreshold == 0
                                   ? tr("none")
                                   : tr("%n volume(s)", nullptr, s.volumesOverThreshold));
    m_threshold.detail->setText(s.volumesCritical > 0
                                    ? tr("%n critical", nullptr, s.volumesCritical)
                                    : tr("none critical"));

    if (s.soonestFull) {
        const qint64 seconds = s.soonestFull->secondsToFull;
        m_soonest.value->setText(seconds == 0 ? tr("full now")
                                              : tr("in %1").arg(formatDuration(seconds)));
        m_soonest.detail->setText(
            tr("%1 on %2").arg(s.soonestFull->mountPoint, s.soonestFull->host));
    } else if (s.forecasts > 0) {
        m_soonest.value->setText(tr("nothing filling"));
        m_soonest.detail->setText(tr("%n volume(s) forecast", nullptr, s.forecasts));
    } else {
        m_soonest.value->setText(tr("no forecast yet"));
        m_soonest.detail->setText(tr("forecasts need a few hours of probes"));
    }

    if (!s.replicationMeasured) {
        m_atRisk.value->setText(tr("not measured"));
        m_atRisk.detail->setText(tr("Measure on the Replication page"));
    } else if (s.atRiskFiles == 0) {
        m_atRisk.value->setText(tr("none"));
        m_atRisk.detail->setText(tr("every file measured has its copies"));
    } else {
        m_atRisk.value->setText(formatDataSize(s.atRiskBytes));
        const int files = int(std::min<qint64>(s.atRiskFiles, std::numeric_limits<int>::max()));
        m_atRisk.detail->setText(tr("%n file(s)", nullptr, files) + separator +
                                 tr("on %n host(s)", nullptr, s.atRiskHosts));
    }

    m_alertsTile.value->setText(m_alerts.open == 0 ? tr("none") : QString::number(m_alerts.open));
    QStringList alerts;
    if (m_alerts.critical > 0)
        alerts.append(tr("%n critical", nullptr, m_alerts.critical));
    if (m_alerts.pending > 0)
        alerts.append(tr("%n pending", nullptr, m_alerts.pending));
    m_alertsTile.detail->setText(alerts.isEmpty() ? tr("none pending") : alerts.join(separator));
}

} // namespace qm
