#include "commands.h"
#include "config/configfile.h"
#include "config/yaml/document.h"
#include "config/yaml/pythonjson.h"
#include "config/yaml/value.h"
#include "exitcode.h"
#include "json/schema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

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

} // namespace

int runConfig(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Work with fleet configs (distributed_hosts.yaml).\n\n"
                 "  dump FILE   print the values of FILE as JSON, exactly as the fleet's "
                 "daemons (PyYAML safe_load) read them"));
    parser.addPositionalArgument(QStringLiteral("action"), Text::tr("What to do: dump."),
                                 QStringLiteral("dump FILE"));
    // Everything this command prints is JSON, errors included.
    output.setFormat(OutputFormat::Json);
    if (const std::optional<int> done =
            parseCommand(parser, arguments, QStringLiteral("config"), output))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) != QLatin1String("dump")) {
        output.error(positional.isEmpty()
                         ? Text::tr("no action given; run 'qmctl config --help'")
                         : Text::tr("unknown action '%1'; run 'qmctl config --help'")
                               .arg(positional.first()));
        return UsageError;
    }
    if (positional.size() != 2) {
        output.error(Text::tr("'config dump' takes exactly one FILE"));
        return UsageError;
    }
    return runDump(positional.at(1), output);
}

} // namespace qm::cli
