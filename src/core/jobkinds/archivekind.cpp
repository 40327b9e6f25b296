// The archive kind: old files into a verified .tar.zst / .tar.gz, the originals to the
// trash (src/core/archive/).

#include "core/archive/archivejob.h"
#include "core/cleanup/cleanupjob.h"
#include "core/safety/protectedroots.h"
#include "jobkindcatalogue.h"
#include "kindtext.h"

#include <QDir>
#include <QFileInfo>

namespace qm {

namespace {

JobFromArguments archiveFromArguments(const QStringList &words, const JobKindOptions &options,
                                      const JobEnvironment &environment)
{
    if (words.isEmpty() || words.size() > 2 || options.olderThanDays < 0)
        return JobFromArguments::refused(
            JobRefusal::BadArguments,
            kindtext::Arguments::tr("give ROOT and --older-than DAYS: add archive /path|HOST:/path "
                                    "[DEST] --older-than DAYS [--format zst|gz]"));
    ArchiveRequest request;
    // "HOST:/path", as cleanup and sync take it: a folder of a host, archived into DEST here.
    QString error;
    if (const qsizetype colon = words.first().indexOf(u':');
        colon > 0 && !words.first().startsWith(u'/')) {
        CleanupJobRequest target;
        if (!parseCleanupTarget(words.first(), &target, &error))
            return JobFromArguments::refused(JobRefusal::BadArguments, error);
        request.host = target.host;
        request.root = target.rule.root;
    } else {
        request.root = words.first();
    }
    request.outputDirectory = words.value(1);
    request.olderThanDays = options.olderThanDays;
    request.allowProtectedRoot = options.allowProtectedRoot;
    if (!request.host.isEmpty()) {
        if (!environment.config || !environment.config->host(request.host))
            return JobFromArguments::refused(
                JobRefusal::BadArguments,
                kindtext::unknownHost(request.host, environment.config != nullptr));
        if (request.outputDirectory.isEmpty())
            return JobFromArguments::refused(
                JobRefusal::BadArguments,
                kindtext::Arguments::tr("give DEST, the folder of this machine the archive of "
                                        "%1 goes into: add archive %1 DEST --older-than DAYS")
                    .arg(words.first()));
    }
    if (!request.outputDirectory.isEmpty())
        request.outputDirectory =
            QDir::cleanPath(QFileInfo(request.outputDirectory).absoluteFilePath());
    if (!options.archiveFormat.isEmpty()) {
        const std::optional<ArchiveFormat> format = archiveFormatFromKey(options.archiveFormat);
        if (!format)
            return JobFromArguments::refused(
                JobRefusal::BadArguments, kindtext::Arguments::tr("--format is zst or gz, not “%1”")
                                              .arg(options.archiveFormat));
        request.format = *format;
    }
    if (request.host.isEmpty()) {
        if (const QString refusal = checkLocalRoot(request.root, request.allowProtectedRoot);
            !refusal.isEmpty())
            return JobFromArguments::refused(JobRefusal::BadArguments, refusal);
    }
    const FleetAccess access = FleetAccess::withPrograms(environment.config, environment.ssh);
    bool unreachable = false;
    const std::optional<ArchivePlan> plan =
        planArchiveJob(request, access, nullptr, &error, &unreachable);
    if (!plan)
        return JobFromArguments::refused(JobRefusal::NotPlanned, error);
    JobFromArguments result;
    result.job = PreparedJob{archiveJobSpec(request), plan->toJson(), describeArchivePlan(*plan)};
    return result;
}

std::optional<JobArguments> archiveArguments(const JobSpec &spec)
{
    QString error;
    const std::optional<ArchiveRequest> request = archiveRequestFrom(spec.parameters, &error);
    if (!request)
        return std::nullopt;
    JobArguments arguments{{archiveTarget(*request)}, {}};
    if (!request->outputDirectory.isEmpty())
        arguments.words.append(request->outputDirectory);
    arguments.options.olderThanDays = request->olderThanDays;
    arguments.options.archiveFormat = archiveFormatKey(request->format);
    arguments.options.allowProtectedRoot = request->allowProtectedRoot;
    return arguments;
}

std::optional<JobFields> archiveFields(const JobSpec &spec, QString *error)
{
    const std::optional<ArchiveRequest> request = archiveRequestFrom(spec.parameters, error);
    if (!request)
        return std::nullopt;
    return JobFields{
        {kindtext::Details::tr("Root"), archiveTarget(*request)},
        {kindtext::Details::tr("Older than"), kindtext::ageText(request->olderThanDays)},
        {kindtext::Details::tr("Format"), archiveFormatKey(request->format)},
        {kindtext::Details::tr("Destination"),
         request->outputDirectory.isEmpty()
             ? kindtext::Details::tr("%1/archives (beside the files)").arg(request->root)
             : request->outputDirectory},
        {kindtext::Details::tr("Originals"),
         request->host.isEmpty()
             ? kindtext::Details::tr("moved to the trash once the archive is verified")
             : kindtext::Details::tr("moved into the quarantine on %1 once the archive is "
                                     "verified")
                   .arg(request->host)}};
}

} // namespace

JobKindRecord archiveJobKindRecord()
{
    JobKindRecord record;
    record.kind = kArchiveJobKind;
    record.title = [] { return kindtext::Title::tr("Archive"); };
    record.fromArguments = archiveFromArguments;
    record.usage = [] {
        return JobKindUsage{
            kindtext::Arguments::tr("ROOT [DEST]"),
            kindtext::Arguments::tr(
                "Archive files older than --older-than DAYS into DEST (default ROOT/archives; "
                "needed for HOST:/path) (plan; --yes queues it)")};
    };
    record.argumentsOf = archiveArguments;
    record.run = [](const JobEnvironment &environment) -> JobFunction {
        const FleetAccess access = FleetAccess::withPrograms(environment.config, environment.ssh);
        return [access](JobContext &context) { return runArchiveJob(context, access); };
    };
    record.describePlan = [](const QJsonObject &json, int maxListed,
                             QString *error) -> std::optional<QStringList> {
        if (const std::optional<ArchivePlan> plan = ArchivePlan::fromJson(json, error))
            return describeArchivePlan(*plan, maxListed);
        return std::nullopt;
    };
    record.describeParameters = archiveFields;
    // Its bytes count once written and once checked.
    record.amountLabel = [](const JobSpec &) {
        return kindtext::Details::tr("Written and verified");
    };
    // It removes originals: one attempt, and a person looks at what went wrong.
    record.retriable = false;
    // It writes the archive into the root it is given and removes originals there.
    record.writes = JobWrites::InSource;
    return record;
}

} // namespace qm
