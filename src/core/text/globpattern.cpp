#include "globpattern.h"

#include <QChar>
#include <QCoreApplication>

#include <algorithm>
#include <string_view>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::Glob)
};

/// What a byte that is not part of valid UTF-8 reads as: kInvalidByte + the byte, beyond
/// Unicode, so it equals no character a pattern can hold.
constexpr char32_t kInvalidByte = 0x110000;

/// The character at `i` of UTF-16 text, `i` moved past it; a lone surrogate is a
/// character of its own.
char32_t nextCharacter(QStringView text, qsizetype &i)
{
    const char16_t c = text[i++].unicode();
    if (QChar::isHighSurrogate(c) && i < text.size() && text[i].isLowSurrogate())
        return QChar::surrogateToUcs4(c, text[i++].unicode());
    return c;
}

/// The character at `i` of UTF-8 text, `i` moved past it. A byte that does not start a
/// valid, shortest sequence is one character (kInvalidByte + byte), so the bytes after it
/// are read afresh: a literal of the pattern is found at the same place whether the
/// name is read from its start or compared bytewise from its end.
char32_t nextCharacter(QByteArrayView text, qsizetype &i)
{
    const auto *bytes = reinterpret_cast<const uchar *>(text.data());
    const uchar lead = bytes[i];
    if (lead < 0x80) {
        ++i;
        return lead;
    }
    qsizetype length = 0;
    char32_t c = 0;
    char32_t least = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2, c = lead & 0x1F, least = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3, c = lead & 0x0F, least = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4, c = lead & 0x07, least = 0x10000;
    } else {
        ++i;
        return kInvalidByte + lead;
    }
    if (i + length > text.size()) {
        ++i;
        return kInvalidByte + lead;
    }
    for (qsizetype k = 1; k < length; ++k) {
        const uchar next = bytes[i + k];
        if ((next & 0xC0) != 0x80) {
            ++i;
            return kInvalidByte + lead;
        }
        c = (c << 6) | (next & 0x3F);
    }
    if (c < least || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
        ++i;
        return kInvalidByte + lead;
    }
    i += length;
    return c;
}

/// A name as the matching loop reads it: code units for the '.' and '/' tests,
/// characters for the rest.
template <typename View>
struct Name
{
    View view;
    qsizetype size() const { return view.size(); }
    char32_t unit(qsizetype i) const
    {
        if constexpr (std::is_same_v<View, QByteArrayView>)
            return uchar(view[i]);
        else
            return view[i].unicode();
    }
    char32_t next(qsizetype &i) const { return nextCharacter(view, i); }
};

enum CharacterClass {
    Alnum,
    Alpha,
    Blank,
    Cntrl,
    Digit,
    Graph,
    Lower,
    Print,
    Punct,
    Space,
    Upper,
    Xdigit,
    ClassCount
};

constexpr std::u32string_view kClassNames[ClassCount] = {U"alnum", U"alpha", U"blank", U"cntrl",
                                                         U"digit", U"graph", U"lower", U"print",
                                                         U"punct", U"space", U"upper", U"xdigit"};

bool inClass(int characterClass, char32_t c)
{
    if (c < 128) { // the C locale's classes
        const bool lower = c >= 'a' && c <= 'z';
        const bool upper = c >= 'A' && c <= 'Z';
        const bool digit = c >= '0' && c <= '9';
        const bool graph = c > ' ' && c < 127;
        switch (characterClass) {
        case Alnum:
            return lower || upper || digit;
        case Alpha:
            return lower || upper;
        case Blank:
            return c == ' ' || c == '\t';
        case Cntrl:
            return c < ' ' || c == 127;
        case Digit:
            return digit;
        case Graph:
            return graph;
        case Lower:
            return lower;
        case Print:
            return graph || c == ' ';
        case Punct:
            return graph && !(lower || upper || digit);
        case Space:
            return c == ' ' || (c >= '\t' && c <= '\r');
        case Upper:
            return upper;
        case Xdigit:
            return digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        }
        return false;
    }
    if (c > 0x10FFFF)
        return false;         // a byte that is not UTF-8
    switch (characterClass) { // as glibc's wide classes in a UTF-8 locale, near enough
    case Alnum:
        return QChar::isLetterOrNumber(c);
    case Alpha:
        return QChar::isLetter(c);
    case Blank:
        return QChar::category(c) == QChar::Separator_Space;
    case Cntrl:
        return QChar::category(c) == QChar::Other_Control;
    case Digit:
    case Xdigit:
        return false; // only ASCII digits, as in every locale
    case Graph:
        return QChar::isPrint(c) && !QChar::isSpace(c);
    case Lower:
        return QChar::isLower(c);
    case Print:
        return QChar::isPrint(c);
    case Punct:
        return QChar::isPunct(c) || QChar::isSymbol(c);
    case Space:
        return QChar::isSpace(c);
    case Upper:
        return QChar::isUpper(c);
    }
    return false;
}

QString characterText(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

} // namespace

struct GlobPattern::Bracket
{
    enum class Result { Set, Unclosed, Error } result = Result::Unclosed;
    size_t end = 0; ///< the index after its ']'
    CharSet set;
    QString error;
};

bool GlobPattern::CharSet::contains(char32_t c) const
{
    bool member = false;
    if (c < 128) {
        member = (ascii[c >> 6] >> (c & 63)) & 1;
    } else {
        for (const auto &[first, last] : ranges) {
            if (c >= first && c <= last) {
                member = true;
                break;
            }
        }
        for (int i = 0; !member && i < ClassCount; ++i)
            member = (classes >> i & 1) && inClass(i, c);
    }
    return member != negated;
}

GlobPattern::GlobPattern(QStringView pattern, Options options)
    : m_pattern(pattern.toString())
    , m_options(options)
{
    compile(pattern);
}

GlobPattern::Bracket GlobPattern::parseBracket(const std::vector<char32_t> &chars,
                                               size_t start) const
{
    const size_t n = chars.size();
    const bool escapes = m_options & Option::BackslashEscapes;
    const bool classes = m_options & Option::CharacterClasses;
    Bracket bracket;
    CharSet &set = bracket.set;
    const auto add = [&set](char32_t first, char32_t last) {
        for (char32_t c = first; c <= last && c < 128; ++c)
            set.ascii[c >> 6] |= quint64(1) << (c & 63);
        if (last >= 128)
            set.ranges.emplace_back(std::max<char32_t>(first, 128), last);
    };

    size_t j = start + 1;
    // "[:digit:]" alone is a set of ':', 'd', 'i', 'g', 't' to fnmatch(3); a person who
    // types it meant "[[:digit:]]", and regular expressions refuse it: so do strict sets.
    const char32_t term = j < n ? chars[j] : 0;
    if ((m_options & Option::StrictBrackets) && classes &&
        (term == ':' || term == '.' || term == '=')) {
        for (size_t k = j + 1; k < n && !(chars[k] == '[' && k + 1 < n && chars[k + 1] == term);
             ++k) {
            if (chars[k] != ']')
                continue;
            if (k > j + 1 && chars[k - 1] == term) {
                const QString written =
                    QString::fromUcs4(chars.data() + start, qsizetype(k - start + 1));
                bracket.result = Bracket::Result::Error;
                bracket.error =
                    Text::tr("\"%1\" at character %2 belongs inside a set: write \"[%1]\"")
                        .arg(written)
                        .arg(start + 1);
                return bracket;
            }
            break;
        }
    }
    if (j < n && (chars[j] == '!' || ((m_options & Option::CaretNegates) && chars[j] == '^'))) {
        set.negated = true;
        ++j;
    }

    // One member at j, j moved past it: a character (itself, escaped, [.c.] or [=c=]) or,
    // where one may stand, a class [:name:]. End: the pattern ends inside it.
    enum class Element { Character, Class, End, Error };
    const auto element = [&](bool classAllowed, char32_t *value, int *characterClass) {
        if (j >= n)
            return Element::End;
        const char32_t c = chars[j];
        const char32_t kind = j + 1 < n ? chars[j + 1] : 0;
        if (classes && c == '[' && (kind == '.' || kind == '=' || (kind == ':' && classAllowed))) {
            size_t k = j + 2;
            // As glibc: "[:" followed by anything but lower-case letters and ":]" is no
            // class, only a '[' and more members.
            while (k + 1 < n && !(chars[k] == kind && chars[k + 1] == ']') &&
                   (kind != ':' || (chars[k] >= 'a' && chars[k] <= 'z')))
                ++k;
            if (k + 1 < n && chars[k] == kind && chars[k + 1] == ']') {
                const std::u32string_view name(chars.data() + j + 2, k - j - 2);
                const size_t at = j + 1;
                j = k + 2;
                if (kind == ':') {
                    for (int i = 0; i < ClassCount; ++i) {
                        if (name == kClassNames[i]) {
                            *characterClass = i;
                            return Element::Class;
                        }
                    }
                    bracket.error =
                        Text::tr("\"[:%1:]\" at character %2 is not a character class (alnum, "
                                 "alpha, blank, cntrl, digit, graph, lower, print, punct, "
                                 "space, upper, xdigit)")
                            .arg(QString::fromUcs4(name.data(), qsizetype(name.size())))
                            .arg(at);
                    return Element::Error;
                }
                if (name.size() == 1) {
                    *value = name.front();
                    return Element::Character;
                }
                bracket.error =
                    Text::tr("\"%1\" at character %2 is not one character")
                        .arg(QString::fromUcs4(chars.data() + at - 1, qsizetype(j - at + 1)))
                        .arg(at);
                return Element::Error;
            }
        }
        if (escapes && c == '\\') {
            if (j + 1 >= n)
                return Element::End;
            *value = chars[j + 1];
            j += 2;
            return Element::Character;
        }
        *value = c;
        ++j;
        return Element::Character;
    };

    for (bool first = true;; first = false) {
        if (j >= n)
            return bracket; // Unclosed
        if (chars[j] == ']' && !first) {
            bracket.result = Bracket::Result::Set;
            bracket.end = j + 1;
            return bracket;
        }
        char32_t low = 0;
        int characterClass = 0;
        const size_t at = j;
        switch (element(true, &low, &characterClass)) {
        case Element::End:
            return bracket; // Unclosed
        case Element::Error:
            bracket.result = Bracket::Result::Error;
            return bracket;
        case Element::Class:
            set.classes |= 1u << characterClass;
            for (char32_t c = 0; c < 128; ++c) {
                if (inClass(characterClass, c))
                    set.ascii[c >> 6] |= quint64(1) << (c & 63);
            }
            continue;
        case Element::Character:
            break;
        }
        // A range: "a-z"; a '-' first, last, or right after a range is a member.
        if (j + 1 < n && chars[j] == '-' && chars[j + 1] != ']') {
            ++j;
            char32_t high = 0;
            switch (element(false, &high, &characterClass)) {
            case Element::End:
                return bracket; // Unclosed
            case Element::Error:
                bracket.result = Bracket::Result::Error;
                return bracket;
            case Element::Class: // not reached: no class as a range's end
            case Element::Character:
                break;
            }
            if (high >= low) {
                add(low, high);
            } else if (m_options & Option::StrictBrackets) {
                bracket.result = Bracket::Result::Error;
                bracket.error = Text::tr("the range \"%1-%2\" at character %3 runs backwards")
                                    .arg(characterText(low), characterText(high))
                                    .arg(at + 1);
                return bracket;
            } // else: an empty range, as fnmatch(3) and Python read it
        } else {
            add(low, low);
        }
    }
}

void GlobPattern::compile(QStringView pattern)
{
    std::vector<char32_t> chars;
    chars.reserve(size_t(pattern.size()));
    for (qsizetype i = 0; i < pattern.size();)
        chars.push_back(nextCharacter(pattern, i));

    const auto literal = [this](char32_t c) { m_tokens.push_back({Token::Kind::Literal, c}); };
    for (size_t i = 0; i < chars.size() && m_error.isEmpty();) {
        const char32_t c = chars[i];
        if (c == '*') {
            if (m_tokens.empty() || m_tokens.back().kind != Token::Kind::Star)
                m_tokens.push_back({Token::Kind::Star, 0});
            ++i;
        } else if (c == '?') {
            m_tokens.push_back({Token::Kind::AnyChar, 0});
            ++i;
        } else if (c == '[') {
            Bracket bracket = parseBracket(chars, i);
            switch (bracket.result) {
            case Bracket::Result::Set:
                m_tokens.push_back({Token::Kind::Set, char32_t(m_sets.size())});
                m_sets.push_back(std::move(bracket.set));
                i = bracket.end;
                break;
            case Bracket::Result::Error:
                m_error = bracket.error;
                break;
            case Bracket::Result::Unclosed:
                if (m_options & Option::StrictBrackets) {
                    m_error =
                        Text::tr("the \"[\" at character %1 is not closed by a \"]\"").arg(i + 1);
                    break;
                }
                literal(c); // a '[' without its ']' is itself
                ++i;
                break;
            }
        } else if (c == '\\' && (m_options & Option::BackslashEscapes) && i + 1 < chars.size()) {
            literal(chars[i + 1]);
            i += 2;
        } else {
            literal(c);
            ++i;
        }
    }
    if (!m_error.isEmpty()) {
        m_shape = Shape::Nothing;
        m_tokens.clear();
        m_sets.clear();
        return;
    }

    // The shape: where the '*' is, if there is one, with literals all around.
    const auto isLiteral = [](const Token &token) { return token.kind == Token::Kind::Literal; };
    const auto first = m_tokens.cbegin();
    const auto last = m_tokens.cend();
    const bool starFirst = !m_tokens.empty() && m_tokens.front().kind == Token::Kind::Star;
    const bool starLast = !m_tokens.empty() && m_tokens.back().kind == Token::Kind::Star;
    if (std::all_of(first, last, isLiteral))
        m_shape = Shape::Literal;
    else if (starFirst && m_tokens.size() == 1)
        m_shape = Shape::Anything;
    else if (starFirst && std::all_of(first + 1, last, isLiteral))
        m_shape = Shape::Suffix;
    else if (starLast && std::all_of(first, last - 1, isLiteral))
        m_shape = Shape::Prefix;
    else
        m_shape = Shape::General;
    if (m_shape == Shape::Literal || m_shape == Shape::Suffix || m_shape == Shape::Prefix) {
        std::u32string text;
        for (const Token &token : m_tokens) {
            if (token.kind == Token::Kind::Literal)
                text.push_back(token.value);
        }
        // A lone surrogate has no UTF-8 form to compare bytes with: leave it to the loop.
        if (std::any_of(text.cbegin(), text.cend(),
                        [](char32_t c) { return c >= 0xD800 && c <= 0xDFFF; })) {
            m_shape = Shape::General;
        } else {
            m_text16 = QString::fromUcs4(text.data(), qsizetype(text.size()));
            m_text8 = m_text16.toUtf8();
        }
    }
}

template <typename Reader>
bool GlobPattern::matchTokens(const Reader &name) const
{
    const bool slashIsSpecial = !(m_options & Option::MatchSlash);
    const bool dotIsSpecial = m_options & Option::ExplicitLeadingDot;
    const qsizetype size = name.size();
    const auto leadingDotAt = [&](qsizetype i) {
        return dotIsSpecial && i < size && name.unit(i) == '.' &&
               (i == 0 || (slashIsSpecial && name.unit(i - 1) == '/'));
    };
    constexpr size_t kNone = size_t(-1);
    const size_t count = m_tokens.size();
    size_t p = 0;
    qsizetype n = 0;
    // The one backtrack point: the token after the last '*' passed, and where the name
    // goes on after what that '*' takes so far. Retrying only the last '*' suffices:
    // any placement an earlier one could give, the last one can give too.
    size_t starP = kNone;
    qsizetype starN = 0;
    for (;;) {
        if (p < count) {
            const Token &token = m_tokens[p];
            if (token.kind == Token::Kind::Star) {
                if (!leadingDotAt(n)) {
                    starP = ++p;
                    starN = n;
                    continue;
                }
            } else if (n < size) {
                qsizetype next = n;
                const char32_t c = name.next(next);
                const bool matched = token.kind == Token::Kind::Literal
                                         ? c == token.value
                                         : !(slashIsSpecial && c == '/') && !leadingDotAt(n) &&
                                               (token.kind == Token::Kind::AnyChar ||
                                                m_sets[token.value].contains(c));
                if (matched) {
                    // Past a '/' no earlier '*' may take more: it cannot take the '/'.
                    if (slashIsSpecial && c == '/')
                        starP = kNone;
                    ++p;
                    n = next;
                    continue;
                }
            }
        } else if (n == size) {
            return true;
        }
        // A mismatch: the last '*' takes one character more, and the rest is tried after.
        if (starP == kNone || starN == size)
            return false;
        if (name.next(starN) == '/' && slashIsSpecial)
            return false;
        p = starP;
        n = starN;
    }
}

bool GlobPattern::matchGeneral(QStringView name) const
{
    return matchTokens(Name<QStringView>{name});
}

bool GlobPattern::matchGeneral(QByteArrayView name) const
{
    return matchTokens(Name<QByteArrayView>{name});
}

} // namespace qm
