#pragma once

// Reading PLY files, above all 3D Gaussian-splat samples (docs/formats.md, "Gaussian-splat PLY"):
// the header with hard limits, checked against the file's size before anything is allocated, then
// the vertices read and decoded block by block into a SplatCloud. Every failure
// is a PlyError with the byte offset where the file stops making sense.

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <array>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace qm {

enum class PlyFormat { Ascii, BinaryLittleEndian, BinaryBigEndian };
enum class PlyType { Int8, UInt8, Int16, UInt16, Int32, UInt32, Float32, Float64 };

/// "ascii", "binary_little_endian", "binary_big_endian".
QString plyFormatKey(PlyFormat format);
/// The canonical name: "char", "uchar", "short", "ushort", "int", "uint", "float", "double".
QString plyTypeName(PlyType type);
int plyTypeSize(PlyType type);

struct PlyProperty
{
    QString name;
    PlyType type = PlyType::Float32; ///< of a list: of its items
    bool isList = false;
    PlyType countType = PlyType::UInt8; ///< of a list: of its length
};

struct PlyElement
{
    QString name;
    qint64 count = 0;
    QList<PlyProperty> properties;
    /// Bytes per record in a binary file; -1 when a list property makes it vary.
    qint64 recordBytes() const;
    /// The index of the property named `property`, or -1.
    int indexOf(const QString &property) const;
};

struct PlyHeader
{
    PlyFormat format = PlyFormat::BinaryLittleEndian;
    QList<PlyElement> elements;
    qint64 dataOffset = 0; ///< where the data begins: just after "end_header"'s line
    /// The element named "vertex", or nullptr.
    const PlyElement *vertex() const;
};

struct PlyError
{
    qint64 offset = 0; ///< the byte of the file where it went wrong
    QString message;   ///< for a person, translated
};

/// What the header parser accepts at most: anything beyond is an error, never a large
/// allocation.
struct PlyLimits
{
    qint64 headerBytes = 64 * 1024;
    int elements = 64;
    int propertiesPerElement = 1024;
};

/// Parses the header at the start of `file` (the whole file: the element counts are
/// checked against the bytes after the header).
std::optional<PlyHeader> parsePlyHeader(QByteArrayView file, PlyError *error,
                                        const PlyLimits &limits = {});

/// The vertices of a PLY, decoded for drawing and statistics. Positions are always
/// there; the rest when the file has it.
struct SplatCloud
{
    /// x, y, z of each vertex, one after the other.
    std::vector<float> positions;
    /// Colour of each vertex, 0xRRGGBB: from the degree-0 spherical harmonics
    /// (0.5 + 0.28209479 · f_dc, clamped) of a splat, else from red/green/blue.
    std::vector<quint32> colours;
    /// Opacity as alpha in 0–1: the logistic of a splat's `opacity` logit, else `alpha`.
    std::vector<float> alphas;
    /// Size as a linear scale: exp of the mean of a splat's log scales scale_0..2 — the
    /// radius of the sphere of the same volume as its ellipsoid.
    std::vector<float> scales;
    bool isGaussianSplat = false; ///< position, f_dc_0..2, opacity, scale_0..2, rot_0..3

    qsizetype size() const { return qsizetype(positions.size() / 3); }
    bool hasColour() const { return !colours.empty(); }
    bool hasAlpha() const { return !alphas.empty(); }
    bool hasScale() const { return !scales.empty(); }
};

/// Decodes the "vertex" element of `file` as `header` describes it (from parsePlyHeader
/// on the same bytes). A vertex without x, y and z, a record cut short, or an ASCII
/// value that is not a number is an error. `cancel` is looked at between blocks. Many
/// fixed-size binary records are decoded by several threads at once.
std::optional<SplatCloud> decodePlyVertices(QByteArrayView file, const PlyHeader &header,
                                            PlyError *error,
                                            const std::atomic<bool> *cancel = nullptr);

class InputFile;

/// A PLY file opened for reading: its header parsed at open, its records read when
/// decoded. The file is read with read(2), never mapped: a sample that a miner or a
/// cleanup truncates or rewrites while it is read gives "the file changed while it
/// was read" (a PlyError), never a SIGBUS. Only a regular file is opened (see
/// InputFile: a FIFO or a device is refused at once, never waited on).
class PlyFile
{
public:
    PlyFile();
    ~PlyFile();
    PlyFile(const PlyFile &) = delete;
    PlyFile &operator=(const PlyFile &) = delete;

    /// Opens `path` and parses its header; false with `error` set (offset 0 when the
    /// file cannot be opened or is not a regular file).
    bool open(const QString &path, PlyError *error, const PlyLimits &limits = {});
    const PlyHeader &header() const { return m_header; }
    /// The file's size when it was opened.
    qint64 size() const;
    /// Reads and decodes the vertices (see decodePlyVertices). Records of a fixed size
    /// are read a block at a time by each decoding thread; other files are read whole
    /// first. A file that is shorter than at open, or whose size or modification time
    /// changed by the end, is an error: "the file changed while it was read".
    std::optional<SplatCloud> decode(PlyError *error,
                                     const std::atomic<bool> *cancel = nullptr) const;

private:
    std::unique_ptr<InputFile> m_file;
    PlyHeader m_header;
};

/// Min, max and mean of some values, with a histogram of kPlyHistogramBins bins.
struct PlyDistribution
{
    double min = 0;
    double max = 0;
    double mean = 0;
    /// Counts per bin. Alpha: even bins over [0, 1]. Scale: even bins of log10(scale)
    /// between min and max (sizes span orders of magnitude).
    QList<qint64> histogram;
    double histogramLow = 0;  ///< the lower edge of the first bin (alpha, or log10 scale)
    double histogramHigh = 0; ///< the upper edge of the last bin
};
inline constexpr int kPlyHistogramBins = 20;

/// What a person needs to see why a sample failed: how many, how far they spread, how
/// transparent and how large.
struct PlyStatistics
{
    qint64 count = 0;
    qint64 nonFinite = 0; ///< vertices with a NaN or infinite coordinate (left out below)
    std::array<double, 3> bboxMin = {0, 0, 0};
    std::array<double, 3> bboxMax = {0, 0, 0};
    std::optional<PlyDistribution> alpha;
    std::optional<PlyDistribution> scale;
};

PlyStatistics plyStatistics(const SplatCloud &cloud);

} // namespace qm
