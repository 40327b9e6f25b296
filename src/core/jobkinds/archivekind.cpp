// The archive kind: old files into a verified .tar.zst / .tar.gz, the originals to the
// trash (src/core/archive/).

#include "archive/archivejob.h"
#include "jobkindcatalogue.h"
#include "kindtext.h"
#include "safety/protectedroots.h"

#include <QCoreApplication>

namespace qm {

namespace {

// The strings keep the contexts they were translated under (the Jobs page's list and
// qmctl jobs).
class TitleText
{
    Q_DECLARE_TR_FUNCTIONS(qm::JobsModel)
};

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::cli::Jobs)
};

// The details keep the context they were translated under (the Jobs page's details).
class DetailsText
{
    Q_DECLARE_TR_FUNCTIONS(qm::JobDetails)
};

JobFromArguments archiveFromArguments(const QStringList &words, const JobKindOptions &options,
                                      const JobEnvironment &)
{
    if (words.size() != 1 || options.olderThanDays < 0)
        return JobFromArguments::refused(
            JobRefusal::BadArguments,
            Text::tr("give ROOT and --older-than DAYS: add archive ROOT --older-than "
                     "DAYS [--format zst|gz]"));
    ArchiveRequest request;
    request.root = words.first();
    request.olderThanDays = options.olderThanDays;
    request.allowProtectedRoot = options.allowProtectedRoot;
    if (!options.archiveFormat.isEmpty()) {
        const std::optional<ArchiveFormat> format = archiveFormatFromKey(options.archiveFormat);
        if (!format)
            return JobFromArguments::refused(
                JobRefusal::BadArguments,
                Text::tr("--format is zst or gz, not “%1”").arg(options.archiveFormat));
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

std::optional<JobFields> archiveFields(const JobSpec &spec, QString *error)
{
    const std::optional<ArchiveRequest> request = archiveRequestFrom(spec.parameters, error);
    if (!request)
        return std::nullopt;
    return JobFields{{DetailsText::tr("Root"), request->root},
                     {DetailsText::tr("Older than"), kindtext::ageText(request->olderThanDays)},
                     {DetailsText::tr("Format"), archiveFormatKey(request->format)},
                     {DetailsText::tr("Destination"),
                      request->outputDirectory.isEmpty()
                          ? DetailsText::tr("%1/archives (beside the files)").arg(request->root)
                          : request->outputDirectory},
                     {DetailsText::tr("Originals"), DetailsText::tr("moved to the trash once the "
                                                                    "archive is verified")}};
}

} // namespace

JobKindRecord archiveJobKind()
{
    JobKindRecord record;
    record.kind = JobKind::Archive;
    record.title = [] { return TitleText::tr("Archive"); };
    record.fromArguments = archiveFromArguments;
    record.run = [](const JobEnvironment &) -> JobFunction { return runArchiveJob; };
    record.describePlan = [](const QJsonObject &json, int maxListed,
                             QString *error) -> std::optional<QStringList> {
        if (const std::optional<ArchivePlan> plan = ArchivePlan::fromJson(json, error))
            return describeArchivePlan(*plan, maxListed);
        return std::nullopt;
    };
    record.describeParameters = archiveFields;
    // Its bytes count once written and once checked.
    record.amountLabel = [](const JobSpec &) { return DetailsText::tr("Written and verified"); };
    // It removes originals: one attempt, and a person looks at what went wrong.
    record.retriable = false;
    return record;
}

} // namespace qm
