#include "hostdetails.h"

#include "app/widgets/detailshtml.h"
#include "core/units/datasize.h"
#include "core/units/duration.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace qm {

namespace {

using html::esc;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::HostDetails)
};

QString when(qint64 secs)
{
    return secs < 0 ? QStringLiteral("–")
                    : QLocale().toString(QDateTime::fromSecsSinceEpoch(secs).toLocalTime(),
                                         QLocale::ShortFormat);
}

} // namespace

QString hostDetailsHtml(const ProbeHost &host, const LiveHostState &state, bool remembered)
{
    const HostProbe &probe = state.probe;
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(host.name));
    QStringList facts;
    if (!host.role.isEmpty())
        facts << Text::tr("role %1").arg(esc(host.role));
    if (host.local)
        facts << Text::tr("this machine");
    else if (host.hasSsh)
        facts << Text::tr("SSH %1%2 port %3")
                     .arg(host.ssh.user.isEmpty() ? QString()
                                                  : esc(host.ssh.user) + QLatin1Char('@'),
                          esc(host.ssh.host))
                     .arg(host.ssh.port);
    if (!host.nodeExporterUrl.isEmpty())
        facts << Text::tr("node_exporter %1").arg(esc(host.nodeExporterUrl));
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")));

    if (probe.name.isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(Text::tr("Not probed yet. Use Probe Now, or turn on periodic probing "
                                  "for this config."));
        return html;
    }
    if (remembered) {
        const qint64 age =
            std::max<qint64>(0, probe.probedAt.secsTo(QDateTime::currentDateTimeUtc()));
        html += QStringLiteral("<p style='color:#b35c00'><i>%1</i></p>")
                    .arg(Text::tr("Remembered from the history, not live: this is the last probe, "
                                  "%1 ago. The host has not been probed since Quartermaster "
                                  "started.")
                             .arg(esc(formatDuration(age))));
    }
    html +=
        QStringLiteral("<p><b>%1</b> — %2")
            .arg(esc(hostReachabilityText(probe)),
                 Text::tr("probed %1 in %2 s")
                     .arg(QLocale().toString(probe.probedAt.toLocalTime(), QLocale::ShortFormat))
                     .arg(QLocale().toString(probe.elapsedMs / 1000.0, 'f', 1)));
    if (state.failingSince.isValid())
        html +=
            QStringLiteral("<br>") +
            Text::tr("failing since %1")
                .arg(QLocale().toString(state.failingSince.toLocalTime(), QLocale::ShortFormat));
    html += QStringLiteral("</p>");
    if (probe.partlyReachable())
        html += QStringLiteral("<p>%1</p>")
                    .arg(Text::tr("Partly reachable: its node_exporter answered, so its "
                                  "volumes are known; SSH did not, so its data, processes "
                                  "and external storage are not."));
    if (!probe.error.isEmpty()) {
        html += QStringLiteral("<p style='color:#c01c28'>%1</p>").arg(esc(probe.error));
        if (!probe.command.isEmpty())
            html += QStringLiteral("<p>%1<br><code>%2</code></p>")
                        .arg(Text::tr("Command:"), esc(probe.command));
    }

    if (!probe.volumes.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><table>").arg(Text::tr("Volumes"));
        html += qm::html::cellsRow({Text::tr("Mount point"), Text::tr("Size"), Text::tr("Used"),
                                    Text::tr("Free"), Text::tr("Used %")},
                                   true);
        for (const Volume &volume : probe.volumes) {
            if (volume.system)
                continue;
            html += qm::html::cellsRow({esc(volume.mountPoint), formatDataSize(volume.totalBytes),
                                        formatDataSize(volume.usedBytes),
                                        formatDataSize(volume.availableBytes),
                                        esc(usedPercentText(volume, QLocale()))});
        }
        html += QStringLiteral("</table>");
        if (probe.platform == QLatin1String("Darwin"))
            html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(Text::tr("APFS counts purgeable space (caches, local snapshots) as "
                                      "available: macOS frees it on demand, so \"free\" may be "
                                      "more than can be written at once."));
        if (!probe.volumesSource.isEmpty())
            html += QStringLiteral("<p><small>%1</small></p>")
                        .arg(Text::tr("Source: %1").arg(esc(probe.volumesSource)));
    }

    if (!probe.roots.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(Text::tr("Data"));
        for (const DataRootScan &root : probe.roots) {
            html += QStringLiteral("<p><b>%1</b>").arg(esc(root.root));
            if (root.status != DataRootScan::Status::Ok) {
                html += QStringLiteral(" — <span style='color:#c01c28'>%1</span></p>")
                            .arg(esc(root.error));
                continue;
            }
            html += QStringLiteral("</p><table>");
            html += qm::html::cellsRow(
                {Text::tr("Category"), Text::tr("Size"), Text::tr("Files"), Text::tr("Newest")},
                true);
            for (const CategoryTotal &total : root.categories) {
                if (total.files == 0)
                    continue;
                html += qm::html::cellsRow(
                    {esc(dataCategoryTitle(total.name)), formatDataSize(total.bytes),
                     QLocale().toString(total.files), when(total.newestSecs)});
            }
            html += QStringLiteral("</table>");
            if (root.unreadableFolders > 0)
                html += QStringLiteral("<p>%1</p>")
                            .arg(Text::tr("%n folder(s) could not be read", nullptr,
                                          int(root.unreadableFolders)));
        }
    }

    if (!probe.daemons.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(Text::tr("Processes"));
        for (const DaemonState &daemon : probe.daemons) {
            const QString status = !daemon.error.isEmpty() ? esc(daemon.error)
                                   : daemon.running
                                       ? Text::tr("running")
                                       : QStringLiteral("<span style='color:#c01c28'>%1</span>")
                                             .arg(Text::tr("not running"));
            // A daemon of the Health page by its name; it is started from there.
            const QString what = daemon.name.isEmpty()
                                     ? QStringLiteral("<code>%1</code>").arg(esc(daemon.pattern))
                                     : QStringLiteral("<b>%1</b> (<code>%2</code>)")
                                           .arg(esc(daemon.name), esc(daemon.pattern));
            const QString hint = !daemon.name.isEmpty() && !daemon.running && daemon.error.isEmpty()
                                     ? Text::tr(" — Start it on the Health page, Daemons tab")
                                     : QString();
            html += QStringLiteral("<li>%1: %2%3</li>").arg(what, status, hint);
        }
        html += QStringLiteral("</ul>");
    }

    if (!probe.externalStorage.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(Text::tr("External storage"));
        for (const ExternalStorageState &storage : probe.externalStorage) {
            const bool bad = storage.state == ExternalStorageState::State::NotMounted ||
                             storage.state == ExternalStorageState::State::Missing;
            const QString text = esc(externalStorageStateText(storage));
            const QString status =
                bad ? QStringLiteral("<span style='color:#c01c28'>%1</span>").arg(text) : text;
            html += QStringLiteral("<li>%1: %2</li>").arg(esc(storage.path), status);
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace qm
