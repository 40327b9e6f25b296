#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace qm {

/// Where a version of a config comes from.
enum class VersionSource {
    Backup,        ///< a backup Quartermaster made when saving (`.config_backups/`, mode 0600)
    ConfigBackups, ///< a copy the fleet's updater left in `.config_backups/`
    Git,           ///< a commit of the repository the file is in
    Current,       ///< the file as it is on disk now
};

/// "backup", "config_backups", "git", "current" (JSON and the command line; never
/// translated).
QString versionSourceKey(VersionSource source);

/// One version of a `distributed_hosts.yaml`.
struct ConfigVersion
{
    /// Unique in one history: the backup's file name, the commit hash, or "current".
    QString id;
    VersionSource source = VersionSource::Current;
    /// The file it was read from: the backup, the config itself (current), or
    /// "COMMIT:path" for a commit.
    QString path;
    /// When it was made: the time in a backup's name (local time), the commit's author
    /// date, the current file's modification time. Invalid when unknown.
    QDateTime at;
    QString author;  ///< git only: the commit's author
    QString subject; ///< git only: the first line of the commit message
    QByteArray bytes;
    /// Why the bytes could not be read (then `bytes` is empty); empty normally.
    QString readError;
};

/// What collecting the versions of a config found, oldest first, the current file last.
struct ConfigVersions
{
    QList<ConfigVersion> versions;
    /// What could not be looked at, for a person ("git is not installed", "the file is
    /// not in a git repository", "no backups in …/.config_backups"). Never an error:
    /// each is a state the history shows.
    QStringList notes;
    /// The current file could not be read (then it is not in `versions`).
    QString currentError;
};

/// Options of collectConfigVersions.
struct VersionSearch
{
    bool backups = true; ///< read `.config_backups/` beside the file
    bool git = true;     ///< read the file's git history
    QString gitProgram;  ///< empty: findProgram("git")
    int maxGitCommits = 200;
};

/// Collects the versions of the config at `path`: the copies in `.config_backups/`
/// beside it named `NAME_YYYYMMDD_HHMMSS[_N].EXT` (Quartermaster's own backups are
/// those with mode 0600, as saveConfigFile creates them; the others are the
/// updater's), the commits that touched it when it is in a git repository (`git log`,
/// `git show COMMIT:./NAME` through runProcess, argument vectors only), and the file
/// itself as the newest. Sorted by time (a version without one sorts first); the
/// current file is always last. A symlinked config is followed to its target for git.
/// Blocking (processes, file reads): call it off the GUI thread. Never throws; every
/// failure becomes a note or a version's readError.
ConfigVersions collectConfigVersions(const QString &path, const VersionSearch &search = {});

/// The time in a backup name `NAME_YYYYMMDD_HHMMSS[_N].EXT` of the config `configName`
/// (local time), or an invalid time when `fileName` is not such a name.
QDateTime backupTime(const QString &fileName, const QString &configName);

} // namespace qm
