#include "commands.h"
#include "config/configcheck.h"
#include "exitcode.h"
#include "json/schema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

namespace qm::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::cli::Check)
};

QString location(const QString &file, const yaml::Position &position)
{
    return QStringLiteral("%1:%2:%3").arg(file).arg(position.line + 1).arg(position.column + 1);
}

} // namespace

int runCheck(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Check fleet configs (distributed_hosts.yaml) for contradictions, dangling "
                 "host references, duplicate keys and wrong types. See docs/config-rules.md."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Text::tr("Output format: text (default), json or sarif."),
                                    QStringLiteral("text|json|sarif"), QStringLiteral("text"));
    const QCommandLineOption minSeverity(
        QStringLiteral("min-severity"),
        Text::tr("Show only diagnostics of this severity or above (default info)."),
        QStringLiteral("info|warning|error"), QStringLiteral("info"));
    parser.addOptions({format, minSeverity});
    parser.addPositionalArgument(QStringLiteral("files"), Text::tr("Config files to check."),
                                 QStringLiteral("FILE..."));
    if (const std::optional<int> done =
            parseCommand(parser, arguments, QStringLiteral("check"), output))
        return *done;
    const QString formatName = parser.value(format);
    const bool sarif = formatName == QLatin1String("sarif");
    OutputFormat outputFormat = OutputFormat::Text;
    if (!sarif && !parseOutputFormat(formatName, &outputFormat)) {
        output.error(Text::tr("unknown format '%1': use text, json or sarif").arg(formatName));
        return UsageError;
    }
    output.setFormat(sarif ? OutputFormat::Json : outputFormat);
    Severity threshold = Severity::Info;
    if (!parseSeverity(parser.value(minSeverity), &threshold)) {
        output.error(Text::tr("unknown severity '%1': use info, warning or error")
                         .arg(parser.value(minSeverity)));
        return UsageError;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        output.error(Text::tr("no file given; run 'qmctl check --help'"));
        return UsageError;
    }

    QList<CheckedFile> files;
    int exitCode = Success;
    for (const QString &path : paths) {
        CheckedFile file = checkConfigFile(path);
        file.path = QDir::toNativeSeparators(path);
        if (file.unreadable)
            exitCode = UsageError;
        else if (file.hasErrors() && exitCode == Success)
            exitCode = ProblemsFound;
        file.diagnostics.removeIf([&](const Diagnostic &d) { return d.severity < threshold; });
        files.append(file);
    }

    if (sarif) {
        output.json(checkedFilesToSarif(files));
    } else if (outputFormat == OutputFormat::Json) {
        QJsonArray diagnostics;
        for (const CheckedFile &file : files) {
            for (const Diagnostic &diagnostic : file.diagnostics)
                diagnostics.append(diagnosticToJson(diagnostic, file.path));
        }
        output.json(json::listing(QStringLiteral("diagnostics"), diagnostics));
    } else {
        int errors = 0, warnings = 0, infos = 0;
        for (const CheckedFile &file : files) {
            for (const Diagnostic &d : file.diagnostics) {
                output.line(QStringLiteral("%1: %2[%3]: %4")
                                .arg(location(file.path, d.range.start), severityKey(d.severity),
                                     d.rule, d.message));
                for (const RelatedLocation &related : d.related)
                    output.line(
                        QStringLiteral("    %1: note: %2")
                            .arg(location(file.path, related.range.start), related.message));
                if (d.fix)
                    output.line(QStringLiteral("    fix: %1").arg(d.fix->description));
                (d.severity == Severity::Error     ? errors
                 : d.severity == Severity::Warning ? warnings
                                                   : infos)++;
            }
        }
        if (errors + warnings + infos > 0)
            output.line(Text::tr("errors: %1, warnings: %2, info: %3")
                            .arg(errors)
                            .arg(warnings)
                            .arg(infos));
    }
    return exitCode;
}

} // namespace qm::cli
