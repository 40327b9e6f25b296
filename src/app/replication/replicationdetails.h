#pragma once

#include "replicationmodel.h"

#include <QString>

namespace qm {

/// The details pane's text (HTML, every value escaped) for one row: the producer's
/// folder, the figures, each receiver with what it lacks or why it was not measured,
/// each skipped host with its reason, the oldest files at risk, the syncs Sync Now would
/// ask for, and the commands that ran.
QString replicationDetailsHtml(const ReplicationModel::Row &row);

} // namespace qm
