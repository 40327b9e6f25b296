#pragma once

#include "mounttable.h"
#include "volume.h"

#include <QHash>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>

namespace qm {

/// What statvfs(3) (and stat(2) of the mount point) says of one mounted filesystem.
struct FilesystemStat
{
    int error = 0; ///< errno of the failed call, 0 on success
    qint64 totalBytes = 0;
    qint64 freeBytes = 0;      ///< free blocks, including those reserved for root
    qint64 availableBytes = 0; ///< free blocks an unprivileged user may use
    bool readOnly = false;
    bool isDirectory = true;
};

/// statvfs + stat of `mountPoint`. May block indefinitely on a dead network mount:
/// call it only where that is contained (VolumeReader does).
FilesystemStat statFilesystem(const QString &mountPoint);

/// Reads the volumes of this machine: the mount table, then the figures of each mount.
///
/// Each mount is stat'ed on its own thread and waited for up to `statTimeout`, so one
/// dead network mount cannot stall the listing: it is reported as
/// Volume::State::NotResponding and the others come through. A stat that is still
/// stuck is not started again by the next read(), which waits on the same one, so a
/// dead mount costs one blocked thread, not one per refresh. The stuck thread is
/// detached: it never delays the exit of the process.
///
/// read() is blocking (bounded by the timeout) and thread-safe: call it from a worker
/// thread or from the command line, never from the GUI thread.
class VolumeReader
{
public:
    struct Options
    {
        std::chrono::milliseconds statTimeout{3000};
        /// Replaceable for tests (a stat that hangs, fails, or reports set figures).
        std::function<FilesystemStat(const QString &)> stat = statFilesystem;
        std::function<QList<MountEntry>(QString *)> mountTable = readMountTable;
    };

    VolumeReader();
    explicit VolumeReader(Options options);
    ~VolumeReader();
    VolumeReader(const VolumeReader &) = delete;
    VolumeReader &operator=(const VolumeReader &) = delete;

    /// All mounted volumes, `/` first, then by mount point; system volumes included
    /// and flagged (Volume::system). `/` is listed even when the mount table lacks it
    /// (a chroot), with an empty device and type. On a mount table that cannot be read, returns an
    /// empty list and sets `*error`.
    VolumeList read(QString *error = nullptr);

private:
    struct StatJob;
    std::shared_ptr<StatJob> startOrJoin(const QString &mountPoint);

    Options m_options;
    std::mutex m_mutex;
    QHash<QString, std::shared_ptr<StatJob>> m_inFlight;
};

/// Converts a stat result into the figures of `volume` (state, bytes, read-only).
void applyStat(Volume &volume, const FilesystemStat &stat);

} // namespace qm
