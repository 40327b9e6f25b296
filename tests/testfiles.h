#pragma once

// Small file helpers shared by the tests.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTest>

#include <cmath>
#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

namespace qm::test {

/// The whole content of `path`; empty when it cannot be read.
inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Replaces `path` with `bytes`; fails the running test when it cannot.
inline void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

/// The file type bits of `path` itself (a link is not followed); 0 when it is missing.
inline mode_t fileTypeOf(const QString &path)
{
    struct stat status = {};
    return ::lstat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_mode & S_IFMT : 0;
}

/// Makes a special file of `kind` at `path`: "fifo", "folder", "socket", "null device"
/// or "character device" (what `mknod mynull c 1 3` makes: the device /dev/null is),
/// "zero device". False when this system does not allow it (a device needs root).
inline bool makeSpecialFile(const QString &kind, const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    if (kind == QLatin1String("fifo"))
        return ::mkfifo(name.constData(), 0644) == 0;
    if (kind == QLatin1String("null device") || kind == QLatin1String("character device"))
        return ::mknod(name.constData(), S_IFCHR | 0666, makedev(1, 3)) == 0;
    if (kind == QLatin1String("zero device"))
        return ::mknod(name.constData(), S_IFCHR | 0666, makedev(1, 5)) == 0;
    if (kind == QLatin1String("folder"))
        return QDir().mkdir(path);
    if (kind == QLatin1String("socket")) {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address = {};
        address.sun_family = AF_UNIX;
        if (fd < 0 || size_t(name.size()) >= sizeof address.sun_path)
            return false;
        std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
        const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
        ::close(fd);
        return bound;
    }
    return false;
}

/// A small Gaussian-splat cloud of `count` splats (binary little-endian; position,
/// f_dc colour, opacity, three log scales: 40 bytes a splat), spread over a ring.
inline QByteArray splatPly(int count)
{
    QByteArray bytes =
        "ply\nformat binary_little_endian 1.0\nelement vertex " + QByteArray::number(count) + '\n';
    for (const char *name :
         {"x", "y", "z", "f_dc_0", "f_dc_1", "f_dc_2", "opacity", "scale_0", "scale_1", "scale_2"})
        bytes += QByteArray("property float ") + name + '\n';
    bytes += "end_header\n";
    const qsizetype header = bytes.size();
    bytes.resize(header + qsizetype(count) * 40);
    for (int i = 0; i < count; ++i) {
        const float t = float(i) * 0.37f;
        const float values[] = {std::cos(t) * 0.5f,
                                float(i % 17) / 17.0f - 0.5f,
                                std::sin(t) * 0.5f,
                                1.5f,
                                0.2f,
                                -0.5f,
                                2.0f,
                                -4.0f,
                                -4.0f,
                                -4.0f};
        std::memcpy(bytes.data() + header + qsizetype(i) * 40, values, sizeof(values));
    }
    return bytes;
}

} // namespace qm::test
