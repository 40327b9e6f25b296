#include "probesource.h"

#include <QUrl>

namespace qm {

QString NodeExporterProbeSource::transport() const
{
    return QStringLiteral("node_exporter");
}

void NodeExporterProbeSource::probe(const ProbeHost &host, const ProbeOptions &options,
                                    HostProbe &probe) const
{
    const NodeExporterScrape scrape = readVolumes(host, options, probe);
    if (!scrape.ok) {
        probe.status = scrape.status;
        probe.error = scrape.error;
        probe.command = scrapeCommand(host);
    }
}

NodeExporterScrape NodeExporterProbeSource::readVolumes(const ProbeHost &host,
                                                        const ProbeOptions &options,
                                                        HostProbe &probe)
{
    NodeExporterScrape scrape =
        scrapeNodeExporter(QUrl(host.nodeExporterUrl), options.nodeExporterTimeoutMs);
    if (!scrape.ok)
        return scrape;
    probe.volumes = scrape.volumes;
    probe.volumesSource = QStringLiteral("node_exporter");
    markSystemVolumes(probe.volumes);
    return scrape;
}

QString NodeExporterProbeSource::scrapeCommand(const ProbeHost &host)
{
    return QStringLiteral("GET ") + host.nodeExporterUrl;
}

} // namespace qm
