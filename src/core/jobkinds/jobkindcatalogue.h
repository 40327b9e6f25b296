#pragma once

// The catalogue of job kinds: one record per kind says everything the queue, the app
// and qmctl need to know of it — its key and title, how its job is built from
// arguments, how it runs, how its plan reads for a person, whether it is retried and
// whether it may be scheduled. It sits above jobs/ and the kinds' own folders; the
// app and qmctl read it instead of switching over JobKind.

#include "core/jobkinds/jobkinds.h"
#include "core/jobs/jobcontext.h"
#include "core/jobs/jobs.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

namespace qm {

class JobRunner;

/// The options a job is built from (`qmctl jobs add KIND …` and `jobs schedule add`);
/// each kind reads the ones it takes and ignores the rest.
struct JobKindOptions
{
    bool deleting = false;  ///< sync: delete extraneous files at the destination
    qint64 maxDelete = -1;  ///< sync --delete: at most so many; -1: not given
    bool push = false;      ///< sync: the source host runs it
    int olderThanDays = -1; ///< archive, cleanup; -1: not given
    QString archiveFormat;  ///< archive: "zst" or "gz"; empty: not given
    QStringList patterns;   ///< cleanup: name patterns
    bool emptyQuarantine = false;
    QString allowProtectedRoot; ///< the one protected root this job may touch; empty: none
};

/// A job built from arguments: its spec and, for one that removes anything, the plan
/// it would carry out now and that plan for a person.
struct PreparedJob
{
    JobSpec spec;
    QJsonObject plan;
    QStringList description;
};

/// Why arguments made no job.
enum class JobRefusal {
    BadArguments,     ///< missing, malformed or refused arguments (a protected root)
    NotPlanned,       ///< the plan could not be made (a host not reached, a read error)
    PlanExceedsLimit, ///< the plan goes beyond a limit the arguments set (--max-delete)
};

/// What building a job from arguments gave: the job, or why there is none.
struct JobFromArguments
{
    std::optional<PreparedJob> job;
    JobRefusal refusal = JobRefusal::BadArguments; ///< when there is no job
    QString error;                                 ///< when there is no job, for a person
    QStringList details; ///< lines to show after `error` (the plan that went too far)

    static JobFromArguments refused(JobRefusal refusal, const QString &error,
                                    const QStringList &details = {});
};

/// A job's parameters as a form: label and value for a person.
using JobFields = QList<std::pair<QString, QString>>;

/// Everything about one job kind.
struct JobKindRecord
{
    JobKind kind = JobKind::Probe;
    /// Its name for people, translated ("Sync").
    std::function<QString()> title;
    /// Builds its job from the words after the kind (`SRC DEST`, `ROOT`, `[HOST]`) and
    /// the options, planning one that removes anything; empty for a kind that is not
    /// built from arguments (a replication measurement comes from the Replication page).
    std::function<JobFromArguments(const QStringList &words, const JobKindOptions &options,
                                   const JobEnvironment &environment)>
        fromArguments;
    /// The code that runs one attempt of its jobs in `environment`.
    std::function<JobFunction(const JobEnvironment &environment)> run;
    /// A saved plan for a person, listing at most `maxListed` files (-1: all); nothing,
    /// with `error` set, when the plan cannot be read. Empty for a kind without plans.
    std::function<std::optional<QStringList>(const QJsonObject &plan, int maxListed,
                                             QString *error)>
        describePlan;
    /// A job's parameters as a form for a person (a sync's source, destination and
    /// deletion cap); nothing, with `error` set, when they cannot be read. Empty: they
    /// are shown as stored.
    std::function<std::optional<JobFields>(const JobSpec &spec, QString *error)> describeParameters;
    /// What the bytes of a job's progress are, for a person ("Copied"); empty (or no
    /// function): the app says "Done".
    std::function<QString(const JobSpec &spec)> amountLabel;
    /// Whether its jobs are tried again after a transient failure (a destructive job
    /// never is, whatever its kind): a kind that is not gets one attempt per job.
    bool retriable = true;
    /// Why `spec` may not be scheduled, for a person; empty (or no function): it may.
    std::function<QString(const JobSpec &spec)> scheduleRefusal;

    /// The stable name stored in the database and typed to qmctl ("sync").
    QString key() const { return jobKindKey(kind); }
};

/// The records of every job kind, in the order they are listed to people.
class JobKindCatalogue
{
public:
    explicit JobKindCatalogue(QList<JobKindRecord> records);

    const QList<JobKindRecord> &records() const { return m_records; }
    /// The record of `kind` or of `key`; null when there is none.
    const JobKindRecord *find(JobKind kind) const;
    const JobKindRecord *find(const QString &key) const;

    /// The kind's title; its key when the catalogue has no record of it.
    QString title(JobKind kind) const;
    /// The keys of the kinds built from arguments (`qmctl jobs add KIND`).
    QStringList keysBuiltFromArguments() const;

    /// Builds a job of the kind named `key` from arguments; refused (BadArguments, with
    /// no error text) when no kind of that key is built from arguments. A kind that is
    /// not retriable gets one attempt.
    JobFromArguments fromArguments(const QString &key, const QStringList &words,
                                   const JobKindOptions &options,
                                   const JobEnvironment &environment) const;

    /// Why `spec` may not be scheduled ("a sync that deletes needs a reviewed dry run
    /// each time"); empty when it may. Every way of making a schedule asks this first.
    QString scheduleRefusal(const JobSpec &spec) const;

    /// `plan` of a job of `kind` for a person, as its kind describes it; nothing when
    /// the kind has no description (`error` left empty) or the plan cannot be read
    /// (`error` set).
    std::optional<QStringList> describePlan(JobKind kind, const QJsonObject &plan, int maxListed,
                                            QString *error) const;

    /// `spec`'s parameters as a form, as its kind describes them; nothing when the kind
    /// has no description (`error` left empty) or they cannot be read (`error` set).
    std::optional<JobFields> describeParameters(const JobSpec &spec, QString *error) const;
    /// What the bytes of `spec`'s progress are; empty when its kind does not say.
    QString amountLabel(const JobSpec &spec) const;

    /// Gives `runner` the code of every kind, to run in `environment`.
    void setJobFunctions(JobRunner &runner, const JobEnvironment &environment) const;

private:
    QList<JobKindRecord> m_records;
};

/// The standard kinds: sync, archive, cleanup, probe and replication, each recorded
/// in a file of its own (jobkinds/<kind>kind.cpp) and registered by one line in
/// standardJobKinds().
const JobKindCatalogue &standardJobKinds();

} // namespace qm
