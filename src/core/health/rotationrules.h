#pragma once

// The rules a log rotation decides by, the same for this machine's logs and a host's
// (logrotation.cpp, hostrotation.cpp): what a log is, whether it is due, how it is set
// aside, what it becomes and which rotations go. Internal to the rotation.

#include "core/health/logrotation.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace qm {

struct FleetAccess;

/// A process holding a log open.
struct RotationHolder
{
    qint64 pid = 0;
    QString command;
    bool append = true; ///< opened with O_APPEND (unknown: assumed)
};

/// What a look at one log found, on whichever machine it is.
struct LogFacts
{
    QString file;
    qint64 bytes = 0;
    qint64 modifiedMs = 0;
    qint64 bornMs = -1;      ///< when it was made; -1: not known
    QStringList namesBeside; ///< the names in its folder that begin with its name and a dash
    QStringList filesBeside; ///< those of them that are regular files (not links): rotations
    QList<RotationHolder> holders;
    bool holdersComplete = true; ///< every process could be looked at
    bool canCollapse = false;    ///< its filesystem can cut a file's start in place
};

/// Fills `item` for the log `facts` describes: due or not and why, how it is set aside,
/// what it becomes (a name not taken beside it), the rotations beyond `request.keep`.
void decideRotation(const RotationRequest &request, const LogFacts &facts, qint64 nowMs,
                    RotationItem *item);

/// Of the regular files a glob matched (full paths, sorted), the logs: none whose name is
/// a rotation's (`NAME-yyyyMMdd-HHmmss`, `.zst`, `.gz`), whether or not its log is still
/// there, and none being compressed (`.partial`).
QStringList rotationLogsAmong(const QStringList &matches);

/// The error for a log that is a symbolic link to `target`.
QString rotationRefusedLink(const QString &file, const QString &target);

/// What `method` promises about the lines written while it runs.
QString rotationGuarantee(RotationMethod method);

/// planRotation and executeRotation for a log on a host (hostrotation.cpp).
std::optional<RotationPlan> planHostRotation(const RotationRequest &request,
                                             const FleetAccess *fleet,
                                             const std::atomic<bool> *cancel,
                                             const std::function<void(const QString &)> &command,
                                             QString *error, bool *unreachable);
RotationResult executeHostRotation(const RotationPlan &plan, const FleetAccess *fleet,
                                   const std::atomic<bool> *cancel,
                                   const std::function<void(const QString &)> &log);

} // namespace qm
