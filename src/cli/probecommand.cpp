#include "commands.h"
#include "config/configcheck.h"
#include "exitcode.h"
#include "hosts/hostprober.h"
#include "json/schema.h"
#include "units/datasize.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QLocale>

namespace qm::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::cli::Probe)
};

void printText(const QList<HostProbe> &probes, Output &output)
{
    QList<QStringList> rows{{Text::tr("HOST"), Text::tr("TRANSPORT"), Text::tr("STATUS"),
                             Text::tr("USED"), Text::tr("FREE"), Text::tr("DAEMONS")}};
    for (const HostProbe &probe : probes) {
        const Volume *main = probe.mainVolume();
        const bool figures = main && main->hasFigures();
        rows.append(
            {probe.name, probe.transport, hostStatusKey(probe.status),
             figures ? QLocale().toString(main->usedPercent(), 'f', 1) + QStringLiteral(" %")
                     : QStringLiteral("-"),
             figures ? formatDataSize(main->availableBytes) : QStringLiteral("-"),
             QStringLiteral("%1/%2").arg(probe.daemonsRunning()).arg(probe.daemons.size())});
    }
    for (const QString &line : formatTable(rows, {false, false, false, true, true, true}))
        output.line(line);
    for (const HostProbe &probe : probes) {
        const bool details = !probe.error.isEmpty() || !probe.roots.isEmpty() ||
                             !probe.daemons.isEmpty() || !probe.externalStorage.isEmpty();
        if (!details)
            continue;
        output.line();
        output.line(probe.name + QLatin1Char(':'));
        if (!probe.error.isEmpty()) {
            output.line(QStringLiteral("  ") + Text::tr("error: %1").arg(probe.error));
            if (!probe.command.isEmpty())
                output.line(QStringLiteral("  ") + Text::tr("command: %1").arg(probe.command));
        }
        for (const DataRootScan &root : probe.roots) {
            if (root.status != DataRootScan::Status::Ok) {
                output.line(QStringLiteral("  %1: %2").arg(root.root, root.error));
                continue;
            }
            for (const CategoryTotal &total : root.categories) {
                if (total.files == 0)
                    continue;
                output.line(QStringLiteral("  %1  %2  %3  %4")
                                .arg(root.root, dataCategoryTitle(total.name),
                                     formatDataSize(total.bytes),
                                     Text::tr("%n file(s)", nullptr,
                                              int(qMin<qint64>(total.files, INT_MAX)))));
            }
        }
        for (const DaemonState &daemon : probe.daemons) {
            output.line(
                QStringLiteral("  ") +
                (!daemon.error.isEmpty()
                     ? Text::tr("process %1: cannot tell (%2)").arg(daemon.pattern, daemon.error)
                 : daemon.running ? Text::tr("process %1: running").arg(daemon.pattern)
                                  : Text::tr("process %1: NOT running").arg(daemon.pattern)));
        }
        for (const ExternalStorageState &storage : probe.externalStorage) {
            QString state;
            switch (storage.state) {
            case ExternalStorageState::State::Mounted:
                state = Text::tr("mounted");
                break;
            case ExternalStorageState::State::NotMounted:
                state = Text::tr("NOT mounted");
                break;
            case ExternalStorageState::State::Missing:
                state = Text::tr("missing");
                break;
            case ExternalStorageState::State::Unknown:
                state = Text::tr("cannot tell (%1)").arg(storage.error);
                break;
            }
            output.line(QStringLiteral("  ") +
                        Text::tr("external storage %1: %2").arg(storage.path, state));
        }
    }
}

ProbeOptions probeOptionsFrom(const QCommandLineParser &parser, const QString &sshConfigName,
                              const QString &knownHostsName, const QString &timeoutName)
{
    ProbeOptions options;
    options.ssh.configFile = parser.value(sshConfigName);
    options.ssh.knownHostsFile = parser.value(knownHostsName);
    const int timeout = parser.value(timeoutName).toInt();
    if (timeout > 0) {
        options.ssh.connectTimeoutSeconds = timeout;
        options.commandTimeoutMs = timeout * 6000;
        options.nodeExporterTimeoutMs = timeout * 1000;
    }
    return options;
}

} // namespace

int runProbe(const QStringList &arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Probe hosts now: this machine and every host of the config (or the HOSTs "
                 "named), over SSH or node_exporter. Prints volumes, data categories, "
                 "expected processes and external storage. Exit status 3 when a host's "
                 "status is not ok."));
    parser.addPositionalArgument(QStringLiteral("HOST"), Text::tr("Hosts to probe (default: all)."),
                                 QStringLiteral("[HOST...]"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    Text::tr("The fleet config (distributed_hosts.yaml)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Text::tr("Output format: text (default) or json."),
                                    QStringLiteral("text|json"), QStringLiteral("text"));
    const QCommandLineOption root(QStringLiteral("root"),
                                  Text::tr("A data root of this machine to scan (repeatable)."),
                                  QStringLiteral("PATH"));
    const QCommandLineOption sshConfig(QStringLiteral("ssh-config"),
                                       Text::tr("An ssh config file instead of ~/.ssh/config."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption knownHosts(
        QStringLiteral("known-hosts"),
        Text::tr("A known_hosts file instead of ~/.ssh/known_hosts."), QStringLiteral("FILE"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     Text::tr("Seconds to wait for a host to answer (default 10)."),
                                     QStringLiteral("seconds"), QStringLiteral("10"));
    const QCommandLineOption parallel(QStringLiteral("parallel"),
                                      Text::tr("Hosts probed at once (default 4)."),
                                      QStringLiteral("N"), QStringLiteral("4"));
    parser.addOptions({config, format, root, sshConfig, knownHosts, timeout, parallel});
    if (const std::optional<int> done =
            parseCommand(parser, arguments, QStringLiteral("probe"), output))
        return *done;
    OutputFormat outputFormat = OutputFormat::Text;
    if (!parseOutputFormat(parser.value(format), &outputFormat)) {
        output.error(Text::tr("unknown format '%1': use text or json").arg(parser.value(format)));
        return UsageError;
    }
    output.setFormat(outputFormat);
    bool ok = false;
    const int seconds = parser.value(timeout).toInt(&ok);
    const int cap = parser.value(parallel).toInt(&ok);
    if (seconds <= 0 || seconds > 3600) {
        output.error(Text::tr("bad --timeout '%1': give seconds between 1 and 3600")
                         .arg(parser.value(timeout)));
        return UsageError;
    }
    if (!ok || cap < 1 || cap > 64) {
        output.error(Text::tr("bad --parallel '%1': give 1 to 64").arg(parser.value(parallel)));
        return UsageError;
    }

    CheckedFile checked;
    if (parser.isSet(config)) {
        checked = checkConfigFile(parser.value(config));
        if (!checked.config) {
            output.error(checked.diagnostics.isEmpty()
                             ? Text::tr("cannot load %1").arg(parser.value(config))
                             : QStringLiteral("%1: %2").arg(parser.value(config),
                                                            checked.diagnostics.first().message));
            return UsageError;
        }
    }
    QList<ProbeHost> hosts =
        probeHosts(checked.config.get(), defaultDaemonRules(), parser.values(root));
    const QStringList wanted = parser.positionalArguments();
    if (!wanted.isEmpty()) {
        QList<ProbeHost> chosen;
        for (const QString &name : wanted) {
            const auto it = std::find_if(hosts.cbegin(), hosts.cend(),
                                         [&](const ProbeHost &h) { return h.name == name; });
            if (it == hosts.cend()) {
                QStringList names;
                for (const ProbeHost &h : std::as_const(hosts))
                    names.append(h.name);
                output.error(Text::tr("no host '%1' (hosts: %2)")
                                 .arg(name, names.join(QStringLiteral(", "))));
                return UsageError;
            }
            chosen.append(*it);
        }
        hosts = chosen;
    }

    ProbeOptions options = probeOptionsFrom(parser, sshConfig.names().first(),
                                            knownHosts.names().first(), timeout.names().first());
    const std::unique_ptr<QTemporaryDir> control = makeSshControlDirectory();
    if (control->isValid())
        options.ssh.controlDirectory = control->path();
    const QList<HostProbe> probes = probeHostsNow(hosts, options, cap);
    for (const ProbeHost &host : std::as_const(hosts)) {
        if (host.hasSsh && !host.local)
            SshTransport(host.ssh, options.ssh, options.programs).closeSharedConnection();
    }

    if (outputFormat == OutputFormat::Json) {
        QJsonArray items;
        for (const HostProbe &probe : probes)
            items.append(hostProbeToJson(probe));
        output.json(json::listing(QStringLiteral("hosts"), items));
    } else {
        printText(probes, output);
    }
    const bool allOk = std::all_of(probes.cbegin(), probes.cend(),
                                   [](const HostProbe &p) { return p.status == HostStatus::Ok; });
    return allOk ? Success : Incomplete;
}

} // namespace qm::cli
