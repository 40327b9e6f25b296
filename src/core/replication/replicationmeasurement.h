#pragma once

#include <QDateTime>
#include <QString>

namespace qm {

/// How much of the data one host holds lacks copies, for one data kind: what the
/// Replication page measures (rsync dry runs against the receivers, see
/// docs/replication.md) and the EphemeralReplication alert rule reads. Until a
/// measurement exists, that rule evaluates nothing.
struct ReplicationMeasurement
{
    QString host;
    QString kind; ///< dataKindKey(): "games", "npz", "models"
    QDateTime measuredAt;
    /// Files and bytes held on the host with fewer copies than replication_target
    /// among the receivers the routing allows.
    qint64 files = 0;
    qint64 bytes = 0;
    /// The modification time of the oldest such file; invalid when there is none.
    QDateTime oldestUnreplicated;

    friend bool operator==(const ReplicationMeasurement &,
                           const ReplicationMeasurement &) = default;
};

} // namespace qm
