#include "jobdetails.h"

#include "archive/archivejob.h"
#include "cleanup/cleanupjob.h"
#include "jobsmodel.h"
#include "replication/replicationjob.h"
#include "sync/syncjob.h"
#include "units/datasize.h"
#include "widgets/detailshtml.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <climits>

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

int countArg(qint64 count)
{
    return int(std::clamp<qint64>(count, 0, INT_MAX));
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

QString ageText(int days)
{
    return days < 0 ? Text::tr("any age") : Text::tr("%n day(s)", nullptr, days);
}

using Fields = QList<std::pair<QString, QString>>;

std::optional<Fields> syncFields(const JobSpec &spec, QString *error)
{
    const std::optional<SyncRequest> request = syncRequestFrom(spec.parameters, error);
    if (!request)
        return std::nullopt;
    Fields fields = {{Text::tr("Source"), request->source.text},
                     {Text::tr("Destination"), request->destination.text}};
    fields.append({Text::tr("Extra files at the destination"),
                   request->deleteExtraneous
                       ? Text::tr("deleted, at most %n", nullptr, countArg(request->maxDelete))
                       : Text::tr("kept")});
    if (request->pushFromSource)
        fields.append({Text::tr("Runs on"), Text::tr("the source, which pushes")});
    return fields;
}

std::optional<Fields> archiveFields(const JobSpec &spec, QString *error)
{
    const std::optional<ArchiveRequest> request = archiveRequestFrom(spec.parameters, error);
    if (!request)
        return std::nullopt;
    return Fields{{Text::tr("Root"), request->root},
                  {Text::tr("Older than"), ageText(request->olderThanDays)},
                  {Text::tr("Format"), archiveFormatKey(request->format)},
                  {Text::tr("Destination"),
                   request->outputDirectory.isEmpty()
                       ? Text::tr("%1/archives (beside the files)").arg(request->root)
                       : request->outputDirectory},
                  {Text::tr("Originals"), Text::tr("moved to the trash once the archive is "
                                                   "verified")}};
}

std::optional<Fields> cleanupFields(const JobSpec &spec, QString *error)
{
    const std::optional<CleanupJobRequest> request = cleanupRequestFrom(spec.parameters, error);
    if (!request)
        return std::nullopt;
    const CleanupRule &rule = request->rule;
    Fields fields = {{Text::tr("Root"), request->target()},
                     {Text::tr("Older than"), ageText(rule.olderThanDays)}};
    fields.append({rule.patterns.size() > 1 ? Text::tr("Patterns") : Text::tr("Pattern"),
                   rule.patterns.isEmpty() ? Text::tr("any name")
                                           : rule.patterns.join(QStringLiteral(", "))});
    if (!rule.onlyFiles.isEmpty()) {
        qint64 bytes = 0;
        for (const CleanupItem &item : rule.onlyFiles)
            bytes += item.sizeBytes;
        fields.append(
            {Text::tr("Chosen files"), Text::tr("%n file(s), %1, as they were when chosen", nullptr,
                                                countArg(rule.onlyFiles.size()))
                                           .arg(formatDataSize(bytes))});
    }
    fields.append(
        {Text::tr("Removed files go"),
         request->host.isEmpty() ? Text::tr("to the trash of this machine")
         : request->emptyQuarantine
             ? Text::tr("nowhere: deleted for good from the quarantine on %1").arg(request->host)
             : Text::tr("to the quarantine folder on %1 (same filesystem)").arg(request->host)});
    return fields;
}

std::optional<Fields> replicationFields(const JobSpec &spec, QString *error)
{
    int routes = 0;
    for (const QJsonValue &value : spec.parameters.value(QStringLiteral("routes")).toArray()) {
        if (!replicationRouteFromJson(value.toObject())) {
            *error = Text::tr("a route cannot be read");
            return std::nullopt;
        }
        ++routes;
    }
    const int target = spec.parameters.value(QStringLiteral("target")).toInt(-1);
    if (target < 0) {
        *error = Text::tr("no replication target");
        return std::nullopt;
    }
    return Fields{{Text::tr("Producers"), spec.source},
                  {Text::tr("Folders measured"), QLocale().toString(routes)},
                  {Text::tr("Copies wanted"), QLocale().toString(target)}};
}

/// The saved plan for a person, as the kind describes it; else the plan as stored.
QStringList planLines(const Job &job)
{
    if (job.plan.isEmpty())
        return {};
    QString error;
    switch (job.spec.kind) {
    case JobKind::Sync:
        return SyncPlan::fromJson(job.plan).describe();
    case JobKind::Cleanup:
        if (const std::optional<CleanupJobPlan> plan = CleanupJobPlan::fromJson(job.plan, &error))
            return plan->describe(kPlannedFilesListed);
        break;
    case JobKind::Archive:
        if (const std::optional<ArchivePlan> plan = ArchivePlan::fromJson(job.plan, &error))
            return describeArchivePlan(*plan, kPlannedFilesListed);
        break;
    case JobKind::Probe:
    case JobKind::Replication:
        break;
    }
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
    std::optional<Fields> fields;
    switch (spec.kind) {
    case JobKind::Sync:
        fields = syncFields(spec, &error);
        break;
    case JobKind::Archive:
        fields = archiveFields(spec, &error);
        break;
    case JobKind::Cleanup:
        fields = cleanupFields(spec, &error);
        break;
    case JobKind::Probe:
        fields = Fields{
            {Text::tr("Hosts"), spec.parameters.value(QStringLiteral("host")).toString().isEmpty()
                                    ? Text::tr("every host of the config and this "
                                               "machine")
                                    : spec.source}};
        break;
    case JobKind::Replication:
        fields = replicationFields(spec, &error);
        break;
    }
    if (fields)
        return *fields;
    // Damaged or unknown: what the queue lists, and what is stored by its stored names.
    Fields stored = {{Text::tr("Source"), spec.source}};
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
    switch (spec.kind) {
    case JobKind::Sync:
        return Text::tr("Copied");
    case JobKind::Archive:
        return Text::tr("Written and verified");
    case JobKind::Cleanup: {
        QString error;
        if (const std::optional<CleanupJobRequest> request =
                cleanupRequestFrom(spec.parameters, &error)) {
            if (request->host.isEmpty())
                return Text::tr("Moved to the trash");
            return request->emptyQuarantine ? Text::tr("Deleted")
                                            : Text::tr("Moved to the quarantine");
        }
        return Text::tr("Removed");
    }
    case JobKind::Probe:
    case JobKind::Replication:
        break;
    }
    return Text::tr("Done");
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
    if (!job.spec.hosts.isEmpty() && job.spec.kind != JobKind::Probe)
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
