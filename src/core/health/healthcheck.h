#pragma once

// Health checks that read what a machine writes: a success line within N hours, errors
// in the last minutes, a file or folder grown too large, data gone stale
// (docs/health.md). Each gives a state with its evidence, and never "ok" for what it
// could not read.

#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace qm {

class HealthMachine;

/// The kinds of check, each run on this machine or a host of the fleet.
enum class HealthCheckKind {
    LogSuccess, ///< a line matching the pattern within the last N hours
    LogErrors,  ///< at most K lines matching the pattern in the last N minutes (or lines)
    FileSize,   ///< a file at most N MB, or a folder at most N GB
    Freshness,  ///< the newest file under a folder at most N hours old
    Process,    ///< a process whose command line matches the pattern is running
    Command,    ///< an argument vector exits 0 within its time limit
    Endpoint,   ///< a TCP connect or an HTTP GET from the machine answers
};

/// Every kind, in the order above.
QList<HealthCheckKind> healthCheckKinds();

/// "log-success", "log-errors", "file-size", "freshness", "process", "command",
/// "endpoint": the keys qmctl and the checks file take.
QString healthCheckKindKey(HealthCheckKind kind);
std::optional<HealthCheckKind> healthCheckKindFromKey(const QString &key);

/// How a check came out. Ordered: a higher value is worse, Unknown worst of all (what
/// could not be looked at is never taken for fine).
enum class HealthState { Ok, Warning, Critical, Unknown };
/// "ok", "warning", "critical", "unknown".
QString healthStateKey(HealthState state);

/// One check as a person set it up.
struct HealthCheck
{
    HealthCheckKind kind = HealthCheckKind::LogSuccess;
    QString name;             ///< empty: made from the kind and the file
    QString file;             ///< LogSuccess, LogErrors (a glob: the newest match), FileSize
    QString folder;           ///< FileSize (a folder), Freshness
    QString pattern;          ///< LogSuccess, LogErrors: a regular expression; Process: pgrep's
    QStringList command;      ///< Command: the argument vector
    QString url;              ///< Endpoint: an http or https URL to GET
    QString tcp;              ///< Endpoint: HOST:PORT to connect to instead
    int timeoutSeconds = 10;  ///< Command, Endpoint
    double hours = 24;        ///< LogSuccess: within; Freshness: the newest file's age at most
    int minutes = 60;         ///< LogErrors: the window
    int lastLines = -1;       ///< LogErrors: the last K lines instead of minutes (-1: minutes)
    int maxCount = 0;         ///< LogErrors: more matches than this is critical
    double maxMegabytes = -1; ///< FileSize (a file): 10^6 bytes
    double maxGigabytes = -1; ///< FileSize (a folder): 10^9 bytes
    qint64 maxTailBytes = qint64(64) << 20; ///< how much of a log's end is read

    friend bool operator==(const HealthCheck &, const HealthCheck &) = default;
};

/// The state of a check at one time, with what it saw.
struct HealthResult
{
    QString name;
    QString host; ///< the config's name for the host it ran on; empty: this machine
    HealthCheckKind kind = HealthCheckKind::LogSuccess;
    HealthState state = HealthState::Unknown;
    /// What was found: "ok", "missing", "rotated-away", "unreadable", "not-a-file",
    /// "binary" (the file), "no-match", "stale", "too-many", "too-large", "empty",
    /// "bad-pattern", "partial" (a log-errors window longer than the part of the log read),
    /// "not-running", "failed", "timed-out", "cannot-run", "unreachable", "http-error",
    /// "host-unreachable" (ssh could not reach the host), "bad-check" (a setting missing).
    QString status;
    QString summary;      ///< one sentence for a person
    QStringList evidence; ///< matched lines with where they are, sizes, ages
    qint64 checkedAtMs = 0;
};

/// Runs `check` on `machine` at `nowMs`: as below, and Unknown ("host-unreachable")
/// when the host cannot be reached.
HealthResult runHealthCheck(const HealthCheck &check, qint64 nowMs, HealthMachine &machine);

/// Why `check` cannot run as set up (a setting its kind needs is missing or wrong), for
/// a person; empty when it can.
QString healthCheckProblem(const HealthCheck &check);

/// The name a check without one is shown by: its kind and what it looks at.
QString healthCheckDisplayName(const HealthCheck &check);

/// Runs `check` on this machine at `nowMs`. A pattern that is not a valid regular
/// expression, a missing or unreadable file and a folder that cannot be read are
/// Unknown with their status; nothing here throws or blocks on a FIFO.
HealthResult runHealthCheck(const HealthCheck &check, qint64 nowMs);

/// `result` as `qmctl health check --format json` prints it (docs/health.md).
QJsonObject healthResultJson(const HealthResult &result);

} // namespace qm
