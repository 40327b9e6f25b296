#pragma once

#include <QByteArray>
#include <QList>

namespace qm {

/// One run of a line diff: `count` lines that are in both texts, only in the old one
/// (removed) or only in the new one (added).
struct DiffRun
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    qsizetype oldStart = 0; ///< 0-based index of its first line in the old text
    qsizetype newStart = 0; ///< ... and in the new text
    qsizetype count = 0;
};

/// Splits `text` into lines, each with its line ending ("\n", "\r\n"); a last line
/// without one is kept as it is.
QList<QByteArray> splitLines(const QByteArray &text);

/// The shortest edit script between the lines of `before` and `after` (Myers), as runs
/// in order. Common head and tail are matched first; a middle part whose difference
/// passes `maxDistance` edits is reported as removed and re-added whole (correct,
/// only not minimal), so time and memory stay bounded on any input.
QList<DiffRun> diffLines(const QList<QByteArray> &before, const QList<QByteArray> &after,
                         qsizetype maxDistance = 2000);

/// A unified diff (`diff -u` format, `context` lines around each change) from
/// `before` to `after`, headed `--- oldLabel` / `+++ newLabel`; empty when the texts
/// are the same. Lines keep their own endings; a missing final newline is marked
/// "\ No newline at end of file" as diff does.
QByteArray unifiedDiff(const QByteArray &before, const QByteArray &after,
                       const QByteArray &oldLabel, const QByteArray &newLabel, int context = 3);

} // namespace qm
