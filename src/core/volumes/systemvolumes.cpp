#include "systemvolumes.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <string_view>

namespace qm {

namespace {

constexpr std::array kKernelFilesystems = {
    std::string_view("proc"),       std::string_view("sysfs"),
    std::string_view("devtmpfs"),   std::string_view("devpts"),
    std::string_view("cgroup"),     std::string_view("cgroup2"),
    std::string_view("securityfs"), std::string_view("pstore"),
    std::string_view("bpf"),        std::string_view("debugfs"),
    std::string_view("tracefs"),    std::string_view("configfs"),
    std::string_view("fusectl"),    std::string_view("mqueue"),
    std::string_view("hugetlbfs"),  std::string_view("autofs"),
    std::string_view("binfmt_misc"), std::string_view("rpc_pipefs"),
    std::string_view("nsfs"),       std::string_view("efivarfs"),
    std::string_view("selinuxfs"),  std::string_view("rootfs"),
    std::string_view("devfs"),      std::string_view("fdesc"),
    std::string_view("procfs"),     std::string_view("linprocfs"),
    std::string_view("fuse.gvfsd-fuse"), std::string_view("fuse.portal"),
    std::string_view("fuse.lxcfs"), std::string_view("nfsd"),
};

bool isUnder(const QString &path, QLatin1StringView root)
{
    return path == root || (path.startsWith(root) && path.size() > root.size()
                            && path.at(root.size()) == QLatin1Char('/'));
}

bool isKernelFilesystem(const QString &fsType)
{
    const QByteArray type = fsType.toUtf8();
    return std::any_of(kKernelFilesystems.begin(), kKernelFilesystems.end(),
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
    if (isUnder(path, QLatin1StringView("/proc")) || isUnder(path, QLatin1StringView("/sys"))
        || isUnder(path, QLatin1StringView("/dev")))
        return reason(QT_TRANSLATE_NOOP("qm::SystemVolumes", "kernel or device filesystem"));
    if (entry.fsType == QLatin1String("tmpfs")
        && (isUnder(path, QLatin1StringView("/run")) || isUnder(path, QLatin1StringView("/var/run"))
            || isUnder(path, QLatin1StringView("/var/lock"))))
        return reason(QT_TRANSLATE_NOOP("qm::SystemVolumes", "runtime memory filesystem"));
    if (entry.fsType == QLatin1String("squashfs") && isUnder(path, QLatin1StringView("/snap")))
        return reason(QT_TRANSLATE_NOOP("qm::SystemVolumes", "snap package image"));
    if (entry.fsType == QLatin1String("overlay") || entry.fsType == QLatin1String("aufs"))
        return reason(QT_TRANSLATE_NOOP("qm::SystemVolumes", "container layer"));
    if (!mountPointIsDirectory)
        return reason(QT_TRANSLATE_NOOP("qm::SystemVolumes", "file bind mount"));
    // macOS: the sealed system volume is `/`; its helpers live under /System/Volumes,
    // except the Data volume that holds the user's files.
    if (isUnder(path, QLatin1StringView("/System/Volumes"))
        && path != QLatin1String("/System/Volumes/Data"))
        return reason(QT_TRANSLATE_NOOP("qm::SystemVolumes", "macOS system volume"));
    if (isUnder(path, QLatin1StringView("/private/var/vm")))
        return reason(QT_TRANSLATE_NOOP("qm::SystemVolumes", "macOS system volume"));
    return {};
}

} // namespace qm
