#include "fleetsummary.h"

#include <QMap>
#include <QPair>

namespace qm {

FleetSummary summarizeFleet(const QStringList &hosts, const QHash<QString, LiveHostState> &states,
                            const QSet<QString> &remembered, const FleetForecasts &forecasts,
                            const UsageThresholds &thresholds,
                            const QList<ReplicationMeasurement> &measurements)
{
    FleetSummary summary;
    QSet<QString> listed;
    for (const QString &name : hosts) {
        if (listed.contains(name))
            continue;
        listed.insert(name);
        ++summary.hosts;
        const auto state = states.constFind(name);
        if (state == states.cend()) {
            ++summary.notProbed;
            continue;
        }
        const HostProbe &probe = state->probe;
        if (probe.imported()) {
            ++summary.notProbed; // its volumes count below; the host was never reached
        } else {
            if (remembered.contains(name))
                ++summary.remembered;
            if (probe.status == HostStatus::Ok)
                ++summary.answering;
            else if (probe.partlyReachable())
                ++summary.partly;
            else
                ++summary.notAnswering;
        }
        if (!probe.volumesKnown())
            continue;
        QSet<QString> seen;
        for (const Volume &volume : probe.volumes) {
            if (volume.system || volume.readOnly || !volume.hasFigures() ||
                seen.contains(volume.mountPoint))
                continue;
            seen.insert(volume.mountPoint);
            const UsageLevel level = usageLevel(volume, thresholds);
            if (level == UsageLevel::Warning || level == UsageLevel::Critical)
                ++summary.volumesOverThreshold;
            if (level == UsageLevel::Critical)
                ++summary.volumesCritical;
        }
    }

    for (auto host = forecasts.cbegin(); host != forecasts.cend(); ++host) {
        if (!listed.contains(host.key()))
            continue;
        for (auto volume = host->cbegin(); volume != host->cend(); ++volume) {
            ++summary.forecasts;
            const std::optional<qint64> &seconds = volume->secondsToFull;
            if (!seconds)
                continue;
            const FleetSummary::Soonest candidate{host.key(), volume.key(), *seconds};
            const auto &best = summary.soonestFull;
            // Ties go to the first by name, so the figure does not flicker.
            if (!best || *seconds < best->secondsToFull ||
                (*seconds == best->secondsToFull &&
                 qMakePair(candidate.host, candidate.mountPoint) <
                     qMakePair(best->host, best->mountPoint)))
                summary.soonestFull = candidate;
        }
    }

    // The latest measurement of each host and kind.
    QMap<QPair<QString, QString>, const ReplicationMeasurement *> latest;
    for (const ReplicationMeasurement &m : measurements) {
        if (!m.measuredAt.isValid())
            continue;
        const auto key = qMakePair(m.host, m.kind);
        const ReplicationMeasurement *known = latest.value(key);
        if (!known || known->measuredAt < m.measuredAt)
            latest.insert(key, &m);
    }
    summary.replicationMeasured = !latest.isEmpty();
    QSet<QString> atRiskHosts;
    for (const ReplicationMeasurement *m : std::as_const(latest)) {
        summary.atRiskFiles += m->files;
        summary.atRiskBytes += m->bytes;
        if (m->files > 0)
            atRiskHosts.insert(m->host);
    }
    summary.atRiskHosts = int(atRiskHosts.size());
    return summary;
}

} // namespace qm
