// The Space page offscreen: a real scan of a generated tree, the model under
// QAbstractItemModelTester while it fills, the treemap's layout, selection kept in step
// between the tree and the treemap, the actions' signals, and a refresh of a subtree.

#include "app/space/spaceagechart.h"
#include "app/space/spacemodel.h"
#include "app/space/spacepage.h"
#include "app/space/spacetreemap.h"
#include "core/space/spacescanner.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

namespace {

bool writeFile(const QString &path, qint64 bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QByteArray(bytes, 's')) == bytes;
}

/// A tree where "big" holds most of the bytes, "medium" less, "small" little.
bool makeTree(const QString &root)
{
    bool ok = true;
    for (int i = 0; i < 20; ++i)
        ok = ok && writeFile(root + QStringLiteral("/big/part%1/f%2.bin").arg(i % 4).arg(i), 50000);
    for (int i = 0; i < 10; ++i)
        ok = ok && writeFile(root + QStringLiteral("/medium/m%1.png").arg(i), 20000);
    ok = ok && writeFile(root + QStringLiteral("/small/s.txt"), 3000);
    return ok;
}

const qm::SpaceNode *childNamed(const qm::SpaceNode *node, const QString &name)
{
    for (const auto &child : node->children) {
        if (child->name == name)
            return child.get();
    }
    return nullptr;
}

} // namespace

class TestSpacePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelWhileScanning();
    void scanFindsTheBigFolder();
    void treemapLayout();
    void selectionFollowsBothWays();
    void actionsAskForJobs();
    void refreshAfterAJob();
    void unknownHostRefused();
};

void TestSpacePage::modelWhileScanning()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (int i = 0; i < 300; ++i)
        QVERIFY(writeFile(
            dir.filePath(QStringLiteral("a%1/b%2/c%3/f%4").arg(i % 7).arg(i % 5).arg(i % 3).arg(i)),
            i * 10 + 1));
    qm::SpaceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTreeView view;
    view.setModel(&model);
    view.expandAll();
    qm::SpaceScanner scanner;
    scanner.setBatchInterval(1);
    QObject::connect(&scanner, &qm::SpaceScanner::recordsReady, &model, [&] {
        model.applyRecords(scanner.takeRecords());
        view.expandAll();
    });
    QSignalSpy finished(&scanner, &qm::SpaceScanner::finished);
    model.reset(dir.path(), 0);
    scanner.start(dir.path(), {});
    QVERIFY(finished.wait(20000));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex root = model.index(0, 0);
    QCOMPARE(model.rowCount(root), 7);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < 7; ++row) {
        const qm::SpaceNode *node = model.nodeOf(model.index(row, 0, root));
        QVERIFY(node->total.bytes <= previous); // largest first
        previous = node->total.bytes;
        QCOMPARE(model.index(row, qm::SpaceModel::Name, root).data().toString(), node->name);
    }
    // Rescanning a subtree removes and re-adds its rows under the tester's eyes.
    qm::SpaceNode *first = model.nodeOf(model.index(0, 0, root));
    const qint64 bytes = first->total.bytes;
    model.beginRescan(first, 0);
    QCOMPARE(model.rowCount(model.indexOf(first)), 0);
    scanner.start(model.tree().locationOf(first), {});
    QVERIFY(finished.wait(20000));
    QCOMPARE(first->total.bytes, bytes);
}

void TestSpacePage::scanFindsTheBigFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(makeTree(dir.path()));
    qm::SpacePage page;
    page.resize(1000, 700);
    page.show();
    QSignalSpy finished(&page, &qm::SpacePage::scanFinished);
    page.scan(dir.path());
    QVERIFY(finished.wait(20000));
    const QModelIndex root = page.model()->index(0, 0);
    QCOMPARE(root.data().toString(), dir.path());
    QCOMPARE(page.model()->index(0, qm::SpaceModel::Name, root).data().toString(),
             QStringLiteral("big"));
    QCOMPARE(page.model()->nodeOf(root)->total.bytes, qint64(20 * 50000 + 10 * 20000 + 3000));
    QVERIFY(page.treeView()->isExpanded(root));
    // Nothing selected: the details show the whole scan.
    auto *largest = page.findChild<QTreeWidget *>(QStringLiteral("spaceLargest"));
    QCOMPARE(largest->topLevelItemCount(), 31);
    auto *ages = page.findChild<qm::SpaceAgeChart *>(QStringLiteral("spaceAges"));
    QCOMPARE(ages->bytes()[0], qint64(20 * 50000 + 10 * 20000 + 3000)); // all new
    // Select "small": the details follow.
    const QModelIndex small = page.model()->index(2, 0, root);
    QCOMPARE(small.data().toString(), QStringLiteral("small"));
    page.treeView()->setCurrentIndex(small);
    QCOMPARE(largest->topLevelItemCount(), 1);
    QCOMPARE(largest->topLevelItem(0)->text(2), dir.filePath(QStringLiteral("small/s.txt")));
    QCOMPARE(page.selectedLocation(), dir.filePath(QStringLiteral("small")));
}

void TestSpacePage::treemapLayout()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(makeTree(dir.path()));
    qm::SpacePage page;
    page.resize(1000, 700);
    page.show();
    QSignalSpy finished(&page, &qm::SpacePage::scanFinished);
    page.scan(dir.path());
    QVERIFY(finished.wait(20000));
    qm::SpaceTreemap *map = page.treemap();
    map->rebuild();
    QVERIFY(map->tileCount() > 0);
    const qm::SpaceNode *root = page.model()->tree().root();
    const QRectF all = map->rectOf(root);
    QCOMPARE(all, QRectF(map->rect()));
    const QRectF big = map->rectOf(childNamed(root, QStringLiteral("big")));
    const QRectF medium = map->rectOf(childNamed(root, QStringLiteral("medium")));
    QVERIFY(!big.isEmpty() && !medium.isEmpty());
    QVERIFY(all.contains(big) && all.contains(medium));
    QVERIFY(!big.intersects(medium.adjusted(0.01, 0.01, -0.01, -0.01)));
    // Areas as the sizes: big is five times medium (50 kB × 20 against 20 kB × 10).
    const double ratio = (big.width() * big.height()) / (medium.width() * medium.height());
    QVERIFY2(qAbs(ratio - 5.0) < 0.2, qPrintable(QString::number(ratio)));
    // The parts of big lie inside it.
    for (const auto &part : childNamed(root, QStringLiteral("big"))->children)
        QVERIFY(big.contains(map->rectOf(part.get())));
    // Colouring by age lays out the same folders.
    map->setColouring(qm::SpaceTreemap::Colouring::ByAge);
    map->rebuild();
    QCOMPARE(map->rectOf(childNamed(root, QStringLiteral("big"))), big);
}

void TestSpacePage::selectionFollowsBothWays()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(makeTree(dir.path()));
    qm::SpacePage page;
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy finished(&page, &qm::SpacePage::scanFinished);
    page.scan(dir.path());
    QVERIFY(finished.wait(20000));
    qm::SpaceTreemap *map = page.treemap();
    map->rebuild();
    const qm::SpaceNode *root = page.model()->tree().root();

    // A click in the treemap selects that folder in the tree.
    const qm::SpaceNode *medium = childNamed(root, QStringLiteral("medium"));
    const QRectF rect = map->rectOf(medium);
    QVERIFY(!rect.isEmpty());
    QTest::mouseClick(map, Qt::LeftButton, {}, rect.center().toPoint());
    QCOMPARE(page.model()->nodeOf(page.treeView()->currentIndex()), medium);
    QCOMPARE(page.selectedLocation(), dir.filePath(QStringLiteral("medium")));

    // Selecting in the tree is what the treemap outlines; a click at that folder's
    // place hits it.
    const qm::SpaceNode *part =
        childNamed(childNamed(root, QStringLiteral("big")), QStringLiteral("part0"));
    page.treeView()->setCurrentIndex(page.model()->indexOf(part));
    QVERIFY(page.treeView()->isExpanded(page.model()->indexOf(part->parent)));
    QCOMPARE(map->nodeAt(map->rectOf(part).center()), part);
}

void TestSpacePage::actionsAskForJobs()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(makeTree(dir.path()));
    qm::SpacePage page;
    QSignalSpy finished(&page, &qm::SpacePage::scanFinished);
    QSignalSpy cleanUp(&page, &qm::SpacePage::cleanUpRequested);
    QSignalSpy archive(&page, &qm::SpacePage::archiveRequested);
    auto *cleanUpAction = page.findChild<QAction *>(QStringLiteral("actionSpaceCleanUp"));
    auto *archiveAction = page.findChild<QAction *>(QStringLiteral("actionSpaceArchive"));
    QVERIFY(cleanUpAction && archiveAction);
    QVERIFY(!cleanUpAction->isEnabled()); // nothing selected
    page.scan(dir.path());
    QVERIFY(finished.wait(20000));
    const QModelIndex big = page.model()->index(0, 0, page.model()->index(0, 0));
    page.treeView()->setCurrentIndex(big);
    QVERIFY(cleanUpAction->isEnabled());
    QVERIFY(!cleanUpAction->shortcut().isEmpty());
    QVERIFY(!archiveAction->shortcut().isEmpty());
    cleanUpAction->trigger();
    archiveAction->trigger();
    QCOMPARE(cleanUp.size(), 1);
    QCOMPARE(cleanUp.at(0).at(0).toString(), dir.filePath(QStringLiteral("big")));
    QCOMPARE(archive.size(), 1);
    QCOMPARE(archive.at(0).at(0).toString(), dir.filePath(QStringLiteral("big")));
}

void TestSpacePage::refreshAfterAJob()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(makeTree(dir.path()));
    qm::SpacePage page;
    QSignalSpy finished(&page, &qm::SpacePage::scanFinished);
    page.scan(dir.path());
    QVERIFY(finished.wait(20000));
    // A cleanup job emptied big/part0 (and a job elsewhere changes nothing here).
    QVERIFY(QDir(dir.filePath(QStringLiteral("big/part0"))).removeRecursively());
    page.refreshLocation(QStringLiteral("/somewhere/else"));
    QVERIFY(!page.isScanning());
    page.refreshLocation(dir.filePath(QStringLiteral("big/part0")));
    QVERIFY(page.isScanning());
    QVERIFY(finished.wait(20000));
    const qm::SpaceNode *root = page.model()->tree().root();
    QCOMPARE(root->total.bytes, qint64(15 * 50000 + 10 * 20000 + 3000));
    QCOMPARE(int(childNamed(root, QStringLiteral("big"))->children.size()), 3);
}

void TestSpacePage::unknownHostRefused()
{
    qm::SpacePage page;
    QSignalSpy status(&page, &qm::SpacePage::statusMessage);
    page.scan(QStringLiteral("nowhere.invalid:/data"));
    QVERIFY(!page.isScanning());
    QCOMPARE(status.size(), 1);
    QVERIFY(status.at(0).at(0).toString().contains(QStringLiteral("nowhere.invalid")));
}

QTEST_MAIN(TestSpacePage)
#include "tst_spacepage.moc"
