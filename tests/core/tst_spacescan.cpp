// The Space scan: the local walker (hard links, symbolic links, unreadable folders,
// names with newlines, other filesystems), the remote listing reader on canned bytes,
// the tree it fills (totals, order, ages, largest files).

#include "core/probes/filelisting.h"
#include "core/space/spacescan.h"
#include "core/space/spacescanner.h"
#include "core/space/spacetree.h"
#include "core/space/squarify.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

namespace {

constexpr qint64 kNow = 1800000000;
constexpr qint64 kDay = 24 * 3600;

bool writeFile(const QString &path, qint64 bytes, qint64 secs)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray(bytes, 'x')) != bytes)
        return false;
    file.close();
    const struct timeval times[2] = {{time_t(secs), 0}, {time_t(secs), 0}};
    return utimes(QFile::encodeName(path).constData(), times) == 0;
}

/// Restores a folder's mode when a test ends (QTemporaryDir must be able to remove it).
struct ModeGuard
{
    QString path;
    mode_t mode;
    ~ModeGuard() { chmod(QFile::encodeName(path).constData(), mode); }
};

std::unique_ptr<qm::SpaceTree> scan(const QString &root, qm::SpaceScanOptions options = {},
                                    qm::SpaceScanResult *result = nullptr)
{
    options.scanSecs = kNow;
    qm::SpaceRecordQueue queue;
    const qm::SpaceScanResult done = qm::scanLocalSpace(root, options, queue);
    if (result)
        *result = done;
    auto tree = std::make_unique<qm::SpaceTree>(root, kNow);
    tree->apply(queue.take());
    tree->sortAll();
    return tree;
}

qm::SpaceNode *child(qm::SpaceNode *node, const QString &name)
{
    for (const auto &c : node->children) {
        if (c->name == name)
            return c.get();
    }
    return nullptr;
}

} // namespace

class TestSpaceScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void totalsAndOrder();
    void hardLinksCountedOnce();
    void symlinkLoopNotFollowed();
    void namesWithNewlines();
    void unreadableFolder();
    void missingRoot();
    void otherFilesystemNotCrossed();
    void ageHistogram();
    void largestFiles();
    void rescanSubtree();
    void locations_data();
    void locations();
    void detailedListingFormat();
    void remoteListingReader();
    void remoteListingCommand();
    void scannerDeliversProgressively();
    void squarifiedLayout_data();
    void squarifiedLayout();
};

void TestSpaceScan::totalsAndOrder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("big/a.bin")), 5000, kNow - 10));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("big/deeper/b.bin")), 3000, kNow - 20));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("small/c.txt")), 100, kNow - 30));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("top.txt")), 7, kNow - 40));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("empty")));
    qm::SpaceScanOptions options;
    for (const int threads : {1, 2, 4}) {
        options.threads = threads;
        const auto tree = scan(dir.path(), options);
        qm::SpaceNode *root = tree->root();
        QCOMPARE(root->total.bytes, qint64(8107));
        QCOMPARE(root->total.files, qint64(4));
        QCOMPARE(root->own.bytes, qint64(7));
        QCOMPARE(root->total.newestSecs, kNow - 10);
        QCOMPARE(root->total.oldestSecs, kNow - 40);
        QCOMPARE(int(root->children.size()), 3);
        QCOMPARE(root->children[0]->name, QStringLiteral("big"));
        QCOMPARE(root->children[0]->total.bytes, qint64(8000));
        QCOMPARE(root->children[0]->own.bytes, qint64(5000));
        QCOMPARE(root->children[1]->name, QStringLiteral("small"));
        QCOMPARE(root->children[2]->name, QStringLiteral("empty"));
        QCOMPARE(root->children[2]->total.files, qint64(0));
        QVERIFY(root->children[2]->read);
        QCOMPARE(tree->folderCount(), qint64(5));
        QCOMPARE(tree->find(dir.filePath(QStringLiteral("big/deeper"))),
                 child(root->children[0].get(), QStringLiteral("deeper")));
        QCOMPARE(tree->locationOf(child(root->children[0].get(), QStringLiteral("deeper"))),
                 dir.filePath(QStringLiteral("big/deeper")));
    }
}

void TestSpaceScan::hardLinksCountedOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a/data.bin")), 4096, kNow));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("b")));
    QCOMPARE(link(QFile::encodeName(dir.filePath(QStringLiteral("a/data.bin"))).constData(),
                  QFile::encodeName(dir.filePath(QStringLiteral("b/same.bin"))).constData()),
             0);
    QCOMPARE(link(QFile::encodeName(dir.filePath(QStringLiteral("a/data.bin"))).constData(),
                  QFile::encodeName(dir.filePath(QStringLiteral("a/again.bin"))).constData()),
             0);
    const auto tree = scan(dir.path());
    QCOMPARE(tree->root()->total.bytes, qint64(4096));
    QCOMPARE(tree->root()->total.files, qint64(1));
}

void TestSpaceScan::symlinkLoopNotFollowed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("loop/f.bin")), 100, kNow));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("loop")),
                        dir.filePath(QStringLiteral("loop/back"))));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("loop/f.bin")),
                        dir.filePath(QStringLiteral("loop/f-link.bin"))));
    const auto tree = scan(dir.path());
    QCOMPARE(tree->root()->total.bytes, qint64(100));
    QCOMPARE(tree->root()->total.files, qint64(1));
    QCOMPARE(tree->folderCount(), qint64(2)); // the root and loop, not back
}

void TestSpaceScan::namesWithNewlines()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString odd = QStringLiteral("two\nlines 'and' \"quotes\"");
    QVERIFY(writeFile(dir.filePath(odd + QStringLiteral("/x\ny.bin")), 1234, kNow));
    const auto tree = scan(dir.path());
    QCOMPARE(int(tree->root()->children.size()), 1);
    QCOMPARE(tree->root()->children[0]->name, odd);
    QCOMPARE(tree->root()->children[0]->total.bytes, qint64(1234));
    const QList<qm::SpaceFile> largest = tree->largestFiles(tree->root(), 5);
    QCOMPARE(largest.size(), 1);
    QCOMPARE(largest[0].name, dir.filePath(odd + QStringLiteral("/x\ny.bin")));
}

void TestSpaceScan::unreadableFolder()
{
    if (geteuid() == 0)
        QSKIP("running as root: permissions do not apply (tst_spacescan_permissions runs "
              "this as nobody)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("open/a.bin")), 10, kNow));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("locked/b.bin")), 20, kNow));
    const QString locked = dir.filePath(QStringLiteral("locked"));
    QCOMPARE(chmod(QFile::encodeName(locked).constData(), 0), 0);
    const ModeGuard guard{locked, 0700};
    qm::SpaceScanResult result;
    const auto tree = scan(dir.path(), {}, &result);
    QCOMPARE(result.unreadable, qint64(1));
    QVERIFY(result.error.isEmpty());
    qm::SpaceNode *node = child(tree->root(), QStringLiteral("locked"));
    QVERIFY(node);
    QVERIFY2(node->error.contains(QStringLiteral("ermission")), qPrintable(node->error));
    QCOMPARE(tree->root()->total.bytes, qint64(10));
    QVERIFY(child(tree->root(), QStringLiteral("open"))->error.isEmpty());
}

void TestSpaceScan::missingRoot()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    qm::SpaceRecordQueue queue;
    const qm::SpaceScanResult result =
        qm::scanLocalSpace(dir.filePath(QStringLiteral("nothing")), {}, queue);
    QVERIFY(result.error.contains(QStringLiteral("nothing")));
    QVERIFY(queue.take().empty());
}

void TestSpaceScan::otherFilesystemNotCrossed()
{
    // /dev/shm is a filesystem of its own on most Linux systems and containers.
    struct stat dev, shm;
    if (stat("/dev", &dev) != 0 || stat("/dev/shm", &shm) != 0 || dev.st_dev == shm.st_dev)
        QSKIP("no filesystem mounted below /dev here");
    const auto tree = scan(QStringLiteral("/dev"));
    qm::SpaceNode *node = child(tree->root(), QStringLiteral("shm"));
    QVERIFY(node);
    QVERIFY(node->otherFilesystem);
    QVERIFY(node->children.empty());
    qm::SpaceScanOptions crossing;
    crossing.crossFilesystems = true;
    const auto crossed = scan(QStringLiteral("/dev"), crossing);
    QVERIFY(!child(crossed->root(), QStringLiteral("shm"))->otherFilesystem);
}

void TestSpaceScan::ageHistogram()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const qint64 ages[] = {3600, 3 * kDay, 20 * kDay, 60 * kDay, 200 * kDay, 800 * kDay};
    for (int i = 0; i < 6; ++i)
        QVERIFY(
            writeFile(dir.filePath(QStringLiteral("d/f%1").arg(i)), 10 * (i + 1), kNow - ages[i]));
    const auto tree = scan(dir.path());
    const qm::SpaceNode *root = tree->root();
    for (int i = 0; i < 6; ++i)
        QCOMPARE(root->total.ageBytes[size_t(i)], qint64(10 * (i + 1)));
    QCOMPARE(root->own.ageBytes[0], qint64(0));
    QCOMPARE(qm::spaceAgeBucket(-5), 0);
    QCOMPARE(qm::spaceAgeBucket(kDay), 1);
    QCOMPARE(qm::spaceAgeBucket(400 * kDay), 5);
}

void TestSpaceScan::largestFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // 40 files over 4 folders; each folder keeps its 5 largest.
    for (int i = 0; i < 40; ++i)
        QVERIFY(writeFile(dir.filePath(QStringLiteral("f%1/file%2.ply").arg(i % 4).arg(i)), 100 + i,
                          kNow));
    qm::SpaceScanOptions options;
    options.topFiles = 5;
    const auto tree = scan(dir.path(), options);
    for (const auto &folder : tree->root()->children)
        QCOMPARE(folder->largest.size(), 5);
    const QList<qm::SpaceFile> top = tree->largestFiles(tree->root(), 5);
    QCOMPARE(top.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(top[i].bytes, qint64(139 - i));
        QCOMPARE(top[i].name,
                 dir.filePath(QStringLiteral("f%1/file%2.ply").arg((39 - i) % 4).arg(39 - i)));
    }
    QCOMPARE(tree->root()->children[0]->kindBytes[size_t(qm::SpaceFileKind::Data)],
             tree->root()->children[0]->own.bytes);
}

void TestSpaceScan::rescanSubtree()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a/x.bin")), 1000, kNow));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a/sub/y.bin")), 500, kNow));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("b/z.bin")), 800, kNow));
    auto tree = scan(dir.path());
    QCOMPARE(tree->root()->children[0]->name, QStringLiteral("a"));
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("a/x.bin"))));
    QVERIFY(QDir(dir.filePath(QStringLiteral("a/sub"))).removeRecursively());

    qm::SpaceNode *a = tree->find(dir.filePath(QStringLiteral("a")));
    tree->beginScan(a, kNow);
    qm::SpaceRecordQueue queue;
    qm::SpaceScanOptions options;
    options.scanSecs = kNow;
    qm::scanLocalSpace(dir.filePath(QStringLiteral("a")), options, queue);
    tree->apply(queue.take());
    tree->sortAll();
    QCOMPARE(tree->root()->total.bytes, qint64(800));
    QCOMPARE(tree->root()->children[0]->name, QStringLiteral("b"));
    QCOMPARE(tree->folderCount(), qint64(3));
}

void TestSpaceScan::locations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("path");
    QTest::newRow("local") << QStringLiteral("/data") << QString() << QStringLiteral("/data");
    QTest::newRow("remote") << QStringLiteral("vast-1:/data") << QStringLiteral("vast-1")
                            << QStringLiteral("/data");
    QTest::newRow("colon in path") << QStringLiteral("/a:b") << QString() << QStringLiteral("/a:b");
    QTest::newRow("home") << QStringLiteral("h.invalid:") << QStringLiteral("h.invalid")
                          << QStringLiteral("~");
    QTest::newRow("relative") << QStringLiteral("./x:y") << QString() << QStringLiteral("./x:y");
}

void TestSpaceScan::locations()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(QString, path);
    const qm::SpaceLocation location = qm::SpaceLocation::parse(text);
    QCOMPARE(location.host, host);
    QCOMPARE(location.path, path);
}

void TestSpaceScan::detailedListingFormat()
{
    QList<qm::ListedFile> files;
    QList<QByteArray> paths;
    qm::FileListingParser parser(
        [&](const qm::ListedFile &file) {
            files.append(file);
            paths.append(file.path.toByteArray());
        },
        '\0', qm::FileListingParser::Format::Detailed);
    static const char first[] = "d 2049 11 3 4096 1700000000.5 /r\0"
                                "f 2049 12 2 10 1700000001.0 /r/a b\0"
                                "x 1 2 3 4 5 /r/q\0f 1 2\0";
    static const char second[] = "f 7 8 1 9 1700000002 /r/new\nline\0";
    parser.feed(QByteArrayView(first, qsizetype(sizeof first) - 1));
    parser.feed(QByteArrayView(second, qsizetype(sizeof second) - 1));
    parser.finish();
    QCOMPARE(files.size(), 4);
    QCOMPARE(files[0].type, 'd');
    QCOMPARE(files[0].inode, qint64(11));
    QCOMPARE(files[0].links, qint64(3));
    QCOMPARE(files[1].device, qint64(2049));
    QCOMPARE(files[1].bytes, qint64(10));
    QCOMPARE(paths[1], QByteArray("/r/a b"));
    QCOMPARE(files[2].type, 'x');
    QCOMPARE(paths[3], QByteArray("/r/new\nline"));
    QCOMPARE(parser.badRecords(), qint64(1));
}

void TestSpaceScan::remoteListingReader()
{
    // What `find /r -printf '%y %D %i %n %s %T@ %p\0'` prints, cut anywhere.
    static const char raw[] = "d 1 1 4 4096 1700000000.0 /r\0"
                              "f 1 2 1 100 1700000000.0 /r/top.txt\0"
                              "d 1 3 2 4096 1700000000.0 /r/big\0"
                              "f 1 4 2 5000 1700000000.0 /r/big/a.bin\0"
                              "d 1 5 2 4096 1700000000.0 /r/big/x\ny\0"
                              "f 1 6 1 700 1700000000.0 /r/big/x\ny/c.ply\0"
                              "f 1 4 2 5000 1700000000.0 /r/other-link-to-a\0"
                              "d 1 7 2 4096 1700000000.0 /r/locked\0"
                              "f 1 9 1 1 1700000000.0 /elsewhere/z\0"
                              "f 1 10 1 30 1700000000.0 /r/big/unknown/z\0";
    const QByteArray bytes(raw, qsizetype(sizeof raw) - 1);
    for (const int piece : {1, 7, 1000}) {
        qm::SpaceRecordQueue queue;
        qm::SpaceScanOptions options;
        options.scanSecs = kNow;
        qm::SpaceListingReader reader("/r", options, queue);
        for (qsizetype at = 0; at < bytes.size(); at += piece)
            reader.feed(
                QByteArrayView(bytes).sliced(at, qMin<qsizetype>(piece, bytes.size() - at)));
        reader.finish();
        QCOMPARE(reader.readErrors("find: '/r/locked': Permission denied\nfind: '/nope': x\n"),
                 qint64(1));
        QCOMPARE(reader.badRecords(), qint64(2));
        qm::SpaceTree tree(QStringLiteral("host.invalid:/r"), kNow);
        tree.apply(queue.take());
        tree.sortAll();
        QCOMPARE(tree.root()->total.bytes, qint64(5800));
        QCOMPARE(tree.root()->total.files, qint64(3));
        QCOMPARE(tree.root()->children[0]->name, QStringLiteral("big"));
        QCOMPARE(tree.root()->children[0]->children[0]->name, QStringLiteral("x\ny"));
        qm::SpaceNode *locked = tree.find(QStringLiteral("host.invalid:/r/locked"));
        QVERIFY(locked);
        QCOMPARE(locked->error, QStringLiteral("Permission denied"));
        QCOMPARE(tree.largestFiles(tree.root(), 1).value(0).name,
                 QStringLiteral("host.invalid:/r/big/a.bin"));
    }
}

void TestSpaceScan::remoteListingCommand()
{
    const QStringList argv = qm::spaceListingCommand(QStringLiteral("/d; rm -rf ~"), false);
    QVERIFY(argv.contains(QStringLiteral("-xdev")));
    QVERIFY(argv.contains(QStringLiteral("/d; rm -rf ~"))); // one argument, quoted by ssh
    QVERIFY(argv.contains(QStringLiteral("%y %D %i %n %s %T@ %p\\0")));
    QVERIFY(!qm::spaceListingCommand(QStringLiteral("/d"), true).contains(QStringLiteral("-xdev")));
    // find's starting point is never a word of its expression: "HOST:-delete" would
    // otherwise delete the home folder on that host.
    const QList<std::pair<QString, QString>> roots = {
        {QStringLiteral("-delete"), QStringLiteral("./-delete")},
        {QStringLiteral("("), QStringLiteral("./(")},
        {QStringLiteral("!"), QStringLiteral("./!")},
        {QStringLiteral("~"), QStringLiteral(".")},
        {QStringLiteral("~/data/"), QStringLiteral("./data")},
        {QStringLiteral("data"), QStringLiteral("./data")},
        {QStringLiteral("/srv/games/"), QStringLiteral("/srv/games")},
        {QStringLiteral("/"), QStringLiteral("/")},
    };
    for (const auto &[path, root] : roots) {
        QCOMPARE(qm::spaceListingRoot(path), root);
        QCOMPARE(qm::spaceListingCommand(path, false).at(3), root);
    }
}

void TestSpaceScan::scannerDeliversProgressively()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (int i = 0; i < 50; ++i)
        QVERIFY(writeFile(dir.filePath(QStringLiteral("d%1/f.bin").arg(i % 10)), 10, kNow));
    qm::SpaceScanner scanner;
    qm::SpaceTree tree(dir.path(), kNow);
    QObject::connect(&scanner, &qm::SpaceScanner::recordsReady, &scanner,
                     [&] { tree.apply(scanner.takeRecords()); });
    QSignalSpy finished(&scanner, &qm::SpaceScanner::finished);
    scanner.start(dir.path(), {});
    QVERIFY(scanner.isRunning());
    QVERIFY(finished.wait(10000));
    QVERIFY(!scanner.isRunning());
    QCOMPARE(tree.root()->total.bytes, qint64(100));
    QCOMPARE(int(tree.root()->children.size()), 10);
}

void TestSpaceScan::squarifiedLayout_data()
{
    QTest::addColumn<QList<double>>("weights");
    QTest::addColumn<QRectF>("rect");
    QTest::newRow("one") << QList<double>{5} << QRectF(0, 0, 100, 50);
    QTest::newRow("paper's example") << QList<double>{6, 6, 4, 3, 2, 2, 1} << QRectF(0, 0, 6, 4);
    QTest::newRow("tall") << QList<double>{50, 20, 20, 5, 5} << QRectF(10, 20, 30, 400);
    QList<double> many;
    for (int i = 1000; i > 0; --i)
        many.append(double(i) * i);
    QTest::newRow("many") << many << QRectF(0, 0, 1920, 1080);
    QTest::newRow("with zeros") << QList<double>{7, 3, 0, 0} << QRectF(0, 0, 10, 10);
}

void TestSpaceScan::squarifiedLayout()
{
    QFETCH(QList<double>, weights);
    QFETCH(QRectF, rect);
    const QList<QRectF> rects = qm::squarify(weights, rect);
    QCOMPARE(rects.size(), weights.size());
    double total = 0;
    for (const double w : weights)
        total += w;
    const double area = rect.width() * rect.height();
    constexpr double eps = 1e-6;
    double covered = 0;
    for (qsizetype i = 0; i < rects.size(); ++i) {
        const QRectF &r = rects[i];
        if (weights[i] <= 0) {
            QVERIFY(r.isEmpty());
            continue;
        }
        // Inside the rectangle, with an area proportional to the weight.
        QVERIFY2(r.left() >= rect.left() - eps && r.top() >= rect.top() - eps &&
                     r.right() <= rect.right() + eps && r.bottom() <= rect.bottom() + eps,
                 qPrintable(QStringLiteral("rect %1 outside").arg(i)));
        const double expected = area * weights[i] / total;
        QVERIFY2(qAbs(r.width() * r.height() - expected) <= expected * 1e-6 + eps,
                 qPrintable(QStringLiteral("rect %1: %2 for %3")
                                .arg(i)
                                .arg(r.width() * r.height())
                                .arg(expected)));
        covered += r.width() * r.height();
        // No two overlap.
        for (qsizetype j = 0; j < i; ++j) {
            const QRectF overlap = r.intersected(rects[j]);
            QVERIFY2(overlap.width() * overlap.height() < eps,
                     qPrintable(QStringLiteral("rects %1 and %2 overlap").arg(i).arg(j)));
        }
        if (weights.size() > 100 && i > 100)
            continue; // enough pairs checked for the large case
    }
    QVERIFY(qAbs(covered - area) < area * 1e-6);
}

QTEST_GUILESS_MAIN(TestSpaceScan)
#include "tst_spacescan.moc"
