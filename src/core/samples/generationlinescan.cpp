#include "generationlinescan.h"

#include <cstring>

namespace qm {

namespace {

/// The scan behind scanGenerationLine: a recursive-descent walk that builds nothing.
class LineScanner
{
public:
    explicit LineScanner(QByteArrayView line)
        : m_at(line.data())
        , m_end(line.data() + line.size())
    {}

    GenerationLineScan run()
    {
        GenerationLineScan scan;
        skipSpace();
        if (m_at == m_end || *m_at != '{') {
            // An array, a string, a number, a word: certainly no object. Anything else
            // (a control character Qt might skip as space) is left to Qt.
            const char c = m_at == m_end ? '\0' : *m_at;
            const bool certain = c == '\0' || c == '[' || c == '"' || c == '-' ||
                                 (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                                 (c >= 'A' && c <= 'Z');
            scan.verdict = certain && !m_unsure ? GenerationLineScan::Verdict::NotObject
                                                : GenerationLineScan::Verdict::Unsure;
            return scan;
        }
        const bool ok = value(0, Path::Root);
        skipSpace();
        // Only a line the scan read to its end without a doubt is settled here; a line
        // it could not read (broken, or written in a way lenient parsers accept, such as
        // ".5") goes to Qt's parser, whose verdict counts.
        scan.verdict = ok && !m_unsure && m_at == m_end ? GenerationLineScan::Verdict::Object
                                                        : GenerationLineScan::Verdict::Unsure;
        if (scan.verdict == GenerationLineScan::Verdict::Object) {
            scan.samplePath = m_samplePath;
            scan.generationId = m_generationId;
        }
        return scan;
    }

private:
    /// Where in the document a value is, as far as the join cares.
    enum class Path { Elsewhere, Root, Metadata, Generation, Output, SamplePath, GenerationId };

    /// Past the end or a byte outside ASCII: the full parser decides.
    bool unsure()
    {
        m_unsure = true;
        return false;
    }

    void skipSpace()
    {
        while (m_at < m_end && (*m_at == ' ' || *m_at == '\t' || *m_at == '\n' || *m_at == '\r'))
            ++m_at;
        if (m_at < m_end && static_cast<unsigned char>(*m_at) >= 0x80)
            m_unsure = true; // a byte-order mark, say: Qt's business
    }

    static Path childOf(Path parent, QByteArrayView key)
    {
        switch (parent) {
        case Path::Root:
            return key == "metadata"     ? Path::Metadata
                   : key == "generation" ? Path::Generation
                                         : Path::Elsewhere;
        case Path::Metadata:
            return key == "generation_id" ? Path::GenerationId : Path::Elsewhere;
        case Path::Generation:
            return key == "output" ? Path::Output : Path::Elsewhere;
        case Path::Output:
            return key == "rejected_sample_path" ? Path::SamplePath : Path::Elsewhere;
        default:
            return Path::Elsewhere;
        }
    }

    /// A string starting at the opening quote; `*text` gets its raw contents.
    bool string(QByteArrayView *text, bool *escaped)
    {
        const char *start = ++m_at;
        *escaped = false;
        while (m_at < m_end) {
            const unsigned char c = static_cast<unsigned char>(*m_at);
            if (c == '"') {
                *text = QByteArrayView(start, m_at - start);
                ++m_at;
                return true;
            }
            if (c < 0x20 || c >= 0x80)
                return unsure();
            if (c == '\\') {
                *escaped = true;
                if (++m_at == m_end)
                    return false;
                const char e = *m_at;
                if (e == 'u') {
                    if (m_end - m_at < 5)
                        return false;
                    uint code = 0;
                    for (int i = 1; i <= 4; ++i) {
                        const char h = m_at[i];
                        const int digit = h >= '0' && h <= '9'   ? h - '0'
                                          : h >= 'a' && h <= 'f' ? h - 'a' + 10
                                          : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                                                 : -1;
                        if (digit < 0)
                            return unsure(); // lenient parsers keep such text as it is
                        code = code * 16 + uint(digit);
                    }
                    if (code >= 0xd800 && code <= 0xdfff)
                        return unsure(); // surrogates: how pairs are checked is Qt's
                    m_at += 4;
                } else if (!std::strchr("\"\\/bfnrt", e) || e == '\0') {
                    return unsure(); // Qt keeps an unknown escaped character as it is
                }
            }
            ++m_at;
        }
        return false;
    }

    bool number()
    {
        const char *start = m_at;
        if (*m_at == '-')
            ++m_at;
        const auto digits = [this] {
            const char *from = m_at;
            while (m_at < m_end && *m_at >= '0' && *m_at <= '9')
                ++m_at;
            return m_at - from;
        };
        if (m_at < m_end && *m_at == '0')
            ++m_at;
        else if (digits() == 0)
            return false;
        if (m_at < m_end && *m_at == '.') {
            ++m_at;
            if (digits() == 0)
                return unsure(); // "1." : lenient parsers take it
        }
        if (m_at < m_end && (*m_at == 'e' || *m_at == 'E')) {
            ++m_at;
            if (m_at < m_end && (*m_at == '+' || *m_at == '-'))
                ++m_at;
            const qsizetype exponent = digits();
            if (exponent == 0 || exponent > 2)
                return unsure(); // out of a double's range, perhaps: Qt decides
        }
        if (m_at - start > 300)
            return unsure();
        return true;
    }

    bool literal(const char *word)
    {
        const qsizetype n = qsizetype(std::strlen(word));
        if (m_end - m_at < n || std::memcmp(m_at, word, size_t(n)) != 0)
            return false;
        m_at += n;
        return true;
    }

    bool value(int depth, Path path)
    {
        skipSpace();
        if (m_at == m_end)
            return false;
        switch (*m_at) {
        case '{':
        case '[': {
            if (depth >= 1000)
                return unsure(); // near Qt's nesting limit
            const bool object = *m_at == '{';
            ++m_at;
            skipSpace();
            if (m_at < m_end && *m_at == (object ? '}' : ']')) {
                ++m_at;
                return true;
            }
            for (;;) {
                Path child = Path::Elsewhere;
                if (object) {
                    skipSpace();
                    QByteArrayView key;
                    bool escaped = false;
                    if (m_at == m_end || *m_at != '"' || !string(&key, &escaped))
                        return false;
                    child = escaped ? Path::Elsewhere : childOf(path, key);
                    // A key on the way given twice: which one a parser keeps is its own
                    // business (Qt keeps the last), so Qt decides.
                    if (child != Path::Elsewhere) {
                        const unsigned bit = 1u << unsigned(child);
                        if (m_seen & bit)
                            m_unsure = true;
                        m_seen |= bit;
                    }
                    if (escaped && path != Path::Elsewhere)
                        m_unsure = true; // an escaped key might spell one we look for
                    skipSpace();
                    if (m_at == m_end || *m_at != ':')
                        return false;
                    ++m_at;
                }
                if (!value(depth + 1, child))
                    return false;
                skipSpace();
                if (m_at == m_end)
                    return false;
                if (*m_at == ',') {
                    ++m_at;
                    continue;
                }
                if (*m_at != (object ? '}' : ']'))
                    return false;
                ++m_at;
                return true;
            }
        }
        case '"': {
            QByteArrayView text;
            bool escaped = false;
            if (!string(&text, &escaped))
                return false;
            if (path == Path::SamplePath || path == Path::GenerationId) {
                QByteArrayView &slot = path == Path::SamplePath ? m_samplePath : m_generationId;
                if (escaped || !slot.isNull())
                    m_unsure = true; // an escape to decode, or the key given twice
                slot = text.isNull() ? QByteArrayView("", 0) : text;
            }
            return true;
        }
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            if (*m_at == '-' || (*m_at >= '0' && *m_at <= '9'))
                return number();
            if (static_cast<unsigned char>(*m_at) >= 0x80)
                return unsure();
            return false;
        }
    }

    const char *m_at;
    const char *m_end;
    bool m_unsure = false;
    unsigned m_seen = 0; ///< the paths met so far, one bit each
    QByteArrayView m_samplePath;
    QByteArrayView m_generationId;
};

} // namespace

GenerationLineScan scanGenerationLine(QByteArrayView line)
{
    return LineScanner(line).run();
}

} // namespace qm
