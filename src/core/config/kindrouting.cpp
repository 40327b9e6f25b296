#include "kindrouting.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <cmath>

namespace qm {

namespace {

class Text
{
    // The context the Replication page's strings had before the model moved here.
    Q_DECLARE_TR_FUNCTIONS(qm::ReplicationRoute)
};

QString storageFolder(const ExternalStorage &storage, DataKind kind)
{
    const QString path = storage.path.trimmed();
    const QString subdir = storage.subdirs[int(kind)].trimmed();
    if (subdir.isEmpty())
        return QDir::cleanPath(path);
    return QDir::cleanPath(path + QLatin1Char('/') + subdir);
}

bool inList(const QList<HostReference> &list, const QString &name)
{
    return std::any_of(list.cbegin(), list.cend(),
                       [&](const HostReference &reference) { return reference.name == name; });
}

bool excludedFrom(const FleetConfig &config, const QString &host, DataKind kind)
{
    return std::any_of(config.excludedHosts.cbegin(), config.excludedHosts.cend(),
                       [&](const Exclusion &exclusion) {
                           return exclusion.host.name == host && exclusion.excludesKind(kind);
                       });
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

const ExternalStorage *receivingStorage(const FleetConfig &config, const QString &host,
                                        DataKind kind)
{
    for (const ExternalStorage &storage : config.externalStorage) {
        if (storage.host.name == host && storage.receivesKind(kind) &&
            !storage.path.trimmed().isEmpty())
            return &storage;
    }
    return nullptr;
}

QStringList KindRouting::receiverNames() const
{
    QStringList names;
    names.reserve(receivers.size());
    for (const ReplicationReceiver &receiver : receivers)
        names.append(receiver.host);
    return names;
}

QString kindStoragePath(const FleetHost &host, DataKind kind)
{
    QStringList keys;
    QString layout; // the fleet's own folder for the kind under ringrift_path
    switch (kind) {
    case DataKind::Games:
        keys = {QStringLiteral("games")};
        layout = QStringLiteral("data/games");
        break;
    case DataKind::Npz:
        keys = {QStringLiteral("training_data"), QStringLiteral("npz")};
        layout = QStringLiteral("data/training");
        break;
    case DataKind::Models:
        keys = {QStringLiteral("models")};
        layout = QStringLiteral("models");
        break;
    }
    for (const QString &key : std::as_const(keys)) {
        for (const auto &[category, path] : host.storagePaths) {
            if (category == key && !path.trimmed().isEmpty())
                return QDir::cleanPath(path.trimmed());
        }
    }
    const QString root = host.ringriftPath.trimmed();
    if (root.isEmpty())
        return QString();
    return QDir::cleanPath(root + QLatin1Char('/') + layout);
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

std::optional<ReplicationReceiver> routeHost(const FleetConfig &config, const FleetHost &host,
                                             DataKind kind, SkippedReceiver *skipped)
{
    const QString kindName = dataKindKey(kind);
    skipped->host = host.name;
    if (!host.isReady()) {
        skipped->reason = SkipReason::NotReady;
        skipped->text = Text::tr("status is '%1', not 'ready'").arg(host.status);
        return std::nullopt;
    }
    const ExternalStorage *storage = receivingStorage(config, host.name, kind);
    if (!storage && excludedFrom(config, host.name, kind)) {
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
        skipped->text = Text::tr("no folder for %1: neither storage_paths, ringrift_path nor "
                                 "external storage names one")
                            .arg(kindName);
        return std::nullopt;
    }
    return receiver;
}

KindRouting kindRouting(const FleetConfig &config, DataKind kind)
{
    KindRouting routing;
    routing.kind = kind;
    QList<ReplicationReceiver> priority;
    QList<ReplicationReceiver> others;
    for (const FleetHost &host : config.hosts) {
        SkippedReceiver skipped;
        if (std::optional<ReplicationReceiver> receiver = routeHost(config, host, kind, &skipped))
            (receiver->priority ? priority : others).append(std::move(*receiver));
        else
            routing.skipped.append(skipped);
    }
    // priority_hosts in the order they are listed (a host listed twice counts once).
    for (const HostReference &reference : config.priorityHosts) {
        for (const ReplicationReceiver &receiver : std::as_const(priority)) {
            if (receiver.host == reference.name &&
                std::none_of(routing.receivers.cbegin(), routing.receivers.cend(),
                             [&](const ReplicationReceiver &r) { return r.host == receiver.host; }))
                routing.receivers.append(receiver);
        }
    }
    routing.receivers.append(others);
    return routing;
}

QList<const FleetHost *> kindProducers(const FleetConfig &config, DataKind kind)
{
    QList<const FleetHost *> producers;
    for (const FleetHost &host : config.hosts) {
        if (host.isReady() && !kindStoragePath(host, kind).isEmpty())
            producers.append(&host);
    }
    return producers;
}

} // namespace qm
