#include "replicationroute.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace qm {

namespace {

/// Whether syncs may write to `host`: the routing model lets it receive some kind
/// (kindrouting.h) — ready, not excluded from every kind unless its external storage
/// takes one, not in auto_sync.exclude_hosts. Whether it names a folder does not
/// matter here: its disk fills all the same, and the threshold also starts cleanup.
bool receives(const FleetConfig &config, const FleetHost &host)
{
    return std::any_of(std::begin(kDataKinds), std::end(kDataKinds), [&](DataKind kind) {
        SkippedReceiver skipped;
        return routeHost(config, host, kind, &skipped) || skipped.reason == SkipReason::NoPath;
    });
}

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

QList<const Volume *> receivingVolumes(const FleetConfig &config, const FleetHost &host,
                                       const HostProbe &probe)
{
    QList<const Volume *> volumes;
    if (!host.isReady() || !receives(config, host))
        return volumes;
    for (const ExternalStorageState &storage : probe.externalStorage) {
        if (storage.state == ExternalStorageState::State::Mounted) {
            if (const Volume *v = probe.volumeFor(storage.path))
                volumes.append(v);
        }
    }
    if (volumes.isEmpty()) {
        const Volume *v = nullptr;
        for (const DataRootScan &root : probe.roots) {
            if (root.status == DataRootScan::Status::Ok && root.root.startsWith(QLatin1Char('/')))
                v = v ? v : probe.volumeFor(root.root);
        }
        if (!v)
            v = probe.mainVolume();
        if (v)
            volumes.append(v);
    }
    return volumes;
}

void addBackupLocations(QList<ReplicationRoute> *routes, const QList<BackupLink> &links)
{
    for (ReplicationRoute &route : *routes) {
        for (const BackupLink &link : links) {
            if (link.host == route.producer && link.kind == route.kind &&
                !route.backups.contains(link.location))
                route.backups.append(link.location);
        }
    }
}

} // namespace qm
