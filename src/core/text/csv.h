#pragma once

// CSV as RFC 4180 has it, both ways: the fields a writer quotes, and records read back
// with quoted commas, doubled quotes and line breaks (log exports, orphan plans, files
// of referenced keys).

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace qm {

/// Appends `bytes` as one field: quoted, with its quotes doubled, when it holds a comma,
/// a quote or a line break; as it is otherwise.
void appendCsvField(QByteArray *out, QByteArrayView bytes);

/// The fields of the record at `*at` in `text`, which moves past it and its line end
/// ("\n" or "\r\n"). Nothing at the end of `text`, or for a quote that is never closed.
std::optional<QList<QByteArray>> nextCsvRecord(QByteArrayView text, qsizetype *at);

} // namespace qm
