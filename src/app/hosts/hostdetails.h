#pragma once

#include "core/fleet/liverules.h"
#include "core/hosts/probehost.h"

#include <QString>

namespace qm {

/// The detail panel of one host as HTML: reachability and the last error with the exact
/// command that ran, volumes (with the APFS purgeable-space note on macOS hosts), data
/// categories per root, expected processes and external storage. `remembered`: the
/// state comes from the history, not from a probe of this run (said, with its age).
QString hostDetailsHtml(const ProbeHost &host, const LiveHostState &state, bool remembered = false);

} // namespace qm
