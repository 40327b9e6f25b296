#pragma once

#include <QDialog>
#include <QSyntaxHighlighter>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace qm {

/// Colours a unified diff in a text document: removed lines red, added lines green,
/// hunk headers blue, file headers bold.
class DiffHighlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override;
};

/// Shows a unified diff between two versions of a config, coloured, with a summary
/// line; the caller names the accepting button ("Apply Fix", "Save") or shows only
/// Close.
class DiffDialog : public QDialog
{
    Q_OBJECT

public:
    DiffDialog(const QString &title, const QString &summary, const QByteArray &diff,
               const QString &acceptText, QWidget *parent = nullptr);

    QString diffText() const;

private:
    QPlainTextEdit *m_view;
};

} // namespace qm
