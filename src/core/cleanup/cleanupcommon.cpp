#include "cleanupcommon.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::Cleanup)
};

} // namespace

QString errnoText(int error)
{
    return QString::fromLocal8Bit(strerror(error));
}

qint64 modifiedMsOf(const struct stat &st)
{
#ifdef __APPLE__
    const struct timespec &time = st.st_mtimespec;
#else
    const struct timespec &time = st.st_mtim;
#endif
    return qint64(time.tv_sec) * 1000 + qint64(time.tv_nsec) / 1'000'000;
}

bool isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QChar(0)))
        return false;
    for (const QStringView part : QStringView(path).split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    }
    return true;
}

FolderOpening openInside(int rootFd, dev_t rootDevice, const QByteArray &relative)
{
    FolderOpening opening;
    int fd = openat(rootFd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        opening.error = errno;
        return opening;
    }
    const QList<QByteArray> parts = relative.isEmpty() ? QList<QByteArray>() : relative.split('/');
    for (const QByteArray &part : parts) {
        if (part.isEmpty() || part == "." || part == "..") {
            close(fd); // never climbs, whatever the caller passed
            opening.error = EINVAL;
            return opening;
        }
        const int next =
            openat(fd, part.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (next < 0) {
            opening.error = errno;
            struct stat st;
            if (fstatat(fd, part.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
                opening.status = (errno == ENOENT || errno == ENOTDIR)
                                     ? FolderOpening::Status::Missing
                                     : FolderOpening::Status::Error;
            else if (S_ISLNK(st.st_mode))
                opening.status = FolderOpening::Status::Link;
            else if (!S_ISDIR(st.st_mode))
                opening.status = FolderOpening::Status::NotFolder;
            close(fd);
            return opening;
        }
        close(fd);
        fd = next;
        struct stat st;
        if (fstat(fd, &st) != 0 || st.st_dev != rootDevice) {
            opening.status = FolderOpening::Status::OtherFilesystem;
            close(fd);
            return opening;
        }
    }
    opening.status = FolderOpening::Status::Open;
    opening.fd = fd;
    return opening;
}

QString rootError(const QString &root, int error)
{
    switch (error) {
    case ENOENT:
        return Text::tr("%1 does not exist (a drive that is not mounted?)").arg(root);
    case ENOTDIR:
        return Text::tr("%1 is not a folder").arg(root);
    case EACCES:
        return Text::tr("%1: permission denied").arg(root);
    default:
        return QStringLiteral("%1: %2").arg(root, errnoText(error));
    }
}

} // namespace qm
