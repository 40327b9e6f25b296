#include "volumereader.h"

#include "systemvolumes.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <thread>

namespace qm {

struct VolumeReader::StatJob
{
    std::mutex mutex;
    std::condition_variable finished;
    bool done = false;
    FilesystemStat result;
};

FilesystemStat statFilesystem(const QString &mountPoint)
{
    FilesystemStat stat;
    const QByteArray path = QFile::encodeName(mountPoint);
    struct statvfs vfs = {};
    if (::statvfs(path.constData(), &vfs) != 0) {
        stat.error = errno;
        return stat;
    }
    const auto fragment = qint64(vfs.f_frsize ? vfs.f_frsize : vfs.f_bsize);
    stat.totalBytes = qint64(vfs.f_blocks) * fragment;
    stat.freeBytes = qint64(vfs.f_bfree) * fragment;
    stat.availableBytes = qint64(vfs.f_bavail) * fragment;
    stat.readOnly = (vfs.f_flag & ST_RDONLY) != 0;
    struct stat node = {};
    if (::stat(path.constData(), &node) == 0)
        stat.isDirectory = S_ISDIR(node.st_mode);
    return stat;
}

void applyStat(Volume &volume, const FilesystemStat &stat)
{
    if (stat.error != 0) {
        volume.totalBytes = volume.usedBytes = volume.availableBytes = -1;
        const QString reason = QString::fromLocal8Bit(std::strerror(stat.error));
        if (stat.error == EACCES || stat.error == EPERM) {
            volume.state = Volume::State::AccessDenied;
#if defined(Q_OS_MACOS)
            volume.errorString =
                QCoreApplication::translate(
                    "qm::VolumeReader", "%1. macOS privacy controls may deny access: allow it in "
                                        "System Settings › Privacy & Security › Full Disk Access.")
                    .arg(reason);
#else
            volume.errorString = reason;
#endif
        } else {
            volume.state = Volume::State::Error;
            volume.errorString = reason;
        }
        return;
    }
    volume.state = Volume::State::Ok;
    volume.errorString.clear();
    volume.totalBytes = stat.totalBytes;
    // Negative when a filesystem reports more free than total blocks: clamp, as df does.
    volume.usedBytes = std::max<qint64>(0, stat.totalBytes - stat.freeBytes);
    volume.availableBytes = std::max<qint64>(0, stat.availableBytes);
    volume.readOnly = volume.readOnly || stat.readOnly;
}

VolumeReader::VolumeReader()
    : VolumeReader(Options{})
{}

VolumeReader::VolumeReader(Options options)
    : m_options(std::move(options))
{}

VolumeReader::~VolumeReader() = default;

std::shared_ptr<VolumeReader::StatJob> VolumeReader::startOrJoin(const QString &mountPoint)
{
    std::lock_guard lock(m_mutex);
    if (auto it = m_inFlight.constFind(mountPoint); it != m_inFlight.cend()) {
        // A stat from an earlier read that is still stuck: wait on it, do not pile up
        // threads. One that finished since is stale: start afresh.
        std::lock_guard jobLock((*it)->mutex);
        if (!(*it)->done)
            return *it;
    }
    auto job = std::make_shared<StatJob>();
    m_inFlight.insert(mountPoint, job);
    // Detached on purpose: a thread stuck in statvfs on a dead mount must not keep
    // the process from exiting. It owns its job through the shared pointer.
    std::thread([job, stat = m_options.stat, mountPoint] {
        FilesystemStat result = stat(mountPoint);
        std::lock_guard jobLock(job->mutex);
        job->result = result;
        job->done = true;
        job->finished.notify_all();
    }).detach();
    return job;
}

VolumeList VolumeReader::read(QString *error)
{
    QString tableError;
    QList<MountEntry> mounts = m_options.mountTable(&tableError);
    if (mounts.isEmpty()) {
        if (error)
            *error = tableError;
        return {};
    }
    // `/` is always shown. In a chroot or some sandboxes it is not a mount point of its
    // own (the mount table leaves out what lies outside the root): list it anyway, with
    // the figures of the filesystem that holds it.
    const bool hasRoot = std::any_of(mounts.cbegin(), mounts.cend(), [](const MountEntry &m) {
        return m.mountPoint == QLatin1String("/");
    });
    if (!hasRoot) {
        MountEntry root;
        root.mountPoint = QStringLiteral("/");
        mounts.prepend(root);
    }

    QList<std::shared_ptr<StatJob>> jobs;
    jobs.reserve(mounts.size());
    for (const MountEntry &mount : mounts)
        jobs.append(startOrJoin(mount.mountPoint));

    const auto deadline = std::chrono::steady_clock::now() + m_options.statTimeout;
    // Rounded up, for the message; computed apart (lupdate cannot parse it inline).
    const int timeoutSeconds = int((m_options.statTimeout.count() + 999) / 1000);
    VolumeList volumes;
    volumes.reserve(mounts.size());
    for (qsizetype i = 0; i < mounts.size(); ++i) {
        const MountEntry &mount = mounts[i];
        Volume volume;
        volume.mountPoint = mount.mountPoint;
        volume.device = mount.device;
        volume.fsType = mount.fsType;
        volume.readOnly = mount.readOnly;

        StatJob &job = *jobs[i];
        std::unique_lock jobLock(job.mutex);
        if (job.finished.wait_until(jobLock, deadline, [&job] { return job.done; })) {
            const FilesystemStat stat = job.result;
            jobLock.unlock();
            {
                std::lock_guard lock(m_mutex);
                if (m_inFlight.value(mount.mountPoint) == jobs[i])
                    m_inFlight.remove(mount.mountPoint);
            }
            applyStat(volume, stat);
            volume.systemReason = systemVolumeReason(mount, stat.isDirectory);
        } else {
            volume.state = Volume::State::NotResponding;
            volume.errorString = QCoreApplication::translate(
                "qm::VolumeReader",
                "The filesystem did not answer within %n second(s): a network mount whose "
                "server is unreachable?",
                nullptr, timeoutSeconds);
            volume.systemReason = systemVolumeReason(mount);
        }
        volume.system = !volume.systemReason.isEmpty();
        volumes.append(volume);
    }

    std::stable_sort(volumes.begin(), volumes.end(), [](const Volume &a, const Volume &b) {
        const bool aRoot = a.mountPoint == QLatin1String("/");
        const bool bRoot = b.mountPoint == QLatin1String("/");
        if (aRoot != bRoot)
            return aRoot;
        return a.mountPoint < b.mountPoint;
    });
    if (error)
        error->clear();
    return volumes;
}

} // namespace qm
