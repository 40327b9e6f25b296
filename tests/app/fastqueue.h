#pragma once

// What the GUI tests that run a real job queue share: a queue that looks at its jobs ten
// times a second, so a test waits a fraction of a second for each step, not seconds.

#include "app/jobs/jobqueueservice.h"

#include <QString>

namespace qmtest {

/// Options of a JobQueueService on the jobs database at `databasePath`.
inline qm::JobQueueService::Options fastQueueOptions(const QString &databasePath)
{
    qm::JobQueueService::Options options;
    options.databasePath = databasePath;
    options.runnerPollMs = 100;
    options.storePollMs = 100;
    options.refreshDelayMs = 100;
    options.lockRetryMs = 300;
    return options;
}

} // namespace qmtest
