#pragma once

#include "core/probes/datascan.h"
#include "core/remote/hoststatus.h"
#include "core/volumes/volume.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace qm {

/// Whether one expected process runs.
struct DaemonState
{
    QString pattern;
    bool running = false;
    QString error; ///< set when pgrep itself failed; `running` is then meaningless
    QString name;  ///< its name when it is one of the Health page's daemons; else empty
};

/// Whether an external storage path is a mounted filesystem.
struct ExternalStorageState
{
    enum class State {
        Mounted,    ///< on a different filesystem from its parent folder
        NotMounted, ///< on its parent's filesystem: the drive is not there
        Missing,    ///< the path does not exist
        Unknown,    ///< it could not be checked; see `error`
    };
    QString path;
    State state = State::Unknown;
    QString error;
};

/// The state in the user's words (translated): "mounted", "not mounted (a folder on
/// the system disk)", "missing", or why it could not be told.
QString externalStorageStateText(const ExternalStorageState &storage);

/// Everything one probe of one host found.
struct HostProbe
{
    QString name;
    QString transport; ///< "local", "ssh", "node_exporter", "import"
    HostStatus status = HostStatus::Error;
    QString error;      ///< the first thing that went wrong, for a person
    QString command;    ///< the exact command of that failure (or the last one run)
    QDateTime probedAt; ///< UTC
    QString platform;   ///< `uname -s`: "Linux", "Darwin", ...
    VolumeList volumes;
    QString volumesSource; ///< "statvfs", "df", "node_exporter"
    QList<DataRootScan> roots;
    QList<DaemonState> daemons;
    QList<ExternalStorageState> externalStorage;
    qint64 elapsedMs = 0;

    /// The volume holding `path` on the host (longest mount point prefix), or nullptr.
    const Volume *volumeFor(const QString &path) const;
    /// The volume of `/` (or of the longest mount on macOS: /System/Volumes/Data), or
    /// nullptr: the host's system disk.
    const Volume *mainVolume() const;
    /// The newest modification time of any category, -1 when none.
    qint64 newestDataSecs() const;
    int daemonsRunning() const;

    /// Whether the host answered only in part: its SSH failed (`status` says how) but its
    /// node_exporter gave the volumes. Only the volumes are known then; data, processes
    /// and external storage are not. (A probe whose status is not Ok holds volumes only
    /// in this case, so a probe read back from the history tells it too.)
    bool partlyReachable() const { return status != HostStatus::Ok && !volumes.isEmpty(); }
    /// Whether the probe measured the host's volumes: it answered, fully or partly.
    bool volumesKnown() const { return status == HostStatus::Ok || partlyReachable(); }
    /// Whether the volumes come from samples imported into the history (`qmctl history
    /// import`; HistoryStore::latestImportedProbe): known, but the host was never reached.
    bool imported() const { return transport == QLatin1String("import"); }
};

/// How the host answered, in the user's words (translated): the status text ("OK",
/// "connection refused", ...), or "partly reachable (SSH: connection refused)".
QString hostReachabilityText(const HostProbe &probe);

/// The `qmctl probe` JSON of one host (schema in docs/qmctl.md).
QJsonObject hostProbeToJson(const HostProbe &probe);

/// What the live rules know about one host: its latest probe and, from the history,
/// since when it has failed to answer (invalid when it answered last time).
struct LiveHostState
{
    HostProbe probe;
    QDateTime failingSince;
};

} // namespace qm

Q_DECLARE_METATYPE(qm::HostProbe)
