// Differential fuzz target for the generation-log scan (qm::scanGenerationLine) against
// Qt's JSON parser: where the scan is sure, it must agree with QJsonDocument on whether
// the line is a JSON object and on the two keys the join reads; and the whole join
// (qm::GenerationJoin) must take any bytes, fed in any pieces, without a crash and with
// its counts adding up. Built as a libFuzzer binary by the `fuzz` preset, and as a
// regression test over the seed corpus and deterministic mutations by every build.

#include "core/samples/generationlog.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

/// Says what disagreed, and on which input, before stopping.
[[noreturn]] void fail(const char *why, QByteArrayView input)
{
    std::fprintf(stderr, "%s on: %s\n", why, input.toByteArray().toPercentEncoding().constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qm::GenerationLineScan scan = qm::scanGenerationLine(bytes);
    if (scan.verdict != qm::GenerationLineScan::Verdict::Unsure) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes.toByteArray(), &error);
        const bool object = error.error == QJsonParseError::NoError && document.isObject();
        if (object != (scan.verdict == qm::GenerationLineScan::Verdict::Object))
            fail(object ? "the scan refused an object Qt reads" : "the scan took a line Qt refuses",
                 bytes);
        if (object) {
            const QJsonObject root = document.object();
            const QString path = root.value(QLatin1String("generation"))
                                     .toObject()
                                     .value(QLatin1String("output"))
                                     .toObject()
                                     .value(QLatin1String("rejected_sample_path"))
                                     .toString();
            const QString id = root.value(QLatin1String("metadata"))
                                   .toObject()
                                   .value(QLatin1String("generation_id"))
                                   .toString();
            if (path != QString::fromLatin1(scan.samplePath) ||
                id != QString::fromLatin1(scan.generationId))
                fail("the scan read other keys than Qt", bytes);
        }
    }

    // The join: lines split at every newline, fed in pieces of 7 bytes.
    qm::GenerationJoin join({QStringLiteral("a_1.ply"), QStringLiteral("b_2.ply")});
    for (qsizetype at = 0; at < bytes.size(); at += 7)
        join.feed(bytes.sliced(at, std::min<qsizetype>(7, bytes.size() - at)));
    join.finish();
    if (join.badLines() < 0 || join.badLines() > join.lines() || join.lines() > bytes.size())
        std::abort();
    return 0;
}
