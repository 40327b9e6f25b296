#include "editortext.h"

namespace qm::edit {

EditorText EditorText::fromBytes(const QByteArray &bytes)
{
    EditorText result;
    const qsizetype lineFeeds = bytes.count('\n');
    result.crlf = lineFeeds > 0 && bytes.count("\r\n") == lineFeeds;
    result.bom = bytes.startsWith("\xEF\xBB\xBF");
    result.text = QString::fromUtf8(result.bom ? bytes.mid(3) : bytes);
    if (result.crlf)
        result.text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return result;
}

QByteArray EditorText::toBytes(const QString &editorText) const
{
    const QByteArray mark = bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    if (!crlf)
        return mark + editorText.toUtf8();
    QString withCrlf = editorText;
    withCrlf.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    return mark + withCrlf.toUtf8();
}

QString fromRawEditorText(QString raw)
{
    raw.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return raw;
}

} // namespace qm::edit
