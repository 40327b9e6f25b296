#include "userfile.h"

#include "core/fsutil/inputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::UserFile)
};

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

int fullSync(int fd)
{
#ifdef __APPLE__
    if (::fcntl(fd, F_FULLFSYNC) == 0)
        return 0; // fall back to fsync where the file system lacks F_FULLFSYNC
#endif
    return ::fsync(fd);
}

/// 0 when a POSIX call returning 0 or -1 succeeded, else its errno, read at once
/// (building a message first could change errno).
int failed(int result)
{
    return result == 0 ? 0 : errno;
}

/// Gives the open file `fd` (named `path`) `mode` when `setMode`, and `owner`'s owner
/// when it is given and differs from ours; writes `bytes`, fsyncs and closes it. Empty
/// on success, else the failing step for a person. Closes `fd` either way.
QString fillAndClose(int fd, const QString &path, const QByteArray &bytes, bool setMode,
                     mode_t mode, const UserFileTarget *owner, const SaveFileOps &ops)
{
    QString error;
    int e = 0;
    const bool otherOwner = owner && (owner->owner != ::geteuid() || owner->group != ::getegid());
    if (setMode && (e = failed(::fchmod(fd, mode)))) // the umask may have narrowed it
        error = Text::tr("Cannot set the permissions of %1: %2").arg(path, systemError(e));
    else if (otherOwner && (e = failed(::fchown(fd, owner->owner, owner->group))))
        error = Text::tr("Cannot give %1 the owner of the original (uid %2, gid %3): %4")
                    .arg(path)
                    .arg(owner->owner)
                    .arg(owner->group)
                    .arg(systemError(e));
    else if ((e = writeAll(fd, bytes, ops)))
        error = Text::tr("Cannot write %1: %2").arg(path, systemError(e));
    else if ((e = failed(ops.fsync(fd))))
        error = Text::tr("Cannot flush %1 to disk (fsync): %2").arg(path, systemError(e));
    if ((e = failed(::close(fd))) && error.isEmpty())
        error = Text::tr("Cannot close %1: %2").arg(path, systemError(e));
    return error;
}

QString notRegular(const QString &path, mode_t mode)
{
    return Text::tr("Cannot write %1: it is %2, not a regular file; it was left alone.")
        .arg(path, fileKindText(mode));
}

} // namespace

SaveFileOps SaveFileOps::system()
{
    return SaveFileOps{&::write, &fullSync};
}

int syncDirectory(const QString &directory, const SaveFileOps &ops)
{
    const int fd =
        ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const int result = failed(ops.fsync(fd));
    ::close(fd);
    // Some file systems cannot fsync a folder; the data itself is already synced.
    return result == EINVAL || result == ENOTSUP ? 0 : result;
}

QString writeNewFile(const QString &path, const QByteArray &bytes, mode_t mode,
                     const SaveFileOps &ops, bool *existed)
{
    *existed = false;
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) {
        const int e = errno;
        *existed = e == EEXIST;
        return Text::tr("Cannot create %1: %2").arg(path, systemError(e));
    }
    const QString error = fillAndClose(fd, path, bytes, true, mode, nullptr, ops);
    if (!error.isEmpty())
        ::unlink(QFile::encodeName(path).constData());
    return error;
}

UserFileTarget userFileTarget(const QString &path)
{
    UserFileTarget target;
    const QFileInfo given(path);
    if (path.isEmpty()) {
        target.error = Text::tr("No file name given.");
        return target;
    }
    // A link is followed to the file it names, even when that file does not exist yet.
    QString resolved = given.absoluteFilePath();
    for (int hops = 0; hops < 40 && QFileInfo(resolved).isSymLink(); ++hops) {
        const QFileInfo link(resolved);
        const QString canonical = link.canonicalFilePath();
        resolved = !canonical.isEmpty()
                       ? canonical
                       : QDir(link.absolutePath()).absoluteFilePath(QFile::symLinkTarget(resolved));
    }
    target.path = QDir::cleanPath(resolved);
    struct stat status = {};
    if (::lstat(QFile::encodeName(target.path).constData(), &status) != 0) {
        const int e = errno;
        if (e != ENOENT)
            target.error = Text::tr("Cannot write %1: %2").arg(target.path, systemError(e));
        else if (!QFileInfo(QFileInfo(target.path).absolutePath()).isDir())
            target.error = Text::tr("Cannot write %1: the folder %2 does not exist.")
                               .arg(target.path, QFileInfo(target.path).absolutePath());
        return target;
    }
    if (!S_ISREG(status.st_mode)) {
        target.error = notRegular(S_ISLNK(status.st_mode) ? path : target.path, status.st_mode);
        return target;
    }
    target.exists = true;
    target.mode = status.st_mode & 07777;
    target.owner = status.st_uid;
    target.group = status.st_gid;
    return target;
}

UserFileWrite replaceUserFile(const UserFileTarget &target, const QByteArray &bytes,
                              const SaveFileOps &ops)
{
    UserFileWrite result;
    result.path = target.path;
    if (!target.ok()) {
        result.error = target.error;
        return result;
    }
    const QByteArray targetName = QFile::encodeName(target.path);
    // Once more just before writing: a FIFO or device put there since is still refused.
    struct stat now = {};
    if (::lstat(targetName.constData(), &now) == 0 && !S_ISREG(now.st_mode)) {
        result.error = notRegular(target.path, now.st_mode);
        return result;
    }

    const QString directory = QFileInfo(target.path).absolutePath();
    const QString baseName =
        QLatin1Char('.') + QFileInfo(target.path).fileName() + QStringLiteral(".qm-save-");
    QByteArray temporaryName;
    int fd = -1;
    int openError = 0;
    // A fresh name each try, created exclusively: a new file gets 0666 less the umask.
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        temporaryName = QFile::encodeName(QDir(directory).filePath(
            baseName +
            QString::number(QRandomGenerator::global()->generate64() % 2176782336u, 36)));
        fd = ::open(temporaryName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                    target.exists ? target.mode : mode_t(0666));
        openError = fd < 0 ? errno : 0;
        if (fd < 0 && openError != EEXIST)
            break;
    }
    if (fd < 0) {
        result.error =
            Text::tr("Cannot create a file in %1: %2").arg(directory, systemError(openError));
        return result;
    }
    const QString temporary = QFile::decodeName(temporaryName);
    const auto fail = [&](const QString &error) {
        ::unlink(temporaryName.constData());
        result.error = error;
        return result;
    };
    const QString error = fillAndClose(fd, temporary, bytes, target.exists, target.mode,
                                       target.exists ? &target : nullptr, ops);
    if (!error.isEmpty())
        return fail(error);

    QFile readBack(temporary);
    if (!readBack.open(QIODevice::ReadOnly))
        return fail(Text::tr("Cannot read back %1: %2").arg(temporary, readBack.errorString()));
    const QByteArray written = readBack.readAll();
    readBack.close();
    if (written != bytes)
        return fail(Text::tr("Reading back %1 gave %2 bytes that differ from the %3 written.")
                        .arg(temporary)
                        .arg(written.size())
                        .arg(bytes.size()));

    if (const int e = failed(::rename(temporaryName.constData(), targetName.constData())))
        return fail(Text::tr("Cannot replace %1: %2").arg(target.path, systemError(e)));
    if (const int e = syncDirectory(directory, ops)) {
        // The new file is in place; only its folder entry may not be on disk yet.
        result.warning = Text::tr("Saved %1, but flushing its folder failed: %2")
                             .arg(target.path, systemError(e));
    }
    return result;
}

UserFileWrite writeUserFile(const QString &path, const QByteArray &bytes, const SaveFileOps &ops)
{
    return replaceUserFile(userFileTarget(path), bytes, ops);
}

int writeAll(int fd, const QByteArray &bytes, const SaveFileOps &ops)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ops.write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (n == 0)
            return EIO;
        done += n;
    }
    return 0;
}

} // namespace qm
