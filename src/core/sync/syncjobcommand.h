#pragma once

// What planning (syncplan.cpp) and running (syncjob.cpp) a sync share.

#include "core/sync/syncjob.h"

#include <QString>

#include <optional>

namespace qm {

/// The engine's command for `request`, with the hosts of the config.
std::optional<SyncCommand> commandFor(const SyncRequest &request, bool dryRun,
                                      const FleetAccess &access, QString *error);

} // namespace qm
