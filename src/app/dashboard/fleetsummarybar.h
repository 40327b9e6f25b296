#pragma once

#include "core/fleet/fleetsummary.h"

#include <QWidget>

class QLabel;

namespace qm {

/// The alerts as the summary counts them.
struct AlertCounts
{
    int open = 0;
    int critical = 0; ///< of the open ones
    int pending = 0;  ///< condition holds, not yet for the rule's "for"
    friend bool operator==(const AlertCounts &, const AlertCounts &) = default;
};

/// The strip the Dashboard leads with: five tiles, each a caption, a figure and a line
/// of detail — hosts answering, volumes over their threshold, the soonest to full, the
/// data at risk (from the Replication page's measurements; "not measured" until there
/// are some) and the firing alerts. Tiles are QFrames named summaryHosts,
/// summaryThreshold, summarySoonest, summaryAtRisk and summaryAlerts; their labels
/// summaryCaption, summaryValue and summaryDetail.
class FleetSummaryBar : public QWidget
{
    Q_OBJECT

public:
    explicit FleetSummaryBar(QWidget *parent = nullptr);

    void setSummary(const FleetSummary &summary);
    void setAlerts(const AlertCounts &alerts);

    /// The figure and detail shown in tile `name` (for tests and accessibility).
    QString valueText(const QString &tile) const;
    QString detailText(const QString &tile) const;

private:
    struct Tile
    {
        QLabel *value;
        QLabel *detail;
    };
    Tile addTile(const QString &name, const QString &caption, const QString &toolTip);
    void showFigures();

    FleetSummary m_summary;
    AlertCounts m_alerts;
    Tile m_hosts;
    Tile m_threshold;
    Tile m_soonest;
    Tile m_atRisk;
    Tile m_alertsTile;
};

} // namespace qm
