#include "trash.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStorageInfo>

#include <cerrno>
#include <climits>
#include <cstring>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::Trash)
};

/// lstat of `path`: 0 when something is there, else the errno.
int statNoFollow(const QString &path, struct stat *st)
{
    return ::lstat(QFile::encodeName(path).constData(), st) == 0 ? 0 : errno;
}

bool isMissing(int error)
{
    // ENOTDIR: a folder on the way is now a file, so nothing can be at this path.
    return error == ENOENT || error == ENOTDIR;
}

#ifndef Q_OS_DARWIN
// Qt 6.4's freedesktop trash has two traps this code steps around. It writes the
// record "info/NAME.trashinfo" in a loop that only ends when the file can be created,
// so an info folder it cannot write in, a name too long for the record or a full disk
// make it spin for ever. And when it finds no trash folder at all it uses the current
// working folder as one. So before handing a file over we find the trash folder Qt
// will choose (the same rules, the same QStorageInfo calls) and make sure it can work.

bool isWritableFolder(const QString &path)
{
    struct stat st;
    return statNoFollow(path, &st) == 0 && S_ISDIR(st.st_mode) &&
           ::access(QFile::encodeName(path).constData(), W_OK | X_OK) == 0;
}

/// `folder` if it is a usable folder, or could be created as one; else empty.
QString usableOrCreatable(const QString &folder)
{
    struct stat st;
    if (statNoFollow(folder, &st) == 0)
        return S_ISDIR(st.st_mode) ? folder : QString();
    return isWritableFolder(QFileInfo(folder).absolutePath()) ? folder : QString();
}

/// The trash folder QFile::moveToTrash will use for `absolutePath`; empty when none.
QString expectedTrashFolder(const QString &absolutePath)
{
    const QStorageInfo source(absolutePath);
    const QStorageInfo home(QDir::home());
    if (source != home) {
        const QString top = source.rootPath();
        const QString uid = QString::number(::getuid());
        const QString shared = top + QStringLiteral("/.Trash");
        struct stat st;
        QString trash;
        if (statNoFollow(shared, &st) == 0 && S_ISDIR(st.st_mode) && (st.st_mode & S_ISVTX))
            trash = usableOrCreatable(shared + QLatin1Char('/') + uid);
        if (trash.isEmpty())
            trash = usableOrCreatable(top + QStringLiteral("/.Trash-") + uid);
        if (!trash.isEmpty())
            return trash;
    }
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return data.isEmpty() ? QString() : usableOrCreatable(data + QStringLiteral("/Trash"));
}

/// Why Qt could not trash `absolutePath` without hanging or misplacing it; empty when
/// it can.
QString trashProblem(const QString &absolutePath)
{
    // The record's name is NAME-NNNN.trashinfo when NAME is in the trash already.
    const QByteArray name = QFile::encodeName(QFileInfo(absolutePath).fileName());
    if (name.size() + qsizetype(sizeof "-0000.trashinfo") - 1 > NAME_MAX)
        return Text::tr("its name is too long for the trash's records");
    const QString trash = expectedTrashFolder(absolutePath);
    if (trash.isEmpty())
        return Text::tr("there is no usable trash folder on its filesystem or in the home "
                        "folder");
    for (const QString &sub : {QStringLiteral("/files"), QStringLiteral("/info")}) {
        struct stat st;
        const bool usable = statNoFollow(trash + sub, &st) == 0
                                ? isWritableFolder(trash + sub)
                                : isWritableFolder(trash) || !QFileInfo::exists(trash);
        if (!usable)
            return Text::tr("the trash folder %1 cannot be written to").arg(trash + sub);
    }
    struct statvfs fs;
    const QString existing = QFileInfo::exists(trash) ? trash : QFileInfo(trash).absolutePath();
    if (::statvfs(QFile::encodeName(existing).constData(), &fs) == 0) {
        const quint64 blocks = ::geteuid() == 0 ? fs.f_bfree : fs.f_bavail;
        if (fs.f_favail == 0 || quint64(fs.f_frsize) * blocks < 64 * 1024)
            return Text::tr("the disk holding the trash (%1) is full").arg(trash);
    }
    return {};
}
#endif

} // namespace

TrashOutcome moveToTrash(const QString &absolutePath)
{
    TrashOutcome outcome;
    const auto fail = [&](const QString &reason) {
        outcome.error = Text::tr("Cannot move %1 to the trash: %2").arg(absolutePath, reason);
        return outcome;
    };
    struct stat before;
    const int beforeError = statNoFollow(absolutePath, &before);
    if (isMissing(beforeError)) {
        outcome.result = TrashOutcome::Result::AlreadyGone;
        return outcome;
    }
    if (beforeError != 0)
        return fail(QString::fromLocal8Bit(strerror(beforeError)));
    if (!QDir::isAbsolutePath(absolutePath))
        return fail(Text::tr("the path is not absolute"));
#ifndef Q_OS_DARWIN
    if (const QString problem = trashProblem(absolutePath); !problem.isEmpty())
        return fail(problem);
#endif

    QFile file(absolutePath);
    if (file.moveToTrash()) {
        const QString trashed = file.fileName(); // QFile points at the trashed file now
        if (!QDir::isAbsolutePath(trashed)) {
            // Qt found no trash folder after all and used the working folder: put the
            // file back (never over something new) rather than lose it there.
            if (::link(QFile::encodeName(trashed).constData(),
                       QFile::encodeName(absolutePath).constData()) == 0) {
                ::unlink(QFile::encodeName(trashed).constData());
                QFile::remove(QStringLiteral("info/") + QFileInfo(trashed).fileName() +
                              QStringLiteral(".trashinfo"));
            }
            return fail(Text::tr("there is no usable trash folder"));
        }
        // Make sure the original really went, so the audit log never claims a removal
        // that did not happen.
        struct stat after;
        if (statNoFollow(absolutePath, &after) == 0 && after.st_dev == before.st_dev &&
            after.st_ino == before.st_ino)
            return fail(Text::tr("it is still in place after the move"));
        outcome.result = TrashOutcome::Result::Trashed;
        outcome.pathInTrash = trashed;
        return outcome;
    }

    struct stat after;
    if (isMissing(statNoFollow(absolutePath, &after))) {
        // Removed by someone else between the check and the move: the goal is met.
        outcome.result = TrashOutcome::Result::AlreadyGone;
        return outcome;
    }
    return fail(file.error() == QFileDevice::NoError || file.errorString().isEmpty()
                    ? Text::tr("the system gave no reason")
                    : file.errorString());
}

} // namespace qm
