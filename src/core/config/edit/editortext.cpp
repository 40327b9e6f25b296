#include "editortext.h"

#include "core/text/linediff.h"

namespace qm::edit {

namespace {

QByteArray withoutCarriageReturns(QByteArray bytes)
{
    return bytes.replace("\r\n", "\n");
}

} // namespace

EditorText EditorText::fromBytes(const QByteArray &bytes)
{
    EditorText result;
    result.bom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArray body = result.bom ? bytes.mid(3) : bytes;
    const qsizetype lineFeeds = body.count('\n');
    const qsizetype crlfs = body.count("\r\n");
    result.crlf = lineFeeds > 0 && crlfs * 2 > lineFeeds;
    if (crlfs > 0 && crlfs < lineFeeds)
        result.mixedOriginal = body;
    result.text = QString::fromUtf8(crlfs > 0 ? withoutCarriageReturns(body) : body);
    result.editable = body.count('\r') == crlfs &&
                      !result.text.contains(QChar(QChar::LineSeparator)) &&
                      !result.text.contains(QChar(QChar::ParagraphSeparator));
    return result;
}

QByteArray EditorText::toBytes(const QString &editorText) const
{
    const QByteArray mark = bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    const QByteArray lf = editorText.toUtf8();
    if (!mixedOriginal.isEmpty()) {
        // Lines the user did not touch keep their own ending; new ones get the
        // file's usual one.
        const QList<QByteArray> original = splitLines(mixedOriginal);
        QList<QByteArray> normalized;
        normalized.reserve(original.size());
        for (const QByteArray &line : original)
            normalized.append(withoutCarriageReturns(line));
        const QList<QByteArray> edited = splitLines(lf);
        QByteArray out = mark;
        out.reserve(mark.size() + lf.size() + lf.size() / 16);
        for (const DiffRun &run : diffLines(normalized, edited)) {
            for (qsizetype i = 0; i < run.count; ++i) {
                if (run.kind == DiffRun::Kind::Same) {
                    out += original[run.oldStart + i];
                } else if (run.kind == DiffRun::Kind::Added) {
                    const QByteArray &line = edited[run.newStart + i];
                    out += crlf && line.endsWith('\n') ? line.chopped(1) + "\r\n" : line;
                }
            }
        }
        return out;
    }
    if (!crlf)
        return mark + lf;
    QByteArray withCrlf = lf;
    withCrlf.replace("\n", "\r\n");
    return mark + withCrlf;
}

QString fromRawEditorText(QString raw)
{
    raw.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return raw;
}

} // namespace qm::edit
