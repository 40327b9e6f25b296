#pragma once

#include "core/cleanup/cleanup.h"

#include <QJsonObject>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace qm {

class SshTransport;

/// The folder at the top of a cleaned root on a host that remote cleanups move files
/// into. Being inside the root, it is on the same filesystem as every file the cleanup
/// removes (plans never cross into another filesystem), so a move is a rename: nothing
/// is copied, nothing can be half-moved. Walks of a root (local or remote) never enter it.
inline constexpr char kQuarantineFolderName[] = ".quartermaster-quarantine";

/// The name of one run's folder in the quarantine: the UTC time it was planned and a
/// random tag, "20261123T101500Z-5f3a09c2". A later emptying reads the time back.
QString quarantineRunFolder(qint64 nowMs);
/// The time (ms since the epoch) a run folder's name holds; nothing when it is not one.
std::optional<qint64> quarantineRunTime(const QString &runFolder);

/// A cleanup of a folder on a host, as planned and saved in its job.
struct RemoteCleanupPlan
{
    QString host; ///< the config's host name
    /// What to remove. `rule.root` is the folder as given; `canonicalRoot` the folder
    /// the paths are relative to, with every link resolved: the root when moving into
    /// the quarantine, the root's quarantine folder when emptying it.
    CleanupPlan plan;
    /// Moving: the run folder the files go into (quarantineRunFolder). Emptying: empty.
    QString runFolder;
    /// Emptying the quarantine: the items are files of run folders older than
    /// `plan.rule.olderThanDays` (by the time in their names), deleted for good.
    bool emptying = false;
    /// Whether the host's find has -printf (GNU); else its stat says which flavour.
    bool gnuStat = true;

    QJsonObject toJson() const;
    static std::optional<RemoteCleanupPlan> fromJson(const QJsonObject &object, QString *error);
};

/// Plans a cleanup of `rule.root` on the host `ssh` reaches: lists its regular files
/// with `find -xdev` (never following a link, never entering another filesystem, a trash
/// or the quarantine folder) and keeps those `rule` selects, as the local planner
/// does. With `emptying`, lists the quarantine's run folders older than
/// `rule.olderThanDays` instead (patterns are refused then). Blocking; `command` gets
/// each command line that ran. With `visit`, each file selected is handed to it as the
/// listing streams by and not kept (the plan's items stay empty, its total counts them):
/// a listing of any size in constant memory.
std::optional<RemoteCleanupPlan>
planRemoteCleanup(const SshTransport &ssh, const QString &host, const CleanupRule &rule,
                  bool emptying, const QString &runFolder, const std::atomic<bool> *cancel,
                  QString *error, const std::function<void(const QString &)> &command = {},
                  const std::function<void(const CleanupItem &)> &visit = {});

/// What executeRemoteCleanup needs to act on items already known (an orphan plan's)
/// in `root` on `host`, without listing it: the root with every link resolved and the
/// host's stat flavour; no items. Nothing, with `*error`, when the host does not answer
/// or the folder does not resolve. Blocking.
std::optional<RemoteCleanupPlan> remoteCleanupTarget(const SshTransport &ssh, const QString &host,
                                                     const QString &root, const QString &runFolder,
                                                     const std::atomic<bool> *cancel,
                                                     QString *error);

/// Carries out a remote plan in batches, one ssh run each: a fixed POSIX sh script gets
/// the items as arguments and, for each, walks the folders from the root refusing any
/// link, checks that the file is still a regular file with the planned size and time on
/// the root's filesystem, and then moves it into the run folder of the quarantine (or,
/// when emptying, deletes it). Anything changed is kept; anything gone counts as done;
/// the root being moved or replaced stops the run before anything is touched. Same
/// limits, callbacks and result as executeCleanup (`callbacks.remove` is not used).
CleanupResult executeRemoteCleanup(const SshTransport &ssh, const RemoteCleanupPlan &plan,
                                   const CleanupLimits &limits, const CleanupCallbacks &callbacks,
                                   const std::function<void(const QString &)> &command = {});

} // namespace qm
