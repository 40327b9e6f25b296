#include "commands.h"
#include "core/health/daemons.h"
#include "core/health/healthcheckset.h"
#include "core/health/healthmachine.h"
#include "core/remote/fleetaccess.h"
#include "core/remote/processrunner.h"
#include "core/settings/settings.h"
#include "exitcode.h"
#include "storagelocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace qm::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::cli::Daemons)
};

} // namespace

int runDaemons(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "The daemons that should run (a checks file's “daemons”, saved with qmctl health "
        "import). list [HOST...]: whether each runs on its machines (exit 0 when "
        "all do, 1 when one does not, 3 when one could not be told). start|stop|restart HOST "
        "NAME: what would run, and with --yes runs it there and looks again until the daemon "
        "is as it should be (exit 0 then, 1 when not, 3 when the host cannot be reached)."));
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 Text::tr("list, start, stop or restart"));
    parser.addPositionalArgument(QStringLiteral("HOST"),
                                 Text::tr("A host of the config, or local."),
                                 QStringLiteral("[HOST] [NAME]"));
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 Text::tr("Run the action (else: show it)."));
    const QCommandLineOption wait(QStringLiteral("wait"),
                                  Text::tr("Seconds to look again after the action (default 10)."),
                                  QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption format = formatOption();
    FleetOptions fleetOptions;
    parser.addOptions({yes, wait, format});
    fleetOptions.addTo(parser);
    if (const std::optional<int> done =
            parseCommand(parser, arguments, QStringLiteral("daemons"), output))
        return *done;
    if (!output.setFormat(parser.value(format)))
        return UsageError;
    QStringList positional = parser.positionalArguments();
    const QString action = positional.isEmpty() ? QString() : positional.takeFirst();
    const std::optional<FleetAccess> fleet = fleetOptions.read(parser, output);
    if (!fleet)
        return UsageError;
    const QList<DaemonSpec> daemons = Settings::ofDesktopApp()->daemons();
    if (action == QLatin1String("list")) {
        QList<SavedHealthCheck> checks;
        for (const DaemonSpec &daemon : daemons)
            checks.append({daemonCheck(daemon), daemon.hosts});
        QStringList problems;
        const QList<HealthRun> runs =
            healthRunsFor(checks, fleet->config.get(), positional, &problems);
        for (const QString &problem : std::as_const(problems))
            output.warning(problem);
        const QList<HealthResult> results =
            runHealthChecks(runs, *fleet, QDateTime::currentMSecsSinceEpoch(), 8);
        bool down = false;
        bool unknown = !problems.isEmpty();
        QJsonArray array;
        for (const HealthResult &result : results) {
            down = down || result.state == HealthState::Critical;
            unknown = unknown || result.state == HealthState::Unknown;
            const QString state = result.state == HealthState::Ok ? QStringLiteral("running")
                                  : result.state == HealthState::Critical
                                      ? QStringLiteral("stopped")
                                      : QStringLiteral("unknown");
            array.append(QJsonObject{
                {QStringLiteral("host"), result.host},
                {QStringLiteral("name"), result.name},
                {QStringLiteral("state"), state},
                {QStringLiteral("summary"), result.summary},
                {QStringLiteral("processes"), QJsonArray::fromStringList(result.evidence)}});
            if (output.format() == OutputFormat::Text)
                output.line(QStringLiteral("%1  %2  %3: %4")
                                .arg(state.toUpper(),
                                     result.host.isEmpty() ? QStringLiteral("local") : result.host,
                                     result.name, result.summary));
        }
        if (output.format() == OutputFormat::Json)
            output.json({{QStringLiteral("schemaVersion"), 1}, {QStringLiteral("daemons"), array}});
        else if (daemons.isEmpty())
            output.line(Text::tr("No daemon is saved: name them in a checks file's “daemons” "
                                 "and save it with qmctl health import."));
        return down ? ProblemsFound : unknown ? Incomplete : Success;
    }
    const std::optional<DaemonAction> act = daemonActionFromKey(action);
    if (!act || positional.size() != 2) {
        output.error(Text::tr("give list [HOST...], or start|stop|restart HOST NAME"));
        return UsageError;
    }
    const QString host = positional.at(0);
    const auto found = std::find_if(daemons.cbegin(), daemons.cend(), [&](const DaemonSpec &d) {
        return d.name == positional.at(1);
    });
    if (found == daemons.cend()) {
        output.error(Text::tr("no daemon is named “%1”").arg(positional.at(1)));
        return UsageError;
    }
    bool ok = false;
    const int seconds = parser.value(wait).toInt(&ok);
    if (!ok || seconds < 0) {
        output.error(Text::tr("--wait takes seconds"));
        return UsageError;
    }
    if (!parser.isSet(yes)) {
        output.line(
            Text::tr("would %1 on %2: %3").arg(action, host, daemonActionText(*found, *act)));
        output.line(Text::tr("Nothing was run: add --yes to %1 it.").arg(action));
        return Success;
    }
    QString error;
    std::unique_ptr<HealthMachine> machine = host == QLatin1String("local")
                                                 ? localHealthMachine()
                                                 : hostHealthMachine(*fleet, host, &error);
    if (!machine) {
        output.error(error);
        return UsageError;
    }
    if (!machine->reach(&error)) {
        output.error(error);
        return Incomplete;
    }
    const bool done = runDaemonAction(
        *machine, *found, *act, seconds,
        [&](const QString &line) {
            if (output.format() == OutputFormat::Text)
                output.line(line);
        },
        &error);
    if (output.format() == OutputFormat::Json)
        output.json({{QStringLiteral("schemaVersion"), 1},
                     {QStringLiteral("done"), done},
                     {QStringLiteral("error"), error}});
    if (!done) {
        output.error(error);
        return ProblemsFound;
    }
    return Success;
}

} // namespace qm::cli
