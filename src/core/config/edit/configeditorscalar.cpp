// ConfigEditor::renderScalar(): a scalar written so that it reads back as given, plain
// when that is safe, quoted otherwise. The rest of ConfigEditor is in configeditor.cpp.

#include "configeditor.h"
#include "core/config/yaml/value.h"

#include <algorithm>

namespace qm::edit {

namespace {

/// Whether `text` can stand as a plain scalar anywhere (block or flow) and read back as
/// written: a conservative subset of what YAML allows.
bool plainSafe(const QString &text)
{
    if (text.isEmpty() || text.back() == QLatin1Char(' '))
        return false;
    const QChar first = text.front();
    const bool signedNumber = (first == QLatin1Char('-') || first == QLatin1Char('+')) &&
                              text.size() > 1 && (text[1].isDigit() || text[1] == QLatin1Char('.'));
    if (!first.isLetterOrNumber() && !signedNumber && !QStringLiteral("_/.~").contains(first))
        return false;
    for (const QChar c : text) {
        if (!c.isLetterOrNumber() && !QStringLiteral("_./@+~-= ").contains(c))
            return false;
    }
    return true;
}

bool needsEscapes(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0x85 ||
               c.unicode() == 0x2028 || c.unicode() == 0x2029 || c.unicode() == 0xfeff;
    });
}

QString singleQuoted(QString text)
{
    text.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

QString doubleQuoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0x85 ||
                c.unicode() == 0x2028 || c.unicode() == 0x2029 || c.unicode() == 0xfeff)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

} // namespace

std::optional<QString> ConfigEditor::renderScalar(const QString &text, const QString &type,
                                                  yaml::ScalarStyle preferred)
{
    if (type == u"str") {
        if (preferred == yaml::ScalarStyle::Plain && plainSafe(text) &&
            yaml::resolvePlainScalar(text) == u"str")
            return text;
        if (preferred == yaml::ScalarStyle::DoubleQuoted || needsEscapes(text))
            return doubleQuoted(text);
        return singleQuoted(text);
    }
    static const QStringList implicitTypes = {QStringLiteral("null"), QStringLiteral("bool"),
                                              QStringLiteral("int"), QStringLiteral("float"),
                                              QStringLiteral("timestamp")};
    if (implicitTypes.contains(type) && yaml::resolvePlainScalar(text) == type &&
        !needsEscapes(text) && !text.contains(QLatin1Char('#')))
        return text;
    return std::nullopt;
}

} // namespace qm::edit
