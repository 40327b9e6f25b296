#pragma once

#include "core/config/configcheck.h"
#include "core/config/configsave.h"
#include "core/config/edit/editortext.h"
#include "core/config/fleetconfig.h"
#include "core/config/yaml/document.h"

#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QFileSystemWatcher;
class QTextDocument;

namespace qm {

/// One checked state of the config text: the parse, the typed model and the
/// diagnostics of exactly `bytes`. Immutable, shared between the checker thread, the
/// views and the edit engine.
struct ConfigSnapshot
{
    QByteArray bytes;
    std::shared_ptr<const yaml::Document> document; ///< null when the text does not parse
    FleetConfig config;                             ///< empty when the text does not load
    CheckedFile checked;

    /// Parses, loads and checks `bytes` (pure; runs on any thread).
    static std::shared_ptr<const ConfigSnapshot> make(const QString &path, QByteArray bytes);
};

/// The open fleet config of the Config page: its text (the QTextDocument the editor
/// shows, whose undo stack is the one history of text and form edits), its file, the
/// background checker and the edit engine. Views read snapshots and request edits;
/// every edit goes through edit::applyFix, so it changes only the bytes it means to.
class ConfigDocument : public QObject
{
    Q_OBJECT

public:
    explicit ConfigDocument(QObject *parent = nullptr);
    ~ConfigDocument() override;

    QTextDocument *textDocument() const { return m_text; }
    QString path() const { return m_path; }
    bool isOpen() const { return !m_path.isEmpty(); }

    /// Shows `bytes` as the file `path`: clears the undo history and marks it saved.
    void load(const QString &path, const QByteArray &bytes);
    /// The text as file bytes; exactly the bytes loaded or saved while unmodified.
    QByteArray bytes() const;
    QByteArray savedBytes() const { return m_savedBytes; }
    bool isModified() const;
    /// False for a file with line breaks the editor cannot keep (see EditorText): it is
    /// shown, checked and compared, but edits and fixes are refused.
    bool isEditable() const { return m_format.editable; }

    /// The newest finished check; may lag behind the text while typing.
    std::shared_ptr<const ConfigSnapshot> snapshot() const { return m_snapshot; }
    /// Calls `then` with a snapshot of the text as it is now: at once when the last
    /// check is current, else when the check it starts at once (in a worker thread, never
    /// this one) has finished and the text has not changed since. Nothing is called if
    /// `context` goes first.
    void
    whenCurrent(QObject *context,
                const std::function<void(const std::shared_ptr<const ConfigSnapshot> &)> &then);

    /// Why `fix` cannot be applied to the text as it is now, or empty. `basis` is the
    /// snapshot the fix was built on (a quick fix offered by an earlier check); a fix
    /// whose basis is not the text as it is now is refused, since its offsets would name
    /// other bytes. Without a basis the fix must have been built on snapshot(), which
    /// must be current. Also refused: a text that does not parse, or that the editor
    /// cannot keep byte for byte.
    QString refusal(const Fix &fix, const std::shared_ptr<const ConfigSnapshot> &basis = {}) const;

    /// Called with the text a fix gives, or with why it was refused (the text is then
    /// untouched).
    using FixDone = std::function<void(const QByteArray &after, const QString &error)>;
    /// Computes the text `fix` would give, changing nothing. The edit engine verifies a
    /// fix by parsing its result, so it runs in a worker thread: `done` is called on this
    /// thread, at once when refusal() refuses, else when the engine is done (refused too
    /// if the text changed meanwhile). Not called if `context` goes first.
    void preview(const Fix &fix, const std::shared_ptr<const ConfigSnapshot> &basis,
                 QObject *context, const FixDone &done);
    /// preview(), then puts the result into the text as one undo step and starts a
    /// check; `done` is called after.
    void apply(const Fix &fix, const std::shared_ptr<const ConfigSnapshot> &basis, QObject *context,
               const FixDone &done);

    /// The editor position of (line, column) of the current text, columns in characters.
    int editorPosition(qsizetype line, qsizetype column) const;

    /// Saves the text (see saveConfigFile) on a worker thread; emits saved().
    void save();
    /// Re-reads the file from disk, replacing the text (undoable). A file that cannot
    /// be read (gone, not UTF-8, too large) leaves the text as it is: reloadFailed().
    void reload();
    /// Reads the file as it is on disk now (blocking, small).
    QByteArray diskBytes() const;

    /// How long the checker waits after the last keystroke.
    static constexpr int kCheckDelayMs = 250;

Q_SIGNALS:
    void checked(std::shared_ptr<const ConfigSnapshot> snapshot);
    void modifiedChanged(bool modified);
    void saved(const ConfigSaveResult &result);
    /// The file changed on disk, not through this document.
    void changedOnDisk();
    void reloadFailed(const QString &error);

private:
    void scheduleCheck();
    void startCheck();
    /// Starts a check at once (after the one under way, if any).
    void checkNow();
    void watch();
    /// Replaces the text with `after`, only the span that differs, as one undo step.
    void replaceText(const QByteArray &after);

    QTextDocument *m_text;
    QFileSystemWatcher *m_watcher;
    QTimer m_checkTimer;
    QString m_path;
    edit::EditorText m_format;
    QByteArray m_savedBytes;
    /// bytes() of the text as it is, until the next change (a mixed-endings file pays a
    /// line diff for it).
    mutable std::optional<QByteArray> m_bytesCache;
    std::shared_ptr<const ConfigSnapshot> m_snapshot;
    /// whenCurrent() callers waiting for the check under way.
    QList<QPair<QPointer<QObject>,
                std::function<void(const std::shared_ptr<const ConfigSnapshot> &)>>>
        m_waiting;
    bool m_checking = false;
    bool m_saving = false;
    bool m_loading = false;
};

} // namespace qm

Q_DECLARE_METATYPE(std::shared_ptr<const qm::ConfigSnapshot>)
