#pragma once

#include "core/remote/processgroup.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace qm {

/// One run of an external program, as the launcher starts it: always an argument
/// vector (never a shell string), with a time limit and caps on what it may print.
struct ProcessRequest
{
    QString program; ///< an absolute path (see findProgram) or a name on PATH
    QStringList arguments;
    int timeoutMs = 30000; ///< after this the program is terminated, then killed
    /// Standard output beyond this is dropped (and `outputTruncated` set); the program
    /// is stopped, since nothing it says after that is read.
    qsizetype maxOutputBytes = 16 * 1024 * 1024;
    qsizetype maxErrorBytes = 64 * 1024; ///< standard error beyond this is dropped
    /// When set, standard output is handed over here as it arrives instead of being
    /// collected; returning false stops the program (the reader has seen enough).
    std::function<bool(QByteArrayView chunk)> onOutput;
    /// When set, standard error is handed over here too as it arrives (it is still
    /// collected, up to maxErrorBytes): for programs that report progress there.
    std::function<void(QByteArrayView chunk)> onError;
    QByteArray standardInput; ///< written, then the program's input is closed
    /// Replaces the environment when not empty.
    QProcessEnvironment environment;
    /// Set from another thread to stop the program early (outcome Cancelled).
    const std::atomic<bool> *cancel = nullptr;
};

/// What happened.
struct ProcessResult
{
    enum class Outcome {
        Finished,      ///< exited by itself; see exitCode
        FailedToStart, ///< not found or not executable; see errorString
        TimedOut,      ///< stopped after timeoutMs
        Crashed,       ///< killed by a signal it did not ask for
        Cancelled,     ///< stopped on request (cancel flag or onOutput)
    };
    Outcome outcome = Outcome::FailedToStart;
    int exitCode = -1;
    QByteArray standardOutput; ///< empty when onOutput took it
    QByteArray standardError;
    bool outputTruncated = false;
    QString commandLine; ///< the exact command, shell-quoted, to show a person
    QString errorString; ///< why it did not finish normally; empty when it did
    qint64 elapsedMs = 0;

    bool succeeded() const { return outcome == Outcome::Finished && exitCode == 0; }
};

/// Runs `request` to its end in the calling thread (a worker thread: this blocks).
/// Never leaves the program running: a time-out, a cancel or an over-long output
/// terminates it, and kills it when it has not gone within two seconds.
///
/// The program leads a process group of its own, and what it starts (rsync's
/// receiver, ssh) stays in that group: stopping it signals the whole group. On Linux
/// the program also gets SIGTERM when the process that started it dies, even by
/// SIGKILL (PR_SET_PDEATHSIG), so a runner killed with `kill -9` does not leave its
/// rsync copying on; on macOS, which has no such thing, the job runner records each
/// group (see ProcessObserver) and the next runner ends what is left of it.
ProcessResult runProcess(const ProcessRequest &request);

/// Told of every program runProcess starts in one thread, while a ProcessObserverScope
/// is installed there: the job runner records each group in the queue, so that a
/// runner that finds a job interrupted can end what its dead runner left running.
/// Called in the thread that runs the program.
class ProcessObserver
{
public:
    virtual ~ProcessObserver() = default;
    /// `group` started running `commandLine`.
    virtual void processStarted(const ProcessGroup &group, const QString &commandLine) = 0;
    /// The program of `group` ended (and was waited for).
    virtual void processEnded(const ProcessGroup &group) = 0;
};

/// Installs `observer` for the calling thread for as long as the scope lives; the one
/// installed before comes back after.
class ProcessObserverScope
{
public:
    explicit ProcessObserverScope(ProcessObserver *observer);
    ~ProcessObserverScope();
    ProcessObserverScope(const ProcessObserverScope &) = delete;
    ProcessObserverScope &operator=(const ProcessObserverScope &) = delete;

private:
    ProcessObserver *m_previous;
};

/// The first non-empty line of what a program printed, trimmed and cut to 300
/// characters: enough to tell a person what went wrong, never a flood.
QString firstOutputLine(const QByteArray &output);

/// `path` with a leading "~" or "~/" replaced by this user's home folder.
QString expandHomePath(const QString &path);

/// `program` and `arguments` as one line a person can paste into a shell.
QString displayCommandLine(const QString &program, const QStringList &arguments);

/// The absolute path of program `name`: on PATH, then in the places a Finder-started
/// macOS app does not have on its PATH (/opt/homebrew/bin, /usr/local/bin), then the
/// system's sbin folders. Empty when it is nowhere.
QString findProgram(const QString &name);

} // namespace qm
