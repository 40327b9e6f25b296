#include "commands.h"
#include "core/config/configcheck.h"
#include "core/config/configfile.h"
#include "core/config/configsave.h"
#include "core/config/edit/safefixes.h"
#include "core/fleet/liverules.h"
#include "core/json/schema.h"
#include "core/text/linediff.h"
#include "exitcode.h"
#include "probeoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>

#include <cmath>

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

/// The text lines of `diagnostics` of `file`, with their notes and (`withFixes`) fixes.
void printDiagnostics(const QString &file, const QList<Diagnostic> &diagnostics, Output &output,
                      bool withFixes = true)
{
    for (const Diagnostic &d : diagnostics) {
        output.line(
            QStringLiteral("%1: %2[%3]: %4")
                .arg(location(file, d.range.start), severityKey(d.severity), d.rule, d.message));
        for (const RelatedLocation &related : d.related)
            output.line(QStringLiteral("    %1: note: %2")
                            .arg(location(file, related.range.start), related.message));
        if (d.fix && withFixes)
            output.line(QStringLiteral("    fix: %1").arg(d.fix->description));
    }
}

/// "errors: 1, warnings: 2, info: 0" for `diagnostics`; empty when there are none.
QString countsLine(const QList<Diagnostic> &diagnostics)
{
    int errors = 0, warnings = 0, infos = 0;
    for (const Diagnostic &d : diagnostics)
        (d.severity == Severity::Error     ? errors
         : d.severity == Severity::Warning ? warnings
                                           : infos)++;
    if (errors + warnings + infos == 0)
        return QString();
    return Text::tr("errors: %1, warnings: %2, info: %3").arg(errors).arg(warnings).arg(infos);
}

/// `qmctl check --fix [--yes]`: the diff of every safe fix, applied only with --yes, and
/// the problems the fixes leave.
int runFix(const QStringList &paths, bool apply, Output &output)
{
    int exitCode = Success;
    bool pending = false; // fixes shown but not written
    QJsonArray results;
    for (const QString &path : paths) {
        const QString shown = QDir::toNativeSeparators(path);
        const ConfigFileContents contents = readConfigFile(path);
        if (!contents.ok()) {
            output.error(contents.error);
            return UsageError;
        }
        const edit::SafeFixRun run = edit::applySafeFixes(path, contents.bytes);
        if (run.unreadable) {
            const CheckedFile checked = checkConfigText(path, contents.bytes);
            output.error(Text::tr("%1: cannot fix a file that does not parse: %2")
                             .arg(location(shown, checked.diagnostics.value(0).range.start),
                                  checked.diagnostics.value(0).message));
            return UsageError;
        }
        const QByteArray diff = unifiedDiff(contents.bytes, run.text, QFile::encodeName(shown),
                                            QFile::encodeName(shown));
        ConfigSaveResult saved;
        if (apply && !run.applied.isEmpty()) {
            saved = saveConfigFile(path, run.text);
            if (!saved.ok()) {
                output.error(saved.error);
                return Incomplete;
            }
            if (!saved.warning.isEmpty())
                output.warning(saved.warning);
        }
        // What is left for a person once the fixes are in (written or not).
        const CheckedFile left = checkConfigText(path, run.text);
        pending = pending || (!apply && !run.applied.isEmpty());
        if (left.hasErrors() || pending)
            exitCode = ProblemsFound;

        if (output.format() == OutputFormat::Json) {
            QJsonArray applied;
            for (const edit::AppliedFix &fix : run.applied)
                applied.append(QJsonObject{{QStringLiteral("rule"), fix.rule},
                                           {QStringLiteral("description"), fix.description},
                                           {QStringLiteral("line"), qint64(fix.line)}});
            QJsonArray refused;
            for (const edit::RefusedFix &fix : run.refused)
                refused.append(QJsonObject{{QStringLiteral("rule"), fix.rule},
                                           {QStringLiteral("description"), fix.description},
                                           {QStringLiteral("line"), qint64(fix.line)},
                                           {QStringLiteral("reason"), fix.reason}});
            QJsonArray remaining;
            for (const Diagnostic &diagnostic : left.diagnostics)
                remaining.append(diagnosticToJson(diagnostic, shown));
            results.append(
                QJsonObject{{QStringLiteral("file"), shown},
                            {QStringLiteral("fixes"), applied},
                            {QStringLiteral("refused"), refused},
                            {QStringLiteral("remaining"), remaining},
                            {QStringLiteral("diff"), QString::fromUtf8(diff)},
                            {QStringLiteral("written"), apply && !run.applied.isEmpty()},
                            {QStringLiteral("backupPath"), saved.backupPath.isEmpty()
                                                               ? QJsonValue(QJsonValue::Null)
                                                               : QJsonValue(saved.backupPath)}});
            continue;
        }
        for (const edit::RefusedFix &refused : run.refused)
            output.warning(Text::tr("%1:%2: %3 fix refused: %4: %5")
                               .arg(shown, QString::number(refused.line), refused.rule,
                                    refused.description, refused.reason));
        if (run.applied.isEmpty()) {
            output.line(run.refused.isEmpty() ? Text::tr("%1: nothing to fix").arg(shown)
                                              : Text::tr("%1: nothing fixed: %n fix(es) refused",
                                                         nullptr, int(run.refused.size()))
                                                    .arg(shown));
        } else if (!apply) {
            output.raw(diff);
        } else {
            output.line(
                Text::tr("%1: applied %n fix(es); backup: %2", nullptr, int(run.applied.size()))
                    .arg(shown, QDir::toNativeSeparators(saved.backupPath)));
            for (const edit::AppliedFix &fix : run.applied)
                output.line(QStringLiteral("    %1: %2: %3")
                                .arg(QString::number(fix.line), fix.rule, fix.description));
        }
        const QString counts = countsLine(left.diagnostics);
        if (counts.isEmpty())
            continue;
        if (!apply && !run.applied.isEmpty()) {
            // Standard output holds the patch: only a summary, on standard error.
            output.warning(Text::tr("%1: left after these fixes: %2").arg(shown, counts));
            continue;
        }
        output.line(Text::tr("%1: left for a person:").arg(shown));
        printDiagnostics(shown, left.diagnostics, output, false); // their fixes were refused
        output.line(counts);
    }
    if (output.format() == OutputFormat::Json)
        output.json(json::listing(QStringLiteral("files"), results));
    else if (pending)
        output.warning(Text::tr("nothing was written; run again with --yes to apply the fixes"));
    return exitCode;
}

/// Probes the hosts `config` names (this machine only when it names it) and runs the
/// live rules on the results.
QList<Diagnostic> liveDiagnostics(const yaml::Document &document, const FleetConfig &config,
                                  const ProbeCommandOptions &probeOptions,
                                  const LiveRuleOptions &liveOptions, Output &output)
{
    QList<ProbeHost> hosts = probeHosts(&config, defaultDaemonRules());
    hosts.removeIf([&](const ProbeHost &host) { return host.local && !config.host(host.name); });
    HistoryStore history;
    const QList<HostProbe> probes =
        probeOptions.run(hosts, &history, [&](const QString &message) { output.warning(message); });
    QHash<QString, LiveHostState> states;
    for (const HostProbe &probe : probes)
        states.insert(probe.name,
                      {probe, history.isOpen() ? history.failingSince(probe.name) : QDateTime()});
    LiveRuleOptions options = liveOptions;
    options.now = QDateTime::currentDateTimeUtc();
    return checkLiveRules(document, config, states, options);
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
    const QCommandLineOption fix(
        QStringLiteral("fix"),
        Text::tr("Print the unified diff of every safe fix; writes nothing without --yes."));
    const QCommandLineOption yes(
        QStringLiteral("yes"),
        Text::tr("With --fix: apply the fixes in place, keeping a backup in .config_backups."));
    const QCommandLineOption live(
        QStringLiteral("live"),
        Text::tr("Also probe the config's hosts now and check it against their live state "
                 "(rules QM101-QM105: disk use, free space, external storage, processes, "
                 "unreachable hosts)."));
    const QCommandLineOption unreachableAfter(
        QStringLiteral("unreachable-after"),
        Text::tr("With --live: report a host that has not answered for this many minutes "
                 "(default 0: any host not answering now)."),
        QStringLiteral("minutes"), QStringLiteral("0"));
    parser.addOptions({format, minSeverity, fix, yes, live, unreachableAfter});
    ProbeCommandOptions probeOptions;
    probeOptions.addTo(parser);
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

    if (parser.isSet(yes) && !parser.isSet(fix)) {
        output.error(Text::tr("--yes applies fixes: give it with --fix"));
        return UsageError;
    }
    QString optionError;
    if (!probeOptions.read(parser, &optionError)) {
        output.error(optionError);
        return UsageError;
    }
    bool minutesOk = false;
    const double minutes = parser.value(unreachableAfter).toDouble(&minutesOk);
    if (!minutesOk || !std::isfinite(minutes) || minutes < 0 || minutes > 366.0 * 24 * 60) {
        output.error(Text::tr("bad --unreachable-after '%1': give minutes")
                         .arg(parser.value(unreachableAfter)));
        return UsageError;
    }
    if (parser.isSet(fix) && parser.isSet(live)) {
        output.error(Text::tr("--fix and --live do not go together: fixes are static"));
        return UsageError;
    }
    if (parser.isSet(fix)) {
        if (sarif) {
            output.error(Text::tr("--fix prints a diff: use --format text or json"));
            return UsageError;
        }
        return runFix(paths, parser.isSet(yes), output);
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
        if (parser.isSet(live) && file.config && file.document) {
            LiveRuleOptions liveOptions;
            liveOptions.unreachableAfterSecs = qint64(minutes * 60.0);
            const int before = int(file.diagnostics.size());
            file.diagnostics +=
                liveDiagnostics(*file.document, *file.config, probeOptions, liveOptions, output);
            for (int i = before; i < file.diagnostics.size(); ++i) {
                if (file.diagnostics.at(i).severity == Severity::Error && exitCode == Success)
                    exitCode = ProblemsFound;
            }
        }
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
        QList<Diagnostic> all;
        for (const CheckedFile &file : files) {
            printDiagnostics(file.path, file.diagnostics, output);
            all += file.diagnostics;
        }
        const QString counts = countsLine(all);
        if (!counts.isEmpty())
            output.line(counts);
    }
    return exitCode;
}

} // namespace qm::cli
