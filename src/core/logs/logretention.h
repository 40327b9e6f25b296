#pragma once

// Retention of the `system_logs` table: the lines older than N hours deleted as a job of
// the queue — planned first (how many lines, the oldest and newest of them), then
// deleted in small batches that hold no lock for long, then checked (docs/logs.md).

#include "core/jobs/jobcontext.h"
#include "core/jobs/jobkind.h"
#include "core/jobs/jobs.h"
#include "core/logs/logstore.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace qm {

/// The kind of log retention jobs, by the key the queue stores them under.
inline const JobKind kLogRetentionJobKind{QStringLiteral("logs-retention")};

/// What a retention job deletes: the lines of `database` older than `olderThanHours`
/// before the plan was made.
struct LogRetentionRequest
{
    /// The database as its URI: `sqlite:/path` or `postgresql://…` with no password (a
    /// password is never kept in the queue; libpq finds it in ~/.pgpass or a service).
    QString database;
    int olderThanHours = -1;
};

/// Why `uri` cannot be kept in a job (it holds a password, names no database); empty
/// when it can.
QString logRetentionDatabaseProblem(const QString &uri);

JobSpec logRetentionJobSpec(const LogRetentionRequest &request);
/// The request a job's parameters hold; nothing, with *error, when they hold none.
std::optional<LogRetentionRequest> logRetentionRequestFrom(const QJsonObject &parameters,
                                                           QString *error);

/// The plan as the queue saves it, and back.
QJsonObject logRetentionPlanToJson(const LogRetentionPlan &plan);
std::optional<LogRetentionPlan> logRetentionPlanFromJson(const QJsonObject &json, QString *error);
/// The plan for a person: how many lines, older than when, the oldest and newest.
QStringList describeLogRetentionPlan(const LogRetentionPlan &plan);

/// The plan for `olderThanHours` at `nowUs` in `store` (the cutoff is fixed then: the
/// job deletes what is older than it, not older than N hours before it runs).
std::optional<LogRetentionPlan> planLogRetention(LogStore &store, int olderThanHours, qint64 nowUs,
                                                 QString *error);

/// How many lines a retention deletes per transaction.
inline constexpr int kLogRetentionBatch = 5000;

/// What a retention run did.
struct LogRetentionResult
{
    qint64 deleted = 0;
    qint64 remaining = 0; ///< lines older than the cutoff still there after it
    QString error;        ///< empty when every batch went through
    bool cancelled = false;
};

/// Deletes the lines older than `plan.cutoffUs`, `batch` at a time, each batch a
/// transaction of its own, until none is left; `progress` hears the lines deleted so far
/// after each batch, `cancel` is looked at between batches. Then counts what is left
/// older than the cutoff (a line written meanwhile with an old time is deleted too and
/// counted; what is left is none unless a batch failed or it was cancelled).
LogRetentionResult runLogRetention(LogStore &store, const LogRetentionPlan &plan, int batch,
                                   const std::function<void(qint64)> &progress = {},
                                   const std::atomic<bool> *cancel = nullptr);

/// One attempt of a retention job: opens the job's database, plans unless a plan was
/// saved, deletes, verifies and logs what it did.
JobOutcome runLogRetentionJob(JobContext &context);

} // namespace qm
