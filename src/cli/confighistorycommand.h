#pragma once

#include "output.h"

#include <QString>

namespace qm::cli {

/// `qmctl config history FILE`: each version of FILE (backups, `.config_backups/`, git,
/// the current file last) with what it changed, the problems it added and fixed, and
/// its error count; JSON as configHistoryToJson. Exit 0, or 2 when FILE cannot be read.
int runConfigHistory(const QString &path, Output &output);

/// `qmctl config diff FILE VERSION [VERSION]`: the unified diff from VERSION to the
/// current file, or from the first VERSION to the second. A version is an id of the
/// history (a backup's file name, a commit hash or a prefix of one, "current").
/// Exit 0, or 2 for an unknown version or an unreadable file.
int runConfigDiff(const QString &path, const QString &from, const QString &to, Output &output);

/// `qmctl config miner-history DIR|FILE`: the settings timeline of a miner's
/// `miner_config_history.jsonl` (DIR may be the miner's data folder). Lines that are not
/// records are reported (on standard error, or in the JSON) and skipped. Exit 0, or 2
/// when the file cannot be read.
int runMinerHistory(const QString &path, Output &output);

} // namespace qm::cli
