#include "jobdetails.h"

#include "jobsmodel.h"
#include "sync/syncjob.h"
#include "units/datasize.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::JobDetails)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::LongFormat);
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(esc(label), valueHtml);
}

/// A parameter's value as text: strings as they are, the rest as compact JSON.
QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? Text::tr("yes") : Text::tr("no");
    if (value.isDouble())
        return QLocale().toString(value.toDouble(), 'g', 15);
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return QString();
}

/// The saved plan for a person: a sync's own description, else the plan as stored.
QStringList planLines(const Job &job)
{
    if (job.plan.isEmpty())
        return {};
    if (job.spec.kind == JobKind::Sync)
        return SyncPlan::fromJson(job.plan).describe();
    return QString::fromUtf8(QJsonDocument(job.plan).toJson(QJsonDocument::Indented))
        .trimmed()
        .split(QLatin1Char('\n'));
}

} // namespace

QString jobDetailsHtml(const Job &job, const QList<JobCommand> &commands)
{
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(esc(Text::tr("Job %1 — %2 — %3")
                                    .arg(job.id)
                                    .arg(JobsModel::kindTitle(job.spec.kind),
                                         JobsModel::stateTitle(job.state))));
    if (!job.error.isEmpty())
        html += QStringLiteral("<p style='color:#c03030'>%1</p>").arg(esc(job.error));

    QString rows;
    rows += row(Text::tr("Source"), esc(job.spec.source));
    if (!job.spec.destination.isEmpty())
        rows += row(Text::tr("Destination"), esc(job.spec.destination));
    if (!job.spec.hosts.isEmpty())
        rows += row(Text::tr("Hosts"), esc(job.spec.hosts.join(QStringLiteral(", "))));
    rows += row(Text::tr("Asked by"),
                esc(job.spec.scheduleId > 0 ? Text::tr("%1 (schedule %2)")
                                                  .arg(JobsModel::triggerTitle(job.spec.trigger))
                                                  .arg(job.spec.scheduleId)
                                            : JobsModel::triggerTitle(job.spec.trigger)));
    if (job.spec.destructive)
        rows += row(Text::tr("Deletes"),
                    esc(Text::tr("yes: never retried automatically; each attempt checks its "
                                 "plan again")));
    rows += row(Text::tr("Priority"), esc(QLocale().toString(job.spec.priority)));
    rows += row(Text::tr("Attempts"),
                esc(Text::tr("%1 of at most %2").arg(job.attempts).arg(job.spec.maxAttempts)));
    rows += row(Text::tr("Queued"), esc(timeText(job.createdMs)));
    if (job.startedMs >= 0)
        rows += row(Text::tr("Started"), esc(timeText(job.startedMs)));
    if (job.finishedMs >= 0 && job.state != JobState::Running)
        rows += row(Text::tr("Stopped"), esc(timeText(job.finishedMs)));
    if (job.state == JobState::Queued && job.notBeforeMs > QDateTime::currentMSecsSinceEpoch())
        rows += row(Text::tr("Next attempt"), esc(timeText(job.notBeforeMs)));
    if (job.bytesDone >= 0)
        rows += row(Text::tr("Copied"),
                    esc(Text::tr("%1 of %2")
                            .arg(formatDataSize(job.bytesDone), job.bytesTotal >= 0
                                                                    ? formatDataSize(job.bytesTotal)
                                                                    : Text::tr("unknown"))));
    // The kind's own parameters, as stored (their names are the stored ones), less the
    // source and destination already shown.
    QStringList parameters;
    for (auto it = job.spec.parameters.constBegin(); it != job.spec.parameters.constEnd(); ++it) {
        const QString value = valueText(it.value());
        if (value != job.spec.source && value != job.spec.destination)
            parameters.append(Text::tr("%1: %2").arg(it.key(), value));
    }
    if (!parameters.isEmpty())
        rows += row(Text::tr("Parameters"), esc(parameters.join(QStringLiteral(", "))));
    html += QStringLiteral("<table cellspacing='0' cellpadding='1'>%1</table>").arg(rows);

    const QStringList plan = planLines(job);
    if (!plan.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p><pre>%2</pre>")
                    .arg(esc(Text::tr("Plan")), esc(plan.join(QLatin1Char('\n'))));

    html += QStringLiteral("<p><b>%1</b></p>").arg(esc(Text::tr("Commands")));
    if (commands.isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(Text::tr("None run yet.")));
    } else {
        QStringList lines;
        for (const JobCommand &command : commands)
            lines.append(Text::tr("[%1] %2").arg(command.attempt).arg(command.commandLine));
        html += QStringLiteral("<pre style='white-space:pre-wrap'>%1</pre>")
                    .arg(esc(lines.join(QLatin1Char('\n'))));
    }
    return html;
}

QString jobLogLineText(const JobLogLine &line)
{
    return Text::tr("%1 [%2] %3")
        .arg(QDateTime::fromMSecsSinceEpoch(line.timeMs).toString(QStringLiteral("HH:mm:ss")))
        .arg(line.attempt)
        .arg(line.text);
}

} // namespace qm
