// Fuzz target for the Linux mount table parser (qm::parseLinuxMountInfo). Built as a
// libFuzzer binary by the `fuzz` preset, and as a regression test over the seed corpus
// and deterministic mutations by every build (see corpusdriver.cpp).

#include "core/volumes/mounttable.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<qm::MountEntry> entries = qm::parseLinuxMountInfo(
        QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    for (const qm::MountEntry &entry : entries) {
        // The parser's contract: absolute mount points only.
        if (!entry.mountPoint.startsWith(QLatin1Char('/')))
            std::abort();
    }
    return 0;
}
