#include "core/probes/datascan.h"
#include "core/remote/processrunner.h"
#include "core/volumes/volumereader.h"
#include "probesource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::HostProber)
};

} // namespace

QString LocalProbeSource::transport() const
{
    return QStringLiteral("local");
}

void LocalProbeSource::probe(const ProbeHost &host, const ProbeOptions &options,
                             HostProbe &probe) const
{
#ifdef Q_OS_MACOS
    probe.platform = QStringLiteral("Darwin");
#else
    probe.platform = QSysInfo::kernelType() == QLatin1String("linux") ? QStringLiteral("Linux")
                                                                      : QSysInfo::kernelType();
#endif
    VolumeReader reader;
    QString error;
    probe.volumes = reader.read(&error);
    probe.volumesSource = QStringLiteral("statvfs");
    if (!error.isEmpty())
        noteProbeError(probe, error, QString());
    for (const QString &root : host.dataRoots) {
        DataRootScan scan = scanLocalDataRoot(expandHomePath(root), options.categories,
                                              options.cancel, options.scanThreads);
        scan.root = root;
        probe.roots.append(scan);
    }
    const QString pgrep = findProgram(QStringLiteral("pgrep"));
    for (const QString &pattern : host.daemonPatterns) {
        DaemonState state;
        state.pattern = pattern;
        state.name = host.daemonNames.value(pattern);
        ProcessRequest request;
        request.program = pgrep;
        request.arguments = {QStringLiteral("-f"), QStringLiteral("--"),
                             selfExcludingPattern(pattern)};
        request.timeoutMs = options.commandTimeoutMs;
        const ProcessResult result = pgrep.isEmpty() ? ProcessResult() : runProcess(request);
        if (pgrep.isEmpty()) {
            state.error = Text::tr("pgrep is not installed");
        } else if (result.outcome != ProcessResult::Outcome::Finished || result.exitCode > 1) {
            state.error = result.errorString.isEmpty() ? firstOutputLine(result.standardError)
                                                       : result.errorString;
        }
        if (!state.error.isEmpty())
            noteProbeError(probe, Text::tr("cannot check process %1: %2").arg(pattern, state.error),
                           result.commandLine);
        state.running = result.outcome == ProcessResult::Outcome::Finished && result.exitCode == 0;
        probe.daemons.append(state);
    }
    for (const QString &path : host.externalStorage)
        probe.externalStorage.append(localExternalStorage(expandHomePath(path)));
    for (int i = 0; i < host.externalStorage.size(); ++i)
        probe.externalStorage[i].path = host.externalStorage.at(i);
}

ExternalStorageState localExternalStorage(const QString &path)
{
    ExternalStorageState state;
    state.path = path;
    struct stat own;
    struct stat parent;
    const QByteArray encoded = QFile::encodeName(QDir::cleanPath(path));
    const QByteArray parentPath = QFile::encodeName(QFileInfo(QDir::cleanPath(path)).path());
    if (lstat(encoded.constData(), &own) != 0) {
        state.state = errno == ENOENT ? ExternalStorageState::State::Missing
                                      : ExternalStorageState::State::Unknown;
        if (errno != ENOENT)
            state.error = QString::fromLocal8Bit(strerror(errno));
        return state;
    }
    if (stat(encoded.constData(), &own) != 0 || stat(parentPath.constData(), &parent) != 0) {
        state.error = QString::fromLocal8Bit(strerror(errno));
        return state;
    }
    state.state = own.st_dev != parent.st_dev ? ExternalStorageState::State::Mounted
                                              : ExternalStorageState::State::NotMounted;
    return state;
}

} // namespace qm
