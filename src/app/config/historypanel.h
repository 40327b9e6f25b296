#pragma once

#include "core/confighistory/confighistory.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace qm {

class ConfigDocument;
class ConfigHistoryModel;
struct ConfigSnapshot;

/// The History tab of the Config page: every version of the open config (its backups,
/// the updater's `.config_backups`, its git commits, the file on disk) as a timeline,
/// newest first, each with what it changed, marked red when it added errors and green
/// when it fixed problems. The selected version shows its diff — what it changed from
/// the version before it, or from it to the open text — and the problems it added and
/// fixed. **Restore This Version** and **Restore These Lines** are edits of the open
/// text through the edit engine (verified, previewed as a diff, one undo step); saving
/// them is the page's Save, which keeps a backup. The history is computed in a worker
/// thread when the tab is first shown for a file, after a save, and on Refresh.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(ConfigDocument *document, QWidget *parent = nullptr);
    ~HistoryPanel() override;

    /// What the diff view compares the selected version with.
    enum class Compare { Previous, OpenText };

    /// Computes the history of the open file again (in a worker thread).
    void refresh();
    /// The open file changed (opened, saved): the history is computed again, at once
    /// when the panel is visible, else when it is next shown.
    void invalidate();
    ConfigHistoryModel *model() const { return m_model; }
    /// True while a history is being computed.
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// A history was computed and shown.
    void historyLoaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSelected();
    Compare compare() const;
    /// Restore This Version: the open text becomes the selected version's.
    void restoreVersion();
    /// Restore These Lines: the changes the diff's selection touches are undone in the
    /// open text (the diff must compare with the open text).
    void restoreLines();
    /// Replaces the open text by `target` as a verified edit, after a diff preview;
    /// `base` is the text the target was made from (refused when the text changed).
    void restoreText(const QByteArray &target, const QByteArray &base, const QString &description);
    void applyRestore(const std::shared_ptr<const ConfigSnapshot> &basis, const QByteArray &target,
                      const QString &description);
    void refuse(const QString &why);

    ConfigDocument *m_document;
    ConfigHistoryModel *m_model;
    QTreeView *m_timeline;
    QLabel *m_state;
    QComboBox *m_compare;
    QLabel *m_problems;
    QPlainTextEdit *m_diff;
    QPushButton *m_restoreVersion;
    QPushButton *m_restoreLines;
    QPushButton *m_refresh;
    /// The open text the shown diff was made against (Compare::OpenText), and the diff.
    QByteArray m_diffBase;
    QByteArray m_shownDiff;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_loading = false;
    bool m_stale = true;
    int m_generation = 0; ///< bumps with each computation; late results are dropped
};

} // namespace qm
