#pragma once

#include <QByteArray>
#include <QList>

namespace qm::yaml {

/// A position in a YAML text: the byte offset, and the 0-based line and column as libyaml
/// counts them (lines split at LF, CR, CRLF and the Unicode breaks NEL, LS and PS; columns
/// in characters, not bytes).
struct Position
{
    qsizetype byte = 0;
    qsizetype line = 0;
    qsizetype column = 0;

    friend bool operator==(const Position &, const Position &) = default;
};

/// The line table of a UTF-8 text: converts libyaml's character-based marks into byte
/// offsets, and byte offsets back into lines and columns. The text is copied (shared,
/// QByteArray is implicitly shared) and must not change afterwards.
class SourceText
{
public:
    explicit SourceText(QByteArray text = {});

    const QByteArray &text() const { return m_text; }
    qsizetype lineCount() const { return m_lineStarts.size(); }

    /// The byte offset of (line, column) with the column counted in characters;
    /// clamped to the end of the line and of the text.
    qsizetype byteOffset(qsizetype line, qsizetype column) const;

    /// The position of `byte` (clamped to the text).
    Position positionOf(qsizetype byte) const;

    /// The byte where `line` starts (clamped).
    qsizetype lineStartByte(qsizetype line) const;

    /// A position from a libyaml mark's line and column.
    Position fromMark(qsizetype line, qsizetype column) const;

private:
    QByteArray m_text;
    QList<qsizetype> m_lineStarts; ///< byte offset where each line starts
    QList<bool> m_asciiLines;      ///< whether each line is pure ASCII (columns = bytes)
};

} // namespace qm::yaml
