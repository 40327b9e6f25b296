#include "jobkindcatalogue.h"

#include "core/jobs/jobrunner.h"

#include <QSet>

#include <utility>

namespace qm {

// The record of each standard kind, defined in its own file beside this one.
JobKindRecord syncJobKindRecord();
JobKindRecord archiveJobKindRecord();
JobKindRecord cleanupJobKindRecord();
JobKindRecord probeJobKindRecord();
JobKindRecord replicationJobKindRecord();
JobKindRecord logRetentionJobKindRecord();
JobKindRecord orphansCleanJobKindRecord();
JobKindRecord orphansLifecycleJobKindRecord();
JobKindRecord locationListingJobKindRecord();
JobKindRecord logRotateJobKindRecord();
JobKindRecord daemonJobKindRecord();

const JobKindCatalogue &standardJobKinds()
{
    // The registration of every kind, in the order people see them listed.
    static const JobKindCatalogue catalogue = [] {
        QString error;
        std::optional<JobKindCatalogue> made = JobKindCatalogue::fromRecords(
            {
                syncJobKindRecord(),
                archiveJobKindRecord(),
                cleanupJobKindRecord(),
                probeJobKindRecord(),
                replicationJobKindRecord(),
                logRetentionJobKindRecord(),
                orphansCleanJobKindRecord(),
                orphansLifecycleJobKindRecord(),
                locationListingJobKindRecord(),
                logRotateJobKindRecord(),
                daemonJobKindRecord(),
            },
            &error);
        if (!made)
            qFatal("the standard job kinds: %s", qPrintable(error));
        return std::move(*made);
    }();
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

std::optional<JobKindCatalogue> JobKindCatalogue::fromRecords(QList<JobKindRecord> records,
                                                              QString *error)
{
    // Not translated: a mistake in the code, never a person's.
    QSet<JobKind> seen;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const JobKind &kind = records[i].kind;
        if (kind.isNull()) {
            *error = QStringLiteral("job kind record %1 has no key").arg(i + 1);
            return std::nullopt;
        }
        if (seen.contains(kind)) {
            *error = QStringLiteral("two job kind records have the key '%1'").arg(kind.key());
            return std::nullopt;
        }
        if (records[i].fromArguments && !records[i].usage) {
            *error = QStringLiteral("job kind '%1' is built from arguments but has no usage")
                         .arg(kind.key());
            return std::nullopt;
        }
        seen.insert(kind);
    }
    return JobKindCatalogue(std::move(records));
}

const JobKindRecord *JobKindCatalogue::find(const JobKind &kind) const
{
    for (const JobKindRecord &record : m_records) {
        if (record.kind == kind)
            return &record;
    }
    return nullptr;
}

const JobKindRecord *JobKindCatalogue::find(const QString &key) const
{
    return find(JobKind(key));
}

QString JobKindCatalogue::title(const JobKind &kind) const
{
    const JobKindRecord *record = find(kind);
    return record && record->title ? record->title() : kind.key();
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

QList<std::pair<QString, QString>> JobKindCatalogue::usages() const
{
    QList<std::pair<QString, QString>> lines;
    for (const JobKindRecord &record : m_records) {
        if (!record.fromArguments || !record.usage)
            continue;
        const JobKindUsage usage = record.usage();
        QString syntax = QStringLiteral("jobs add ") + record.key();
        if (!usage.words.isEmpty())
            syntax += QLatin1Char(' ') + usage.words;
        lines.append({syntax, usage.summary});
    }
    return lines;
}

std::optional<JobArguments> JobKindCatalogue::argumentsOf(const JobSpec &spec) const
{
    const JobKindRecord *record = find(spec.kind);
    if (!record || !record->argumentsOf)
        return std::nullopt;
    return record->argumentsOf(spec);
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

std::optional<QStringList> JobKindCatalogue::describePlan(const JobKind &kind,
                                                          const QJsonObject &plan, int maxListed,
                                                          QString *error) const
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

QString JobKindCatalogue::target(const JobSpec &spec) const
{
    const JobKindRecord *record = find(spec.kind);
    return jobTarget(spec, record ? record->writes : JobWrites::ToDestination);
}

void JobKindCatalogue::setJobFunctions(JobRunner &runner, const JobEnvironment &environment) const
{
    for (const JobKindRecord &record : m_records) {
        runner.setJobWrites(record.kind, record.writes);
        if (record.run)
            runner.setJobFunction(record.kind, record.run(environment));
    }
}

void setStandardJobFunctions(JobRunner &runner, const JobEnvironment &environment)
{
    standardJobKinds().setJobFunctions(runner, environment);
}

} // namespace qm
