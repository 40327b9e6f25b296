#pragma once

// What planning (cleanupplan.cpp) and carrying out (cleanupexecute.cpp) a cleanup
// share: the walk from the root to a folder, and how errors are written.

#include <QByteArray>
#include <QString>

#include <sys/stat.h>
#include <sys/types.h>

namespace qm {

QString errnoText(int error);

qint64 modifiedMsOf(const struct stat &st);

/// A path that stays inside whatever folder it is joined to.
bool isSafeRelativePath(const QString &path);

/// Where a walk from the root to a folder ended.
struct FolderOpening
{
    enum class Status { Open, Missing, Link, NotFolder, OtherFilesystem, Error };
    Status status = Status::Error;
    int fd = -1; ///< owned by the caller when Open
    int error = 0;
};

/// Opens `relative` (empty: the root itself) one folder at a time from `rootFd`, never
/// following a link and never onto another filesystem: one link anywhere on the way,
/// even one swapped in since the last look, stops the walk.
FolderOpening openInside(int rootFd, dev_t rootDevice, const QByteArray &relative);

QString rootError(const QString &root, int error);

} // namespace qm
