#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace qm::json {

/// Appends `utf8` as a JSON string, quotes included: `"` and `\` escaped, control
/// characters as \n, \t… or \u00XX, everything else (UTF-8 included) as it is. What
/// QJsonDocument writes for the same text, without building a document: for writers
/// of many small objects (an export of millions of log lines).
void appendString(QByteArray *out, QByteArrayView utf8);
/// The most bytes writeString() writes for `size` bytes of text.
constexpr qsizetype maxStringSize(qsizetype size)
{
    return 6 * size + 2;
}
/// The same written at `to`, which has room for maxStringSize(utf8.size()) bytes: where
/// it ended. For a writer that makes room for a whole object at once.
char *writeString(char *to, QByteArrayView utf8);

/// True when `text` is exactly one JSON value (RFC 8259, surrounding white space
/// allowed), nested no deeper than `maxDepth`. A check, not a parser: it builds
/// nothing, so a writer can copy JSON it was given as it is. Bytes of 0x80 and above are
/// taken as they are: `text` is UTF-8 already (from a QString).
bool isValid(QByteArrayView text, int maxDepth = 1000);

/// Appends `text` without the white space between its tokens when it is one JSON value
/// (isValid()); appends nothing and returns false when it is not. What SQLite's json()
/// writes for the same text.
bool appendCompact(QByteArray *out, QByteArrayView text);

} // namespace qm::json
