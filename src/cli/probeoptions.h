#pragma once

#include "core/history/historystore.h"
#include "core/hosts/hostprober.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>

namespace qm::cli {

/// The options every command that probes hosts shares: --ssh-config, --known-hosts,
/// --timeout, --parallel, --node-exporter HOST=URL and --data-dir (where the probe
/// history is recorded).
class ProbeCommandOptions
{
public:
    ProbeCommandOptions();
    void addTo(QCommandLineParser &parser) const;
    /// Reads them; false and `error` on a bad value.
    bool read(const QCommandLineParser &parser, QString *error);

    ProbeOptions probe;
    int parallel = 4;
    QString dataDirectory;
    QHash<QString, QString> nodeExporterUrls; ///< by host, over the config's

    /// Probes `hosts` (with the --node-exporter URLs) with a private ControlMaster
    /// folder, closes the shared connections, and records each result in the history (a
    /// history that cannot be opened or written, and a --node-exporter for a host not
    /// probed, are reported through `warning`, never fatal).
    QList<HostProbe> run(QList<ProbeHost> hosts, HistoryStore *history,
                         const std::function<void(const QString &)> &warning) const;

private:
    QCommandLineOption m_sshConfig;
    QCommandLineOption m_knownHosts;
    QCommandLineOption m_timeout;
    QCommandLineOption m_parallel;
    QCommandLineOption m_dataDir;
    QCommandLineOption m_nodeExporter;
};

} // namespace qm::cli
