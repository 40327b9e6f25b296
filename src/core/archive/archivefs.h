#pragma once

// The file-system steps of the archive engine (archive.cpp plans, archiverun.cpp executes):
// reaching files below a root without following symlinks, and making a new file durable
// without replacing anything. Internal to src/core/archive.

#include <QByteArray>
#include <QString>

#include <sys/stat.h>

namespace qm::archivefs {

/// strerror(`error`) for a person.
QString systemError(int error);
/// `path` as the system spells it.
QByteArray nativePath(const QString &path);
/// `folder` + "/" + `name`, without doubling the slash after "/".
QString joinPath(const QString &folder, const QString &name);

struct timespec modifiedTime(const struct stat &st);
qint64 milliseconds(const struct timespec &time);
/// Same inode on the same device, same size, same modification time to the nanosecond.
bool sameFile(const struct stat &a, const struct stat &b);

/// fsync (F_FULLFSYNC on macOS, which plain fsync does not flush to the platter). 0 or errno.
int fullSync(int fd);
/// Makes a new or removed name in `folder` survive a crash. 0 or errno; 0 where the file
/// system cannot fsync a folder.
int syncFolder(const QString &folder);
/// rename() that fails with EEXIST instead of replacing a file already at `to`. On file
/// systems with neither renameat2(RENAME_NOREPLACE) nor hard links it checks, then renames
/// (a small race, only there). 0 or errno.
int renameNoReplace(const QByteArray &from, const QByteArray &to);

/// Reaches files below a folder one path component at a time with O_NOFOLLOW, never
/// through a folder on another filesystem, so that a folder swapped for a symlink (or a
/// mount) after planning leads nowhere instead of out of the root. Relative paths are
/// '/'-separated and must not hold "", "." or ".." parts (those fail with EINVAL).
class Tree
{
public:
    /// `base` is the root; `followBase` lets the root itself be reached through a
    /// symlink (single-file mode, where the base is merely the file's folder).
    Tree(const QString &base, bool followBase);
    ~Tree();
    Tree(const Tree &) = delete;
    Tree &operator=(const Tree &) = delete;

    /// Opens the root. 0 or errno.
    int open();
    /// lstat of `relative`: 0 or errno (ELOOP or ENOTDIR when a folder on the way is a
    /// symlink, EXDEV when it is on another filesystem, ENOENT when it is gone).
    int status(const QByteArray &relative, struct stat *st);
    /// Opens `relative` for reading if it is still the file `expected` (from status(), so
    /// that a device or fifo in its place is never opened): the descriptor, which the
    /// caller closes, or -1 with *error set.
    int openFile(const QByteArray &relative, const struct stat &expected, int *error);

private:
    int parent(const QByteArray &relative, QByteArray *leaf, int *error);

    QByteArray m_base;
    bool m_followBase = false;
    int m_rootFd = -1;
    dev_t m_device = 0;
    QByteArray m_cachedFolder; ///< the folder m_cachedFd is open on
    int m_cachedFd = -1;
};

} // namespace qm::archivefs
