#pragma once

#include "core/probes/datacategories.h"
#include "core/remote/sshcommand.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace qm {

struct FleetConfig;

/// Processes expected on a host, by role or host name: `name` is the role or host,
/// `patterns` the `pgrep -f` patterns.
using DaemonRule = DataCategory;

/// The fleets' defaults: on the `coordinator` role `unified_data_sync` and
/// `s3_backup_daemon`; on every role with "selfplay" in its name `auto_sync_daemon`.
/// No daemon is assumed anywhere else.
QList<DaemonRule> defaultDaemonRules();

/// One host to probe, with everything the probe needs to know about it.
struct ProbeHost
{
    QString name;
    QString role;
    QString configStatus; ///< the config's `status` ("ready", "disabled", ...)
    bool local = false;   ///< this machine: direct system calls
    bool hasSsh = false;  ///< reached over SSH (`ssh_host` given)
    SshEndpoint ssh;
    QString nodeExporterUrl; ///< optional; gives the volumes when set
    QStringList dataRoots;   ///< on the host; "~/" means its home
    QStringList daemonPatterns;
    /// Pattern → the name a daemon that should run (the Health page's) gives it; a pattern
    /// of a daemon rule has none.
    QHash<QString, QString> daemonNames;
    QStringList externalStorage; ///< paths of `allowed_external_storage` on this host
    /// The transport of the source that probes it (probeSourceFor): "local", "ssh" or
    /// "node_exporter" (node_exporter only when there is no SSH); "ssh" when it has
    /// neither SSH nor a node_exporter URL.
    QString transport() const;
};

/// This machine's short host name, as the host list names it.
QString thisMachineName();

/// The hosts to probe: "this machine" always first (even with no config), then each
/// host of `config` in order. A config host named like this machine is this machine
/// (probed locally, with its config entry's roots, daemons and storage). Data roots:
/// `storage_paths` values, `ringrift_path` and `data_dir`, and for this machine also
/// `localRoots` (the roots configured in the app); a root inside another root is
/// dropped (it would be counted twice).
QList<ProbeHost> probeHosts(const FleetConfig *config, const QList<DaemonRule> &daemonRules,
                            const QStringList &localRoots = {});

/// Empty when `url` can be scraped as a node_exporter (an http or https URL with a
/// host, e.g. "http://gpu-1:9100/metrics"); else why not, for a person to read.
QString nodeExporterUrlError(const QString &url);

/// Gives the hosts named in `urls` that node_exporter URL, over their config's (the
/// app-side override); an empty URL leaves the config's.
void applyNodeExporterUrls(QList<ProbeHost> *hosts, const QHash<QString, QString> &urls);

/// Removes roots that lie inside another root of the list (and duplicates).
QStringList outermostRoots(const QStringList &roots);

} // namespace qm
