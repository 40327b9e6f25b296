// The archive kind: old files into a verified .tar.zst / .tar.gz, the originals to the
// trash (src/core/archive/).

#include "core/archive/archivejob.h"
#include "core/safety/protectedroots.h"
#include "jobkindcatalogue.h"
#include "kindtext.h"

namespace qm {

namespace {

JobFromArguments archiveFromArguments(const QStringList &words, const JobKindOptions &options,
                                      const JobEnvironment &)
{
    if (words.size() != 1 || options.olderThanDays < 0)
        return JobFromArguments::refused(
            JobRefusal::BadArguments,
            kindtext::Arguments::tr(
                "give ROOT and --older-than DAYS: add archive ROOT --older-than "
                "DAYS [--format zst|gz]"));
    // An archive is written and verified beside files this machine reads: a host's
    // folder ("HOST:/path", as cleanup and sync take it) is said to be one, not looked
    // for as a relative path.
    if (const qsizetype colon = words.first().indexOf(u':');
        colon > 0 && !words.first().startsWith(u'/'))
        return JobFromArguments::refused(
            JobRefusal::BadArguments,
            kindtext::Arguments::tr("“%1” is a folder of a host: archive jobs work on this "
                                    "machine's folders (sync it here first, or run qmctl on "
                                    "that host)")
                .arg(words.first()));
    ArchiveRequest request;
    request.root = words.first();
    request.olderThanDays = options.olderThanDays;
    request.allowProtectedRoot = options.allowProtectedRoot;
    if (!options.archiveFormat.isEmpty()) {
        const std::optional<ArchiveFormat> format = archiveFormatFromKey(options.archiveFormat);
        if (!format)
            return JobFromArguments::refused(
                JobRefusal::BadArguments, kindtext::Arguments::tr("--format is zst or gz, not “%1”")
                                              .arg(options.archiveFormat));
        request.format = *format;
    }
    if (const QString refusal = checkLocalRoot(request.root, request.allowProtectedRoot);
        !refusal.isEmpty())
        return JobFromArguments::refused(JobRefusal::BadArguments, refusal);
    QString error;
    const std::optional<ArchivePlan> plan = planArchive(request, nullptr, &error);
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
    JobArguments arguments{{request->root}, {}};
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
        {kindtext::Details::tr("Root"), request->root},
        {kindtext::Details::tr("Older than"), kindtext::ageText(request->olderThanDays)},
        {kindtext::Details::tr("Format"), archiveFormatKey(request->format)},
        {kindtext::Details::tr("Destination"),
         request->outputDirectory.isEmpty()
             ? kindtext::Details::tr("%1/archives (beside the files)").arg(request->root)
             : request->outputDirectory},
        {kindtext::Details::tr("Originals"), kindtext::Details::tr("moved to the trash once the "
                                                                   "archive is verified")}};
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
            kindtext::Arguments::tr("ROOT"),
            kindtext::Arguments::tr(
                "Archive files older than --older-than DAYS (plan; --yes queues it)")};
    };
    record.argumentsOf = archiveArguments;
    record.run = [](const JobEnvironment &) -> JobFunction { return runArchiveJob; };
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
