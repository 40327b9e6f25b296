#include "diffdialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qm {

void DiffHighlighter::highlightBlock(const QString &text)
{
    QTextCharFormat format;
    if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---"))) {
        format.setFontWeight(QFont::Bold);
    } else if (text.startsWith(QLatin1Char('+'))) {
        format.setForeground(QColor(0x1a, 0x7f, 0x37));
        format.setBackground(QColor(0xe6, 0xff, 0xec));
    } else if (text.startsWith(QLatin1Char('-'))) {
        format.setForeground(QColor(0xb3, 0x1d, 0x28));
        format.setBackground(QColor(0xff, 0xeb, 0xe9));
    } else if (text.startsWith(QLatin1String("@@"))) {
        format.setForeground(QColor(0x05, 0x50, 0xae));
    } else {
        return;
    }
    setFormat(0, int(text.size()), format);
}

DiffDialog::DiffDialog(const QString &title, const QString &summary, const QByteArray &diff,
                       const QString &acceptText, QWidget *parent)
    : QDialog(parent)
    , m_view(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("diffDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(summary, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_view->setObjectName(QStringLiteral("diffView"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Show CR as a visible mark, so a CRLF file's diff reads like one.
    QString text = QString::fromUtf8(diff);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("␍\n"));
    m_view->setPlainText(text);
    new DiffHighlighter(m_view->document());
    layout->addWidget(m_view, 1);
    auto *buttons = new QDialogButtonBox(this);
    if (acceptText.isEmpty()) {
        buttons->addButton(QDialogButtonBox::Close);
    } else {
        QPushButton *accept = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
        accept->setObjectName(QStringLiteral("acceptButton"));
        accept->setDefault(true);
        buttons->addButton(QDialogButtonBox::Cancel);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 520);
}

QString DiffDialog::diffText() const
{
    return m_view->toPlainText();
}

} // namespace qm
