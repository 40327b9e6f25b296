#include "configchanges.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <iterator>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::ConfigHistory)
};

QString number(const std::optional<ConfigNumber> &value)
{
    return value ? QString::number(value->value) : Text::tr("unset");
}

QString quoted(const QString &text)
{
    return text.isEmpty() ? Text::tr("unset") : text;
}

QStringList names(const QList<HostReference> &references)
{
    QStringList result;
    for (const HostReference &reference : references)
        result << reference.name;
    return result;
}

/// Names in `after` and not in `before`, in `after`'s order (each once).
QStringList missingFrom(const QStringList &before, const QStringList &after)
{
    QStringList result;
    const QSet<QString> known(before.cbegin(), before.cend());
    for (const QString &name : after) {
        if (!known.contains(name) && !result.contains(name))
            result << name;
    }
    return result;
}

void listChanges(const QString &list, const QStringList &before, const QStringList &after,
                 QStringList *out)
{
    const QStringList added = missingFrom(before, after);
    const QStringList removed = missingFrom(after, before);
    if (!added.isEmpty())
        *out << Text::tr("%1 added to %2").arg(added.join(QStringLiteral(", ")), list);
    if (!removed.isEmpty())
        *out << Text::tr("%1 removed from %2").arg(removed.join(QStringLiteral(", ")), list);
}

void numberChange(const QString &key, const std::optional<ConfigNumber> &before,
                  const std::optional<ConfigNumber> &after, QStringList *out)
{
    if (before.has_value() == after.has_value() && (!before || before->value == after->value))
        return;
    *out << Text::tr("%1 %2 → %3").arg(key, number(before), number(after));
}

QString flags(const bool values[3])
{
    QStringList kinds;
    for (DataKind kind : kDataKinds) {
        if (values[int(kind)])
            kinds << dataKindKey(kind);
    }
    return kinds.isEmpty() ? Text::tr("nothing") : kinds.join(QStringLiteral(", "));
}

void hostChanges(const FleetConfig &before, const FleetConfig &after, QStringList *out)
{
    QStringList beforeNames;
    for (const FleetHost &host : before.hosts)
        beforeNames << host.name;
    QStringList afterNames;
    for (const FleetHost &host : after.hosts)
        afterNames << host.name;
    const QStringList added = missingFrom(beforeNames, afterNames);
    const QStringList removed = missingFrom(afterNames, beforeNames);
    if (!added.isEmpty())
        *out << (added.size() == 1 ? Text::tr("Host %1 added") : Text::tr("Hosts %1 added"))
                    .arg(added.join(QStringLiteral(", ")));
    if (!removed.isEmpty())
        *out << (removed.size() == 1 ? Text::tr("Host %1 removed") : Text::tr("Hosts %1 removed"))
                    .arg(removed.join(QStringLiteral(", ")));
    for (const FleetHost &now : after.hosts) {
        const FleetHost *was = before.host(now.name);
        if (!was)
            continue;
        if (was->status != now.status)
            *out << Text::tr("%1: status %2 → %3").arg(now.name, was->status, now.status);
        if (was->role != now.role)
            *out << Text::tr("%1: role %2 → %3").arg(now.name, quoted(was->role), quoted(now.role));
        if (was->sshHost != now.sshHost || was->sshPort != now.sshPort ||
            was->sshUser != now.sshUser)
            *out << Text::tr("%1: SSH %2@%3:%4 → %5@%6:%7")
                        .arg(now.name, was->sshUser, was->sshHost, QString::number(was->sshPort),
                             now.sshUser, now.sshHost, QString::number(now.sshPort));
    }
}

QStringList excludedNames(const FleetConfig &config)
{
    QStringList result;
    for (const Exclusion &exclusion : config.excludedHosts)
        result << exclusion.host.name;
    return result;
}

void storageChanges(const FleetConfig &before, const FleetConfig &after, QStringList *out)
{
    QStringList beforeHosts;
    for (const ExternalStorage &storage : before.externalStorage)
        beforeHosts << storage.host.name;
    QStringList afterHosts;
    for (const ExternalStorage &storage : after.externalStorage)
        afterHosts << storage.host.name;
    listChanges(QStringLiteral("allowed_external_storage"), beforeHosts, afterHosts, out);
    for (const ExternalStorage &now : after.externalStorage) {
        const auto was = std::find_if(
            before.externalStorage.cbegin(), before.externalStorage.cend(),
            [&now](const ExternalStorage &storage) { return storage.host.name == now.host.name; });
        if (was == before.externalStorage.cend())
            continue;
        if (was->path != now.path)
            *out << Text::tr("External storage of %1: path %2 → %3")
                        .arg(now.host.name, quoted(was->path), quoted(now.path));
        if (!std::equal(std::begin(was->receives), std::end(was->receives),
                        std::begin(now.receives)))
            *out << Text::tr("External storage of %1 receives %2 (was %3)")
                        .arg(now.host.name, flags(now.receives), flags(was->receives));
    }
}

void exclusionChanges(const FleetConfig &before, const FleetConfig &after, QStringList *out)
{
    listChanges(QStringLiteral("sync_routing.excluded_hosts"), excludedNames(before),
                excludedNames(after), out);
    for (const Exclusion &now : after.excludedHosts) {
        for (const Exclusion &was : before.excludedHosts) {
            if (was.host.name != now.host.name)
                continue;
            if (!std::equal(std::begin(was.excludes), std::end(was.excludes),
                            std::begin(now.excludes)))
                *out << Text::tr("%1 excluded from %2 (was %3)")
                            .arg(now.host.name, flags(now.excludes), flags(was.excludes));
            break;
        }
    }
}

void overrideChanges(const FleetConfig &before, const FleetConfig &after, QStringList *out)
{
    const auto text = [](const BandwidthOverride &entry) {
        return entry.megabytesPerSecond ? QString::number(*entry.megabytesPerSecond)
                                        : Text::tr("not a number");
    };
    for (const BandwidthOverride &now : after.bandwidthOverrides) {
        const auto was = std::find_if(
            before.bandwidthOverrides.cbegin(), before.bandwidthOverrides.cend(),
            [&now](const BandwidthOverride &entry) { return entry.pattern == now.pattern; });
        if (was == before.bandwidthOverrides.cend())
            *out << Text::tr("Bandwidth override %1: %2 MB/s added").arg(now.pattern, text(now));
        else if (text(*was) != text(now))
            *out << Text::tr("Bandwidth override %1: %2 → %3 MB/s")
                        .arg(now.pattern, text(*was), text(now));
    }
    for (const BandwidthOverride &was : before.bandwidthOverrides) {
        const bool kept = std::any_of(
            after.bandwidthOverrides.cbegin(), after.bandwidthOverrides.cend(),
            [&was](const BandwidthOverride &entry) { return entry.pattern == was.pattern; });
        if (!kept)
            *out << Text::tr("Bandwidth override %1 removed").arg(was.pattern);
    }
}

} // namespace

QStringList describeConfigChanges(const FleetConfig &before, const FleetConfig &after)
{
    QStringList out;
    hostChanges(before, after, &out);
    numberChange(QStringLiteral("max_disk_usage_percent"), before.maxDiskUsagePercent,
                 after.maxDiskUsagePercent, &out);
    numberChange(QStringLiteral("target_disk_usage_percent"), before.targetDiskUsagePercent,
                 after.targetDiskUsagePercent, &out);
    numberChange(QStringLiteral("min_free_disk_percent"), before.minFreeDiskPercent,
                 after.minFreeDiskPercent, &out);
    numberChange(QStringLiteral("replication_target"), before.replicationTarget,
                 after.replicationTarget, &out);
    numberChange(QStringLiteral("max_concurrent_syncs"), before.maxConcurrentSyncs,
                 after.maxConcurrentSyncs, &out);
    numberChange(QStringLiteral("bandwidth_limit_mbps"), before.bandwidthLimitMbps,
                 after.bandwidthLimitMbps, &out);
    exclusionChanges(before, after, &out);
    listChanges(QStringLiteral("auto_sync.exclude_hosts"), names(before.autoSyncExcludeHosts),
                names(after.autoSyncExcludeHosts), &out);
    storageChanges(before, after, &out);
    listChanges(QStringLiteral("priority_hosts"), names(before.priorityHosts),
                names(after.priorityHosts), &out);
    listChanges(QStringLiteral("p2p_voters"), names(before.p2pVoters), names(after.p2pVoters),
                &out);
    overrideChanges(before, after, &out);
    const QString coordinatorBefore =
        before.eloCoordinator ? before.eloCoordinator->name : QString();
    const QString coordinatorAfter = after.eloCoordinator ? after.eloCoordinator->name : QString();
    if (coordinatorBefore != coordinatorAfter)
        out << Text::tr("elo_sync.coordinator %1 → %2")
                   .arg(quoted(coordinatorBefore), quoted(coordinatorAfter));
    return out;
}

} // namespace qm
