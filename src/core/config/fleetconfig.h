#pragma once

#include "diagnostic.h"
#include "yaml/document.h"
#include "yaml/value.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace qm {

/// The data kinds the fleet replicates.
enum class DataKind { Games, Npz, Models };
inline constexpr DataKind kDataKinds[] = {DataKind::Games, DataKind::Npz, DataKind::Models};
/// "games", "npz", "models": the suffix of the `receive_*` keys.
QString dataKindKey(DataKind kind);
/// The kind whose dataKindKey() is `key`; nothing for another word.
std::optional<DataKind> dataKindFromKey(const QString &key);

/// A place in the config that names a host.
struct HostReference
{
    QString name;
    int node = -1; ///< the scalar naming the host
};

/// One entry of `hosts`.
struct FleetHost
{
    QString name;
    int keyNode = -1;
    int valueNode = -1;
    QString sshHost;
    int sshHostNode = -1;
    int sshPort = 22;
    QString sshUser;
    QString sshKey;       ///< `ssh_key` as written (`~` not expanded)
    QString ringriftPath; ///< `ringrift_path`: the data/code root on that host
    /// `storage_paths`: category name → path on that host, in the order written.
    QList<QPair<QString, QString>> storagePaths;
    QString dataDir;         ///< `data_dir`: a miner's data directory
    QString nodeExporterUrl; ///< `node_exporter_url`
    /// `rsync_path`: the rsync ≥ 3.1 to run on that host (macOS's own is too old);
    /// empty: `rsync` on its PATH.
    QString rsyncPath;
    QString role;
    /// `status`; a host without one counts as "ready".
    QString status = QStringLiteral("ready");
    int statusNode = -1;
    std::optional<bool> p2pEnabled;
    std::optional<bool> natBlocked;
    std::optional<bool> ephemeral;

    bool isReady() const { return status == QLatin1String("ready"); }
};

/// An entry of `sync_routing.excluded_hosts`: a plain name excludes the host from every
/// kind; the mapping form excludes it from each kind whose `receive_*` flag is not true.
struct Exclusion
{
    HostReference host;
    int entryNode = -1;
    bool mappingForm = false;
    bool excludes[3] = {true, true, true};
    int flagNodes[3] = {-1, -1, -1}; ///< the receive_* value nodes of the mapping form

    bool excludesKind(DataKind kind) const { return excludes[int(kind)]; }
};

/// An entry of `sync_routing.allowed_external_storage`.
struct ExternalStorage
{
    HostReference host;
    int entryNode = -1;
    QString path;
    /// Whether it receives each kind: its `receive_*` flag, or when the flag is absent,
    /// whether `subdirs` names a folder for that kind.
    bool receives[3] = {false, false, false};
    int flagNodes[3] = {-1, -1, -1};
    /// `subdirs.<kind>`: the folder under `path` that receives each kind, as written;
    /// empty when not given (the kind then goes to `path` itself).
    QString subdirs[3];

    bool receivesKind(DataKind kind) const { return receives[int(kind)]; }
};

/// A number read from the config, with where it stands.
struct ConfigNumber
{
    double value = 0.0;
    int node = -1;
};

/// A glob → limit entry of `auto_sync.host_bandwidth_overrides`.
struct BandwidthOverride
{
    QString pattern;
    int keyNode = -1;
    /// The limit in megabytes per second (as the fleet's daemons read it); nothing when
    /// it is not a number.
    std::optional<double> megabytesPerSecond;
};

/// The typed model of `distributed_hosts.yaml` (docs/formats.md, "distributed_hosts.yaml") over the
/// values PyYAML would load. Every field may be absent; unknown keys are kept in the values and
/// tolerated. Node indices refer to the Document it was built from.
struct FleetConfig
{
    QList<FleetHost> hosts;
    int hostsKeyNode = -1;
    int syncRoutingKeyNode = -1;

    std::optional<ConfigNumber> maxDiskUsagePercent;
    std::optional<ConfigNumber> targetDiskUsagePercent;
    std::optional<ConfigNumber> minFreeDiskPercent;
    std::optional<ConfigNumber> replicationTarget;
    QList<Exclusion> excludedHosts;
    int excludedHostsNode = -1;
    QList<ExternalStorage> externalStorage;
    QList<HostReference> priorityHosts;

    QList<HostReference> autoSyncExcludeHosts;
    int autoSyncExcludeHostsNode = -1;
    QList<BandwidthOverride> bandwidthOverrides;
    std::optional<ConfigNumber> maxConcurrentSyncs; ///< auto_sync: per host
    /// auto_sync.bandwidth_limit_mbps: megabytes per second, despite the name.
    std::optional<ConfigNumber> bandwidthLimitMbps;

    /// The bandwidth limit for syncs with `host` in megabytes per second: the first
    /// override whose glob matches its name, else the global limit; nothing when
    /// neither is set (or the value is not a positive number).
    std::optional<double> bandwidthLimitFor(const QString &host) const;

    std::optional<HostReference> eloCoordinator;

    QList<HostReference> p2pVoters;
    int p2pVotersKeyNode = -1;

    /// The host named `name`, or nullptr.
    const FleetHost *host(const QString &name) const;

    /// Builds the model from a loaded document. Values of the wrong type (a string
    /// where a number is expected) and unknown keys that look like typos of known ones
    /// are reported into `diagnostics` (rule QM012) and otherwise left out.
    static FleetConfig build(const yaml::Document &document, const yaml::Value &root,
                             QList<Diagnostic> *diagnostics);
};

/// The range of node `index` in `document` (aliases: the alias itself).
SourceRange rangeOf(const yaml::Document &document, int index);

/// Levenshtein distance, for did-you-mean suggestions.
int editDistance(const QString &a, const QString &b);

/// The candidate closest to `word` within a distance of max(2, length / 3), or empty.
QString closestMatch(const QString &word, const QStringList &candidates);

} // namespace qm
