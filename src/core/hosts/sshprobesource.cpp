#include "core/probes/dfoutput.h"
#include "core/probes/filelisting.h"
#include "core/remote/processrunner.h"
#include "probesource.h"

#include <QCoreApplication>
#include <QFileInfo>

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
            noteProbeError(m_probe,
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
            state.name = m_host.daemonNames.value(pattern);
            if (result.status != HostStatus::Ok || result.process.exitCode > 1) {
                state.error = result.error.isEmpty() ? firstOutputLine(result.process.standardError)
                                                     : result.error;
                noteProbeError(m_probe,
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

} // namespace

QString SshProbeSource::transport() const
{
    return QStringLiteral("ssh");
}

void SshProbeSource::probe(const ProbeHost &host, const ProbeOptions &options,
                           HostProbe &probe) const
{
    const bool nodeExporter = !host.nodeExporterUrl.isEmpty();
    RemoteProbe remote(host, options, probe);
    if (!remote.connect()) {
        // Still list what was expected, so "0 of 2 running" is not read as "none wanted".
        for (const QString &pattern : host.daemonPatterns)
            probe.daemons.append({pattern, false,
                                  Text::tr("not checked: %1").arg(hostStatusText(probe.status)),
                                  host.daemonNames.value(pattern)});
        for (const QString &path : host.externalStorage)
            probe.externalStorage.append(
                {path, ExternalStorageState::State::Unknown,
                 Text::tr("not checked: %1").arg(hostStatusText(probe.status))});
        // What still answers is shown: the host is then partly reachable (its status
        // stays SSH's, its volumes are the node_exporter's).
        if (nodeExporter) {
            const NodeExporterScrape scrape =
                NodeExporterProbeSource::readVolumes(host, options, probe);
            if (!scrape.ok)
                probe.error = Text::tr("%1 (node_exporter does not answer either: %2)")
                                  .arg(probe.error, scrape.error);
        }
        return;
    }
    // node_exporter gives the volumes when it answers, else df over SSH does.
    if (!nodeExporter) {
        remote.volumes();
    } else if (const NodeExporterScrape scrape =
                   NodeExporterProbeSource::readVolumes(host, options, probe);
               !scrape.ok) {
        noteProbeError(probe, scrape.error, NodeExporterProbeSource::scrapeCommand(host));
        remote.volumes();
    }
    remote.roots();
    remote.daemons();
    remote.externalStorage();
}

} // namespace qm
