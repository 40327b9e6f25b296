#include "replicationroute.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <cmath>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::ReplicationRoute)
};

QString percent(double value)
{
    return QLocale().toString(value, 'f', value == std::round(value) ? 0 : 1) +
           QStringLiteral(" %");
}

/// What the latest probe of `host` says against a receiver the config allows: a note
/// (no probe, no answer, ephemeral), or a reason to skip it (`skipped` set, false).
bool checkLive(const FleetConfig &config, const FleetHost &host, DataKind kind,
               const QHash<QString, LiveHostState> &states, ReplicationReceiver *receiver,
               SkippedReceiver *skipped)
{
    QStringList notes;
    if (host.ephemeral.value_or(false))
        notes.append(Text::tr("ephemeral: its copy goes when it does"));
    const auto state = states.constFind(host.name);
    if (state == states.cend())
        notes.append(Text::tr("not probed yet: its disk use is not known"));
    else if (state->probe.status != HostStatus::Ok)
        notes.append(Text::tr("did not answer its last probe: %1").arg(state->probe.error));
    receiver->note = notes.join(QStringLiteral("; "));
    if (state == states.cend() || state->probe.status != HostStatus::Ok)
        return true;
    skipped->host = host.name;
    const HostProbe &probe = state->probe;
    if (receiver->externalStorage) {
        const ExternalStorage *storage = receivingStorage(config, host.name, kind);
        for (const ExternalStorageState &mount : probe.externalStorage) {
            if (!storage || mount.path != storage->path)
                continue;
            if (mount.state == ExternalStorageState::State::NotMounted ||
                mount.state == ExternalStorageState::State::Missing) {
                skipped->reason = SkipReason::NotMounted;
                skipped->text = Text::tr("external storage %1: %2")
                                    .arg(storage->path, externalStorageStateText(mount));
                return false;
            }
        }
    }
    if (config.maxDiskUsagePercent) {
        const double max = config.maxDiskUsagePercent->value;
        for (const Volume *volume : receivingVolumes(config, host, probe)) {
            if (volume->hasFigures() && volume->usedPercent() >= max) {
                skipped->reason = SkipReason::OverThreshold;
                skipped->text =
                    Text::tr("%1 is at %2, at or above max_disk_usage_percent %3")
                        .arg(volume->mountPoint, percent(volume->usedPercent()), percent(max));
                return false;
            }
        }
    }
    return true;
}

ReplicationRoute routeOf(const FleetConfig &config, const FleetHost &producer,
                         const KindRouting &routing, const QHash<QString, LiveHostState> &states)
{
    const DataKind kind = routing.kind;
    ReplicationRoute route;
    route.producer = producer.name;
    route.kind = kind;
    route.sourcePath = kindStoragePath(producer, kind);
    route.skipped.append({producer.name, SkipReason::Producer, Text::tr("the producer itself")});
    // Skipped hosts stay in config order, whether the config or a probe skips them.
    QHash<QString, SkippedReceiver> skipped;
    for (const SkippedReceiver &skip : routing.skipped)
        skipped.insert(skip.host, skip);
    for (ReplicationReceiver receiver : routing.receivers) {
        if (receiver.host == producer.name)
            continue;
        const FleetHost *host = config.host(receiver.host);
        SkippedReceiver skip;
        if (host && checkLive(config, *host, kind, states, &receiver, &skip))
            route.receivers.append(receiver);
        else if (host)
            skipped.insert(skip.host, skip);
    }
    for (const FleetHost &host : config.hosts) {
        const auto it = skipped.constFind(host.name);
        if (host.name != producer.name && it != skipped.cend())
            route.skipped.append(*it);
    }
    return route;
}

} // namespace

ReplicationRoute replicationRoute(const FleetConfig &config, const FleetHost &producer,
                                  DataKind kind, const QHash<QString, LiveHostState> &states)
{
    return routeOf(config, producer, kindRouting(config, kind), states);
}

QList<ReplicationRoute> replicationRoutes(const FleetConfig &config,
                                          const QHash<QString, LiveHostState> &states)
{
    const KindRouting routings[] = {kindRouting(config, DataKind::Games),
                                    kindRouting(config, DataKind::Npz),
                                    kindRouting(config, DataKind::Models)};
    QList<ReplicationRoute> routes;
    for (const FleetHost &host : config.hosts) {
        for (const KindRouting &routing : routings) {
            if (host.isReady() && !kindStoragePath(host, routing.kind).isEmpty())
                routes.append(routeOf(config, host, routing, states));
        }
    }
    return routes;
}

} // namespace qm
