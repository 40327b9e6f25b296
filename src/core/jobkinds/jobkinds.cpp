#include "jobkinds.h"

#include "archive/archivejob.h"
#include "cleanup/cleanupjob.h"
#include "history/historystore.h"
#include "hosts/hostprober.h"
#include "hosts/probehost.h"
#include "jobs/jobrunner.h"
#include "sync/syncjob.h"

#include <QCoreApplication>

#include <algorithm>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::JobKinds)
};

} // namespace

JobSpec probeJobSpec(const QString &host)
{
    JobSpec spec;
    spec.kind = JobKind::Probe;
    spec.parameters = {{QStringLiteral("host"), host}};
    spec.source = host.isEmpty() ? Text::tr("all hosts") : host;
    if (!host.isEmpty())
        spec.hosts = {host};
    return spec;
}

JobOutcome runProbeJob(JobContext &context, const JobEnvironment &environment)
{
    const QString wanted = context.job().spec.parameters.value(QStringLiteral("host")).toString();
    QList<ProbeHost> hosts = environment.probeHosts
                                 ? *environment.probeHosts
                                 : probeHosts(environment.config.get(), defaultDaemonRules());
    if (!wanted.isEmpty()) {
        hosts.removeIf([&wanted](const ProbeHost &host) { return host.name != wanted; });
        if (hosts.isEmpty())
            return JobOutcome::failed(Text::tr("there is no host “%1”").arg(wanted));
    }
    ProbeOptions options;
    options.ssh = environment.ssh;
    options.cancel = context.cancelFlag();
    if (!environment.probeCategories.isEmpty())
        options.categories = environment.probeCategories;
    const QList<HostProbe> probes = probeHostsNow(hosts, options);
    if (context.cancelled())
        return JobOutcome::cancelled();
    HistoryStore history;
    QString error;
    const bool recording =
        !environment.historyPath.isEmpty() && history.open(environment.historyPath, &error);
    if (!environment.historyPath.isEmpty() && !recording)
        context.log(Text::tr("the history is not recorded: %1").arg(error));
    QStringList failed;
    // Retried only when one of the failures may pass: a .invalid name is never looked
    // up, so the next attempt would fail just the same.
    bool transient = false;
    for (const HostProbe &probe : probes) {
        if (!probe.command.isEmpty())
            context.command(probe.command);
        QDateTime failingSince;
        if (recording && !history.record(probe, &error))
            context.log(Text::tr("%1: not recorded: %2").arg(probe.name, error));
        else if (recording)
            failingSince = history.failingSince(probe.name);
        if (environment.probed)
            environment.probed(probe, failingSince);
        if (probe.status == HostStatus::Ok)
            context.log(Text::tr("%1: ok").arg(probe.name));
        else {
            context.log(Text::tr("%1: %2").arg(probe.name, probe.error));
            failed.append(probe.name);
            const auto host = std::find_if(hosts.cbegin(), hosts.cend(), [&](const ProbeHost &h) {
                return h.name == probe.name;
            });
            if (host == hosts.cend() || !probeFailureIsFinal(*host, probe))
                transient = true;
        }
    }
    if (!failed.isEmpty())
        return JobOutcome::failed(
            Text::tr("not reached: %1").arg(failed.join(QStringLiteral(", "))), transient);
    return JobOutcome::succeeded();
}

void setStandardJobFunctions(JobRunner &runner, const JobEnvironment &environment)
{
    const FleetAccess sync = FleetAccess::withPrograms(environment.config, environment.ssh);
    runner.setJobFunction(JobKind::Sync,
                          [sync](JobContext &context) { return runSyncJob(context, sync); });
    runner.setJobFunction(JobKind::Archive, runArchiveJob);
    runner.setJobFunction(JobKind::Cleanup,
                          [sync](JobContext &context) { return runCleanupJob(context, sync); });
    runner.setJobFunction(JobKind::Probe, [environment](JobContext &context) {
        return runProbeJob(context, environment);
    });
    runner.setJobFunction(JobKind::Replication,
                          [sync, measured = environment.routeMeasured](JobContext &context) {
                              return runReplicationJob(context, sync, measured);
                          });
}

} // namespace qm
