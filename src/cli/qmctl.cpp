#include "about/componentversions.h"
#include "commands.h"
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
    QString summary;
    std::function<int(const QStringList &, Output &)> run;
};

QList<Command> commands()
{
    return {
        {QStringLiteral("check"),
         Text::tr("Check fleet configs for contradictions, like a compiler"), runCheck},
        {QStringLiteral("config"),
         Text::tr("Work with fleet configs: dump FILE prints its values as JSON"), runConfig},
        {QStringLiteral("history"),
         Text::tr("The probe history: import CSV samples, forecast a volume"), runHistory},
        {QStringLiteral("jobs"),
         Text::tr("The job queue: add syncs and probes, list, cancel, retry, run them"), runJobs},
        {QStringLiteral("ply"),
         Text::tr("Read a PLY file (a Gaussian-splat sample): format, bounding box, opacity, "
                  "scale"),
         runPly},
        {QStringLiteral("probe"),
         Text::tr("Probe hosts now: volumes, data, processes, external storage"), runProbe},
        {QStringLiteral("replication"),
         Text::tr("Where each host's data is replicated; --measure: the files with too few "
                  "copies"),
         runReplication},
        {QStringLiteral("samples"),
         Text::tr("A miner's samples beside their log entries: list, clean by a retention rule"),
         runSamples},
        {QStringLiteral("volumes"), Text::tr("List the volumes of this machine with their usage"),
         runVolumes},
    };
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
    for (const Command &command : commands())
        text += QStringLiteral("  %1  %2\n").arg(command.name.leftJustified(11), command.summary);
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
