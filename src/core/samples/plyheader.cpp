// The header of a PLY: its types and elements, parsed with hard limits, and
// PlyFile::open(), which reads it. Decoding the vertices is in plyfile.cpp.

#include "core/fsutil/inputfile.h"
#include "plyfile.h"

#include <QCoreApplication>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::PlyFile)
};

constexpr qint64 kMaxCount = qint64(1) << 40;

struct TypeName
{
    const char *name;
    PlyType type;
};
constexpr TypeName kTypeNames[] = {
    {"char", PlyType::Int8},       {"int8", PlyType::Int8},       {"uchar", PlyType::UInt8},
    {"uint8", PlyType::UInt8},     {"short", PlyType::Int16},     {"int16", PlyType::Int16},
    {"ushort", PlyType::UInt16},   {"uint16", PlyType::UInt16},   {"int", PlyType::Int32},
    {"int32", PlyType::Int32},     {"uint", PlyType::UInt32},     {"uint32", PlyType::UInt32},
    {"float", PlyType::Float32},   {"float32", PlyType::Float32}, {"double", PlyType::Float64},
    {"float64", PlyType::Float64},
};

std::optional<PlyType> typeFromName(QByteArrayView name)
{
    for (const TypeName &entry : kTypeNames) {
        if (name == QByteArrayView(entry.name))
            return entry.type;
    }
    return std::nullopt;
}

bool fail(PlyError *error, qint64 offset, const QString &message)
{
    if (error)
        *error = {offset, message};
    return false;
}

QList<QByteArrayView> tokens(QByteArrayView line)
{
    QList<QByteArrayView> result;
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        const qsizetype start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t')
            ++i;
        if (i > start)
            result.append(line.sliced(start, i - start));
    }
    return result;
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
} // namespace

QString plyFormatKey(PlyFormat format)
{
    switch (format) {
    case PlyFormat::Ascii:
        return QStringLiteral("ascii");
    case PlyFormat::BinaryLittleEndian:
        return QStringLiteral("binary_little_endian");
    case PlyFormat::BinaryBigEndian:
        return QStringLiteral("binary_big_endian");
    }
    return QString();
}

QString plyTypeName(PlyType type)
{
    for (const TypeName &entry : kTypeNames) {
        if (entry.type == type)
            return QLatin1String(entry.name);
    }
    return QString();
}

int plyTypeSize(PlyType type)
{
    switch (type) {
    case PlyType::Int8:
    case PlyType::UInt8:
        return 1;
    case PlyType::Int16:
    case PlyType::UInt16:
        return 2;
    case PlyType::Int32:
    case PlyType::UInt32:
    case PlyType::Float32:
        return 4;
    case PlyType::Float64:
        return 8;
    }
    return 0;
}

qint64 PlyElement::recordBytes() const
{
    qint64 bytes = 0;
    for (const PlyProperty &property : properties) {
        if (property.isList)
            return -1;
        bytes += plyTypeSize(property.type);
    }
    return bytes;
}

int PlyElement::indexOf(const QString &property) const
{
    for (int i = 0; i < properties.size(); ++i) {
        if (properties[i].name == property)
            return i;
    }
    return -1;
}

const PlyElement *PlyHeader::vertex() const
{
    for (const PlyElement &element : elements) {
        if (element.name == u"vertex")
            return &element;
    }
    return nullptr;
}

namespace {

/// parsePlyHeader on `head`, the first min(fileSize, limits.headerBytes) bytes of a
/// file of `fileSize` bytes.
std::optional<PlyHeader> parseHeader(QByteArrayView head, qint64 fileSize, PlyError *error,
                                     const PlyLimits &limits)
{
    const QByteArrayView file = head;
    PlyHeader header;
    bool haveFormat = false;
    qint64 at = 0;
    for (int lineNumber = 0;; ++lineNumber) {
        const qint64 window = std::min<qint64>(file.size(), limits.headerBytes);
        const qint64 newline = at < window ? file.first(window).indexOf('\n', at) : -1;
        if (newline < 0) {
            if (fileSize > limits.headerBytes)
                fail(error, limits.headerBytes,
                     Text::tr("no end_header in the first %1 bytes: the header is too long or "
                              "missing")
                         .arg(limits.headerBytes));
            else
                fail(error, fileSize,
                     lineNumber == 0 ? Text::tr("not a PLY file: it does not start with “ply”")
                                     : Text::tr("the header ends without end_header"));
            return std::nullopt;
        }
        QByteArrayView line = file.sliced(at, newline - at);
        if (line.endsWith('\r'))
            line.chop(1);
        const qint64 lineStart = at;
        at = newline + 1;
        const QList<QByteArrayView> words = tokens(line);
        if (lineNumber == 0) {
            if (words.size() != 1 || words[0] != "ply") {
                fail(error, 0, Text::tr("not a PLY file: it does not start with “ply”"));
                return std::nullopt;
            }
            continue;
        }
        if (words.isEmpty() || words[0] == "comment" || words[0] == "obj_info")
            continue;
        const QByteArrayView keyword = words[0];
        if (keyword == "format") {
            if (haveFormat || words.size() != 3) {
                fail(error, lineStart, Text::tr("a second or malformed format line"));
                return std::nullopt;
            }
            if (words[1] == "ascii")
                header.format = PlyFormat::Ascii;
            else if (words[1] == "binary_little_endian")
                header.format = PlyFormat::BinaryLittleEndian;
            else if (words[1] == "binary_big_endian")
                header.format = PlyFormat::BinaryBigEndian;
            else {
                fail(error, lineStart, Text::tr("unknown format “%1”").arg(shown(words[1])));
                return std::nullopt;
            }
            if (words[2] != "1.0" && words[2] != "1") {
                fail(error, lineStart, Text::tr("unknown PLY version “%1”").arg(shown(words[2])));
                return std::nullopt;
            }
            haveFormat = true;
        } else if (keyword == "element") {
            bool ok = false;
            const qint64 count = words.size() == 3 ? words[2].toLongLong(&ok) : -1;
            if (!ok || count < 0 || count > kMaxCount) {
                fail(error, lineStart, Text::tr("a malformed element line (element NAME COUNT)"));
                return std::nullopt;
            }
            if (header.elements.size() >= limits.elements) {
                fail(error, lineStart, Text::tr("more than %1 elements").arg(limits.elements));
                return std::nullopt;
            }
            header.elements.append({QString::fromUtf8(words[1]), count, {}});
        } else if (keyword == "property") {
            if (header.elements.isEmpty()) {
                fail(error, lineStart, Text::tr("a property before any element"));
                return std::nullopt;
            }
            PlyElement &element = header.elements.last();
            if (element.properties.size() >= limits.propertiesPerElement) {
                fail(error, lineStart,
                     Text::tr("element %1 has more than %2 properties")
                         .arg(element.name)
                         .arg(limits.propertiesPerElement));
                return std::nullopt;
            }
            PlyProperty property;
            const bool list = words.size() == 5 && words[1] == "list";
            if (!list && words.size() != 3) {
                fail(error, lineStart,
                     Text::tr("a malformed property line (property TYPE NAME, or property list "
                              "COUNT_TYPE TYPE NAME)"));
                return std::nullopt;
            }
            const QByteArrayView typeName = list ? words[3] : words[1];
            const std::optional<PlyType> type = typeFromName(typeName);
            const std::optional<PlyType> countType =
                list ? typeFromName(words[2]) : std::optional<PlyType>(PlyType::UInt8);
            if (!type || !countType) {
                fail(error, lineStart,
                     Text::tr("unknown type “%1” of property %2")
                         .arg(shown(!type ? typeName : words[2]), shown(words.last())));
                return std::nullopt;
            }
            if (list && (*countType == PlyType::Float32 || *countType == PlyType::Float64)) {
                fail(error, lineStart,
                     Text::tr("the length of list %1 cannot be a floating-point number")
                         .arg(shown(words.last())));
                return std::nullopt;
            }
            property.name = QString::fromUtf8(words.last());
            property.type = *type;
            property.isList = list;
            property.countType = *countType;
            element.properties.append(property);
        } else if (keyword == "end_header") {
            if (!haveFormat) {
                fail(error, lineStart, Text::tr("end_header before any format line"));
                return std::nullopt;
            }
            header.dataOffset = at;
            break;
        } else {
            fail(error, lineStart, Text::tr("unknown header line “%1”").arg(shown(line)));
            return std::nullopt;
        }
    }

    // Every element must fit in what follows the header, at its smallest.
    qint64 consumed = 0;
    const qint64 remaining = fileSize - header.dataOffset;
    for (const PlyElement &element : std::as_const(header.elements)) {
        if (element.properties.isEmpty()) // records of nothing take no bytes
            continue;
        qint64 least = 0; // bytes of the smallest record
        if (header.format == PlyFormat::Ascii) {
            least = 2 * element.properties.size(); // "0 " per value
        } else {
            for (const PlyProperty &property : element.properties)
                least += plyTypeSize(property.isList ? property.countType : property.type);
        }
        const bool exact = header.format != PlyFormat::Ascii && element.recordBytes() >= 0;
        // An ASCII file may end without a last separator.
        const qint64 needed = times(element.count, least) - (exact || element.count == 0 ? 0 : 1);
        const qint64 left = remaining - consumed;
        if (needed < 0 || needed > left) {
            const qint64 fits =
                header.format == PlyFormat::Ascii ? (left + 1) / least : left / least;
            fail(error, header.dataOffset + consumed,
                 exact ? Text::tr("element %1 says %2, the file holds %3")
                             .arg(element.name)
                             .arg(element.count)
                             .arg(fits)
                       : Text::tr("element %1 says %2, the file has room for at most %3")
                             .arg(element.name)
                             .arg(element.count)
                             .arg(fits));
            return std::nullopt;
        }
        consumed += needed;
    }
    return header;
}

} // namespace

std::optional<PlyHeader> parsePlyHeader(QByteArrayView file, PlyError *error,
                                        const PlyLimits &limits)
{
    return parseHeader(file.first(std::min<qint64>(file.size(), limits.headerBytes)), file.size(),
                       error, limits);
}

bool PlyFile::open(const QString &path, PlyError *error, const PlyLimits &limits)
{
    m_file = std::make_unique<InputFile>();
    m_header = {};
    QString reason;
    if (!m_file->open(path, nullptr, &reason)) {
        m_file.reset();
        if (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        return fail(error, 0, Text::tr("cannot open %1: %2").arg(path, reason));
    }
    // Only the header is read now; the records when they are decoded.
    const qint64 headBytes = std::min(m_file->size(), limits.headerBytes);
    QByteArray head(headBytes, Qt::Uninitialized);
    const qint64 got = m_file->readAt(0, head.data(), headBytes);
    if (got != headBytes) {
        const QString why = got < 0 ? QString::fromLocal8Bit(std::strerror(errno))
                                    : InputFile::changedWhileReadMessage();
        m_file.reset();
        return fail(error, std::max<qint64>(got, 0), Text::tr("cannot read %1: %2").arg(path, why));
    }
    std::optional<PlyHeader> header = parseHeader(head, m_file->size(), error, limits);
    if (!header) {
        m_file.reset();
        return false;
    }
    m_header = std::move(*header);
    return true;
}

} // namespace qm
