#pragma once

#include <QString>

namespace qm {

/// What became of one file handed to the trash (or to another removal that reports
/// the same way, such as a quarantine folder: see CleanupCallbacks::remove).
struct TrashOutcome
{
    enum class Result {
        Trashed,     ///< moved away; `pathInTrash` says where (it still holds its space)
        AlreadyGone, ///< nothing was there: an earlier run (or someone else) removed it
        Failed,      ///< still in place; `error` says why, worded for a person
    };
    Result result = Result::Failed;
    QString pathInTrash; ///< where the file went; empty unless Trashed
    QString error;       ///< empty unless Failed
};

/// Moves the file at `absolutePath` to this user's trash with QFile::moveToTrash (the
/// freedesktop.org trash on Linux: the home trash when the file is on the home
/// filesystem, else `.Trash-UID` at the top of the file's filesystem, never a copy
/// across filesystems; the Finder trash on macOS). The path is taken as it is: the
/// caller makes sure it names what it means to remove (cleanup checks that no link is
/// on the way). A path where nothing is (not even a dangling link) is AlreadyGone,
/// so repeating a removal is harmless. A move the system reports as done but that
/// left the same file in place counts as Failed. On Linux the file is refused (Failed,
/// and left in place) when Qt could not trash it safely: no usable trash folder, a
/// trash it cannot write in, a name too long for the trash's records, or a full disk
/// under the trash (Qt 6.4 would spin for ever, or use the working folder as a trash).
/// Blocking: call it from a worker.
TrashOutcome moveToTrash(const QString &absolutePath);

} // namespace qm
