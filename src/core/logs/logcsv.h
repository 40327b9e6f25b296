#pragma once

// Log lines as CSV (RFC 4180), what `qmctl logs query --format csv` and `export` write.

#include "core/logs/logline.h"

#include <QByteArray>

namespace qm {

/// The header row: the table's column names, comma-separated, with "\r\n".
QByteArray logCsvHeader();
/// `line` as one CSV row in the header's order, with "\r\n": the time as ISO-8601 UTC
/// with microseconds, absent values as empty fields, a field holding a comma, a quote or
/// a line break quoted (quotes doubled), so a message over several lines stays one row.
QByteArray logLineToCsv(const LogLine &line);

} // namespace qm
