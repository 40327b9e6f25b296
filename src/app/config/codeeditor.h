#pragma once

#include "core/config/diagnostic.h"

#include <QPlainTextEdit>

namespace qm {

/// A diagnostic placed in the editor's text.
struct EditorDiagnostic
{
    int start = 0; ///< editor positions
    int end = 0;
    int line = 0; ///< 0-based block number
    Severity severity = Severity::Error;
    QString text; ///< "QM001: message"
};

/// The YAML text editor of the Config page: line numbers and a severity marker per
/// line in the gutter, diagnostics underlined in the text with their message as a
/// tooltip, the current line highlighted, and a context menu the page extends with
/// quick fixes.
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CodeEditor(QWidget *parent = nullptr);

    void setDiagnostics(const QList<EditorDiagnostic> &diagnostics);
    const QList<EditorDiagnostic> &diagnostics() const { return m_diagnostics; }
    /// Moves the cursor to `position`, selecting up to `end`, and shows it.
    void reveal(int position, int end);

    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);

    static QColor severityColor(Severity severity);

Q_SIGNALS:
    /// The context menu for `position` is about to open: add actions to `menu`.
    void contextMenuRequested(QMenu *menu, int position);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void updateSelections();

    QWidget *m_gutter;
    QList<EditorDiagnostic> m_diagnostics;
};

} // namespace qm
