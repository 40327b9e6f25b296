#include "jobkindcatalogue.h"

#include "core/jobs/jobrunner.h"

#include <utility>

namespace qm {

// The record of each standard kind, defined in its own file beside this one.
JobKindRecord syncJobKind();
JobKindRecord archiveJobKind();
JobKindRecord cleanupJobKind();
JobKindRecord probeJobKind();
JobKindRecord replicationJobKind();

const JobKindCatalogue &standardJobKinds()
{
    // The registration of every kind, in the order people see them listed.
    static const JobKindCatalogue catalogue({
        syncJobKind(),
        archiveJobKind(),
        cleanupJobKind(),
        probeJobKind(),
        replicationJobKind(),
    });
    return catalogue;
}

JobFromArguments JobFromArguments::refused(JobRefusal refusal, const QString &error,
                                           const QStringList &details)
{
    JobFromArguments result;
    result.refusal = refusal;
    result.error = error;
    result.details = details;
    return result;
}

JobKindCatalogue::JobKindCatalogue(QList<JobKindRecord> records)
    : m_records(std::move(records))
{}

const JobKindRecord *JobKindCatalogue::find(JobKind kind) const
{
    for (const JobKindRecord &record : m_records) {
        if (record.kind == kind)
            return &record;
    }
    return nullptr;
}

const JobKindRecord *JobKindCatalogue::find(const QString &key) const
{
    const std::optional<JobKind> kind = jobKindFromKey(key);
    return kind ? find(*kind) : nullptr;
}

QString JobKindCatalogue::title(JobKind kind) const
{
    const JobKindRecord *record = find(kind);
    return record && record->title ? record->title() : jobKindKey(kind);
}

QStringList JobKindCatalogue::keysBuiltFromArguments() const
{
    QStringList keys;
    for (const JobKindRecord &record : m_records) {
        if (record.fromArguments)
            keys.append(record.key());
    }
    return keys;
}

JobFromArguments JobKindCatalogue::fromArguments(const QString &key, const QStringList &words,
                                                 const JobKindOptions &options,
                                                 const JobEnvironment &environment) const
{
    const JobKindRecord *record = find(key);
    if (!record || !record->fromArguments)
        return JobFromArguments::refused(JobRefusal::BadArguments, QString());
    JobFromArguments result = record->fromArguments(words, options, environment);
    if (result.job && !record->retriable)
        result.job->spec.maxAttempts = 1;
    return result;
}

QString JobKindCatalogue::scheduleRefusal(const JobSpec &spec) const
{
    const JobKindRecord *record = find(spec.kind);
    return record && record->scheduleRefusal ? record->scheduleRefusal(spec) : QString();
}

std::optional<QStringList> JobKindCatalogue::describePlan(JobKind kind, const QJsonObject &plan,
                                                          int maxListed, QString *error) const
{
    error->clear();
    const JobKindRecord *record = find(kind);
    if (!record || !record->describePlan)
        return std::nullopt;
    return record->describePlan(plan, maxListed, error);
}

std::optional<JobFields> JobKindCatalogue::describeParameters(const JobSpec &spec,
                                                              QString *error) const
{
    error->clear();
    const JobKindRecord *record = find(spec.kind);
    if (!record || !record->describeParameters)
        return std::nullopt;
    return record->describeParameters(spec, error);
}

QString JobKindCatalogue::amountLabel(const JobSpec &spec) const
{
    const JobKindRecord *record = find(spec.kind);
    return record && record->amountLabel ? record->amountLabel(spec) : QString();
}

void JobKindCatalogue::setJobFunctions(JobRunner &runner, const JobEnvironment &environment) const
{
    for (const JobKindRecord &record : m_records) {
        if (record.run)
            runner.setJobFunction(record.kind, record.run(environment));
    }
}

void setStandardJobFunctions(JobRunner &runner, const JobEnvironment &environment)
{
    standardJobKinds().setJobFunctions(runner, environment);
}

} // namespace qm
