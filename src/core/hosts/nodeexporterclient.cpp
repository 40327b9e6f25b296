#include "nodeexporterclient.h"

#include "core/probes/prometheustext.h"
#include "core/remote/sshtransport.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::NodeExporterClient)
};

} // namespace

NodeExporterScrape scrapeNodeExporter(const QUrl &url, int timeoutMs)
{
    NodeExporterScrape scrape;
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        scrape.error = Text::tr("'%1' is not an http or https URL").arg(url.toString());
        return scrape;
    }
    if (SshTransport::isReservedInvalidName(url.host())) {
        scrape.status = HostStatus::Unreachable;
        scrape.error =
            Text::tr("%1 is a reserved .invalid name: it is never looked up").arg(url.host());
        return scrape;
    }
    QNetworkAccessManager network;
    network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setRawHeader("Accept", "text/plain;version=0.0.4");
    QNetworkReply *reply = network.get(request);
    QByteArray body;
    bool tooLarge = false;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        body += reply->readAll();
        if (body.size() > kMaxPrometheusBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // A second guard: the transfer timeout only counts silence.
    QTimer::singleShot(timeoutMs + 1000, &loop, [reply] { reply->abort(); });
    if (!reply->isFinished())
        loop.exec();
    body += reply->readAll();
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (tooLarge) {
        scrape.error = Text::tr("%1 sent more than %2 MB: not a node_exporter")
                           .arg(url.toString())
                           .arg(kMaxPrometheusBytes / (1024 * 1024));
    } else if (reply->error() != QNetworkReply::NoError) {
        scrape.error = Text::tr("cannot read %1: %2").arg(url.toString(), reply->errorString());
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
            scrape.status = HostStatus::Refused;
            break;
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError: // our own time limit
            scrape.status = HostStatus::Unreachable;
            break;
        default:
            break;
        }
    } else if (httpStatus != 200) {
        scrape.error = Text::tr("%1 answered HTTP %2").arg(url.toString()).arg(httpStatus);
    }
    delete reply;
    if (!scrape.error.isEmpty())
        return scrape;
    const PrometheusText parsed = parsePrometheusText(body, isNodeFilesystemMetric);
    scrape.badLines = parsed.badLines;
    scrape.volumes = nodeExporterVolumes(parsed.samples);
    if (scrape.volumes.isEmpty()) {
        scrape.error = parsed.badLines > 0
                           ? Text::tr("%1 is not a node_exporter exposition (%2)")
                                 .arg(url.toString(), parsed.firstError)
                           : Text::tr("%1 reports no node_filesystem series: is the filesystem "
                                      "collector off?")
                                 .arg(url.toString());
        return scrape;
    }
    scrape.ok = true;
    scrape.status = HostStatus::Ok;
    return scrape;
}

} // namespace qm
