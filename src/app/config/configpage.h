#pragma once

#include "core/config/diagnostic.h"
#include "core/fleet/liverules.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTabWidget;
class QToolBar;
class QToolButton;
class QTreeView;

namespace qm {

class CodeEditor;
class ConfigDocument;
class HistoryPanel;
class HostsModel;
class ProblemsFilterModel;
class ProblemsModel;
class RoutingForm;
struct ConfigSaveResult;
struct ConfigSnapshot;
namespace edit {
class FleetEdits;
}

/// The Config page: the open `distributed_hosts.yaml` as text (highlighted, line
/// numbers, diagnostics underlined and in the gutter) beside a form view (hosts table,
/// sync-routing form), with the Problems list below. Checks run off the GUI thread as
/// the user types; quick fixes, form edits and typing share one undo history; saving
/// shows the diff first and keeps a backup.
class ConfigPage : public QWidget
{
    Q_OBJECT

public:
    /// Shows and edits `document` (which must outlive the page); without one the page
    /// makes its own (the app gives it the session's).
    explicit ConfigPage(ConfigDocument *document = nullptr, QWidget *parent = nullptr);
    ~ConfigPage() override;

    ConfigDocument *document() const { return m_document; }
    CodeEditor *editor() const { return m_editor; }
    /// The History tab beside the text (docs/config-page.md, "History").
    HistoryPanel *historyPanel() const { return m_history; }

    /// Shows `bytes` as the file `path` (the caller asked maybeDiscard() first).
    void load(const QString &path, const QByteArray &bytes);
    bool isModified() const;
    /// When there are unsaved changes, asks whether to save, discard or cancel. True
    /// when the caller may go on at once (nothing unsaved, or discarded). Save starts
    /// the save (with its preview) and returns false; when `closing`, closeRequested()
    /// follows a successful save.
    bool maybeDiscard(bool closing);

    /// Applies `fix`, built on the last check of the text (refused when the text has
    /// changed since), after showing its diff for confirmation (`preview`), or at once.
    /// The edit engine verifies it in a worker thread; false when it is refused at once
    /// (the refusal is shown either way).
    bool applyFix(const Fix &fix, bool preview);
    /// Saves after the diff preview (and, for a text that does not parse, a warning).
    /// Errors left in the config do not stop it: the preview says how many remain, and
    /// so does the status message once saved ("Saved …; 2 errors remain (see Problems)").
    void save();

    QList<QAction *> editActions() const;

    /// The live state of the hosts: the live rules (QM101–QM105) run on it with each
    /// check and join the Problems list.
    void setLiveStates(const QHash<QString, LiveHostState> &states);

    /// The sizes of the editor, the forms and the Problems list as the person set them,
    /// for the window to keep between runs; empty while they are the default.
    QByteArray saveViewState() const;
    /// Restores saveViewState(); an empty or unreadable state leaves the default layout,
    /// in which the Problems list shows at least kProblemRowsShown rows.
    void restoreViewState(const QByteArray &state);
    /// The rows the Problems list shows at least by default (when the page is tall
    /// enough to keep most of its height for the text).
    static constexpr int kProblemRowsShown = 8;

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// The user chose Save when asked about unsaved changes on closing, and the save
    /// succeeded: the window may close now.
    void closeRequested();

private:
    // The constructor's steps, in order.
    void createActions();
    QToolBar *buildToolbar();
    void buildEditor();
    /// The Hosts, Sync Routing and History tabs beside the text.
    void buildForms();
    QWidget *buildProblemsPanel();
    /// The splitters, the work area and the empty state, stacked.
    void buildLayout(QToolBar *toolbar, QWidget *problemsPanel);
    void connectDocument();
    void connectViews();
    /// The forms' edit requests, each carried out as a named edit of the edit engine.
    void connectFormEdits();

    void reloadFromDisk();
    void onChecked(const std::shared_ptr<const ConfigSnapshot> &snapshot);
    void onSaved(const ConfigSaveResult &result);
    void onChangedOnDisk();
    void jumpTo(const QModelIndex &index);
    void addFixActions(QMenu *menu, const Diagnostic &diagnostic);
    bool applyFix(const Fix &fix, bool preview, const std::shared_ptr<const ConfigSnapshot> &basis);
    void showFixRefused(const QString &error);
    void problemsContextMenu(const QPoint &point);
    void editorContextMenu(QMenu *menu, int position);
    using EditBuilder =
        std::function<std::optional<Fix>(const edit::FleetEdits &edits, QString *why)>;
    /// Builds an edit against the current text and applies it; a refusal is reported.
    void requestEdit(const EditBuilder &build);
    void applyEdit(const EditBuilder &build, const std::shared_ptr<const ConfigSnapshot> &snapshot);
    /// Says why an edit from a form was not made, and shows the text's values again.
    void refuseEdit(const QString &why, const std::shared_ptr<const ConfigSnapshot> &snapshot);
    /// save() once the text as it is now has been checked.
    void saveChecked(const std::shared_ptr<const ConfigSnapshot> &snapshot);
    void showSaveDiff(int errors);
    void addHost();
    void removeSelectedHost();
    void goToNextProblem();
    void updateCounts();
    /// Errors in `snapshot` (the checks and the live rules).
    int errorsIn(const ConfigSnapshot &snapshot) const;
    /// The default split: room for kProblemRowsShown rows of problems, the rest for the
    /// text. Done whenever the splitter's height changes, until the person moves it or a
    /// state is restored.
    void fitProblemsPanel();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ConfigDocument *m_document;
    CodeEditor *m_editor;
    ProblemsModel *m_problems;
    ProblemsFilterModel *m_problemsFilter;
    QTreeView *m_problemsView;
    QToolButton *m_severityButtons[3];
    HostsModel *m_hosts;
    QSortFilterProxyModel *m_hostsFilter;
    QTableView *m_hostsView;
    QLineEdit *m_hostsSearch;
    QPushButton *m_addHostButton;
    QPushButton *m_removeHostButton;
    RoutingForm *m_routing;
    HistoryPanel *m_history;
    QTabWidget *m_forms;
    QLabel *m_checkState;
    QAction *m_save;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_reload;
    QAction *m_nextProblem;
    QAction *m_showHistory;
    QWidget *m_emptyState;
    QWidget *m_workArea;
    QSplitter *m_textAndForms;
    QSplitter *m_textAndProblems;
    QWidget *m_problemsBar;
    bool m_layoutSet = false; ///< sizes restored or moved by the person: theirs from now on
    int m_errorsAtSave = 0;   ///< errors in the text being saved
    /// The check whose problems are shown (their quick fixes were built on it).
    std::shared_ptr<const ConfigSnapshot> m_shown;
    QHash<QString, LiveHostState> m_live;
    bool m_externalChangePending = false;
    bool m_closeAfterSave = false;
};

} // namespace qm
