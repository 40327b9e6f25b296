// ConfigPage: saving (the diff first, what remains wrong said before and after), unsaved
// changes on leaving, and changes made to the file by another program.

#include "configdocument.h"
#include "configpage.h"
#include "core/fleet/liverules.h"
#include "core/text/linediff.h"
#include "diffdialog.h"
#include "historypanel.h"
#include "problemsmodel.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace qm {

namespace {

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

int ConfigPage::errorsIn(const ConfigSnapshot &snapshot) const
{
    // With the live rules, as the Problems list runs them.
    QList<Diagnostic> diagnostics = snapshot.checked.diagnostics;
    if (snapshot.document && !m_live.isEmpty())
        diagnostics += checkLiveRules(*snapshot.document, snapshot.config, m_live);
    return int(std::count_if(diagnostics.cbegin(), diagnostics.cend(),
                             [](const Diagnostic &d) { return d.severity == Severity::Error; }));
}

bool ConfigPage::maybeDiscard(bool closing)
{
    if (!isModified())
        return true;
    const QMessageBox::StandardButton answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("%1 has changes that are not saved.").arg(fileName(m_document->path())),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Discard)
        return true;
    if (answer == QMessageBox::Save) {
        m_closeAfterSave = closing;
        save();
    }
    return false;
}

void ConfigPage::save()
{
    if (!m_document->isOpen())
        return;
    if (!m_document->isModified()) {
        Q_EMIT statusMessage(tr("No changes to save."));
        return;
    }
    // What the preview says is about the text as it is now, checked off this thread.
    m_document->whenCurrent(this, [this](const std::shared_ptr<const ConfigSnapshot> &snapshot) {
        saveChecked(snapshot);
    });
}

void ConfigPage::saveChecked(const std::shared_ptr<const ConfigSnapshot> &snapshot)
{
    const int errors = errorsIn(*snapshot);
    if (snapshot->document) {
        showSaveDiff(errors);
        return;
    }
    const QString problem = snapshot->checked.diagnostics.isEmpty()
                                ? QString()
                                : snapshot->checked.diagnostics.first().message;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Save a Config That Does Not Parse?"),
        tr("%1 does not parse: %2\n\nThe fleet's daemons will fail to load it. Save anyway?")
            .arg(fileName(m_document->path()), problem),
        QMessageBox::Save | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("saveUnparseableBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, errors](int result) {
        if (result == QMessageBox::Save)
            showSaveDiff(errors);
        else
            m_closeAfterSave = false;
    });
    box->open();
}

void ConfigPage::showSaveDiff(int errors)
{
    const QString path = m_document->path();
    const QString name = fileName(path);
    QString summary = tr("These changes will be written to %1. The file as it is now is kept "
                         "in .config_backups beside it.")
                          .arg(path);
    // Saving stays possible: a person may save a half-done edit and finish it later. But
    // not without knowing.
    if (errors > 0)
        summary += QStringLiteral("\n\n") +
                   tr("%n error(s) remain in the config (see Problems): the fleet's daemons may "
                      "reject it or act on it wrongly until they are fixed.",
                      nullptr, errors);
    auto *dialog = new DiffDialog(
        tr("Save %1").arg(name), summary,
        unifiedDiff(m_document->savedBytes(), m_document->bytes(), name.toUtf8(), name.toUtf8()),
        tr("Save"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, errors] {
        Q_EMIT statusMessage(tr("Saving %1…").arg(fileName(m_document->path())));
        m_errorsAtSave = errors;
        m_document->save();
    });
    connect(dialog, &QDialog::rejected, this, [this] { m_closeAfterSave = false; });
    dialog->open();
}

void ConfigPage::onSaved(const ConfigSaveResult &result)
{
    if (!result.ok()) {
        m_closeAfterSave = false;
        Q_EMIT statusMessage(result.error);
        auto *box = new QMessageBox(QMessageBox::Critical, tr("Not Saved"), result.error,
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("saveErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    m_history->invalidate(); // a new backup, a new current file
    const QString remaining = m_errorsAtSave > 0
                                  ? tr("%n error(s) remain (see Problems)", nullptr, m_errorsAtSave)
                                  : QString();
    if (!result.warning.isEmpty()) {
        const QString text =
            remaining.isEmpty() ? result.warning : tr("%1\n%2.").arg(result.warning, remaining);
        Q_EMIT statusMessage(remaining.isEmpty() ? result.warning
                                                 : tr("%1 — %2").arg(result.warning, remaining));
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Saved"), text, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    } else if (result.unchanged) {
        Q_EMIT statusMessage(
            remaining.isEmpty()
                ? tr("%1 already held these contents.").arg(result.savedPath)
                : tr("%1 already held these contents; %2.").arg(result.savedPath, remaining));
    } else {
        Q_EMIT statusMessage(remaining.isEmpty()
                                 ? tr("Saved %1; the previous version is in %2")
                                       .arg(result.savedPath, result.backupPath)
                                 : tr("Saved %1; %2. The previous version is in %3")
                                       .arg(result.savedPath, remaining, result.backupPath));
    }
    if (m_closeAfterSave) {
        m_closeAfterSave = false;
        Q_EMIT closeRequested();
    }
}

void ConfigPage::onChangedOnDisk()
{
    if (m_externalChangePending)
        return;
    m_externalChangePending = true;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("File Changed on Disk"),
        m_document->isModified()
            ? tr("%1 was changed by another program, and you have unsaved changes here.")
                  .arg(m_document->path())
            : tr("%1 was changed by another program.").arg(m_document->path()),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("changedOnDiskBox"));
    QPushButton *reload = box->addButton(tr("Reload"), QMessageBox::AcceptRole);
    QPushButton *compare = box->addButton(tr("Compare…"), QMessageBox::ActionRole);
    box->addButton(tr("Keep Mine"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, reload, compare](QAbstractButton *b) {
        m_externalChangePending = false;
        if (b == reload) {
            m_document->reload();
        } else if (b == compare) {
            const QString name = fileName(m_document->path());
            auto *dialog = new DiffDialog(
                tr("Compare with Disk"),
                tr("From your text (---) to the file on disk now (+++). Reload replaces your "
                   "text with the file; you can undo it."),
                unifiedDiff(m_document->bytes(), m_document->diskBytes(),
                            name.toUtf8() + " (editor)", name.toUtf8() + " (disk)"),
                tr("Reload"), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, m_document, &ConfigDocument::reload);
            dialog->open();
        }
    });
    box->open();
}

} // namespace qm
