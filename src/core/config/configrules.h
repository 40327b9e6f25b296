#pragma once

#include "diagnostic.h"
#include "fleetconfig.h"

#include <QRegularExpression>

namespace qm {

/// Runs the static rules QM001–QM011 over a fleet config (QM012, types and typos, comes
/// from FleetConfig::build; QM006, duplicate keys, from duplicateKeys()). See
/// docs/config-rules.md.
QList<Diagnostic> checkFleetRules(const yaml::Document &document, const FleetConfig &config);

/// QM006: a key defined twice in one mapping (PyYAML keeps the last silently). The fix
/// removes the later definition when it stands on lines of its own.
QList<Diagnostic> duplicateKeys(const yaml::Document &document);

/// Whether `host` may receive `kind` by the routing alone: its status is "ready" and no
/// entry of sync_routing.excluded_hosts excludes it from that kind. External storage is
/// not looked at here (see kindReceivers()).
bool hostReceivesKind(const FleetConfig &config, const FleetHost &host, DataKind kind);

/// The receivers of `kind` as QM003 and QM004 count them: every host for which
/// hostReceivesKind() holds, in config order, then every allowed_external_storage entry
/// that receives the kind and whose host is not listed yet, as "host:path".
QStringList kindReceivers(const FleetConfig &config, DataKind kind);

/// Python's fnmatch.fnmatchcase: `*`, `?`, `[seq]`, `[!seq]`.
bool fnmatch(const QString &name, const QString &pattern);
/// The same pattern compiled once, for matching it against many names.
QRegularExpression fnmatchExpression(const QString &pattern);

} // namespace qm
