#pragma once

#include "core/config/fleetconfig.h"
#include "core/health/daemons.h"
#include "core/hosts/hostprobe.h"
#include "core/hosts/hostprober.h"
#include "core/hosts/probehost.h"
#include "core/jobs/jobcontext.h"
#include "core/remote/fleetaccess.h"
#include "core/replication/replicationjob.h"

#include <QDateTime>

#include <functional>
#include <memory>
#include <optional>

namespace qm {

class JobRunner;

/// What the standard job kinds need: how to reach the fleet (the FleetAccess it extends:
/// the config, may be null, and the ssh options; the programs are looked up when the
/// functions are set), the history that probe jobs record into, and — in the app — the
/// hosts as the Hosts page probes them and where the results of probes and measurements go.
struct JobEnvironment : FleetAccess
{
    QString historyPath; ///< empty: probe jobs record nothing
    /// The embedded logs database, the one a log retention job trims when it is given
    /// no other; empty: it must be given one.
    QString logsPath;
    /// node_exporter's textfile-collector folder the storage gauges are written to after
    /// a lifecycle job's scan (Settings::storageTextfileDirectory()); empty: none.
    QString storageTextfileDirectory;
    /// The hosts probe jobs probe (the app's, with its daemon rules, local data roots and
    /// node_exporter addresses); nothing: the config's, with the default daemon rules.
    std::optional<QList<ProbeHost>> probeHosts;
    /// The data categories probes measure; empty: the default ones.
    QList<DataCategory> probeCategories;
    /// The daemons that should run (Settings::daemons()), which daemon jobs act on.
    QList<DaemonSpec> daemons;
    /// Hears each probe of a probe job, in the job's worker thread, after it was recorded
    /// (`failingSince`: when the host began failing, from the history, or invalid).
    std::function<void(const HostProbe &probe, const QDateTime &failingSince)> probed;
    /// Hears each route a replication job measured, in the job's worker thread.
    RouteMeasured routeMeasured;
};

/// Gives `runner` the code of every standard job kind (standardJobKinds(),
/// jobkindcatalogue.h): sync (rsync, rclone), archive, cleanup (local to the trash,
/// remote to the quarantine), probe and replication.
void setStandardJobFunctions(JobRunner &runner, const JobEnvironment &environment);

/// The kind of probe jobs, by the key the queue stores them under.
inline const JobKind kProbeJobKind{QStringLiteral("probe")};

/// The job that refreshes `host` (empty: every host of the config and this machine).
JobSpec probeJobSpec(const QString &host);

/// One attempt of a probe job: probes, records into the history, logs a line per host.
/// Fails when a host could not be reached: transiently (retried) unless every failure
/// is final (probeFailureIsFinal(): `.invalid` names, keys a person must see to).
JobOutcome runProbeJob(JobContext &context, const JobEnvironment &environment);

} // namespace qm
