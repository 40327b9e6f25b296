// The probe kind: refreshes one host, or all, and records into the history.

#include "core/history/historystore.h"
#include "core/hosts/hostprober.h"
#include "core/hosts/probehost.h"
#include "jobkindcatalogue.h"
#include "kindtext.h"

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
    spec.kind = kProbeJobKind;
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

JobKindRecord probeJobKindRecord()
{
    JobKindRecord record;
    record.kind = kProbeJobKind;
    record.title = [] { return kindtext::Title::tr("Probe"); };
    record.fromArguments = [](const QStringList &words, const JobKindOptions &,
                              const JobEnvironment &) {
        if (words.size() > 1)
            return JobFromArguments::refused(JobRefusal::BadArguments,
                                             kindtext::Arguments::tr("give at most one HOST"));
        JobFromArguments result;
        result.job = PreparedJob{probeJobSpec(words.value(0)), {}, {}};
        return result;
    };
    record.usage = [] {
        return JobKindUsage{kindtext::Arguments::tr("[HOST]"),
                            kindtext::Arguments::tr("Queue a probe of one host, or of all")};
    };
    record.argumentsOf = [](const JobSpec &spec) {
        const QString host = spec.parameters.value(QStringLiteral("host")).toString();
        return std::optional<JobArguments>(
            JobArguments{host.isEmpty() ? QStringList() : QStringList{host}, {}});
    };
    record.run = [](const JobEnvironment &environment) -> JobFunction {
        return [environment](JobContext &context) { return runProbeJob(context, environment); };
    };
    record.describeParameters = [](const JobSpec &spec, QString *) {
        return std::optional<JobFields>(
            {{kindtext::Details::tr("Hosts"),
              spec.parameters.value(QStringLiteral("host")).toString().isEmpty()
                  ? kindtext::Details::tr("every host of the config and this machine")
                  : spec.source}});
    };
    // A host that was not reached may be reached on the next attempt.
    record.retriable = true;
    // Its "Hosts" above are the hosts it reaches.
    record.parametersNameHosts = true;
    return record;
}

} // namespace qm
