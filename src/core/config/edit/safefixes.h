#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace qm::edit {

/// One fix that was applied, as it was described when applied.
struct AppliedFix
{
    QString rule;
    QString description;
    qsizetype line = 0; ///< 1-based line of the diagnostic it repaired, in the text it applied to
};

/// What applying every safe fix to a config text gave.
struct SafeFixRun
{
    QByteArray text;           ///< the text with the fixes applied (the input if none)
    QList<AppliedFix> applied; ///< in the order they were applied
    QStringList refused;       ///< fixes the edit engine refused, with the reason
    bool unreadable = false;   ///< the text does not parse: nothing was attempted
};

/// Applies the safe fix of each diagnostic of `text` (the `fix`, never an alternative)
/// one at a time: check, apply the first fix not yet tried through edit::applyFix, check
/// again, until no diagnostic offers a new one. Each fix is tried at most once, so the
/// run ends; a refused fix leaves the text as it was. Pure: touches no file.
SafeFixRun applySafeFixes(const QString &path, const QByteArray &text);

} // namespace qm::edit
