#include "configpage.h"

#include "codeeditor.h"
#include "configdocument.h"
#include "core/config/edit/fleetedits.h"
#include "core/text/linediff.h"
#include "diffdialog.h"
#include "historypanel.h"
#include "hostsmodel.h"
#include "problemsmodel.h"
#include "routingform.h"
#include "yamlhighlighter.h"

#include <QAction>
#include <QDataStream>
#include <QEvent>
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
#include <QStyle>
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

ConfigPage::ConfigPage(ConfigDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document ? document : new ConfigDocument(this))
    , m_editor(new CodeEditor)
    , m_problems(new ProblemsModel(this))
    , m_problemsFilter(new ProblemsFilterModel(this))
    , m_problemsView(new QTreeView)
    , m_hosts(new HostsModel(this))
    , m_hostsFilter(new QSortFilterProxyModel(this))
    , m_hostsView(new QTableView)
    , m_hostsSearch(new QLineEdit)
    , m_routing(new RoutingForm)
    , m_history(new HistoryPanel(m_document))
    , m_forms(new QTabWidget)
    , m_checkState(new QLabel)
{
    setObjectName(QStringLiteral("configPage"));
    createActions();
    QToolBar *toolbar = buildToolbar();
    buildEditor();
    buildForms();
    QWidget *problemsPanel = buildProblemsPanel();
    buildLayout(toolbar, problemsPanel);
    connectDocument();
    connectViews();
    connectFormEdits();
    updateCounts();
}

void ConfigPage::createActions()
{
    // Active while the page has focus.
    m_save = makeAction(this, QStringLiteral("actionSaveConfig"), tr("&Save…"), QKeySequence::Save,
                        QStringLiteral("document-save"));
    m_save->setToolTip(tr("Save the config, after showing what changes (Ctrl+S)"));
    m_undo = makeAction(this, QStringLiteral("actionUndoConfig"), tr("&Undo"), QKeySequence::Undo,
                        QStringLiteral("edit-undo"));
    m_redo = makeAction(this, QStringLiteral("actionRedoConfig"), tr("&Redo"), QKeySequence::Redo,
                        QStringLiteral("edit-redo"));
    m_reload = makeAction(this, QStringLiteral("actionReloadConfig"), tr("Re&load from Disk"),
                          QKeySequence(), QStringLiteral("view-refresh"));
    m_nextProblem = makeAction(this, QStringLiteral("actionNextProblem"), tr("&Next Problem"),
                               QKeySequence(Qt::Key_F8), QStringLiteral("go-next"));
    m_showHistory = makeAction(this, QStringLiteral("actionConfigHistory"), tr("Config &History"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
                               QStringLiteral("document-open-recent"));
    m_showHistory->setToolTip(
        tr("Every saved version of the config, what each changed, and restore (Ctrl+Shift+H)"));
    m_save->setEnabled(false);
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
}

QToolBar *ConfigPage::buildToolbar()
{
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("configToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_save);
    toolbar->addAction(m_undo);
    toolbar->addAction(m_redo);
    toolbar->addAction(m_reload);
    toolbar->addSeparator();
    toolbar->addAction(m_nextProblem);
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_checkState->setObjectName(QStringLiteral("checkState"));
    toolbar->addWidget(m_checkState);
    return toolbar;
}

void ConfigPage::buildEditor()
{
    m_editor->setObjectName(QStringLiteral("configEditor"));
    m_editor->setDocument(m_document->textDocument());
    new YamlHighlighter(m_document->textDocument());
}

void ConfigPage::buildForms()
{
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
    m_addHostButton = new QPushButton(tr("Add Host…"));
    m_addHostButton->setObjectName(QStringLiteral("addHostButton"));
    m_removeHostButton = new QPushButton(tr("Remove Host"));
    m_removeHostButton->setObjectName(QStringLiteral("removeHostButton"));
    auto *hostsButtons = new QHBoxLayout;
    hostsButtons->addWidget(m_hostsSearch, 1);
    hostsButtons->addWidget(m_addHostButton);
    hostsButtons->addWidget(m_removeHostButton);
    auto *hostsLayout = new QVBoxLayout(hostsTab);
    hostsLayout->addLayout(hostsButtons);
    hostsLayout->addWidget(m_hostsView);
    m_forms->setObjectName(QStringLiteral("configForms"));
    m_forms->addTab(hostsTab, tr("Hosts"));
    m_forms->addTab(m_routing, tr("Sync Routing"));
    m_forms->addTab(m_history, tr("History"));
}

QWidget *ConfigPage::buildProblemsPanel()
{
    auto *problemsPanel = new QWidget;
    problemsPanel->setObjectName(QStringLiteral("problemsPanel"));
    m_problemsBar = new QWidget;
    auto *problemsBar = new QHBoxLayout(m_problemsBar);
    problemsBar->setContentsMargins(0, 0, 0, 0);
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
    problemsLayout->addWidget(m_problemsBar);
    problemsLayout->addWidget(m_problemsView);
    return problemsPanel;
}

void ConfigPage::buildLayout(QToolBar *toolbar, QWidget *problemsPanel)
{
    m_textAndForms = new QSplitter(Qt::Horizontal);
    m_textAndForms->setObjectName(QStringLiteral("configSplitter"));
    m_textAndForms->addWidget(m_editor);
    m_textAndForms->addWidget(m_forms);
    m_textAndForms->setStretchFactor(0, 3);
    m_textAndForms->setStretchFactor(1, 2);
    m_textAndProblems = new QSplitter(Qt::Vertical);
    m_textAndProblems->setObjectName(QStringLiteral("configProblemsSplitter"));
    m_textAndProblems->setChildrenCollapsible(false);
    m_textAndProblems->addWidget(m_textAndForms);
    m_textAndProblems->addWidget(problemsPanel);
    m_textAndProblems->setStretchFactor(0, 4);
    m_textAndProblems->setStretchFactor(1, 1);
    // Until the person moves it, the split follows the page's height (fitProblemsPanel).
    m_textAndProblems->installEventFilter(this);
    for (QSplitter *splitter : {m_textAndProblems, m_textAndForms})
        connect(splitter, &QSplitter::splitterMoved, this, [this] { m_layoutSet = true; });

    m_workArea = new QWidget;
    auto *workLayout = new QVBoxLayout(m_workArea);
    workLayout->setContentsMargins(0, 0, 0, 0);
    workLayout->addWidget(toolbar);
    workLayout->addWidget(m_textAndProblems, 1);

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
}

void ConfigPage::connectDocument()
{
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
}

void ConfigPage::connectViews()
{
    connect(m_save, &QAction::triggered, this, &ConfigPage::save);
    connect(m_undo, &QAction::triggered, m_editor, &QPlainTextEdit::undo);
    connect(m_redo, &QAction::triggered, m_editor, &QPlainTextEdit::redo);
    connect(m_reload, &QAction::triggered, this, &ConfigPage::reloadFromDisk);
    connect(m_nextProblem, &QAction::triggered, this, &ConfigPage::goToNextProblem);
    connect(m_showHistory, &QAction::triggered, this, [this] {
        m_forms->setCurrentWidget(m_history);
        m_history->findChild<QWidget *>(QStringLiteral("historyTimeline"))->setFocus();
    });
    connect(m_history, &HistoryPanel::statusMessage, this, &ConfigPage::statusMessage);
    connect(m_problemsView, &QTreeView::activated, this, &ConfigPage::jumpTo);
    connect(m_problemsView, &QTreeView::clicked, this, &ConfigPage::jumpTo);
    connect(m_problemsView, &QWidget::customContextMenuRequested, this,
            &ConfigPage::problemsContextMenu);
    connect(m_editor, &CodeEditor::contextMenuRequested, this, &ConfigPage::editorContextMenu);
    connect(m_hostsSearch, &QLineEdit::textChanged, m_hostsFilter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_addHostButton, &QPushButton::clicked, this, &ConfigPage::addHost);
    connect(m_removeHostButton, &QPushButton::clicked, this, &ConfigPage::removeSelectedHost);
}

void ConfigPage::connectFormEdits()
{
    // Each form edit is one of the edit engine's named edits (edit::FleetEdits), built
    // on the text as it is when it is applied.
    connect(
        m_hosts, &HostsModel::editRequested, this,
        [this](const QString &host, const QString &key, const QString &value, const QString &type) {
            requestEdit([=](const edit::FleetEdits &edits, QString *why) {
                return edits.setHostValue(host, key, value, type, why);
            });
        });
    connect(m_routing, &RoutingForm::setRequested, this,
            [this](const QStringList &path, const QString &value, const QString &type) {
                requestEdit([=](const edit::FleetEdits &edits, QString *why) {
                    return edits.setValueAt(path, value, type, why);
                });
            });
    connect(m_routing, &RoutingForm::appendRequested, this,
            [this](const QStringList &path, const QString &name) {
                requestEdit([=](const edit::FleetEdits &edits, QString *why) {
                    return edits.appendToList(path, name, why);
                });
            });
    connect(m_routing, &RoutingForm::removeRequested, this,
            [this](const QStringList &path, int index) {
                requestEdit([=](const edit::FleetEdits &edits, QString *why) {
                    return edits.removeListItem(path, index, why);
                });
            });
    connect(m_routing, &RoutingForm::storageFlagRequested, this,
            [this](int index, const QString &kind, bool on) {
                requestEdit([=](const edit::FleetEdits &edits, QString *why) {
                    return edits.setStorageReceives(index, kind, on, why);
                });
            });
}

void ConfigPage::reloadFromDisk()
{
    if (!m_document->isOpen())
        return;
    if (!m_document->isModified() ||
        QMessageBox::question(this, tr("Reload from Disk"),
                              tr("Replace your unsaved changes with the file on disk? You "
                                 "can undo this.")) == QMessageBox::Yes)
        m_document->reload();
}

ConfigPage::~ConfigPage() = default;

QList<QAction *> ConfigPage::editActions() const
{
    return {m_save, m_undo, m_redo, m_nextProblem, m_showHistory};
}

void ConfigPage::load(const QString &path, const QByteArray &bytes)
{
    m_document->load(path, bytes);
    m_history->invalidate();
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
    if (!m_document->isOpen()) {
        m_checkState->clear();
    } else if (errors + warnings + infos == 0) {
        m_checkState->setText(tr("No problems"));
    } else {
        // Only the severities there are, each in its own plural.
        QStringList parts;
        if (errors > 0)
            parts.append(tr("%n error(s)", nullptr, errors));
        if (warnings > 0)
            parts.append(tr("%n warning(s)", nullptr, warnings));
        if (infos > 0)
            parts.append(tr("%n info message(s)", nullptr, infos));
        m_checkState->setText(parts.join(QStringLiteral(", ")));
    }
    m_nextProblem->setEnabled(errors + warnings + infos > 0);
}

QByteArray ConfigPage::saveViewState() const
{
    if (!m_layoutSet)
        return {}; // the default: fitted to the height the page will have
    // Both splitters, one after the other, each with its length first.
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << m_textAndProblems->saveState() << m_textAndForms->saveState();
    return state;
}

void ConfigPage::restoreViewState(const QByteArray &state)
{
    QDataStream in(state);
    QByteArray vertical;
    QByteArray horizontal;
    in >> vertical >> horizontal;
    if (in.status() != QDataStream::Ok || !m_textAndProblems->restoreState(vertical))
        return;
    m_textAndForms->restoreState(horizontal);
    m_layoutSet = true;
}

bool ConfigPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_textAndProblems && event->type() == QEvent::Resize && !m_layoutSet &&
        m_textAndProblems->height() > 0)
        fitProblemsPanel();
    return QWidget::eventFilter(watched, event);
}

void ConfigPage::fitProblemsPanel()
{
    // A row as the list draws it: the taller of the text and a small icon, with padding.
    const int icon = m_problemsView->style()->pixelMetric(QStyle::PM_SmallIconSize);
    const int row = std::max(m_problemsView->fontMetrics().height(), icon) + 6;
    const int chrome = m_problemsBar->sizeHint().height() +
                       m_problemsView->header()->sizeHint().height() +
                       2 * m_problemsView->frameWidth() + 8;
    const int total = m_textAndProblems->height() - m_textAndProblems->handleWidth();
    // The rows wanted and half a row more, but the text keeps at least half the height.
    const int wanted = chrome + row * kProblemRowsShown + row / 2;
    const int problems = std::min(wanted, std::max(total / 2, chrome + 3 * row));
    m_textAndProblems->setSizes({total - problems, problems});
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

void ConfigPage::requestEdit(const EditBuilder &build)
{
    // The edit is built on the text as it is now, checked off this thread if need be.
    m_document->whenCurrent(this,
                            [this, build](const std::shared_ptr<const ConfigSnapshot> &snapshot) {
                                applyEdit(build, snapshot);
                            });
}

void ConfigPage::applyEdit(const EditBuilder &build,
                           const std::shared_ptr<const ConfigSnapshot> &snapshot)
{
    QString why;
    std::optional<Fix> fix;
    if (!snapshot->document) {
        why = tr("the text does not parse; fix its syntax first");
    } else {
        const edit::FleetEdits edits(*snapshot->document, snapshot->config);
        fix = build(edits, &why);
    }
    if (!fix) {
        refuseEdit(why, snapshot);
        return;
    }
    m_document->apply(*fix, snapshot, this,
                      [this, snapshot](const QByteArray &, const QString &error) {
                          if (!error.isEmpty())
                              refuseEdit(error, snapshot);
                      });
}

void ConfigPage::refuseEdit(const QString &why,
                            const std::shared_ptr<const ConfigSnapshot> &snapshot)
{
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
        requestEdit([trimmed](const edit::FleetEdits &edits, QString *why) {
            return edits.addHost(trimmed, why);
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
    requestEdit([name](const edit::FleetEdits &edits, QString *why) {
        return edits.removeHost(name, why);
    });
}

} // namespace qm
