#pragma once

#include "core/remote/fleetaccess.h"
#include "core/sync/synccommand.h"
#include "output.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace qm::cli {

/// The one LOCATION of a storage or orphans command, from its positional arguments: a
/// local /path, a host's HOST:/path or an rclone remote. Nothing, after saying why on
/// `output`, when it is missing, followed by another argument or unreadable.
std::optional<SyncEndpoint> locationArgument(const QStringList &positional, Output &output);

/// Parses a command whose one positional argument is LOCATION: its options (help, a bad
/// option), the output's --format `format`, and the location (locationArgument). Nothing,
/// with `*exit` set to what the command returns, when it ends here.
std::optional<SyncEndpoint> parseLocationCommand(QCommandLineParser &parser,
                                                 const QStringList &arguments,
                                                 const QString &command,
                                                 const QCommandLineOption &format, Output &output,
                                                 int *exit);

/// The options the storage, orphans and metrics commands share, worded alike.
QCommandLineOption rcloneConfigOption();
QCommandLineOption dataDirOption();
QCommandLineOption formatOption();

/// --config, --ssh-config and --known-hosts: how a host's folder (HOST:/path) is reached.
class FleetOptions
{
public:
    FleetOptions();
    void addTo(QCommandLineParser &parser) const;
    /// The access they give (no config: no host); nothing, after saying why, when the
    /// config does not load.
    std::optional<FleetAccess> read(const QCommandLineParser &parser, Output &output) const;

private:
    QCommandLineOption m_config;
    QCommandLineOption m_sshConfig;
    QCommandLineOption m_knownHosts;
};

} // namespace qm::cli
