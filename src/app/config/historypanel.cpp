#include "historypanel.h"

#include "configdocument.h"
#include "confighistorymodel.h"
#include "core/async/whenfinished.h"
#include "core/config/edit/documenttree.h"
#include "core/config/yaml/document.h"
#include "core/text/linediff.h"
#include "diffdialog.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace qm {

namespace {

/// A restore as the edit engine takes it, or why there is none.
struct RestoreFix
{
    Fix fix;
    QString error;
};

/// The edit that turns the whole text of `basis` into `target`: one splice over all of
/// it, whose intent is that the root becomes the target's tree (so the engine verifies
/// that the result loads as exactly the target). Parses: runs in a worker.
RestoreFix buildRestoreFix(const std::shared_ptr<const ConfigSnapshot> &basis,
                           const QByteArray &target, const QString &description)
{
    RestoreFix result;
    if (!basis->document || basis->document->root < 0) {
        result.error = HistoryPanel::tr("the open text does not parse or is empty; fix it or "
                                        "paste the version into it by hand");
        return result;
    }
    const QString text = QString::fromUtf8(target);
    if (text.toUtf8() != target) {
        result.error = HistoryPanel::tr("that version is not UTF-8 text");
        return result;
    }
    yaml::ParseError parseError;
    const std::optional<yaml::Document> document = yaml::parse(target, &parseError);
    if (!document) {
        result.error = HistoryPanel::tr("that text does not parse (%1)").arg(parseError.toString());
        return result;
    }
    edit::Intent intent;
    intent.kind = edit::Intent::Kind::Replace;
    intent.node = basis->document->root;
    intent.nodes.push_back(edit::buildTree(*document));
    result.fix.description = description;
    result.fix.edits << TextEdit{0, basis->bytes.size(), text};
    result.fix.intents.push_back(std::move(intent));
    return result;
}

QByteArray label(const ConfigVersion &version)
{
    return (version.source == VersionSource::Git ? version.id.left(12) : version.id).toUtf8();
}

} // namespace

HistoryPanel::HistoryPanel(ConfigDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new ConfigHistoryModel(this))
    , m_timeline(new QTreeView)
    , m_state(new QLabel)
    , m_compare(new QComboBox)
    , m_problems(new QLabel)
    , m_diff(new QPlainTextEdit)
    , m_restoreVersion(new QPushButton(tr("Restore This &Version…")))
    , m_restoreLines(new QPushButton(tr("Restore These &Lines…")))
    , m_refresh(new QPushButton(tr("Re&fresh")))
{
    setObjectName(QStringLiteral("historyPanel"));
    m_timeline->setObjectName(QStringLiteral("historyTimeline"));
    m_timeline->setModel(m_model);
    m_timeline->setRootIsDecorated(false);
    m_timeline->setUniformRowHeights(true);
    m_timeline->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timeline->header()->setStretchLastSection(true);
    m_timeline->header()->setSectionResizeMode(ConfigHistoryModel::TimeColumn,
                                               QHeaderView::ResizeToContents);
    m_timeline->header()->setSectionResizeMode(ConfigHistoryModel::SourceColumn,
                                               QHeaderView::ResizeToContents);
    m_timeline->header()->setSectionResizeMode(ConfigHistoryModel::ProblemsColumn,
                                               QHeaderView::ResizeToContents);
    m_state->setObjectName(QStringLiteral("historyState"));
    m_state->setWordWrap(true);
    m_compare->setObjectName(QStringLiteral("historyCompare"));
    m_compare->addItem(tr("What it changed (from the version before)"));
    m_compare->addItem(tr("From it to the open text"));
    m_compare->setToolTip(tr("Compare the selected version with the version before it, or "
                             "with the text open in the editor"));
    m_problems->setObjectName(QStringLiteral("historyProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);
    m_diff->setObjectName(QStringLiteral("historyDiff"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new DiffHighlighter(m_diff->document());
    m_restoreVersion->setObjectName(QStringLiteral("restoreVersionButton"));
    m_restoreVersion->setToolTip(
        tr("Make the open text this version, as one edit you can undo; Save writes it"));
    m_restoreLines->setObjectName(QStringLiteral("restoreLinesButton"));
    m_restoreLines->setToolTip(tr("Put back this version's lines for the changes the "
                                  "selection in the diff touches (compare with the open text)"));
    m_refresh->setObjectName(QStringLiteral("historyRefresh"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_state, 1);
    top->addWidget(m_refresh);
    auto *details = new QWidget;
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_compare);
    detailsLayout->addWidget(m_problems);
    detailsLayout->addWidget(m_diff, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_restoreLines);
    buttons->addWidget(m_restoreVersion);
    detailsLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("historySplitter"));
    splitter->addWidget(m_timeline);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_refresh, &QPushButton::clicked, this, &HistoryPanel::refresh);
    connect(m_timeline->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPanel::showSelected);
    connect(m_compare, &QComboBox::currentIndexChanged, this, &HistoryPanel::showSelected);
    connect(m_restoreVersion, &QPushButton::clicked, this, &HistoryPanel::restoreVersion);
    connect(m_restoreLines, &QPushButton::clicked, this, &HistoryPanel::restoreLines);
    showSelected();
}

HistoryPanel::~HistoryPanel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void HistoryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void HistoryPanel::invalidate()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void HistoryPanel::refresh()
{
    m_stale = false;
    if (m_cancel)
        m_cancel->store(true);
    const int generation = ++m_generation;
    if (!m_document->isOpen()) {
        m_model->setHistory({});
        m_state->setText(tr("No config is open."));
        m_loading = false;
        showSelected();
        return;
    }
    m_loading = true;
    m_state->setText(
        tr("Reading the history of %1…").arg(QFileInfo(m_document->path()).fileName()));
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    const QString path = m_document->path();
    QFuture<ConfigHistory> future = QtConcurrent::run(
        [path, cancel] { return buildConfigHistory(collectConfigVersions(path), cancel.get()); });
    whenFinished(this, future, [this, generation](const ConfigHistory &history) {
        if (generation != m_generation)
            return;
        m_loading = false;
        m_model->setHistory(history);
        QStringList state;
        if (!history.currentError.isEmpty())
            state << history.currentError;
        else
            state << tr("%n version(s).", nullptr, int(history.entries.size()));
        state << history.notes;
        m_state->setText(state.join(QLatin1Char(' ')));
        if (m_model->rowCount() > 0)
            m_timeline->setCurrentIndex(m_model->index(0, 0));
        showSelected();
        Q_EMIT historyLoaded();
    });
}

HistoryPanel::Compare HistoryPanel::compare() const
{
    return m_compare->currentIndex() == 1 ? Compare::OpenText : Compare::Previous;
}

void HistoryPanel::showSelected()
{
    const ConfigHistoryEntry *entry = m_model->entry(m_timeline->currentIndex().row());
    const bool editable = m_document->isOpen() && m_document->isEditable();
    m_restoreVersion->setEnabled(entry && editable && entry->parseError.isEmpty());
    m_restoreLines->setEnabled(false);
    m_shownDiff.clear();
    m_diffBase.clear();
    if (!entry) {
        m_problems->clear();
        m_diff->setPlainText(QString());
        return;
    }
    QStringList problems;
    // The changes in full (the timeline's column cuts them), one a line.
    const QStringList changes =
        entry->changes.isEmpty() ? QStringList{entry->summary} : entry->changes;
    for (const QString &change : changes)
        problems << change.toHtmlEscaped();
    for (const ProblemChange &problem : entry->problemsAdded)
        problems << tr("<span style='color:#b31d28'>Added %1: %2</span>")
                        .arg(problem.rule, problem.message.toHtmlEscaped());
    for (const ProblemChange &problem : entry->problemsFixed)
        problems << tr("<span style='color:#1a7f37'>Fixed %1: %2</span>")
                        .arg(problem.rule, problem.message.toHtmlEscaped());
    problems << tr("%n error(s) in this version.", nullptr, entry->errorCount).toHtmlEscaped();
    m_problems->setText(problems.join(QStringLiteral("<br>")));

    QString empty;
    if (compare() == Compare::Previous) {
        m_shownDiff = entry->diff;
        if (m_shownDiff.isEmpty())
            empty = m_model->entryIndex(m_timeline->currentIndex().row()) == 0
                        ? tr("The oldest version: nothing before it to compare with.")
                        : tr("The same bytes as the version before it.");
    } else {
        m_diffBase = m_document->bytes();
        m_shownDiff = unifiedDiff(entry->version.bytes, m_diffBase, label(entry->version),
                                  QByteArrayLiteral("open text"));
        if (m_shownDiff.isEmpty())
            empty = tr("The open text is this version, byte for byte.");
        m_restoreLines->setEnabled(editable && !m_shownDiff.isEmpty() &&
                                   entry->version.readError.isEmpty());
    }
    QString text = empty.isEmpty() ? QString::fromUtf8(m_shownDiff) : empty;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("␍\n"));
    m_diff->setPlainText(text);
}

void HistoryPanel::restoreVersion()
{
    const ConfigHistoryEntry *entry = m_model->entry(m_timeline->currentIndex().row());
    if (!entry)
        return;
    const QString name = entry->version.source == VersionSource::Git
                             ? tr("commit %1").arg(entry->version.id.left(12))
                             : entry->version.id;
    restoreText(entry->version.bytes, m_document->bytes(), tr("Restore %1").arg(name));
}

void HistoryPanel::restoreLines()
{
    const ConfigHistoryEntry *entry = m_model->entry(m_timeline->currentIndex().row());
    if (!entry || compare() != Compare::OpenText)
        return;
    const QTextCursor cursor = m_diff->textCursor();
    const qsizetype first = m_diff->document()->findBlock(cursor.selectionStart()).blockNumber();
    const qsizetype last = m_diff->document()->findBlock(cursor.selectionEnd()).blockNumber();
    QList<DiffHunkLines> chosen;
    for (const DiffHunkLines &change : diffChanges(m_shownDiff)) {
        if (change.lastDiffLine >= first && change.firstDiffLine <= last)
            chosen << change;
    }
    if (chosen.isEmpty()) {
        refuse(tr("select lines of a change (red or green lines) in the diff first"));
        return;
    }
    QString error;
    const QByteArray target = restoreChanges(entry->version.bytes, m_diffBase, chosen, &error);
    if (!error.isEmpty()) {
        refuse(error);
        return;
    }
    restoreText(target, m_diffBase,
                tr("Restore %n change(s) from %1", nullptr, int(chosen.size()))
                    .arg(QString::fromUtf8(label(entry->version))));
}

void HistoryPanel::restoreText(const QByteArray &target, const QByteArray &base,
                               const QString &description)
{
    if (!m_document->isOpen())
        return;
    if (target == base) {
        Q_EMIT statusMessage(tr("Nothing to restore: the open text already has those lines."));
        return;
    }
    m_document->whenCurrent(
        this, [this, target, base, description](const std::shared_ptr<const ConfigSnapshot> &now) {
            if (now->bytes != base) {
                showSelected();
                refuse(tr("the text changed since the diff was made; look at the diff again"));
                return;
            }
            applyRestore(now, target, description);
        });
}

void HistoryPanel::applyRestore(const std::shared_ptr<const ConfigSnapshot> &basis,
                                const QByteArray &target, const QString &description)
{
    QFuture<RestoreFix> future = QtConcurrent::run(
        [basis, target, description] { return buildRestoreFix(basis, target, description); });
    whenFinished(this, future, [this, basis](const RestoreFix &built) {
        if (!built.error.isEmpty()) {
            refuse(built.error);
            return;
        }
        const Fix fix = built.fix;
        m_document->preview(
            fix, basis, this, [this, fix, basis](const QByteArray &after, const QString &error) {
                if (!error.isEmpty()) {
                    refuse(error);
                    return;
                }
                const QByteArray name = QFileInfo(m_document->path()).fileName().toUtf8();
                auto *dialog = new DiffDialog(
                    tr("Restore"),
                    tr("%1. The open text changes as below, as one edit you can undo; Save "
                       "writes it, keeping the file on disk as a backup.")
                        .arg(fix.description),
                    unifiedDiff(basis->bytes, after, name, name), tr("Restore"), this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(dialog, &QDialog::accepted, this, [this, fix, basis] {
                    m_document->apply(
                        fix, basis, this, [this, fix](const QByteArray &, const QString &refused) {
                            if (!refused.isEmpty()) {
                                refuse(refused);
                                return;
                            }
                            Q_EMIT statusMessage(
                                tr("%1: done; Save (Ctrl+S) writes it.").arg(fix.description));
                            showSelected();
                        });
                });
                dialog->open();
            });
    });
}

void HistoryPanel::refuse(const QString &why)
{
    Q_EMIT statusMessage(tr("Not restored: %1").arg(why));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Not Restored"),
                                tr("Nothing was changed: %1").arg(why), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("restoreRefusedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace qm
