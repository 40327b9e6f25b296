#include "configsave.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

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

QString configBackupDirectory(const QString &path)
{
    return QFileInfo(path).absoluteDir().filePath(QStringLiteral(".config_backups"));
}

ConfigSaveResult saveConfigFile(const QString &path, const QByteArray &bytes, const QDateTime &now,
                                const SaveFileOps &ops)
{
    ConfigSaveResult result;
    const QFileInfo given(path);
    // 1. Where the bytes go (through a link), and whether they may.
    const UserFileTarget target = userFileTarget(path);
    result.savedPath = target.path;
    if (!target.ok()) {
        result.error = target.error;
        return result;
    }

    // 2. The backup of what is there now.
    QString backup;
    if (target.exists) {
        QFile current(target.path);
        if (!current.open(QIODevice::ReadOnly)) {
            result.error = Text::tr("Cannot read %1 to back it up: %2")
                               .arg(target.path, current.errorString());
            return result;
        }
        const QByteArray previous = current.readAll();
        if (current.error() != QFileDevice::NoError) {
            result.error = Text::tr("Cannot read %1 to back it up: %2")
                               .arg(target.path, current.errorString());
            return result;
        }
        if (previous == bytes) {
            result.unchanged = true;
            return result;
        }
        const QString directory = configBackupDirectory(path);
        const int mkdirError =
            ::mkdir(QFile::encodeName(directory).constData(), 0700) == 0 ? 0 : errno;
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
                               .arg(error, QFileInfo(target.path).fileName());
            return result;
        }
        if (const int e = syncDirectory(directory, ops)) {
            QFile::remove(backup);
            result.error = Text::tr("Not saved: the backup failed. Cannot flush the backup "
                                    "folder %1: %2. %3 was not changed.")
                               .arg(directory, systemError(e), QFileInfo(target.path).fileName());
            return result;
        }
        result.backupPath = backup;
    }

    // 3 and 4. The new contents beside the target, verified, then into place.
    const UserFileWrite written = replaceUserFile(target, bytes, ops);
    if (!written.ok()) {
        if (!backup.isEmpty())
            QFile::remove(backup);
        result.backupPath.clear();
        result.error = written.error + QLatin1Char(' ') +
                       Text::tr("%1 was not changed.").arg(QFileInfo(target.path).fileName());
        return result;
    }
    result.warning = written.warning;
    return result;
}

} // namespace qm
