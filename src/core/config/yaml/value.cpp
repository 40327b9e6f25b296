#include "value.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstring>

namespace qm::yaml {

namespace {

// PyYAML's implicit resolvers (resolver.py), anchored like re.match(...) + '$'.
const QRegularExpression &floatPattern()
{
    static const QRegularExpression re(
        QStringLiteral("\\A(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?"
                       "|\\.[0-9_]+(?:[eE][-+][0-9]+)?"
                       "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
                       "|[-+]?\\.(?:inf|Inf|INF)"
                       "|\\.(?:nan|NaN|NAN))\\z"));
    return re;
}

const QRegularExpression &intPattern()
{
    static const QRegularExpression re(QStringLiteral("\\A(?:[-+]?0b[0-1_]+"
                                                      "|[-+]?0[0-7_]+"
                                                      "|[-+]?(?:0|[1-9][0-9_]*)"
                                                      "|[-+]?0x[0-9a-fA-F_]+"
                                                      "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)\\z"));
    return re;
}

const QRegularExpression &timestampPattern()
{
    static const QRegularExpression re(
        QStringLiteral("\\A(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
                       "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
                       "(?:[Tt]|[ \\t]+)[0-9][0-9]?"
                       ":[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
                       "(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)\\z"));
    return re;
}

} // namespace

QString ValueData::isoFormat() const
{
    QString text = QStringLiteral("%1-%2-%3")
                       .arg(date.year(), 4, 10, QLatin1Char('0'))
                       .arg(date.month(), 2, 10, QLatin1Char('0'))
                       .arg(date.day(), 2, 10, QLatin1Char('0'));
    if (type != Type::DateTime)
        return text;
    text += QStringLiteral("T%1:%2:%3")
                .arg(hour, 2, 10, QLatin1Char('0'))
                .arg(minute, 2, 10, QLatin1Char('0'))
                .arg(second, 2, 10, QLatin1Char('0'));
    if (microsecond != 0)
        text += QStringLiteral(".%1").arg(microsecond, 6, 10, QLatin1Char('0'));
    if (utcOffsetSeconds) {
        const int offset = std::abs(*utcOffsetSeconds);
        text += QStringLiteral("%1%2:%3")
                    .arg(*utcOffsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                    .arg(offset / 3600, 2, 10, QLatin1Char('0'))
                    .arg((offset % 3600) / 60, 2, 10, QLatin1Char('0'));
    }
    return text;
}

QString LoadError::toString() const
{
    return QStringLiteral("line %1, column %2: %3")
        .arg(position.line + 1)
        .arg(position.column + 1)
        .arg(message);
}

QString resolvePlainScalar(const QString &text)
{
    // PyYAML tries the resolvers registered for the first character, in the order they
    // were added: bool, float, int, merge, null, timestamp, value. The common cases are
    // decided without a regular expression; the rest use PyYAML's own patterns.
    if (text.isEmpty())
        return QStringLiteral("null");
    const char16_t first = text.front().unicode();
    if (first >= 128)
        return QStringLiteral("str");
    switch (first) {
    case 'y':
    case 'Y':
    case 'n':
    case 'N':
    case 't':
    case 'T':
    case 'f':
    case 'F':
    case 'o':
    case 'O': {
        static const char *const booleans[] = {"yes",  "Yes",  "YES",  "no",    "No",    "NO",
                                               "true", "True", "TRUE", "false", "False", "FALSE",
                                               "on",   "On",   "ON",   "off",   "Off",   "OFF"};
        for (const char *word : booleans) {
            if (text == QLatin1String(word))
                return QStringLiteral("bool");
        }
        if (text == QLatin1String("null") || text == QLatin1String("Null") ||
            text == QLatin1String("NULL"))
            return QStringLiteral("null");
        return QStringLiteral("str");
    }
    case '~':
        return text.size() == 1 ? QStringLiteral("null") : QStringLiteral("str");
    case '<':
        return text == QLatin1String("<<") ? QStringLiteral("merge") : QStringLiteral("str");
    case '=':
        return text.size() == 1 ? QStringLiteral("value") : QStringLiteral("str");
    default:
        break;
    }
    if (!std::strchr("-+0123456789.", char(first)))
        return QStringLiteral("str");
    const bool allDigits = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= '0' && c.unicode() <= '9';
    });
    if (allDigits) {
        // Decimal, or octal after a leading zero; "089" is neither, and no float or date.
        if (text.size() == 1 || first != '0')
            return QStringLiteral("int");
        const bool octal =
            std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() <= '7'; });
        return octal ? QStringLiteral("int") : QStringLiteral("str");
    }
    if (floatPattern().match(text).hasMatch())
        return QStringLiteral("float");
    if (first != '.' && intPattern().match(text).hasMatch())
        return QStringLiteral("int");
    if (first >= '0' && first <= '9' && timestampPattern().match(text).hasMatch())
        return QStringLiteral("timestamp");
    return QStringLiteral("str");
}

} // namespace qm::yaml
