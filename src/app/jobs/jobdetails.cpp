#include "jobdetails.h"

#include "app/widgets/detailshtml.h"
#include "core/jobkinds/jobkindcatalogue.h"
#include "core/units/datasize.h"
#include "jobsmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace qm {

namespace {

using html::esc;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::JobDetails)
};

/// How many planned files the details list before "and N more".
constexpr int kPlannedFilesListed = 20;

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::LongFormat);
}

/// A stored parameter's value as text, for parameters no kind knows: strings as they
/// are, the rest as compact JSON.
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

/// The saved plan for a person, as the kind describes it; else the plan as stored.
QStringList planLines(const Job &job)
{
    if (job.plan.isEmpty())
        return {};
    QString error;
    if (const std::optional<QStringList> described =
            standardJobKinds().describePlan(job.spec.kind, job.plan, kPlannedFilesListed, &error))
        return *described;
    QStringList lines;
    if (!error.isEmpty())
        lines.append(Text::tr("The saved plan cannot be read (%1); as stored:").arg(error));
    lines += QString::fromUtf8(QJsonDocument(job.plan).toJson(QJsonDocument::Indented))
                 .trimmed()
                 .split(QLatin1Char('\n'));
    return lines;
}

} // namespace

QList<std::pair<QString, QString>> jobParameterFields(const JobSpec &spec)
{
    QString error;
    const std::optional<JobFields> fields = standardJobKinds().describeParameters(spec, &error);
    if (fields)
        return *fields;
    // Damaged or unknown: what the queue lists, and what is stored by its stored names.
    JobFields stored = {{Text::tr("Source"), spec.source}};
    if (!spec.destination.isEmpty())
        stored.append({Text::tr("Destination"), spec.destination});
    if (spec.parameters.isEmpty())
        return stored;
    stored.append({Text::tr("Parameters"), Text::tr("cannot be read (%1); as stored:").arg(error)});
    for (auto it = spec.parameters.constBegin(); it != spec.parameters.constEnd(); ++it)
        stored.append({it.key(), valueText(it.value())});
    return stored;
}

QString jobAmountLabel(const JobSpec &spec)
{
    const QString label = standardJobKinds().amountLabel(spec);
    return label.isEmpty() ? Text::tr("Done") : label;
}

QString jobDetailsHtml(const Job &job, const QList<JobCommand> &commands)
{
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(esc(Text::tr("Job %1 — %2 — %3")
                                    .arg(job.id)
                                    .arg(JobsModel::kindTitle(job.spec.kind),
                                         JobsModel::stateTitle(job.state))));
    if (!job.error.isEmpty())
        html += QStringLiteral("<p style='color:#c03030'>%1</p>").arg(esc(job.error));

    // What it does: the kind's parameters as a form.
    QString rows;
    for (const auto &[label, value] : jobParameterFields(job.spec))
        rows += qm::html::labelledRow(label, esc(value));
    const JobKindRecord *record = standardJobKinds().find(job.spec.kind);
    if (!job.spec.hosts.isEmpty() && !(record && record->parametersNameHosts))
        rows += qm::html::labelledRow(Text::tr("Hosts involved"),
                                      esc(job.spec.hosts.join(QStringLiteral(", "))));
    rows += qm::html::labelledRow(Text::tr("Asked by"),
                                  esc(job.spec.scheduleId > 0
                                          ? Text::tr("%1 (schedule %2)")
                                                .arg(JobsModel::triggerTitle(job.spec.trigger))
                                                .arg(job.spec.scheduleId)
                                          : JobsModel::triggerTitle(job.spec.trigger)));
    if (job.spec.destructive)
        rows += qm::html::labelledRow(
            Text::tr("Deletes"),
            esc(Text::tr("yes: never retried automatically; each attempt checks its "
                         "plan again")));
    rows += qm::html::labelledRow(Text::tr("Priority"), esc(QLocale().toString(job.spec.priority)));
    rows += qm::html::labelledRow(
        Text::tr("Attempts"),
        esc(Text::tr("%1 of at most %2").arg(job.attempts).arg(job.spec.maxAttempts)));
    rows += qm::html::labelledRow(Text::tr("Queued"), esc(timeText(job.createdMs)));
    if (job.startedMs >= 0)
        rows += qm::html::labelledRow(Text::tr("Started"), esc(timeText(job.startedMs)));
    if (job.finishedMs >= 0 && job.state != JobState::Running)
        rows += qm::html::labelledRow(Text::tr("Stopped"), esc(timeText(job.finishedMs)));
    if (job.state == JobState::Queued && job.notBeforeMs > QDateTime::currentMSecsSinceEpoch())
        rows += qm::html::labelledRow(Text::tr("Next attempt"), esc(timeText(job.notBeforeMs)));
    if (job.bytesDone >= 0)
        rows +=
            qm::html::labelledRow(jobAmountLabel(job.spec),
                                  esc(Text::tr("%1 of %2")
                                          .arg(formatDataSize(job.bytesDone),
                                               job.bytesTotal >= 0 ? formatDataSize(job.bytesTotal)
                                                                   : Text::tr("unknown"))));
    html += QStringLiteral("<table cellspacing='0' cellpadding='1'>%1</table>").arg(rows);

    const QStringList plan = planLines(job);
    if (!plan.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p><pre style='white-space:pre-wrap'>%2</pre>")
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
