#pragma once

#include "core/config/fleetconfig.h"

#include <QStringList>

namespace qm {

/// What changed from `before` to `after` in words, one sentence per change, in the
/// order of the file's sections: hosts added and removed; each host's status, role
/// and SSH address; the sync-routing thresholds and replication target; the auto-sync
/// limits; the hosts added to or removed from `sync_routing.excluded_hosts`,
/// `auto_sync.exclude_hosts`, `allowed_external_storage`, `priority_hosts` and
/// `p2p_voters`; external storage whose receive flags or path changed; bandwidth
/// overrides; the Elo coordinator. Empty when the two load to the same fleet (comments
/// or formatting only). Translated.
QStringList describeConfigChanges(const FleetConfig &before, const FleetConfig &after);

} // namespace qm
