#pragma once

#include "output.h"

#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace qm::cli {

/// Runs qmctl with `arguments` (arguments[0] is the program name) and returns its exit
/// code (see ExitCode). All output goes through `output`.
int run(const QStringList &arguments, Output &output);

/// `qmctl volumes`: the volumes of this machine. `arguments` start with "volumes" (taken
/// as the program name by its parser).
int runVolumes(const QStringList &arguments, Output &output);

/// `qmctl config dump FILE`, `qmctl config set FILE HOST.KEY VALUE [--yes]`: fleet config
/// actions. `arguments` start with "config".
int runConfig(const QStringList &arguments, Output &output);

/// `qmctl check FILE...`: the config checker. `arguments` start with "check".
int runCheck(const QStringList &arguments, Output &output);

/// `qmctl health check KIND [options]`: one health check on this machine (docs/health.md).
/// `arguments` start with "health".
int runHealth(const QStringList &arguments, Output &output);

/// `qmctl daemons list|start|stop|restart`: the daemons that should run (docs/health.md).
/// `arguments` start with "daemons".
int runDaemons(const QStringList &arguments, Output &output);

/// `qmctl schedules HOST|local | --file FILE`: what runs when on a machine
/// (docs/health.md). `arguments` start with "schedules".
int runSchedules(const QStringList &arguments, Output &output);

/// `qmctl rotate PATH [--max-size MB] [--max-age-days N] [--keep N] [--compress zstd|gz]
/// [--yes]`: log rotation of this machine (docs/health.md). `arguments` start with "rotate".
int runRotate(const QStringList &arguments, Output &output);

/// `qmctl history import|forecast|export`: the probe history. `arguments` start with "history".
int runHistory(const QStringList &arguments, Output &output);

/// `qmctl jobs add|list|show|cancel|retry|run|schedule`: the job queue (add sync, archive,
/// cleanup or probe; schedule add|list|remove|enable|disable). `arguments` start with
/// "jobs".
int runJobs(const QStringList &arguments, Output &output);
/// `qmctl logs init|query|timeline|export|ingest|tail`: the fleet's system_logs table
/// (docs/logs.md). `arguments` start with "logs".
int runLogs(const QStringList &arguments, Output &output);
/// `qmctl metrics write --textfile-dir DIR`: the storage locations' gauges for
/// node_exporter's textfile collector (docs/orphans.md). `arguments` start with "metrics".
int runMetrics(const QStringList &arguments, Output &output);
/// `qmctl orphans scan|clean|quarantine`: what a bucket or folder holds that no
/// reference points at, its cleanup into the quarantine, and the quarantine
/// (docs/orphans.md). `arguments` start with "orphans".
int runOrphans(const QStringList &arguments, Output &output);
/// `qmctl ply info|render FILE`: reads a PLY file, or draws it into a PNG image. `arguments` start
/// with "ply".
int runPly(const QStringList &arguments, Output &output);
/// `qmctl samples list|clean --miner-dir DIR`: a miner's samples. `arguments` start with
/// "samples".
int runSamples(const QStringList &arguments, Output &output);
/// `qmctl replication --config FILE [--measure]`: each producer's receivers and, with
/// --measure, its files with fewer copies than replication_target. `arguments` start
/// with "replication".
int runReplication(const QStringList &arguments, Output &output);
/// `qmctl probe [HOST...]`: probes hosts now. `arguments` start with "probe".
int runProbe(const QStringList &arguments, Output &output);
/// `qmctl storage list|du`: the locations scanned so far, and what a bucket or folder
/// holds per prefix (docs/orphans.md). `arguments` start with "storage".
int runStorage(const QStringList &arguments, Output &output);
/// `qmctl space PATH|HOST:PATH [--depth N] [--top N]`: what uses the space under a
/// folder. `arguments` start with "space".
int runSpace(const QStringList &arguments, Output &output);

/// The common start of every command: adds -h/--help to `parser` and parses
/// `arguments` (arguments[0] is the command name). Returns an exit code when the
/// command is done already (usage error reported, or help printed), nothing otherwise.
std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments,
                                const QString &command, Output &output);

/// The exit-code section of the help texts.
QString exitCodesHelp();

/// The "Options:" part of `parser`'s help text, without its title: for the help of a
/// command with actions (`qmctl ply --help` lists the options of each action).
QString optionsHelp(const QCommandLineParser &parser);

} // namespace qm::cli
