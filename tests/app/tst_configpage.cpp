// The Config page, driven through the real main window offscreen: open a config,
// see its problems, apply a quick fix from the Problems list, edit through the forms,
// undo, save with a backup (saying which errors remain); the Problems list shows eight
// rows at the default window size, and keeps the height the person gives it; counts read
// in the right plural; and the editor round trip that keeps every byte.

#include "app/config/codeeditor.h"
#include "app/config/configdocument.h"
#include "app/config/configpage.h"
#include "app/config/diffdialog.h"
#include "app/config/hostsmodel.h"
#include "app/config/problemsmodel.h"
#include "app/mainwindow/mainwindow.h"
#include "core/config/edit/editortext.h"
#include "core/settings/settings.h"
#include "testfiles.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextDocumentLayout>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <sys/stat.h>

using qm::ConfigPage;
using qm::MainWindow;

using qm::test::readAll;
using qm::test::writeAll;

namespace {

// A contradiction (QM001): mac-studio is excluded from receiving, but its external
// drive is allowed to receive games. Comments and CRLF must survive the fix and save.
const QByteArray kContradiction = "# Fleet config, edited by hand\r\n"
                                  "hosts:\r\n"
                                  "  mac-studio:\r\n"
                                  "    ssh_host: mac-studio.example.invalid\r\n"
                                  "    role: coordinator\r\n"
                                  "    status: ready\r\n"
                                  "  gpu-1:\r\n"
                                  "    ssh_host: gpu-1.example.invalid\r\n"
                                  "    role: gpu_selfplay\r\n"
                                  "    status: ready\r\n"
                                  "  gpu-2:\r\n"
                                  "    ssh_host: gpu-2.example.invalid\r\n"
                                  "    status: ready\r\n"
                                  "sync_routing:\r\n"
                                  "  max_disk_usage_percent: 70\r\n"
                                  "  target_disk_usage_percent: 60\r\n"
                                  "  excluded_hosts:\r\n"
                                  "    - mac-studio   # Dec 2025: system disk full\r\n"
                                  "  allowed_external_storage:\r\n"
                                  "    - host: mac-studio\r\n"
                                  "      path: /Volumes/RingRift-Data\r\n"
                                  "      receive_games: true\r\n"
                                  "auto_sync:\r\n"
                                  "  exclude_hosts: [mac-studio]\r\n";

/// A config with twelve problems: priority hosts that `hosts` does not define (QM005).
QByteArray twelveProblems()
{
    QByteArray text = "hosts:\n  gpu-1:\n    ssh_host: gpu-1.example.invalid\n"
                      "    status: ready\nsync_routing:\n  priority_hosts:\n";
    for (int i = 1; i <= 12; ++i)
        text += "    - ghost-" + QByteArray::number(i) + "\n";
    return text;
}

/// The rows of `view` drawn whole in its viewport.
int wholeRowsShown(QTreeView *view)
{
    int rows = 0;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        rows += view->viewport()->rect().contains(view->visualRect(view->model()->index(row, 0)));
    return rows;
}

/// Warnings that a config was parsed on the GUI thread (yaml::parse says so).
int g_parsedOnGuiThread = 0;
QtMessageHandler g_previousHandler = nullptr;

void countGuiThreadParses(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("parsed on the GUI thread")))
        ++g_parsedOnGuiThread;
    g_previousHandler(type, context, message);
}

} // namespace

class TestConfigPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editorRoundTrip_data();
    void editorRoundTrip();
    void mixedLineEndingsSurviveEdits();
    void init();
    void cleanup();
    void quickFixFromProblemsAndSave();
    void staleQuickFixIsRefused();
    void formsAndTextShareOneHistory();
    void invalidThresholdsAreNotWritten();
    void hostsAndStorageThroughTheForms();
    void unparseableSaveAsksFirst();
    void externalChangeOffersReload();
    void dropOpensConfig();
    void unkeepableLineBreaksAreReadOnly();
    void closingWithUnsavedChangesAsks();
    void problemsListShowsEightRowsAndKeepsItsHeight();
    void countsReadInTheRightPlural();
    void saveSaysWhichErrorsRemain();

private:
    ConfigPage *openAndWait(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<qm::Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestConfigPage::editorRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    QDirIterator it(QStringLiteral(QM_SOURCE_DIR "/tests/data/yaml"), {QStringLiteral("*.yaml")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QTest::newRow(qPrintable(QDir(QStringLiteral(QM_SOURCE_DIR)).relativeFilePath(path)))
            << path;
    }
    QTest::newRow("fixture") << QStringLiteral(QM_SOURCE_DIR
                                               "/tests/data/distributed_hosts.template.yaml");
}

void TestConfigPage::editorRoundTrip()
{
    // Every byte survives being shown and edited: through the editor's document, a
    // change typed and taken back by hand (so the document counts as modified and its
    // text, not the file's bytes, is what would be saved).
    QFETCH(QString, path);
    const QByteArray bytes = readAll(path);
    QVERIFY(!bytes.isEmpty() || path.endsWith(QLatin1String("empty.yaml")));
    qm::ConfigDocument document;
    document.load(path, bytes);
    QCOMPARE(document.bytes(), bytes);
    QTextCursor cursor(document.textDocument());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringLiteral("x"));
    cursor.deletePreviousChar();
    QVERIFY(document.isModified());
    QCOMPARE(document.bytes(), bytes);
}

void TestConfigPage::mixedLineEndingsSurviveEdits()
{
    // Untouched lines keep their own ending; a new line gets the file's usual one.
    const QByteArray bytes = "a: 1\r\nb: 2\r\nc: 3\nd: 4\r\n";
    qm::ConfigDocument document;
    document.load(QStringLiteral("mixed.yaml"), bytes);
    QTextCursor cursor(document.textDocument());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringLiteral("e: 5\n"));
    cursor.setPosition(document.textDocument()->findBlockByNumber(1).position() + 3);
    cursor.deleteChar();
    cursor.insertText(QStringLiteral("20"));
    QCOMPARE(document.bytes(), QByteArray("a: 1\r\nb: 20\r\nc: 3\nd: 4\r\ne: 5\r\n"));
}

void TestConfigPage::unkeepableLineBreaksAreReadOnly()
{
    // A CR without LF would become a line feed in any text editor: shown, not edited.
    const QString path = m_dir->filePath(QStringLiteral("old-mac.yaml"));
    writeAll(path, "hosts:\r  a: {status: ready}\n");
    ConfigPage *page = openAndWait(path);
    QVERIFY(page);
    QVERIFY(page->editor()->isReadOnly());
    QVERIFY(!page->findChild<QTabWidget *>(QStringLiteral("configForms"))->isEnabled());
    QVERIFY(!page->applyFix(qm::Fix{}, false));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = page->findChild<QMessageBox *>()));
    QVERIFY(box->text().contains(QLatin1String("line breaks")));
    box->close();
    QCOMPARE(readAll(path), QByteArray("hosts:\r  a: {status: ready}\n"));
}

void TestConfigPage::closingWithUnsavedChangesAsks()
{
    const QString path = m_dir->filePath(QStringLiteral("distributed_hosts.yaml"));
    writeAll(path, kContradiction);
    ConfigPage *page = openAndWait(path);
    QVERIFY(page);
    QTextCursor cursor(page->document()->textDocument());
    cursor.insertText(QStringLiteral("# unsaved\n"));
    // The question is modal: answer it from the event loop it runs.
    const auto answer = [](QMessageBox::StandardButton button, QString *asked) {
        QTimer::singleShot(0, [button, asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            *asked = box->text();
            box->button(button)->click();
        });
    };
    QString asked;
    answer(QMessageBox::Cancel, &asked);
    QVERIFY(!m_window->close());
    QVERIFY(asked.contains(QLatin1String("not saved")));
    QVERIFY(m_window->isVisible());
    asked.clear();
    answer(QMessageBox::Discard, &asked);
    QVERIFY(m_window->close());
    QVERIFY(!asked.isEmpty());
    QCOMPARE(readAll(path), kContradiction);
}

void TestConfigPage::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<qm::Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    // Whatever a test does on the page (typing, quick fixes, form edits, saving), the
    // config is parsed and checked in worker threads, never on this one.
    g_parsedOnGuiThread = 0;
    g_previousHandler = qInstallMessageHandler(countGuiThreadParses);
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestConfigPage::cleanup()
{
    // Leave nothing unsaved, so closing does not ask.
    if (ConfigPage *page = m_window->configPage(); page->isModified())
        page->document()->textDocument()->setModified(false);
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
    qInstallMessageHandler(g_previousHandler);
    QCOMPARE(g_parsedOnGuiThread, 0);
}

ConfigPage *TestConfigPage::openAndWait(const QString &path)
{
    ConfigPage *page = m_window->configPage();
    QSignalSpy checked(page->document(), &qm::ConfigDocument::checked);
    m_window->openConfig(path);
    if (!checked.wait(5000))
        return nullptr;
    return page;
}

void TestConfigPage::quickFixFromProblemsAndSave()
{
    const QString path = m_dir->filePath(QStringLiteral("distributed_hosts.yaml"));
    writeAll(path, kContradiction);
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0640), 0);
    ConfigPage *page = openAndWait(path);
    QVERIFY(page);
    QVERIFY(page->isVisible()); // opening shows the Config page

    // The problem is listed, underlined in the editor and marked in the gutter.
    auto *problems = page->findChild<QTreeView *>(QStringLiteral("problemsView"));
    QVERIFY(problems);
    QAbstractItemModelTester tester(problems->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    int row = -1;
    for (int r = 0; r < problems->model()->rowCount(); ++r) {
        if (problems->model()->index(r, qm::ProblemsModel::RuleColumn).data().toString() ==
            u"QM001")
            row = r;
    }
    QVERIFY2(row >= 0, "QM001 is not in the Problems list");
    QVERIFY(page->editor()->diagnostics().size() == problems->model()->rowCount());
    const qm::EditorDiagnostic mark = page->editor()->diagnostics().value(row);
    QCOMPARE(mark.line, 21); // receive_games: true
    QCOMPARE(page->editor()->document()->findBlockByNumber(21).text().mid(
                 mark.start - page->editor()->document()->findBlockByNumber(21).position(), 4),
             QStringLiteral("true"));

    // The severity buttons filter the list.
    auto *errors = page->findChild<QToolButton *>(QStringLiteral("showErrors"));
    QVERIFY(errors);
    QVERIFY(errors->text().startsWith(QLatin1String("Errors (")));
    const int all = problems->model()->rowCount();
    errors->setChecked(false);
    for (int r = 0; r < problems->model()->rowCount(); ++r)
        QVERIFY(problems->model()->index(r, 0).data().toString() != u"Error");
    QVERIFY(problems->model()->rowCount() < all);
    errors->setChecked(true);
    QCOMPARE(problems->model()->rowCount(), all);

    // Clicking the problem jumps to it.
    const QModelIndex index = problems->model()->index(row, 0);
    problems->setCurrentIndex(index);
    Q_EMIT problems->activated(index);
    QCOMPARE(page->editor()->textCursor().blockNumber(), 21);

    // Its context menu offers the fix (and the alternative); the preview shows the diff.
    Q_EMIT problems->customContextMenuRequested(problems->visualRect(index).center());
    auto *menu = page->findChild<QMenu *>(QStringLiteral("problemsMenu"));
    QVERIFY(menu);
    QList<QAction *> fixes;
    for (QAction *action : menu->actions()) {
        if (action->objectName() == u"quickFixAction")
            fixes.append(action);
    }
    QCOMPARE(fixes.size(), 2);
    QVERIFY(fixes[0]->text().contains(QLatin1String("Turn off receive_games")));
    QVERIFY(fixes[1]->text().contains(QLatin1String("Remove 'mac-studio' from")));
    fixes[0]->trigger();
    menu->close();
    // The edit engine verifies the fix off this thread; the preview follows.
    qm::DiffDialog *preview = nullptr;
    QTRY_VERIFY((preview = page->findChild<qm::DiffDialog *>(QStringLiteral("diffDialog"))));
    QVERIFY2(preview->diffText().contains(QLatin1String("-      receive_games: true")),
             qPrintable(preview->diffText()));
    QVERIFY(preview->diffText().contains(QLatin1String("+      receive_games: false")));
    QSignalSpy checked(page->document(), &qm::ConfigDocument::checked);
    const QPointer<qm::DiffDialog> closing(preview);
    preview->accept();
    QTRY_VERIFY(closing.isNull()); // deleted on close
    QVERIFY(checked.size() >= 1 || checked.wait(5000));
    QTRY_VERIFY(page->document()->isModified());
    for (int r = 0; r < problems->model()->rowCount(); ++r)
        QVERIFY(problems->model()->index(r, qm::ProblemsModel::RuleColumn).data().toString() !=
                u"QM001");
    QVERIFY(m_window->isWindowModified());

    // Save: the diff first, then the file with only that line changed, and a backup.
    auto *save = page->findChild<QAction *>(QStringLiteral("actionSaveConfig"));
    QVERIFY(save && save->isEnabled());
    save->trigger();
    auto *saveDiff = page->findChild<qm::DiffDialog *>(QStringLiteral("diffDialog"));
    QVERIFY(saveDiff);
    QSignalSpy saved(page->document(), &qm::ConfigDocument::saved);
    saveDiff->accept();
    QVERIFY(saved.wait(5000));
    const auto result = saved.first().first().value<qm::ConfigSaveResult>();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(readAll(path),
             QByteArray(kContradiction).replace("receive_games: true", "receive_games: false"));
    QVERIFY(!page->document()->isModified());
    QVERIFY(!m_window->isWindowModified());
    struct stat status = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
    QCOMPARE(status.st_mode & 07777, 0640u);
    const QStringList backups =
        QDir(m_dir->filePath(QStringLiteral(".config_backups"))).entryList(QDir::Files);
    QCOMPARE(backups.size(), 1);
    QVERIFY(QRegularExpression(QStringLiteral("^distributed_hosts_\\d{8}_\\d{6}\\.yaml$"))
                .match(backups[0])
                .hasMatch());
    const QString backup = m_dir->filePath(QStringLiteral(".config_backups/")) + backups[0];
    QCOMPARE(readAll(backup), kContradiction);
    QCOMPARE(::stat(QFile::encodeName(backup).constData(), &status), 0);
    QCOMPARE(status.st_mode & 07777, 0600u);
}

void TestConfigPage::staleQuickFixIsRefused()
{
    // A fix offered by a check of an older text would name other bytes now.
    const QString path = m_dir->filePath(QStringLiteral("distributed_hosts.yaml"));
    writeAll(path, kContradiction);
    ConfigPage *page = openAndWait(path);
    QVERIFY(page);
    auto *problems = page->findChild<QTreeView *>(QStringLiteral("problemsView"));
    QModelIndex index;
    for (int r = 0; r < problems->model()->rowCount(); ++r) {
        if (problems->model()->index(r, qm::ProblemsModel::RuleColumn).data().toString() ==
            u"QM001")
            index = problems->model()->index(r, 0);
    }
    QVERIFY(index.isValid());
    Q_EMIT problems->customContextMenuRequested(problems->visualRect(index).center());
    auto *menu = page->findChild<QMenu *>(QStringLiteral("problemsMenu"));
    QVERIFY(menu);
    QAction *fix = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->objectName() == u"quickFixAction" && !fix)
            fix = action;
    }
    QVERIFY(fix);
    // Typed before the next check ran: the shown problems are now stale.
    QTextCursor cursor(page->document()->textDocument());
    cursor.insertText(QStringLiteral("# a new first line\n"));
    const QByteArray typed = page->document()->bytes();
    fix->trigger();
    menu->close();
    QMessageBox *refused = nullptr;
    QTRY_VERIFY((refused = page->findChild<QMessageBox *>()));
    QVERIFY2(refused->text().contains(QLatin1String("changed after this fix was offered")),
             qPrintable(refused->text()));
    QVERIFY(!page->findChild<qm::DiffDialog *>());
    QCOMPARE(page->document()->bytes(), typed);
    refused->close();
}

void TestConfigPage::formsAndTextShareOneHistory()
{
    const QString path = m_dir->filePath(QStringLiteral("distributed_hosts.yaml"));
    writeAll(path, kContradiction);
    ConfigPage *page = openAndWait(path);
    QVERIFY(page);
    auto *hosts = page->findChild<QTableView *>(QStringLiteral("hostsTable"));
    QVERIFY(hosts);
    QAbstractItemModelTester tester(hosts->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(hosts->model()->rowCount(), 3);
    // Sorted by name: gpu-1, gpu-2, mac-studio; the filter narrows it.
    QCOMPARE(hosts->model()->index(2, 0).data().toString(), QStringLiteral("mac-studio"));
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("hostsSearch"));
    search->setText(QStringLiteral("coordinator"));
    QCOMPARE(hosts->model()->rowCount(), 1);
    search->clear();

    // Edit a status in the table: the text changes in that one place.
    // (setData only requests the edit; the model shows it once the text is checked.)
    hosts->model()->setData(hosts->model()->index(0, qm::HostsModel::StatusColumn),
                            QStringLiteral("disabled"));
    // (The edit engine verifies the edit off this thread; the text changes after.)
    QTRY_VERIFY(page->document()->textDocument()->toPlainText().contains(
        QLatin1String("  gpu-1:\n    ssh_host: gpu-1.example.invalid\n"
                      "    role: gpu_selfplay\n    status: disabled\n")));
    const QString edited = page->document()->textDocument()->toPlainText();
    QTRY_COMPARE(hosts->model()->index(0, qm::HostsModel::StatusColumn).data().toString(),
                 QStringLiteral("disabled"));

    // The routing form adds to a list through the same engine.
    auto *name = page->findChild<QComboBox *>(QStringLiteral("priorityHostsName"));
    auto *add = page->findChild<QPushButton *>(QStringLiteral("priorityHostsAdd"));
    QVERIFY(name && add);
    name->setCurrentText(QStringLiteral("gpu-2"));
    add->click();
    QTRY_VERIFY2(
        page->document()->bytes().endsWith("  priority_hosts:\r\n    - gpu-2\r\n"
                                           "auto_sync:\r\n  exclude_hosts: [mac-studio]\r\n") ||
            page->document()->bytes().contains("  priority_hosts:\r\n    - gpu-2\r\n"),
        page->document()->bytes().constData());
    auto *list = page->findChild<QListWidget *>(QStringLiteral("priorityHostsList"));
    QTRY_COMPARE(list->count(), 1);

    // One undo history: the list edit, then the table edit, go back in order.
    auto *undo = page->findChild<QAction *>(QStringLiteral("actionUndoConfig"));
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(page->document()->textDocument()->toPlainText(), edited);
    undo->trigger();
    QCOMPARE(page->document()->bytes(), kContradiction);
    QVERIFY(!page->document()->isModified());
    QTRY_COMPARE(hosts->model()->index(0, qm::HostsModel::StatusColumn).data().toString(),
                 QStringLiteral("ready"));
    auto *redo = page->findChild<QAction *>(QStringLiteral("actionRedoConfig"));
    redo->trigger();
    QCOMPARE(page->document()->textDocument()->toPlainText(), edited);
}

void TestConfigPage::hostsAndStorageThroughTheForms()
{
    const QString path = m_dir->filePath(QStringLiteral("distributed_hosts.yaml"));
    writeAll(path, kContradiction);
    ConfigPage *page = openAndWait(path);
    QVERIFY(page);

    // Add Host: a stub with status: disabled, at the hosts' indentation, CRLF kept.
    page->findChild<QPushButton *>(QStringLiteral("addHostButton"))->click();
    auto *dialog = page->findChild<QInputDialog *>(QStringLiteral("addHostDialog"));
    QVERIFY(dialog);
    dialog->setTextValue(QStringLiteral("gpu-3"));
    dialog->accept();
    QTRY_VERIFY2(page->document()->bytes().contains("    status: ready\r\n  gpu-3:\r\n"
                                                    "    status: disabled\r\nsync_routing:"),
                 page->document()->bytes().constData());
    auto *hosts = page->findChild<QTableView *>(QStringLiteral("hostsTable"));
    QTRY_COMPARE(hosts->model()->rowCount(), 4);

    // Remove Host: the selected host's lines go.
    hosts->setCurrentIndex(hosts->model()->index(0, 0)); // gpu-1, sorted by name
    page->findChild<QPushButton *>(QStringLiteral("removeHostButton"))->click();
    QTRY_VERIFY(!page->document()->bytes().contains("gpu-1"));
    QTRY_COMPARE(hosts->model()->rowCount(), 3);

    // External storage: unticking games writes receive_games: false, clearing QM001.
    auto *storage = page->findChild<QTableWidget *>(QStringLiteral("externalStorage"));
    QVERIFY(storage);
    QCOMPARE(storage->rowCount(), 1);
    QCOMPARE(storage->item(0, 2)->checkState(), Qt::Checked);
    storage->item(0, 2)->setCheckState(Qt::Unchecked);
    QTRY_VERIFY(page->document()->bytes().contains("      receive_games: false\r\n"));
    QTRY_COMPARE(page->document()->snapshot()->bytes, page->document()->bytes());
    for (const qm::Diagnostic &d : page->document()->snapshot()->checked.diagnostics)
        QVERIFY(d.rule != u"QM001");

    // The exclusion list's Remove drops the item from the YAML list.
    auto *list = page->findChild<QListWidget *>(QStringLiteral("excludedHostsList"));
    QCOMPARE(list->count(), 1);
    list->setCurrentRow(0);
    page->findChild<QPushButton *>(QStringLiteral("excludedHostsRemove"))->click();
    // (The comment of the only item stays, now on the key's line.)
    QTRY_VERIFY2(page->document()->bytes().contains(
                     "  excluded_hosts: []   # Dec 2025: system disk full\r\n"),
                 page->document()->bytes().constData());
    QTRY_COMPARE(list->count(), 0);
}

void TestConfigPage::invalidThresholdsAreNotWritten()
{
    const QString path = m_dir->filePath(QStringLiteral("distributed_hosts.yaml"));
    writeAll(path, kContradiction);
    ConfigPage *page = openAndWait(path);
    QVERIFY(page);
    auto *target = page->findChild<QDoubleSpinBox *>(QStringLiteral("targetDiskUsage"));
    auto *max = page->findChild<QDoubleSpinBox *>(QStringLiteral("maxDiskUsage"));
    QVERIFY(target && max);
    QCOMPARE(max->value(), 70.0);
    target->setValue(75.0); // above the maximum
    auto *problem = page->findChild<QLabel *>(QStringLiteral("thresholdProblem"));
    QVERIFY(!problem->isHidden());
    QVERIFY(problem->text().contains(QLatin1String("below the maximum")));
    QVERIFY(!page->document()->isModified());
    target->setValue(65.5);
    QVERIFY(problem->isHidden());
    QTRY_VERIFY(page->document()->bytes().contains("  target_disk_usage_percent: 65.5\r\n"));
}

void TestConfigPage::unparseableSaveAsksFirst()
{
    const QString path = m_dir->filePath(QStringLiteral("distributed_hosts.yaml"));
    writeAll(path, kContradiction);
    ConfigPage *page = openAndWait(path);
    QVERIFY(page);
    QTextCursor cursor(page->document()->textDocument());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringLiteral("broken: [unclosed\n"));
    page->findChild<QAction *>(QStringLiteral("actionSaveConfig"))->trigger();
    // The text as it is now is checked (off the GUI thread) before the save asks.
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = page->findChild<QMessageBox *>(QStringLiteral("saveUnparseableBox"))));
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(QLatin1String("does not parse")));
    box->button(QMessageBox::Cancel)->click();
    QCOMPARE(readAll(path), kContradiction);
}

void TestConfigPage::externalChangeOffersReload()
{
    const QString path = m_dir->filePath(QStringLiteral("distributed_hosts.yaml"));
    writeAll(path, kContradiction);
    ConfigPage *page = openAndWait(path);
    QVERIFY(page);
    const QByteArray changed = QByteArray(kContradiction).replace("gpu-2", "gpu-3");
    writeAll(path, changed);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = page->findChild<QMessageBox *>(QStringLiteral("changedOnDiskBox"))));
    QTRY_VERIFY(box->isVisible());
    QPushButton *reload = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (button->text() == u"Reload")
            reload = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(reload);
    reload->click();
    QCOMPARE(page->document()->bytes(), changed);
    QVERIFY(!page->document()->isModified());

    // A file that vanished cannot be reloaded: the text stays, the error is shown.
    QVERIFY(QFile::remove(path));
    page->findChild<QAction *>(QStringLiteral("actionReloadConfig"))->trigger();
    QMessageBox *error = nullptr;
    QTRY_VERIFY((error = page->findChild<QMessageBox *>(QStringLiteral("reloadErrorBox"))));
    QVERIFY(error->text().contains(QLatin1String("does not exist")));
    QCOMPARE(page->document()->bytes(), changed);
    error->close();
}

void TestConfigPage::dropOpensConfig()
{
    const QString path = m_dir->filePath(QStringLiteral("dropped.yaml"));
    writeAll(path, "hosts:\n  a: {status: ready}\n");
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    QSignalSpy opened(m_window.get(), &MainWindow::configOpened);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(opened.wait(5000));
    QCOMPARE(m_window->configPath(), path);
}

void TestConfigPage::problemsListShowsEightRowsAndKeepsItsHeight()
{
    const QString path = m_dir->filePath(QStringLiteral("distributed_hosts.yaml"));
    writeAll(path, twelveProblems());
    QCOMPARE(m_window->size(), QSize(1100, 700)); // the default of a first start
    ConfigPage *page = openAndWait(path);
    QVERIFY(page);
    auto *problems = page->findChild<QTreeView *>(QStringLiteral("problemsView"));
    QTRY_COMPARE(problems->model()->rowCount(), 12);
    QTRY_VERIFY2(wholeRowsShown(problems) >= ConfigPage::kProblemRowsShown,
                 qPrintable(QString::number(wholeRowsShown(problems))));
    // The text keeps most of the height.
    QVERIFY(page->editor()->height() > problems->height());

    // The person makes the list taller by dragging the handle; the next start keeps it.
    auto *splitter = page->findChild<QSplitter *>(QStringLiteral("configProblemsSplitter"));
    QVERIFY(splitter);
    const int before = splitter->sizes().at(1);
    QWidget *handle = splitter->handle(1);
    const QPoint grip = handle->rect().center();
    QTest::mousePress(handle, Qt::LeftButton, {}, grip);
    QTest::mouseMove(handle, grip + QPoint(0, -60));
    QTest::mouseRelease(handle, Qt::LeftButton, {}, grip + QPoint(0, -60));
    const int dragged = splitter->sizes().at(1);
    QVERIFY2(dragged >= before + 50,
             qPrintable(QStringLiteral("%1 → %2").arg(before).arg(dragged)));
    QVERIFY(m_window->close());
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    page = openAndWait(path);
    QVERIFY(page);
    splitter = page->findChild<QSplitter *>(QStringLiteral("configProblemsSplitter"));
    QTRY_VERIFY2(
        qAbs(splitter->sizes().at(1) - dragged) <= 2,
        qPrintable(QStringLiteral("%1, not %2").arg(splitter->sizes().at(1)).arg(dragged)));
}

void TestConfigPage::countsReadInTheRightPlural()
{
    // One error, no warning: "1 error", never "1 errors, 0 warnings". (The tests load no
    // translation: plural forms read as in the source, "%n error(s)".)
    const QString path = m_dir->filePath(QStringLiteral("distributed_hosts.yaml"));
    writeAll(path, "hosts:\n  gpu-1:\n    ssh_host: gpu-1.example.invalid\n"
                   "sync_routing:\n  priority_hosts: [ghost-1]\n");
    ConfigPage *page = openAndWait(path);
    QVERIFY(page);
    auto *state = page->findChild<QLabel *>(QStringLiteral("checkState"));
    QTRY_COMPARE(state->text(), QStringLiteral("1 error(s)"));
    const QString twelve = m_dir->filePath(QStringLiteral("twelve.yaml"));
    writeAll(twelve, twelveProblems());
    QVERIFY(openAndWait(twelve));
    QTRY_COMPARE(state->text(), QStringLiteral("12 error(s)"));
}

void TestConfigPage::saveSaysWhichErrorsRemain()
{
    // Two errors left in a config being saved: the preview says so, the save goes
    // through, and the status bar says so again.
    const QString path = m_dir->filePath(QStringLiteral("distributed_hosts.yaml"));
    writeAll(path, "hosts:\n  gpu-1:\n    ssh_host: gpu-1.example.invalid\n"
                   "sync_routing:\n  priority_hosts: [ghost-1, ghost-2]\n");
    ConfigPage *page = openAndWait(path);
    QVERIFY(page);
    QTextCursor cursor(page->document()->textDocument());
    cursor.insertText(QStringLiteral("# edited\n"));
    QTRY_VERIFY(page->document()->isModified());
    page->findChild<QAction *>(QStringLiteral("actionSaveConfig"))->trigger();
    qm::DiffDialog *preview = nullptr;
    QTRY_VERIFY((preview = page->findChild<qm::DiffDialog *>(QStringLiteral("diffDialog"))));
    QStringList texts;
    for (const QLabel *label : preview->findChildren<QLabel *>())
        texts.append(label->text());
    QVERIFY2(texts.join(QLatin1Char('\n')).contains(QStringLiteral("2 error(s) remain")),
             qPrintable(texts.join(QLatin1Char('\n'))));
    QSignalSpy saved(page->document(), &qm::ConfigDocument::saved);
    preview->accept();
    QVERIFY(saved.wait(5000));
    QVERIFY(readAll(path).startsWith("# edited\n"));
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.startsWith(QStringLiteral("Saved ")) &&
                 message.contains(QStringLiteral("2 error(s) remain (see Problems)")),
             qPrintable(message));
}

QTEST_MAIN(TestConfigPage)
#include "tst_configpage.moc"
