#include "mounttable.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#if defined(Q_OS_MACOS) || defined(Q_OS_FREEBSD) || defined(Q_OS_OPENBSD) || defined(Q_OS_NETBSD)
#include <sys/mount.h>
#include <sys/param.h>
#include <sys/ucred.h>
#define QM_HAVE_GETMNTINFO 1
#endif

#include <cerrno>
#include <cstring>

namespace qm {

namespace {

/// Decodes the octal escapes the kernel writes for space, tab, newline and backslash.
QString decodeMountField(QByteArrayView field)
{
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        const char c = field[i];
        if (c == '\\' && i + 3 < field.size()) {
            const char a = field[i + 1], b = field[i + 2], d = field[i + 3];
            const auto isOctal = [](char x) { return x >= '0' && x <= '7'; };
            if (isOctal(a) && isOctal(b) && isOctal(d)) {
                out.append(char(((a - '0') << 6) | ((b - '0') << 3) | (d - '0')));
                i += 3;
                continue;
            }
        }
        out.append(c);
    }
    return QString::fromUtf8(out);
}

QList<QByteArrayView> splitFields(QByteArrayView line)
{
    QList<QByteArrayView> fields;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        const bool separator = i == line.size() || line[i] == ' ' || line[i] == '\t';
        if (separator) {
            if (start >= 0)
                fields.append(line.sliced(start, i - start));
            start = -1;
        } else if (start < 0) {
            start = i;
        }
    }
    return fields;
}

bool hasOption(QByteArrayView options, QByteArrayView option)
{
    qsizetype start = 0;
    while (start <= options.size()) {
        qsizetype end = options.indexOf(',', start);
        if (end < 0)
            end = options.size();
        if (options.sliced(start, end - start) == option)
            return true;
        start = end + 1;
    }
    return false;
}

/// Keeps the last entry for each mount point, at the position of the first.
QList<MountEntry> collapseStackedMounts(const QList<MountEntry> &entries)
{
    QList<MountEntry> result;
    QHash<QString, qsizetype> indexByMountPoint;
    for (const MountEntry &entry : entries) {
        const auto it = indexByMountPoint.constFind(entry.mountPoint);
        if (it != indexByMountPoint.cend()) {
            result[*it] = entry;
        } else {
            indexByMountPoint.insert(entry.mountPoint, result.size());
            result.append(entry);
        }
    }
    return result;
}

} // namespace

QList<MountEntry> parseLinuxMountInfo(QByteArrayView text)
{
    // 36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw,errors=continue
    // (1)(2)(3)   (4)   (5)      (6)      (7...)  (-) (8)    (9)       (10)
    QList<MountEntry> entries;
    qsizetype lineStart = 0;
    while (lineStart < text.size()) {
        qsizetype lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QList<QByteArrayView> fields =
            splitFields(text.sliced(lineStart, lineEnd - lineStart));
        lineStart = lineEnd + 1;

        qsizetype separator = -1;
        for (qsizetype i = 6; i < fields.size(); ++i) {
            if (fields[i] == "-") {
                separator = i;
                break;
            }
        }
        if (fields.size() < 6 || separator < 0 || separator + 2 >= fields.size())
            continue;

        MountEntry entry;
        entry.mountPoint = decodeMountField(fields[4]);
        entry.fsType = decodeMountField(fields[separator + 1]);
        entry.device = decodeMountField(fields[separator + 2]);
        entry.readOnly = hasOption(fields[5], "ro");
        entry.bindMount = fields[3] != "/";
        if (entry.mountPoint.isEmpty() || !entry.mountPoint.startsWith(QLatin1Char('/')))
            continue;
        entries.append(entry);
    }
    return collapseStackedMounts(entries);
}

QList<MountEntry> readMountTable(QString *error)
{
#if defined(QM_HAVE_GETMNTINFO)
    struct statfs *mounts = nullptr;
    // MNT_NOWAIT: report what the kernel has cached, never ask a (possibly dead) server.
    const int count = getmntinfo(&mounts, MNT_NOWAIT);
    if (count <= 0) {
        if (error)
            *error =
                QCoreApplication::translate("qm::MountTable", "Cannot read the mount table: %1")
                    .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return {};
    }
    QList<MountEntry> entries;
    entries.reserve(count);
    for (int i = 0; i < count; ++i) {
        MountEntry entry;
        entry.mountPoint = QString::fromUtf8(mounts[i].f_mntonname);
        entry.device = QString::fromUtf8(mounts[i].f_mntfromname);
        entry.fsType = QString::fromUtf8(mounts[i].f_fstypename);
        entry.readOnly = (mounts[i].f_flags & MNT_RDONLY) != 0;
        entries.append(entry);
    }
    return collapseStackedMounts(entries);
#else
    QFile file(QStringLiteral("/proc/self/mountinfo"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error =
                QCoreApplication::translate("qm::MountTable", "Cannot read the mount table %1: %2")
                    .arg(file.fileName(), file.errorString());
        return {};
    }
    const QByteArray text = file.readAll();
    QList<MountEntry> entries = parseLinuxMountInfo(text);
    if (entries.isEmpty() && error)
        *error = QCoreApplication::translate("qm::MountTable", "The mount table %1 lists no mounts")
                     .arg(file.fileName());
    return entries;
#endif
}

} // namespace qm
