// The log rotation kind: a log (or a glob of logs) of this machine set aside when over its
// size or age, compressed with read-back, old rotations to the quarantine
// (src/core/health/logrotation.h). Each run plans afresh: sizes change between runs.

#include "core/health/logrotation.h"
#include "core/units/datasize.h"
#include "jobkindcatalogue.h"
#include "jobkinds.h"
#include "kindtext.h"

#include <QDir>
#include <QFileInfo>

namespace qm {

namespace {

const JobKind kLogRotateJobKind{QStringLiteral("log-rotate")};

JobSpec rotateSpec(const RotationRequest &request)
{
    JobSpec spec;
    spec.kind = kLogRotateJobKind;
    spec.parameters = {{QStringLiteral("path"), request.path},
                       {QStringLiteral("maxMegabytes"), request.maxMegabytes},
                       {QStringLiteral("maxAgeDays"), request.maxAgeDays},
                       {QStringLiteral("keep"), request.keep},
                       {QStringLiteral("compression"),
                        request.compression == RotationCompression::Zstd ? QStringLiteral("zst")
                                                                         : QStringLiteral("gz")}};
    spec.source = request.path;
    spec.destructive = true; // it truncates or cuts a live log
    return spec;
}

std::optional<RotationRequest> rotateRequestFrom(const QJsonObject &parameters, QString *error)
{
    RotationRequest request;
    request.path = parameters.value(QStringLiteral("path")).toString();
    request.maxMegabytes = parameters.value(QStringLiteral("maxMegabytes")).toDouble(-1);
    request.maxAgeDays = parameters.value(QStringLiteral("maxAgeDays")).toDouble(-1);
    request.keep = parameters.value(QStringLiteral("keep")).toInt(7);
    request.compression =
        parameters.value(QStringLiteral("compression")).toString() == QLatin1String("gz")
            ? RotationCompression::Gzip
            : RotationCompression::Zstd;
    if (request.path.isEmpty()) {
        *error = kindtext::Arguments::tr("the job names no log");
        return std::nullopt;
    }
    return request;
}

QStringList describe(const RotationPlan &plan)
{
    QStringList lines;
    for (const RotationItem &item : plan.items) {
        lines << (item.due
                      ? kindtext::Details::tr("Rotate %1: %2 → %3 (%4)")
                            .arg(item.file, item.reason, QFileInfo(item.rotatedPath).fileName(),
                                 rotationMethodKey(item.method))
                      : kindtext::Details::tr("Keep %1: %2").arg(item.file, item.reason));
        if (item.due)
            lines << QStringLiteral("  ") + item.guarantee;
        for (const QString &old : item.expiring)
            lines << QStringLiteral("  ") + kindtext::Details::tr("to the quarantine: %1").arg(old);
    }
    return lines;
}

JobFromArguments rotateFromArguments(const QStringList &words, const JobKindOptions &options,
                                     const JobEnvironment &)
{
    if (words.size() != 1 || (options.maxMegabytes < 0 && options.maxAgeDays < 0))
        return JobFromArguments::refused(
            JobRefusal::BadArguments,
            kindtext::Arguments::tr("give the log and when to rotate it: add log-rotate PATH "
                                    "--max-size MB [--max-age-days N] [--keep N] [--format "
                                    "zst|gz]"));
    RotationRequest request;
    request.path = QDir::cleanPath(QFileInfo(words.first()).absoluteFilePath());
    request.maxMegabytes = options.maxMegabytes;
    request.maxAgeDays = options.maxAgeDays;
    request.keep = options.keep >= 0 ? options.keep : 7;
    if (!options.archiveFormat.isEmpty() && options.archiveFormat != QLatin1String("zst") &&
        options.archiveFormat != QLatin1String("gz"))
        return JobFromArguments::refused(
            JobRefusal::BadArguments,
            kindtext::Arguments::tr("--format is zst or gz, not “%1”").arg(options.archiveFormat));
    if (options.archiveFormat == QLatin1String("gz"))
        request.compression = RotationCompression::Gzip;
    JobFromArguments result;
    // A log rotated a moment ago may not be there again yet: each run looks again.
    if (!QFileInfo::exists(request.path) && !QFileInfo(request.path).isSymLink() &&
        !request.path.contains(u'*') && !request.path.contains(u'?')) {
        result.job = PreparedJob{rotateSpec(request),
                                 {},
                                 {kindtext::Details::tr("%1 is not there now; each run looks "
                                                        "again")
                                      .arg(request.path)}};
        return result;
    }
    // What it would do now, for review; each run plans again.
    QString error;
    const std::optional<RotationPlan> plan = planRotation(request, &error);
    if (!plan)
        return JobFromArguments::refused(JobRefusal::NotPlanned, error);
    result.job = PreparedJob{rotateSpec(request), {}, describe(*plan)};
    return result;
}

JobOutcome runRotateJob(JobContext &context)
{
    QString error;
    const std::optional<RotationRequest> request =
        rotateRequestFrom(context.job().spec.parameters, &error);
    if (!request)
        return JobOutcome::failed(error);
    if (!QFileInfo::exists(request->path) && !QFileInfo(request->path).isSymLink() &&
        !request->path.contains(u'*') && !request->path.contains(u'?')) {
        context.log(kindtext::Details::tr("%1 is not there: nothing to rotate").arg(request->path));
        return JobOutcome::succeeded();
    }
    const std::optional<RotationPlan> plan = planRotation(*request, &error);
    if (!plan)
        return JobOutcome::failed(error);
    for (const QString &line : describe(*plan))
        context.log(line);
    if (plan->dueCount() == 0) {
        context.log(kindtext::Details::tr("Nothing is due."));
        return JobOutcome::succeeded();
    }
    const RotationResult result = executeRotation(
        *plan, context.cancelFlag(), [&context](const QString &line) { context.log(line); });
    if (context.cancelled())
        return JobOutcome::cancelled();
    JobProgress done;
    done.fraction = 1;
    done.bytesDone = done.bytesTotal = result.bytesRotated;
    context.progress(done);
    context.log(
        kindtext::Details::tr("%1 rotated (%2 → %3), %4 moved to the quarantine")
            .arg(result.rotated)
            .arg(formatDataSize(result.bytesRotated), formatDataSize(result.bytesCompressed))
            .arg(result.moved));
    if (!result.ok)
        return JobOutcome::failed(result.errors.join(QStringLiteral("; ")));
    return JobOutcome::succeeded();
}

} // namespace

JobKindRecord logRotateJobKindRecord()
{
    JobKindRecord record;
    record.kind = kLogRotateJobKind;
    record.title = [] { return kindtext::Title::tr("Log rotation"); };
    record.fromArguments = rotateFromArguments;
    record.usage = [] {
        return JobKindUsage{
            kindtext::Arguments::tr("PATH"),
            kindtext::Arguments::tr("Rotate a log (or a glob of logs) over --max-size MB or "
                                    "--max-age-days N, keeping --keep N rotations (plan; --yes "
                                    "queues it)")};
    };
    record.argumentsOf = [](const JobSpec &spec) -> std::optional<JobArguments> {
        QString error;
        const std::optional<RotationRequest> request = rotateRequestFrom(spec.parameters, &error);
        if (!request)
            return std::nullopt;
        JobArguments arguments{{request->path}, {}};
        arguments.options.maxMegabytes = request->maxMegabytes;
        arguments.options.maxAgeDays = request->maxAgeDays;
        arguments.options.keep = request->keep;
        arguments.options.archiveFormat = request->compression == RotationCompression::Zstd
                                              ? QStringLiteral("zst")
                                              : QStringLiteral("gz");
        return arguments;
    };
    record.run = [](const JobEnvironment &) -> JobFunction {
        return [](JobContext &context) { return runRotateJob(context); };
    };
    record.describeParameters = [](const JobSpec &spec,
                                   QString *error) -> std::optional<JobFields> {
        const std::optional<RotationRequest> request = rotateRequestFrom(spec.parameters, error);
        if (!request)
            return std::nullopt;
        JobFields fields{{kindtext::Details::tr("Log"), request->path}};
        if (request->maxMegabytes >= 0)
            fields.append({kindtext::Details::tr("Over"),
                           formatDataSize(qint64(request->maxMegabytes * 1e6))});
        if (request->maxAgeDays >= 0)
            fields.append(
                {kindtext::Details::tr("Older than"), kindtext::ageText(int(request->maxAgeDays))});
        fields.append({kindtext::Details::tr("Kept"), QString::number(request->keep)});
        return fields;
    };
    record.amountLabel = [](const JobSpec &) { return kindtext::Details::tr("Rotated"); };
    // It cuts live logs: one attempt, and a person looks at what went wrong.
    record.retriable = false;
    return record;
}

} // namespace qm
