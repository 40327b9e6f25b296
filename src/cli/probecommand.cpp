#include "commands.h"
#include "core/config/configcheck.h"
#include "core/hosts/hostprober.h"
#include "core/json/schema.h"
#include "core/units/datasize.h"
#include "exitcode.h"
#include "probeoptions.h"

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
        // A partly reachable host: SSH's status, and what answered instead.
        const QString status = probe.partlyReachable()
                                   ? Text::tr("%1 (partly: volumes from node_exporter)")
                                         .arg(hostStatusKey(probe.status))
                                   : hostStatusKey(probe.status);
        rows.append(
            {probe.name, probe.transport, status,
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
            const QString state = externalStorageStateText(storage);
            output.line(QStringLiteral("  ") +
                        Text::tr("external storage %1: %2").arg(storage.path, state));
        }
    }
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
    parser.addOptions({config, format, root});
    ProbeCommandOptions probeOptions;
    probeOptions.addTo(parser);
    if (const std::optional<int> done =
            parseCommand(parser, arguments, QStringLiteral("probe"), output))
        return *done;
    if (!output.setFormat(parser.value(format)))
        return UsageError;
    QString optionError;
    if (!probeOptions.read(parser, &optionError)) {
        output.error(optionError);
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

    HistoryStore history;
    const QList<HostProbe> probes =
        probeOptions.run(hosts, &history, [&](const QString &message) { output.warning(message); });

    if (output.format() == OutputFormat::Json) {
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
