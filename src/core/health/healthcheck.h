#pragma once

// Health checks that read what a machine writes: a success line within N hours, errors
// in the last minutes, a file or folder grown too large, data gone stale
// (docs/health.md). Each gives a state with its evidence, and never "ok" for what it
// could not read.

#include <QJsonObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace qm {

/// The kinds of check run on this machine's files.
enum class HealthCheckKind {
    LogSuccess, ///< a line matching the pattern within the last N hours
    LogErrors,  ///< at most K lines matching the pattern in the last N minutes (or lines)
    FileSize,   ///< a file at most N MB, or a folder at most N GB
    Freshness,  ///< the newest file under a folder at most N hours old
};

/// "log-success", "log-errors", "file-size", "freshness": the keys qmctl takes.
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
    QString file;             ///< LogSuccess, LogErrors, FileSize (a file)
    QString folder;           ///< FileSize (a folder), Freshness
    QString pattern;          ///< LogSuccess, LogErrors: a regular expression
    double hours = 24;        ///< LogSuccess: within; Freshness: the newest file's age at most
    int minutes = 60;         ///< LogErrors: the window
    int lastLines = -1;       ///< LogErrors: the last K lines instead of minutes (-1: minutes)
    int maxCount = 0;         ///< LogErrors: more matches than this is critical
    double maxMegabytes = -1; ///< FileSize (a file): 10^6 bytes
    double maxGigabytes = -1; ///< FileSize (a folder): 10^9 bytes
    qint64 maxTailBytes = qint64(64) << 20; ///< how much of a log's end is read
};

/// The state of a check at one time, with what it saw.
struct HealthResult
{
    QString name;
    HealthCheckKind kind = HealthCheckKind::LogSuccess;
    HealthState state = HealthState::Unknown;
    /// What was found: "ok", "missing", "rotated-away", "unreadable", "not-a-file",
    /// "binary" (the file), "no-match", "stale", "too-many", "too-large", "empty",
    /// "bad-pattern", "partial" (a log-errors window longer than the part of the log read).
    QString status;
    QString summary;      ///< one sentence for a person
    QStringList evidence; ///< matched lines with where they are, sizes, ages
    qint64 checkedAtMs = 0;
};

/// Runs `check` on this machine at `nowMs`. A pattern that is not a valid regular
/// expression, a missing or unreadable file and a folder that cannot be read are
/// Unknown with their status; nothing here throws or blocks on a FIFO.
HealthResult runHealthCheck(const HealthCheck &check, qint64 nowMs);

/// `result` as `qmctl health check --format json` prints it (docs/health.md).
QJsonObject healthResultJson(const HealthResult &result);

} // namespace qm
