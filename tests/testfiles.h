#pragma once

// Small file helpers shared by the tests.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTest>

#include <cmath>
#include <cstring>

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
