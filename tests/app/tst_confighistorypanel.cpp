// The History tab of the Config page, offscreen: the timeline of a config's backups
// (newest first, red where a version added errors, green where it fixed some), the diff
// of a version, Restore This Version and Restore These Lines as edits of the open text
// through the edit engine (previewed, one undo step), saved with a backup.

#include "app/config/configdocument.h"
#include "app/config/confighistorymodel.h"
#include "app/config/configpage.h"
#include "app/config/diffdialog.h"
#include "app/config/historypanel.h"
#include "core/config/configsave.h"
#include "testfiles.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>

using qm::test::readAll;
using qm::test::writeAll;

namespace {

QByteArray version(int number)
{
    return readAll(QStringLiteral(QM_SOURCE_DIR "/tests/data/history/v%1.yaml").arg(number));
}

/// Accepts the Restore preview the panel opens, after checking it shows `expected`.
void acceptPreview(QWidget *page, const QString &expected)
{
    // The Restore preview, not a Save preview the page keeps hidden.
    const auto shown = [page]() -> qm::DiffDialog * {
        for (auto *dialog : page->findChildren<qm::DiffDialog *>(QStringLiteral("diffDialog"))) {
            if (dialog->isVisible() && dialog->windowTitle() == QLatin1String("Restore"))
                return dialog;
        }
        return nullptr;
    };
    qm::DiffDialog *preview = nullptr;
    QTRY_VERIFY((preview = shown()));
    QVERIFY2(preview->diffText().contains(expected), qPrintable(preview->diffText()));
    const QPointer<qm::DiffDialog> closing(preview);
    preview->accept();
    QTRY_VERIFY(closing.isNull());
}

} // namespace

class TestConfigHistoryPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restoreVersionAndLines();
};

void TestConfigHistoryPanel::restoreVersionAndLines()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("distributed_hosts.yaml"));
    writeAll(path, version(1));
    for (int i = 2; i <= 4; ++i)
        QVERIFY(
            qm::saveConfigFile(path, version(i), QDateTime(QDate(2025, 11, 10 + i), QTime(9, 0)))
                .ok());

    qm::ConfigPage page;
    page.resize(1100, 700);
    page.load(path, version(4));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    qm::HistoryPanel *panel = page.historyPanel();
    QSignalSpy loaded(panel, &qm::HistoryPanel::historyLoaded);
    auto *show = page.findChild<QAction *>(QStringLiteral("actionConfigHistory"));
    QVERIFY(show);
    QCOMPARE(show->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+H")));
    show->trigger();
    QCOMPARE(page.findChild<QTabWidget *>(QStringLiteral("configForms"))->currentWidget(), panel);
    QVERIFY(loaded.size() > 0 || loaded.wait(10000));

    qm::ConfigHistoryModel *model = panel->model();
    QAbstractItemModelTester tester(model);
    QCOMPARE(model->rowCount(), 4);
    const auto cell = [model](int row, int column, int role = Qt::DisplayRole) {
        return model->index(row, column).data(role).toString();
    };
    // Newest first: the file (fixes QM001), the backup that brought QM001 in, ...
    QCOMPARE(cell(0, qm::ConfigHistoryModel::SourceColumn), QStringLiteral("Current file"));
    QCOMPARE(cell(0, 0, Qt::UserRole), QStringLiteral("fixed"));
    QCOMPARE(cell(0, qm::ConfigHistoryModel::ProblemsColumn), QStringLiteral("−QM001"));
    QCOMPARE(cell(1, qm::ConfigHistoryModel::SourceColumn), QStringLiteral("Backup"));
    QCOMPARE(cell(1, 0, Qt::UserRole), QStringLiteral("errors"));
    QCOMPARE(cell(1, qm::ConfigHistoryModel::ProblemsColumn), QStringLiteral("+QM001"));
    QVERIFY(cell(1, qm::ConfigHistoryModel::SummaryColumn)
                .contains(QLatin1String("gpu-2 added to sync_routing.excluded_hosts")));
    QCOMPARE(cell(2, 0, Qt::UserRole), QString());
    QCOMPARE(cell(2, qm::ConfigHistoryModel::SummaryColumn),
             QStringLiteral("Host gpu-2 added; max_disk_usage_percent 70 → 80"));

    // Selecting a version shows what it changed.
    auto *timeline = panel->findChild<QTreeView *>(QStringLiteral("historyTimeline"));
    auto *diff = panel->findChild<QPlainTextEdit *>(QStringLiteral("historyDiff"));
    timeline->setCurrentIndex(model->index(1, 0));
    const QString details = panel->findChild<QLabel *>(QStringLiteral("historyProblems"))->text();
    QVERIFY2(details.contains(QLatin1String("gpu-2 added to allowed_external_storage")),
             qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("Added QM001: ")), qPrintable(details));
    timeline->setCurrentIndex(model->index(2, 0));
    QVERIFY2(diff->toPlainText().contains(QLatin1String("+  max_disk_usage_percent: 80")),
             qPrintable(diff->toPlainText()));

    // Restore This Version: an edit of the open text (previewed), then Save keeps a backup.
    panel->findChild<QPushButton *>(QStringLiteral("restoreVersionButton"))->click();
    acceptPreview(&page, QStringLiteral("-  - host: gpu-2"));
    QTRY_COMPARE(page.document()->bytes(), version(2));
    QVERIFY(page.document()->isModified());
    QCOMPARE(readAll(path), version(4)); // nothing written yet
    auto *save = page.findChild<QAction *>(QStringLiteral("actionSaveConfig"));
    QTRY_VERIFY(save->isEnabled());
    loaded.clear();
    QSignalSpy saved(page.document(), &qm::ConfigDocument::saved);
    save->trigger();
    // Save checks the text first (off this thread), then shows its diff.
    qm::DiffDialog *saveDiff = nullptr;
    QTRY_VERIFY((saveDiff = page.findChild<qm::DiffDialog *>(QStringLiteral("diffDialog"))));
    saveDiff->accept();
    QVERIFY(saved.wait(5000));
    QVERIFY(saved.first().first().value<qm::ConfigSaveResult>().ok());
    QCOMPARE(readAll(path), version(2));
    const QDir backups(directory.filePath(QStringLiteral(".config_backups")));
    const QStringList names = backups.entryList(QDir::Files, QDir::Name);
    QCOMPARE(names.size(), 4);
    QCOMPARE(readAll(backups.filePath(names.last())), version(4));
    // The saved file is a new version of the history.
    QVERIFY(loaded.size() > 0 || loaded.wait(10000));
    QCOMPARE(model->rowCount(), 5);

    // Restore These Lines: from the oldest version, only the threshold comes back.
    timeline->setCurrentIndex(model->index(4, 0));
    panel->findChild<QComboBox *>(QStringLiteral("historyCompare"))->setCurrentIndex(1);
    QTextBlock block = diff->document()->firstBlock();
    while (block.isValid() && !block.text().startsWith(QLatin1String("-  max_disk_usage")))
        block = block.next();
    QVERIFY2(block.isValid(), qPrintable(diff->toPlainText()));
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    diff->setTextCursor(cursor);
    panel->findChild<QPushButton *>(QStringLiteral("restoreLinesButton"))->click();
    acceptPreview(&page, QStringLiteral("+  max_disk_usage_percent: 70"));
    QByteArray expected = version(2);
    expected.replace("max_disk_usage_percent: 80", "max_disk_usage_percent: 70");
    QTRY_COMPARE(page.document()->bytes(), expected);
    // One undo step takes it back.
    page.findChild<QAction *>(QStringLiteral("actionUndoConfig"))->trigger();
    QCOMPARE(page.document()->bytes(), version(2));
}

QTEST_MAIN(TestConfigHistoryPanel)
#include "tst_confighistorypanel.moc"
