#include "configsave.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::ConfigSave)
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

QByteArray nativePath(const QString &path)
{
    return QFile::encodeName(path);
}

/// 0 when a POSIX call returning 0 or -1 succeeded, else its errno, read at once
/// (building a message first could change errno).
int failed(int result)
{
    return result == 0 ? 0 : errno;
}

/// Writes all of `bytes` to `fd`, retrying short writes and EINTR. 0, or the errno.
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

/// Fsyncs a folder so that a new or renamed entry in it survives a crash. 0 or errno.
int syncDirectory(const QString &directory, const SaveFileOps &ops)
{
    const int fd = ::open(nativePath(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const int result = failed(ops.fsync(fd));
    ::close(fd);
    // Some file systems cannot fsync a folder; the data itself is already synced.
    return result == EINVAL || result == ENOTSUP ? 0 : result;
}

/// Gives the open file `fd` (named `path`) `mode` and, when `owner` is given and
/// differs from ours, its owner; writes `bytes`, fsyncs and closes it. Empty on
/// success, else the failing step for a person. Closes `fd` either way.
QString fillAndClose(int fd, const QString &path, const QByteArray &bytes, mode_t mode,
                     const struct stat *owner, const SaveFileOps &ops)
{
    QString error;
    int e = 0;
    const bool otherOwner = owner && (owner->st_uid != ::geteuid() || owner->st_gid != ::getegid());
    if ((e = failed(::fchmod(fd, mode)))) // the umask may have narrowed it
        error = Text::tr("Cannot set the permissions of %1: %2").arg(path, systemError(e));
    else if (otherOwner && (e = failed(::fchown(fd, owner->st_uid, owner->st_gid))))
        error = Text::tr("Cannot give %1 the owner of the original (uid %2, gid %3): %4")
                    .arg(path)
                    .arg(owner->st_uid)
                    .arg(owner->st_gid)
                    .arg(systemError(e));
    else if ((e = writeAll(fd, bytes, ops)))
        error = Text::tr("Cannot write %1: %2").arg(path, systemError(e));
    else if ((e = failed(ops.fsync(fd))))
        error = Text::tr("Cannot flush %1 to disk (fsync): %2").arg(path, systemError(e));
    if ((e = failed(::close(fd))) && error.isEmpty())
        error = Text::tr("Cannot close %1: %2").arg(path, systemError(e));
    return error;
}

/// Creates `path` exclusively with `mode`, writes `bytes` and fsyncs it. Empty on
/// success, else the failing step for a person; a file it created and could not
/// complete is removed. `*existed` tells that `path` was already there.
QString writeNewFile(const QString &path, const QByteArray &bytes, mode_t mode,
                     const SaveFileOps &ops, bool *existed)
{
    *existed = false;
    const int fd =
        ::open(nativePath(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) {
        const int e = errno;
        *existed = e == EEXIST;
        return Text::tr("Cannot create %1: %2").arg(path, systemError(e));
    }
    const QString error = fillAndClose(fd, path, bytes, mode, nullptr, ops);
    if (!error.isEmpty())
        ::unlink(nativePath(path).constData());
    return error;
}

QString backupName(const QFileInfo &config, const QDateTime &now, int attempt)
{
    QString name = config.completeBaseName() + QLatin1Char('_') +
                   now.toString(QStringLiteral("yyyyMMdd_HHmmss"));
    if (attempt > 0)
        name += QLatin1Char('_') + QString::number(attempt + 1);
    if (!config.suffix().isEmpty())
        name += QLatin1Char('.') + config.suffix();
    return name;
}

} // namespace

SaveFileOps SaveFileOps::system()
{
    return SaveFileOps{&::write, &fullSync};
}

QString configBackupDirectory(const QString &path)
{
    return QFileInfo(path).absoluteDir().filePath(QStringLiteral(".config_backups"));
}

ConfigSaveResult saveConfigFile(const QString &path, const QByteArray &bytes, const QDateTime &now,
                                const SaveFileOps &ops)
{
    ConfigSaveResult result;
    const QFileInfo given(path);
    const QString target = given.exists() ? given.canonicalFilePath() : given.absoluteFilePath();
    result.savedPath = target;
    const QByteArray targetName = nativePath(target);

    struct stat status = {};
    const int statError = failed(::stat(targetName.constData(), &status));
    const bool exists = statError == 0;
    if (!exists && statError != ENOENT) {
        result.error = Text::tr("Cannot save %1: %2").arg(target, systemError(statError));
        return result;
    }
    if (exists && !S_ISREG(status.st_mode)) {
        result.error = Text::tr("Cannot save %1: it is not a regular file.").arg(target);
        return result;
    }
    const mode_t mode = exists ? (status.st_mode & 07777) : mode_t(0644);

    // 2. The backup of what is there now.
    QString backup;
    if (exists) {
        QFile current(target);
        if (!current.open(QIODevice::ReadOnly)) {
            result.error =
                Text::tr("Cannot read %1 to back it up: %2").arg(target, current.errorString());
            return result;
        }
        const QByteArray previous = current.readAll();
        if (current.error() != QFileDevice::NoError) {
            result.error =
                Text::tr("Cannot read %1 to back it up: %2").arg(target, current.errorString());
            return result;
        }
        if (previous == bytes) {
            result.unchanged = true;
            return result;
        }
        const QString directory = configBackupDirectory(path);
        const int mkdirError = failed(::mkdir(nativePath(directory).constData(), 0700));
        if (mkdirError != 0 && mkdirError != EEXIST) {
            result.error = Text::tr("Cannot create the backup folder %1: %2")
                               .arg(directory, systemError(mkdirError));
            return result;
        }
        QString error;
        bool existed = true;
        for (int attempt = 0; existed && attempt < 100; ++attempt) {
            backup = QDir(directory).filePath(backupName(given, now, attempt));
            error = writeNewFile(backup, previous, 0600, ops, &existed);
        }
        if (!error.isEmpty()) {
            result.error = Text::tr("Not saved: the backup failed. %1 %2 was not changed.")
                               .arg(error, QFileInfo(target).fileName());
            return result;
        }
        if (const int e = syncDirectory(directory, ops)) {
            QFile::remove(backup);
            result.error = Text::tr("Not saved: the backup failed. Cannot flush the backup "
                                    "folder %1: %2. %3 was not changed.")
                               .arg(directory, systemError(e), QFileInfo(target).fileName());
            return result;
        }
        result.backupPath = backup;
    }

    // 3. The new contents, beside the target.
    const QString targetDirectory = QFileInfo(target).absolutePath();
    QByteArray temporaryName =
        nativePath(QDir(targetDirectory)
                       .filePath(QLatin1Char('.') + QFileInfo(target).fileName() +
                                 QStringLiteral(".qm-save-XXXXXX")));
    const auto fail = [&](const QString &error) {
        ::unlink(temporaryName.constData());
        if (!backup.isEmpty())
            QFile::remove(backup);
        result.backupPath.clear();
        result.error = error + QLatin1Char(' ') +
                       Text::tr("%1 was not changed.").arg(QFileInfo(target).fileName());
        return result;
    };
    const int fd = ::mkstemp(temporaryName.data());
    if (fd < 0) {
        const int e = errno;
        temporaryName.clear();
        return fail(
            Text::tr("Cannot create a file in %1: %2").arg(targetDirectory, systemError(e)));
    }
    const QString temporary = QFile::decodeName(temporaryName);
    const QString error = fillAndClose(fd, temporary, bytes, mode, exists ? &status : nullptr, ops);
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

    // 4. Into place.
    if (const int e = failed(::rename(temporaryName.constData(), targetName.constData())))
        return fail(Text::tr("Cannot replace %1: %2").arg(target, systemError(e)));
    if (const int e = syncDirectory(targetDirectory, ops)) {
        // The new file is in place; only its folder entry may not be on disk yet.
        result.warning =
            Text::tr("Saved %1, but flushing its folder failed: %2").arg(target, systemError(e));
    }
    return result;
}

} // namespace qm
