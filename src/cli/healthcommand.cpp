#include "commands.h"
#include "core/appdata/appdata.h"
#include "core/config/yaml/document.h"
#include "core/health/daemons.h"
#include "core/health/healthcheck.h"
#include "core/health/healthcheckset.h"
#include "core/health/healthhistory.h"
#include "core/health/healthmachine.h"
#include "core/remote/fleetaccess.h"
#include "core/settings/settings.h"
#include "exitcode.h"
#include "storagelocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace qm::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::cli::Health)
};

/// A number option's value; nothing, after saying why, when it is not one at least `min`.
std::optional<double> numberOption(const QCommandLineParser &parser,
                                   const QCommandLineOption &option, double min, Output &output)
{
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok || !(value >= min)) {
        output.error(Text::tr("bad --%1 '%2': give a number of at least %3")
                         .arg(option.names().first(), parser.value(option))
                         .arg(min));
        return std::nullopt;
    }
    return value;
}

void printResult(const HealthResult &result, Output &output)
{
    output.line(QStringLiteral("%1  %2%3: %4")
                    .arg(healthStateKey(result.state).toUpper(),
                         result.host.isEmpty() ? QString() : result.host + QStringLiteral("  "),
                         result.name, result.summary));
    for (const QString &line : result.evidence)
        output.line(QStringLiteral("    ") + line);
}

/// The checks of checks file `path`; nothing, after saying why, when it cannot be read.
std::optional<QList<SavedHealthCheck>> readChecksFile(const QString &path, Output &output)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        output.error(Text::tr("cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QString error;
    std::optional<QList<SavedHealthCheck>> checks =
        parseHealthChecksFile(file.read(yaml::kMaxYamlBytes + 1), &error);
    if (!checks)
        output.error(QStringLiteral("%1: %2").arg(path, error));
    return checks;
}

int runCheckCommand(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Run one health check on this machine, or on --host HOST of the --config over ssh, "
        "for cron and scripts. KIND is log-success (a line matching --pattern in --file "
        "within --within-hours), log-errors (at most --max-count lines matching --pattern in "
        "the last --minutes, or the last --lines), file-size (--file over --max-mb, or --dir "
        "over --max-gb), freshness (the newest file under --dir at most --max-age-hours "
        "old), process (one matching --pattern runs), command (-- ARGV... exits 0 within "
        "--timeout) or endpoint (--url answers a GET, or --tcp HOST:PORT a connect, within "
        "--timeout). Exit 0 when it is ok, 1 when not — a missing, unreadable or binary file "
        "is never ok — and 2 on bad usage."));
    parser.addPositionalArgument(QStringLiteral("KIND"),
                                 Text::tr("log-success, log-errors, file-size, freshness, "
                                          "process, command or endpoint"));
    parser.addPositionalArgument(QStringLiteral("ARGV"),
                                 Text::tr("command: the program and its arguments, after --"),
                                 QStringLiteral("[-- ARGV...]"));
    const QCommandLineOption file(QStringLiteral("file"), Text::tr("The log or file."),
                                  QStringLiteral("F"));
    const QCommandLineOption dir(QStringLiteral("dir"), Text::tr("The folder."),
                                 QStringLiteral("D"));
    const QCommandLineOption pattern(QStringLiteral("pattern"),
                                     Text::tr("A regular expression a line must match."),
                                     QStringLiteral("RE"));
    const QCommandLineOption withinHours(QStringLiteral("within-hours"),
                                         Text::tr("log-success: how recent (default 24)."),
                                         QStringLiteral("N"), QStringLiteral("24"));
    const QCommandLineOption minutes(QStringLiteral("minutes"),
                                     Text::tr("log-errors: the window (default 60)."),
                                     QStringLiteral("N"), QStringLiteral("60"));
    const QCommandLineOption lines(QStringLiteral("lines"),
                                   Text::tr("log-errors: the last K lines instead of minutes."),
                                   QStringLiteral("K"));
    const QCommandLineOption maxCount(QStringLiteral("max-count"),
                                      Text::tr("log-errors: more matches is critical (default 0)."),
                                      QStringLiteral("K"), QStringLiteral("0"));
    const QCommandLineOption maxMb(QStringLiteral("max-mb"),
                                   Text::tr("file-size: the file's limit in MB (10^6 bytes)."),
                                   QStringLiteral("N"));
    const QCommandLineOption maxGb(QStringLiteral("max-gb"),
                                   Text::tr("file-size: the folder's limit in GB (10^9 bytes)."),
                                   QStringLiteral("N"));
    const QCommandLineOption maxAgeHours(QStringLiteral("max-age-hours"),
                                         Text::tr("freshness: the newest file's age at most."),
                                         QStringLiteral("N"), QStringLiteral("24"));
    const QCommandLineOption tailMb(QStringLiteral("tail-mb"),
                                    Text::tr("How much of a log's end is read (default 64)."),
                                    QStringLiteral("N"), QStringLiteral("64"));
    const QCommandLineOption name(QStringLiteral("name"), Text::tr("The check's name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption url(QStringLiteral("url"),
                                 Text::tr("endpoint: an http or https URL to GET."),
                                 QStringLiteral("URL"));
    const QCommandLineOption tcp(QStringLiteral("tcp"),
                                 Text::tr("endpoint: HOST:PORT to connect to."),
                                 QStringLiteral("HOST:PORT"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        Text::tr("process, command, endpoint: the time limit in seconds (default 10)."),
        QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption host(QStringLiteral("host"),
                                  Text::tr("Run it on this host of the --config, over ssh."),
                                  QStringLiteral("HOST"));
    const QCommandLineOption format = formatOption();
    FleetOptions fleetOptions;
    parser.addOptions({file, dir, pattern, withinHours, minutes, lines, maxCount, maxMb, maxGb,
                       maxAgeHours, tailMb, url, tcp, timeout, host, name, format});
    fleetOptions.addTo(parser);
    if (const std::optional<int> done =
            parseCommand(parser, arguments, QStringLiteral("health check"), output))
        return *done;
    if (!output.setFormat(parser.value(format)))
        return UsageError;
    const QStringList positional = parser.positionalArguments();
    const std::optional<HealthCheckKind> kind = healthCheckKindFromKey(positional.value(0));
    if (positional.isEmpty() || !kind ||
        (positional.size() > 1) != (kind == HealthCheckKind::Command)) {
        output.error(kind == HealthCheckKind::Command
                         ? Text::tr("command needs the program to run after --: "
                                    "qmctl health check command -- ARGV...")
                         : Text::tr("give one KIND: log-success, log-errors, file-size, "
                                    "freshness, process, command or endpoint"));
        return UsageError;
    }
    HealthCheck check;
    check.kind = *kind;
    check.name = parser.value(name);
    check.file = parser.value(file);
    check.folder = parser.value(dir);
    check.pattern = parser.value(pattern);
    check.command = positional.mid(1);
    check.url = parser.value(url);
    check.tcp = parser.value(tcp);
    const std::optional<double> seconds = numberOption(parser, timeout, 1, output);
    if (!seconds)
        return UsageError;
    check.timeoutSeconds = int(std::min(*seconds, 86400.0));
    const auto need = [&](bool given, const QString &what) {
        if (!given)
            output.error(Text::tr("%1 needs %2").arg(positional.first(), what));
        return given;
    };
    const std::optional<double> tail = numberOption(parser, tailMb, 0.001, output);
    if (!tail)
        return UsageError;
    check.maxTailBytes = qint64(*tail * 1024 * 1024);
    switch (*kind) {
    case HealthCheckKind::LogSuccess: {
        if (!need(parser.isSet(file) && parser.isSet(pattern),
                  QStringLiteral("--file and --pattern")))
            return UsageError;
        const std::optional<double> hours = numberOption(parser, withinHours, 0, output);
        if (!hours)
            return UsageError;
        check.hours = *hours;
        break;
    }
    case HealthCheckKind::LogErrors: {
        if (!need(parser.isSet(file) && parser.isSet(pattern),
                  QStringLiteral("--file and --pattern")))
            return UsageError;
        const std::optional<double> window = numberOption(parser, minutes, 1, output);
        const std::optional<double> most = numberOption(parser, maxCount, 0, output);
        if (!window || !most)
            return UsageError;
        check.minutes = int(std::min(*window, 1e8));
        check.maxCount = int(std::min(*most, 1e9));
        if (parser.isSet(lines)) {
            const std::optional<double> count = numberOption(parser, lines, 1, output);
            if (!count)
                return UsageError;
            check.lastLines = int(std::min(*count, 1e9));
        }
        break;
    }
    case HealthCheckKind::FileSize: {
        if (!need(parser.isSet(file) != parser.isSet(dir) &&
                      (parser.isSet(file) ? parser.isSet(maxMb) : parser.isSet(maxGb)),
                  QStringLiteral("--file F --max-mb N, or --dir D --max-gb N")))
            return UsageError;
        const std::optional<double> limit =
            numberOption(parser, parser.isSet(file) ? maxMb : maxGb, 0, output);
        if (!limit)
            return UsageError;
        (parser.isSet(file) ? check.maxMegabytes : check.maxGigabytes) = *limit;
        break;
    }
    case HealthCheckKind::Freshness: {
        if (!need(parser.isSet(dir), QStringLiteral("--dir")))
            return UsageError;
        const std::optional<double> hours = numberOption(parser, maxAgeHours, 0, output);
        if (!hours)
            return UsageError;
        check.hours = *hours;
        break;
    }
    case HealthCheckKind::Process:
        if (!need(parser.isSet(pattern), QStringLiteral("--pattern")))
            return UsageError;
        break;
    case HealthCheckKind::Command:
        break;
    case HealthCheckKind::Endpoint:
        if (!need(parser.isSet(url) != parser.isSet(tcp), QStringLiteral("--url or --tcp")))
            return UsageError;
        break;
    }
    if (const QString problem = healthCheckProblem(check); !problem.isEmpty()) {
        output.error(problem);
        return UsageError;
    }
    const std::optional<FleetAccess> fleet = fleetOptions.read(parser, output);
    if (!fleet)
        return UsageError;
    std::unique_ptr<HealthMachine> machine;
    if (parser.isSet(host)) {
        QString error;
        machine = hostHealthMachine(*fleet, parser.value(host), &error);
        if (!machine) {
            output.error(error);
            return UsageError;
        }
    } else {
        machine = localHealthMachine();
    }
    const HealthResult result =
        runHealthCheck(check, QDateTime::currentMSecsSinceEpoch(), *machine);
    if (output.format() == OutputFormat::Json) {
        output.json(QJsonObject{{QStringLiteral("schemaVersion"), 1},
                                {QStringLiteral("checks"), QJsonArray{healthResultJson(result)}}});
    } else {
        printResult(result, output);
    }
    return result.state == HealthState::Ok ? Success : ProblemsFound;
}

int runRunCommand(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Run the saved health checks (the Health page's Edit Checks…, or `qmctl health import`) on "
        "every machine they name, or only on HOST... (\"local\" for this machine), and keep "
        "the results in the history. Exit 0 when none is critical or unknown, 1 when one is "
        "critical, 3 when one could not be told (a host not reached, a file not read)."));
    parser.addPositionalArgument(QStringLiteral("HOST"),
                                 Text::tr("Only these machines (\"local\": this one)."),
                                 QStringLiteral("[HOST...]"));
    const QCommandLineOption checksFile(
        QStringLiteral("checks"),
        Text::tr("Run the checks of this file instead of the saved ones."), QStringLiteral("FILE"));
    const QCommandLineOption parallel(QStringLiteral("parallel"),
                                      Text::tr("Machines checked at once (default 8)."),
                                      QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption noRecord(QStringLiteral("no-record"),
                                      Text::tr("Do not keep the results in the history."));
    const QCommandLineOption dataDir = dataDirOption();
    const QCommandLineOption format = formatOption();
    FleetOptions fleetOptions;
    parser.addOptions({checksFile, parallel, noRecord, dataDir, format});
    fleetOptions.addTo(parser);
    if (const std::optional<int> done =
            parseCommand(parser, arguments, QStringLiteral("health run"), output))
        return *done;
    if (!output.setFormat(parser.value(format)))
        return UsageError;
    const std::optional<double> machines = numberOption(parser, parallel, 1, output);
    if (!machines)
        return UsageError;
    QList<SavedHealthCheck> checks;
    if (parser.isSet(checksFile)) {
        const std::optional<QList<SavedHealthCheck>> read =
            readChecksFile(parser.value(checksFile), output);
        if (!read)
            return UsageError;
        checks = *read;
    } else {
        checks = Settings::ofDesktopApp()->healthChecks();
    }
    const std::optional<FleetAccess> fleet = fleetOptions.read(parser, output);
    if (!fleet)
        return UsageError;
    QStringList problems;
    const QList<HealthRun> runs =
        healthRunsFor(checks, fleet->config.get(), parser.positionalArguments(), &problems);
    for (const QString &problem : std::as_const(problems))
        output.warning(fleet->config ? problem : problem + Text::tr(" (give --config FILE)"));
    const QList<HealthResult> results = runHealthChecks(
        runs, *fleet, QDateTime::currentMSecsSinceEpoch(), int(std::min(*machines, 64.0)));
    if (!parser.isSet(noRecord) && !results.isEmpty()) {
        const QString why =
            recordHealthResults(historyDatabasePath(parser.value(dataDir)), results);
        if (!why.isEmpty())
            output.warning(Text::tr("the results were not kept in the history: %1").arg(why));
    }
    bool critical = false;
    bool unknown = !problems.isEmpty();
    for (const HealthResult &result : results) {
        critical = critical || result.state == HealthState::Critical;
        unknown = unknown || result.state == HealthState::Unknown;
    }
    if (output.format() == OutputFormat::Json) {
        QJsonArray array;
        for (const HealthResult &result : results)
            array.append(healthResultJson(result));
        output.json(
            QJsonObject{{QStringLiteral("schemaVersion"), 1},
                        {QStringLiteral("checks"), array},
                        {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}});
    } else {
        for (const HealthResult &result : results)
            printResult(result, output);
        if (results.isEmpty())
            output.line(checks.isEmpty() ? Text::tr("No health check is saved: add one on "
                                                    "the Health page or with qmctl health "
                                                    "import.")
                                         : Text::tr("No check runs on these machines."));
    }
    return critical ? ProblemsFound : unknown ? Incomplete : Success;
}

int runListCommand(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("List the saved health checks, with the machines each runs on."));
    const QCommandLineOption format = formatOption();
    parser.addOption(format);
    if (const std::optional<int> done =
            parseCommand(parser, arguments, QStringLiteral("health list"), output))
        return *done;
    if (!output.setFormat(parser.value(format)))
        return UsageError;
    const QList<SavedHealthCheck> checks = Settings::ofDesktopApp()->healthChecks();
    if (output.format() == OutputFormat::Json) {
        QJsonArray array;
        for (const SavedHealthCheck &check : checks)
            array.append(savedHealthCheckJson(check));
        output.json(
            QJsonObject{{QStringLiteral("schemaVersion"), 1}, {QStringLiteral("checks"), array}});
        return Success;
    }
    for (const SavedHealthCheck &check : checks) {
        HealthCheck unnamed = check.check;
        unnamed.name.clear();
        output.line(QStringLiteral("%1  [%2]  %3")
                        .arg(check.check.name, check.hosts.join(QStringLiteral(", ")),
                             healthCheckDisplayName(unnamed)));
    }
    if (checks.isEmpty())
        output.line(Text::tr("No health check is saved."));
    return Success;
}

int runImportCommand(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Save the checks of a checks file (docs/health.md): a check of the same name is "
        "replaced, a new one added. With --replace-all the saved checks become exactly the "
        "file's. Nothing is saved when a check of the file cannot be read."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The checks file (YAML)."));
    const QCommandLineOption replaceAll(QStringLiteral("replace-all"),
                                        Text::tr("Drop the saved checks the file does not have."));
    const QCommandLineOption format = formatOption();
    parser.addOptions({replaceAll, format});
    if (const std::optional<int> done =
            parseCommand(parser, arguments, QStringLiteral("health import"), output))
        return *done;
    if (!output.setFormat(parser.value(format)))
        return UsageError;
    if (parser.positionalArguments().size() != 1) {
        output.error(Text::tr("give one checks FILE"));
        return UsageError;
    }
    const std::optional<QList<SavedHealthCheck>> imported =
        readChecksFile(parser.positionalArguments().constFirst(), output);
    if (!imported)
        return UsageError;
    // Its daemons too, read whole before anything is saved.
    QList<DaemonSpec> importedDaemons;
    {
        QFile file(parser.positionalArguments().constFirst());
        file.open(QIODevice::ReadOnly);
        QString error;
        const std::optional<QList<DaemonSpec>> daemons =
            parseDaemonsFile(file.read(yaml::kMaxYamlBytes + 1), &error);
        if (!daemons) {
            output.error(QStringLiteral("%1: %2").arg(file.fileName(), error));
            return UsageError;
        }
        importedDaemons = *daemons;
    }
    const std::unique_ptr<Settings> settings = Settings::ofDesktopApp();
    const QList<SavedHealthCheck> before = settings->healthChecks();
    const QList<SavedHealthCheck> saved =
        mergeHealthChecks(parser.isSet(replaceAll) ? QList<SavedHealthCheck>() : before, *imported);
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    for (const SavedHealthCheck &check : *imported) {
        const auto old =
            std::find_if(before.cbegin(), before.cend(), [&check](const SavedHealthCheck &other) {
                return other.check.name == check.check.name;
            });
        (old == before.cend() ? added : *old == check ? unchanged : updated) += 1;
    }
    const int removed = int(before.size()) - (int(saved.size()) - added);
    settings->setHealthChecks(saved);
    const QList<DaemonSpec> daemons = mergeDaemons(
        parser.isSet(replaceAll) ? QList<DaemonSpec>() : settings->daemons(), importedDaemons);
    settings->setDaemons(daemons);
    settings->sync();
    if (output.format() == OutputFormat::Json) {
        output.json(QJsonObject{{QStringLiteral("schemaVersion"), 1},
                                {QStringLiteral("added"), added},
                                {QStringLiteral("updated"), updated},
                                {QStringLiteral("unchanged"), unchanged},
                                {QStringLiteral("removed"), removed},
                                {QStringLiteral("saved"), int(saved.size())},
                                {QStringLiteral("daemons"), int(daemons.size())}});
    } else {
        output.line(Text::tr("%1 added, %2 updated, %3 unchanged, %4 removed: %n check(s) saved",
                             nullptr, int(saved.size()))
                        .arg(added)
                        .arg(updated)
                        .arg(unchanged)
                        .arg(removed));
        if (!importedDaemons.isEmpty())
            output.line(Text::tr("%n daemon(s) saved", nullptr, int(daemons.size())));
    }
    return Success;
}

} // namespace

int runHealth(const QStringList &arguments, Output &output)
{
    const QString action = arguments.value(1);
    if (action == QLatin1String("check"))
        return runCheckCommand(arguments.mid(1), output);
    if (action == QLatin1String("run"))
        return runRunCommand(arguments.mid(1), output);
    if (action == QLatin1String("list"))
        return runListCommand(arguments.mid(1), output);
    if (action == QLatin1String("import"))
        return runImportCommand(arguments.mid(1), output);
    if (action.isEmpty() || action == QLatin1String("--help") || action == QLatin1String("-h")) {
        output.line(Text::tr("Usage: qmctl health run [HOST...] | check KIND [options] | list | "
                             "import FILE  (qmctl health ACTION --help for each)"));
        return action.isEmpty() ? UsageError : Success;
    }
    output.error(Text::tr("unknown action '%1': use run, check, list or import").arg(action));
    return UsageError;
}

} // namespace qm::cli
