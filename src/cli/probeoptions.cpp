#include "probeoptions.h"

#include <QCoreApplication>

namespace qm::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::cli::Probe)
};

} // namespace

ProbeCommandOptions::ProbeCommandOptions()
    : m_sshConfig(QStringLiteral("ssh-config"),
                  Text::tr("An ssh config file instead of ~/.ssh/config."), QStringLiteral("FILE"))
    , m_knownHosts(QStringLiteral("known-hosts"),
                   Text::tr("A known_hosts file instead of ~/.ssh/known_hosts."),
                   QStringLiteral("FILE"))
    , m_timeout(QStringLiteral("timeout"),
                Text::tr("Seconds to wait for a host to answer (default 10)."),
                QStringLiteral("seconds"), QStringLiteral("10"))
    , m_parallel(QStringLiteral("parallel"), Text::tr("Hosts probed at once (default 4)."),
                 QStringLiteral("N"), QStringLiteral("4"))
    , m_dataDir(
          QStringLiteral("data-dir"),
          Text::tr("Where the probe history is kept (default %1).").arg(defaultDataDirectory()),
          QStringLiteral("DIR"))
    , m_nodeExporter(QStringLiteral("node-exporter"),
                     Text::tr("Read HOST's volumes from the node_exporter at URL, over the "
                              "config's node_exporter_url (repeatable)."),
                     QStringLiteral("HOST=URL"))
{}

void ProbeCommandOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions(
        {m_sshConfig, m_knownHosts, m_timeout, m_parallel, m_nodeExporter, m_dataDir});
}

bool ProbeCommandOptions::read(const QCommandLineParser &parser, QString *error)
{
    bool ok = false;
    const int seconds = parser.value(m_timeout).toInt(&ok);
    if (!ok || seconds <= 0 || seconds > 3600) {
        *error = Text::tr("bad --timeout '%1': give seconds between 1 and 3600")
                     .arg(parser.value(m_timeout));
        return false;
    }
    parallel = parser.value(m_parallel).toInt(&ok);
    if (!ok || parallel < 1 || parallel > 64) {
        *error = Text::tr("bad --parallel '%1': give 1 to 64").arg(parser.value(m_parallel));
        return false;
    }
    for (const QString &value : parser.values(m_nodeExporter)) {
        const qsizetype equals = value.indexOf(u'=');
        const QString host = equals > 0 ? value.left(equals) : QString();
        const QString url = equals > 0 ? value.mid(equals + 1) : QString();
        const QString urlError = host.isEmpty() ? QString() : nodeExporterUrlError(url);
        if (host.isEmpty() || !urlError.isEmpty()) {
            *error = host.isEmpty()
                         ? Text::tr("bad --node-exporter '%1': give HOST=URL").arg(value)
                         : Text::tr("bad --node-exporter for %1: %2").arg(host, urlError);
            return false;
        }
        nodeExporterUrls.insert(host, url);
    }
    probe.ssh.configFile = parser.value(m_sshConfig);
    probe.ssh.knownHostsFile = parser.value(m_knownHosts);
    probe.ssh.connectTimeoutSeconds = seconds;
    probe.commandTimeoutMs = seconds * 6000;
    probe.nodeExporterTimeoutMs = seconds * 1000;
    dataDirectory = parser.isSet(m_dataDir) ? parser.value(m_dataDir) : defaultDataDirectory();
    return true;
}

QList<HostProbe> ProbeCommandOptions::run(QList<ProbeHost> hosts, HistoryStore *history,
                                          const std::function<void(const QString &)> &warning) const
{
    for (auto it = nodeExporterUrls.cbegin(); it != nodeExporterUrls.cend(); ++it) {
        const bool probed = std::any_of(hosts.cbegin(), hosts.cend(), [&](const ProbeHost &h) {
            return h.name == it.key() && !h.local;
        });
        if (!probed)
            warning(Text::tr("--node-exporter: %1 is not a remote host probed here").arg(it.key()));
    }
    applyNodeExporterUrls(&hosts, nodeExporterUrls);
    ProbeOptions options = probe;
    const std::unique_ptr<QTemporaryDir> control = makeSshControlDirectory();
    if (control->isValid())
        options.ssh.controlDirectory = control->path();
    const QList<HostProbe> probes = probeHostsNow(hosts, options, parallel);
    closeSharedConnections(hosts, options);
    QString error;
    if (history && !history->isOpen() &&
        !history->open(historyDatabasePath(dataDirectory), &error)) {
        warning(Text::tr("the probes are not recorded: %1").arg(error));
        return probes;
    }
    for (const HostProbe &result : probes) {
        if (history && !history->record(result, &error)) {
            warning(error);
            break;
        }
    }
    return probes;
}

} // namespace qm::cli
