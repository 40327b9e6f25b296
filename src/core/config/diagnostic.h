#pragma once

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

/// A safe repair, as text edits that do not overlap (applied by the Config page and
/// `qmctl check --fix`).
struct Fix
{
    QString description;
    QList<TextEdit> edits;
};

/// One finding of the config checker, with the precision of a compiler diagnostic.
struct Diagnostic
{
    QString rule; ///< "QM001"; "QM000" when the file cannot be read or parsed
    Severity severity = Severity::Error;
    QString message; ///< names the hosts and values involved
    SourceRange range;
    QList<RelatedLocation> related;
    std::optional<Fix> fix;
};

} // namespace qm
