#pragma once

#include "config/fleetconfig.h"
#include "jobs/jobcontext.h"
#include "probes/remotecommand.h"

#include <memory>

namespace qm {

class JobRunner;

/// What the standard job kinds need: the fleet config (may be null), how to run ssh,
/// and the history that probe jobs record into.
struct JobEnvironment
{
    std::shared_ptr<const FleetConfig> config;
    SshOptions ssh;
    QString historyPath; ///< empty: probe jobs record nothing
};

/// Gives `runner` the code of every job kind: sync (rsync, rclone), archive, cleanup
/// (local to the trash, remote to the quarantine) and probe.
void setStandardJobFunctions(JobRunner &runner, const JobEnvironment &environment);

/// The job that refreshes `host` (empty: every host of the config and this machine).
JobSpec probeJobSpec(const QString &host);

/// One attempt of a probe job: probes, records into the history, logs a line per host.
/// Fails (transiently) when a host could not be reached.
JobOutcome runProbeJob(JobContext &context, const JobEnvironment &environment);

} // namespace qm
