#pragma once

// Prometheus gauges of the storage locations, from their last orphan scans, for
// node_exporter's textfile collector (docs/orphans.md, "Metrics").

#include "core/storage/locationscanstore.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace qm {

/// The file name the gauges are written to in a textfile-collector folder.
inline constexpr char kStorageMetricsFile[] = "quartermaster_storage.prom";

/// The gauges of `scans` (one a location) in Prometheus' text format 0.0.4: a HELP and
/// TYPE line per metric, a `location` label on every sample (escaped as the format
/// says), the band as one sample per band with the current one 1.
QByteArray storageMetricsText(const QList<LocationScan> &scans);

/// Writes `text` as kStorageMetricsFile in `directory`, atomically: a hidden temporary
/// file (whose name does not end in `.prom`, so the collector never reads it
/// half-written), synced, read back, renamed over the old one. Empty, or why not.
QString writeStorageMetrics(const QString &directory, const QByteArray &text);

} // namespace qm
