#include "processrunner.h"

#include "core/remote/sshcommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::ProcessRunner)
};

constexpr int kSliceMs = 50;
constexpr int kKillGraceMs = 2000;

thread_local ProcessObserver *t_observer = nullptr;

/// Sends `signal` to the program's whole group (it leads it), or to the program alone
/// when the group is not there (yet).
void signalGroup(QProcess &process, int signal)
{
    const qint64 pid = process.processId();
    if (pid <= 0)
        return;
    if (::kill(pid_t(-pid), signal) != 0)
        ::kill(pid_t(pid), signal);
}

void stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    signalGroup(process, SIGTERM);
    if (!process.waitForFinished(kKillGraceMs)) {
        signalGroup(process, SIGKILL);
        process.waitForFinished(kKillGraceMs);
    }
}

/// Run in the child between fork and exec: only async-signal-safe calls.
void prepareChild(pid_t parent)
{
    // A group of its own, so that it and what it starts are stopped together.
    ::setpgid(0, 0);
#if defined(Q_OS_LINUX)
    // Ends with the process that started it, however that one ends.
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    if (::getppid() != parent) // it died before the line above took effect
        ::_exit(127);
#else
    Q_UNUSED(parent);
#endif
}

bool needsQuoting(const QString &word)
{
    if (word.isEmpty())
        return true;
    for (const QChar c : word) {
        if (!(c.isLetterOrNumber() || QStringView(u"-_./=:,@%+").contains(c)))
            return true;
    }
    return false;
}

} // namespace

ProcessObserverScope::ProcessObserverScope(ProcessObserver *observer)
    : m_previous(t_observer)
{
    t_observer = observer;
}

ProcessObserverScope::~ProcessObserverScope()
{
    t_observer = m_previous;
}

QString displayCommandLine(const QString &program, const QStringList &arguments)
{
    QStringList words;
    words.reserve(arguments.size() + 1);
    for (const QString &word : QStringList{program} + arguments)
        words.append(needsQuoting(word) ? shellQuote(word) : word);
    return words.join(QLatin1Char(' '));
}

QString firstOutputLine(const QByteArray &output)
{
    for (const QByteArray &line : output.split('\n')) {
        const QString trimmed = QString::fromUtf8(line).trimmed();
        if (!trimmed.isEmpty())
            return trimmed.left(300);
    }
    return QString();
}

QString expandHomePath(const QString &path)
{
    if (path == QLatin1String("~"))
        return QDir::homePath();
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

QString findProgram(const QString &name)
{
    const QString found = QStandardPaths::findExecutable(name);
    if (!found.isEmpty())
        return found;
    return QStandardPaths::findExecutable(
        name, {QStringLiteral("/opt/homebrew/bin"), QStringLiteral("/usr/local/bin"),
               QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
}

ProcessResult runProcess(const ProcessRequest &request)
{
    ProcessResult result;
    result.commandLine = displayCommandLine(request.program, request.arguments);
    QElapsedTimer clock;
    clock.start();

    QProcess process;
    if (!request.environment.isEmpty())
        process.setProcessEnvironment(request.environment);
    process.setProgram(request.program);
    process.setArguments(request.arguments);
    const pid_t parent = ::getpid();
    process.setChildProcessModifier([parent] { prepareChild(parent); });
    process.start(request.standardInput.isEmpty() ? QIODevice::ReadOnly : QIODevice::ReadWrite);
    const bool started = process.waitForStarted(request.timeoutMs);
    ProcessGroup group;
    if (started) {
        group = processGroupOf(process.processId());
        if (t_observer && group.isValid())
            t_observer->processStarted(group, result.commandLine);
    }
    // However runProcess leaves, the observer hears that the program ended.
    const auto ended = qScopeGuard([&group] {
        if (t_observer && group.isValid())
            t_observer->processEnded(group);
    });
    if (!started) {
        result.outcome = ProcessResult::Outcome::FailedToStart;
        result.errorString =
            Text::tr("cannot run %1: %2").arg(request.program, process.errorString());
        stop(process);
        result.elapsedMs = clock.elapsed();
        return result;
    }
    if (!request.standardInput.isEmpty()) {
        process.write(request.standardInput);
        process.closeWriteChannel();
    }

    bool stoppedEarly = false;
    const auto drain = [&] {
        const QByteArray err = process.readAllStandardError();
        if (request.onError && !err.isEmpty())
            request.onError(err);
        const qsizetype roomErr = request.maxErrorBytes - result.standardError.size();
        if (roomErr > 0)
            result.standardError.append(err.left(roomErr));
        const QByteArray out = process.readAllStandardOutput();
        if (out.isEmpty() || stoppedEarly)
            return;
        if (request.onOutput) {
            if (!request.onOutput(out)) {
                stoppedEarly = true;
                result.outcome = ProcessResult::Outcome::Cancelled;
            }
            return;
        }
        const qsizetype room = request.maxOutputBytes - result.standardOutput.size();
        result.standardOutput.append(out.left(qMax<qsizetype>(room, 0)));
        if (out.size() > room) {
            result.outputTruncated = true;
            stoppedEarly = true;
        }
    };

    bool timedOut = false;
    bool cancelled = false;
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(kSliceMs);
        drain();
        if (stoppedEarly)
            break;
        if (request.cancel && request.cancel->load()) {
            cancelled = true;
            break;
        }
        if (clock.elapsed() > request.timeoutMs) {
            timedOut = true;
            break;
        }
    }
    if (stoppedEarly || timedOut || cancelled)
        stop(process);
    else
        process.waitForFinished(kKillGraceMs);
    drain();

    result.elapsedMs = clock.elapsed();
    if (timedOut) {
        result.outcome = ProcessResult::Outcome::TimedOut;
        result.errorString = Text::tr("%1 did not finish within %2 s and was stopped")
                                 .arg(QDir(request.program).dirName())
                                 .arg(request.timeoutMs / 1000.0);
    } else if (cancelled || result.outcome == ProcessResult::Outcome::Cancelled) {
        result.outcome = ProcessResult::Outcome::Cancelled;
        result.errorString = Text::tr("stopped on request");
    } else if (process.exitStatus() == QProcess::CrashExit && !result.outputTruncated) {
        result.outcome = ProcessResult::Outcome::Crashed;
        result.errorString = Text::tr("%1 crashed").arg(QDir(request.program).dirName());
    } else {
        result.outcome = ProcessResult::Outcome::Finished;
        result.exitCode = process.exitCode();
        if (result.outputTruncated)
            result.errorString =
                Text::tr("the output passed %1 bytes and was cut").arg(request.maxOutputBytes);
    }
    return result;
}

} // namespace qm
