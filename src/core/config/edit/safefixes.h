#pragma once

#include "core/config/diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace qm {
struct CheckedFile;
}

namespace qm::edit {

/// One fix that was applied, as it was described when applied.
struct AppliedFix
{
    QString rule;
    QString description;
    qsizetype line = 0; ///< 1-based line of the diagnostic it repaired, in the original text
};

/// A fix that was not applied, and why.
struct RefusedFix
{
    QString rule;
    QString description;
    qsizetype line = 0; ///< 1-based line of its diagnostic in the original text
    QString reason;     ///< for a person: what applying it would have done
};

/// What applying every safe fix to a config text gave.
struct SafeFixRun
{
    QByteArray text;           ///< the text with the fixes applied (the input if none)
    QList<AppliedFix> applied; ///< in the order they were applied
    QList<RefusedFix> refused; ///< in the order they were refused
    bool unreadable = false;   ///< the text does not parse: nothing was attempted
};

/// The problems `after` (the text once edited) has that `before` did not: those it has
/// more often, wherever the edit moved them (the same rule, severity and message), in
/// its order. What `applySafeFixes` refuses a fix for, and what `qmctl config set`
/// reports.
QList<Diagnostic> addedProblems(const CheckedFile &before, const CheckedFile &after);

/// Applies the safe fix of each diagnostic of `text` (the `fix`, never an alternative),
/// one at a time in file order, and verifies them one by one and as a whole:
/// - each fix goes through edit::applyFix (the text changes only as the fix means);
/// - the text is checked again after each fix: a fix is refused when the result has a
///   diagnostic the text before it did not have (it adds a problem: fewer voters making
///   an even count, a duplicate entry, a routing change that leaves too few receivers),
///   or when it does not make its own diagnostic go away;
/// - the fixes together must not empty a list the fleet relies on that was not empty:
///   `p2p_voters` (no voters, no leader election) or `sync_routing.priority_hosts`. When
///   they would, every fix that removed from that list is refused and the run starts
///   over without them — so removing five dangling voters or both priority hosts one by
///   one never happens.
/// Every step removes a problem and adds none, so the result has a subset of the
/// original's problems. Each fix is refused at most once, so the run ends; a refused
/// fix leaves the text as it was. Pure: touches no file.
SafeFixRun applySafeFixes(const QString &path, const QByteArray &text);

} // namespace qm::edit
