#pragma once

#include "diagnostic.h"
#include "fleetconfig.h"

namespace qm {

/// Runs the static rules QM001–QM011 and QM013 over a fleet config (QM012, types and
/// typos, comes from FleetConfig::build; QM006, duplicate keys, from duplicateKeys()).
/// See docs/config-rules.md.
QList<Diagnostic> checkFleetRules(const yaml::Document &document, const FleetConfig &config);

/// QM006: a key defined twice in one mapping (PyYAML keeps the last silently). The fix
/// removes the later definition when it stands on lines of its own.
QList<Diagnostic> duplicateKeys(const yaml::Document &document);

/// The hosts that may receive `kind` as QM003 and QM004 count them:
/// kindRouting(config, kind).receiverNames() (kindrouting.h), the very receivers the
/// Replication page and `qmctl replication` show (each producer's route holds them all
/// but the producer itself).
QStringList kindReceivers(const FleetConfig &config, DataKind kind);

/// Whether host `name` matches `pattern` as Python's fnmatch.fnmatchcase reads it (`*`,
/// `?`, `[seq]`, `[!seq]`), the way the fleet's daemons match host_bandwidth_overrides.
/// To match one pattern against many names, compile a GlobPattern with
/// GlobPattern::pythonFnmatch() once (core/text/globpattern.h).
bool fnmatch(const QString &name, const QString &pattern);

} // namespace qm
