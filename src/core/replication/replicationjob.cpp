#include "replicationjob.h"

#include "core/units/datasize.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMutex>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <numeric>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::ReplicationJob)
};

const SkipReason kSkipReasons[] = {
    SkipReason::Producer,         SkipReason::NotReady, SkipReason::Excluded,
    SkipReason::AutoSyncExcluded, SkipReason::NoPath,   SkipReason::NotMounted,
    SkipReason::OverThreshold,
};

QString routeName(const ReplicationRoute &route)
{
    return QStringLiteral("%1 %2").arg(route.producer, dataKindKey(route.kind));
}

/// What the measuring threads hand to the job's own thread, which alone may write to
/// the job (its database connection belongs to that thread).
struct Mailbox
{
    QMutex mutex;
    int stepsStarted = 0;
    QStringList steps;
    QList<RouteMeasurement> measured;
};

} // namespace

QJsonObject replicationRouteToJson(const ReplicationRoute &route)
{
    QJsonArray receivers;
    for (const ReplicationReceiver &receiver : route.receivers)
        receivers.append(QJsonObject{{QStringLiteral("host"), receiver.host},
                                     {QStringLiteral("path"), receiver.path},
                                     {QStringLiteral("externalStorage"), receiver.externalStorage},
                                     {QStringLiteral("priority"), receiver.priority},
                                     {QStringLiteral("note"), receiver.note}});
    QJsonArray skipped;
    for (const SkippedReceiver &skip : route.skipped)
        skipped.append(QJsonObject{{QStringLiteral("host"), skip.host},
                                   {QStringLiteral("reason"), skipReasonKey(skip.reason)},
                                   {QStringLiteral("text"), skip.text}});
    return {{QStringLiteral("producer"), route.producer},
            {QStringLiteral("kind"), dataKindKey(route.kind)},
            {QStringLiteral("sourcePath"), route.sourcePath},
            {QStringLiteral("receivers"), receivers},
            {QStringLiteral("skipped"), skipped},
            {QStringLiteral("backups"), QJsonArray::fromStringList(route.backups)}};
}

std::optional<ReplicationRoute> replicationRouteFromJson(const QJsonObject &object)
{
    ReplicationRoute route;
    route.producer = object.value(QStringLiteral("producer")).toString();
    route.sourcePath = object.value(QStringLiteral("sourcePath")).toString();
    const std::optional<DataKind> kind =
        dataKindFromKey(object.value(QStringLiteral("kind")).toString());
    if (route.producer.isEmpty() || route.sourcePath.isEmpty() || !kind)
        return std::nullopt;
    route.kind = *kind;
    for (const QJsonValue &value : object.value(QStringLiteral("receivers")).toArray()) {
        const QJsonObject o = value.toObject();
        ReplicationReceiver receiver;
        receiver.host = o.value(QStringLiteral("host")).toString();
        receiver.path = o.value(QStringLiteral("path")).toString();
        receiver.externalStorage = o.value(QStringLiteral("externalStorage")).toBool();
        receiver.priority = o.value(QStringLiteral("priority")).toBool();
        receiver.note = o.value(QStringLiteral("note")).toString();
        if (receiver.host.isEmpty() || receiver.path.isEmpty())
            return std::nullopt;
        route.receivers.append(receiver);
    }
    for (const QJsonValue &value : object.value(QStringLiteral("backups")).toArray()) {
        if (value.toString().isEmpty())
            return std::nullopt;
        route.backups.append(value.toString());
    }
    for (const QJsonValue &value : object.value(QStringLiteral("skipped")).toArray()) {
        const QJsonObject o = value.toObject();
        SkippedReceiver skip;
        skip.host = o.value(QStringLiteral("host")).toString();
        skip.text = o.value(QStringLiteral("text")).toString();
        const QString reason = o.value(QStringLiteral("reason")).toString();
        const auto *found = std::find_if(std::begin(kSkipReasons), std::end(kSkipReasons),
                                         [&](SkipReason r) { return skipReasonKey(r) == reason; });
        if (skip.host.isEmpty() || found == std::end(kSkipReasons))
            return std::nullopt;
        skip.reason = *found;
        route.skipped.append(skip);
    }
    return route;
}

JobSpec replicationJobSpec(const QList<ReplicationRoute> &routes, int target)
{
    JobSpec spec;
    spec.kind = kReplicationJobKind;
    QJsonArray array;
    QStringList producers;
    for (const ReplicationRoute &route : routes) {
        array.append(replicationRouteToJson(route));
        if (!producers.contains(route.producer))
            producers.append(route.producer);
    }
    spec.parameters = {{QStringLiteral("routes"), array}, {QStringLiteral("target"), target}};
    spec.source = producers.join(QStringLiteral(", "));
    spec.destination = Text::tr("%n folder(s) measured", nullptr, int(routes.size()));
    spec.maxAttempts = 1;
    return spec;
}

JobOutcome runReplicationJob(JobContext &context, const FleetAccess &access,
                             const RouteMeasured &onMeasured, const QString &historyPath)
{
    const QJsonObject parameters = context.job().spec.parameters;
    const int target = parameters.value(QStringLiteral("target")).toInt(-1);
    QList<ReplicationRoute> routes;
    for (const QJsonValue &value : parameters.value(QStringLiteral("routes")).toArray()) {
        std::optional<ReplicationRoute> route = replicationRouteFromJson(value.toObject());
        if (!route)
            return JobOutcome::failed(Text::tr("the job's routes cannot be read"));
        routes.append(*route);
    }
    if (target < 0)
        return JobOutcome::failed(Text::tr("the job names no replication target"));

    ReplicationOptions options;
    options.access = access;
    options.cancel = context.cancelFlag();
    options.historyPath = historyPath;
    // One step per dry run: each receiver's, then the producer's own listing.
    const int totalSteps = std::accumulate(
        routes.cbegin(), routes.cend(), 0, [](int sum, const ReplicationRoute &route) {
            return sum + int(route.receivers.size()) + int(route.backups.size()) + 1;
        });
    const qint64 started = context.nowMs();
    Mailbox mailbox;
    // The dry runs run on measureRoutes()' threads; this thread alone writes to the job.
    QThreadPool runner;
    runner.setMaxThreadCount(1);
    QFuture<void> measuring = QtConcurrent::run(&runner, [&] {
        measureRoutes(
            routes, target, options, kReplicationJobParallel,
            [&mailbox](const QString &step) {
                const QMutexLocker lock(&mailbox.mutex);
                ++mailbox.stepsStarted;
                mailbox.steps.append(step);
            },
            [&mailbox](const RouteMeasurement &measurement) {
                const QMutexLocker lock(&mailbox.mutex);
                mailbox.measured.append(measurement);
            });
    });

    int measured = 0;
    QStringList failed;
    qint64 atRiskFiles = 0;
    qint64 atRiskBytes = 0;
    const auto drain = [&] {
        QStringList steps;
        QList<RouteMeasurement> done;
        int stepsStarted = 0;
        {
            const QMutexLocker lock(&mailbox.mutex);
            steps.swap(mailbox.steps);
            done.swap(mailbox.measured);
            stepsStarted = mailbox.stepsStarted;
        }
        for (const QString &step : std::as_const(steps))
            context.log(step);
        for (const RouteMeasurement &measurement : std::as_const(done)) {
            ++measured;
            for (const QString &command : measurement.commands)
                context.command(command);
            const QString name = routeName(measurement.route);
            if (!measurement.ok()) {
                failed.append(name);
                context.log(Text::tr("%1: not measured: %2").arg(name, measurement.error));
            } else {
                atRiskFiles += measurement.tally.atRiskFiles;
                atRiskBytes += measurement.tally.atRiskBytes;
                context.log(Text::tr("%1: %n file(s) of %2 with fewer than %3 copies", nullptr,
                                     int(measurement.tally.atRiskFiles))
                                .arg(name, formatDataSize(measurement.tally.atRiskBytes))
                                .arg(target));
                for (const ReceiverResult &receiver : measurement.receivers) {
                    if (!receiver.measured)
                        context.log(Text::tr("%1: receiver %2 not measured: %3")
                                        .arg(name, receiver.receiver.host, receiver.error));
                }
                for (const BackupResult &backup : measurement.backups) {
                    if (!backup.measured)
                        context.log(Text::tr("%1: backup %2 not listed: %3")
                                        .arg(name, backup.location, backup.error));
                    else
                        context.log(
                            Text::tr("%1: backup %2 lacks %n file(s) (%3)", nullptr,
                                     int(backup.missingFiles))
                                .arg(name, backup.location, formatDataSize(backup.missingBytes)));
                }
            }
            if (onMeasured)
                onMeasured(context.job().id, measurement);
        }
        // A step is reported as it starts: the ones before it in its route are done.
        const int stepsDone = measured == routes.size()
                                  ? totalSteps // a route that failed early skipped its other steps
                                  : std::max(0, stepsStarted - (int(routes.size()) - measured));
        JobProgress progress =
            jobProgressOf(stepsDone, std::max(1, totalSteps), context.nowMs() - started);
        // Steps, not bytes: the fraction and the time left hold, a rate in bytes would not.
        progress.bytesDone = progress.bytesTotal = -1;
        progress.rateBytesPerSecond = -1;
        context.progress(progress);
    };
    while (!measuring.isFinished()) {
        drain();
        QThread::msleep(100);
    }
    measuring.waitForFinished();
    drain();
    if (context.cancelled())
        return JobOutcome::cancelled();
    context.log(Text::tr("Measured %1 of %n folder(s): %2 file(s), %3 with fewer than %4 copies.",
                         nullptr, int(routes.size()))
                    .arg(measured - failed.size())
                    .arg(atRiskFiles)
                    .arg(formatDataSize(atRiskBytes))
                    .arg(target));
    if (!failed.isEmpty())
        return JobOutcome::failed(
            Text::tr("not measured: %1").arg(failed.join(QStringLiteral(", "))));
    return JobOutcome::succeeded();
}

} // namespace qm
