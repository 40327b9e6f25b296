#include "runnerservice.h"

#include "core/cleanup/trash.h"
#include "core/remote/processrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <unistd.h>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::RunnerService)
};

#ifdef Q_OS_MACOS
constexpr bool kLaunchd = true;
#else
constexpr bool kLaunchd = false;
#endif

const QString kUnitName = QStringLiteral("quartermaster-jobs.service");
const QString kLabel = QStringLiteral("dev.quartermaster.jobs");

/// Runs the service manager; its result, with what it printed for a person.
ProcessResult manage(const QString &program, const QStringList &arguments)
{
    ProcessRequest request;
    request.program = findProgram(program);
    request.arguments = arguments;
    request.timeoutMs = 30'000;
    if (request.program.isEmpty()) {
        ProcessResult missing;
        missing.errorString = Text::tr("%1 is not installed").arg(program);
        return missing;
    }
    return runProcess(request);
}

/// The last line the manager printed (systemctl says what it did first, what failed last).
QString said(const ProcessResult &result)
{
    const QList<QByteArray> lines =
        (result.standardError.isEmpty() ? result.standardOutput : result.standardError)
            .trimmed()
            .split('\n');
    const QString text = firstOutputLine(lines.last());
    return text.isEmpty() ? result.errorString : text;
}

/// A word of a systemd ExecStart line, quoted when it needs to be.
QString systemdWord(const QString &word)
{
    if (!word.isEmpty() && !word.contains(u' ') && !word.contains(u'"') && !word.contains(u'\\') &&
        !word.contains(u'%') && !word.contains(u'$'))
        return word;
    QString quoted = word;
    quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    quoted.replace(u'%', QStringLiteral("%%")).replace(u'$', QStringLiteral("$$"));
    return u'"' + quoted + u'"';
}

QString xmlText(const QString &text)
{
    return text.toHtmlEscaped();
}

QString userDomain()
{
    return QStringLiteral("gui/%1").arg(::getuid());
}

} // namespace

QString runnerServicePath()
{
    if (kLaunchd)
        return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/") + kLabel +
               QStringLiteral(".plist");
    const QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    return (config.isEmpty() ? QDir::homePath() + QStringLiteral("/.config") : config) +
           QStringLiteral("/systemd/user/") + kUnitName;
}

QByteArray runnerServiceText(const QString &qmctl, const QString &dataDirectory)
{
    QStringList argv{qmctl, QStringLiteral("jobs"), QStringLiteral("run")};
    if (!dataDirectory.isEmpty())
        argv << QStringLiteral("--data-dir") << dataDirectory;
    if (kLaunchd) {
        QString arguments;
        for (const QString &word : argv)
            arguments += QStringLiteral("    <string>%1</string>\n").arg(xmlText(word));
        return QStringLiteral(
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                   "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                   "<plist version=\"1.0\">\n<dict>\n"
                   "  <key>Label</key><string>%1</string>\n"
                   "  <key>ProgramArguments</key>\n  <array>\n%2  </array>\n"
                   "  <key>RunAtLoad</key><true/>\n"
                   "  <key>KeepAlive</key><dict><key>SuccessfulExit</key><false/></dict>\n"
                   "</dict>\n</plist>\n")
            .arg(kLabel, arguments)
            .toUtf8();
    }
    QStringList words;
    for (const QString &word : argv)
        words << systemdWord(word);
    return QStringLiteral(
               "# Written by Quartermaster (qmctl jobs service install): the job runner,\n"
               "# so that scheduled jobs run with the window closed.\n"
               "[Unit]\n"
               "Description=Quartermaster job runner\n"
               "\n"
               "[Service]\n"
               "ExecStart=%1\n"
               "Restart=on-failure\n"
               "RestartSec=30\n"
               "\n"
               "[Install]\n"
               "WantedBy=default.target\n")
        .arg(words.join(u' '))
        .toUtf8();
}

bool installRunnerService(const QString &qmctl, const QString &dataDirectory, bool start,
                          QString *message, QString *error)
{
    if (!QFileInfo(qmctl).isAbsolute() || !QFileInfo(qmctl).isExecutable()) {
        *error = Text::tr("%1 is not an executable qmctl with a full path").arg(qmctl);
        return false;
    }
    const QString path = runnerServicePath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = Text::tr("cannot make the folder of %1").arg(path);
        return false;
    }
    const QByteArray text = runnerServiceText(qmctl, dataDirectory);
    // One that differs (edited by hand, or another qmctl's) goes to the trash, not lost.
    QString replaced;
    if (QFile old(path); old.open(QIODevice::ReadOnly) && old.readAll() != text) {
        old.close();
        const TrashOutcome trashed = moveToTrash(path);
        if (trashed.result == TrashOutcome::Result::Failed) {
            *error = Text::tr("%1 is there and differs, and cannot be moved to the trash: %2")
                         .arg(path, trashed.error);
            return false;
        }
        replaced = trashed.pathInTrash;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) < 0 || !file.commit()) {
        *error = Text::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    *message =
        replaced.isEmpty()
            ? Text::tr("wrote %1").arg(path)
            : Text::tr("wrote %1 (the one it replaces is in the trash: %2)").arg(path, replaced);
    if (!start)
        return true;
    ProcessResult result;
    if (kLaunchd) {
        manage(QStringLiteral("launchctl"),
               {QStringLiteral("bootout"), userDomain() + u'/' + kLabel});
        result =
            manage(QStringLiteral("launchctl"), {QStringLiteral("bootstrap"), userDomain(), path});
    } else {
        manage(QStringLiteral("systemctl"),
               {QStringLiteral("--user"), QStringLiteral("daemon-reload")});
        result =
            manage(QStringLiteral("systemctl"), {QStringLiteral("--user"), QStringLiteral("enable"),
                                                 QStringLiteral("--now"), kUnitName});
    }
    if (!result.succeeded()) {
        *error = Text::tr("%1 is written, but the service manager did not start it: %2")
                     .arg(path, said(result));
        return false;
    }
    *message += Text::tr("; started, and started again at each login");
    return true;
}

bool uninstallRunnerService(QString *message, QString *error)
{
    const QString path = runnerServicePath();
    if (!QFileInfo::exists(path)) {
        *message = Text::tr("not installed (%1 is not there)").arg(path);
        return true;
    }
    if (kLaunchd)
        manage(QStringLiteral("launchctl"),
               {QStringLiteral("bootout"), userDomain() + u'/' + kLabel});
    else
        manage(QStringLiteral("systemctl"), {QStringLiteral("--user"), QStringLiteral("disable"),
                                             QStringLiteral("--now"), kUnitName});
    // To the trash, never a silent unlink: it may hold a person's own lines.
    const TrashOutcome trashed = moveToTrash(path);
    if (trashed.result == TrashOutcome::Result::Failed) {
        *error = Text::tr("cannot move %1 to the trash: %2").arg(path, trashed.error);
        return false;
    }
    if (!kLaunchd)
        manage(QStringLiteral("systemctl"),
               {QStringLiteral("--user"), QStringLiteral("daemon-reload")});
    *message = Text::tr("stopped, and moved %1 to the trash (%2)").arg(path, trashed.pathInTrash);
    return true;
}

RunnerServiceStatus runnerServiceStatus()
{
    RunnerServiceStatus status;
    status.manager = kLaunchd ? QStringLiteral("launchd") : QStringLiteral("systemd");
    status.unitPath = runnerServicePath();
    status.installed = QFileInfo::exists(status.unitPath);
    const ProcessResult result =
        kLaunchd ? manage(QStringLiteral("launchctl"),
                          {QStringLiteral("print"), userDomain() + u'/' + kLabel})
                 : manage(QStringLiteral("systemctl"),
                          {QStringLiteral("--user"), QStringLiteral("is-active"), kUnitName});
    status.running =
        result.succeeded() && (kLaunchd ? result.standardOutput.contains("state = running")
                                        : result.standardOutput.trimmed() == "active");
    status.detail = kLaunchd ? (status.running ? QStringLiteral("running") : said(result))
                             : QString::fromUtf8(result.standardOutput.trimmed());
    if (status.detail.isEmpty())
        status.detail = said(result);
    return status;
}

} // namespace qm
