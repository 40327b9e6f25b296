#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace qm {

/// Colours YAML by line: comments, keys, quoted strings, numbers and booleans,
/// anchors, aliases and tags, document markers. A lexical approximation for reading;
/// the parser, not the colours, decides what the text means.
class YamlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit YamlHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_comment;
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_literal; ///< numbers, booleans, null
    QTextCharFormat m_anchor;  ///< anchors, aliases, tags
    QTextCharFormat m_marker;  ///< ---, ..., list dashes
};

} // namespace qm
