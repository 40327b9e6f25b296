#include "probehost.h"

#include "core/config/fleetconfig.h"
#include "probesource.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostInfo>
#include <QRegularExpression>
#include <QUrl>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::ProbeHost)
};

} // namespace

QList<DaemonRule> defaultDaemonRules()
{
    return {
        {QStringLiteral("coordinator"),
         {QStringLiteral("unified_data_sync"), QStringLiteral("s3_backup_daemon")}},
        {QStringLiteral("*selfplay*"), {QStringLiteral("auto_sync_daemon")}},
    };
}

QString ProbeHost::transport() const
{
    // A host that nothing can probe is still shown as one SSH should reach.
    const ProbeSource *source = probeSourceFor(*this);
    return source ? source->transport() : QStringLiteral("ssh");
}

QString thisMachineName()
{
    const QString name = QHostInfo::localHostName();
    return name.isEmpty() ? QStringLiteral("localhost") : name.section(QLatin1Char('.'), 0, 0);
}

QString nodeExporterUrlError(const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (url.trimmed().isEmpty())
        return Text::tr("no URL given");
    if (!parsed.isValid())
        return Text::tr("'%1' is not a URL: %2").arg(url, parsed.errorString());
    if (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https"))
        return Text::tr("'%1' is not an http or https URL (node_exporter listens on "
                        "http://HOST:9100/metrics)")
            .arg(url);
    if (parsed.host().isEmpty())
        return Text::tr("'%1' names no host").arg(url);
    return {};
}

void applyNodeExporterUrls(QList<ProbeHost> *hosts, const QHash<QString, QString> &urls)
{
    for (ProbeHost &host : *hosts) {
        const QString url = urls.value(host.name).trimmed();
        if (!url.isEmpty() && !host.local)
            host.nodeExporterUrl = url;
    }
}

QStringList outermostRoots(const QStringList &roots)
{
    QStringList cleaned;
    for (const QString &root : roots) {
        QString path = QDir::cleanPath(root);
        if (!path.isEmpty() && !cleaned.contains(path))
            cleaned.append(path);
    }
    QStringList kept;
    for (const QString &root : cleaned) {
        bool inside = false;
        for (const QString &other : cleaned) {
            if (other != root &&
                (other == QLatin1String("/") || root.startsWith(other + QLatin1Char('/'))))
                inside = true;
        }
        if (!inside)
            kept.append(root);
    }
    return kept;
}

namespace {

QStringList daemonsFor(const QString &host, const QString &role, const QList<DaemonRule> &rules)
{
    QStringList patterns;
    for (const DaemonRule &rule : rules) {
        const QRegularExpression glob(QRegularExpression::wildcardToRegularExpression(
            rule.name, QRegularExpression::UnanchoredWildcardConversion));
        const auto whole = [&](const QString &text) {
            const QRegularExpressionMatch m = glob.match(text);
            return m.hasMatch() && m.capturedLength() == text.size() && m.capturedStart() == 0;
        };
        if ((!role.isEmpty() && whole(role)) || whole(host)) {
            for (const QString &pattern : rule.patterns) {
                if (!patterns.contains(pattern))
                    patterns.append(pattern);
            }
        }
    }
    return patterns;
}

} // namespace

QList<ProbeHost> probeHosts(const FleetConfig *config, const QList<DaemonRule> &daemonRules,
                            const QStringList &localRoots)
{
    ProbeHost self;
    self.name = thisMachineName();
    self.local = true;
    self.dataRoots = localRoots;
    QList<ProbeHost> hosts{self};
    if (!config)
        return hosts;
    for (const FleetHost &entry : config->hosts) {
        ProbeHost host;
        host.name = entry.name;
        host.role = entry.role;
        host.configStatus = entry.status;
        host.nodeExporterUrl = entry.nodeExporterUrl;
        host.hasSsh = !entry.sshHost.isEmpty();
        host.ssh.host = entry.sshHost;
        host.ssh.port = entry.sshPort;
        host.ssh.user = entry.sshUser;
        host.ssh.key = entry.sshKey;
        QStringList roots;
        for (const auto &[category, path] : entry.storagePaths)
            roots.append(path);
        if (!entry.ringriftPath.isEmpty())
            roots.append(entry.ringriftPath);
        if (!entry.dataDir.isEmpty())
            roots.append(entry.dataDir);
        host.daemonPatterns = daemonsFor(entry.name, entry.role, daemonRules);
        for (const ExternalStorage &storage : config->externalStorage) {
            if (storage.host.name == entry.name && !storage.path.isEmpty())
                host.externalStorage.append(storage.path);
        }
        if (entry.name.compare(self.name, Qt::CaseInsensitive) == 0) {
            ProbeHost &mine = hosts.first();
            mine.role = host.role;
            mine.configStatus = host.configStatus;
            mine.daemonPatterns = host.daemonPatterns;
            mine.externalStorage = host.externalStorage;
            mine.dataRoots = outermostRoots(mine.dataRoots + roots);
            continue;
        }
        host.dataRoots = outermostRoots(roots);
        hosts.append(host);
    }
    return hosts;
}

} // namespace qm
