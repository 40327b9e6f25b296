#include "routemeasurement.h"

#include "core/remote/processrunner.h"
#include "core/storage/locationscanstore.h"
#include "core/storage/locationusage.h"
#include "core/storage/objectlisting.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <map>
#include <numeric>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::RouteMeasurement)
};

/// One dry run, read.
struct DryRun
{
    bool ok = false;
    bool cancelled = false;
    QString error;
};

class Measurer
{
public:
    Measurer(const ReplicationOptions &options, RouteMeasurement *result)
        : m_options(options)
        , m_result(result)
    {}

    bool cancelled() const { return m_options.cancel && m_options.cancel->load(); }

    /// The ssh checks of `host` from this machine; empty when ssh may run.
    QString reach(const QString &host) const
    {
        const std::optional<HostAccess> reached = m_options.access.host(host);
        if (!reached)
            return Text::tr("“%1” is not a host of the config").arg(host);
        const SshTransport transport = m_options.access.transport(*reached);
        const RemoteResult checked = transport.check();
        if (checked.status == HostStatus::Ok)
            return QString();
        return Text::tr("%1: %2").arg(hostStatusText(checked.status), checked.error);
    }

    /// The dry run of `request`, run on this machine (`utc`: with TZ=UTC); each listed
    /// file goes to `onItem` as it is read (of a failed run too: only use them when ok).
    DryRun run(SyncRequest request, bool utc, const std::function<void(ListedItem &&item)> &onItem)
    {
        DryRun dry;
        request.extraRsyncOptions = replicationListingOptions();
        std::map<QString, HostAccess> hosts;
        for (const SyncEndpoint *end : {&request.source, &request.destination}) {
            if (end->kind != SyncEndpoint::Kind::Host)
                continue;
            if (const std::optional<HostAccess> host = m_options.access.host(end->host))
                hosts.emplace(end->host, *host);
        }
        const FleetAccess &access = m_options.access;
        const std::optional<SyncCommand> command = buildSyncCommand(
            request, true,
            [&hosts](const QString &name) -> const HostAccess * {
                const auto found = hosts.find(name);
                return found == hosts.end() ? nullptr : &found->second;
            },
            access.ssh, access.programs.rsync, access.programs.ssh, access.programs.rclone,
            &dry.error);
        if (!command)
            return dry;

        DryRunListing listing(onItem);
        ProcessRequest process;
        process.program = command->program;
        process.arguments = command->arguments;
        process.timeoutMs = m_options.dryRunTimeoutMs;
        process.cancel = m_options.cancel;
        process.onOutput = [&listing](QByteArrayView chunk) {
            listing.feed(chunk);
            return true;
        };
        if (utc) {
            QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
            variables.insert(QStringLiteral("TZ"), QStringLiteral("UTC0"));
            process.environment = variables;
        }
        m_result->commands.append(displayCommandLine(process.program, process.arguments));
        const ProcessResult result = runProcess(process);
        listing.finish();
        switch (result.outcome) {
        case ProcessResult::Outcome::Finished:
            break;
        case ProcessResult::Outcome::Cancelled:
            dry.cancelled = true;
            dry.error = Text::tr("cancelled");
            return dry;
        case ProcessResult::Outcome::TimedOut:
            dry.error = Text::tr("the dry run took longer than %n minute(s) and was stopped",
                                 nullptr, m_options.dryRunTimeoutMs / 60'000);
            return dry;
        case ProcessResult::Outcome::FailedToStart:
        case ProcessResult::Outcome::Crashed:
            dry.error = result.errorString;
            return dry;
        }
        const QString why = firstOutputLine(result.standardError);
        // 24: files vanished at the source while it ran; the rest is listed.
        if (result.exitCode != 0 && result.exitCode != 24) {
            dry.error = Text::tr("rsync failed (exit %1): %2")
                            .arg(result.exitCode)
                            .arg(why.isEmpty() ? listing.firstOtherLine() : why);
            return dry;
        }
        if (!listing.stats().statsFound) {
            const QString other = listing.firstOtherLine();
            dry.error = other.isEmpty()
                            ? Text::tr("the dry run printed no rsync statistics: its output "
                                       "was cut off or is not rsync's")
                            : Text::tr("the dry run printed something that is not rsync's "
                                       "output: “%1”")
                                  .arg(other);
            return dry;
        }
        dry.ok = true;
        return dry;
    }

private:
    const ReplicationOptions &m_options;
    RouteMeasurement *m_result;
};

std::optional<SyncEndpoint> hostEndpoint(const QString &host, const QString &path, QString *error)
{
    return SyncEndpoint::parse(host + QLatin1Char(':') + path, error);
}

} // namespace

std::optional<ReplicationMeasurement> RouteMeasurement::measurement() const
{
    if (!ok())
        return std::nullopt;
    ReplicationMeasurement m;
    m.host = route.producer;
    m.kind = dataKindKey(route.kind);
    m.measuredAt = measuredAt;
    m.files = tally.atRiskFiles;
    m.bytes = tally.atRiskBytes;
    m.oldestUnreplicated = tally.oldestAtRisk;
    return m;
}

RouteMeasurement measureRoute(const ReplicationRoute &route, int target,
                              const ReplicationOptions &options,
                              const std::function<void(const QString &)> &onStep)
{
    RouteMeasurement result;
    result.route = route;
    result.target = target;
    Measurer measurer(options, &result);
    const QString kind = dataKindKey(route.kind);
    const auto step = [&](const QString &text) {
        if (onStep)
            onStep(text);
    };

    QString error;
    const std::optional<SyncEndpoint> source =
        hostEndpoint(route.producer, route.sourcePath, &error);
    if (route.sourcePath.isEmpty() || !source) {
        result.error = route.sourcePath.isEmpty()
                           ? Text::tr("%1 names no folder for %2").arg(route.producer, kind)
                           : error;
        return result;
    }

    // A producer this machine cannot reach cannot be listed: say so before the
    // receivers try (each would wait for it in turn).
    result.error = measurer.reach(route.producer);
    if (!result.error.isEmpty()) {
        result.error =
            Text::tr("%1 cannot be reached from here: %2").arg(route.producer, result.error);
        return result;
    }

    QList<ReceiverHoldings> holdings;
    for (const ReplicationReceiver &receiver : route.receivers) {
        ReceiverResult part;
        part.receiver = receiver;
        ReceiverHoldings held;
        if (measurer.cancelled()) {
            result.error = Text::tr("cancelled");
            return result;
        }
        step(Text::tr("%1 %2: what %3 holds").arg(route.producer, kind, receiver.host));
        const std::optional<SyncEndpoint> destination =
            hostEndpoint(receiver.host, receiver.path, &part.error);
        if (destination)
            part.error = measurer.reach(receiver.host);
        if (part.error.isEmpty()) {
            SyncRequest request;
            request.source = *source;
            request.destination = *destination;
            const DryRun dry = measurer.run(request, false, [&held](ListedItem &&item) {
                if (item.held)
                    held.held.insert(std::move(item.path));
            });
            if (dry.cancelled) {
                result.error = dry.error;
                return result;
            }
            part.error = dry.error;
            part.measured = dry.ok;
            if (!dry.ok)
                held.held.clear();
        }
        held.measured = part.measured;
        holdings.append(held);
        result.receivers.append(part);
    }

    // The backups: what each location lists, by path and size, matched with the
    // producer's files once they are listed.
    QList<QHash<QString, qint64>> backupSizes;
    for (const QString &backup : route.backups) {
        if (measurer.cancelled()) {
            result.error = Text::tr("cancelled");
            return result;
        }
        step(Text::tr("%1 %2: what the backup %3 holds").arg(route.producer, kind, backup));
        BackupResult part;
        part.location = backup;
        QHash<QString, qint64> sizes;
        if (const std::optional<SyncEndpoint> location = SyncEndpoint::parse(backup, &part.error)) {
            ObjectListingOptions listing;
            listing.rcloneProgram = options.access.programs.rclone;
            listing.cancel = options.cancel;
            listing.fleet = &options.access;
            UsageCounter usage; // its folders are kept with the listing
            part.measured = listObjects(
                *location,
                [&sizes, &usage](QByteArrayView key, qint64 bytes, qint64 modifiedMs) {
                    sizes.insert(QString::fromUtf8(key), bytes);
                    usage.add(key, bytes, modifiedMs);
                },
                listing, nullptr, &part.error);
            if (measurer.cancelled()) {
                result.error = Text::tr("cancelled");
                return result;
            }
            if (part.measured) {
                part.objects = usage.total().objects;
                part.bytes = usage.total().bytes;
                part.newestMs = usage.total().newestMs;
                // Kept: the location's size trend and the age of its newest object.
                if (!options.historyPath.isEmpty()) {
                    const QString why = recordLocationScan(
                        options.historyPath,
                        LocationScan::listing(backup, QDateTime::currentMSecsSinceEpoch(), usage));
                    if (!why.isEmpty())
                        result.commands.append(
                            Text::tr("(the listing of %1 was not kept: %2)").arg(backup, why));
                }
            } else {
                sizes.clear();
            }
        }
        backupSizes.append(sizes);
        result.backups.append(part);
    }

    if (measurer.cancelled()) {
        result.error = Text::tr("cancelled");
        return result;
    }
    step(Text::tr("%1 %2: listing its files").arg(route.producer, kind));
    // An empty folder of ours as the destination: every file of the producer is listed
    // as new, with its size and time. A dry run writes nothing into it.
    const QTemporaryDir empty;
    if (!empty.isValid()) {
        result.error = Text::tr("cannot create a temporary folder: %1").arg(empty.errorString());
        return result;
    }
    SyncRequest inventory;
    inventory.source = *source;
    inventory.destination.kind = SyncEndpoint::Kind::Local;
    inventory.destination.path = empty.path();
    inventory.destination.text = empty.path();
    QList<ProducerFile> files;
    const DryRun listed = measurer.run(inventory, true, [&files](ListedItem &&item) {
        files.append({std::move(item.path), item.bytes, item.modified});
    });
    if (!listed.ok) {
        result.error = listed.cancelled ? listed.error
                                        : Text::tr("the files of %1 on %2 cannot be listed: %3")
                                              .arg(route.sourcePath, route.producer, listed.error);
        return result;
    }
    for (qsizetype b = 0; b < result.backups.size(); ++b) {
        ReceiverHoldings held;
        held.measured = result.backups[b].measured;
        const QHash<QString, qint64> &sizes = backupSizes[b];
        for (const ProducerFile &file : std::as_const(files)) {
            const auto found = sizes.constFind(file.path);
            if (found != sizes.cend() && *found == file.bytes)
                held.held.insert(file.path);
        }
        holdings.append(held);
    }
    result.tally = tallyReplication(files, holdings, target);
    for (qsizetype r = 0; r < result.receivers.size(); ++r) {
        result.receivers[r].missingFiles = result.tally.missingFiles.value(r);
        result.receivers[r].missingBytes = result.tally.missingBytes.value(r);
    }
    for (qsizetype b = 0; b < result.backups.size(); ++b) {
        const qsizetype at = result.receivers.size() + b;
        result.backups[b].missingFiles = result.tally.missingFiles.value(at);
        result.backups[b].missingBytes = result.tally.missingBytes.value(at);
    }
    result.measuredAt = QDateTime::currentDateTimeUtc();
    return result;
}

QList<RouteMeasurement>
measureRoutes(const QList<ReplicationRoute> &routes, int target, const ReplicationOptions &options,
              int parallel, const std::function<void(const QString &)> &onStep,
              const std::function<void(const RouteMeasurement &)> &onMeasured)
{
    QList<RouteMeasurement> results(routes.size());
    QList<qsizetype> indices(routes.size());
    std::iota(indices.begin(), indices.end(), 0);
    QMutex mutex; // the callbacks, one at a time
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, parallel));
    QtConcurrent::blockingMap(&pool, indices, [&](qsizetype i) {
        RouteMeasurement measurement =
            measureRoute(routes[i], target, options, [&](const QString &step) {
                const QMutexLocker lock(&mutex);
                if (onStep)
                    onStep(step);
            });
        const QMutexLocker lock(&mutex);
        results[i] = std::move(measurement);
        if (onMeasured)
            onMeasured(results[i]);
    });
    return results;
}

QList<SyncRequest> replicationSyncRequests(const RouteMeasurement &measurement)
{
    QList<SyncRequest> requests;
    if (!measurement.ok() || measurement.tally.atRiskFiles == 0)
        return requests;
    // A backup that holds every file is a copy already; the syncs go to receivers only.
    int holding = int(std::count_if(
        measurement.backups.cbegin(), measurement.backups.cend(),
        [](const BackupResult &backup) { return backup.measured && backup.missingFiles == 0; }));
    QList<const ReceiverResult *> lacking;
    for (const ReceiverResult &receiver : measurement.receivers) {
        if (receiver.measured && receiver.missingFiles == 0)
            ++holding;
        else if (receiver.measured)
            lacking.append(&receiver);
    }
    for (const ReceiverResult &receiver : measurement.receivers) {
        if (!receiver.measured)
            lacking.append(&receiver);
    }
    const ReplicationRoute &route = measurement.route;
    for (const ReceiverResult *receiver : std::as_const(lacking)) {
        if (holding >= measurement.target)
            break;
        QString error;
        const std::optional<SyncEndpoint> source =
            hostEndpoint(route.producer, route.sourcePath, &error);
        const std::optional<SyncEndpoint> destination =
            hostEndpoint(receiver->receiver.host, receiver->receiver.path, &error);
        if (!source || !destination)
            continue;
        SyncRequest request;
        request.source = *source;
        request.destination = *destination;
        requests.append(request);
        ++holding;
    }
    return requests;
}

QList<ReplicationMeasurement> replicationForAlerts(const QList<RouteMeasurement> &measurements)
{
    QSet<QString> incomplete;
    for (const RouteMeasurement &measurement : measurements) {
        if (!measurement.ok())
            incomplete.insert(measurement.route.producer);
    }
    QList<ReplicationMeasurement> result;
    for (const RouteMeasurement &measurement : measurements) {
        if (incomplete.contains(measurement.route.producer))
            continue;
        if (const std::optional<ReplicationMeasurement> m = measurement.measurement())
            result.append(*m);
    }
    return result;
}

} // namespace qm
