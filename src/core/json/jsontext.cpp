#include "jsontext.h"

#include <cstring>

namespace qm::json {

char *writeString(char *to, QByteArrayView utf8)
{
    static constexpr char kHex[] = "0123456789abcdef";
    *to++ = '"';
    const auto put = [&to](const char *text, qsizetype size) {
        if (size > 0)
            std::memcpy(to, text, size_t(size));
        to += size;
    };
    qsizetype start = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        put(utf8.data() + start, i - start);
        start = i + 1;
        switch (c) {
        case '"':
            put("\\\"", 2);
            break;
        case '\\':
            put("\\\\", 2);
            break;
        case '\n':
            put("\\n", 2);
            break;
        case '\r':
            put("\\r", 2);
            break;
        case '\t':
            put("\\t", 2);
            break;
        case '\b':
            put("\\b", 2);
            break;
        case '\f':
            put("\\f", 2);
            break;
        default: {
            const char escaped[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
            put(escaped, sizeof escaped);
        }
        }
    }
    put(utf8.data() + start, utf8.size() - start);
    *to++ = '"';
    return to;
}

void appendString(QByteArray *out, QByteArrayView utf8)
{
    const qsizetype size = out->size();
    out->resize(size + maxStringSize(utf8.size()));
    char *const start = out->data();
    out->truncate(writeString(start + size, utf8) - start);
}

namespace {

/// A recursive-descent check of JSON's grammar over bytes.
class Checker
{
public:
    Checker(QByteArrayView text, int maxDepth)
        : m_text(text)
        , m_maxDepth(maxDepth)
    {}

    bool document()
    {
        skipSpace();
        if (!value(0))
            return false;
        skipSpace();
        return m_at == m_text.size();
    }

private:
    bool atEnd() const { return m_at >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_at]; }
    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    void skipSpace()
    {
        while (!atEnd()) {
            const char c = m_text[m_at];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_at;
        }
    }

    bool literal(QByteArrayView word)
    {
        if (m_text.size() - m_at < word.size() || m_text.sliced(m_at, word.size()) != word)
            return false;
        m_at += word.size();
        return true;
    }

    bool value(int depth)
    {
        switch (peek()) {
        case '{':
            return container(depth, '}', true);
        case '[':
            return container(depth, ']', false);
        case '"':
            return string();
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    bool container(int depth, char close, bool object)
    {
        if (depth >= m_maxDepth)
            return false;
        ++m_at; // the opening bracket
        skipSpace();
        if (peek() == close) {
            ++m_at;
            return true;
        }
        for (;;) {
            if (object) {
                if (peek() != '"' || !string())
                    return false;
                skipSpace();
                if (peek() != ':')
                    return false;
                ++m_at;
                skipSpace();
            }
            if (!value(depth + 1))
                return false;
            skipSpace();
            const char next = peek();
            ++m_at;
            if (next == close)
                return true;
            if (next != ',')
                return false;
            skipSpace();
        }
    }

    bool string()
    {
        ++m_at; // the opening quote
        while (!atEnd()) {
            const auto c = static_cast<unsigned char>(m_text[m_at++]);
            if (c == '"')
                return true;
            if (c < 0x20)
                return false;
            if (c != '\\')
                continue;
            if (atEnd())
                return false;
            const char escape = m_text[m_at++];
            if (escape == 'u') {
                for (int i = 0; i < 4; ++i, ++m_at) {
                    const char h = peek();
                    if (!isDigit(h) && !(h >= 'a' && h <= 'f') && !(h >= 'A' && h <= 'F'))
                        return false;
                }
            } else if (!QByteArrayView("\"\\/bfnrt").contains(escape)) {
                return false;
            }
        }
        return false;
    }

    bool digits()
    {
        const qsizetype from = m_at;
        while (isDigit(peek()))
            ++m_at;
        return m_at > from;
    }

    bool number()
    {
        if (peek() == '-')
            ++m_at;
        if (peek() == '0')
            ++m_at;
        else if (!digits())
            return false;
        if (peek() == '.') {
            ++m_at;
            if (!digits())
                return false;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_at;
            if (peek() == '+' || peek() == '-')
                ++m_at;
            if (!digits())
                return false;
        }
        return true;
    }

    QByteArrayView m_text;
    int m_maxDepth;
    qsizetype m_at = 0;
};

} // namespace

bool isValid(QByteArrayView text, int maxDepth)
{
    return Checker(text, maxDepth).document();
}

bool appendCompact(QByteArray *out, QByteArrayView text)
{
    if (!isValid(text))
        return false;
    // Valid JSON: white space outside strings is all there is to leave out.
    qsizetype start = 0;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            out->append(text.data() + start, i - start);
            start = i + 1;
        }
    }
    out->append(text.data() + start, text.size() - start);
    return true;
}

} // namespace qm::json
