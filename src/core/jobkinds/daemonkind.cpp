// The daemon kind: start, stop or restart one of the daemons that should run, on its
// machine, then look again until it is as it should be (src/core/health/daemons.h). The
// job carries the daemon as it was set up when it was queued.

#include "core/health/daemons.h"
#include "core/health/healthmachine.h"
#include "jobkindcatalogue.h"
#include "jobkinds.h"
#include "kindtext.h"

namespace qm {

namespace {

const JobKind kDaemonJobKind{QStringLiteral("daemon")};

struct DaemonJob
{
    QString host; ///< "local" for this machine
    DaemonAction action = DaemonAction::Start;
    DaemonSpec daemon;
};

std::optional<DaemonJob> daemonJobFrom(const QJsonObject &parameters, QString *error)
{
    DaemonJob job;
    job.host = parameters.value(QStringLiteral("host")).toString();
    const std::optional<DaemonAction> action =
        daemonActionFromKey(parameters.value(QStringLiteral("action")).toString());
    const std::optional<DaemonSpec> daemon =
        daemonSpecFromJson(parameters.value(QStringLiteral("daemon")).toObject(), error);
    if (!action || !daemon || job.host.isEmpty()) {
        if (error->isEmpty())
            *error = kindtext::Arguments::tr("the job names no daemon action");
        return std::nullopt;
    }
    job.action = *action;
    job.daemon = *daemon;
    return job;
}

JobFromArguments daemonFromArguments(const QStringList &words, const JobKindOptions &,
                                     const JobEnvironment &environment)
{
    const std::optional<DaemonAction> action = daemonActionFromKey(words.value(2));
    if (words.size() != 3 || !action)
        return JobFromArguments::refused(
            JobRefusal::BadArguments,
            kindtext::Arguments::tr("give the host, the daemon and what to do: add daemon "
                                    "HOST|local NAME start|stop|restart"));
    const auto found = std::find_if(environment.daemons.cbegin(), environment.daemons.cend(),
                                    [&](const DaemonSpec &d) { return d.name == words.at(1); });
    if (found == environment.daemons.cend())
        return JobFromArguments::refused(
            JobRefusal::BadArguments,
            kindtext::Arguments::tr("no daemon is named “%1”").arg(words.at(1)));
    if (words.first() != QLatin1String("local") &&
        (!environment.config || !environment.config->host(words.first())))
        return JobFromArguments::refused(
            JobRefusal::BadArguments,
            kindtext::unknownHost(words.first(), environment.config != nullptr));
    JobSpec spec;
    spec.kind = kDaemonJobKind;
    spec.parameters = {{QStringLiteral("host"), words.first()},
                       {QStringLiteral("action"), daemonActionKey(*action)},
                       {QStringLiteral("daemon"), daemonSpecJson(*found)}};
    spec.source = words.at(1);
    spec.destination = words.first();
    if (words.first() != QLatin1String("local"))
        spec.hosts = {words.first()};
    JobFromArguments result;
    result.job = PreparedJob{spec,
                             {},
                             {kindtext::Details::tr("%1 %2 on %3: %4")
                                  .arg(daemonActionKey(*action), found->name, words.first(),
                                       daemonActionText(*found, *action))}};
    return result;
}

JobOutcome runDaemonJob(JobContext &context, const FleetAccess &fleet)
{
    QString error;
    const std::optional<DaemonJob> job = daemonJobFrom(context.job().spec.parameters, &error);
    if (!job)
        return JobOutcome::failed(error);
    std::unique_ptr<HealthMachine> machine = job->host == QLatin1String("local")
                                                 ? localHealthMachine()
                                                 : hostHealthMachine(fleet, job->host, &error);
    if (!machine)
        return JobOutcome::failed(error);
    if (!machine->reach(&error))
        return JobOutcome::failed(error, true);
    if (!runDaemonAction(
            *machine, job->daemon, job->action, 10,
            [&context](const QString &line) { context.log(line); }, &error))
        return JobOutcome::failed(error);
    return JobOutcome::succeeded();
}

} // namespace

JobKindRecord daemonJobKindRecord()
{
    JobKindRecord record;
    record.kind = kDaemonJobKind;
    record.title = [] { return kindtext::Title::tr("Daemon"); };
    record.fromArguments = daemonFromArguments;
    record.usage = [] {
        return JobKindUsage{kindtext::Arguments::tr("HOST|local NAME start|stop|restart"),
                            kindtext::Arguments::tr("Start, stop or restart a daemon the checks "
                                                    "file names, then look again")};
    };
    record.argumentsOf = [](const JobSpec &spec) -> std::optional<JobArguments> {
        QString error;
        const std::optional<DaemonJob> job = daemonJobFrom(spec.parameters, &error);
        if (!job)
            return std::nullopt;
        return JobArguments{{job->host, job->daemon.name, daemonActionKey(job->action)}, {}};
    };
    record.run = [](const JobEnvironment &environment) -> JobFunction {
        const FleetAccess access = FleetAccess::withPrograms(environment.config, environment.ssh);
        return [access](JobContext &context) { return runDaemonJob(context, access); };
    };
    record.describeParameters = [](const JobSpec &spec,
                                   QString *error) -> std::optional<JobFields> {
        const std::optional<DaemonJob> job = daemonJobFrom(spec.parameters, error);
        if (!job)
            return std::nullopt;
        return JobFields{
            {kindtext::Details::tr("Daemon"), job->daemon.name},
            {kindtext::Details::tr("Host"), job->host},
            {kindtext::Details::tr("Action"), daemonActionKey(job->action)},
            {kindtext::Details::tr("Runs"), daemonActionText(job->daemon, job->action)}};
    };
    // One attempt: a person looks at a daemon that would not start.
    record.retriable = false;
    return record;
}

} // namespace qm
