#include "inputfile.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::InputFile)
};

qint64 modifiedNs(const struct stat &status)
{
#ifdef __APPLE__
    return qint64(status.st_mtimespec.tv_sec) * 1'000'000'000 + status.st_mtimespec.tv_nsec;
#else
    return qint64(status.st_mtim.tv_sec) * 1'000'000'000 + status.st_mtim.tv_nsec;
#endif
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

QString fileKindText(unsigned int mode)
{
    switch (mode & S_IFMT) {
    case S_IFDIR:
        return Text::tr("a folder");
    case S_IFIFO:
        return Text::tr("a FIFO (named pipe)");
    case S_IFCHR:
        return Text::tr("a character device");
    case S_IFBLK:
        return Text::tr("a block device");
    case S_IFSOCK:
        return Text::tr("a socket");
    case S_IFLNK:
        return Text::tr("a symbolic link");
    case S_IFREG:
        return Text::tr("a regular file");
    default:
        return Text::tr("a special file");
    }
}

InputFile::~InputFile()
{
    close();
}

void InputFile::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_size = 0;
    m_modifiedNs = 0;
}

bool InputFile::open(const QString &path, QString *error, QString *reason)
{
    close();
    m_path = path;
    const auto fail = [&](const QString &why, bool cannotRead = false) {
        if (reason)
            *reason = why;
        if (error)
            *error = cannotRead ? Text::tr("Cannot read %1: %2").arg(path, why)
                                : Text::tr("Cannot open %1: %2").arg(path, why);
        return false;
    };
    const QByteArray name = QFile::encodeName(path);
    // O_NONBLOCK: opening a FIFO without a writer (or a device) must not wait.
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        const int e = errno;
        // A socket cannot be opened at all (ENXIO): say what it is all the same.
        struct stat status = {};
        if (e != ENOENT && ::stat(name.constData(), &status) == 0 && !S_ISREG(status.st_mode) &&
            !S_ISDIR(status.st_mode))
            return fail(
                Text::tr("it is %1, not a regular file.").arg(fileKindText(status.st_mode)));
        return fail(e == ENOENT ? Text::tr("the file does not exist.") : systemError(e));
    }
    struct stat status = {};
    if (::fstat(fd, &status) != 0) {
        const int e = errno;
        ::close(fd);
        return fail(systemError(e), true);
    }
    if (!S_ISREG(status.st_mode)) {
        ::close(fd);
        return fail(
            S_ISDIR(status.st_mode)
                ? Text::tr("it is a folder, not a file.")
                : Text::tr("it is %1, not a regular file.").arg(fileKindText(status.st_mode)));
    }
    // A regular file: reads never block on it, but clear the flag all the same so
    // that reads behave as everywhere else.
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0 || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0) {
        const int e = errno;
        ::close(fd);
        return fail(systemError(e), true);
    }
    m_fd = fd;
    m_size = qint64(status.st_size);
    m_modifiedNs = modifiedNs(status);
    return true;
}

qint64 InputFile::readAt(qint64 offset, char *buffer, qint64 size) const
{
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::pread(m_fd, buffer + done, size_t(size - done), off_t(offset + done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        if (n == 0)
            break; // the end of the file
        done += n;
    }
    return done;
}

std::optional<QByteArray> InputFile::readAll(qint64 maxBytes, QString *error, bool *tooLarge) const
{
    if (tooLarge)
        *tooLarge = false;
    if (m_size > maxBytes) {
        if (tooLarge)
            *tooLarge = true;
        if (error)
            *error = Text::tr("Cannot read %1: it holds %2 bytes, more than the %3 allowed.")
                         .arg(m_path)
                         .arg(m_size)
                         .arg(maxBytes);
        return std::nullopt;
    }
    QByteArray bytes(m_size, Qt::Uninitialized);
    const qint64 got = readAt(0, bytes.data(), m_size);
    if (got < 0) {
        if (error)
            *error = Text::tr("Cannot read %1: %2").arg(m_path, systemError(errno));
        return std::nullopt;
    }
    // One byte past the size tells a file that grew from one read as it was.
    char extra = 0;
    if (got != m_size || readAt(m_size, &extra, 1) != 0 || !unchanged()) {
        if (error)
            *error = Text::tr("Cannot read %1: %2").arg(m_path, changedWhileReadMessage());
        return std::nullopt;
    }
    return bytes;
}

bool InputFile::unchanged() const
{
    struct stat status = {};
    return m_fd >= 0 && ::fstat(m_fd, &status) == 0 && qint64(status.st_size) == m_size &&
           modifiedNs(status) == m_modifiedNs;
}

QString InputFile::changedWhileReadMessage()
{
    return Text::tr("the file changed while it was read");
}

} // namespace qm
