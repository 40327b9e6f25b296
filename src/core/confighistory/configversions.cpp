#include "configversions.h"

#include "core/config/configfile.h"
#include "core/config/configsave.h"
#include "core/remote/processrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::ConfigHistory)
};

bool madeByQuartermaster(const QFileInfo &info)
{
    // saveConfigFile creates every backup 0600; the updater's copies keep the umask's
    // mode (0644 in practice).
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    return (info.permissions() & others) == 0;
}

void collectBackups(const QFileInfo &config, ConfigVersions *result)
{
    const QDir directory(configBackupDirectory(config.filePath()));
    if (!directory.exists()) {
        result->notes << Text::tr("No backups: %1 does not exist.")
                             .arg(QDir::toNativeSeparators(directory.path()));
        return;
    }
    const QFileInfoList entries =
        directory.entryInfoList(QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDir::Name);
    int found = 0;
    for (const QFileInfo &entry : entries) {
        const QDateTime at = backupTime(entry.fileName(), config.fileName());
        if (!at.isValid())
            continue;
        ConfigVersion version;
        version.id = entry.fileName();
        version.source =
            madeByQuartermaster(entry) ? VersionSource::Backup : VersionSource::ConfigBackups;
        version.path = entry.filePath();
        version.at = at;
        const ConfigFileContents contents = readConfigFile(entry.filePath());
        version.bytes = contents.bytes;
        version.readError = contents.error;
        result->versions << version;
        ++found;
    }
    if (found == 0)
        result->notes << Text::tr("No backups of %1 in %2.")
                             .arg(config.fileName(), QDir::toNativeSeparators(directory.path()));
}

ProcessResult runGit(const QString &git, const QString &directory, const QStringList &arguments)
{
    ProcessRequest request;
    request.program = git;
    request.arguments = QStringList{QStringLiteral("-C"), directory} + arguments;
    request.timeoutMs = 20000;
    request.maxOutputBytes = 64 * 1024 * 1024;
    // Never ask for anything (a pager, credentials) and ignore the user's local
    // overrides of the log format.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    environment.insert(QStringLiteral("GIT_PAGER"), QStringLiteral("cat"));
    environment.remove(QStringLiteral("GIT_DIR"));
    environment.remove(QStringLiteral("GIT_WORK_TREE"));
    request.environment = environment;
    return runProcess(request);
}

QString gitFailure(const ProcessResult &result)
{
    if (!result.errorString.isEmpty())
        return result.errorString;
    const QString line = firstOutputLine(result.standardError);
    return line.isEmpty() ? Text::tr("exit code %1").arg(result.exitCode) : line;
}

void collectGit(const QFileInfo &config, const VersionSearch &search, ConfigVersions *result)
{
    const QString git =
        search.gitProgram.isEmpty() ? findProgram(QStringLiteral("git")) : search.gitProgram;
    if (git.isEmpty()) {
        result->notes << Text::tr("No git history: git is not installed.");
        return;
    }
    const QFileInfo target(config.canonicalFilePath().isEmpty() ? config.absoluteFilePath()
                                                                : config.canonicalFilePath());
    const QString directory = target.absolutePath();
    const ProcessResult inside = runGit(
        git, directory, {QStringLiteral("rev-parse"), QStringLiteral("--is-inside-work-tree")});
    if (inside.outcome == ProcessResult::Outcome::FailedToStart) {
        result->notes << Text::tr("No git history: %1 could not be started (%2).")
                             .arg(git, gitFailure(inside));
        return;
    }
    if (!inside.succeeded() || inside.standardOutput.trimmed() != "true") {
        result->notes
            << Text::tr("No git history: %1 is not in a git repository.").arg(config.fileName());
        return;
    }
    const QString relative = QStringLiteral("./") + target.fileName();
    // Unit separator between fields, record separator between commits: a subject may
    // hold anything else.
    const ProcessResult log =
        runGit(git, directory,
               {QStringLiteral("log"), QStringLiteral("-n"), QString::number(search.maxGitCommits),
                QStringLiteral("--reverse"), QStringLiteral("--format=%H%x1f%an%x1f%aI%x1f%s%x1e"),
                QStringLiteral("--"), relative});
    if (!log.succeeded()) {
        result->notes << Text::tr("No git history: git log failed: %1").arg(gitFailure(log));
        return;
    }
    const QList<QByteArray> records = log.standardOutput.split('\x1e');
    int found = 0;
    for (const QByteArray &record : records) {
        const QList<QByteArray> fields = record.trimmed().split('\x1f');
        if (fields.size() < 4 || fields[0].isEmpty())
            continue;
        ConfigVersion version;
        version.id = QString::fromLatin1(fields[0]);
        version.source = VersionSource::Git;
        version.author = QString::fromUtf8(fields[1]);
        version.at = QDateTime::fromString(QString::fromLatin1(fields[2]), Qt::ISODate);
        version.subject = QString::fromUtf8(fields[3]);
        version.path = version.id + QLatin1Char(':') + target.fileName();
        const ProcessResult show = runGit(
            git, directory, {QStringLiteral("show"), version.id + QLatin1Char(':') + relative});
        if (show.succeeded())
            version.bytes = show.standardOutput;
        else
            version.readError =
                Text::tr("Not in commit %1: %2").arg(version.id.left(12), gitFailure(show));
        result->versions << version;
        ++found;
    }
    if (found == 0)
        result->notes
            << Text::tr("No git history: %1 has never been committed.").arg(config.fileName());
}

} // namespace

QString versionSourceKey(VersionSource source)
{
    switch (source) {
    case VersionSource::Backup:
        return QStringLiteral("backup");
    case VersionSource::ConfigBackups:
        return QStringLiteral("config_backups");
    case VersionSource::Git:
        return QStringLiteral("git");
    case VersionSource::Current:
        break;
    }
    return QStringLiteral("current");
}

QDateTime backupTime(const QString &fileName, const QString &configName)
{
    const QFileInfo config(configName);
    const QString suffix =
        config.suffix().isEmpty() ? QString() : QLatin1Char('.') + config.suffix();
    const QRegularExpression pattern(QLatin1Char('^') +
                                     QRegularExpression::escape(config.completeBaseName()) +
                                     QStringLiteral("_(\\d{8}_\\d{6})(?:_\\d+)?") +
                                     QRegularExpression::escape(suffix) + QLatin1Char('$'));
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch())
        return {};
    return QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd_HHmmss"));
}

ConfigVersions collectConfigVersions(const QString &path, const VersionSearch &search)
{
    ConfigVersions result;
    const QFileInfo config(path);
    if (search.backups)
        collectBackups(config, &result);
    if (search.git)
        collectGit(config, search, &result);
    std::stable_sort(result.versions.begin(), result.versions.end(),
                     [](const ConfigVersion &a, const ConfigVersion &b) {
                         if (a.at.isValid() != b.at.isValid())
                             return !a.at.isValid();
                         return a.at < b.at;
                     });

    const ConfigFileContents contents = readConfigFile(path);
    if (!contents.ok()) {
        result.currentError = contents.error;
        return result;
    }
    ConfigVersion current;
    current.id = QStringLiteral("current");
    current.source = VersionSource::Current;
    current.path = config.absoluteFilePath();
    current.at = config.lastModified();
    current.bytes = contents.bytes;
    result.versions << current;
    return result;
}

} // namespace qm
