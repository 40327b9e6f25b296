#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QFlags>
#include <QString>
#include <QStringView>

#include <cstring>
#include <type_traits>
#include <utility>
#include <vector>

namespace qm {

/// A shell-style glob compiled once, then matched against many names: `*` any run of
/// characters, `?` one character, `[set]` one character of a set (`[a-z]`, `[!a]`; a `]`
/// first in the set is a member), everything else itself, case-sensitive. The options
/// say where the glob dialects this codebase reads differ; pythonFnmatch(),
/// posixFnmatch() and shellFileName() are the three in use (docs/architecture.md,
/// "Globs").
///
/// A character is a Unicode code point: `?` takes "ä" whole, in a QString (a surrogate
/// pair is one character) as in UTF-8 bytes. A byte that is not part of valid UTF-8 is a
/// character of its own, which only `?`, `*` and a negated set match. Matching never
/// allocates and is the same on every platform (no regex, no libc fnmatch): iterative,
/// one backtrack point for the last `*`, so time is at most the pattern's length times
/// the name's. Common shapes — a literal, `*.ext` (any `*literal`), `prefix*`, `*` — are
/// tested without the general loop.
class GlobPattern
{
public:
    enum class Option : unsigned {
        /// `*`, `?` and sets match '/' too (Python's fnmatch sees no paths). Without it a
        /// '/' of the name is matched only by a '/' of the pattern (FNM_PATHNAME).
        MatchSlash = 0x01,
        /// A '.' that starts the name (without MatchSlash also one right after a '/') is
        /// matched only by a '.' written in the pattern, never by `*`, `?` or a set — not
        /// even `*` matching nothing before it: `*.db` does not match ".db"
        /// (FNM_PERIOD, as glibc and BSD read it).
        ExplicitLeadingDot = 0x02,
        /// `\x` stands for x itself, in and out of sets (fnmatch(3) without
        /// FNM_NOESCAPE); a `\` ending the pattern stands for itself (as on BSD and macOS;
        /// glibc's fnmatch then matches nothing). Without it a backslash is an ordinary
        /// character.
        BackslashEscapes = 0x04,
        /// `[^...]` is negated like `[!...]` (glibc, BSD, regular expressions). Without it
        /// '^' is a member like any other (Python).
        CaretNegates = 0x08,
        /// `[:alpha:]` and the other POSIX classes inside a set (alnum alpha blank cntrl
        /// digit graph lower print punct space upper xdigit: ASCII as in the C locale,
        /// beyond ASCII by Unicode properties), `[=c=]` and `[.c.]` for the one
        /// character c. An unknown class, or such an element of more than one character,
        /// is an error.
        CharacterClasses = 0x10,
        /// A `[` without its `]`, a range whose ends are reversed (`[z-a]`), or (with
        /// CharacterClasses) a class written outside a set (`[:digit:]` for
        /// `[[:digit:]]`) is an error. Without it such a `[` is itself, such a range
        /// matches nothing and `[:digit:]` is the set of ':', 'd', 'i', 'g', 't', as in
        /// fnmatch(3) and Python.
        StrictBrackets = 0x20,
    };
    Q_DECLARE_FLAGS(Options, Option)

    /// Python's fnmatch.fnmatchcase, as the fleet's Python tools read the config:
    /// wildcards match '/' and a leading dot, no escapes, '^' is no negation.
    static constexpr Options pythonFnmatch();
    /// fnmatch(3) with FNM_PATHNAME | FNM_PERIOD (escapes on), as a shell matches one
    /// path component: the data categories.
    static constexpr Options posixFnmatch();
    /// A shell glob on one file name, checked strictly because a person types it
    /// (`qmctl jobs add cleanup --pattern`): the cleanup patterns. No escapes (a
    /// backslash is part of the name).
    static constexpr Options shellFileName();

    /// Compiles `pattern`. When the options find an error in it (see isValid), the
    /// pattern matches nothing.
    GlobPattern(QStringView pattern, Options options);

    /// Whether the pattern compiled; false only with StrictBrackets or CharacterClasses,
    /// for the errors they name.
    bool isValid() const { return m_error.isEmpty(); }
    /// Why the pattern is not valid, for a person (names the position); empty when it is.
    const QString &errorString() const { return m_error; }
    const QString &pattern() const { return m_pattern; }
    Options options() const { return m_options; }
    /// Whether the pattern has no wildcard and matches one name only (after escapes).
    bool isLiteral() const { return m_shape == Shape::Literal; }

    /// Whether the whole `name` matches.
    bool matches(QStringView name) const;
    /// Whether the whole `name`, UTF-8 bytes, matches.
    bool matches(QByteArrayView name) const;

private:
    enum class Shape : quint8 { Literal, Suffix, Prefix, Anything, General, Nothing };
    struct Token
    {
        enum class Kind : quint8 { Literal, AnyChar, Star, Set } kind = Kind::Literal;
        char32_t value = 0; ///< the character of a literal, the index of a set
    };
    struct CharSet
    {
        quint64 ascii[2] = {0, 0};                         ///< members below 128, classes included
        std::vector<std::pair<char32_t, char32_t>> ranges; ///< members from 128 on
        unsigned classes = 0;                              ///< bit i: class i
        bool negated = false;
        bool contains(char32_t c) const;
    };
    struct Bracket;

    void compile(QStringView pattern);
    Bracket parseBracket(const std::vector<char32_t> &pattern, size_t start) const;
    template <typename Reader>
    bool matchTokens(const Reader &name) const;
    bool matchGeneral(QStringView name) const;
    bool matchGeneral(QByteArrayView name) const;
    /// Whether a `*` starting at `from` may take name[from, to): no '/' (unless
    /// MatchSlash), and no leading dot at `from` (with ExplicitLeadingDot).
    template <typename View>
    bool starMayTake(View name, qsizetype from, qsizetype to) const;
    /// matches() for the shapes but General: `text` and `length` are m_text8 or m_text16.
    template <typename View, typename Char>
    bool matchShape(View name, const Char *text, qsizetype length) const;

    QString m_pattern;
    Options m_options;
    Shape m_shape = Shape::Nothing;
    QString m_text16;   ///< the literal, suffix or prefix of those shapes, as UTF-16
    QByteArray m_text8; ///< ... and as UTF-8
    std::vector<Token> m_tokens;
    std::vector<CharSet> m_sets;
    QString m_error;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(GlobPattern::Options)

constexpr GlobPattern::Options GlobPattern::pythonFnmatch()
{
    return Option::MatchSlash;
}

constexpr GlobPattern::Options GlobPattern::posixFnmatch()
{
    return Option::ExplicitLeadingDot | Option::BackslashEscapes | Option::CaretNegates |
           Option::CharacterClasses;
}

constexpr GlobPattern::Options GlobPattern::shellFileName()
{
    return Option::ExplicitLeadingDot | Option::CaretNegates | Option::CharacterClasses |
           Option::StrictBrackets;
}

// The shapes are tested here, inline: the data-category scan calls this for every
// pattern on every file of a walk.

template <typename View>
inline bool GlobPattern::starMayTake(View name, qsizetype from, qsizetype to) const
{
    if ((m_options & Option::ExplicitLeadingDot) && from < name.size() && name[from] == u'.' &&
        (from == 0 || (!(m_options & Option::MatchSlash) && name[from - 1] == u'/')))
        return false;
    if ((m_options & Option::MatchSlash) || from == to)
        return true; // (an empty view may have no data: memchr must not see it)
    if constexpr (std::is_same_v<View, QByteArrayView>)
        return std::memchr(name.data() + from, '/', size_t(to - from)) == nullptr;
    else
        return !name.sliced(from, to - from).contains(u'/');
}

template <typename View, typename Char>
inline bool GlobPattern::matchShape(View name, const Char *text, qsizetype length) const
{
    // Compared here rather than with the views' out-of-line endsWith(): most tests fail,
    // and the last character tells most of them without a call.
    const Char *const data = name.data();
    const auto same = [](const Char *a, const Char *b, qsizetype count) { // count > 0
        return std::memcmp(a, b, size_t(count) * sizeof(Char)) == 0;
    };
    switch (m_shape) {
    case Shape::Literal:
        return name.size() == length && (length == 0 || same(data, text, length));
    case Shape::Suffix: // length > 0
        return name.size() >= length && data[name.size() - 1] == text[length - 1] &&
               same(data + name.size() - length, text, length) &&
               starMayTake(name, 0, name.size() - length);
    case Shape::Prefix: // length > 0
        return name.size() >= length && data[0] == text[0] && same(data, text, length) &&
               starMayTake(name, length, name.size());
    case Shape::Anything:
        return starMayTake(name, 0, name.size());
    case Shape::General:
        return matchGeneral(name);
    case Shape::Nothing:
        break;
    }
    return false;
}

inline bool GlobPattern::matches(QByteArrayView name) const
{
    return matchShape(name, m_text8.constData(), m_text8.size());
}

inline bool GlobPattern::matches(QStringView name) const
{
    return matchShape(name, m_text16.constData(), m_text16.size());
}

} // namespace qm
