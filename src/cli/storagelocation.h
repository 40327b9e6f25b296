#pragma once

#include "core/sync/synccommand.h"
#include "output.h"

#include <QCommandLineOption>
#include <QStringList>

#include <optional>

namespace qm::cli {

/// The one LOCATION of a storage or orphans command, from its positional arguments: a
/// local /path or an rclone remote. Nothing, after saying why on `output`, when it is
/// missing, followed by another argument, unreadable, or a host's folder (not a
/// location yet).
std::optional<SyncEndpoint> locationArgument(const QStringList &positional, Output &output);

/// The options the storage, orphans and metrics commands share, worded alike.
QCommandLineOption rcloneConfigOption();
QCommandLineOption dataDirOption();
QCommandLineOption formatOption();

} // namespace qm::cli
