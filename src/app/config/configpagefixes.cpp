// ConfigPage: quick fixes — offered in the Problems list's and the text's context menus,
// previewed as a diff, applied on the text they were built on.

#include "configdocument.h"
#include "configpage.h"
#include "core/text/linediff.h"
#include "diffdialog.h"
#include "problemsmodel.h"

#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QTreeView>

namespace qm {

void ConfigPage::addFixActions(QMenu *menu, const Diagnostic &diagnostic)
{
    QList<Fix> fixes;
    if (diagnostic.fix)
        fixes.append(*diagnostic.fix);
    fixes.append(diagnostic.alternatives);
    for (const Fix &fix : std::as_const(fixes)) {
        QAction *action = menu->addAction(tr("Quick Fix: %1…").arg(fix.description));
        action->setObjectName(QStringLiteral("quickFixAction"));
        connect(action, &QAction::triggered, this,
                [this, fix, basis = m_shown] { applyFix(fix, true, basis); });
    }
}

void ConfigPage::problemsContextMenu(const QPoint &point)
{
    const QModelIndex index = m_problemsView->indexAt(point);
    if (!index.isValid())
        return;
    const Diagnostic &d = m_problems->diagnostic(m_problemsFilter->mapToSource(index).row());
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("problemsMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *go = menu->addAction(tr("Go to Location"));
    connect(go, &QAction::triggered, this, [this, index] { jumpTo(index); });
    addFixActions(menu, d);
    if (!d.fix && d.alternatives.isEmpty())
        menu->addAction(tr("No quick fix for this problem"))->setEnabled(false);
    menu->popup(m_problemsView->viewport()->mapToGlobal(point));
}

void ConfigPage::editorContextMenu(QMenu *menu, int position)
{
    bool first = true;
    for (int row = 0; row < m_problems->rowCount(); ++row) {
        const Diagnostic &d = m_problems->diagnostic(row);
        const int start = m_document->editorPosition(d.range.start.line, d.range.start.column);
        const int end = m_document->editorPosition(d.range.end.line, d.range.end.column);
        if (position < start || position > std::max(end, start + 1))
            continue;
        if (!d.fix && d.alternatives.isEmpty())
            continue;
        if (first) {
            menu->addSeparator();
            first = false;
        }
        addFixActions(menu, d);
    }
}

bool ConfigPage::applyFix(const Fix &fix, bool preview)
{
    return applyFix(fix, preview, m_document->snapshot());
}

bool ConfigPage::applyFix(const Fix &fix, bool preview,
                          const std::shared_ptr<const ConfigSnapshot> &basis)
{
    const QString refused = m_document->refusal(fix, basis);
    if (!refused.isEmpty()) {
        showFixRefused(refused);
        return false;
    }
    if (!preview) {
        m_document->apply(
            fix, basis, this,
            [this, description = fix.description](const QByteArray &, const QString &error) {
                if (!error.isEmpty())
                    showFixRefused(error);
                else
                    Q_EMIT statusMessage(tr("Applied: %1").arg(description));
            });
        return true;
    }
    m_document->preview(
        fix, basis, this, [this, fix, basis](const QByteArray &after, const QString &error) {
            if (!error.isEmpty()) {
                showFixRefused(error);
                return;
            }
            const QString name = QFileInfo(m_document->path()).fileName();
            auto *dialog = new DiffDialog(
                tr("Quick Fix"),
                tr("%1. This changes only the lines below; you can undo it.").arg(fix.description),
                unifiedDiff(m_document->bytes(), after, name.toUtf8(), name.toUtf8()),
                tr("Apply Fix"), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this,
                    [this, fix, basis] { applyFix(fix, false, basis); });
            dialog->open();
        });
    return true;
}

void ConfigPage::showFixRefused(const QString &error)
{
    Q_EMIT statusMessage(tr("Quick fix refused: %1").arg(error));
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Quick Fix Refused"),
                        tr("The fix was not applied: %1").arg(error), QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace qm
