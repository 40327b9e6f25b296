#pragma once

#include "core/remote/hoststatus.h"
#include "core/volumes/volume.h"

#include <QString>
#include <QUrl>

namespace qm {

/// The filesystems a node_exporter reported.
struct NodeExporterScrape
{
    bool ok = false;
    QString error; ///< why there are no figures: refused, timed out, HTTP status, ...
    /// Refused (port closed), Unreachable (no such host, timed out) or Error.
    HostStatus status = HostStatus::Error;
    VolumeList volumes;
    int badLines = 0; ///< lines of the exposition that could not be read
};

/// GETs `url` (http or https; a node_exporter's /metrics) with a time limit and a size
/// cap, and reads its `node_filesystem_*` series. Blocking: for worker threads (it
/// runs its own event loop there, never on the GUI thread). A `.invalid` host is
/// refused without a lookup.
NodeExporterScrape scrapeNodeExporter(const QUrl &url, int timeoutMs);

} // namespace qm
