// Fuzz target for the CSV reader and writer of core/text/csv.h (orphan plans, files of
// referenced keys): any input is read to its end without a record that takes nothing,
// and the records read, written back with appendCsvField(), read back the same. Built as
// a libFuzzer binary by the `fuzz` preset, and as a regression test over the seed corpus
// and deterministic mutations by every build.

#include "core/text/csv.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

/// Every record of `text`; nothing when a quote is never closed.
std::optional<QList<QList<QByteArray>>> records(QByteArrayView text)
{
    QList<QList<QByteArray>> all;
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype before = at;
        const std::optional<QList<QByteArray>> record = qm::nextCsvRecord(text, &at);
        if (!record)
            return std::nullopt;
        if (at <= before || record->isEmpty())
            std::abort(); // a record that reads nothing would loop for ever
        all << *record;
    }
    return all;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<QList<QList<QByteArray>>> read = records(input);
    if (!read)
        return 0;
    QByteArray written;
    for (const QList<QByteArray> &record : *read) {
        for (qsizetype i = 0; i < record.size(); ++i) {
            if (i > 0)
                written += ',';
            qm::appendCsvField(&written, record[i]);
        }
        written += '\n';
    }
    const std::optional<QList<QList<QByteArray>>> again = records(written);
    // A lone empty field writes an empty line, which reads as a record of one empty field.
    if (!again || *again != *read)
        std::abort();
    return 0;
}
