#include "hostprober.h"

#include "nodeexporterclient.h"
#include "probes/dfoutput.h"
#include "probes/filelisting.h"
#include "volumes/systemvolumes.h"
#include "volumes/volumereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <sys/stat.h>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::HostProber)
};

/// A remote path as an argument: ssh runs commands in the user's home, so "~/x" is "x"
/// there (a quoted "~" would not be expanded by the remote shell).
QString remotePath(const QString &path)
{
    if (path == QLatin1String("~"))
        return QStringLiteral(".");
    if (path.startsWith(QLatin1String("~/")))
        return path.mid(2).isEmpty() ? QStringLiteral(".") : path.mid(2);
    return path;
}

void markSystemVolumes(VolumeList &volumes)
{
    for (Volume &volume : volumes) {
        MountEntry entry;
        entry.mountPoint = volume.mountPoint;
        entry.device = volume.device;
        // df -P names pseudo filesystems by their type ("tmpfs", "udev", "overlay").
        entry.fsType = volume.fsType;
        if (entry.fsType.isEmpty() && !volume.device.contains(QLatin1Char('/')))
            entry.fsType =
                volume.device == QLatin1String("udev") ? QStringLiteral("devtmpfs") : volume.device;
        volume.system = !(volume.systemReason = systemVolumeReason(entry)).isEmpty();
    }
}

/// `pattern` for `pgrep -f` written so that it does not match itself: "[u]nified_sync"
/// matches what "unified_sync" matches, but not a command line holding the pattern
/// (the ssh client that carries it, when a host probes itself over SSH).
QString selfExcludingPattern(const QString &pattern)
{
    if (pattern.isEmpty() ||
        !(pattern.at(0).isLetterOrNumber() || pattern.at(0) == QLatin1Char('_')))
        return pattern;
    return QLatin1Char('[') + pattern.at(0) + QLatin1Char(']') + pattern.mid(1);
}

/// Records the first failure of a probe (the host stays reachable: status Ok).
void noteError(HostProbe &probe, const QString &error, const QString &command)
{
    if (probe.error.isEmpty()) {
        probe.error = error;
        probe.command = command;
    }
}

class RemoteProbe
{
public:
    RemoteProbe(const ProbeHost &host, const ProbeOptions &options, HostProbe &probe)
        : m_host(host)
        , m_options(options)
        , m_probe(probe)
        , m_ssh(host.ssh, options.ssh, options.programs)
    {}

    /// False when the host cannot be reached at all (status set).
    bool connect()
    {
        const RemoteResult result = m_ssh.run({QStringLiteral("uname"), QStringLiteral("-s")},
                                              request(m_options.commandTimeoutMs));
        if (result.status != HostStatus::Ok) {
            m_probe.status = result.status;
            m_probe.error = result.error;
            m_probe.command = result.process.commandLine;
            return false;
        }
        m_probe.platform = firstOutputLine(result.process.standardOutput).left(40);
        return true;
    }

    RemoteResult run(const QStringList &argv, int timeoutMs, ProcessRequest base = {})
    {
        base.timeoutMs = timeoutMs;
        base.cancel = m_options.cancel;
        return m_ssh.run(argv, base, true);
    }

    void volumes()
    {
        const RemoteResult result =
            run({QStringLiteral("df"), QStringLiteral("-Pk")}, m_options.commandTimeoutMs,
                request(m_options.commandTimeoutMs, kMaxDfOutputBytes));
        const DfOutput df = parseDfOutput(result.process.standardOutput);
        if (result.status != HostStatus::Ok || df.volumes.isEmpty()) {
            m_probe.status = HostStatus::Error; // the one figure every probe must give
            noteError(m_probe,
                      result.status != HostStatus::Ok
                          ? result.error
                          : Text::tr("df printed no volume: %1")
                                .arg(df.badLines.isEmpty()
                                         ? firstOutputLine(result.process.standardError)
                                         : df.badLines.first()),
                      result.process.commandLine);
            return;
        }
        m_probe.volumes = df.volumes;
        m_probe.volumesSource = QStringLiteral("df");
        markSystemVolumes(m_probe.volumes);
    }

    bool gnuFind()
    {
        const RemoteResult result =
            run({QStringLiteral("find"), QStringLiteral("--version")}, m_options.commandTimeoutMs);
        return result.status == HostStatus::Ok && result.process.exitCode == 0 &&
               result.process.standardOutput.contains("GNU");
    }

    bool gnuStat()
    {
        const RemoteResult result =
            run({QStringLiteral("stat"), QStringLiteral("--version")}, m_options.commandTimeoutMs);
        return result.status == HostStatus::Ok && result.process.exitCode == 0;
    }

    DataRootScan scanRoot(const QString &root, bool printf, bool statGnu)
    {
        DataRootScan scan;
        scan.root = root;
        CategoryTotals totals(m_options.categories);
        scan.categories = totals.totals();
        const QString path = remotePath(root);
        const RemoteResult exists =
            run({QStringLiteral("test"), QStringLiteral("-e"), path}, m_options.commandTimeoutMs);
        if (exists.status != HostStatus::Ok || exists.process.exitCode > 1) {
            scan.status = DataRootScan::Status::Error;
            scan.error = exists.error.isEmpty() ? firstOutputLine(exists.process.standardError)
                                                : exists.error;
            scan.commandLine = exists.process.commandLine;
            return scan;
        }
        if (exists.process.exitCode == 1) {
            scan.status = DataRootScan::Status::Missing;
            scan.error = Text::tr("%1 does not exist").arg(root);
            return scan;
        }
        QStringList argv = {QStringLiteral("find"), path, QStringLiteral("-xdev"),
                            QStringLiteral("-type"), QStringLiteral("f")};
        if (printf) {
            argv << QStringLiteral("-printf") << QStringLiteral("%s %T@ %p\\0");
        } else {
            // BSD and busybox find have no -printf: stat prints each file, one per line.
            argv << QStringLiteral("-exec") << QStringLiteral("stat");
            if (statGnu)
                argv << QStringLiteral("-c") << QStringLiteral("%s %Y %n");
            else
                argv << QStringLiteral("-f") << QStringLiteral("%z %m %N");
            argv << QStringLiteral("{}") << QStringLiteral("+");
        }
        FileListingParser parser(
            [&](const ListedFile &file) {
                totals.addPath(file.path, file.bytes, file.modifiedSecs);
            },
            printf ? '\0' : '\n');
        ProcessRequest base;
        base.onOutput = [&](QByteArrayView chunk) {
            parser.feed(chunk);
            return true;
        };
        const RemoteResult listed = run(argv, m_options.scanTimeoutMs, base);
        parser.finish();
        scan.commandLine = listed.process.commandLine;
        scan.categories = totals.totals();
        scan.badRecords = parser.badRecords();
        const QByteArray &err = listed.process.standardError;
        const int denied =
            int(err.count("Permission denied") + err.count("Operation not permitted"));
        scan.unreadableFolders = denied;
        if (listed.status != HostStatus::Ok) {
            scan.status = DataRootScan::Status::Error;
            scan.error = listed.error;
        } else if (listed.process.exitCode != 0 && parser.files() == 0 && denied > 0) {
            scan.status = DataRootScan::Status::Denied;
            scan.error = err.contains("Operation not permitted")
                             ? Text::tr("%1: operation not permitted (on macOS, give sshd Full "
                                        "Disk Access or access to removable volumes)")
                                   .arg(root)
                             : Text::tr("%1: permission denied").arg(root);
        } else if (listed.process.exitCode != 0 && denied == 0) {
            scan.status = DataRootScan::Status::Error;
            scan.error =
                Text::tr("the listing of %1 failed: %2")
                    .arg(root, firstOutputLine(err).isEmpty()
                                   ? Text::tr("exit status %1").arg(listed.process.exitCode)
                                   : firstOutputLine(err));
        }
        return scan;
    }

    void roots()
    {
        if (m_host.dataRoots.isEmpty())
            return;
        const bool printf = m_options.listing == ProbeOptions::Listing::Detect
                                ? gnuFind()
                                : m_options.listing == ProbeOptions::Listing::FindPrintf;
        const bool statGnu = printf || gnuStat();
        for (const QString &root : m_host.dataRoots) {
            if (m_options.cancel && m_options.cancel->load())
                return;
            m_probe.roots.append(scanRoot(root, printf, statGnu));
        }
    }

    void daemons()
    {
        for (const QString &pattern : m_host.daemonPatterns) {
            const RemoteResult result = run({QStringLiteral("pgrep"), QStringLiteral("-f"),
                                             QStringLiteral("--"), selfExcludingPattern(pattern)},
                                            m_options.commandTimeoutMs);
            DaemonState state;
            state.pattern = pattern;
            if (result.status != HostStatus::Ok || result.process.exitCode > 1) {
                state.error = result.error.isEmpty() ? firstOutputLine(result.process.standardError)
                                                     : result.error;
                noteError(m_probe,
                          Text::tr("cannot check process %1: %2").arg(pattern, state.error),
                          result.process.commandLine);
            }
            state.running = result.process.exitCode == 0;
            m_probe.daemons.append(state);
        }
    }

    void externalStorage()
    {
        for (const QString &path : m_host.externalStorage) {
            ExternalStorageState state;
            state.path = path;
            const QString remote = remotePath(path);
            const QString parent = QFileInfo(remote).path();
            const RemoteResult result =
                run({QStringLiteral("df"), QStringLiteral("-Pk"), remote, parent},
                    m_options.commandTimeoutMs);
            const DfOutput df = parseDfOutput(result.process.standardOutput);
            if (result.status != HostStatus::Ok) {
                state.error = result.error;
            } else if (df.volumes.size() == 2) {
                state.state = df.volumes.at(0).mountPoint != df.volumes.at(1).mountPoint
                                  ? ExternalStorageState::State::Mounted
                                  : ExternalStorageState::State::NotMounted;
            } else if (df.volumes.size() == 1 && result.process.exitCode != 0) {
                state.state = ExternalStorageState::State::Missing;
            } else {
                state.error = firstOutputLine(result.process.standardError);
            }
            m_probe.externalStorage.append(state);
        }
    }

private:
    ProcessRequest request(int timeoutMs, qsizetype maxOutput = 64 * 1024) const
    {
        ProcessRequest r;
        r.timeoutMs = timeoutMs;
        r.maxOutputBytes = maxOutput;
        r.cancel = m_options.cancel;
        return r;
    }

    const ProbeHost &m_host;
    const ProbeOptions &m_options;
    HostProbe &m_probe;
    SshTransport m_ssh;
};

void probeLocal(const ProbeHost &host, const ProbeOptions &options, HostProbe &probe)
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
        noteError(probe, error, QString());
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
            noteError(probe, Text::tr("cannot check process %1: %2").arg(pattern, state.error),
                      result.commandLine);
        state.running = result.outcome == ProcessResult::Outcome::Finished && result.exitCode == 0;
        probe.daemons.append(state);
    }
    for (const QString &path : host.externalStorage)
        probe.externalStorage.append(localExternalStorage(expandHomePath(path)));
    for (int i = 0; i < host.externalStorage.size(); ++i)
        probe.externalStorage[i].path = host.externalStorage.at(i);
}

} // namespace

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

HostProbe probeHost(const ProbeHost &host, const ProbeOptions &options)
{
    HostProbe probe;
    probe.name = host.name;
    probe.transport = host.transport();
    probe.probedAt = QDateTime::currentDateTimeUtc();
    QElapsedTimer clock;
    clock.start();
    probe.status = HostStatus::Ok;
    const QString scrapeCommand = QStringLiteral("GET ") + host.nodeExporterUrl;
    // The volumes from the node_exporter; false (and `scrape` says why) when it failed.
    NodeExporterScrape scrape;
    const auto readNodeExporter = [&] {
        scrape = scrapeNodeExporter(QUrl(host.nodeExporterUrl), options.nodeExporterTimeoutMs);
        if (!scrape.ok)
            return false;
        probe.volumes = scrape.volumes;
        probe.volumesSource = QStringLiteral("node_exporter");
        markSystemVolumes(probe.volumes);
        return true;
    };
    if (host.local) {
        probeLocal(host, options, probe);
    } else if (host.hasSsh) {
        RemoteProbe remote(host, options, probe);
        if (!remote.connect()) {
            // Still list what was expected, so "0 of 2 running" is not read as "none wanted".
            for (const QString &pattern : host.daemonPatterns)
                probe.daemons.append(
                    {pattern, false,
                     Text::tr("not checked: %1").arg(hostStatusText(probe.status))});
            for (const QString &path : host.externalStorage)
                probe.externalStorage.append(
                    {path, ExternalStorageState::State::Unknown,
                     Text::tr("not checked: %1").arg(hostStatusText(probe.status))});
            // What still answers is shown: the host is then partly reachable (its status
            // stays SSH's, its volumes are the node_exporter's).
            if (!host.nodeExporterUrl.isEmpty() && !readNodeExporter())
                probe.error = Text::tr("%1 (node_exporter does not answer either: %2)")
                                  .arg(probe.error, scrape.error);
        } else {
            // node_exporter gives the volumes when it answers, else df over SSH does.
            if (host.nodeExporterUrl.isEmpty() || !readNodeExporter()) {
                if (!host.nodeExporterUrl.isEmpty())
                    noteError(probe, scrape.error, scrapeCommand);
                remote.volumes();
            }
            remote.roots();
            remote.daemons();
            remote.externalStorage();
        }
    } else if (host.nodeExporterUrl.isEmpty()) {
        probe.status = HostStatus::Error;
        probe.error = Text::tr("%1 has neither ssh_host nor node_exporter_url: nothing to "
                               "probe it with")
                          .arg(host.name);
    } else if (!readNodeExporter()) {
        probe.status = scrape.status;
        probe.error = scrape.error;
        probe.command = scrapeCommand;
    }
    probe.elapsedMs = clock.elapsed();
    return probe;
}

bool probeFailureIsFinal(const ProbeHost &host, const HostProbe &probe)
{
    switch (probe.status) {
    case HostStatus::Ok:
        return false;
    case HostStatus::AuthFailed:
    case HostStatus::HostKeyUnknown:
    case HostStatus::HostKeyMismatch:
        return true;
    default:
        break;
    }
    if (host.local)
        return false;
    const bool sshInvalid = !host.hasSsh || SshTransport::isReservedInvalidName(host.ssh.host);
    const bool exporterInvalid =
        host.nodeExporterUrl.isEmpty() ||
        SshTransport::isReservedInvalidName(QUrl(host.nodeExporterUrl).host());
    // Nothing to probe it with at all is final too (the config must change first).
    return sshInvalid && exporterInvalid;
}

QList<HostProbe> probeHostsNow(const QList<ProbeHost> &hosts, const ProbeOptions &options,
                               int parallel)
{
    QThreadPool pool;
    pool.setMaxThreadCount(qBound(1, parallel, 64));
    return QtConcurrent::blockingMapped<QList<HostProbe>>(
        &pool, hosts, [&options](const ProbeHost &host) { return probeHost(host, options); });
}

std::unique_ptr<QTemporaryDir> makeSshControlDirectory()
{
    // Socket paths are limited to about 100 bytes; macOS's per-user temp folder is
    // long, so the sockets live in /tmp (QTemporaryDir makes the folder 0700).
    auto dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/qm-ssh-XXXXXX"));
    if (!dir->isValid())
        dir = std::make_unique<QTemporaryDir>();
    return dir;
}

void closeSharedConnections(const QList<ProbeHost> &hosts, const ProbeOptions &options)
{
    const QString control = options.ssh.controlDirectory;
    if (control.isEmpty() || QDir(control).isEmpty(QDir::AllEntries | QDir::System | QDir::Hidden |
                                                   QDir::NoDotAndDotDot))
        return;
    for (const ProbeHost &host : hosts) {
        if (host.hasSsh && !host.local)
            SshTransport(host.ssh, options.ssh, options.programs).closeSharedConnection();
    }
}

} // namespace qm
