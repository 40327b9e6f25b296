#pragma once

#include <QByteArray>
#include <QString>

namespace qm::edit {

/// A config's bytes as a text editor holds them: decoded from UTF-8, with CRLF line
/// endings shown as plain line breaks and put back on the way out (a file that mixes
/// CRLF and LF keeps each untouched line's own ending; new lines get the more common
/// one), and a UTF-8 byte order mark kept aside (editors drop it) and put
/// back. Everything else (trailing spaces, a missing final newline, tabs, no-break
/// spaces) passes through unchanged.
struct EditorText
{
    QString text;
    bool crlf = false; ///< most line breaks of the file were CRLF
    /// The file (without BOM) when it mixes CRLF and LF endings; empty otherwise.
    QByteArray mixedOriginal;
    /// False when the file holds line breaks a text editor turns into others (a CR
    /// without LF, U+2028, U+2029): such a file cannot be edited byte for byte.
    bool editable = true;
    bool bom = false; ///< the file began with a UTF-8 byte order mark

    static EditorText fromBytes(const QByteArray &bytes);
    /// The bytes of `editorText` with this file's line endings.
    QByteArray toBytes(const QString &editorText) const;
};

/// The plain text of an editor's QTextDocument::toRawText(): paragraph separators
/// (U+2029) back to line feeds. (toPlainText() would also turn no-break spaces into
/// spaces, changing bytes the user did not touch.)
QString fromRawEditorText(QString raw);

} // namespace qm::edit
