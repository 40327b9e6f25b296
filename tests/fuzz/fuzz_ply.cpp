// Fuzz target for the PLY reader (qm::parsePlyHeader, qm::decodePlyVertices,
// qm::plyStatistics): any bytes give a header or an error inside the file, and a decoded
// cloud never holds more vertices than the header promised. Built as a libFuzzer binary by
// the `fuzz` preset, and as a regression test over the seed corpus and deterministic
// mutations by every build (see corpusdriver.cpp).

#include "core/samples/plyfile.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    qm::PlyError error;
    const std::optional<qm::PlyHeader> header = qm::parsePlyHeader(bytes, &error);
    if (!header) {
        if (error.offset < 0 || error.offset > bytes.size() || error.message.isEmpty())
            std::abort();
        return 0;
    }
    if (header->dataOffset > bytes.size())
        std::abort();
    const std::optional<qm::SplatCloud> cloud = qm::decodePlyVertices(bytes, *header, &error);
    if (!cloud) {
        if (error.offset < 0 || error.offset > bytes.size() || error.message.isEmpty())
            std::abort();
        return 0;
    }
    if (cloud->size() != header->vertex()->count)
        std::abort();
    const qm::PlyStatistics stats = qm::plyStatistics(*cloud);
    if (stats.count != cloud->size() || stats.nonFinite > stats.count)
        std::abort();
    return 0;
}
