#include "replicationdetails.h"

#include "app/widgets/detailshtml.h"
#include "core/units/datasize.h"
#include "core/units/duration.h"

#include <QCoreApplication>
#include <QLocale>

namespace qm {

namespace {

using html::esc;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::ReplicationPage)
};

QString timeText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString heading(const QString &text)
{
    return QStringLiteral("<h4 style=\"margin-bottom:2px\">") + esc(text) + QStringLiteral("</h4>");
}

QString list(const QStringList &items)
{
    if (items.isEmpty())
        return QString();
    return QStringLiteral("<ul style=\"margin-top:0\"><li>") +
           items.join(QStringLiteral("</li><li>")) + QStringLiteral("</li></ul>");
}

QString receiverLine(const ReplicationReceiver &receiver)
{
    QString line =
        QStringLiteral("<b>") + esc(receiver.host) + QStringLiteral("</b> → ") + esc(receiver.path);
    if (receiver.externalStorage)
        line += esc(Text::tr(" (external storage)"));
    if (receiver.priority)
        line += esc(Text::tr(" (priority host)"));
    return line;
}

QString figures(const RouteMeasurement &m)
{
    const ReplicationTally &t = m.tally;
    QString text = esc(Text::tr("Measured %1 against replication_target %2.")
                           .arg(timeText(m.measuredAt))
                           .arg(m.target)) +
                   QStringLiteral("<br>");
    text += esc(Text::tr("%n file(s) (%1) in the folder.", nullptr, int(t.totalFiles))
                    .arg(formatDataSize(t.totalBytes))) +
            QStringLiteral("<br>");
    if (t.atRiskFiles == 0) {
        text += esc(Text::tr("Every file has at least %n copy(ies) among the receivers.", nullptr,
                             m.target));
        return text;
    }
    text += QStringLiteral("<b>") +
            esc(Text::tr("%n file(s) (%1) have fewer than %2 copies; the oldest was %3 old "
                         "(modified %4).",
                         nullptr, int(std::min<qint64>(t.atRiskFiles, INT_MAX)))
                    .arg(formatDataSize(t.atRiskBytes))
                    .arg(m.target)
                    .arg(formatDuration(std::max<qint64>(0, t.oldestAtRisk.secsTo(m.measuredAt))),
                         timeText(t.oldestAtRisk))) +
            QStringLiteral("</b>");
    if (m.route.possibleCopies() < m.target)
        text += QStringLiteral("<br>") +
                esc(Text::tr("Only %n host(s) or backup(s) may hold it: the target cannot be "
                             "reached.",
                             nullptr, int(m.route.possibleCopies())));
    return text;
}

} // namespace

QString replicationDetailsHtml(const ReplicationModel::Row &row)
{
    const ReplicationRoute &route = row.shownRoute();
    const RouteMeasurement *m = row.measurement ? &*row.measurement : nullptr;
    QString html =
        QStringLiteral("<h3 style=\"margin-bottom:2px\">") +
        esc(Text::tr("%1 — %2").arg(route.producer, ReplicationModel::kindTitle(route.kind))) +
        QStringLiteral("</h3>");
    html += esc(Text::tr("Folder: %1").arg(route.sourcePath)) + QStringLiteral("<p>");
    if (row.measuring)
        html += esc(Text::tr("Being measured…"));
    else if (!m)
        html += esc(Text::tr("Not measured yet: Measure compares this folder with each "
                             "receiver (rsync dry runs, nothing is copied)."));
    else if (!m->ok())
        html += QStringLiteral("<b>") + esc(Text::tr("The measurement failed: %1").arg(m->error)) +
                QStringLiteral("</b>");
    else
        html += figures(*m);
    html += QStringLiteral("</p>");

    html += heading(Text::tr("Receivers"));
    QStringList receivers;
    if (m && m->ok()) {
        for (const ReceiverResult &r : m->receivers) {
            QString line = receiverLine(r.receiver) + QStringLiteral(": ");
            if (!r.measured)
                line += QStringLiteral("<span style=\"color:#c62828\">") +
                        esc(Text::tr("not measured, counts as no copy: %1").arg(r.error)) +
                        QStringLiteral("</span>");
            else if (r.missingFiles == 0)
                line += esc(Text::tr("holds every file"));
            else
                line += esc(Text::tr("lacks %n file(s) (%1) or holds another version", nullptr,
                                     int(std::min<qint64>(r.missingFiles, INT_MAX)))
                                .arg(formatDataSize(r.missingBytes)));
            receivers.append(line);
        }
    } else {
        for (const ReplicationReceiver &r : route.receivers) {
            QString line = receiverLine(r);
            if (!r.note.isEmpty())
                line += QStringLiteral(" — ") + esc(r.note);
            receivers.append(line);
        }
    }
    html += receivers.isEmpty()
                ? QStringLiteral("<p>") +
                      esc(Text::tr("No host may receive this data: every file is at risk.")) +
                      QStringLiteral("</p>")
                : list(receivers);

    // The storage locations named as its backups (Storage page, Backup Of…).
    QStringList backups;
    for (qsizetype b = 0; b < route.backups.size(); ++b) {
        QString line = QStringLiteral("<b>") + esc(route.backups[b]) + QStringLiteral("</b>");
        const BackupResult *r = m && m->ok() && b < m->backups.size() ? &m->backups[b] : nullptr;
        if (r && !r->measured)
            line += QStringLiteral(": <span style=\"color:#c62828\">") +
                    esc(Text::tr("not listed, counts as no copy: %1").arg(r->error)) +
                    QStringLiteral("</span>");
        else if (r && r->missingFiles == 0)
            line += QStringLiteral(": ") + esc(Text::tr("holds every file"));
        else if (r)
            line += QStringLiteral(": ") +
                    esc(Text::tr("lacks %n file(s) (%1) or holds another size", nullptr,
                                 int(std::min<qint64>(r->missingFiles, INT_MAX)))
                            .arg(formatDataSize(r->missingBytes)));
        if (r && r->measured)
            line += esc(r->newestMs < 0
                            ? Text::tr("; it is empty")
                            : Text::tr("; %1 objects, %2, newest %3")
                                  .arg(QLocale().toString(r->objects), formatDataSize(r->bytes),
                                       timeText(QDateTime::fromMSecsSinceEpoch(r->newestMs))));
        backups.append(line);
    }
    if (!backups.isEmpty())
        html += heading(Text::tr("Backups")) + list(backups);

    QStringList skipped;
    for (const SkippedReceiver &s : route.skipped)
        skipped.append(QStringLiteral("<b>") + esc(s.host) + QStringLiteral("</b>: ") +
                       esc(s.text));
    if (!skipped.isEmpty())
        html += heading(Text::tr("Skipped")) + list(skipped);

    if (m && m->ok() && !m->tally.oldestFiles.isEmpty()) {
        QStringList files;
        for (const ProducerFile &file : m->tally.oldestFiles)
            files.append(esc(Text::tr("%1 — %2, modified %3")
                                 .arg(unescapedRsyncPath(file.path), formatDataSize(file.bytes),
                                      timeText(file.modified))));
        if (m->tally.atRiskFiles > files.size())
            files.append(
                esc(Text::tr("… and %n more", nullptr,
                             int(std::min<qint64>(m->tally.atRiskFiles - files.size(), INT_MAX)))));
        html += heading(Text::tr("Oldest files at risk")) + list(files);
    }

    if (m) {
        const QList<SyncRequest> syncs = replicationSyncRequests(*m);
        if (!syncs.isEmpty()) {
            QStringList lines;
            for (const SyncRequest &sync : syncs)
                lines.append(esc(Text::tr("%1 → %2").arg(sync.source.text, sync.destination.text)));
            html += heading(Text::tr("Sync Now copies")) + list(lines);
        }
        if (!m->commands.isEmpty()) {
            QStringList commands;
            for (const QString &command : m->commands)
                commands.append(QStringLiteral("<code>") + esc(command) +
                                QStringLiteral("</code>"));
            html += heading(Text::tr("Commands")) + list(commands);
        }
    }
    return html;
}

} // namespace qm
