#include "plyfile.h"

#include "core/fsutil/inputfile.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <thread>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::PlyFile)
};

constexpr float kShC0 = 0.28209479f; // degree-0 spherical harmonic
/// Fixed-size vertex records from this many on are decoded by several threads.
constexpr qint64 kParallelRecords = 1 << 17;

bool fail(PlyError *error, qint64 offset, const QString &message)
{
    if (error)
        *error = {offset, message};
    return false;
}

QString shown(QByteArrayView token)
{
    return QString::fromUtf8(token.first(std::min<qsizetype>(token.size(), 64)));
}

/// a · b, or -1 when it overflows.
qint64 times(qint64 a, qint64 b)
{
    qint64 product = 0;
    return __builtin_mul_overflow(a, b, &product) ? -1 : product;
}

template <typename T>
T load(const char *at, bool bigEndian)
{
    T value;
    if (!bigEndian) {
        std::memcpy(&value, at, sizeof value);
        return value;
    }
    char swapped[sizeof(T)];
    for (size_t i = 0; i < sizeof(T); ++i)
        swapped[i] = at[sizeof(T) - 1 - i];
    std::memcpy(&value, swapped, sizeof value);
    return value;
}

double readBinary(const char *at, PlyType type, bool bigEndian)
{
    switch (type) {
    case PlyType::Int8:
        return load<qint8>(at, false);
    case PlyType::UInt8:
        return load<quint8>(at, false);
    case PlyType::Int16:
        return load<qint16>(at, bigEndian);
    case PlyType::UInt16:
        return load<quint16>(at, bigEndian);
    case PlyType::Int32:
        return load<qint32>(at, bigEndian);
    case PlyType::UInt32:
        return load<quint32>(at, bigEndian);
    case PlyType::Float32:
        return load<float>(at, bigEndian);
    case PlyType::Float64:
        return load<double>(at, bigEndian);
    }
    return 0;
}

/// A value in 0–1 from a colour or alpha channel of `type`: integers over their range,
/// floating point as is.
float channel(double value, PlyType type)
{
    switch (type) {
    case PlyType::UInt8:
        return float(value / 255.0);
    case PlyType::UInt16:
        return float(value / 65535.0);
    case PlyType::Int8:
        return float(value / 127.0);
    case PlyType::Int16:
        return float(value / 32767.0);
    case PlyType::Int32:
    case PlyType::UInt32:
        return float(value / 255.0); // as written by tools that store bytes in ints
    case PlyType::Float32:
    case PlyType::Float64:
        return float(value);
    }
    return float(value);
}

quint32 byteOf(float unit)
{
    if (!(unit > 0)) // NaN included
        return 0;
    return unit >= 1 ? 255u : quint32(unit * 255.0f + 0.5f);
}

/// Which properties of the vertex element the cloud is made of.
struct VertexLayout
{
    enum Slot {
        X,
        Y,
        Z,
        Dc0,
        Dc1,
        Dc2,
        Red,
        Green,
        Blue,
        Opacity,
        Alpha,
        Scale0,
        Scale1,
        Scale2,
        SlotCount
    };
    std::array<int, SlotCount> index;
    bool splatColour = false;
    bool plainColour = false;
    bool splatOpacity = false;
    bool plainAlpha = false;
    bool scale = false;

    explicit VertexLayout(const PlyElement &vertex)
    {
        static const char *const names[SlotCount] = {
            "x",     "y",    "z",       "f_dc_0", "f_dc_1",  "f_dc_2",  "red",
            "green", "blue", "opacity", "alpha",  "scale_0", "scale_1", "scale_2"};
        for (int slot = 0; slot < SlotCount; ++slot) {
            const int i = vertex.indexOf(QLatin1String(names[slot]));
            // A list where a number belongs is of no use.
            index[size_t(slot)] = i >= 0 && !vertex.properties[i].isList ? i : -1;
        }
        const auto has = [this](std::initializer_list<Slot> slots) {
            return std::all_of(slots.begin(), slots.end(),
                               [this](Slot s) { return index[size_t(s)] >= 0; });
        };
        splatColour = has({Dc0, Dc1, Dc2});
        plainColour = !splatColour && has({Red, Green, Blue});
        splatOpacity = has({Opacity});
        plainAlpha = !splatOpacity && has({Alpha});
        scale = has({Scale0, Scale1, Scale2});
    }
    bool hasPosition() const { return index[X] >= 0 && index[Y] >= 0 && index[Z] >= 0; }
};

/// Fills vertex `v` of `cloud` from `value(slot)`.
template <typename Value>
void store(SplatCloud *cloud, const VertexLayout &layout, const PlyElement &vertex, qint64 v,
           Value &&value)
{
    using S = VertexLayout;
    float *position = cloud->positions.data() + 3 * v;
    position[0] = float(value(S::X));
    position[1] = float(value(S::Y));
    position[2] = float(value(S::Z));
    if (layout.splatColour) {
        const auto c = [&](S::Slot slot) { return byteOf(0.5f + kShC0 * float(value(slot))); };
        cloud->colours[size_t(v)] = c(S::Dc0) << 16 | c(S::Dc1) << 8 | c(S::Dc2);
    } else if (layout.plainColour) {
        const auto c = [&](S::Slot slot) {
            return byteOf(channel(value(slot), vertex.properties[layout.index[slot]].type));
        };
        cloud->colours[size_t(v)] = c(S::Red) << 16 | c(S::Green) << 8 | c(S::Blue);
    }
    if (layout.splatOpacity)
        cloud->alphas[size_t(v)] = 1.0f / (1.0f + std::exp(-float(value(S::Opacity))));
    else if (layout.plainAlpha)
        cloud->alphas[size_t(v)] = std::clamp(
            channel(value(S::Alpha), vertex.properties[layout.index[S::Alpha]].type), 0.0f, 1.0f);
    if (layout.scale) // the radius of the sphere of the same volume
        cloud->scales[size_t(v)] =
            std::exp(float(value(S::Scale0) + value(S::Scale1) + value(S::Scale2)) / 3.0f);
}

/// Walks ASCII tokens.
class AsciiCursor
{
public:
    AsciiCursor(QByteArrayView file, qint64 offset)
        : m_file(file)
        , m_at(offset)
    {}

    qint64 offset() const { return m_at; }
    /// The next token, or an empty view at the end.
    QByteArrayView next()
    {
        while (m_at < m_file.size() && isSpace(m_file[m_at]))
            ++m_at;
        const qint64 start = m_at;
        while (m_at < m_file.size() && !isSpace(m_file[m_at]))
            ++m_at;
        m_tokenStart = start;
        return m_file.sliced(start, m_at - start);
    }
    qint64 tokenStart() const { return m_tokenStart; }

private:
    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
    QByteArrayView m_file;
    qint64 m_at;
    qint64 m_tokenStart = 0;
};

std::optional<double> number(QByteArrayView token)
{
    double value = 0;
    const char *end = token.data() + token.size();
    const auto [ptr, ec] = std::from_chars(token.data(), end, value);
    if (ec != std::errc() || ptr != end)
        return std::nullopt;
    return value;
}

QString recordContext(const PlyElement &element, qint64 record)
{
    return Text::tr("record %1 of %2 of element %3")
        .arg(record + 1)
        .arg(element.count)
        .arg(element.name);
}

} // namespace

namespace {

/// The bytes being decoded: the whole file in memory, or an open file read a block at
/// a time, so that a file cut short while it is read is an error, never a SIGBUS.
struct PlyBytes
{
    QByteArrayView memory;           ///< the whole file, when it is in memory
    const InputFile *file = nullptr; ///< else read from here
    qint64 size = 0;
};

/// Records per block read from a file: about a megabyte, read and decoded while hot in
/// the cache.
constexpr qint64 kBlockBytes = 1 << 20;

std::optional<SplatCloud> decodeVertices(const PlyBytes &source, const PlyHeader &header,
                                         PlyError *error, const std::atomic<bool> *cancel)
{
    const QByteArrayView file = source.memory;
    const PlyElement *vertex = header.vertex();
    if (!vertex) {
        fail(error, header.dataOffset, Text::tr("the file has no vertex element"));
        return std::nullopt;
    }
    const VertexLayout layout(*vertex);
    if (!layout.hasPosition()) {
        fail(error, header.dataOffset, Text::tr("the vertices have no x, y and z"));
        return std::nullopt;
    }
    if (source.file) {
        // Records of a fixed size up to the vertices are read a block at a time; any
        // other file (ASCII, lists on the way) is read whole first.
        bool blockwise = header.format != PlyFormat::Ascii;
        for (const PlyElement &element : header.elements) {
            blockwise = blockwise && element.recordBytes() >= 0;
            if (&element == vertex)
                break;
        }
        if (!blockwise) {
            QString message;
            const std::optional<QByteArray> whole = source.file->readAll(source.size, &message);
            if (!whole) {
                fail(error, 0, message);
                return std::nullopt;
            }
            return decodeVertices({*whole, nullptr, whole->size()}, header, error, cancel);
        }
    }
    SplatCloud cloud;
    const auto count = size_t(vertex->count);
    cloud.positions.resize(3 * count);
    if (layout.splatColour || layout.plainColour)
        cloud.colours.resize(count);
    if (layout.splatOpacity || layout.plainAlpha)
        cloud.alphas.resize(count);
    if (layout.scale)
        cloud.scales.resize(count);
    cloud.isGaussianSplat = layout.splatColour && layout.splatOpacity && layout.scale &&
                            vertex->indexOf(QStringLiteral("rot_0")) >= 0 &&
                            vertex->indexOf(QStringLiteral("rot_3")) >= 0;
    const auto cancelled = [cancel](qint64 record) {
        return (record & 0xffff) == 0 && cancel && cancel->load(std::memory_order_relaxed);
    };
    const auto cancelledError = [&](qint64 offset) {
        fail(error, offset, Text::tr("cancelled"));
        return std::nullopt;
    };

    std::vector<double> values(size_t(vertex->properties.size()));
    if (header.format == PlyFormat::Ascii) {
        AsciiCursor cursor(file, header.dataOffset);
        for (const PlyElement &element : header.elements) {
            if (element.properties.isEmpty()) // however many, nothing to read
                continue;
            const bool isVertex = &element == vertex;
            for (qint64 r = 0; r < element.count; ++r) {
                if (cancelled(r))
                    return cancelledError(cursor.offset());
                for (int p = 0; p < element.properties.size(); ++p) {
                    const PlyProperty &property = element.properties[p];
                    const QByteArrayView token = cursor.next();
                    if (token.isEmpty()) {
                        fail(error, cursor.offset(),
                             Text::tr("the file ends in %1").arg(recordContext(element, r)));
                        return std::nullopt;
                    }
                    const std::optional<double> value = number(token);
                    if (!value) {
                        fail(error, cursor.tokenStart(),
                             Text::tr("“%1” is not a number (%2, property %3)")
                                 .arg(shown(token), recordContext(element, r), property.name));
                        return std::nullopt;
                    }
                    if (!property.isList) {
                        if (isVertex)
                            values[size_t(p)] = *value;
                        continue;
                    }
                    if (*value < 0 || *value != std::floor(*value) ||
                        *value > double(file.size())) {
                        fail(error, cursor.tokenStart(),
                             Text::tr("list length “%1” is impossible (%2, property %3)")
                                 .arg(shown(token), recordContext(element, r), property.name));
                        return std::nullopt;
                    }
                    for (qint64 item = 0; item < qint64(*value); ++item) {
                        const QByteArrayView itemToken = cursor.next();
                        if (itemToken.isEmpty() || !number(itemToken)) {
                            fail(
                                error, itemToken.isEmpty() ? cursor.offset() : cursor.tokenStart(),
                                Text::tr("a list item is missing or not a number (%1, property %2)")
                                    .arg(recordContext(element, r), property.name));
                            return std::nullopt;
                        }
                    }
                }
                if (isVertex)
                    store(&cloud, layout, *vertex, r, [&](VertexLayout::Slot slot) {
                        return values[size_t(layout.index[slot])];
                    });
            }
            if (isVertex)
                break;
        }
        return cloud;
    }

    const bool big = header.format == PlyFormat::BinaryBigEndian;
    qint64 at = header.dataOffset;
    const auto truncated = [&](const PlyElement &element, qint64 r) {
        fail(error, at, Text::tr("the file ends in %1").arg(recordContext(element, r)));
        return std::nullopt;
    };
    std::vector<qint64> offsets(size_t(vertex->properties.size()));
    for (const PlyElement &element : header.elements) {
        const bool isVertex = &element == vertex;
        const qint64 fixed = element.recordBytes();
        if (fixed >= 0 && !isVertex) { // skipped whole
            const qint64 bytes = times(fixed, element.count);
            if (bytes < 0 || bytes > source.size - at)
                return truncated(element, 0);
            at += bytes;
            continue;
        }
        if (fixed >= 0) { // the usual vertex: every record alike
            qint64 o = 0;
            for (int p = 0; p < element.properties.size(); ++p) {
                offsets[size_t(p)] = o;
                o += plyTypeSize(element.properties[p].type);
            }
            const qint64 bytes = times(fixed, element.count);
            if (bytes < 0 || bytes > source.size - at)
                return truncated(element, 0);
            const char *base = source.file ? nullptr : file.data() + at;
            // Where each slot is in a record, and whether all are little-endian floats
            // (the Gaussian-splat layout), read without a switch.
            std::array<qint64, VertexLayout::SlotCount> slotOffset{};
            std::array<PlyType, VertexLayout::SlotCount> slotType{};
            bool allFloats = !big;
            for (int slot = 0; slot < VertexLayout::SlotCount; ++slot) {
                const int p = layout.index[size_t(slot)];
                if (p < 0)
                    continue;
                slotOffset[size_t(slot)] = offsets[size_t(p)];
                slotType[size_t(slot)] = element.properties[p].type;
                allFloats = allFloats && slotType[size_t(slot)] == PlyType::Float32;
            }
            // Records are independent: the threads take a share each. From a file, each
            // reads its share a block at a time into a buffer of its own.
            std::atomic<bool> stopped{false};
            std::atomic<qint64> shortRead{-1}; // where a read came up short
            const qint64 perBlock = std::max<qint64>(1, kBlockBytes / std::max<qint64>(fixed, 1));
            const qint64 start = at;
            const auto decodeRange = [&](qint64 from, qint64 to) {
                std::vector<char> buffer;
                const char *block = base;
                qint64 blockFirst = 0; // the record at `block`
                qint64 blockEnd = source.file ? from : to;
                for (qint64 r = from; r < to; ++r) {
                    if (cancelled(r - from) || stopped.load(std::memory_order_relaxed)) {
                        stopped = true;
                        return;
                    }
                    if (r >= blockEnd) {
                        const qint64 n = std::min(perBlock, to - r);
                        buffer.resize(size_t(n * fixed));
                        const qint64 offset = start + r * fixed;
                        if (source.file->readAt(offset, buffer.data(), n * fixed) != n * fixed) {
                            shortRead = offset;
                            stopped = true;
                            return;
                        }
                        block = buffer.data();
                        blockFirst = r;
                        blockEnd = r + n;
                    }
                    const char *record = block + (r - blockFirst) * fixed;
                    store(&cloud, layout, *vertex, r, [&](VertexLayout::Slot slot) -> double {
                        const char *field = record + slotOffset[size_t(slot)];
                        if (allFloats) {
                            float f;
                            std::memcpy(&f, field, sizeof f);
                            return f;
                        }
                        return readBinary(field, slotType[size_t(slot)], big);
                    });
                }
            };
            const qint64 threads = element.count < kParallelRecords
                                       ? 1
                                       : std::clamp<qint64>(QThread::idealThreadCount(), 1, 8);
            std::vector<std::thread> helpers;
            const qint64 share = (element.count + threads - 1) / threads;
            for (qint64 t = 1; t < threads; ++t)
                helpers.emplace_back(decodeRange, std::min(element.count, t * share),
                                     std::min(element.count, (t + 1) * share));
            decodeRange(0, std::min(element.count, share));
            for (std::thread &helper : helpers)
                helper.join();
            if (shortRead >= 0) {
                fail(error, shortRead, InputFile::changedWhileReadMessage());
                return std::nullopt;
            }
            if (stopped)
                return cancelledError(at);
            at += bytes;
            break;
        }
        // Records with lists: walked one by one.
        for (qint64 r = 0; r < element.count; ++r) {
            if (cancelled(r))
                return cancelledError(at);
            const qint64 start = at;
            for (int p = 0; p < element.properties.size(); ++p) {
                const PlyProperty &property = element.properties[p];
                if (!property.isList) {
                    if (plyTypeSize(property.type) > file.size() - at)
                        return truncated(element, r);
                    if (isVertex)
                        offsets[size_t(p)] = at - start;
                    at += plyTypeSize(property.type);
                    continue;
                }
                const int countSize = plyTypeSize(property.countType);
                if (countSize > file.size() - at)
                    return truncated(element, r);
                const double length = readBinary(file.data() + at, property.countType, big);
                at += countSize;
                const qint64 bytes =
                    length < 0 ? -1 : times(qint64(length), plyTypeSize(property.type));
                if (bytes < 0 || bytes > file.size() - at) {
                    fail(error, at - countSize,
                         Text::tr("list %1 of %2 says %3 items, more than the file holds")
                             .arg(property.name, recordContext(element, r))
                             .arg(qint64(length)));
                    return std::nullopt;
                }
                at += bytes;
            }
            if (isVertex) {
                const char *record = file.data() + start;
                store(&cloud, layout, *vertex, r, [&](VertexLayout::Slot slot) {
                    const int p = layout.index[slot];
                    return readBinary(record + offsets[size_t(p)], element.properties[p].type, big);
                });
            }
        }
        if (isVertex)
            break;
    }
    if (source.file && !source.file->unchanged()) {
        fail(error, source.size, InputFile::changedWhileReadMessage());
        return std::nullopt;
    }
    return cloud;
}

} // namespace

std::optional<SplatCloud> decodePlyVertices(QByteArrayView file, const PlyHeader &header,
                                            PlyError *error, const std::atomic<bool> *cancel)
{
    return decodeVertices({file, nullptr, file.size()}, header, error, cancel);
}

PlyFile::PlyFile() = default;

PlyFile::~PlyFile() = default;

qint64 PlyFile::size() const
{
    return m_file ? m_file->size() : 0;
}

std::optional<SplatCloud> PlyFile::decode(PlyError *error, const std::atomic<bool> *cancel) const
{
    if (!m_file) {
        fail(error, 0, Text::tr("no file is open"));
        return std::nullopt;
    }
    return decodeVertices({{}, m_file.get(), m_file->size()}, m_header, error, cancel);
}

} // namespace qm
