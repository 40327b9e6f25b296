#include "commands.h"
#include "confighistorycommand.h"
#include "core/config/configcheck.h"
#include "core/config/configfile.h"
#include "core/config/configsave.h"
#include "core/config/edit/configeditor.h"
#include "core/config/edit/fleetedits.h"
#include "core/config/edit/safefixes.h"
#include "core/config/yaml/document.h"
#include "core/config/yaml/pythonjson.h"
#include "core/config/yaml/value.h"
#include "core/json/schema.h"
#include "core/text/linediff.h"
#include "exitcode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>

namespace qm::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::cli::Config)
};

int runDump(const QString &path, Output &output)
{
    const ConfigFileContents contents = readConfigFile(path);
    if (!contents.ok()) {
        output.error(contents.error);
        return UsageError;
    }
    const QString shownPath = QDir::toNativeSeparators(path);
    const auto located = [&](const yaml::Position &position, const QString &message) {
        return QStringLiteral("%1:%2:%3: %4")
            .arg(shownPath)
            .arg(position.line + 1)
            .arg(position.column + 1)
            .arg(message);
    };
    yaml::ParseError parseError;
    const std::optional<yaml::Document> document = yaml::parse(contents.bytes, &parseError);
    if (!document) {
        output.error(located(parseError.position, parseError.message));
        return UsageError;
    }
    yaml::LoadError loadError;
    const yaml::Value value = yaml::construct(*document, &loadError);
    if (!value) {
        output.error(located(loadError.position, loadError.message));
        return UsageError;
    }
    QString jsonError;
    QByteArray values = yaml::toPythonJson(value, &jsonError);
    if (!jsonError.isEmpty()) {
        output.error(QStringLiteral("%1: %2").arg(shownPath, jsonError));
        return UsageError;
    }
    // The envelope of every qmctl document, around the values as the daemons read them.
    values.replace('\n', "\n  ");
    const QByteArray file = QJsonDocument(QJsonArray{contents.path}).toJson(QJsonDocument::Compact);
    output.raw("{\n  \"schemaVersion\": " + QByteArray::number(json::kSchemaVersion) +
               ",\n  \"file\": " + file.mid(1, file.size() - 2) + ",\n  \"document\": " + values +
               "\n}\n");
    return Success;
}

QString location(const QString &file, const yaml::Position &position)
{
    return QStringLiteral("%1:%2:%3").arg(file).arg(position.line + 1).arg(position.column + 1);
}

/// The problems a change adds, as `qmctl check` prints them.
void printProblems(const QString &file, const QList<Diagnostic> &problems, Output &output,
                   bool toStandardError)
{
    for (const Diagnostic &d : problems) {
        const QString line =
            QStringLiteral("%1: %2[%3]: %4")
                .arg(location(file, d.range.start), severityKey(d.severity), d.rule, d.message);
        if (toStandardError)
            output.warning(line);
        else
            output.line(line);
    }
}

/// `qmctl config set FILE HOST.KEY VALUE [--yes]`: the change as a diff and the problems
/// it adds; written (with a backup) only with `write`.
int runSet(const QString &path, const QString &target, const QString &value, bool write,
           Output &output)
{
    const QString shown = QDir::toNativeSeparators(path);
    const qsizetype dot = target.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || dot == target.size() - 1) {
        output.error(Text::tr("'%1' is not HOST.KEY (a host of the file, a dot, one of its "
                              "keys, such as gpu-1.ssh_port)")
                         .arg(target));
        return UsageError;
    }
    const QString host = target.left(dot);
    const QString key = target.mid(dot + 1);
    const QString setting = QStringLiteral("hosts.%1.%2").arg(host, key);
    const ConfigFileContents contents = readConfigFile(path);
    if (!contents.ok()) {
        output.error(contents.error);
        return UsageError;
    }
    const CheckedFile before = checkConfigText(path, contents.bytes);
    if (!before.document || !before.config) {
        const Diagnostic first = before.diagnostics.value(0);
        output.error(Text::tr("%1: cannot edit a file that does not load: %2")
                         .arg(location(shown, first.range.start), first.message));
        return UsageError;
    }
    QString why;
    const std::optional<Fix> fix =
        edit::FleetEdits(*before.document, *before.config).setHostValueText(host, key, value, &why);
    const edit::Applied applied =
        fix ? edit::applyFix(*before.document, *fix, true) : edit::Applied{{}, why};
    if (!applied.ok()) {
        output.error(Text::tr("%1: cannot set %2: %3").arg(shown, setting, applied.error));
        return UsageError;
    }
    const QString type = fix->intents.front().nodes.back().type;
    const bool json = output.format() == OutputFormat::Json;
    const auto report = [&](const QByteArray &diff, bool written, const QString &backup,
                            const QList<Diagnostic> &added) {
        QJsonArray problems;
        for (const Diagnostic &diagnostic : added)
            problems.append(diagnosticToJson(diagnostic, shown));
        output.json(
            json::document({{QStringLiteral("file"), shown},
                            {QStringLiteral("setting"), setting},
                            {QStringLiteral("value"), value},
                            {QStringLiteral("type"), type},
                            {QStringLiteral("diff"), QString::fromUtf8(diff)},
                            {QStringLiteral("written"), written},
                            {QStringLiteral("backupPath"),
                             backup.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(backup)},
                            {QStringLiteral("added"), problems}}));
    };
    if (applied.text == contents.bytes) {
        if (json)
            report({}, false, {}, {});
        else
            output.line(
                Text::tr("%1: %2 is already %3; nothing to change").arg(shown, setting, value));
        return Success;
    }
    // Checked again before anything is written: the problems the change would add are
    // part of what it shows.
    const CheckedFile after = checkConfigText(path, applied.text);
    const QList<Diagnostic> added = edit::addedProblems(before, after);
    const bool addsErrors = std::any_of(added.cbegin(), added.cend(), [](const Diagnostic &d) {
        return d.severity == Severity::Error;
    });
    const QByteArray diff = unifiedDiff(contents.bytes, applied.text, QFile::encodeName(shown),
                                        QFile::encodeName(shown));
    if (!write) {
        if (json) {
            report(diff, false, {}, added);
        } else {
            output.raw(diff);
            printProblems(shown, added, output, true);
            output.warning(Text::tr("nothing was written; run again with --yes to write it"));
        }
        return ProblemsFound;
    }
    const ConfigSaveResult saved = saveConfigFile(path, applied.text);
    if (!saved.ok()) {
        output.error(saved.error);
        return Incomplete;
    }
    if (!saved.warning.isEmpty())
        output.warning(saved.warning);
    if (json) {
        report(diff, true, saved.backupPath, added);
    } else {
        output.line(Text::tr("%1: set %2 to %3; backup: %4")
                        .arg(shown, setting, value, QDir::toNativeSeparators(saved.backupPath)));
        if (!added.isEmpty()) {
            output.line(Text::tr("%1: this change adds:").arg(shown));
            printProblems(shown, added, output, false);
        }
    }
    return addsErrors ? ProblemsFound : Success;
}

/// The action of `arguments` (their first positional argument), read before they are
/// parsed: it decides whether errors are written as JSON.
QString actionOf(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--format")) {
            ++i;
            continue;
        }
        if (arguments[i] == QLatin1String("--"))
            return arguments.value(i + 1);
        if (!arguments[i].startsWith(QLatin1Char('-')))
            return arguments[i];
    }
    return QString();
}

} // namespace

int runConfig(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Work with fleet configs (distributed_hosts.yaml).\n\n"
                 "  dump FILE   print the values of FILE as JSON, exactly as the fleet's "
                 "daemons (PyYAML safe_load) read them") +
        QLatin1Char('\n') +
        Text::tr("  set FILE HOST.KEY VALUE   set a key of a host, VALUE typed as the key "
                 "takes it, changing nothing else: prints the diff and the problems it would "
                 "add; --yes writes it, keeping a backup") +
        QLatin1Char('\n') +
        Text::tr("  history FILE   every version of FILE (Quartermaster's backups, "
                 ".config_backups, git, the current file last) with what it changed and the "
                 "problems it added and fixed") +
        QLatin1Char('\n') +
        Text::tr("  diff FILE VERSION [VERSION]   the diff from VERSION to the current file, "
                 "or between two versions (ids as history lists them)") +
        QLatin1Char('\n') +
        Text::tr("  miner-history DIR|FILE   which setting of a miner changed when "
                 "(miner_config_history.jsonl)"));
    parser.addPositionalArgument(
        QStringLiteral("action"),
        Text::tr("What to do: dump, set, history, diff or miner-history."),
        QStringLiteral("dump FILE | set FILE HOST.KEY VALUE | history FILE | diff FILE VERSION "
                       "[VERSION] | miner-history DIR"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        Text::tr("With set, history, diff, miner-history: output format, text (default) or json."),
        QStringLiteral("text|json"), QStringLiteral("text"));
    const QCommandLineOption yes(
        QStringLiteral("yes"),
        Text::tr("With set: write the change, keeping a backup in .config_backups."));
    parser.addOptions({format, yes});
    // Everything dump prints is JSON, errors included; the others write text unless asked.
    const QString action = actionOf(arguments);
    const bool dump = action == QLatin1String("dump") || action.isEmpty() ||
                      !QStringList{QStringLiteral("set"), QStringLiteral("history"),
                                   QStringLiteral("diff"), QStringLiteral("miner-history")}
                           .contains(action);
    if (dump)
        output.setFormat(OutputFormat::Json);
    if (const std::optional<int> done =
            parseCommand(parser, arguments, QStringLiteral("config"), output))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (!dump) {
        if (!output.setFormat(parser.value(format)))
            return UsageError;
        if (action != QLatin1String("set") && parser.isSet(yes)) {
            output.error(Text::tr("'config %1' writes nothing: it takes no --yes").arg(action));
            return UsageError;
        }
    }
    if (action == QLatin1String("set")) {
        if (positional.size() != 4) {
            output.error(Text::tr("'config set' takes FILE HOST.KEY VALUE"));
            return UsageError;
        }
        return runSet(positional.at(1), positional.at(2), positional.at(3), parser.isSet(yes),
                      output);
    }
    if (action == QLatin1String("history")) {
        if (positional.size() != 2) {
            output.error(Text::tr("'config history' takes exactly one FILE"));
            return UsageError;
        }
        return runConfigHistory(positional.at(1), output);
    }
    if (action == QLatin1String("diff")) {
        if (positional.size() != 3 && positional.size() != 4) {
            output.error(Text::tr("'config diff' takes FILE VERSION [VERSION]"));
            return UsageError;
        }
        return runConfigDiff(positional.at(1), positional.at(2), positional.value(3), output);
    }
    if (action == QLatin1String("miner-history")) {
        if (positional.size() != 2) {
            output.error(Text::tr("'config miner-history' takes exactly one DIR or FILE"));
            return UsageError;
        }
        return runMinerHistory(positional.at(1), output);
    }
    if (positional.value(0) != QLatin1String("dump")) {
        output.error(positional.isEmpty()
                         ? Text::tr("no action given; run 'qmctl config --help'")
                         : Text::tr("unknown action '%1'; run 'qmctl config --help'")
                               .arg(positional.first()));
        return UsageError;
    }
    if (parser.isSet(yes) ||
        (parser.isSet(format) && parser.value(format) != QLatin1String("json"))) {
        output.error(Text::tr("'config dump' prints JSON and writes nothing: it takes neither "
                              "--yes nor --format text"));
        return UsageError;
    }
    if (positional.size() != 2) {
        output.error(Text::tr("'config dump' takes exactly one FILE"));
        return UsageError;
    }
    return runDump(positional.at(1), output);
}

} // namespace qm::cli
