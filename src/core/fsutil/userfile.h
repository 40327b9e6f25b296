#pragma once

// Writing a file a person named (a config, the PNG of `qmctl ply render -o OUT`, an
// export): the rules of docs/architecture.md, "Files the user owns", in one place.

#include <QByteArray>
#include <QString>

#include <sys/types.h>

namespace qm {

/// The system calls a save goes through, so that tests can make one fail (a full disk,
/// a failing fsync) where it would fail for a user. Each behaves like its POSIX name.
struct SaveFileOps
{
    ssize_t (*write)(int fd, const void *data, size_t size);
    int (*fsync)(int fd);

    /// The real calls (fsync is F_FULLFSYNC on macOS, where plain fsync leaves the
    /// data in the drive's cache).
    static SaveFileOps system();
};

/// Where writing a user's file named `path` goes, found before anything is written.
struct UserFileTarget
{
    /// The file that gets replaced: `path` made absolute, with symbolic links followed
    /// (a dangling link leads to the file it names), so the link itself is kept.
    QString path;
    bool exists = false; ///< a regular file is there now
    mode_t mode = 0;     ///< its permission bits, when it exists
    uid_t owner = 0;     ///< its owner, when it exists
    gid_t group = 0;
    /// Empty when the file may be written; else why not, for a person, naming the
    /// path: anything there but a regular file (a device, a FIFO, a socket, a folder)
    /// is refused, so `-o /dev/null` never replaces /dev/null.
    QString error;

    bool ok() const { return error.isEmpty(); }
};

/// Looks at `path` without changing anything: where a write would go, and whether it
/// may. Cheap (a few stat calls): a command calls it before its real work, so that a
/// refused output costs nothing.
UserFileTarget userFileTarget(const QString &path);

/// What writing a user's file did.
struct UserFileWrite
{
    QString error;   ///< empty on success; otherwise the failing step, file and reason
    QString warning; ///< written, but flushing the folder failed (a crash could undo it)
    QString path;    ///< the file written (the target of a link)

    bool ok() const { return error.isEmpty(); }
};

/// Replaces the file of `target` (from userFileTarget, which must be ok()) with
/// `bytes`, so that on disk it is either exactly the old contents or exactly `bytes`:
/// the bytes go to a new file beside it (created with the mode of the existing file,
/// and its owner when that is not us; a new file gets 0666 less the umask), every
/// write checked, fsynced, read back and compared, then renamed over the target and
/// the folder fsynced. On failure the temporary file is removed, the target is
/// untouched, and `error` names the step, the file and the system's reason. A target
/// that became something else than a regular file since userFileTarget is refused.
/// Blocking.
UserFileWrite replaceUserFile(const UserFileTarget &target, const QByteArray &bytes,
                              const SaveFileOps &ops = SaveFileOps::system());

/// userFileTarget then replaceUserFile: writes `bytes` as the user's file `path`.
UserFileWrite writeUserFile(const QString &path, const QByteArray &bytes,
                            const SaveFileOps &ops = SaveFileOps::system());

/// Fsyncs the folder `directory`, so that a new or renamed entry in it survives a
/// crash: 0, or the errno (a file system that cannot fsync a folder counts as done).
int syncDirectory(const QString &directory, const SaveFileOps &ops);

/// Writes all of `bytes` to the open file `fd`, retrying short writes and EINTR: 0, or
/// the errno (EIO for a write that wrote nothing).
int writeAll(int fd, const QByteArray &bytes, const SaveFileOps &ops = SaveFileOps::system());

/// Creates `path` exclusively with `mode`, writes `bytes` and fsyncs it. Empty on
/// success, else the failing step for a person; a file it created and could not
/// complete is removed. `*existed` tells that `path` was already there.
QString writeNewFile(const QString &path, const QByteArray &bytes, mode_t mode,
                     const SaveFileOps &ops, bool *existed);

} // namespace qm
