#include "configpage.h"

#include "codeeditor.h"
#include "config/edit/configeditor.h"
#include "configdocument.h"
#include "diffdialog.h"
#include "hostsmodel.h"
#include "problemsmodel.h"
#include "routingform.h"
#include "text/linediff.h"
#include "yamlhighlighter.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedLayout>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace qm {

namespace {

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

QAction *makeAction(QWidget *owner, const QString &name, const QString &text,
                    const QKeySequence &shortcut, const QString &themeIcon)
{
    auto *action = new QAction(QIcon::fromTheme(themeIcon), text, owner);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

} // namespace

ConfigPage::ConfigPage(QWidget *parent)
    : QWidget(parent)
    , m_document(new ConfigDocument(this))
    , m_editor(new CodeEditor)
    , m_problems(new ProblemsModel(this))
    , m_problemsFilter(new ProblemsFilterModel(this))
    , m_problemsView(new QTreeView)
    , m_hosts(new HostsModel(this))
    , m_hostsFilter(new QSortFilterProxyModel(this))
    , m_hostsView(new QTableView)
    , m_hostsSearch(new QLineEdit)
    , m_routing(new RoutingForm)
    , m_forms(new QTabWidget)
    , m_checkState(new QLabel)
{
    setObjectName(QStringLiteral("configPage"));

    // Actions, active while the page has focus.
    m_save = makeAction(this, QStringLiteral("actionSaveConfig"), tr("&Save…"), QKeySequence::Save,
                        QStringLiteral("document-save"));
    m_save->setToolTip(tr("Save the config, after showing what changes (Ctrl+S)"));
    m_undo = makeAction(this, QStringLiteral("actionUndoConfig"), tr("&Undo"), QKeySequence::Undo,
                        QStringLiteral("edit-undo"));
    m_redo = makeAction(this, QStringLiteral("actionRedoConfig"), tr("&Redo"), QKeySequence::Redo,
                        QStringLiteral("edit-redo"));
    auto *reload = makeAction(this, QStringLiteral("actionReloadConfig"), tr("Re&load from Disk"),
                              QKeySequence(), QStringLiteral("view-refresh"));
    m_nextProblem = makeAction(this, QStringLiteral("actionNextProblem"), tr("&Next Problem"),
                               QKeySequence(Qt::Key_F8), QStringLiteral("go-next"));
    m_save->setEnabled(false);
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("configToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_save);
    toolbar->addAction(m_undo);
    toolbar->addAction(m_redo);
    toolbar->addAction(reload);
    toolbar->addSeparator();
    toolbar->addAction(m_nextProblem);
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_checkState->setObjectName(QStringLiteral("checkState"));
    toolbar->addWidget(m_checkState);

    // Editor.
    m_editor->setObjectName(QStringLiteral("configEditor"));
    m_editor->setDocument(m_document->textDocument());
    new YamlHighlighter(m_document->textDocument());

    // Hosts tab.
    auto *hostsTab = new QWidget;
    m_hostsSearch->setObjectName(QStringLiteral("hostsSearch"));
    m_hostsSearch->setPlaceholderText(tr("Filter hosts by name, role, status, address…"));
    m_hostsSearch->setClearButtonEnabled(true);
    m_hostsFilter->setSourceModel(m_hosts);
    m_hostsFilter->setFilterKeyColumn(-1);
    m_hostsFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_hostsFilter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_hostsView->setObjectName(QStringLiteral("hostsTable"));
    m_hostsView->setModel(m_hostsFilter);
    m_hostsView->setSortingEnabled(true);
    m_hostsView->sortByColumn(HostsModel::NameColumn, Qt::AscendingOrder);
    m_hostsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hostsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_hostsView->verticalHeader()->hide();
    m_hostsView->setWordWrap(false);
    m_hostsView->setAlternatingRowColors(true);
    m_hostsView->horizontalHeader()->setStretchLastSection(true);
    m_hostsView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                 QAbstractItemView::EditKeyPressed);
    auto *addHostButton = new QPushButton(tr("Add Host…"));
    addHostButton->setObjectName(QStringLiteral("addHostButton"));
    auto *removeHostButton = new QPushButton(tr("Remove Host"));
    removeHostButton->setObjectName(QStringLiteral("removeHostButton"));
    auto *hostsButtons = new QHBoxLayout;
    hostsButtons->addWidget(m_hostsSearch, 1);
    hostsButtons->addWidget(addHostButton);
    hostsButtons->addWidget(removeHostButton);
    auto *hostsLayout = new QVBoxLayout(hostsTab);
    hostsLayout->addLayout(hostsButtons);
    hostsLayout->addWidget(m_hostsView);
    m_forms->setObjectName(QStringLiteral("configForms"));
    m_forms->addTab(hostsTab, tr("Hosts"));
    m_forms->addTab(m_routing, tr("Sync Routing"));

    // Problems.
    auto *problemsPanel = new QWidget;
    auto *problemsBar = new QHBoxLayout;
    problemsBar->addWidget(new QLabel(tr("Problems:")));
    const char *severityNames[] = {"showInfo", "showWarnings", "showErrors"};
    for (int i = 2; i >= 0; --i) {
        auto *button = new QToolButton;
        button->setObjectName(QString::fromLatin1(severityNames[i]));
        button->setCheckable(true);
        button->setChecked(true);
        button->setIcon(ProblemsModel::severityIcon(Severity(i)));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        connect(button, &QToolButton::toggled, this,
                [this, i](bool on) { m_problemsFilter->setSeverityShown(Severity(i), on); });
        m_severityButtons[i] = button;
        problemsBar->addWidget(button);
    }
    problemsBar->addStretch(1);
    m_problemsFilter->setSourceModel(m_problems);
    m_problemsView->setObjectName(QStringLiteral("problemsView"));
    m_problemsView->setModel(m_problemsFilter);
    m_problemsView->setRootIsDecorated(false);
    m_problemsView->setUniformRowHeights(true);
    m_problemsView->setAlternatingRowColors(true);
    m_problemsView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_problemsView->header()->setStretchLastSection(false);
    m_problemsView->header()->setSectionResizeMode(ProblemsModel::MessageColumn,
                                                   QHeaderView::Stretch);
    m_problemsView->header()->setSectionResizeMode(ProblemsModel::LocationColumn,
                                                   QHeaderView::ResizeToContents);
    auto *problemsLayout = new QVBoxLayout(problemsPanel);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->addLayout(problemsBar);
    problemsLayout->addWidget(m_problemsView);

    auto *top = new QSplitter(Qt::Horizontal);
    top->setObjectName(QStringLiteral("configSplitter"));
    top->addWidget(m_editor);
    top->addWidget(m_forms);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    auto *vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(top);
    vertical->addWidget(problemsPanel);
    vertical->setStretchFactor(0, 4);
    vertical->setStretchFactor(1, 1);

    m_workArea = new QWidget;
    auto *workLayout = new QVBoxLayout(m_workArea);
    workLayout->setContentsMargins(0, 0, 0, 0);
    workLayout->addWidget(toolbar);
    workLayout->addWidget(vertical, 1);

    auto *empty = new QLabel(
        tr("No fleet config is open.\n\nOpen distributed_hosts.yaml with File › Open (Ctrl+O) "
           "or File › Recent Files, or drop it on this window."));
    empty->setObjectName(QStringLiteral("configEmptyState"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_emptyState = empty;

    auto *stack = new QStackedLayout(this);
    stack->addWidget(m_emptyState);
    stack->addWidget(m_workArea);

    // Wiring.
    connect(m_document, &ConfigDocument::checked, this, &ConfigPage::onChecked);
    connect(m_document, &ConfigDocument::saved, this, &ConfigPage::onSaved);
    connect(m_document, &ConfigDocument::changedOnDisk, this, &ConfigPage::onChangedOnDisk);
    connect(m_document, &ConfigDocument::reloadFailed, this, [this](const QString &error) {
        Q_EMIT statusMessage(error);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Reload"), error,
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("reloadErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_document, &ConfigDocument::modifiedChanged, m_save, &QAction::setEnabled);
    QTextDocument *text = m_document->textDocument();
    connect(text, &QTextDocument::undoAvailable, m_undo, &QAction::setEnabled);
    connect(text, &QTextDocument::redoAvailable, m_redo, &QAction::setEnabled);
    connect(text, &QTextDocument::contentsChanged, this,
            [this] { m_checkState->setText(tr("Checking…")); });
    connect(m_save, &QAction::triggered, this, &ConfigPage::save);
    connect(m_undo, &QAction::triggered, m_editor, &QPlainTextEdit::undo);
    connect(m_redo, &QAction::triggered, m_editor, &QPlainTextEdit::redo);
    connect(reload, &QAction::triggered, this, [this] {
        if (!m_document->isOpen())
            return;
        if (!m_document->isModified() ||
            QMessageBox::question(this, tr("Reload from Disk"),
                                  tr("Replace your unsaved changes with the file on disk? You "
                                     "can undo this.")) == QMessageBox::Yes)
            m_document->reload();
    });
    connect(m_nextProblem, &QAction::triggered, this, &ConfigPage::goToNextProblem);
    connect(m_problemsView, &QTreeView::activated, this, &ConfigPage::jumpTo);
    connect(m_problemsView, &QTreeView::clicked, this, &ConfigPage::jumpTo);
    connect(m_problemsView, &QWidget::customContextMenuRequested, this,
            &ConfigPage::problemsContextMenu);
    connect(m_editor, &CodeEditor::contextMenuRequested, this, &ConfigPage::editorContextMenu);
    connect(m_hostsSearch, &QLineEdit::textChanged, m_hostsFilter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(addHostButton, &QPushButton::clicked, this, &ConfigPage::addHost);
    connect(removeHostButton, &QPushButton::clicked, this, &ConfigPage::removeSelectedHost);

    connect(
        m_hosts, &HostsModel::editRequested, this,
        [this](const QString &host, const QString &key, const QString &value, const QString &type) {
            requestEdit([=](const edit::ConfigEditor &editor, const ConfigSnapshot &snapshot,
                            QString *why) -> std::optional<Fix> {
                const FleetHost *entry = snapshot.config.host(host);
                if (!entry) {
                    *why = tr("There is no host '%1' any more.").arg(host);
                    return std::nullopt;
                }
                return editor.setValue(entry->valueNode, key, edit::TreeNode::scalar(value, type),
                                       why);
            });
        });
    connect(m_routing, &RoutingForm::setRequested, this,
            [this](const QStringList &path, const QString &value, const QString &type) {
                requestEdit(
                    [=](const edit::ConfigEditor &editor, const ConfigSnapshot &, QString *why) {
                        return editor.setAt(path, edit::TreeNode::scalar(value, type), why);
                    });
            });
    connect(m_routing, &RoutingForm::appendRequested, this,
            [this](const QStringList &path, const QString &name) {
                requestEdit(
                    [=](const edit::ConfigEditor &editor, const ConfigSnapshot &, QString *why) {
                        return editor.appendAt(path, edit::TreeNode::scalar(name), why);
                    });
            });
    connect(
        m_routing, &RoutingForm::removeRequested, this, [this](const QStringList &path, int index) {
            requestEdit([=](const edit::ConfigEditor &editor, const ConfigSnapshot &snapshot,
                            QString *why) -> std::optional<Fix> {
                const int list = editor.nodeAt(path);
                if (list < 0 || snapshot.document->node(list).kind != yaml::NodeKind::Sequence ||
                    size_t(index) >= snapshot.document->node(list).children.size()) {
                    *why = tr("The list changed; nothing was removed.");
                    return std::nullopt;
                }
                return editor.removeEntry(snapshot.document->node(list).children[size_t(index)],
                                          why);
            });
        });
    connect(m_routing, &RoutingForm::storageFlagRequested, this,
            [this](int index, const QString &kind, bool on) {
                requestEdit([=](const edit::ConfigEditor &editor, const ConfigSnapshot &snapshot,
                                QString *why) -> std::optional<Fix> {
                    if (index >= snapshot.config.externalStorage.size()) {
                        *why = tr("The external storage list changed; nothing was changed.");
                        return std::nullopt;
                    }
                    const int entry = snapshot.config.externalStorage[index].entryNode;
                    return editor.setValue(entry, QStringLiteral("receive_") + kind,
                                           edit::TreeNode::scalar(on ? QStringLiteral("true")
                                                                     : QStringLiteral("false"),
                                                                  QStringLiteral("bool")),
                                           why);
                });
            });
    updateCounts();
}

ConfigPage::~ConfigPage() = default;

QList<QAction *> ConfigPage::editActions() const
{
    return {m_save, m_undo, m_redo, m_nextProblem};
}

void ConfigPage::load(const QString &path, const QByteArray &bytes)
{
    m_document->load(path, bytes);
    const bool editable = m_document->isEditable();
    m_editor->setReadOnly(!editable);
    m_forms->setEnabled(editable);
    if (!editable)
        Q_EMIT statusMessage(tr("%1 is shown read-only: it has line breaks the editor cannot "
                                "keep byte for byte.")
                                 .arg(fileName(path)));
    static_cast<QStackedLayout *>(layout())->setCurrentWidget(m_workArea);
    m_checkState->setText(tr("Checking…"));
    m_save->setEnabled(false);
}

bool ConfigPage::isModified() const
{
    return m_document->isOpen() && m_document->isModified();
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

void ConfigPage::onChecked(const std::shared_ptr<const ConfigSnapshot> &snapshot)
{
    m_shown = snapshot;
    QList<Diagnostic> diagnostics = snapshot->checked.diagnostics;
    if (snapshot->document && !m_live.isEmpty()) {
        diagnostics += checkLiveRules(*snapshot->document, snapshot->config, m_live);
        std::stable_sort(diagnostics.begin(), diagnostics.end(),
                         [](const Diagnostic &a, const Diagnostic &b) {
                             return a.range.start.byte < b.range.start.byte;
                         });
    }
    m_problems->setDiagnostics(diagnostics);
    QList<EditorDiagnostic> marks;
    marks.reserve(diagnostics.size());
    for (const Diagnostic &d : diagnostics) {
        EditorDiagnostic mark;
        mark.start = m_document->editorPosition(d.range.start.line, d.range.start.column);
        mark.end = m_document->editorPosition(d.range.end.line, d.range.end.column);
        mark.line = int(d.range.start.line);
        mark.severity = d.severity;
        mark.text = d.rule + QStringLiteral(": ") + d.message;
        marks.append(mark);
    }
    m_editor->setDiagnostics(marks);
    const bool firstHosts = m_hosts->rowCount() == 0;
    m_hosts->setHosts(snapshot->config.hosts);
    if (firstHosts)
        m_hostsView->resizeColumnsToContents();
    m_routing->setConfig(snapshot->config);
    m_routing->setEnabled(snapshot->document != nullptr);
    m_hostsView->setEnabled(snapshot->document != nullptr);
    updateCounts();
}

void ConfigPage::setLiveStates(const QHash<QString, LiveHostState> &states)
{
    m_live = states;
    if (m_shown)
        onChecked(m_shown);
}

void ConfigPage::updateCounts()
{
    const int errors = m_problems->count(Severity::Error);
    const int warnings = m_problems->count(Severity::Warning);
    const int infos = m_problems->count(Severity::Info);
    m_severityButtons[int(Severity::Error)]->setText(tr("Errors (%1)").arg(errors));
    m_severityButtons[int(Severity::Warning)]->setText(tr("Warnings (%1)").arg(warnings));
    m_severityButtons[int(Severity::Info)]->setText(tr("Info (%1)").arg(infos));
    if (!m_document->isOpen())
        m_checkState->clear();
    else if (errors + warnings + infos == 0)
        m_checkState->setText(tr("No problems"));
    else
        m_checkState->setText(
            tr("%1 errors, %2 warnings, %3 info").arg(errors).arg(warnings).arg(infos));
    m_nextProblem->setEnabled(errors + warnings + infos > 0);
}

void ConfigPage::jumpTo(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const Diagnostic &d = m_problems->diagnostic(m_problemsFilter->mapToSource(index).row());
    m_editor->reveal(m_document->editorPosition(d.range.start.line, d.range.start.column),
                     m_document->editorPosition(d.range.end.line, d.range.end.column));
}

void ConfigPage::goToNextProblem()
{
    const int rows = m_problemsFilter->rowCount();
    if (rows == 0)
        return;
    const int next = (m_problemsView->currentIndex().row() + 1) % rows;
    const QModelIndex index = m_problemsFilter->index(next, 0);
    m_problemsView->setCurrentIndex(index);
    jumpTo(index);
}

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
    return applyFix(fix, preview, m_document->current());
}

bool ConfigPage::applyFix(const Fix &fix, bool preview,
                          const std::shared_ptr<const ConfigSnapshot> &basis)
{
    QString error;
    if (!preview) {
        if (m_document->apply(fix, &error, basis)) {
            Q_EMIT statusMessage(tr("Applied: %1").arg(fix.description));
            return true;
        }
    } else {
        const QByteArray after = m_document->preview(fix, &error, basis);
        if (error.isEmpty()) {
            const QString name = fileName(m_document->path());
            auto *dialog = new DiffDialog(
                tr("Quick Fix"),
                tr("%1. This changes only the lines below; you can undo it.").arg(fix.description),
                unifiedDiff(m_document->bytes(), after, name.toUtf8(), name.toUtf8()),
                tr("Apply Fix"), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this,
                    [this, fix, basis] { applyFix(fix, false, basis); });
            dialog->open();
            return true;
        }
    }
    Q_EMIT statusMessage(tr("Quick fix refused: %1").arg(error));
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Quick Fix Refused"),
                        tr("The fix was not applied: %1").arg(error), QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return false;
}

void ConfigPage::requestEdit(const EditBuilder &build)
{
    const std::shared_ptr<const ConfigSnapshot> snapshot = m_document->current();
    QString why;
    std::optional<Fix> fix;
    if (!snapshot->document) {
        why = tr("the text does not parse; fix its syntax first");
    } else {
        const edit::ConfigEditor editor(*snapshot->document);
        fix = build(editor, *snapshot, &why);
    }
    if (fix && m_document->apply(*fix, &why))
        return;
    Q_EMIT statusMessage(tr("Not changed: %1").arg(why));
    // The form shows what the text says again.
    m_routing->setConfig(snapshot->config);
    m_hosts->setHosts(snapshot->config.hosts);
}

void ConfigPage::addHost()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("addHostDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add Host"));
    dialog->setLabelText(tr("Name of the new host (added with status: disabled):"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty())
            return;
        requestEdit([trimmed](const edit::ConfigEditor &editor, const ConfigSnapshot &snapshot,
                              QString *why) {
            return editor.addStubHost(snapshot.config.hostsKeyNode, trimmed, why);
        });
    });
    dialog->open();
}

void ConfigPage::removeSelectedHost()
{
    const QModelIndex index = m_hostsView->currentIndex();
    if (!index.isValid())
        return;
    const QString name = m_hosts->host(m_hostsFilter->mapToSource(index).row()).name;
    requestEdit([name](const edit::ConfigEditor &editor, const ConfigSnapshot &snapshot,
                       QString *why) -> std::optional<Fix> {
        const FleetHost *host = snapshot.config.host(name);
        if (!host) {
            *why = tr("There is no host '%1' any more.").arg(name);
            return std::nullopt;
        }
        return editor.removeEntry(host->keyNode, why);
    });
}

void ConfigPage::save()
{
    if (!m_document->isOpen())
        return;
    if (!m_document->isModified()) {
        Q_EMIT statusMessage(tr("No changes to save."));
        return;
    }
    const std::shared_ptr<const ConfigSnapshot> snapshot = m_document->current();
    if (snapshot->document) {
        showSaveDiff();
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
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Save)
            showSaveDiff();
        else
            m_closeAfterSave = false;
    });
    box->open();
}

void ConfigPage::showSaveDiff()
{
    const QString path = m_document->path();
    const QString name = fileName(path);
    auto *dialog = new DiffDialog(
        tr("Save %1").arg(name),
        tr("These changes will be written to %1. The file as it is now is kept in "
           ".config_backups beside it.")
            .arg(path),
        unifiedDiff(m_document->savedBytes(), m_document->bytes(), name.toUtf8(), name.toUtf8()),
        tr("Save"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        Q_EMIT statusMessage(tr("Saving %1…").arg(fileName(m_document->path())));
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
    if (!result.warning.isEmpty()) {
        Q_EMIT statusMessage(result.warning);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Saved"), result.warning,
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    } else {
        Q_EMIT statusMessage(result.unchanged
                                 ? tr("%1 already held these contents.").arg(result.savedPath)
                                 : tr("Saved %1; the previous version is in %2")
                                       .arg(result.savedPath, result.backupPath));
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
