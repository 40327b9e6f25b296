#pragma once

#include "configversions.h"
#include "core/config/diagnostic.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace qm {

/// A problem of the checker (docs/config-rules.md) that a version brought in or
/// removed.
struct ProblemChange
{
    QString rule; ///< "QM001"
    Severity severity = Severity::Error;
    QString message;
};

/// One version of a config with what it changed from the version before it.
struct ConfigHistoryEntry
{
    ConfigVersion version;
    /// Why the version does not parse or load (the checker's QM000 message, or why it
    /// could not be read); empty when it does.
    QString parseError;
    /// What changed from the newest earlier version that parsed, one sentence each
    /// (describeConfigChanges); empty with a `summary` that says why.
    QStringList changes;
    /// The changes as one line: "Host gpu-3 added; max_disk_usage_percent 70 → 80",
    /// "No change", "Comments or formatting only", "Does not parse: …", or for the
    /// oldest version "Oldest version: 4 hosts".
    QString summary;
    /// Problems present in this version and not in the previous one (the oldest
    /// version: all of its problems), and the reverse; a problem is its rule and
    /// message, so the same problem moved to another line is neither.
    QList<ProblemChange> problemsAdded;
    QList<ProblemChange> problemsFixed;
    int errorCount = 0;   ///< errors in this version (QM000 for one that does not parse)
    int warningCount = 0; ///< warnings in this version
    /// The unified diff from the previous version (empty for the oldest, and when the
    /// bytes are the same).
    QByteArray diff;

    /// Rule ids of problemsAdded/problemsFixed, sorted, each once.
    QStringList rulesAdded() const;
    QStringList rulesFixed() const;
    /// It brought in at least one error.
    bool addedErrors() const;
};

/// The history of a config: each version (oldest first, the current file last) with
/// its changes, problems and diff; `notes` says what could not be looked at.
struct ConfigHistory
{
    QList<ConfigHistoryEntry> entries;
    QStringList notes;
    QString currentError; ///< the current file could not be read

    /// The entry with id `id`, or the only one whose id starts with it (a short commit
    /// hash); -1 when none or several match.
    qsizetype find(const QString &id) const;
};

/// Parses and checks every version (checkConfigText: the static rules), compares each
/// with the one before it in words and as a diff, and finds the problems it brought in
/// and removed. Parsing warns on the GUI thread: run it in a worker. `cancel`, when
/// set, stops it early (the entries computed so far are returned).
ConfigHistory buildConfigHistory(const ConfigVersions &versions,
                                 const std::atomic<bool> *cancel = nullptr);

/// collectConfigVersions(path, search) and buildConfigHistory() in one (blocking).
ConfigHistory loadConfigHistory(const QString &path, const VersionSearch &search = {});

/// The unified diff between the bytes of two versions, labelled with their ids.
QByteArray versionDiff(const ConfigVersion &from, const ConfigVersion &to);

/// `qmctl config history --format json`: {"schemaVersion": 1, "versions": [{"id",
/// "source", "path", "at", "author", "summary", "problemsAdded", "problemsFixed",
/// "errorCount", "parseError"}], "notes": [...]}. `at` is ISO-8601 UTC or null, `author`
/// and `parseError` null when there is none; `summary` is the changes joined by "; ".
QJsonObject configHistoryToJson(const ConfigHistory &history);

/// One change of a unified diff: consecutive removed and added lines.
struct DiffHunkLines
{
    qsizetype firstDiffLine = 0; ///< 0-based lines of the diff text it spans
    qsizetype lastDiffLine = 0;
    qsizetype oldStart = 0; ///< 0-based first line of the old text it replaces
    qsizetype oldCount = 0;
    qsizetype newStart = 0; ///< 0-based first line of the new text it puts instead
    qsizetype newCount = 0;
};

/// The changes of a unified diff as unifiedDiff() writes it (`@@ -a,b +c,d @@` hunks of
/// ' ', '-', '+' lines), in order. Lines it does not understand are skipped.
QList<DiffHunkLines> diffChanges(const QByteArray &diff);

/// `current` with the changes `chosen` (from diffChanges of a diff from `version` to
/// `current`) undone: their new lines replaced by the version's old lines, everything
/// else kept. Nullopt-like empty result with `*error` when a change does not fit the
/// texts (they changed since the diff was made).
QByteArray restoreChanges(const QByteArray &version, const QByteArray &current,
                          const QList<DiffHunkLines> &chosen, QString *error);

} // namespace qm
