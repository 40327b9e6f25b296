#include "sshcommand.h"

namespace qm {

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString remoteCommandLine(const QStringList &argv)
{
    QStringList words;
    words.reserve(argv.size());
    for (const QString &arg : argv)
        words.append(shellQuote(arg));
    return words.join(QLatin1Char(' '));
}

QStringList sshArguments(const SshEndpoint &endpoint, const QStringList &argv,
                         const SshOptions &options)
{
    if (endpoint.host.isEmpty() || endpoint.host.startsWith(QLatin1Char('-')) ||
        endpoint.user.startsWith(QLatin1Char('-')))
        return {};
    QStringList args = {QStringLiteral("-o"),
                        QStringLiteral("BatchMode=yes"),
                        QStringLiteral("-o"),
                        QStringLiteral("StrictHostKeyChecking=yes"),
                        QStringLiteral("-o"),
                        QStringLiteral("ConnectTimeout=%1").arg(options.connectTimeoutSeconds)};
    if (!options.controlDirectory.isEmpty()) {
        args << QStringLiteral("-o") << QStringLiteral("ControlMaster=auto") << QStringLiteral("-o")
             << QStringLiteral("ControlPath=%1/%C").arg(options.controlDirectory)
             << QStringLiteral("-o")
             << QStringLiteral("ControlPersist=%1").arg(options.controlPersistSeconds);
    }
    if (!options.configFile.isEmpty())
        args << QStringLiteral("-F") << options.configFile;
    if (!options.knownHostsFile.isEmpty())
        args << QStringLiteral("-o")
             << QStringLiteral("UserKnownHostsFile=%1").arg(options.knownHostsFile);
    args << QStringLiteral("-p") << QString::number(endpoint.port);
    if (!endpoint.user.isEmpty())
        args << QStringLiteral("-l") << endpoint.user;
    if (!endpoint.key.isEmpty())
        args << QStringLiteral("-i") << endpoint.key << QStringLiteral("-o")
             << QStringLiteral("IdentitiesOnly=yes");
    // "--" ends ssh's options: the host and the command follow.
    args << QStringLiteral("--") << endpoint.host;
    if (!argv.isEmpty())
        args << remoteCommandLine(argv);
    return args;
}

} // namespace qm
