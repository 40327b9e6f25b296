#include "commands.h"
#include "core/about/componentversions.h"
#include "core/jobkinds/jobkindcatalogue.h"
#include "exitcode.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <functional>

namespace qm::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::cli::Qmctl)
};

struct Command
{
    QString name;
    std::function<int(const QStringList &, Output &)> run;
};

QList<Command> commands()
{
    return {
        {QStringLiteral("check"), runCheck},
        {QStringLiteral("config"), runConfig},
        {QStringLiteral("daemons"), runDaemons},
        {QStringLiteral("health"), runHealth},
        {QStringLiteral("history"), runHistory},
        {QStringLiteral("jobs"), runJobs},
        {QStringLiteral("logs"), runLogs},
        {QStringLiteral("metrics"), runMetrics},
        {QStringLiteral("orphans"), runOrphans},
        {QStringLiteral("ply"), runPly},
        {QStringLiteral("probe"), runProbe},
        {QStringLiteral("replication"), runReplication},
        {QStringLiteral("rotate"), runRotate},
        {QStringLiteral("samples"), runSamples},
        {QStringLiteral("schedules"), runSchedules},
        {QStringLiteral("space"), runSpace},
        {QStringLiteral("storage"), runStorage},
        {QStringLiteral("volumes"), runVolumes},
    };
}

/// One line of the top-level help: a command or an action of one, with its arguments,
/// and what it does.
struct Usage
{
    QString syntax;
    QString summary;
};

/// Every command and every action of one, in the order of the help. Each command's own
/// help (`qmctl COMMAND --help`) has its options.
QList<Usage> usages()
{
    QList<Usage> lines = {
        {Text::tr("check FILE..."),
         Text::tr("Check fleet configs for contradictions, like a compiler")},
        {Text::tr("config dump FILE"),
         Text::tr("A config's values as JSON, as the fleet's daemons read them")},
        {Text::tr("config set FILE HOST.KEY VALUE"),
         Text::tr("Set a host's key, nothing else in the file (diff; --yes writes)")},
        {Text::tr("config history FILE"),
         Text::tr("Every version of a config: what it changed, problems added and fixed")},
        {Text::tr("config diff FILE VERSION [VERSION]"),
         Text::tr("The diff from a version to the current file, or between two")},
        {Text::tr("config miner-history DIR"),
         Text::tr("Which setting of a miner changed when (miner_config_history.jsonl)")},
        {Text::tr("health run [HOST...]"),
         Text::tr("Run the saved health checks on their machines, keep the results")},
        {Text::tr("health check KIND [options]"),
         Text::tr("One health check: a log's success line, errors, a size, freshness, a "
                  "process, a command, an endpoint")},
        {Text::tr("health list|import FILE"),
         Text::tr("The saved health checks; save those of a checks file")},
        {Text::tr("daemons list [HOST...] | start|stop|restart HOST NAME [--yes]"),
         Text::tr("The daemons that should run: whether they do; start, stop, restart one")},
        {Text::tr("schedules HOST|local | --file FILE"),
         Text::tr("What runs when: crontab, cron.d, systemd timers, launchd, next runs")},
        {Text::tr("rotate PATH [--max-size MB] [--keep N] [--yes]"),
         Text::tr("Rotate a log that loses nothing: compressed, verified, old ones quarantined")},
        {Text::tr("history import FILE.csv..."), Text::tr("Add CSV samples to the probe history")},
        {Text::tr("history forecast HOST [MOUNT]"),
         Text::tr("Growth and time to full of a volume")},
        {QStringLiteral("history export"),
         Text::tr("The probe history as CSV (import's columns) or JSON")},
    };
    // `jobs add KIND ...` for each kind built from arguments, as its record says.
    for (const auto &[syntax, summary] : standardJobKinds().usages())
        lines.append({syntax, summary});
    lines += {
        {Text::tr("jobs schedule add WHEN KIND ..."),
         Text::tr("Repeat a job: --every or --daily-at, then what add takes")},
        {QStringLiteral("jobs schedule list"), Text::tr("The schedules")},
        {Text::tr("jobs schedule remove|enable|disable ID"),
         Text::tr("Remove, enable or disable a schedule")},
        {QStringLiteral("jobs list"), Text::tr("The jobs, newest first")},
        {Text::tr("jobs show ID"), Text::tr("One job with its plan, commands and log")},
        {Text::tr("jobs cancel ID"), Text::tr("Cancel a queued job or stop a running one")},
        {Text::tr("jobs retry ID"), Text::tr("Queue a finished job again")},
        {Text::tr("jobs clear [ID...]"),
         Text::tr("Remove finished jobs and their logs (--older-than DAYS; --yes)")},
        {QStringLiteral("jobs run [--once]"),
         Text::tr("Run the queue in the foreground (--once: what is due, then exit)")},
        {Text::tr("logs init [--db URI] [--yes]"),
         Text::tr("Print the system_logs table's SQL; --yes creates it")},
        {Text::tr("logs query [FILTERS]"),
         Text::tr("Log lines, newest first (--since, --level, --worker, --task…)")},
        {Text::tr("logs timeline --worker W|--task T"),
         Text::tr("A worker's or a task's log lines, oldest first")},
        {Text::tr("logs export [FILTERS] -o FILE"),
         Text::tr("Log lines to JSON Lines, JSON or CSV, streamed")},
        {Text::tr("logs ingest [FILE|-]"), Text::tr("Add JSON Lines to system_logs")},
        {Text::tr("logs tail [FILTERS]"), Text::tr("The newest log lines, then new ones")},
        {Text::tr("metrics write --textfile-dir DIR"),
         Text::tr("Prometheus gauges of the storage locations, for node_exporter")},
        {Text::tr("orphans scan LOCATION --ref-db URI --ref-sql SQL"),
         Text::tr("What a bucket or folder holds that no database row references (a plan)")},
        {Text::tr("orphans clean PLAN.csv"),
         Text::tr("Move a plan's orphans into the quarantine, in checked batches (--yes)")},
        {Text::tr("orphans quarantine LOCATION"),
         Text::tr("What a location's quarantine holds; --empty --yes deletes it for good")},
        {Text::tr("ply info FILE"),
         Text::tr("A PLY file's format, bounding box, opacity and scale")},
        {Text::tr("ply render FILE -o OUT.png"), Text::tr("Draw a PLY file into a PNG image")},
        {Text::tr("probe [HOST...]"),
         Text::tr("Probe hosts now: volumes, data, processes, external storage")},
        {Text::tr("replication --config FILE"),
         Text::tr("Each host's receivers; --measure: its files with too few copies")},
        {Text::tr("samples list --miner-dir DIR"),
         Text::tr("A miner's samples beside their log entries")},
        {Text::tr("samples clean --miner-dir DIR"),
         Text::tr("Plan removing old rejected samples by a rule (--yes queues it)")},
        {Text::tr("space PATH|HOST:PATH"),
         Text::tr("What uses the space under a folder, largest first (--depth, --top)")},
        {Text::tr("storage list"),
         Text::tr("The locations scanned so far: size, objects, orphans, band")},
        {Text::tr("storage du LOCATION"),
         Text::tr("What a bucket or folder holds, per prefix, largest first (--depth)")},
        {QStringLiteral("volumes"), Text::tr("List the volumes of this machine with their usage")},
    };
    return lines;
}

/// Whether the raw arguments ask for JSON, so that even a usage error is reported as JSON.
bool wantsJson(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--format=json"))
            return true;
        if (arguments[i] == QLatin1String("--format") && i + 1 < arguments.size() &&
            arguments[i + 1] == QLatin1String("json"))
            return true;
    }
    return false;
}

QString mainHelp(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    text += QLatin1Char('\n') + Text::tr("Commands:") + QLatin1Char('\n');
    // Arguments longer than the column get a line of their own.
    constexpr qsizetype column = 31;
    for (const Usage &usage : usages()) {
        if (usage.syntax.size() > column)
            text += QStringLiteral("  %1\n  %2  %3\n")
                        .arg(usage.syntax, QString(column, QLatin1Char(' ')), usage.summary);
        else
            text +=
                QStringLiteral("  %1  %2\n").arg(usage.syntax.leftJustified(column), usage.summary);
    }
    text += QLatin1Char('\n') + exitCodesHelp();
    text += QLatin1Char('\n') +
            Text::tr("Run 'qmctl COMMAND --help' for the options of a command.") +
            QLatin1Char('\n');
    return text;
}

} // namespace

QString exitCodesHelp()
{
    return Text::tr("Exit codes:") + QLatin1Char('\n') +
           Text::tr("  0  success, or nothing found") + QLatin1Char('\n') +
           Text::tr("  1  problems found (check errors, failed jobs)") + QLatin1Char('\n') +
           Text::tr("  2  bad input or usage (unknown option, unreadable or unparseable file)") +
           QLatin1Char('\n') +
           Text::tr("  3  could not complete (a host or volume not answering, the job "
                    "runner busy)") +
           QLatin1Char('\n');
}

QString optionsHelp(const QCommandLineParser &parser)
{
    const QString text = parser.helpText();
    // The title as QCommandLineParser writes it, translated by Qt's own catalogue (not
    // a string of ours: passed as variables, so lupdate leaves it to Qt).
    static const char context[] = "QCommandLineParser";
    static const char options[] = "Options:";
    const QString title =
        QLatin1Char('\n') + QCoreApplication::translate(context, options) + QLatin1Char('\n');
    const qsizetype start = text.indexOf(title);
    if (start < 0)
        return QString();
    const qsizetype end = text.indexOf(QStringLiteral("\n\n"), start + title.size());
    return text.mid(start + title.size(), end < 0 ? -1 : end - (start + title.size()) + 1);
}

std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments,
                                const QString &command, Output &output)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  Text::tr("Show this help and exit."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        output.error(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(help)) {
        output.setFormat(OutputFormat::Text);
        QString text = parser.helpText() + QLatin1Char('\n') + exitCodesHelp();
        text.replace(QLatin1String("[options]"), command + QStringLiteral(" [options]"));
        output.line(text.trimmed());
        return Success;
    }
    return std::nullopt;
}

int run(const QStringList &arguments, Output &output)
{
    if (wantsJson(arguments))
        output.setFormat(OutputFormat::Json);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Quartermaster on the command line: the same core as the desktop app."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  Text::tr("Show this help and exit."));
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     Text::tr("Show the versions of qmctl and its libraries."));
    parser.addOption(help);
    parser.addOption(version);
    parser.addPositionalArgument(QStringLiteral("command"), Text::tr("The command to run."),
                                 QStringLiteral("COMMAND [OPTIONS]"));
    if (!parser.parse(arguments)) {
        output.error(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(help)) {
        output.setFormat(OutputFormat::Text);
        output.line(mainHelp(parser).trimmed());
        return Success;
    }
    if (parser.isSet(version)) {
        output.line(QStringLiteral("qmctl ") + QStringLiteral(QM_VERSION));
        const QStringList lines = ComponentVersions::collect().toText().split(QLatin1Char('\n'));
        for (qsizetype i = 1; i < lines.size(); ++i)
            output.line(lines[i]);
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        output.error(Text::tr("no command given; run 'qmctl --help' for the list"));
        return UsageError;
    }
    for (const Command &command : commands()) {
        if (command.name == positional.first())
            return command.run(positional, output);
    }
    output.error(
        Text::tr("unknown command '%1'; run 'qmctl --help' for the list").arg(positional.first()));
    return UsageError;
}

} // namespace qm::cli
