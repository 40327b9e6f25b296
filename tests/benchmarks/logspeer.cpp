#include "logspeer.h"

#include <QElapsedTimer>
#include <QProcess>

#include <cstdio>

namespace qm::bench {

ToolRun Peer::run(const QByteArray &script, const QString &stdoutFile,
                  const QStringList &extra) const
{
    ToolRun result;
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
    if (script.isEmpty()) // lnav reads standard input when it is not a terminal
        process.setStandardInputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments + extra);
    if (!script.isEmpty() && process.waitForStarted(-1)) {
        process.write(script);
        process.closeWriteChannel();
    }
    process.waitForFinished(-1);
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 &&
                result.err.trimmed().isEmpty();
    if (!result.ok)
        std::fprintf(stderr, "bench_logs: %s failed: %s\n", qPrintable(program),
                     result.err.constData());
    return result;
}

} // namespace qm::bench
