#pragma once

// The catalogue of job kinds: one record per kind says everything the queue, the app
// and qmctl need to know of it — its key and title, how its job is built from
// arguments, how it runs, how its plan reads for a person, whether it is retried and
// whether it may be scheduled. It sits above jobs/ and the kinds' own folders; the
// queue, the app and qmctl read it instead of asking which kind a job is.

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
    /// sync: run the dry run — its checks (source empty, external storage not mounted,
    /// destination over its threshold) and what it would copy — even when it deletes
    /// nothing, so the window shows it before queueing. qmctl queues such a sync at once.
    bool dryRunAlways = false;
    int olderThanHours = -1;  ///< logs-retention; -1: not given
    QString database;         ///< logs-retention: the logs database URI; empty: the embedded one
    int batchSize = -1;       ///< orphans-clean: keys a batch; -1: not given
    qint64 maxObjects = -1;   ///< orphans-clean: the most objects a run; -1: no cap
    qint64 maxBytes = -1;     ///< orphans-clean: the most planned bytes a run; -1: no cap
    double maxMegabytes = -1; ///< log-rotate: rotate over this size (10^6 bytes); -1: not given
    double maxAgeDays = -1;   ///< log-rotate: rotate when last rotated longer ago; -1: not given
    int keep = -1;            ///< log-rotate: rotations kept; -1: not given (7)
};

/// JobKindOptions::maxBytes for a size a person typed that does not read: refused, never
/// taken for "no cap".
inline constexpr qint64 kMaxBytesUnreadable = -2;

/// The words and options that build a job (`qmctl jobs add KIND words… options`).
struct JobArguments
{
    QStringList words;
    JobKindOptions options;
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

/// How a kind built from arguments is typed, for `qmctl --help`: `qmctl jobs add KEY
/// words`, and what that does (both translated).
struct JobKindUsage
{
    QString words;   ///< "SRC DEST"
    QString summary; ///< "Queue a sync (rsync, rclone); ..."
};

/// Everything about one job kind.
struct JobKindRecord
{
    /// Its constant (kSyncJobKind, beside its code): its key is what the queue stores and
    /// `qmctl jobs add` takes, and no two records of a catalogue share it.
    JobKind kind;
    /// Its name for people, translated ("Sync").
    std::function<QString()> title;
    /// Builds its job from the words after the kind (`SRC DEST`, `ROOT`, `[HOST]`) and
    /// the options, planning one that removes anything; empty for a kind that is not
    /// built from arguments (a replication measurement comes from the Replication page).
    std::function<JobFromArguments(const QStringList &words, const JobKindOptions &options,
                                   const JobEnvironment &environment)>
        fromArguments;
    /// Its line in qmctl's help; set whenever fromArguments is.
    std::function<JobKindUsage()> usage;
    /// The arguments fromArguments builds `spec` from again ("Run again with changes");
    /// nothing when they cannot say it (a cleanup of files chosen one by one).
    std::function<std::optional<JobArguments>(const JobSpec &spec)> argumentsOf;
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
    /// Where its jobs write: no two jobs whose targets overlap run at once (jobTarget()).
    JobWrites writes = JobWrites::ToDestination;
    /// Whether describeParameters already names the hosts a job reaches (a probe's
    /// "Hosts"), so that the Jobs page does not list them a second time.
    bool parametersNameHosts = false;

    /// The stable name stored in the database and typed to qmctl ("sync").
    const QString &key() const { return kind.key(); }
};

/// The records of every job kind, in the order they are listed to people.
class JobKindCatalogue
{
public:
    /// The catalogue of `records`, in their order; nothing, with `error` set, when one
    /// has no key or two share one (each key names one kind's jobs in the database), or
    /// one built from arguments has no usage for qmctl's help.
    static std::optional<JobKindCatalogue> fromRecords(QList<JobKindRecord> records,
                                                       QString *error);

    const QList<JobKindRecord> &records() const { return m_records; }
    /// The record of `kind` or of `key`; null when there is none (a job written by a
    /// newer Quartermaster, a key mistyped).
    const JobKindRecord *find(const JobKind &kind) const;
    const JobKindRecord *find(const QString &key) const;

    /// The kind's title; its key when the catalogue has no record of it.
    QString title(const JobKind &kind) const;
    /// The keys of the kinds built from arguments (`qmctl jobs add KIND`).
    QStringList keysBuiltFromArguments() const;
    /// Their help lines: `jobs add KEY words` and what it does, in the catalogue's order.
    QList<std::pair<QString, QString>> usages() const;

    /// Builds a job of the kind named `key` from arguments; refused (BadArguments, with
    /// no error text) when no kind of that key is built from arguments. A kind that is
    /// not retriable gets one attempt.
    JobFromArguments fromArguments(const QString &key, const QStringList &words,
                                   const JobKindOptions &options,
                                   const JobEnvironment &environment) const;

    /// The arguments that build `spec` again, as its kind reads them; nothing when its
    /// kind is not built from arguments or cannot say them.
    std::optional<JobArguments> argumentsOf(const JobSpec &spec) const;

    /// Why `spec` may not be scheduled ("a sync that deletes needs a reviewed dry run
    /// each time"); empty when it may. Every way of making a schedule asks this first.
    QString scheduleRefusal(const JobSpec &spec) const;

    /// `plan` of a job of `kind` for a person, as its kind describes it; nothing when
    /// the kind has no description (`error` left empty) or the plan cannot be read
    /// (`error` set).
    std::optional<QStringList> describePlan(const JobKind &kind, const QJsonObject &plan,
                                            int maxListed, QString *error) const;

    /// `spec`'s parameters as a form, as its kind describes them; nothing when the kind
    /// has no description (`error` left empty) or they cannot be read (`error` set).
    std::optional<JobFields> describeParameters(const JobSpec &spec, QString *error) const;
    /// What the bytes of `spec`'s progress are; empty when its kind does not say.
    QString amountLabel(const JobSpec &spec) const;
    /// What `spec` writes to, as its kind writes (jobTarget()); its destination when
    /// the catalogue has no record of its kind.
    QString target(const JobSpec &spec) const;

    /// Gives `runner` the code of every kind, to run in `environment`, and where each
    /// kind's jobs write.
    void setJobFunctions(JobRunner &runner, const JobEnvironment &environment) const;

private:
    explicit JobKindCatalogue(QList<JobKindRecord> records);

    QList<JobKindRecord> m_records;
};

/// The standard kinds: sync, archive, cleanup, probe, replication and log retention, each recorded
/// in a file of its own (jobkinds/<kind>kind.cpp) and registered by one line in
/// standardJobKinds(). Two records with one key stop the program at its first use: a
/// mistake no build may ship, found by every test that reads the catalogue.
const JobKindCatalogue &standardJobKinds();

} // namespace qm
