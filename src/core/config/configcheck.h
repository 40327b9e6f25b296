#pragma once

#include "diagnostic.h"
#include "fleetconfig.h"
#include "yaml/document.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace qm {

/// The result of checking one fleet config file.
struct CheckedFile
{
    QString path;
    QList<Diagnostic> diagnostics; ///< in file order
    /// The file could not be read or parsed: `diagnostics` holds one QM000 error.
    bool unreadable = false;
    /// The parsed text when it parsed, for edits against it (edit::applyFix).
    std::shared_ptr<const yaml::Document> document;
    /// The typed model when the text loaded; its node indices refer to `document`.
    std::shared_ptr<const FleetConfig> config;

    bool hasErrors() const;
};

/// Checks the text of a fleet config: parses it (QM000 on failure), loads it as PyYAML
/// would, builds the typed model and runs every static rule. Diagnostics on a line that
/// carries `# qm: ignore[QM0xx]` (several IDs may be listed, comma-separated) are
/// dropped. Never throws; bounded in time and memory by the YAML limits.
CheckedFile checkConfigText(const QString &path, const QByteArray &bytes);

/// Reads `path` (see readConfigFile) and checks it. A file that cannot be read gives
/// one QM000 diagnostic at line 1, column 1.
CheckedFile checkConfigFile(const QString &path);

/// One diagnostic in the JSON shape of `qmctl check --format json`: rule, severity,
/// message, file, 1-based line/column (columns in characters), endLine/endColumn,
/// related, fix (null or {description, edits: [{startByte, endByte, newText}]}).
QJsonObject diagnosticToJson(const Diagnostic &diagnostic, const QString &file);

/// A SARIF 2.1.0 log of the checked files, for code-scanning services.
QJsonObject checkedFilesToSarif(const QList<CheckedFile> &files);

} // namespace qm
