#pragma once

#include "hostprobe.h"
#include "probehost.h"
#include "probesource.h"

#include <QTemporaryDir>

#include <atomic>
#include <memory>

namespace qm {

/// Probes one host now through the source that reaches it (probeSourceFor: this machine
/// by system calls, SSH, or the node_exporter): its volumes, its data categories under
/// each data root, its expected daemons (`pgrep -f`) and whether its external storage is
/// mounted. A host with neither SSH nor a node_exporter URL fails with an Error saying
/// so. Blocking: run it in a worker thread. Never throws, never gives up on garbage: the
/// result's status and error say what failed and the command that did.
///
/// A host with both SSH and a node_exporter URL shows what answers: when SSH fails, the
/// status is SSH's and the volumes come from the node_exporter all the same (the probe
/// is partlyReachable()); when the node_exporter fails, `df` over SSH gives the
/// volumes and the error notes the node_exporter's failure (status Ok). See
/// SshProbeSource.
HostProbe probeHost(const ProbeHost &host, const ProbeOptions &options);

/// Whether a failed probe of `host` would fail the same way if it were made again at
/// once, so that retrying it is pointless: every address it reaches for is a reserved
/// `.invalid` name (never looked up), or a person must act first (the host refused our
/// keys, its host key is unknown or changed). False for a probe that succeeded, and
/// for failures that may pass (a host down or rebooting, a port closed for a moment,
/// a time-out).
bool probeFailureIsFinal(const ProbeHost &host, const HostProbe &probe);

/// Probes `hosts` now, at most `parallel` at once; results in the order of `hosts`.
/// Blocking, like probeHost.
QList<HostProbe> probeHostsNow(const QList<ProbeHost> &hosts, const ProbeOptions &options,
                               int parallel = 4);

/// A new private folder (0700) for ssh's ControlMaster sockets, short enough for a
/// Unix socket path on every platform; removed with the returned object.
std::unique_ptr<QTemporaryDir> makeSshControlDirectory();

/// Ends the ssh master connections that probing `hosts` left open in
/// `options.ssh.controlDirectory` (`ssh -O exit`), so no ssh process outlives its user.
/// Does nothing when the folder holds no socket.
void closeSharedConnections(const QList<ProbeHost> &hosts, const ProbeOptions &options);

} // namespace qm
