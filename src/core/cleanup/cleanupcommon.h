#pragma once

// What planning (cleanupplan.cpp) and carrying out (cleanupexecute.cpp) a cleanup
// share: the walk from the root to a folder, and how errors are written.

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <algorithm>
#include <climits>
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

/// Why the root `root` cannot be opened (`error`, an errno), for a person.
QString rootError(const QString &root, int error);

/// A count as the %n of tr() takes it (capped at INT_MAX).
inline int countArg(qint64 count)
{
    return int(std::min<qint64>(count, INT_MAX));
}

/// A time (ms since the epoch) as ISO 8601 UTC with milliseconds, as the plans store it.
inline QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace qm
