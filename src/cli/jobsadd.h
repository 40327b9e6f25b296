#pragma once

#include "jobs/jobkinds.h"
#include "jobs/jobstore.h"
#include "output.h"

#include <QStringList>

namespace qm::cli {

/// What `qmctl jobs` works with: the store, the config, ssh options.
struct JobsSession
{
    JobStore store;
    QString databasePath;
    JobEnvironment environment;
};

/// The options of `qmctl jobs add` (each form reads its own).
struct JobAddOptions
{
    bool yes = false; ///< queue a job that removes anything, after showing its plan
    bool deleting = false;
    qint64 maxDelete = -1; ///< -1: not given
    bool push = false;
    int olderThanDays = -1; ///< -1: not given
    QString archiveFormat;  ///< empty: not given
    QStringList patterns;
    bool emptyQuarantine = false;
};

/// `qmctl jobs add KIND …`; `positional` starts after "add".
int addJob(JobsSession &session, QStringList positional, const JobAddOptions &options,
           Output &output);

/// Queues `spec` (with `plan` saved, when given) and prints its id; warns when no
/// runner is there to run it.
int queueJob(JobsSession &session, const JobSpec &spec, const QJsonObject &plan, Output &output);

} // namespace qm::cli
