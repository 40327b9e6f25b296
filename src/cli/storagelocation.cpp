#include "storagelocation.h"

#include "commands.h"
#include "core/appdata/appdata.h"
#include "core/config/configcheck.h"
#include "exitcode.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace qm::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::cli::Storage)
};

} // namespace

std::optional<SyncEndpoint> locationArgument(const QStringList &positional, Output &output)
{
    if (positional.size() != 1) {
        output.error(positional.isEmpty()
                         ? Text::tr("give LOCATION: /path, HOST:/path or "
                                    "rclone:REMOTE:bucket/prefix")
                         : Text::tr("unexpected argument '%1'").arg(positional.at(1)));
        return std::nullopt;
    }
    // A folder named relative to here is the folder a person means.
    QString text = positional.first();
    if (!text.contains(u':') && !QDir::isAbsolutePath(text) && QFileInfo(text).isDir())
        text = QFileInfo(text).absoluteFilePath();
    QString error;
    const std::optional<SyncEndpoint> location = SyncEndpoint::parse(text, &error);
    if (!location) {
        output.error(error);
        return std::nullopt;
    }
    return location;
}

std::optional<SyncEndpoint> parseLocationCommand(QCommandLineParser &parser,
                                                 const QStringList &arguments,
                                                 const QString &command,
                                                 const QCommandLineOption &format, Output &output,
                                                 int *exit)
{
    if (const std::optional<int> done = parseCommand(parser, arguments, command, output)) {
        *exit = *done;
        return std::nullopt;
    }
    *exit = UsageError;
    if (!output.setFormat(parser.value(format)))
        return std::nullopt;
    return locationArgument(parser.positionalArguments(), output);
}

QCommandLineOption rcloneConfigOption()
{
    return {QStringLiteral("rclone-config"),
            Text::tr("An rclone config file instead of the user's."), QStringLiteral("FILE")};
}

QCommandLineOption dataDirOption()
{
    return {QStringLiteral("data-dir"),
            Text::tr("The app's data folder (default %1).").arg(defaultDataDirectory()),
            QStringLiteral("DIR")};
}

QCommandLineOption formatOption()
{
    return {QStringLiteral("format"), Text::tr("Output format: text (default) or json."),
            QStringLiteral("text|json"), QStringLiteral("text")};
}

FleetOptions::FleetOptions()
    : m_config(QStringLiteral("config"), Text::tr("The fleet config whose hosts HOST:/path names."),
               QStringLiteral("FILE"))
    , m_sshConfig(QStringLiteral("ssh-config"),
                  Text::tr("An ssh config file instead of ~/.ssh/config."), QStringLiteral("FILE"))
    , m_knownHosts(QStringLiteral("known-hosts"),
                   Text::tr("A known_hosts file instead of ~/.ssh/known_hosts."),
                   QStringLiteral("FILE"))
{}

void FleetOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_config, m_sshConfig, m_knownHosts});
}

std::optional<FleetAccess> FleetOptions::read(const QCommandLineParser &parser,
                                              Output &output) const
{
    std::shared_ptr<const FleetConfig> fleet;
    if (parser.isSet(m_config)) {
        const CheckedFile checked = checkConfigFile(parser.value(m_config));
        if (!checked.config) {
            output.error(Text::tr("cannot load %1").arg(parser.value(m_config)));
            return std::nullopt;
        }
        fleet = checked.config;
    }
    SshOptions ssh;
    ssh.configFile = parser.value(m_sshConfig);
    ssh.knownHostsFile = parser.value(m_knownHosts);
    return FleetAccess::withPrograms(fleet, ssh);
}

} // namespace qm::cli
