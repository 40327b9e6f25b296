// Fuzz target for the glob matcher (qm::GlobPattern): the first byte picks the options,
// the bytes up to the first NUL are the pattern, the rest is the name. Any pattern must
// compile and match in bounded time without a crash; a name that is valid UTF-8 must get
// the same answer as bytes and as a QString; an invalid pattern matches nothing. Built as
// a libFuzzer binary by the `fuzz` preset, and as a regression test over the seed corpus
// and deterministic mutations by every build.

#include "core/text/globpattern.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const auto options = qm::GlobPattern::Options::fromInt(data[0] & 0x3F);
    const QByteArrayView rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qsizetype nul = rest.indexOf('\0');
    const QByteArrayView pattern = nul < 0 ? rest : rest.first(nul);
    const QByteArrayView name = nul < 0 ? QByteArrayView() : rest.sliced(nul + 1);

    const qm::GlobPattern glob(QString::fromUtf8(pattern), options);
    const bool asBytes = glob.matches(name);
    const QString text = QString::fromUtf8(name);
    const bool asString = glob.matches(QStringView(text));
    if (!glob.isValid() && (asBytes || asString || glob.errorString().isEmpty()))
        std::abort();
    if (text.toUtf8() == name && asBytes != asString) {
        std::fprintf(stderr, "bytes say %d, QString says %d\n", asBytes, asString);
        std::abort();
    }
    return 0;
}
