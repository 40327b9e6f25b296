#include "processrunner.h"

#include "probes/remotecommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::ProcessRunner)
};

constexpr int kSliceMs = 50;
constexpr int kKillGraceMs = 2000;

void stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(kKillGraceMs)) {
        process.kill();
        process.waitForFinished(kKillGraceMs);
    }
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
    process.start(request.standardInput.isEmpty() ? QIODevice::ReadOnly : QIODevice::ReadWrite);
    if (!process.waitForStarted(request.timeoutMs)) {
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
