#pragma once

#include "trash.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace qm {

/// One file a plan removes, as it was when planned.
struct CleanupItem
{
    QString relativePath; ///< '/'-separated, inside the root, no "." or ".." parts
    qint64 sizeBytes = 0;
    qint64 modifiedMs = 0; ///< milliseconds since the epoch (finer parts dropped)
    friend bool operator==(const CleanupItem &, const CleanupItem &) = default;
};

/// Which files a cleanup removes: regular files under `root`, old enough, whose name
/// matches one of the patterns.
struct CleanupRule
{
    QString root; ///< an absolute folder of this machine; it may be reached through a link
    /// A file qualifies when modified more than this many days (of 24 h) before `nowMs`:
    /// strictly before nowMs − days × 86,400,000. -1: any age, even in the future.
    int olderThanDays = -1;
    /// Shell-style globs on the file NAME (never on its folders), any of which may match:
    /// `*` any characters, `?` one character, `[abc]` / `[!abc]` / `[^abc]` a set,
    /// `[[:digit:]]` a class; a backslash is an ordinary character. Matched with
    /// GlobPattern::shellFileName() (whole name, case-sensitive), and like fnmatch(3) with
    /// FNM_PERIOD a wildcard does not match the leading dot of a hidden file: `*.log`
    /// matches neither `x.LOG` nor `.x.log`, `.*.log` does. Empty: every name, hidden
    /// ones too. A pattern holding a '/' is refused (it could never match a name), and so
    /// is one with a '[' left open or a range written backwards.
    QStringList patterns;
    /// The time the ages count from, in milliseconds since the epoch; -1: when planning.
    qint64 nowMs = -1;
    /// When not empty, only these files may be planned, and only while they still have
    /// the size and modification time given: the files a person reviewed elsewhere (the
    /// samples chosen on the Samples page). Paths are relative to the root, compared
    /// exactly, after the other conditions. A listed file that is missing, a link or not
    /// a regular file is not planned; one that changed since it was chosen is left alone
    /// and counted in skippedOther.
    QList<CleanupItem> onlyFiles;
};

/// Everything a cleanup will remove, saved before anything is removed: the exact scope
/// a person reviews and the job executes (and executes again after an interruption).
struct CleanupPlan
{
    CleanupRule rule; ///< as planned, with nowMs filled in
    /// The root with every link resolved, when planned. Execution works here and only
    /// here: a root whose link is pointed elsewhere later does not move the cleanup.
    QString canonicalRoot;
    QList<CleanupItem> items; ///< sorted by relativePath, no duplicates
    qint64 totalBytes = 0;    ///< the sum of the items' sizes
    /// Symbolic links whose name matches the patterns: never followed, never removed
    /// (removing a link frees nothing and is not what a cleanup of old files means).
    qint64 skippedSymlinks = 0;
    /// Entries left alone for another reason: matching special files (sockets, pipes,
    /// devices), names that are not valid in the system's file name encoding, folders
    /// on another filesystem (a drive mounted inside the root), trash folders, and files
    /// dated outside the years 1 to 9999 (their time could not be saved in the plan).
    qint64 skippedOther = 0;
    /// Folders that could not be read: the files in them are not in the plan.
    qint64 unreadableFolders = 0;

    /// The plan as the job queue stores it and `qmctl --json` prints it (DESIGN
    /// conventions: camelCase, `...Bytes` integers, `...At` ISO-8601 UTC times, null
    /// for "any age").
    QJsonObject toJson() const;
    /// Reads a plan written by toJson. Refuses (nullopt, `*error` set, worded for a
    /// person) anything that is not exactly such a plan: a missing or mistyped field, a
    /// path that is absolute, empty or climbs with "..", a duplicate, or a total that
    /// does not add up; a damaged plan is never executed in part.
    static std::optional<CleanupPlan> fromJson(const QJsonObject &object, QString *error);
};

/// `items` as JSON: [{"path", "sizeBytes", "modifiedAt"}], as plans save them.
QJsonArray cleanupItemsToJson(const QList<CleanupItem> &items);
/// Reads such a list; nothing (with `*error`, naming the entry) when an entry is not
/// valid: a path that is empty, absolute or climbs with "..", a missing size or time.
std::optional<QList<CleanupItem>> cleanupItemsFromJson(const QJsonValue &value, QString *error);

/// Lists what `rule` would remove, touching nothing. Walks the root without following
/// any symbolic link (a linked folder is never entered, a link is never listed),
/// staying on the root's filesystem and out of trash folders (`.Trash`, `.Trash-UID`,
/// the home trash). Only regular files are listed. Stops with nullopt and "cancelled"
/// when `cancel` becomes true; nullopt with `*error` when the rule is unusable (a
/// relative root, a bad pattern) or the root cannot be read. Blocking: run it in a
/// worker.
std::optional<CleanupPlan> planCleanup(const CleanupRule &rule,
                                       const std::atomic<bool> *cancel = nullptr,
                                       QString *error = nullptr);

/// How much one run may do at most. The caps choose a prefix of the plan, in its
/// order: the run stops before the first item that would take it past maxFiles items
/// or maxBytes planned bytes (counting every item reached, removed or not), so running
/// the same plan again with the same caps covers the same files and nothing more.
struct CleanupLimits
{
    int batchSize = 500;  ///< items between progress reports and root checks (min 1)
    qint64 maxFiles = -1; ///< -1: no cap
    qint64 maxBytes = -1; ///< -1: no cap
    /// Stop once this many items failed (after so many the trash is probably unusable,
    /// and the rest would fail alike); 0 counts as 1; -1: never stop for failures.
    qint64 maxFailures = 100;
};

/// How a run reports, and how it removes. Every callback is optional and is called in
/// the thread that runs executeCleanup.
struct CleanupCallbacks
{
    /// After each batch and at the end: the items of the plan dealt with so far (removed,
    /// already gone, kept or failed) and their planned bytes, so it ends at the plan's
    /// totals when nothing stopped the run.
    std::function<void(qint64 filesDone, qint64 bytesDone)> progress;
    /// The audit log: called once for every file removed, with where it went.
    std::function<void(const QString &relativePath, qint64 bytes, const QString &whereTo)> removed;
    /// What happened to an item that was not removed: already gone, kept because it
    /// changed (with why), or failed (with why). For an audit of every item.
    enum class Outcome { Gone, Kept, Failed };
    std::function<void(const QString &relativePath, Outcome outcome, const QString &why)>
        notRemoved;
    /// Lines for the job's log: the start, each file kept or failed and why, the end.
    std::function<void(const QString &line)> log;
    /// Removes one file, by absolute path, after it passed every check; default
    /// qm::moveToTrash. Another removal (a quarantine folder) plugs in here.
    std::function<TrashOutcome(const QString &absolutePath)> remove;
    /// Set from another thread to stop between two items.
    const std::atomic<bool> *cancel = nullptr;
};

/// What a run did.
struct CleanupResult
{
    /// True when every item reached was removed, already gone or kept because it changed;
    /// false when an item failed, the run was cancelled or the plan could not be run.
    bool ok = false;
    QString error; ///< why not ok, worded for a person; empty when ok
    qint64 filesRemoved = 0;
    qint64 bytesRemoved = 0; ///< held in the trash until it is emptied, not freed
    qint64 alreadyGone = 0;  ///< planned files no longer there: counted as done
    /// Planned files that changed since planning (size, time, type, or their folder is
    /// now a link or on another filesystem): kept, each named in the log.
    qint64 keptChanged = 0;
    qint64 failed = 0;     ///< checked and due, but the removal failed
    qint64 notReached = 0; ///< left for a later run: after a cap, a cancel or a stop
    bool capped = false;   ///< stopped at maxFiles or maxBytes (still ok)
    bool cancelled = false;
    /// Where the removed files went: the trash of this machine, a host's quarantine
    /// folder (`quarantineFolder`), or nowhere (emptying a quarantine).
    enum class Removal { Trash, Quarantine, DeletedForGood };
    Removal removal = Removal::Trash;
    QString quarantineFolder; ///< the run folder on the host, when moved into quarantine
};

/// Carries out `plan`, in batches, removing only files that are in it and are still
/// exactly as planned. Before each item: the folders on its way are opened one by one
/// from the root without following links and must stay on the root's filesystem; the
/// file must still be a regular file with the planned size and modification time; and
/// its path must still lead to that very file (so a folder swapped for a link since
/// planning never leads outside the root). Whatever fails a check is kept and counted,
/// a missing file counts as already gone. Safe to repeat: a second run of the same plan
/// removes nothing new and reports the rest as already gone. A plan whose paths are
/// not safe, or whose root is missing or has moved, is refused as a whole. Blocking.
CleanupResult executeCleanup(const CleanupPlan &plan, const CleanupLimits &limits = {},
                             const CleanupCallbacks &callbacks = {});

/// The plan for a person: "Would move 1,234 files (3.2 GiB) under /x to the trash.
/// Freed now: 0 bytes; held in the trash: 3.2 GiB.", then its scope and what was
/// skipped, one sentence a line.
QString describePlan(const CleanupPlan &plan);

/// A run's outcome for a person, one line: what was moved, gone, kept, failed, left.
QString describeResult(const CleanupResult &result);

} // namespace qm
