#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace qm {

/// How an archive is compressed. A folder becomes a tar with this filter; a single file
/// becomes the bare compressed stream (`FILE.zst`, `FILE.gz`), which `zstd -d` / `gunzip`
/// turn back into the file.
enum class ArchiveFormat {
    TarZst, ///< zstd level 3 (the zstd CLI's default), multi-threaded
    TarGz,  ///< gzip at zlib's default level
};

/// The stable names used in job parameters, plans and `qmctl --format`: "zst", "gz".
QString archiveFormatKey(ArchiveFormat format);
std::optional<ArchiveFormat> archiveFormatFromKey(const QString &key);

/// What to archive.
struct ArchiveRequest
{
    /// The host of the fleet config the root is on; empty: this machine. A host's files
    /// are archived into a folder of this machine (`outputDirectory`, required then), and
    /// its originals go into the root's quarantine on the host (remotearchive.h).
    QString host;
    /// A folder (its old files are archived) or, on this machine, one regular file
    /// (archived alone if it is old). Made absolute. A root that is itself a symlink is
    /// refused on this machine: pass its target; on a host it is resolved.
    QString root;
    int olderThanDays = 30; ///< files modified before now minus this many days; ≥ 0
    ArchiveFormat format = ArchiveFormat::TarZst;
    /// Where the archive goes. Empty: `ROOT/archives/` for a folder (created when
    /// missing, never itself archived), beside the file for a single file. When given it
    /// must exist; inside the root it is left out of the plan too.
    QString outputDirectory;
    qint64 nowMs = -1; ///< "now" in ms since the epoch (UTC); -1: the clock
    /// The protected folder (protectedRootReason: `/`, a home folder, a system folder,
    /// a mount point's root) the person named explicitly to allow it as the root (its
    /// originals go to the trash); empty: none is.
    QString allowProtectedRoot;
};

/// One file of a plan. Times are ms since the epoch (UTC).
struct ArchiveItem
{
    QString relativePath; ///< '/'-separated, below the root; the file name in single-file mode
    qint64 sizeBytes = 0;
    qint64 modifiedMs = 0;

    bool operator==(const ArchiveItem &) const = default;
};

/// What an archive run will do, for review before anything happens. The job saves it
/// (toJson) before acting and executes the saved copy (fromJson), so a plan says
/// everything execution needs.
struct ArchivePlan
{
    /// Empty: the files are this machine's. Else the host of the config they are on;
    /// `root` is then the folder there with every link resolved, `archivePath` is on this
    /// machine, and the originals go into `ROOT/.quartermaster-quarantine/<runFolder>/`.
    QString host;
    QString runFolder;   ///< a host's plan: its quarantine run folder (quarantineRunFolder)
    bool gnuStat = true; ///< a host's plan: its stat is GNU's (else BSD's)
    QString root;        ///< absolute; the folder, or the file in single-file mode
    bool singleFile = false;
    ArchiveFormat format = ArchiveFormat::TarZst;
    QString archivePath; ///< absolute; did not exist when planned
    int olderThanDays = 30;
    qint64 cutoffMs = 0;       ///< files modified before this are in `items`
    qint64 createdMs = 0;      ///< when planned
    QList<ArchiveItem> items;  ///< sorted by relativePath
    qint64 totalBytes = 0;     ///< sum of the items' sizes
    int skippedSymlinks = 0;   ///< symlinks met (never followed, never archived)
    int skippedMounts = 0;     ///< folders on another filesystem (mount points), not entered
    int skippedSpecial = 0;    ///< fifos, sockets, devices, names not valid in the system encoding
    int unreadableFolders = 0; ///< folders that could not be listed; their files stay

    /// The plan as JSON (camelCase, `...Bytes` integers, `...At` ISO-8601 UTC strings).
    QJsonObject toJson() const;
    /// The plan `toJson` wrote. Empty on failure, with `*error` saying which key is wrong.
    static std::optional<ArchivePlan> fromJson(const QJsonObject &json, QString *error);

    bool operator==(const ArchivePlan &) const = default;
};

/// Lists the regular files under `request.root` older than `request.olderThanDays`, and
/// names the archive. Reads only; blocks (run it in a worker).
///
/// The walk never follows a symlink (a symlinked folder is not entered, a symlinked file
/// is not archived; both are counted), never leaves the root, and does not cross into
/// another filesystem mounted below the root (like `find -xdev`: a mounted drive is other
/// storage, and its files could not be moved to this filesystem's trash cheaply).
/// Not entered either: `ROOT/archives` (the default output folder), an output folder
/// inside the root, and trash folders (`.Trash`, `.Trash-UID`, this user's trash), whose
/// files were already removed once — an archive run's own originals among them.
///
/// The default archive name is `ROOT/archives/<root name>-<UTC yyyyMMdd-HHmmss>.tar.zst`
/// (or `.tar.gz`), with "-2", "-3" … appended when taken. In single-file mode it is
/// `FILE.zst` / `FILE.gz`, and an existing one is an error rather than a new name,
/// because the name says what it decompresses to.
///
/// An empty `items` list is a valid plan (nothing is old enough). Empty plan (nullopt)
/// on failure — a root that is missing, a symlink, or neither folder nor file; an output
/// folder that does not exist; a cancel — with `*error` set for a person.
std::optional<ArchivePlan> planArchive(const ArchiveRequest &request,
                                       const std::atomic<bool> *cancel, QString *error);

/// A name for a new archive of `baseName` in `folder`: `<baseName>-<UTC
/// yyyyMMdd-HHmmss>.tar.zst` (or `.tar.gz`), with "-2", "-3" … appended while that name
/// or its partial file is taken.
QString freeArchivePath(const QString &folder, const QString &baseName, qint64 nowMs,
                        ArchiveFormat format);

/// The temporary name an archive is written under, beside it: `.NAME.partial`. Such a
/// file is only ever ours; a run removes one left by an interrupted run.
QString archivePartialPath(const QString &archivePath);

/// What an archive run reports while it works. All are called on the executing thread.
struct ArchiveCallbacks
{
    /// Bytes processed: each planned byte counts once when written and once when
    /// verified, so `bytesTotal` is twice the plan's total. Called when writing starts,
    /// at most every `progressIntervalMs` after that, and when each pass ends.
    std::function<void(qint64 bytesDone, qint64 bytesTotal)> progress;
    int progressIntervalMs = 100;
    /// Lines for the job log, translated ("Archived 120 files, 3.2 GiB → 410 MiB").
    std::function<void(const QString &line)> log;
    /// Removes one original once the archive is verified. Empty: `QFile::moveToTrash`.
    /// Returns false with `*error` set to keep the file (the run then reports failure).
    std::function<bool(const QString &absolutePath, QString *error)> removeOriginal;
    /// Called with the archive's final path after it is written and before it is read
    /// back. Lets a test damage the archive to prove that verification catches it.
    std::function<void(const QString &archivePath)> beforeVerify;
    /// Set from another thread to stop. Before verification ends the archive is deleted
    /// and no original removed; during removal, removal stops and the archive is kept.
    const std::atomic<bool> *cancel = nullptr;
};

/// What an archive run did.
struct ArchiveResult
{
    bool ok = false;
    QString error;       ///< why not ok, for a person; empty when ok
    QString archivePath; ///< the verified archive; empty when none was kept
    qint64 archiveBytes = 0;
    int filesArchived = 0;
    qint64 bytesArchived = 0;
    int filesLeftOut = 0;         ///< changed (or gone) since planning: not archived, untouched
    int originalsRemoved = 0;     ///< handed to removeOriginal successfully
    int originalsAlreadyGone = 0; ///< archived, then gone before removal: counts as done
    int originalsKept = 0;        ///< archived but kept: changed since, or could not be removed
    qint64 writeMs = 0;           ///< time spent writing the archive
    qint64 verifyMs = 0;          ///< time spent reading it back
};

/// Carries out `plan`. Blocks (run it in a worker); safe to run again after a failure.
///
/// 1. Writes `.NAME.partial` beside the archive, streaming each file in chunks and hashing
///    it (XXH3-128, see ContentHash) as it goes. Each file is re-checked just before it is written
///    — still a regular file reached without symlinks, same size and modification time as planned —
///    and left out (logged, untouched) when it changed. A file that changes while it is read stays
///    in the archive as read and its original is kept.
/// 2. fsyncs the archive and renames it to its final name (never replacing a file there;
///    an existing archive is an error), then fsyncs the folder.
/// 3. Reads the archive back from disk: every entry's name, size and hash must match what
///    was written, and the entries must be exactly the files written.
/// 4. Only then removes the originals one by one through `removeOriginal`, re-checking
///    each first: a file changed since it was archived is kept; one already gone counts
///    as done. Folders are never removed, even when left empty.
///
/// On any failure before step 4 (a full disk, a read error, a failed verification, a
/// cancel) the partial or final archive is deleted, no original is touched, and `error`
/// says what happened and that nothing was removed. A plan with nothing to archive (or
/// whose files all changed) succeeds without creating an archive.
ArchiveResult executeArchive(const ArchivePlan &plan, const ArchiveCallbacks &callbacks);

} // namespace qm
