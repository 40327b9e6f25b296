#include "archivefs.h"

#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace qm::archivefs {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QByteArray nativePath(const QString &path)
{
    return QFile::encodeName(path);
}

QString joinPath(const QString &folder, const QString &name)
{
    if (folder.endsWith(u'/'))
        return folder + name;
    return folder + u'/' + name;
}

struct timespec modifiedTime(const struct stat &st)
{
#ifdef __APPLE__
    return st.st_mtimespec;
#else
    return st.st_mtim;
#endif
}

qint64 milliseconds(const struct timespec &time)
{
    return qint64(time.tv_sec) * 1000 + time.tv_nsec / 1'000'000;
}

bool sameFile(const struct stat &a, const struct stat &b)
{
    const struct timespec ta = modifiedTime(a), tb = modifiedTime(b);
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino && a.st_size == b.st_size &&
           ta.tv_sec == tb.tv_sec && ta.tv_nsec == tb.tv_nsec;
}

int fullSync(int fd)
{
#ifdef __APPLE__
    if (::fcntl(fd, F_FULLFSYNC) == 0)
        return 0; // fall back to fsync where the file system lacks F_FULLFSYNC
#endif
    return ::fsync(fd) == 0 ? 0 : errno;
}

int syncFolder(const QString &folder)
{
    const int fd = ::open(nativePath(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const int result = fullSync(fd);
    ::close(fd);
    return result == EINVAL || result == ENOTSUP ? 0 : result;
}

int renameNoReplace(const QByteArray &from, const QByteArray &to)
{
#if defined(__linux__) && defined(RENAME_NOREPLACE)
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return errno;
#endif
    // A hard link fails when the name is taken.
    if (::link(from.constData(), to.constData()) == 0)
        return ::unlink(from.constData()) == 0 ? 0 : errno;
    struct stat st;
    if (errno == EEXIST || ::lstat(to.constData(), &st) == 0)
        return EEXIST;
    return ::rename(from.constData(), to.constData()) == 0 ? 0 : errno;
}

Tree::Tree(const QString &base, bool followBase)
    : m_base(nativePath(base))
    , m_followBase(followBase)
{}

Tree::~Tree()
{
    if (m_cachedFd >= 0)
        ::close(m_cachedFd);
    if (m_rootFd >= 0)
        ::close(m_rootFd);
}

int Tree::open()
{
    const int flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC | (m_followBase ? 0 : O_NOFOLLOW);
    m_rootFd = ::open(m_base.constData(), flags);
    struct stat st;
    if (m_rootFd < 0 || ::fstat(m_rootFd, &st) != 0)
        return errno;
    m_device = st.st_dev;
    return 0;
}

int Tree::status(const QByteArray &relative, struct stat *st)
{
    QByteArray leaf;
    int error = 0;
    const int folder = parent(relative, &leaf, &error);
    if (folder < 0)
        return error;
    return ::fstatat(folder, leaf.constData(), st, AT_SYMLINK_NOFOLLOW) == 0 ? 0 : errno;
}

int Tree::openFile(const QByteArray &relative, const struct stat &expected, int *error)
{
    QByteArray leaf;
    const int folder = parent(relative, &leaf, error);
    if (folder < 0)
        return -1;
    const int fd = ::openat(folder, leaf.constData(),
                            O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || ::fstat(fd, &st) != 0) {
        *error = errno;
        if (fd >= 0)
            ::close(fd);
        return -1;
    }
    if (!sameFile(st, expected)) { // replaced between the check and the open
        ::close(fd);
        *error = ESTALE;
        return -1;
    }
    return fd;
}

int Tree::parent(const QByteArray &relative, QByteArray *leaf, int *error)
{
    const qsizetype slash = relative.lastIndexOf('/');
    *leaf = relative.mid(slash + 1);
    if (leaf->isEmpty() || *leaf == "." || *leaf == "..") {
        *error = EINVAL;
        return -1;
    }
    if (slash < 0)
        return m_rootFd;
    const QByteArray folder = relative.left(slash);
    if (m_cachedFd >= 0 && folder == m_cachedFolder)
        return m_cachedFd; // plans are sorted: neighbours share their folder
    if (m_cachedFd >= 0)
        ::close(m_cachedFd);
    m_cachedFd = -1;
    int current = m_rootFd;
    for (const QByteArray &part : folder.split('/')) {
        int next = -1;
        int failure = EINVAL;
        if (!part.isEmpty() && part != "." && part != "..") {
            next = ::openat(current, part.constData(),
                            O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            failure = errno;
        }
        struct stat st;
        if (next >= 0 && (::fstat(next, &st) != 0 || st.st_dev != m_device)) {
            ::close(next);
            next = -1;
            failure = EXDEV;
        }
        if (current != m_rootFd)
            ::close(current);
        if (next < 0) {
            *error = failure;
            return -1;
        }
        current = next;
    }
    m_cachedFolder = folder;
    m_cachedFd = current;
    return current;
}

} // namespace qm::archivefs
