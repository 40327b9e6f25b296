#pragma once

#include "value.h"

#include <QByteArray>
#include <QString>

namespace qm::yaml {

/// Largest JSON text written for one document; a file whose aliases expand beyond it
/// ("billion laughs") is refused instead of exhausting memory.
inline constexpr qsizetype kMaxJsonBytes = 256 * 1024 * 1024;

/// Writes `value` as Python's `json.dumps(value, default=lambda o: o.isoformat())`
/// would: dates and timestamps as ISO-8601 strings, non-finite floats as Infinity and
/// NaN, mapping keys converted as Python converts them (ints, floats, booleans and None
/// become strings). Returns an empty array and sets `*error` when Python would fail too
/// (a date as a mapping key) or the text would pass `maxBytes`.
QByteArray toPythonJson(const Value &value, QString *error, int indent = 2,
                        qsizetype maxBytes = kMaxJsonBytes);

} // namespace qm::yaml
