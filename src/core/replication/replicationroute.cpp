#include "replicationroute.h"

#include "config/configrules.h"

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

/// The first external storage entry of `host` that receives `kind`, or nullptr.
const ExternalStorage *storageFor(const FleetConfig &config, const QString &host, DataKind kind)
{
    for (const ExternalStorage &storage : config.externalStorage) {
        if (storage.host.name == host && storage.receivesKind(kind) && !storage.path.isEmpty())
            return &storage;
    }
    return nullptr;
}

QString storageFolder(const ExternalStorage &storage, DataKind kind)
{
    const QString subdir = storage.subdirs[int(kind)];
    if (subdir.isEmpty())
        return QDir::cleanPath(storage.path);
    return QDir::cleanPath(storage.path + QLatin1Char('/') + subdir);
}

bool inList(const QList<HostReference> &list, const QString &name)
{
    return std::any_of(list.cbegin(), list.cend(),
                       [&](const HostReference &reference) { return reference.name == name; });
}

/// Decides one host: a receiver (returned) or skipped (`skipped` set).
std::optional<ReplicationReceiver> decide(const FleetConfig &config, const FleetHost &host,
                                          DataKind kind,
                                          const QHash<QString, LiveHostState> &states,
                                          SkippedReceiver *skipped)
{
    const QString kindName = dataKindKey(kind);
    skipped->host = host.name;
    if (!host.isReady()) {
        skipped->reason = SkipReason::NotReady;
        skipped->text = Text::tr("status is '%1', not 'ready'").arg(host.status);
        return std::nullopt;
    }
    const ExternalStorage *storage = storageFor(config, host.name, kind);
    if (!storage && !hostReceivesKind(config, host, kind)) {
        skipped->reason = SkipReason::Excluded;
        skipped->text = Text::tr("excluded from %1 in sync_routing.excluded_hosts").arg(kindName);
        return std::nullopt;
    }
    if (inList(config.autoSyncExcludeHosts, host.name)) {
        skipped->reason = SkipReason::AutoSyncExcluded;
        skipped->text = Text::tr("listed in auto_sync.exclude_hosts");
        return std::nullopt;
    }
    ReplicationReceiver receiver;
    receiver.host = host.name;
    receiver.externalStorage = storage != nullptr;
    receiver.path = storage ? storageFolder(*storage, kind) : kindStoragePath(host, kind);
    receiver.priority = inList(config.priorityHosts, host.name);
    if (receiver.path.isEmpty()) {
        skipped->reason = SkipReason::NoPath;
        skipped->text = Text::tr("no folder for %1: neither storage_paths nor external "
                                 "storage names one")
                            .arg(kindName);
        return std::nullopt;
    }

    QStringList notes;
    if (host.ephemeral.value_or(false))
        notes.append(Text::tr("ephemeral: its copy goes when it does"));
    const auto state = states.constFind(host.name);
    if (state == states.cend())
        notes.append(Text::tr("not probed yet: its disk use is not known"));
    else if (state->probe.status != HostStatus::Ok)
        notes.append(Text::tr("did not answer its last probe: %1").arg(state->probe.error));
    receiver.note = notes.join(QStringLiteral("; "));
    if (state == states.cend() || state->probe.status != HostStatus::Ok)
        return receiver;
    const HostProbe &probe = state->probe;
    if (storage) {
        for (const ExternalStorageState &mount : probe.externalStorage) {
            if (mount.path != storage->path)
                continue;
            if (mount.state == ExternalStorageState::State::NotMounted ||
                mount.state == ExternalStorageState::State::Missing) {
                skipped->reason = SkipReason::NotMounted;
                skipped->text = Text::tr("external storage %1: %2")
                                    .arg(storage->path, externalStorageStateText(mount));
                return std::nullopt;
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
                return std::nullopt;
            }
        }
    }
    return receiver;
}

} // namespace

QString skipReasonKey(SkipReason reason)
{
    switch (reason) {
    case SkipReason::Producer:
        return QStringLiteral("producer");
    case SkipReason::NotReady:
        return QStringLiteral("not_ready");
    case SkipReason::Excluded:
        return QStringLiteral("excluded");
    case SkipReason::AutoSyncExcluded:
        return QStringLiteral("auto_sync_excluded");
    case SkipReason::NoPath:
        return QStringLiteral("no_path");
    case SkipReason::NotMounted:
        return QStringLiteral("not_mounted");
    case SkipReason::OverThreshold:
        return QStringLiteral("over_threshold");
    }
    return QString();
}

QString skipReasonTitle(SkipReason reason)
{
    switch (reason) {
    case SkipReason::Producer:
        return Text::tr("producer");
    case SkipReason::NotReady:
        return Text::tr("not ready");
    case SkipReason::Excluded:
        return Text::tr("excluded");
    case SkipReason::AutoSyncExcluded:
        return Text::tr("auto_sync excluded");
    case SkipReason::NoPath:
        return Text::tr("no folder");
    case SkipReason::NotMounted:
        return Text::tr("not mounted");
    case SkipReason::OverThreshold:
        return Text::tr("over threshold");
    }
    return QString();
}

QString kindStoragePath(const FleetHost &host, DataKind kind)
{
    QStringList keys;
    switch (kind) {
    case DataKind::Games:
        keys = {QStringLiteral("games")};
        break;
    case DataKind::Npz:
        keys = {QStringLiteral("training_data"), QStringLiteral("npz")};
        break;
    case DataKind::Models:
        keys = {QStringLiteral("models")};
        break;
    }
    for (const QString &key : std::as_const(keys)) {
        for (const auto &[category, path] : host.storagePaths) {
            if (category == key && !path.trimmed().isEmpty())
                return QDir::cleanPath(path.trimmed());
        }
    }
    return QString();
}

std::optional<int> replicationTarget(const FleetConfig &config)
{
    if (!config.replicationTarget)
        return std::nullopt;
    const double value = config.replicationTarget->value;
    if (!(value > 0)) // also NaN
        return 0;
    return int(std::min(std::ceil(value), 1e6));
}

ReplicationRoute replicationRoute(const FleetConfig &config, const FleetHost &producer,
                                  DataKind kind, const QHash<QString, LiveHostState> &states)
{
    ReplicationRoute route;
    route.producer = producer.name;
    route.kind = kind;
    route.sourcePath = kindStoragePath(producer, kind);
    QList<ReplicationReceiver> priority;
    QList<ReplicationReceiver> others;
    route.skipped.append({producer.name, SkipReason::Producer, Text::tr("the producer itself")});
    for (const FleetHost &host : config.hosts) {
        if (host.name == producer.name)
            continue;
        SkippedReceiver skipped;
        if (const std::optional<ReplicationReceiver> receiver =
                decide(config, host, kind, states, &skipped))
            (receiver->priority ? priority : others).append(*receiver);
        else
            route.skipped.append(skipped);
    }
    // priority_hosts in the order they are listed.
    for (const HostReference &reference : config.priorityHosts) {
        for (const ReplicationReceiver &receiver : std::as_const(priority)) {
            if (receiver.host == reference.name &&
                std::none_of(route.receivers.cbegin(), route.receivers.cend(),
                             [&](const ReplicationReceiver &r) { return r.host == receiver.host; }))
                route.receivers.append(receiver);
        }
    }
    route.receivers.append(others);
    return route;
}

QList<ReplicationRoute> replicationRoutes(const FleetConfig &config,
                                          const QHash<QString, LiveHostState> &states)
{
    QList<ReplicationRoute> routes;
    for (const FleetHost &host : config.hosts) {
        if (!host.isReady())
            continue;
        for (const DataKind kind : kDataKinds) {
            if (!kindStoragePath(host, kind).isEmpty())
                routes.append(replicationRoute(config, host, kind, states));
        }
    }
    return routes;
}

} // namespace qm
