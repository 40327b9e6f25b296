#include "systemvolumes.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>
#include <string_view>

namespace qm {

namespace {

// Filesystems that hold no user data: kernel interfaces, device nodes, automounters.
constexpr std::string_view kKernelFilesystems[] = {
    "proc",      "sysfs",           "devtmpfs",    "devpts",     "cgroup",
    "cgroup2",   "securityfs",      "pstore",      "bpf",        "debugfs",
    "tracefs",   "configfs",        "fusectl",     "mqueue",     "hugetlbfs",
    "autofs",    "binfmt_misc",     "rpc_pipefs",  "nsfs",       "efivarfs",
    "selinuxfs", "rootfs",          "devfs",       "fdesc",      "procfs",
    "linprocfs", "fuse.gvfsd-fuse", "fuse.portal", "fuse.lxcfs", "nfsd",
};

bool isUnder(const QString &path, QLatin1StringView root)
{
    return path == root || (path.startsWith(root) && path.size() > root.size() &&
                            path.at(root.size()) == QLatin1Char('/'));
}

bool isKernelFilesystem(const QString &fsType)
{
    const QByteArray type = fsType.toUtf8();
    return std::any_of(std::begin(kKernelFilesystems), std::end(kKernelFilesystems),
                       [&](std::string_view known) {
                           return known == std::string_view(type.constData(), type.size());
                       });
}

QString reason(const char *text)
{
    return QCoreApplication::translate("qm::SystemVolumes", text);
}

} // namespace

QString systemVolumeReason(const MountEntry &entry, bool mountPointIsDirectory)
{
    const QString &path = entry.mountPoint;
    if (path == QLatin1String("/"))
        return {};

    if (isKernelFilesystem(entry.fsType))
        return reason(QT_TRANSLATE_NOOP("qm::SystemVolumes", "kernel pseudo-filesystem"));
    if (isUnder(path, QLatin1StringView("/proc")) || isUnder(path, QLatin1StringView("/sys")) ||
        isUnder(path, QLatin1StringView("/dev")))
        return reason(QT_TRANSLATE_NOOP("qm::SystemVolumes", "kernel or device filesystem"));
    if (entry.fsType == QLatin1String("tmpfs") &&
        (isUnder(path, QLatin1StringView("/run")) || isUnder(path, QLatin1StringView("/var/run")) ||
         isUnder(path, QLatin1StringView("/var/lock"))))
        return reason(QT_TRANSLATE_NOOP("qm::SystemVolumes", "runtime memory filesystem"));
    if (entry.fsType == QLatin1String("squashfs") && isUnder(path, QLatin1StringView("/snap")))
        return reason(QT_TRANSLATE_NOOP("qm::SystemVolumes", "snap package image"));
    if (entry.fsType == QLatin1String("overlay") || entry.fsType == QLatin1String("aufs"))
        return reason(QT_TRANSLATE_NOOP("qm::SystemVolumes", "container layer"));
    if (!mountPointIsDirectory)
        return reason(QT_TRANSLATE_NOOP("qm::SystemVolumes", "file bind mount"));
    // macOS: the sealed system volume is `/`; its helpers live under /System/Volumes,
    // except the Data volume that holds the user's files.
    if (isUnder(path, QLatin1StringView("/System/Volumes")) &&
        path != QLatin1String("/System/Volumes/Data"))
        return reason(QT_TRANSLATE_NOOP("qm::SystemVolumes", "macOS system volume"));
    if (isUnder(path, QLatin1StringView("/private/var/vm")))
        return reason(QT_TRANSLATE_NOOP("qm::SystemVolumes", "macOS system volume"));
    return {};
}

} // namespace qm
