#include "codeeditor.h"

#include <QMenu>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace qm {

namespace {

class Gutter : public QWidget
{
public:
    explicit Gutter(CodeEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {}
    QSize sizeHint() const override { return QSize(m_editor->gutterWidth(), 0); }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }

private:
    CodeEditor *m_editor;
};

} // namespace

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new Gutter(this))
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(font);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(false);
    setTabStopDistance(QFontMetricsF(font).horizontalAdvance(QLatin1Char(' ')) * 2);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeEditor::updateSelections);
    updateGutterWidth();
}

QColor CodeEditor::severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QColor(0xd0, 0x30, 0x30);
    case Severity::Warning:
        return QColor(0xe0, 0x90, 0x10);
    case Severity::Info:
        break;
    }
    return QColor(0x30, 0x80, 0xd0);
}

int CodeEditor::gutterWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    const int marker = fontMetrics().height();
    return 6 + marker + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits + 6;
}

void CodeEditor::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void CodeEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_gutter->setGeometry(QRect(area.left(), area.top(), gutterWidth(), area.height()));
}

void CodeEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    // The most severe diagnostic per line.
    QHash<int, Severity> worst;
    for (const EditorDiagnostic &d : std::as_const(m_diagnostics)) {
        const auto it = worst.constFind(d.line);
        if (it == worst.cend() || *it < d.severity)
            worst.insert(d.line, d.severity);
    }
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int lineHeight = fontMetrics().height();
    const int current = textCursor().blockNumber();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int number = block.blockNumber();
            painter.setPen(number == current ? palette().color(QPalette::Text)
                                             : palette().color(QPalette::PlaceholderText));
            painter.drawText(0, top, m_gutter->width() - 6, lineHeight, Qt::AlignRight,
                             QString::number(number + 1));
            const auto it = worst.constFind(number);
            if (it != worst.cend()) {
                const int size = lineHeight * 2 / 3;
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(severityColor(*it));
                painter.drawEllipse(QRect(4, top + (lineHeight - size) / 2, size, size));
            }
        }
        block = block.next();
        top += height;
    }
}

void CodeEditor::setDiagnostics(const QList<EditorDiagnostic> &diagnostics)
{
    m_diagnostics = diagnostics;
    updateSelections();
    m_gutter->update();
}

void CodeEditor::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!isReadOnly()) {
        QTextEdit::ExtraSelection line;
        QColor background = palette().color(QPalette::Highlight);
        background.setAlpha(28);
        line.format.setBackground(background);
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = textCursor();
        line.cursor.clearSelection();
        selections.append(line);
    }
    const int last = document()->characterCount() - 1;
    for (const EditorDiagnostic &d : std::as_const(m_diagnostics)) {
        QTextEdit::ExtraSelection selection;
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(severityColor(d.severity));
        selection.cursor = QTextCursor(document());
        int start = std::clamp(d.start, 0, last);
        int end = std::clamp(d.end, start, last);
        if (end <= start) {
            // An empty range (a missing value) underlines the rest of its line, or the
            // character before it at the end of a line.
            const QTextBlock block = document()->findBlock(start);
            end = block.position() + block.length() - 1;
            if (end <= start) {
                start = std::max(0, start - 1);
                end = std::min(start + 1, last);
            }
        }
        selection.cursor.setPosition(start);
        selection.cursor.setPosition(end, QTextCursor::KeepAnchor);
        selections.append(selection);
    }
    setExtraSelections(selections);
}

void CodeEditor::reveal(int position, int end)
{
    QTextCursor cursor(document());
    cursor.setPosition(std::clamp(end, 0, document()->characterCount() - 1));
    cursor.setPosition(std::clamp(position, 0, document()->characterCount() - 1),
                       QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

bool CodeEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint point = help->pos() - QPoint(viewportMargins().left(), 0);
        QStringList messages;
        if (point.x() < 0) {
            const int line = cursorForPosition(QPoint(0, point.y())).blockNumber();
            for (const EditorDiagnostic &d : std::as_const(m_diagnostics)) {
                if (d.line == line)
                    messages.append(d.text);
            }
        } else {
            const int position = cursorForPosition(point).position();
            for (const EditorDiagnostic &d : std::as_const(m_diagnostics)) {
                if (position >= d.start && position <= std::max(d.end, d.start + 1))
                    messages.append(d.text);
            }
        }
        if (messages.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), messages.join(QLatin1Char('\n')), this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

void CodeEditor::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    Q_EMIT contextMenuRequested(menu, cursorForPosition(event->pos()).position());
    menu->popup(event->globalPos());
}

} // namespace qm
