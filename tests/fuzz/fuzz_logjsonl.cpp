// Fuzz target for JSON Lines that `qmctl logs ingest` reads (qm::LogJsonlReader). Built
// as a libFuzzer binary by the `fuzz` preset, and as a regression test over the seed
// corpus and deterministic mutations by every build (see corpusdriver.cpp).

#include "core/logs/logjsonl.h"

#include <QBuffer>
#include <QUuid>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char *>(data), qsizetype(size));
    buffer.open(QIODevice::ReadOnly);
    // A small line limit, so that overlong lines are reached too.
    qm::LogJsonlReader reader(&buffer, 512);
    QList<qm::LogLine> lines;
    QList<qm::LogJsonRejection> rejected;
    int calls = 0;
    while (reader.read(2, &lines, &rejected)) {
        if (++calls > int(size) + 2) // each call takes a line or reaches the end
            std::abort();
    }
    if (!reader.error().isEmpty())
        std::abort();
    qint64 previous = 0;
    for (const qm::LogJsonRejection &rejection : std::as_const(rejected)) {
        // Said, and in the order of the file.
        if (rejection.message.isEmpty() || rejection.line <= previous ||
            rejection.line > reader.linesRead())
            std::abort();
        previous = rejection.line;
    }
    for (const qm::LogLine &line : std::as_const(lines)) {
        // What the table requires, and a line written out reads back as itself.
        if (QUuid::fromString(line.id).isNull() || line.sourceType.isEmpty() ||
            line.sourceId.isEmpty() || line.level.isEmpty())
            std::abort();
        if (line.taskId.size() > 0 && QUuid::fromString(line.taskId).isNull())
            std::abort();
        QString error;
        const std::optional<qm::LogLine> back =
            qm::logLineFromJson(qm::logLineToJson(line), &error);
        if (!back || *back != line)
            std::abort();
    }
    return 0;
}
