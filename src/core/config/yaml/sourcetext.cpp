#include "sourcetext.h"

#include <algorithm>

namespace qm::yaml {

namespace {

/// Length in bytes of the line break starting at `i`, or 0 if there is none.
qsizetype breakLength(const QByteArray &text, qsizetype i)
{
    const auto byte = [&](qsizetype k) { return k < text.size() ? quint8(text[k]) : quint8(0); };
    if (byte(i) == '\r')
        return byte(i + 1) == '\n' ? 2 : 1;
    if (byte(i) == '\n')
        return 1;
    if (byte(i) == 0xC2 && byte(i + 1) == 0x85) // NEL
        return 2;
    if (byte(i) == 0xE2 && byte(i + 1) == 0x80 && (byte(i + 2) == 0xA8 || byte(i + 2) == 0xA9))
        return 3; // LS, PS
    return 0;
}

bool isContinuationByte(char c)
{
    return (quint8(c) & 0xC0) == 0x80;
}

} // namespace

SourceText::SourceText(QByteArray text)
    : m_text(std::move(text))
{
    m_lineStarts.append(0);
    // libyaml skips a UTF-8 byte order mark: its line 0 column 0 is after it.
    if (m_text.startsWith("\xEF\xBB\xBF"))
        m_lineStarts[0] = 3;
    bool ascii = true;
    const qsizetype size = m_text.size();
    const char *data = m_text.constData();
    for (qsizetype i = m_lineStarts[0]; i < size;) {
        const auto byte = quint8(data[i]);
        if (byte != '\r' && byte != '\n' && byte != 0xC2 && byte != 0xE2) {
            ascii = ascii && byte < 0x80;
            ++i;
            continue;
        }
        const qsizetype length = breakLength(m_text, i);
        if (length > 0) {
            i += length;
            m_asciiLines.append(ascii);
            m_lineStarts.append(i);
            ascii = true;
        } else {
            ascii = false;
            ++i;
        }
    }
    m_asciiLines.append(ascii);
}

qsizetype SourceText::byteOffset(qsizetype line, qsizetype column) const
{
    if (line < 0)
        return 0;
    if (line >= m_lineStarts.size())
        return m_text.size();
    qsizetype byte = m_lineStarts[line];
    const qsizetype lineEnd =
        line + 1 < m_lineStarts.size() ? m_lineStarts[line + 1] : m_text.size();
    if (m_asciiLines[line])
        return std::min(byte + std::max<qsizetype>(column, 0), lineEnd);
    for (qsizetype c = 0; c < column && byte < lineEnd; ++c) {
        ++byte;
        while (byte < lineEnd && isContinuationByte(m_text[byte]))
            ++byte;
    }
    return byte;
}

Position SourceText::positionOf(qsizetype byte) const
{
    byte = std::clamp<qsizetype>(byte, 0, m_text.size());
    const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), byte);
    const qsizetype line = std::max<qsizetype>(0, (it - m_lineStarts.cbegin()) - 1);
    qsizetype column = 0;
    for (qsizetype i = m_lineStarts[line]; i < byte; ++i) {
        if (!isContinuationByte(m_text[i]))
            ++column;
    }
    return Position{byte, line, column};
}

qsizetype SourceText::lineStartByte(qsizetype line) const
{
    if (line < 0)
        return 0;
    return line < m_lineStarts.size() ? m_lineStarts[line] : m_text.size();
}

Position SourceText::fromMark(qsizetype line, qsizetype column) const
{
    return Position{byteOffset(line, column), line, column};
}

} // namespace qm::yaml
