#pragma once

#include "core/jobs/jobs.h"

#include <QJsonObject>
#include <QString>

#include <atomic>
#include <functional>

namespace qm {

/// How an attempt ended, as the kind's code reports it.
struct JobOutcome
{
    JobState state = JobState::Succeeded; ///< Succeeded, Failed or Cancelled
    QString error;                        ///< why it failed, for a person
    /// The failure may pass by itself (a network error, a lock held elsewhere): the
    /// runner retries it with back-off unless the job is destructive.
    bool transient = false;

    static JobOutcome succeeded() { return {}; }
    static JobOutcome failed(const QString &why, bool transient = false)
    {
        return {JobState::Failed, why, transient};
    }
    static JobOutcome cancelled() { return {JobState::Cancelled, QString(), false}; }
};

/// What a job's code sees while it runs, in the worker thread the runner gave it: the
/// job, a cancel flag to hand to runProcess, and ways to record progress, the plan,
/// commands and log lines (each kept in the jobs database, through a connection of the
/// worker thread's own).
class JobContext
{
public:
    virtual ~JobContext() = default;

    virtual const Job &job() const = 0;
    /// Raised when the user cancels the job or the runner shuts down; pass it to
    /// ProcessRequest::cancel. Code between processes polls it.
    virtual const std::atomic<bool> *cancelFlag() const = 0;
    bool cancelled() const { return cancelFlag()->load(); }

    virtual qint64 nowMs() const = 0;
    /// Progress of this attempt; stored at most a few times a second.
    virtual void progress(const JobProgress &progress) = 0;
    /// Saves the plan before acting; an attempt that resumes finds it in job().plan.
    virtual bool savePlan(const QJsonObject &plan, QString *error) = 0;
    virtual void log(const QString &line) = 0;
    /// An external command exactly as run (displayCommandLine), before it runs.
    virtual void command(const QString &commandLine) = 0;
};

/// The code of one job kind: runs one attempt of a job to its end, in a worker thread.
/// It must be safe to run again on the same job (at-least-once).
using JobFunction = std::function<JobOutcome(JobContext &context)>;

} // namespace qm
