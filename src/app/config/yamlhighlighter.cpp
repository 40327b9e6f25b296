#include "yamlhighlighter.h"

#include "core/config/yaml/value.h"

#include <QGuiApplication>
#include <QPalette>

namespace qm {

namespace {

bool isDark()
{
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::Base).lightness() < 128;
}

QTextCharFormat colored(const QColor &color, bool bold = false, bool italic = false)
{
    QTextCharFormat format;
    format.setForeground(color);
    if (bold)
        format.setFontWeight(QFont::DemiBold);
    format.setFontItalic(italic);
    return format;
}

} // namespace

YamlHighlighter::YamlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    const bool dark = isDark();
    m_comment = colored(dark ? QColor(0x8a, 0x9a, 0x8a) : QColor(0x5f, 0x7f, 0x5f), false, true);
    m_key = colored(dark ? QColor(0x8c, 0xb4, 0xff) : QColor(0x1f, 0x4e, 0xa8), true);
    m_string = colored(dark ? QColor(0xe6, 0xb4, 0x73) : QColor(0xa0, 0x52, 0x0a));
    m_literal = colored(dark ? QColor(0xc6, 0x95, 0xf0) : QColor(0x7a, 0x2f, 0xa8));
    m_anchor = colored(dark ? QColor(0x6f, 0xd0, 0xc0) : QColor(0x0f, 0x7a, 0x6f));
    m_marker = colored(dark ? QColor(0xaa, 0xaa, 0xaa) : QColor(0x70, 0x70, 0x70), true);
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size && text[i].isSpace())
        ++i;
    if (text.mid(i).startsWith(QLatin1String("---")) ||
        text.mid(i).startsWith(QLatin1String("..."))) {
        setFormat(int(i), 3, m_marker);
        i += 3;
    }
    qsizetype tokenStart = -1; // start of the current plain word
    const auto flushWord = [&](qsizetype end) {
        if (tokenStart < 0)
            return;
        const QString word = text.mid(tokenStart, end - tokenStart).trimmed();
        const QString tag = yaml::resolvePlainScalar(word);
        if (tag != u"str" && tag != u"merge")
            setFormat(int(tokenStart), int(end - tokenStart), m_literal);
        tokenStart = -1;
    };
    while (i < size) {
        const QChar c = text[i];
        if (c == QLatin1Char('#') && (i == 0 || text[i - 1].isSpace())) {
            flushWord(i);
            setFormat(int(i), int(size - i), m_comment);
            return;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            flushWord(i);
            qsizetype j = i + 1;
            while (j < size) {
                if (c == QLatin1Char('"') && text[j] == QLatin1Char('\\')) {
                    j += 2;
                    continue;
                }
                if (text[j] == c) {
                    if (c == QLatin1Char('\'') && j + 1 < size && text[j + 1] == c) {
                        j += 2; // '' inside single quotes
                        continue;
                    }
                    break;
                }
                ++j;
            }
            const qsizetype end = std::min(j + 1, size);
            const bool key = end < size && text[end] == QLatin1Char(':');
            setFormat(int(i), int(end - i), key ? m_key : m_string);
            i = end;
            continue;
        }
        if ((c == QLatin1Char('&') || c == QLatin1Char('*') || c == QLatin1Char('!')) &&
            tokenStart < 0) {
            qsizetype j = i + 1;
            while (j < size && !text[j].isSpace() && !QStringLiteral(",[]{}").contains(text[j]))
                ++j;
            setFormat(int(i), int(j - i), m_anchor);
            i = j;
            continue;
        }
        if (c == QLatin1Char('-') && tokenStart < 0 && (i + 1 == size || text[i + 1].isSpace())) {
            setFormat(int(i), 1, m_marker);
            ++i;
            continue;
        }
        if (c == QLatin1Char(':') && (i + 1 == size || text[i + 1].isSpace()) && tokenStart >= 0) {
            setFormat(int(tokenStart), int(i - tokenStart), m_key);
            tokenStart = -1;
            ++i;
            continue;
        }
        if (QStringLiteral(",[]{}").contains(c)) {
            flushWord(i);
            ++i;
            continue;
        }
        if (tokenStart < 0 && !c.isSpace())
            tokenStart = i;
        ++i;
    }
    flushWord(size);
}

} // namespace qm
