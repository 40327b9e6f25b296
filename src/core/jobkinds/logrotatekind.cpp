// The log rotation kind: a log (or a glob of logs) of this machine or of a host ("HOST:/path")
// set aside when over its size or age, compressed with read-back, old rotations to the
// quarantine (src/core/health/logrotation.h). Each run plans afresh: sizes change between
// runs.

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
    spec.parameters = {{QStringLiteral("host"), request.host},
                       {QStringLiteral("path"), request.path},
                       {QStringLiteral("maxMegabytes"), request.maxMegabytes},
                       {QStringLiteral("maxAgeDays"), request.maxAgeDays},
                       {QStringLiteral("keep"), request.keep},
                       {QStringLiteral("compression"),
                        request.compression == RotationCompression::Zstd ? QStringLiteral("zst")
                                                                         : QStringLiteral("gz")}};
    spec.source = request.host.isEmpty() ? request.path : request.host + u':' + request.path;
    if (!request.host.isEmpty())
        spec.hosts = {request.host};
    spec.destructive = true; // it truncates or cuts a live log
    return spec;
}

std::optional<RotationRequest> rotateRequestFrom(const QJsonObject &parameters, QString *error)
{
    RotationRequest request;
    request.host = parameters.value(QStringLiteral("host")).toString();
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

/// Whether `path` is to look at again at each run rather than now: a log of this machine
/// that is not there now (a log rotated a moment ago may not be there again yet).
bool absentHere(const RotationRequest &request)
{
    return request.host.isEmpty() && !QFileInfo::exists(request.path) &&
           !QFileInfo(request.path).isSymLink() && !request.path.contains(u'*') &&
           !request.path.contains(u'?');
}

JobFromArguments rotateFromArguments(const QStringList &words, const JobKindOptions &options,
                                     const JobEnvironment &environment)
{
    if (words.size() != 1 || (options.maxMegabytes < 0 && options.maxAgeDays < 0))
        return JobFromArguments::refused(
            JobRefusal::BadArguments,
            kindtext::Arguments::tr("give the log and when to rotate it: add log-rotate "
                                    "PATH|HOST:/path --max-size MB [--max-age-days N] [--keep N] "
                                    "[--format zst|gz]"));
    RotationRequest request;
    // "HOST:/path", as cleanup and archive take it: a log of a host, rotated there.
    // A host's name has no '/': "logs/a:b.log" is a path of this machine.
    if (const qsizetype colon = words.first().indexOf(u':');
        colon > 0 && !words.first().left(colon).contains(u'/')) {
        request.host = words.first().left(colon);
        request.path = words.first().mid(colon + 1);
        if (!environment.config || !environment.config->host(request.host))
            return JobFromArguments::refused(
                JobRefusal::BadArguments,
                kindtext::unknownHost(request.host, environment.config != nullptr));
    } else {
        request.path = QDir::cleanPath(QFileInfo(words.first()).absoluteFilePath());
    }
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
    if (absentHere(request)) {
        result.job = PreparedJob{rotateSpec(request),
                                 {},
                                 {kindtext::Details::tr("%1 is not there now; each run looks "
                                                        "again")
                                      .arg(request.path)}};
        return result;
    }
    // What it would do now, for review; each run plans again.
    QString error;
    const FleetAccess fleet = FleetAccess::withPrograms(environment.config, environment.ssh);
    const std::optional<RotationPlan> plan = planRotation(request, &error, &fleet);
    if (!plan)
        return JobFromArguments::refused(JobRefusal::NotPlanned, error);
    result.job = PreparedJob{rotateSpec(request), {}, describe(*plan)};
    return result;
}

JobOutcome runRotateJob(JobContext &context, const FleetAccess &fleet)
{
    QString error;
    const std::optional<RotationRequest> request =
        rotateRequestFrom(context.job().spec.parameters, &error);
    if (!request)
        return JobOutcome::failed(error);
    if (absentHere(*request)) {
        context.log(kindtext::Details::tr("%1 is not there: nothing to rotate").arg(request->path));
        return JobOutcome::succeeded();
    }
    const std::optional<RotationPlan> plan = planRotation(
        *request, &error, &fleet, context.cancelFlag(),
        [&context](const QString &command) { context.log(QStringLiteral("$ ") + command); });
    if (!plan)
        return JobOutcome::failed(error);
    for (const QString &line : describe(*plan))
        context.log(line);
    if (plan->dueCount() == 0) {
        context.log(kindtext::Details::tr("Nothing is due."));
        return JobOutcome::succeeded();
    }
    const RotationResult result = executeRotation(
        *plan, context.cancelFlag(), [&context](const QString &line) { context.log(line); },
        &fleet);
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
            kindtext::Arguments::tr("PATH|HOST:/path"),
            kindtext::Arguments::tr("Rotate a log (or a glob of logs; HOST:/path on a host) over "
                                    "--max-size MB or "
                                    "--max-age-days N, keeping --keep N rotations (plan; --yes "
                                    "queues it)")};
    };
    record.argumentsOf = [](const JobSpec &spec) -> std::optional<JobArguments> {
        QString error;
        const std::optional<RotationRequest> request = rotateRequestFrom(spec.parameters, &error);
        if (!request)
            return std::nullopt;
        JobArguments arguments{
            {request->host.isEmpty() ? request->path : request->host + u':' + request->path}, {}};
        arguments.options.maxMegabytes = request->maxMegabytes;
        arguments.options.maxAgeDays = request->maxAgeDays;
        arguments.options.keep = request->keep;
        arguments.options.archiveFormat = request->compression == RotationCompression::Zstd
                                              ? QStringLiteral("zst")
                                              : QStringLiteral("gz");
        return arguments;
    };
    record.run = [](const JobEnvironment &environment) -> JobFunction {
        const FleetAccess fleet = FleetAccess::withPrograms(environment.config, environment.ssh);
        return [fleet](JobContext &context) { return runRotateJob(context, fleet); };
    };
    record.describeParameters = [](const JobSpec &spec,
                                   QString *error) -> std::optional<JobFields> {
        const std::optional<RotationRequest> request = rotateRequestFrom(spec.parameters, error);
        if (!request)
            return std::nullopt;
        JobFields fields{{kindtext::Details::tr("Log"), request->path}};
        if (!request->host.isEmpty())
            fields.prepend({kindtext::Details::tr("Host"), request->host});
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
