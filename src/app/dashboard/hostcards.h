#pragma once

#include "core/fleet/liverules.h"
#include "core/history/forecast.h"
#include "core/hosts/probehost.h"
#include "core/volumes/usagelevel.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QScrollArea>
#include <QSet>
#include <QString>

#include <optional>

class QGridLayout;
class QLabel;

namespace qm {

/// One volume on a host card: how full it is and where it is heading.
struct VolumeCardLine
{
    QString mountPoint;
    double usedPercent = 0;
    qint64 usedBytes = 0;
    qint64 totalBytes = 0;
    qint64 freeBytes = 0;
    UsageLevel level = UsageLevel::Normal;
    /// The history's forecast of the volume; nullopt while none was computed.
    std::optional<Forecast> forecast;
};

/// The card of one host: its state, and its writable volumes, soonest to fill first.
struct HostCard
{
    enum class State {
        Answering,    ///< its last probe answered
        Partly,       ///< partly reachable: SSH failed, node_exporter gave the volumes
        NotAnswering, ///< its last probe got no answer
        NotProbed,    ///< no probe yet, and none in the history
    };
    QString host;
    bool local = false; ///< this machine
    State state = State::NotProbed;
    bool reachable = false; ///< State::Answering
    /// The state comes from the history's last probe, not from a probe of this run.
    bool remembered = false;
    /// Its volumes come from imported samples (`qmctl history import`): not probed.
    bool imported = false;
    QDateTime probedAt; ///< when the state was measured; invalid when never
    QString problem;    ///< why it does not (fully) answer, or the probe's error
    QList<VolumeCardLine> volumes;
    int moreVolumes = 0;        ///< writable volumes left off the card
    int daemons = 0;            ///< the daemons its probe looked for
    QStringList daemonsDown;    ///< those seen not running, by name (else pattern)
    QStringList daemonsUnknown; ///< those that could not be looked at

    /// The soonest time to full of its volumes (those on the card); nullopt when none
    /// is filling.
    std::optional<qint64> secondsToFull() const;
    /// The used percentage of its fullest volume; -1 with none.
    double fullestPercent() const;
};

/// How the cards are ordered.
enum class HostCardOrder {
    TimeToFull, ///< the soonest to fill first; then the fullest; then by name
    Fullest,    ///< the fullest volume first; then by name
    Name,       ///< by host name
};

/// The cards of `hosts` (the names listed, this machine named by `localHost`), in the
/// order of `order`: for each its state from `states` (those in `remembered` come from
/// the history) and, when its volumes are known, its writable volumes (neither system
/// nor read-only, with figures), soonest to fill first then fullest, at most
/// `maxVolumes` of them. States of hosts not listed are left out (a host the config
/// lost); with no list at all, every host with a state gets a card.
QList<HostCard> hostCards(const QStringList &hosts, const QString &localHost,
                          const QHash<QString, LiveHostState> &states,
                          const QSet<QString> &remembered, const FleetForecasts &forecasts,
                          const UsageThresholds &thresholds,
                          HostCardOrder order = HostCardOrder::TimeToFull, int maxVolumes = 3);
/// Orders `cards` as hostCards() does.
void sortHostCards(QList<HostCard> *cards, HostCardOrder order);

/// "+12.4 GB/day", "−3 GB/day", "steady"; "—" without a rate (too little history).
QString growthText(const std::optional<Forecast> &forecast);
/// "full in 3 days", "full now", "not filling", "no forecast (noisy)", "—" (too little
/// history yet).
QString timeToFullText(const std::optional<Forecast> &forecast);
/// The same for a figure labelled "Full in": "3 days", "now", "not filling", ...
QString fullInText(const std::optional<Forecast> &forecast);

/// The Dashboard's host cards: one card per host, as many columns as the width holds
/// without cutting any text short. A card has the host's state (with the age of its
/// last probe, and whether it is live or remembered from the history) and, for each of
/// its fullest volumes, a usage bar and the labelled figures Used, Free, Growth and
/// Full in.
class HostCardsView : public QScrollArea
{
    Q_OBJECT

public:
    explicit HostCardsView(QWidget *parent = nullptr);

    /// The hosts listed (the Hosts page's): each gets a card, probed or not.
    void setHosts(const QList<ProbeHost> &hosts);
    /// The state of each host; `remembered` names those that come from the history.
    void setLiveStates(const QHash<QString, LiveHostState> &states,
                       const QSet<QString> &remembered = {});
    void setForecasts(const FleetForecasts &forecasts);
    void setThresholds(const UsageThresholds &thresholds);
    void setOrder(HostCardOrder order);
    HostCardOrder order() const { return m_order; }

    const QList<HostCard> &cards() const { return m_cards; }
    /// The card widgets in display order (QFrame "hostCard", property "host").
    const QList<QWidget *> &cardWidgets() const { return m_cardWidgets; }

Q_SIGNALS:
    /// The user double-clicked the card of `host`.
    void hostActivated(const QString &host);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    QWidget *cardWidget(const HostCard &card) const;
    void relayout();
    int columnsFor(int width) const;

    QStringList m_hostNames;
    QString m_localHost;
    QHash<QString, LiveHostState> m_states;
    QSet<QString> m_remembered;
    FleetForecasts m_forecasts;
    UsageThresholds m_thresholds;
    HostCardOrder m_order = HostCardOrder::TimeToFull;
    QList<HostCard> m_cards;
    QList<QWidget *> m_cardWidgets;
    QLabel *m_empty;
    QGridLayout *m_grid;
    int m_columns = 0;
};

} // namespace qm
