#include "configdocument.h"

#include "core/async/whenfinished.h"
#include "core/config/configfile.h"
#include "core/config/edit/configeditor.h"

#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QPlainTextDocumentLayout>
#include <QPointer>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace qm {

std::shared_ptr<const ConfigSnapshot> ConfigSnapshot::make(const QString &path, QByteArray bytes)
{
    // Parsing and checking a large config takes long enough to be felt while typing:
    // never on the GUI thread (yaml::parse warns when it is).
    auto snapshot = std::make_shared<ConfigSnapshot>();
    snapshot->checked = checkConfigText(path, bytes);
    snapshot->document = snapshot->checked.document;
    if (snapshot->checked.config)
        snapshot->config = *snapshot->checked.config;
    snapshot->bytes = std::move(bytes);
    return snapshot;
}

ConfigDocument::ConfigDocument(QObject *parent)
    : QObject(parent)
    , m_text(new QTextDocument(this))
    , m_watcher(new QFileSystemWatcher(this))
{
    m_text->setDocumentLayout(new QPlainTextDocumentLayout(m_text));
    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(kCheckDelayMs);
    connect(&m_checkTimer, &QTimer::timeout, this, &ConfigDocument::startCheck);
    connect(m_text, &QTextDocument::contentsChanged, this, [this] {
        m_bytesCache.reset();
        if (!m_loading)
            scheduleCheck();
    });
    connect(m_text, &QTextDocument::modificationChanged, this, &ConfigDocument::modifiedChanged);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        watch(); // an editor that saves by rename drops the watch
        if (!m_saving && QFileInfo::exists(m_path) && diskBytes() != m_savedBytes)
            Q_EMIT changedOnDisk();
    });
}

ConfigDocument::~ConfigDocument() = default;

void ConfigDocument::load(const QString &path, const QByteArray &bytes)
{
    m_path = path;
    m_savedBytes = bytes;
    m_format = edit::EditorText::fromBytes(bytes);
    m_bytesCache.reset();
    m_loading = true;
    m_text->setPlainText(m_format.text);
    m_text->clearUndoRedoStacks();
    m_text->setModified(false);
    m_loading = false;
    m_snapshot.reset();
    watch();
    startCheck();
}

void ConfigDocument::watch()
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_path.isEmpty() && QFileInfo::exists(m_path))
        m_watcher->addPath(m_path);
}

QByteArray ConfigDocument::bytes() const
{
    if (!m_text->isModified())
        return m_savedBytes; // exactly what was read, whatever the editor makes of it
    if (!m_bytesCache)
        m_bytesCache = m_format.toBytes(edit::fromRawEditorText(m_text->toRawText()));
    return *m_bytesCache;
}

bool ConfigDocument::isModified() const
{
    return m_text->isModified();
}

void ConfigDocument::scheduleCheck()
{
    m_checkTimer.start();
}

void ConfigDocument::startCheck()
{
    if (m_checking) {
        m_checkTimer.start(); // one check at a time; this one runs after
        return;
    }
    const QByteArray text = bytes();
    if (m_snapshot && m_snapshot->bytes == text)
        return;
    m_checking = true;
    auto *watcher = new QFutureWatcher<std::shared_ptr<const ConfigSnapshot>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<const ConfigSnapshot>>::finished, this,
            [this, watcher] {
                watcher->deleteLater();
                m_checking = false;
                const std::shared_ptr<const ConfigSnapshot> result = watcher->result();
                if (result->bytes == bytes()) {
                    m_snapshot = result;
                    Q_EMIT checked(m_snapshot);
                    const auto waiting = std::exchange(m_waiting, {});
                    for (const auto &[context, then] : waiting) {
                        if (context)
                            then(result);
                    }
                } else if (!m_checkTimer.isActive()) {
                    startCheck();
                }
            });
    watcher->setFuture(QtConcurrent::run(&ConfigSnapshot::make, m_path, text));
}

void ConfigDocument::whenCurrent(
    QObject *context,
    const std::function<void(const std::shared_ptr<const ConfigSnapshot> &)> &then)
{
    if (m_snapshot && m_snapshot->bytes == bytes()) {
        then(m_snapshot);
        return;
    }
    m_waiting.append({QPointer<QObject>(context), then});
    checkNow();
}

void ConfigDocument::checkNow()
{
    // No waiting for the pause in typing; a check under way is followed by one at once.
    m_checkTimer.stop();
    if (m_checking)
        m_checkTimer.start(0);
    else
        startCheck();
}

QString ConfigDocument::refusal(const Fix &fix,
                                const std::shared_ptr<const ConfigSnapshot> &basis) const
{
    Q_UNUSED(fix);
    if (!isEditable())
        return tr("This file has line breaks the editor cannot keep byte for byte (a CR "
                  "without LF, or a Unicode line or paragraph separator); use qmctl check "
                  "--fix or another editor.");
    const std::shared_ptr<const ConfigSnapshot> now = basis ? basis : m_snapshot;
    if (!now || now->bytes != bytes())
        return tr("The text changed after this fix was offered; wait for the check to "
                  "finish and choose the fix again.");
    if (!now->document)
        return tr("The text does not parse; fix the syntax first.");
    return QString();
}

void ConfigDocument::preview(const Fix &fix, const std::shared_ptr<const ConfigSnapshot> &basis,
                             QObject *context, const FixDone &done)
{
    const QString refused = refusal(fix, basis);
    if (!refused.isEmpty()) {
        done({}, refused);
        return;
    }
    const std::shared_ptr<const ConfigSnapshot> now = basis ? basis : m_snapshot;
    // The snapshot (and its parsed document) lives as long as the worker needs it.
    whenFinished(
        this, QtConcurrent::run([now, fix] {
            return edit::applyFix(*now->document, fix, now->checked.config != nullptr);
        }),
        [this, now, guard = QPointer<QObject>(context), done](const edit::Applied &applied) {
            if (!guard)
                return;
            if (applied.ok() && now->bytes != bytes()) {
                done({}, tr("The text changed while the fix was being checked; "
                            "choose the fix again."));
                return;
            }
            done(applied.text, applied.error);
        });
}

void ConfigDocument::apply(const Fix &fix, const std::shared_ptr<const ConfigSnapshot> &basis,
                           QObject *context, const FixDone &done)
{
    preview(fix, basis, context, [this, done](const QByteArray &after, const QString &error) {
        if (error.isEmpty()) {
            replaceText(after);
            // Check now, so the views see the edit as soon as can be.
            checkNow();
        }
        done(after, error);
    });
}

void ConfigDocument::replaceText(const QByteArray &after)
{
    const QString before = edit::fromRawEditorText(m_text->toRawText());
    const QString wanted = edit::EditorText::fromBytes(after).text;
    // Replace only the span that differs, so the cursor, scroll position and undo
    // step cover just the change.
    qsizetype head = 0;
    while (head < before.size() && head < wanted.size() && before[head] == wanted[head])
        ++head;
    qsizetype tail = 0;
    while (tail < before.size() - head && tail < wanted.size() - head &&
           before[before.size() - 1 - tail] == wanted[wanted.size() - 1 - tail])
        ++tail;
    QTextCursor cursor(m_text);
    cursor.beginEditBlock();
    cursor.setPosition(int(head));
    cursor.setPosition(int(before.size() - tail), QTextCursor::KeepAnchor);
    cursor.insertText(wanted.mid(head, wanted.size() - tail - head));
    cursor.endEditBlock();
}

int ConfigDocument::editorPosition(qsizetype line, qsizetype column) const
{
    const QTextBlock block = m_text->findBlockByNumber(int(line));
    if (!block.isValid())
        return m_text->characterCount() - 1;
    const QString text = block.text();
    // Columns count characters; the editor counts UTF-16 units.
    qsizetype units = 0;
    for (qsizetype c = 0; c < column && units < text.size(); ++c)
        units += text[units].isHighSurrogate() ? 2 : 1;
    return block.position() + int(std::min(units, text.size()));
}

void ConfigDocument::save()
{
    const QByteArray text = bytes();
    const QString path = m_path;
    m_saving = true;
    auto *watcher = new QFutureWatcher<ConfigSaveResult>(this);
    connect(watcher, &QFutureWatcher<ConfigSaveResult>::finished, this, [this, watcher, text] {
        watcher->deleteLater();
        m_saving = false;
        const ConfigSaveResult result = watcher->result();
        if (result.ok()) {
            // Typing while the save ran leaves those edits unsaved.
            const bool unchangedSince =
                m_format.toBytes(edit::fromRawEditorText(m_text->toRawText())) == text;
            m_savedBytes = text;
            m_format = edit::EditorText::fromBytes(text);
            m_bytesCache.reset();
            if (unchangedSince)
                m_text->setModified(false);
        }
        watch();
        Q_EMIT saved(result);
    });
    watcher->setFuture(QtConcurrent::run([path, text] { return saveConfigFile(path, text); }));
}

QByteArray ConfigDocument::diskBytes() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(16 * 1024 * 1024);
}

void ConfigDocument::reload()
{
    const ConfigFileContents contents = readConfigFile(m_path);
    if (!contents.ok()) {
        Q_EMIT reloadFailed(contents.error);
        return;
    }
    const QByteArray &disk = contents.bytes;
    const QString text = edit::EditorText::fromBytes(disk).text;
    m_format = edit::EditorText::fromBytes(disk);
    m_bytesCache.reset();
    QTextCursor cursor(m_text);
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    cursor.endEditBlock();
    m_savedBytes = disk;
    m_text->setModified(false);
    checkNow();
}

} // namespace qm
