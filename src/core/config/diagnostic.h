#pragma once

#include "edit/documenttree.h"
#include "yaml/sourcetext.h"

#include <QList>
#include <QString>

#include <optional>

namespace qm {

enum class Severity { Info, Warning, Error };

/// "info", "warning", "error" (never translated: JSON, SARIF and the text format use it).
QString severityKey(Severity severity);
/// Parses a severity key; false for anything else.
bool parseSeverity(const QString &key, Severity *severity);

/// A span of the checked file: [start, end) with byte offsets and 0-based line/column.
struct SourceRange
{
    yaml::Position start;
    yaml::Position end;
};

/// Another place a diagnostic points at ("first defined here").
struct RelatedLocation
{
    SourceRange range;
    QString message;
};

/// Replace bytes [startByte, endByte) of the file with `newText`.
struct TextEdit
{
    qsizetype startByte = 0;
    qsizetype endByte = 0;
    QString newText;

    friend bool operator==(const TextEdit &, const TextEdit &) = default;
};

/// A change to the text of a config: a safe repair offered with a diagnostic, or an
/// edit made in the Config page. Text edits that do not overlap, and the intents they
/// carry out, against which edit::applyFix verifies the result.
struct Fix
{
    QString description;
    QList<TextEdit> edits;
    std::vector<edit::Intent> intents;
};

/// One finding of the config checker, with the precision of a compiler diagnostic.
struct Diagnostic
{
    QString rule; ///< "QM001"; "QM000" when the file cannot be read or parsed
    Severity severity = Severity::Error;
    QString message; ///< names the hosts and values involved
    SourceRange range;
    QList<RelatedLocation> related;
    std::optional<Fix> fix; ///< the repair `qmctl check --fix` applies
    /// Other repairs a person may pick instead in the Config page (adding a stub host
    /// rather than removing a reference to it); never applied automatically.
    QList<Fix> alternatives;
};

} // namespace qm
