#pragma once

#include "config/liverules.h"
#include "history/forecast.h"
#include "volumes/usagelevel.h"

#include <QHash>
#include <QList>
#include <QScrollArea>
#include <QString>

#include <optional>

class QGridLayout;

namespace qm {

/// One volume on a host card: how full it is and where it is heading.
struct VolumeCardLine
{
    QString mountPoint;
    double usedPercent = 0;
    qint64 freeBytes = 0;
    UsageLevel level = UsageLevel::Normal;
    /// The history's forecast of the volume; nullopt while none was computed.
    std::optional<Forecast> forecast;
};

/// The card of one host: its state, and its writable volumes, fullest first.
struct HostCard
{
    QString host;
    bool reachable = false;
    QString problem; ///< why it is not reachable (or the probe's error)
    QList<VolumeCardLine> volumes;
    int moreVolumes = 0; ///< writable volumes left off the card
};

/// The cards of every probed host, by name: for each, its writable volumes (neither
/// system nor read-only, with figures), fullest first, at most `maxVolumes` of them.
QList<HostCard> hostCards(const QHash<QString, LiveHostState> &states,
                          const FleetForecasts &forecasts, const UsageThresholds &thresholds,
                          int maxVolumes = 3);

/// "+12.4 GB/day", "−3 GB/day", "steady"; "—" without a rate (too little history).
QString growthText(const std::optional<Forecast> &forecast);
/// "full in 3 days", "full now", "not filling", "no forecast (noisy)", "—" (too little
/// history yet).
QString timeToFullText(const std::optional<Forecast> &forecast);

/// The Dashboard's host cards: one card per host with used %, free space, growth per
/// day and time to full of its fullest volumes, in as many columns as the width holds.
class HostCardsView : public QScrollArea
{
    Q_OBJECT

public:
    explicit HostCardsView(QWidget *parent = nullptr);

    void setLiveStates(const QHash<QString, LiveHostState> &states);
    void setForecasts(const FleetForecasts &forecasts);
    void setThresholds(const UsageThresholds &thresholds);

    const QList<HostCard> &cards() const { return m_cards; }

Q_SIGNALS:
    /// The user double-clicked the card of `host`.
    void hostActivated(const QString &host);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void relayout();
    int columnsFor(int width) const;

    QHash<QString, LiveHostState> m_states;
    FleetForecasts m_forecasts;
    UsageThresholds m_thresholds;
    QList<HostCard> m_cards;
    QList<QWidget *> m_cardWidgets;
    QGridLayout *m_grid;
    int m_columns = 0;
};

} // namespace qm
