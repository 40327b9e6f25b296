#pragma once

#include "core/remote/sshtransport.h"
#include "hostprobe.h"
#include "nodeexporterclient.h"
#include "probehost.h"

#include <QList>
#include <QString>

#include <atomic>

namespace qm {

/// How probes run.
struct ProbeOptions
{
    SshOptions ssh;
    SshPrograms programs = SshPrograms::find();
    QList<DataCategory> categories = defaultDataCategories();
    int commandTimeoutMs = 60000;   ///< df, pgrep, stat, uname
    int scanTimeoutMs = 30 * 60000; ///< one data root's listing
    int nodeExporterTimeoutMs = 10000;
    int scanThreads = 2; ///< local walker threads
    /// How remote folders are listed: detected (GNU find's -printf when `find --version`
    /// says GNU, else `find -exec stat`), or one of the two forced (for tests).
    enum class Listing { Detect, FindPrintf, FindExecStat } listing = Listing::Detect;
    const std::atomic<bool> *cancel = nullptr;
};

/// Where the figures of a host's probe come from: this machine's own system calls
/// (LocalProbeSource), commands over SSH (SshProbeSource), or a node_exporter's
/// metrics (NodeExporterProbeSource). probeHost asks probeSourceFor which one reaches a
/// host and lets it fill the probe; the scheduler, the history and the pages only ever
/// see the HostProbe.
///
/// Another source is one more implementation. A Prometheus server that already scrapes
/// the fleet's node_exporters, say: a `PrometheusProbeSource` whose probe() asks the
/// server's HTTP API (`/api/v1/query`) for the host's `node_filesystem_*` series, turns
/// them into volumes as NodeExporterProbeSource does with a scrape (volumesSource
/// "prometheus", markSystemVolumes) and fails the way a scrape fails (Refused,
/// Unreachable or Error, the command "GET URL"); a field of ProbeHost, filled from the
/// config, that names the server; and a line in probeSourceFor that picks the new source
/// for the hosts that have one. Nothing else changes.
///
/// A source holds no state: one instance of each serves every thread at once.
class ProbeSource
{
public:
    virtual ~ProbeSource() = default;

    /// What the probe records as its transport ("local", "ssh", "node_exporter").
    virtual QString transport() const = 0;

    /// Probes `host` now, into `probe`, which comes named, timed and with status Ok.
    /// Fills what the source can reach — the platform, the volumes (and volumesSource),
    /// the data roots, the expected daemons, the external storage — and lists what it
    /// could not check rather than leaving it out. When the host cannot be reached at
    /// all, sets the status (Unreachable, Refused, AuthFailed, ...), the error and the
    /// command that failed; when it answered but one step failed, keeps the status Ok
    /// and notes the first failure (noteProbeError). Stops early when `options.cancel`
    /// is set. Blocking (a worker thread); never throws, never gives up on garbage.
    virtual void probe(const ProbeHost &host, const ProbeOptions &options,
                       HostProbe &probe) const = 0;
};

/// This machine, through system calls: statvfs for the volumes, a walk of each data
/// root in `options.scanThreads` threads, `pgrep -f` here, and whether the external
/// storage paths are mount points (localExternalStorage).
class LocalProbeSource final : public ProbeSource
{
public:
    QString transport() const override;
    void probe(const ProbeHost &host, const ProbeOptions &options, HostProbe &probe) const override;
};

/// A host over SSH (SshTransport, whose checks tell the failures apart): `uname -s`
/// first; then `df -Pk` for the volumes, a `find` listing of each data root (GNU find's
/// -printf, else `find -exec stat`), `pgrep -f` for each expected daemon and `df` of each
/// external storage path and its parent.
///
/// A host that also has a node_exporter URL gets its volumes from there when it answers
/// (and from `df` when not, the node_exporter's failure noted). When SSH fails, the
/// daemons and storage are listed as not checked, the status stays SSH's, and the
/// volumes still come from the node_exporter (the probe is partlyReachable()).
class SshProbeSource final : public ProbeSource
{
public:
    QString transport() const override;
    void probe(const ProbeHost &host, const ProbeOptions &options, HostProbe &probe) const override;
};

/// A host through its node_exporter only (`node_exporter_url`, no SSH): the volumes of
/// its `node_filesystem_*` series; no data roots, daemons or storage. When it does not
/// answer, the probe takes the scrape's status (Refused, Unreachable or Error), its
/// error, and "GET URL" as the command.
class NodeExporterProbeSource final : public ProbeSource
{
public:
    QString transport() const override;
    void probe(const ProbeHost &host, const ProbeOptions &options, HostProbe &probe) const override;

    /// Scrapes the host's node_exporter and, when it answered, puts its volumes into
    /// `probe` (volumesSource "node_exporter", system volumes marked). The scrape comes
    /// back either way; a failed one (`ok` false) leaves `probe` as it was.
    static NodeExporterScrape readVolumes(const ProbeHost &host, const ProbeOptions &options,
                                          HostProbe &probe);
    /// The command shown for a scrape of `host`: "GET " and its URL.
    static QString scrapeCommand(const ProbeHost &host);
};

/// The source that reaches `host`: LocalProbeSource for this machine, SshProbeSource for
/// a host with `ssh_host` (with or without a node_exporter), NodeExporterProbeSource for
/// a host with only a node_exporter URL; nullptr when it has neither (nothing can probe
/// it). The sources live as long as the program.
const ProbeSource *probeSourceFor(const ProbeHost &host);

/// For the sources: marks the volumes a system filesystem (systemVolumeReason) from
/// what `df -P` and a node_exporter tell of them: the mount point, the device, the type
/// (a pseudo filesystem's device is its type: "tmpfs", "udev").
void markSystemVolumes(VolumeList &volumes);

/// For the sources: records the first failure of a step of `probe` (`error`, and the
/// `command` that failed) without changing its status: the host still answered.
void noteProbeError(HostProbe &probe, const QString &error, const QString &command);

/// For the sources: `pattern` for `pgrep -f` written so that it does not match itself:
/// "[u]nified_sync" matches what "unified_sync" matches, but not a command line holding
/// the pattern (the ssh client that carries it, when a host probes itself over SSH).
QString selfExcludingPattern(const QString &pattern);

/// Whether `path` is a mounted filesystem here: on a different device from its parent.
ExternalStorageState localExternalStorage(const QString &path);

} // namespace qm
