#pragma once

// Log rotation that loses nothing (docs/health.md, "Log rotation"): a log over its size or
// age is set aside under a dated name, compressed and read back before the uncompressed
// copy goes, the oldest rotations beyond the number kept move to the quarantine — and a log
// a process holds open is cut without losing what it writes meanwhile.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace qm {

struct FleetAccess;

/// How a rotated log is compressed.
enum class RotationCompression { Zstd, Gzip };

/// What to rotate, on this machine or a host of the fleet.
struct RotationRequest
{
    /// The config's name for the host the log is on; empty: this machine. On a host the
    /// host's own programs do the work over ssh (hostrotation.cpp): nothing is copied here.
    QString host;
    /// A log file, or a glob in its file name (`/var/log/miner-*.log`): each match is
    /// rotated on its own. Rotated copies (`NAME-yyyyMMdd-HHmmss.zst`) never match.
    QString path;
    double maxMegabytes = -1; ///< due when larger than this (10^6 bytes); -1: no size rule
    double maxAgeDays = -1;   ///< due when last rotated (or, never rotated, created) longer ago
    int keep = 7;             ///< rotations kept; older ones move to the quarantine
    RotationCompression compression = RotationCompression::Zstd;
    qint64 nowMs = -1; ///< -1: the clock
    /// Whether a log held open may be cut in place (FALLOC_FL_COLLAPSE_RANGE, where the
    /// filesystem has it); false: always copy then truncate. For tests of the fallback.
    bool allowCollapse = true;
};

/// How a log is set aside.
enum class RotationMethod {
    Rename,       ///< no process holds it open: renamed, whole lines, nothing can be lost
    Collapse,     ///< held open: copied, then its start cut off in place; nothing lost
    CopyTruncate, ///< held open, no in-place cut here: copied, then truncated
    Refused,      ///< held open by a writer without O_APPEND: a cut would leave a hole
};

/// "rename", "collapse", "copy-truncate", "refused".
QString rotationMethodKey(RotationMethod method);

/// One log of a plan.
struct RotationItem
{
    QString file;
    qint64 bytes = 0;
    qint64 modifiedMs = 0;
    bool due = false;
    QString reason; ///< why it is due or not, for a person
    RotationMethod method = RotationMethod::Rename;
    QStringList holders;  ///< "PID (command)" of the processes holding it open
    QString rotatedPath;  ///< FILE-yyyyMMdd-HHmmss.zst: what it becomes
    QStringList expiring; ///< rotations beyond `keep`, oldest first: to the quarantine
    QString guarantee;    ///< what the method promises about lines written meanwhile
};

/// What a rotation will do, for review before anything happens.
struct RotationPlan
{
    RotationRequest request;
    QList<RotationItem> items;
    /// Whether every process could be looked at for open files (not as another user's);
    /// when not, a log no process visibly holds is still cut as if held.
    bool holdersKnown = true;

    QJsonObject toJson() const;
    int dueCount() const;
};

/// Plans `request`: each matching regular file (links not followed), its size and age,
/// whether it is due, which processes hold it open (`/proc/*/fd` on Linux, `lsof` where
/// that is all there is) and so how it will be set aside, and which rotations it
/// already has beyond `keep`. Reads only. Nothing, with `*error`, for a path that matches
/// nothing or a rule without a size or an age.
///
/// A host's log (`request.host`) is looked at over ssh with `fleet`: one command lists the
/// matching files, their rotations, the processes holding them (`/proc/*/fd`, else `lsof`),
/// their filesystem and the host's zstd, gzip, fallocate and cmp. A host without the chosen
/// compressor or without cmp (no read-back is possible) is refused. `command` gets each
/// command line that ran; `*unreachable` is set when the host could not be reached.
std::optional<RotationPlan> planRotation(const RotationRequest &request, QString *error,
                                         const FleetAccess *fleet = nullptr,
                                         const std::atomic<bool> *cancel = nullptr,
                                         const std::function<void(const QString &)> &command = {},
                                         bool *unreachable = nullptr);

/// What a rotation did.
struct RotationResult
{
    bool ok = true;
    QStringList errors;      ///< one per log that failed, for a person
    int rotated = 0;         ///< logs set aside and compressed
    int moved = 0;           ///< old rotations moved to the quarantine
    qint64 bytesRotated = 0; ///< what was set aside
    qint64 bytesCompressed = 0;
    QStringList rotatedFiles; ///< the verified compressed files
};

/// Carries out the due items of `plan`, one log at a time, each checked again first (a
/// log that shrank below its rule or changed how it is held is left). Per log:
/// 1. set aside as planned: renamed to `FILE-STAMP` (Rename), or copied to it and then
///    its copied start cut off in place (Collapse: what was appended meanwhile stays in
///    the live file; the cut falls on a filesystem block, so a line crossing it goes on
///    in the live file) or truncated (CopyTruncate, after copying until the size held
///    still: lines written in the moment between the last copy and the cut are lost);
/// 2. compressed into `FILE-STAMP.zst` (or `.gz`), fsynced, read back and compared
///    before the uncompressed copy is removed;
/// 3. the rotations beyond `keep` moved into `FOLDER/.quartermaster-quarantine/RUN/`.
/// A failure leaves the log and every copy it made where they are, says so, and goes on
/// with the next log. `log` gets a line per step.
///
/// On a host (`plan.request.host`, reached with `fleet`) each log is one ssh command of the
/// same steps with the host's programs: `mv` (through a hard link, so nothing is replaced),
/// `head -c` then `fallocate --collapse-range`, or a copy until the size holds still then a
/// truncate; `zstd -3` or `gzip`, synced, then decompressed and compared with `cmp` before the
/// uncompressed copy goes; old rotations moved into the folder's quarantine there.
RotationResult executeRotation(const RotationPlan &plan, const std::atomic<bool> *cancel,
                               const std::function<void(const QString &)> &log,
                               const FleetAccess *fleet = nullptr);

/// Whether `name` is a rotation of a log named `logName` (`logName-yyyyMMdd-HHmmss` with
/// `.zst` or `.gz`, or without while being compressed).
bool isRotationOf(const QString &name, const QString &logName);

} // namespace qm
