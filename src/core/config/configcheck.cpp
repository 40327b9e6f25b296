#include "configcheck.h"

#include "configfile.h"
#include "configrules.h"
#include "core/json/schema.h"
#include "fleetconfig.h"
#include "yaml/document.h"
#include "yaml/value.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace qm {

namespace {

Diagnostic unreadable(const QString &message, const yaml::Position &position)
{
    Diagnostic diagnostic;
    diagnostic.rule = QStringLiteral("QM000");
    diagnostic.severity = Severity::Error;
    diagnostic.message = message;
    diagnostic.range = SourceRange{position, position};
    return diagnostic;
}

/// The rule IDs a `# qm: ignore[...]` comment on `line` names.
QStringList ignoredOnLine(const yaml::SourceText &source, qsizetype line)
{
    static const QRegularExpression pattern(
        QStringLiteral("#\\s*qm:\\s*ignore\\[([A-Za-z0-9_,\\s]*)\\]"));
    const qsizetype start = source.lineStartByte(line);
    const qsizetype end = source.lineStartByte(line + 1);
    const QString text = QString::fromUtf8(source.text().mid(start, end - start));
    QStringList rules;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QStringList ids = it.next().captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &id : ids)
            rules.append(id.trimmed().toUpper());
    }
    return rules;
}

QJsonObject sarifRegion(const SourceRange &range)
{
    return QJsonObject{{QStringLiteral("startLine"), range.start.line + 1},
                       {QStringLiteral("startColumn"), range.start.column + 1},
                       {QStringLiteral("endLine"), range.end.line + 1},
                       {QStringLiteral("endColumn"), range.end.column + 1},
                       {QStringLiteral("byteOffset"), range.start.byte},
                       {QStringLiteral("byteLength"), range.end.byte - range.start.byte}};
}

QString sarifLevel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("note");
    }
    return QStringLiteral("error");
}

} // namespace

bool CheckedFile::hasErrors() const
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &d) { return d.severity == Severity::Error; });
}

CheckedFile checkConfigText(const QString &path, const QByteArray &bytes)
{
    CheckedFile file;
    file.path = path;
    yaml::ParseError parseError;
    std::optional<yaml::Document> parsed = yaml::parse(bytes, &parseError);
    if (!parsed) {
        file.unreadable = true;
        file.diagnostics.append(unreadable(parseError.toString(), parseError.position));
        return file;
    }
    const auto document = std::make_shared<const yaml::Document>(std::move(*parsed));
    file.document = document;
    yaml::LoadError loadError;
    const yaml::Value root = yaml::construct(*document, &loadError);
    if (!root) {
        file.unreadable = true;
        file.diagnostics.append(unreadable(loadError.toString(), loadError.position));
        return file;
    }
    QList<Diagnostic> diagnostics = duplicateKeys(*document);
    const auto config =
        std::make_shared<const FleetConfig>(FleetConfig::build(*document, root, &diagnostics));
    file.config = config;
    diagnostics += checkFleetRules(*document, *config);

    for (const Diagnostic &diagnostic : std::as_const(diagnostics)) {
        if (!ignoredOnLine(document->source, diagnostic.range.start.line).contains(diagnostic.rule))
            file.diagnostics.append(diagnostic);
    }
    std::stable_sort(file.diagnostics.begin(), file.diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         if (a.range.start.byte != b.range.start.byte)
                             return a.range.start.byte < b.range.start.byte;
                         return a.rule < b.rule;
                     });
    return file;
}

CheckedFile checkConfigFile(const QString &path)
{
    const ConfigFileContents contents = readConfigFile(path);
    if (!contents.ok()) {
        CheckedFile file;
        file.path = path;
        file.unreadable = true;
        file.diagnostics.append(unreadable(contents.error, yaml::Position{}));
        return file;
    }
    return checkConfigText(path, contents.bytes);
}

QJsonObject diagnosticToJson(const Diagnostic &diagnostic, const QString &file)
{
    QJsonArray related;
    for (const RelatedLocation &location : diagnostic.related)
        related.append(QJsonObject{{QStringLiteral("file"), file},
                                   {QStringLiteral("line"), location.range.start.line + 1},
                                   {QStringLiteral("column"), location.range.start.column + 1},
                                   {QStringLiteral("message"), location.message}});
    QJsonValue fix(QJsonValue::Null);
    if (diagnostic.fix) {
        QJsonArray edits;
        for (const TextEdit &edit : diagnostic.fix->edits)
            edits.append(QJsonObject{{QStringLiteral("startByte"), edit.startByte},
                                     {QStringLiteral("endByte"), edit.endByte},
                                     {QStringLiteral("newText"), edit.newText}});
        fix = QJsonObject{{QStringLiteral("description"), diagnostic.fix->description},
                          {QStringLiteral("edits"), edits}};
    }
    return QJsonObject{{QStringLiteral("rule"), diagnostic.rule},
                       {QStringLiteral("severity"), severityKey(diagnostic.severity)},
                       {QStringLiteral("message"), diagnostic.message},
                       {QStringLiteral("file"), file},
                       {QStringLiteral("line"), diagnostic.range.start.line + 1},
                       {QStringLiteral("column"), diagnostic.range.start.column + 1},
                       {QStringLiteral("endLine"), diagnostic.range.end.line + 1},
                       {QStringLiteral("endColumn"), diagnostic.range.end.column + 1},
                       {QStringLiteral("related"), related},
                       {QStringLiteral("fix"), fix}};
}

QJsonObject checkedFilesToSarif(const QList<CheckedFile> &files)
{
    QJsonArray results;
    QStringList ruleIds;
    for (const CheckedFile &file : files) {
        const QString uri = QUrl::fromLocalFile(file.path).toString();
        const QJsonObject artifact{{QStringLiteral("uri"), uri}};
        for (const Diagnostic &diagnostic : file.diagnostics) {
            if (!ruleIds.contains(diagnostic.rule))
                ruleIds.append(diagnostic.rule);
            QJsonObject result{
                {QStringLiteral("ruleId"), diagnostic.rule},
                {QStringLiteral("level"), sarifLevel(diagnostic.severity)},
                {QStringLiteral("message"),
                 QJsonObject{{QStringLiteral("text"), diagnostic.message}}},
                {QStringLiteral("locations"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("physicalLocation"),
                      QJsonObject{{QStringLiteral("artifactLocation"), artifact},
                                  {QStringLiteral("region"), sarifRegion(diagnostic.range)}}}}}}};
            QJsonArray related;
            for (qsizetype i = 0; i < diagnostic.related.size(); ++i) {
                const RelatedLocation &location = diagnostic.related[i];
                related.append(QJsonObject{
                    {QStringLiteral("id"), int(i)},
                    {QStringLiteral("message"),
                     QJsonObject{{QStringLiteral("text"), location.message}}},
                    {QStringLiteral("physicalLocation"),
                     QJsonObject{{QStringLiteral("artifactLocation"), artifact},
                                 {QStringLiteral("region"), sarifRegion(location.range)}}}});
            }
            if (!related.isEmpty())
                result.insert(QStringLiteral("relatedLocations"), related);
            if (diagnostic.fix) {
                QJsonArray replacements;
                for (const TextEdit &edit : diagnostic.fix->edits)
                    replacements.append(
                        QJsonObject{{QStringLiteral("deletedRegion"),
                                     QJsonObject{{QStringLiteral("byteOffset"), edit.startByte},
                                                 {QStringLiteral("byteLength"),
                                                  edit.endByte - edit.startByte}}},
                                    {QStringLiteral("insertedContent"),
                                     QJsonObject{{QStringLiteral("text"), edit.newText}}}});
                result.insert(
                    QStringLiteral("fixes"),
                    QJsonArray{QJsonObject{
                        {QStringLiteral("description"),
                         QJsonObject{{QStringLiteral("text"), diagnostic.fix->description}}},
                        {QStringLiteral("artifactChanges"),
                         QJsonArray{
                             QJsonObject{{QStringLiteral("artifactLocation"), artifact},
                                         {QStringLiteral("replacements"), replacements}}}}}});
            }
            results.append(result);
        }
    }
    std::sort(ruleIds.begin(), ruleIds.end());
    QJsonArray rules;
    for (const QString &id : ruleIds)
        rules.append(
            QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("helpUri"),
                         QString(QStringLiteral("docs/config-rules.md#") + id.toLower())}});
    const QJsonObject driver{{QStringLiteral("name"), QStringLiteral("qmctl")},
                             {QStringLiteral("version"), QStringLiteral(QM_VERSION)},
                             {QStringLiteral("rules"), rules}};
    return QJsonObject{{QStringLiteral("$schema"),
                        QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
                       {QStringLiteral("version"), QStringLiteral("2.1.0")},
                       {QStringLiteral("runs"),
                        QJsonArray{QJsonObject{{QStringLiteral("tool"),
                                                QJsonObject{{QStringLiteral("driver"), driver}}},
                                               {QStringLiteral("results"), results}}}}};
}

} // namespace qm
