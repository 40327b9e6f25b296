// The local cleanup engine: which files a plan selects, that the run removes exactly the
// plan (and nothing through a link, nothing changed since planning), that repeating a
// run is harmless, caps, cancel, failures, and the saved plan's JSON. Every trash move
// lands in a private trash: HOME and XDG_DATA_HOME point into a temporary folder on the
// same filesystem as the test trees, so Qt picks that home trash and nothing else.

#include "core/cleanup/cleanup.h"
#include "core/cleanup/trash.h"
#include "core/units/datasize.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// All ages count from this fixed time: 2024-06-01T00:00:00Z.
constexpr qint64 kNowSecs = 1717200000;
constexpr qint64 kDay = 86400;

// Writes `bytes` bytes to `path` (creating its folders) and sets its modification time.
bool writeFile(const QString &path, qint64 bytes, qint64 modifiedSecs)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    if (bytes > 0 && file.write(QByteArray(bytes, 'x')) != bytes)
        return false;
    file.close();
    struct timespec times[2];
    times[0].tv_sec = 0;
    times[0].tv_nsec = UTIME_OMIT;
    times[1].tv_sec = time_t(modifiedSecs);
    times[1].tv_nsec = 0;
    return utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0;
}

bool makeLink(const QString &target, const QString &link)
{
    return symlink(QFile::encodeName(target).constData(), QFile::encodeName(link).constData()) == 0;
}

bool isLink(const QString &path)
{
    struct stat st;
    return lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISLNK(st.st_mode);
}

// Every entry under `root` (files, links, folders: "name/"), relative and sorted, links
// not followed: the whole state of a tree, to compare before and after.
QStringList treeOf(const QString &root)
{
    QStringList entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    const QDir base(root);
    while (it.hasNext()) {
        it.next();
        const QString relative = base.relativeFilePath(it.filePath());
        entries.append(it.fileInfo().isDir() && !it.fileInfo().isSymLink()
                           ? relative + QLatin1Char('/')
                           : relative);
    }
    entries.sort();
    return entries;
}

QStringList pathsOf(const qm::CleanupPlan &plan)
{
    QStringList paths;
    for (const qm::CleanupItem &item : plan.items)
        paths.append(item.relativePath);
    return paths;
}

qm::CleanupRule ruleFor(const QString &root, int olderThanDays, const QStringList &patterns = {})
{
    qm::CleanupRule rule;
    rule.root = root;
    rule.olderThanDays = olderThanDays;
    rule.patterns = patterns;
    rule.nowMs = kNowSecs * 1000;
    return rule;
}

qm::CleanupPlan planOrFail(const qm::CleanupRule &rule)
{
    QString error;
    const std::optional<qm::CleanupPlan> plan = qm::planCleanup(rule, nullptr, &error);
    if (!plan)
        qWarning("planning failed: %s", qPrintable(error));
    return plan.value_or(qm::CleanupPlan());
}

// Records what a run reports.
struct Recorder
{
    QStringList removed;
    QStringList whereTo;
    QStringList log;
    QList<QPair<qint64, qint64>> progress;

    qm::CleanupCallbacks callbacks()
    {
        qm::CleanupCallbacks callbacks;
        callbacks.removed = [this](const QString &path, qint64, const QString &where) {
            removed.append(path);
            whereTo.append(where);
        };
        callbacks.log = [this](const QString &line) { log.append(line); };
        callbacks.progress = [this](qint64 files, qint64 bytes) {
            progress.append({files, bytes});
        };
        return callbacks;
    }
};

// Restores a folder's mode when the test leaves, so the temporary tree can go.
class ModeGuard
{
public:
    ModeGuard(const QString &path, mode_t mode)
        : m_path(QFile::encodeName(path))
        , m_mode(mode)
    {}
    ~ModeGuard() { chmod(m_path.constData(), m_mode); }
    ModeGuard(const ModeGuard &) = delete;
    ModeGuard &operator=(const ModeGuard &) = delete;

private:
    QByteArray m_path;
    mode_t m_mode;
};

} // namespace

class TestCleanup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void selection_data();
    void selection();
    void badRules_data();
    void badRules();
    void symlinksNeverFollowed();
    void rootThroughALink();
    void dryRunEqualsRealRun();
    void swappedFolderIsNotFollowed();
    void changedFilesKept();
    void alreadyGoneAndRepeat();
    void caps_data();
    void caps();
    void cancel();
    void failedRemovalCounted();
    void stopsAfterTooManyFailures();
    void realPermissions();
    void rootMissingOrMoved();
    void jsonRoundTrip();
    void malformedJsonRejected_data();
    void malformedJsonRejected();
    void unsafePlanRefusedAsAWhole();
    void moveToTrashOutcomes();
    void trashTrapsAvoided_data();
    void trashTrapsAvoided();
    void describesPlan();

private:
    QString newRoot();

    QTemporaryDir m_base;
    QString m_trash; ///< the private home trash
    QString m_root;  ///< a fresh tree folder for the current test
    int m_roots = 0;
};

void TestCleanup::initTestCase()
{
    QVERIFY(m_base.isValid());
    const QString home = m_base.filePath(QStringLiteral("home"));
    const QString data = home + QStringLiteral("/.local/share");
    QVERIFY(QDir().mkpath(data));
    // Before any trash use: Qt picks the home trash for files on HOME's filesystem.
    qputenv("HOME", QFile::encodeName(home));
    qputenv("XDG_DATA_HOME", QFile::encodeName(data));
    m_trash = data + QStringLiteral("/Trash");
}

void TestCleanup::init()
{
    m_root = newRoot();
}

QString TestCleanup::newRoot()
{
    const QString root = m_base.filePath(QStringLiteral("tree%1/root").arg(++m_roots));
    if (!QDir().mkpath(root))
        qFatal("cannot create %s", qPrintable(root));
    return root;
}

void TestCleanup::selection_data()
{
    QTest::addColumn<int>("olderThanDays");
    QTest::addColumn<QStringList>("patterns");
    QTest::addColumn<QStringList>("expected");

    const QStringList all{QStringLiteral(".hidden.log"),    QStringLiteral("a.log"),
                          QStringLiteral("b.log"),          QStringLiteral("c.txt"),
                          QStringLiteral("edge.dat"),       QStringLiteral("sub/d.log"),
                          QStringLiteral("sub/deep/E.LOG"), QStringLiteral("sub/ä.log")};
    QTest::newRow("any age, any name") << -1 << QStringList() << all;
    QTest::newRow("older than 30 days")
        << 30 << QStringList()
        << QStringList{QStringLiteral(".hidden.log"),    QStringLiteral("a.log"),
                       QStringLiteral("c.txt"),          QStringLiteral("sub/d.log"),
                       QStringLiteral("sub/deep/E.LOG"), QStringLiteral("sub/ä.log")};
    QTest::newRow("29 days takes the one exactly 30 days old")
        << 29 << QStringList{QStringLiteral("*.dat")} << QStringList{QStringLiteral("edge.dat")};
    QTest::newRow("30 days leaves the one exactly 30 days old")
        << 30 << QStringList{QStringLiteral("*.dat")} << QStringList();
    QTest::newRow("*.log: case-sensitive, not hidden, any depth")
        << 30 << QStringList{QStringLiteral("*.log")}
        << QStringList{QStringLiteral("a.log"), QStringLiteral("sub/d.log"),
                       QStringLiteral("sub/ä.log")};
    QTest::newRow("two patterns") << 30
                                  << QStringList{QStringLiteral("*.log"), QStringLiteral("*.txt")}
                                  << QStringList{QStringLiteral("a.log"), QStringLiteral("c.txt"),
                                                 QStringLiteral("sub/d.log"),
                                                 QStringLiteral("sub/ä.log")};
    QTest::newRow("a dot pattern takes hidden files")
        << -1 << QStringList{QStringLiteral(".*")} << QStringList{QStringLiteral(".hidden.log")};
    QTest::newRow("? is one character, also a non-ASCII one")
        << -1 << QStringList{QStringLiteral("?.log")}
        << QStringList{QStringLiteral("a.log"), QStringLiteral("b.log"),
                       QStringLiteral("sub/d.log"), QStringLiteral("sub/ä.log")};
    QTest::newRow("set") << -1 << QStringList{QStringLiteral("[ab].log")}
                         << QStringList{QStringLiteral("a.log"), QStringLiteral("b.log")};
    QTest::newRow("negated set") << -1 << QStringList{QStringLiteral("[!ab].log")}
                                 << QStringList{QStringLiteral("sub/d.log"),
                                                QStringLiteral("sub/ä.log")};
    QTest::newRow("negated set with ^")
        << -1 << QStringList{QStringLiteral("[^ab].log")}
        << QStringList{QStringLiteral("sub/d.log"), QStringLiteral("sub/ä.log")};
    QTest::newRow("class") << -1 << QStringList{QStringLiteral("[[:upper:]].LOG")}
                           << QStringList{QStringLiteral("sub/deep/E.LOG")};
    QTest::newRow("a pattern is on the name, never the folder")
        << -1 << QStringList{QStringLiteral("sub*")} << QStringList();
    QTest::newRow("exact name") << -1 << QStringList{QStringLiteral("E.LOG")}
                                << QStringList{QStringLiteral("sub/deep/E.LOG")};
}

void TestCleanup::selection()
{
    QFETCH(int, olderThanDays);
    QFETCH(QStringList, patterns);
    QFETCH(QStringList, expected);

    const qint64 old = kNowSecs - 40 * kDay;
    QVERIFY(writeFile(m_root + QStringLiteral("/a.log"), 10, old));
    QVERIFY(writeFile(m_root + QStringLiteral("/b.log"), 20, kNowSecs - kDay));
    QVERIFY(writeFile(m_root + QStringLiteral("/c.txt"), 30, old));
    QVERIFY(writeFile(m_root + QStringLiteral("/.hidden.log"), 40, old));
    QVERIFY(writeFile(m_root + QStringLiteral("/edge.dat"), 50, kNowSecs - 30 * kDay));
    QVERIFY(writeFile(m_root + QStringLiteral("/sub/d.log"), 60, old));
    QVERIFY(writeFile(m_root + QStringLiteral("/sub/ä.log"), 70, old));
    QVERIFY(writeFile(m_root + QStringLiteral("/sub/deep/E.LOG"), 80, old));
    QVERIFY(QDir().mkpath(m_root + QStringLiteral("/empty.log"))); // a folder: never an item

    QString error;
    const auto plan = qm::planCleanup(ruleFor(m_root, olderThanDays, patterns), nullptr, &error);
    QVERIFY2(plan, qPrintable(error));
    QCOMPARE(pathsOf(*plan), expected); // also sorted
    qint64 total = 0;
    for (const qm::CleanupItem &item : plan->items) {
        QCOMPARE(item.sizeBytes, QFileInfo(m_root + QLatin1Char('/') + item.relativePath).size());
        total += item.sizeBytes;
    }
    QCOMPARE(plan->totalBytes, total);
    QCOMPARE(plan->canonicalRoot, QFileInfo(m_root).canonicalFilePath());
    QCOMPARE(plan->rule.nowMs, kNowSecs * 1000);
}

void TestCleanup::badRules_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<int>("olderThanDays");
    QTest::addColumn<QStringList>("patterns");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("relative root")
        << QStringLiteral("some/folder") << 1 << QStringList() << QStringLiteral("some/folder");
    QTest::newRow("missing root") << QStringLiteral("<root>/nothing") << 1 << QStringList()
                                  << QStringLiteral("does not exist");
    QTest::newRow("file as root") << QStringLiteral("<root>/file") << 1 << QStringList()
                                  << QStringLiteral("not a folder");
    QTest::newRow("pattern with a folder")
        << QStringLiteral("<root>") << 1 << QStringList{QStringLiteral("logs/*.log")}
        << QStringLiteral("logs/*.log");
    QTest::newRow("empty pattern")
        << QStringLiteral("<root>") << 1 << QStringList{QString()} << QStringLiteral("pattern");
    QTest::newRow("pattern with an open bracket")
        << QStringLiteral("<root>") << 1 << QStringList{QStringLiteral("[ab.log")}
        << QStringLiteral("not closed");
    QTest::newRow("pattern with a backwards range")
        << QStringLiteral("<root>") << 1 << QStringList{QStringLiteral("[z-a].log")}
        << QStringLiteral("z-a");
    QTest::newRow("pattern with a class outside a set")
        << QStringLiteral("<root>") << 1 << QStringList{QStringLiteral("[:digit:].log")}
        << QStringLiteral("[[:digit:]]");
    QTest::newRow("negative age") << QStringLiteral("<root>") << -5 << QStringList()
                                  << QStringLiteral("-5");
}

void TestCleanup::badRules()
{
    QFETCH(QString, root);
    QFETCH(int, olderThanDays);
    QFETCH(QStringList, patterns);
    QFETCH(QString, errorPart);
    QVERIFY(writeFile(m_root + QStringLiteral("/file"), 1, kNowSecs - 90 * kDay));
    root.replace(QStringLiteral("<root>"), m_root);
    QString error;
    const auto plan = qm::planCleanup(ruleFor(root, olderThanDays, patterns), nullptr, &error);
    QVERIFY(!plan);
    QVERIFY2(error.contains(errorPart), qPrintable(error));
}

void TestCleanup::symlinksNeverFollowed()
{
    const QString outside = m_base.filePath(QStringLiteral("outside-%1").arg(m_roots));
    const qint64 old = kNowSecs - 90 * kDay;
    QVERIFY(writeFile(outside + QStringLiteral("/secret.log"), 11, old));
    QVERIFY(writeFile(outside + QStringLiteral("/inner/deep.log"), 12, old));
    QVERIFY(writeFile(m_root + QStringLiteral("/real.log"), 13, old));
    QVERIFY(writeFile(m_root + QStringLiteral("/sub/real2.log"), 14, old));
    QVERIFY(
        makeLink(outside + QStringLiteral("/secret.log"), m_root + QStringLiteral("/link.log")));
    QVERIFY(makeLink(outside, m_root + QStringLiteral("/linkdir")));
    QVERIFY(
        makeLink(outside + QStringLiteral("/inner"), m_root + QStringLiteral("/sub/inner.log")));
    QVERIFY(makeLink(QStringLiteral(".."), m_root + QStringLiteral("/sub/loop")));
    QVERIFY(makeLink(m_root + QStringLiteral("/real.log"), m_root + QStringLiteral("/inside.log")));
    const QStringList outsideBefore = treeOf(outside);

    const qm::CleanupPlan plan = planOrFail(ruleFor(m_root, 30, {QStringLiteral("*.log")}));
    QCOMPARE(pathsOf(plan),
             (QStringList{QStringLiteral("real.log"), QStringLiteral("sub/real2.log")}));
    QCOMPARE(plan.skippedSymlinks, 3); // link.log, sub/inner.log, inside.log match the pattern
    const qm::CleanupPlan everything = planOrFail(ruleFor(m_root, -1));
    QCOMPARE(pathsOf(everything), pathsOf(plan));
    QCOMPARE(everything.skippedSymlinks, 5);

    Recorder recorder;
    const qm::CleanupResult result = qm::executeCleanup(everything, {}, recorder.callbacks());
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.filesRemoved, 2);
    QCOMPARE(treeOf(outside), outsideBefore);
    for (const char *link : {"/link.log", "/linkdir", "/sub/inner.log", "/sub/loop", "/inside.log"})
        QVERIFY2(isLink(m_root + QLatin1String(link)), link);
}

void TestCleanup::rootThroughALink()
{
    QVERIFY(writeFile(m_root + QStringLiteral("/a.log"), 5, kNowSecs - 90 * kDay));
    const QString link = m_base.filePath(QStringLiteral("link-to-root-%1").arg(m_roots));
    QVERIFY(makeLink(m_root, link));
    const qm::CleanupPlan plan = planOrFail(ruleFor(link, 30));
    QCOMPARE(plan.rule.root, link);
    QCOMPARE(plan.canonicalRoot, QFileInfo(m_root).canonicalFilePath());
    QCOMPARE(pathsOf(plan), QStringList{QStringLiteral("a.log")});
    // The run works on the folder planned, wherever the link points by then.
    const QString other = newRoot();
    QVERIFY(writeFile(other + QStringLiteral("/a.log"), 5, kNowSecs - 90 * kDay));
    QVERIFY(QFile::remove(link));
    QVERIFY(makeLink(other, link));
    const qm::CleanupResult result = qm::executeCleanup(plan);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.filesRemoved, 1);
    QVERIFY(!QFileInfo::exists(m_root + QStringLiteral("/a.log")));
    QVERIFY(QFileInfo::exists(other + QStringLiteral("/a.log")));
}

void TestCleanup::dryRunEqualsRealRun()
{
    // A tree of kept and removed files mixed at every depth, links and a pipe among them.
    const QStringList names{QStringLiteral("x.log"),  QStringLiteral("y.tmp"),
                            QStringLiteral("z.txt"),  QStringLiteral("w.log.keep"),
                            QStringLiteral(".h.tmp"), QStringLiteral("name with spaces.log")};
    const QStringList folders{QString(),
                              QStringLiteral("a"),
                              QStringLiteral("a/b"),
                              QStringLiteral("a/b/c"),
                              QStringLiteral("d e"),
                              QStringLiteral(".cache")};
    int n = 0;
    for (const QString &folder : folders) {
        for (const QString &name : names) {
            ++n;
            const qint64 age = (n % 3 == 0) ? 5 : 40 + n;
            const QString path = m_root + QLatin1Char('/') +
                                 (folder.isEmpty() ? name : folder + QLatin1Char('/') + name);
            QVERIFY(writeFile(path, 100 * n, kNowSecs - age * kDay));
        }
    }
    QVERIFY(makeLink(m_root + QStringLiteral("/x.log"), m_root + QStringLiteral("/a/alias.log")));
    QVERIFY(mkfifo(QFile::encodeName(m_root + QStringLiteral("/a/pipe.log")).constData(), 0600) ==
            0);
    const QStringList before = treeOf(m_root);

    const qm::CleanupPlan plan =
        planOrFail(ruleFor(m_root, 30, {QStringLiteral("*.log"), QStringLiteral("*.tmp")}));
    QCOMPARE(treeOf(m_root), before); // planning touches nothing
    QVERIFY(plan.items.size() > 10);
    QCOMPARE(plan.skippedSymlinks, 1);
    QCOMPARE(plan.skippedOther, 1);
    const QStringList planned = pathsOf(plan);

    Recorder recorder;
    qm::CleanupLimits limits;
    limits.batchSize = 4;
    const qm::CleanupResult result = qm::executeCleanup(plan, limits, recorder.callbacks());
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.filesRemoved, plan.items.size());
    QCOMPARE(result.bytesRemoved, plan.totalBytes);
    QCOMPARE(result.alreadyGone + result.keptChanged + result.failed + result.notReached, 0);

    // The audit log names exactly the plan, and exactly the plan is gone from disk.
    QCOMPARE(recorder.removed, planned);
    QStringList expectedAfter = before;
    for (const QString &path : planned)
        QVERIFY(expectedAfter.removeOne(path));
    QCOMPARE(treeOf(m_root), expectedAfter);
    // Each file is in the private trash, whole.
    for (qsizetype i = 0; i < recorder.whereTo.size(); ++i) {
        const QString &where = recorder.whereTo.at(i);
        QVERIFY2(where.startsWith(m_trash + QStringLiteral("/files/")), qPrintable(where));
        QCOMPARE(QFileInfo(where).size(), plan.items.at(i).sizeBytes);
    }
    // Progress: by batch, growing, ending at the plan's totals.
    QVERIFY(recorder.progress.size() >= plan.items.size() / 4);
    for (qsizetype i = 1; i < recorder.progress.size(); ++i)
        QVERIFY(recorder.progress.at(i).first >= recorder.progress.at(i - 1).first);
    QCOMPARE(recorder.progress.last(), qMakePair(qint64(plan.items.size()), plan.totalBytes));
}

void TestCleanup::swappedFolderIsNotFollowed()
{
    const qint64 old = kNowSecs - 90 * kDay;
    QVERIFY(writeFile(m_root + QStringLiteral("/sub/victim.log"), 42, old));
    QVERIFY(writeFile(m_root + QStringLiteral("/a/b/deep.log"), 43, old));
    QVERIFY(writeFile(m_root + QStringLiteral("/file.log"), 44, old));
    QVERIFY(writeFile(m_root + QStringLiteral("/kept.log"), 45, old));
    const qm::CleanupPlan plan = planOrFail(ruleFor(m_root, 30));
    QCOMPARE(plan.items.size(), 4);

    // Since planning, folders on the way became links to an outside folder holding
    // files of the same names, sizes and times; and a file became a link to one.
    const QString outside = m_base.filePath(QStringLiteral("outside-%1").arg(m_roots));
    QVERIFY(writeFile(outside + QStringLiteral("/victim.log"), 42, old));
    QVERIFY(writeFile(outside + QStringLiteral("/b/deep.log"), 43, old));
    QVERIFY(writeFile(outside + QStringLiteral("/file.log"), 44, old));
    QVERIFY(QDir(m_root + QStringLiteral("/sub")).removeRecursively());
    QVERIFY(QDir(m_root + QStringLiteral("/a")).removeRecursively());
    QVERIFY(QFile::remove(m_root + QStringLiteral("/file.log")));
    QVERIFY(makeLink(outside, m_root + QStringLiteral("/sub")));
    QVERIFY(makeLink(outside, m_root + QStringLiteral("/a")));
    QVERIFY(makeLink(outside + QStringLiteral("/file.log"), m_root + QStringLiteral("/file.log")));
    const QStringList outsideBefore = treeOf(outside);

    Recorder recorder;
    const qm::CleanupResult result = qm::executeCleanup(plan, {}, recorder.callbacks());
    QCOMPARE(treeOf(outside), outsideBefore);
    QCOMPARE(result.keptChanged, 3);
    QCOMPARE(result.filesRemoved, 1);
    QCOMPARE(recorder.removed, QStringList{QStringLiteral("kept.log")});
    QVERIFY(result.ok); // a changed file is kept, which is no failure
    QVERIFY(isLink(m_root + QStringLiteral("/sub")));
    QVERIFY(isLink(m_root + QStringLiteral("/file.log")));
    const QString logText = recorder.log.join(QLatin1Char('\n'));
    QVERIFY2(logText.contains(QStringLiteral("sub/victim.log")), qPrintable(logText));
    QVERIFY2(logText.contains(QStringLiteral("symbolic link")), qPrintable(logText));
}

void TestCleanup::changedFilesKept()
{
    const qint64 old = kNowSecs - 90 * kDay;
    for (const char *name : {"/grown.log", "/touched.log", "/folder.log", "/same.log"})
        QVERIFY(writeFile(m_root + QLatin1String(name), 10, old));
    const qm::CleanupPlan plan = planOrFail(ruleFor(m_root, 30));
    QVERIFY(writeFile(m_root + QStringLiteral("/grown.log"), 11, old));       // size changed
    QVERIFY(writeFile(m_root + QStringLiteral("/touched.log"), 10, old + 1)); // time changed
    QVERIFY(QFile::remove(m_root + QStringLiteral("/folder.log")));
    QVERIFY(QDir().mkpath(m_root + QStringLiteral("/folder.log"))); // now a folder

    Recorder recorder;
    const qm::CleanupResult result = qm::executeCleanup(plan, {}, recorder.callbacks());
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.keptChanged, 3);
    QCOMPARE(recorder.removed, QStringList{QStringLiteral("same.log")});
    QVERIFY(QFileInfo::exists(m_root + QStringLiteral("/grown.log")));
    QVERIFY(QFileInfo::exists(m_root + QStringLiteral("/touched.log")));
    QVERIFY(QFileInfo(m_root + QStringLiteral("/folder.log")).isDir());
    QCOMPARE(recorder.log.filter(QStringLiteral("Kept")).size(), 3);
}

void TestCleanup::alreadyGoneAndRepeat()
{
    const qint64 old = kNowSecs - 90 * kDay;
    for (const char *name : {"/a.log", "/b.log", "/c.log", "/gone/d.log", "/gone/e.log"})
        QVERIFY(writeFile(m_root + QLatin1String(name), 7, old));
    const qm::CleanupPlan plan = planOrFail(ruleFor(m_root, 30));
    QCOMPARE(plan.items.size(), 5);
    QVERIFY(QFile::remove(m_root + QStringLiteral("/b.log")));
    QVERIFY(QDir(m_root + QStringLiteral("/gone")).removeRecursively());

    Recorder first;
    const qm::CleanupResult once = qm::executeCleanup(plan, {}, first.callbacks());
    QVERIFY2(once.ok, qPrintable(once.error));
    QCOMPARE(once.filesRemoved, 2);
    QCOMPARE(once.alreadyGone, 3);
    QCOMPARE(first.removed, (QStringList{QStringLiteral("a.log"), QStringLiteral("c.log")}));
    const QStringList after = treeOf(m_root);

    // The job resumed after an interruption runs the same plan again: nothing new.
    Recorder second;
    const qm::CleanupResult twice = qm::executeCleanup(plan, {}, second.callbacks());
    QVERIFY2(twice.ok, qPrintable(twice.error));
    QCOMPARE(twice.filesRemoved, 0);
    QCOMPARE(twice.alreadyGone, 5);
    QCOMPARE(twice.failed + twice.keptChanged, 0);
    QVERIFY(second.removed.isEmpty());
    QCOMPARE(treeOf(m_root), after);
}

void TestCleanup::caps_data()
{
    QTest::addColumn<qint64>("maxFiles");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<int>("expectedRemoved"); // a prefix of the plan

    // Sizes in plan order: 100, 200, 300, 400, 500.
    QTest::newRow("no caps") << qint64(-1) << qint64(-1) << 5;
    QTest::newRow("3 files") << qint64(3) << qint64(-1) << 3;
    QTest::newRow("0 files") << qint64(0) << qint64(-1) << 0;
    QTest::newRow("bytes exactly reached") << qint64(-1) << qint64(600) << 3;
    QTest::newRow("bytes one short") << qint64(-1) << qint64(599) << 2;
    QTest::newRow("both: files first") << qint64(1) << qint64(1000) << 1;
    QTest::newRow("both: bytes first") << qint64(4) << qint64(350) << 2;
}

void TestCleanup::caps()
{
    QFETCH(qint64, maxFiles);
    QFETCH(qint64, maxBytes);
    QFETCH(int, expectedRemoved);
    for (int i = 1; i <= 5; ++i)
        QVERIFY(
            writeFile(m_root + QStringLiteral("/f%1.log").arg(i), 100 * i, kNowSecs - 90 * kDay));
    const qm::CleanupPlan plan = planOrFail(ruleFor(m_root, 30));
    const QStringList planned = pathsOf(plan);
    qm::CleanupLimits limits;
    limits.maxFiles = maxFiles;
    limits.maxBytes = maxBytes;
    limits.batchSize = 2;

    Recorder recorder;
    const qm::CleanupResult result = qm::executeCleanup(plan, limits, recorder.callbacks());
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(recorder.removed, planned.mid(0, expectedRemoved));
    QCOMPARE(result.capped, expectedRemoved < 5);
    QCOMPARE(result.notReached, 5 - expectedRemoved);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(QFileInfo::exists(m_root + QLatin1Char('/') + planned.at(i)),
                 i >= expectedRemoved);

    // The same plan with the same caps again covers the same files: nothing more goes.
    const qm::CleanupResult again = qm::executeCleanup(plan, limits);
    QCOMPARE(again.filesRemoved, 0);
    QCOMPARE(again.alreadyGone, expectedRemoved);
    QCOMPARE(again.notReached, 5 - expectedRemoved);
    QCOMPARE(treeOf(m_root).size(), 5 - expectedRemoved);
}

void TestCleanup::cancel()
{
    for (int i = 1; i <= 6; ++i)
        QVERIFY(writeFile(m_root + QStringLiteral("/f%1.log").arg(i), 10, kNowSecs - 90 * kDay));

    std::atomic<bool> stop{true};
    QString error;
    QVERIFY(!qm::planCleanup(ruleFor(m_root, 30), &stop, &error));
    QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));

    const qm::CleanupPlan plan = planOrFail(ruleFor(m_root, 30));
    qm::CleanupCallbacks callbacks;
    callbacks.cancel = &stop;
    const qm::CleanupResult none = qm::executeCleanup(plan, {}, callbacks);
    QVERIFY(none.cancelled);
    QVERIFY(!none.ok);
    QCOMPARE(none.filesRemoved, 0);
    QCOMPARE(none.notReached, 6);
    QCOMPARE(treeOf(m_root).size(), 6);

    // Cancelled from "another thread" after the second removal: stops before the third.
    stop = false;
    Recorder recorder;
    callbacks = recorder.callbacks();
    callbacks.cancel = &stop;
    const auto audit = callbacks.removed;
    callbacks.removed = [&](const QString &path, qint64 bytes, const QString &where) {
        audit(path, bytes, where);
        if (recorder.removed.size() == 2)
            stop = true;
    };
    const qm::CleanupResult result = qm::executeCleanup(plan, {}, callbacks);
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(result.filesRemoved, 2);
    QCOMPARE(result.notReached, 4);
    QCOMPARE(treeOf(m_root), pathsOf(plan).mid(2));
}

void TestCleanup::failedRemovalCounted()
{
    for (int i = 1; i <= 4; ++i)
        QVERIFY(writeFile(m_root + QStringLiteral("/f%1.log").arg(i), 10, kNowSecs - 90 * kDay));
    const qm::CleanupPlan plan = planOrFail(ruleFor(m_root, 30));
    // We run as root, which ignores folder modes: the failure comes from the remover.
    Recorder recorder;
    qm::CleanupCallbacks callbacks = recorder.callbacks();
    QStringList asked;
    callbacks.remove = [&](const QString &path) {
        asked.append(path);
        if (path.endsWith(QStringLiteral("/f2.log")))
            return qm::TrashOutcome{qm::TrashOutcome::Result::Failed,
                                    {},
                                    QStringLiteral("Cannot move %1 to the trash: Permission "
                                                   "denied")
                                        .arg(path)};
        return qm::moveToTrash(path);
    };
    const qm::CleanupResult result = qm::executeCleanup(plan, {}, callbacks);
    QVERIFY(!result.ok);
    QCOMPARE(result.failed, 1);
    QCOMPARE(result.filesRemoved, 3);
    QVERIFY2(result.error.contains(QStringLiteral("f2.log")) &&
                 result.error.contains(QStringLiteral("Permission denied")),
             qPrintable(result.error));
    QCOMPARE(treeOf(m_root), QStringList{QStringLiteral("f2.log")});
    QCOMPARE(asked.size(), 4);
    QVERIFY(asked.first().startsWith(plan.canonicalRoot + QLatin1Char('/')));
    QCOMPARE(recorder.removed.size(), 3);
    QVERIFY(recorder.log.join(QLatin1Char('\n')).contains(QStringLiteral("Permission denied")));
}

void TestCleanup::stopsAfterTooManyFailures()
{
    for (int i = 1; i <= 10; ++i)
        QVERIFY(writeFile(m_root + QStringLiteral("/f%1.log").arg(i), 10, kNowSecs - 90 * kDay));
    const qm::CleanupPlan plan = planOrFail(ruleFor(m_root, 30));
    qm::CleanupCallbacks callbacks;
    int calls = 0;
    callbacks.remove = [&](const QString &) {
        ++calls;
        return qm::TrashOutcome{qm::TrashOutcome::Result::Failed, {}, QStringLiteral("no trash")};
    };
    qm::CleanupLimits limits;
    limits.maxFailures = 3;
    const qm::CleanupResult result = qm::executeCleanup(plan, limits, callbacks);
    QVERIFY(!result.ok);
    QCOMPARE(calls, 3);
    QCOMPARE(result.failed, 3);
    QCOMPARE(result.notReached, 7);
    QVERIFY2(result.error.contains(QStringLiteral("no trash")), qPrintable(result.error));
    QCOMPARE(treeOf(m_root).size(), 10);
}

void TestCleanup::realPermissions()
{
    // Root ignores folder modes: this runs as another user (tests/tools/as_nobody.sh).
    if (geteuid() == 0)
        QSKIP("needs a user whose folder modes are enforced (run as nobody)");
    const qint64 old = kNowSecs - 90 * kDay;
    QVERIFY(writeFile(m_root + QStringLiteral("/a.log"), 1, old));
    QVERIFY(writeFile(m_root + QStringLiteral("/locked/b.log"), 2, old));
    QVERIFY(writeFile(m_root + QStringLiteral("/secret/c.log"), 3, old));
    QVERIFY(writeFile(m_root + QStringLiteral("/z.log"), 4, old));
    const QString locked = m_root + QStringLiteral("/locked");
    const QString secret = m_root + QStringLiteral("/secret");
    const ModeGuard secretGuard(secret, 0755);
    const ModeGuard lockedGuard(locked, 0755);
    QVERIFY(chmod(QFile::encodeName(secret).constData(), 0) == 0);
    const qm::CleanupPlan plan = planOrFail(ruleFor(m_root, 30));
    QCOMPARE(plan.unreadableFolders, 1);
    QCOMPARE(pathsOf(plan), (QStringList{QStringLiteral("a.log"), QStringLiteral("locked/b.log"),
                                         QStringLiteral("z.log")}));

    QVERIFY(chmod(QFile::encodeName(locked).constData(), 0555) == 0); // its files stay put
    const qm::CleanupResult result = qm::executeCleanup(plan);
    QVERIFY(!result.ok);
    QCOMPARE(result.failed, 1);
    QCOMPARE(result.filesRemoved, 2);
    QVERIFY2(result.error.contains(QStringLiteral("locked/b.log")) &&
                 result.error.contains(QStringLiteral("Permission denied")),
             qPrintable(result.error));
    QVERIFY(QFileInfo::exists(locked + QStringLiteral("/b.log")));
}

void TestCleanup::rootMissingOrMoved()
{
    QVERIFY(writeFile(m_root + QStringLiteral("/a.log"), 3, kNowSecs - 90 * kDay));
    const qm::CleanupPlan plan = planOrFail(ruleFor(m_root, 30));
    const QString moved = m_root + QStringLiteral("-moved");
    QVERIFY(QDir().rename(m_root, moved));

    // An unmounted drive looks like this: not "all already gone".
    qm::CleanupResult result = qm::executeCleanup(plan);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(plan.canonicalRoot), qPrintable(result.error));
    QCOMPARE(result.alreadyGone, 0);
    QCOMPARE(result.notReached, 1);

    // The root replaced by a link to a folder with the same file: refused as a whole.
    QVERIFY(makeLink(moved, m_root));
    result = qm::executeCleanup(plan);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("plan the cleanup again")),
             qPrintable(result.error));
    QVERIFY(QFileInfo::exists(moved + QStringLiteral("/a.log")));
}

void TestCleanup::jsonRoundTrip()
{
    QVERIFY(writeFile(m_root + QStringLiteral("/a.log"), 1234, kNowSecs - 90 * kDay));
    QVERIFY(writeFile(m_root + QStringLiteral("/sub/ä b.log"), 5, kNowSecs - 31 * kDay));
    QVERIFY(makeLink(QStringLiteral("a.log"), m_root + QStringLiteral("/l.log")));
    for (const int days : {30, -1}) {
        const qm::CleanupPlan plan =
            planOrFail(ruleFor(m_root, days, {QStringLiteral("*.log"), QStringLiteral("x")}));
        const QJsonObject json = plan.toJson();
        QCOMPARE(json.value(QStringLiteral("schemaVersion")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("olderThanDays")).isNull(), days < 0);
        QCOMPARE(json.value(QStringLiteral("plannedAt")).toString(),
                 QStringLiteral("2024-06-01T00:00:00.000Z"));
        const QJsonObject item = json.value(QStringLiteral("items")).toArray().at(0).toObject();
        QCOMPARE(item.value(QStringLiteral("path")).toString(), QStringLiteral("a.log"));
        QCOMPARE(item.value(QStringLiteral("sizeBytes")).toInteger(), 1234);
        QCOMPARE(item.value(QStringLiteral("modifiedAt")).toString(),
                 QStringLiteral("2024-03-03T00:00:00.000Z"));

        const QByteArray saved = QJsonDocument(json).toJson();
        QString error;
        const auto read =
            qm::CleanupPlan::fromJson(QJsonDocument::fromJson(saved).object(), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->items, plan.items);
        QCOMPARE(read->rule.root, plan.rule.root);
        QCOMPARE(read->rule.olderThanDays, plan.rule.olderThanDays);
        QCOMPARE(read->rule.patterns, plan.rule.patterns);
        QCOMPARE(read->rule.nowMs, plan.rule.nowMs);
        QCOMPARE(read->canonicalRoot, plan.canonicalRoot);
        QCOMPARE(read->totalBytes, plan.totalBytes);
        QCOMPARE(read->skippedSymlinks, 1);
        QCOMPARE(read->toJson(), json);
    }
    // A plan read back runs like the original.
    const qm::CleanupPlan plan = planOrFail(ruleFor(m_root, 30));
    const auto read = qm::CleanupPlan::fromJson(plan.toJson(), nullptr);
    QVERIFY(read);
    const qm::CleanupResult result = qm::executeCleanup(*read);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.filesRemoved, 2);
    QCOMPARE(result.keptChanged, 0);
}

void TestCleanup::malformedJsonRejected_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // replaces the field; undefined removes it
    QTest::addColumn<QString>("errorPart");

    const QString items = QStringLiteral("items");
    const auto item = [](const QJsonValue &path, const QJsonValue &size, const QJsonValue &time) {
        return QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("path"), path},
                                                 {QStringLiteral("sizeBytes"), size},
                                                 {QStringLiteral("modifiedAt"), time}}});
    };
    const QJsonValue time(QStringLiteral("2024-03-03T00:00:00.000Z"));
    QTest::newRow("no items") << items << QJsonValue(QJsonValue::Undefined)
                              << QStringLiteral("items");
    QTest::newRow("items not a list") << items << QJsonValue(3) << QStringLiteral("items");
    QTest::newRow("climbs out") << items << item(QStringLiteral("../out.log"), 1, time)
                                << QStringLiteral("file 1");
    QTest::newRow("climbs out deeper")
        << items << item(QStringLiteral("a/../../out.log"), 1, time) << QStringLiteral("file 1");
    QTest::newRow("absolute path")
        << items << item(QStringLiteral("/etc/passwd"), 1, time) << QStringLiteral("file 1");
    QTest::newRow("empty path") << items << item(QString(), 1, time) << QStringLiteral("file 1");
    QTest::newRow("dot path") << items << item(QStringLiteral("./a.log"), 1, time)
                              << QStringLiteral("file 1");
    QTest::newRow("size as text") << items
                                  << item(QStringLiteral("a.log"), QStringLiteral("1"), time)
                                  << QStringLiteral("file 1");
    QTest::newRow("negative size")
        << items << item(QStringLiteral("a.log"), -1, time) << QStringLiteral("file 1");
    QTest::newRow("fractional size")
        << items << item(QStringLiteral("a.log"), 1.5, time) << QStringLiteral("file 1");
    QTest::newRow("bad time") << items
                              << item(QStringLiteral("a.log"), 1, QStringLiteral("yesterday"))
                              << QStringLiteral("file 1");
    QTest::newRow("totals do not match")
        << items << item(QStringLiteral("a.log"), 1, time) << QStringLiteral("does not match");
    QTest::newRow("schema 2") << QStringLiteral("schemaVersion") << QJsonValue(2)
                              << QStringLiteral("version 1");
    QTest::newRow("relative canonical root")
        << QStringLiteral("canonicalRoot") << QJsonValue(QStringLiteral("tmp/x"))
        << QStringLiteral("canonicalRoot");
    QTest::newRow("unclean canonical root")
        << QStringLiteral("canonicalRoot") << QJsonValue(QStringLiteral("/tmp/x/../y"))
        << QStringLiteral("canonicalRoot");
    QTest::newRow("no root") << QStringLiteral("root") << QJsonValue(QJsonValue::Undefined)
                             << QStringLiteral("root");
    QTest::newRow("age as text") << QStringLiteral("olderThanDays")
                                 << QJsonValue(QStringLiteral("30"))
                                 << QStringLiteral("olderThanDays");
    QTest::newRow("patterns not a list")
        << QStringLiteral("patterns") << QJsonValue(QStringLiteral("*.log"))
        << QStringLiteral("patterns");
    QTest::newRow("no plannedAt") << QStringLiteral("plannedAt")
                                  << QJsonValue(QJsonValue::Undefined)
                                  << QStringLiteral("plannedAt");
    QTest::newRow("total bytes wrong")
        << QStringLiteral("totalBytes") << QJsonValue(1) << QStringLiteral("does not match");
    QTest::newRow("file count wrong")
        << QStringLiteral("fileCount") << QJsonValue(7) << QStringLiteral("does not match");
}

void TestCleanup::malformedJsonRejected()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, errorPart);
    QVERIFY(writeFile(m_root + QStringLiteral("/a.log"), 1, kNowSecs - 90 * kDay));
    QVERIFY(writeFile(m_root + QStringLiteral("/b.log"), 2, kNowSecs - 90 * kDay));
    QJsonObject json = planOrFail(ruleFor(m_root, 30)).toJson();
    QVERIFY(qm::CleanupPlan::fromJson(json, nullptr)); // the unbroken plan reads
    if (value.isUndefined())
        json.remove(field);
    else
        json.insert(field, value);
    QString error;
    QVERIFY(!qm::CleanupPlan::fromJson(json, &error));
    QVERIFY2(error.contains(QStringLiteral("damaged")) && error.contains(errorPart),
             qPrintable(error));
}

void TestCleanup::unsafePlanRefusedAsAWhole()
{
    // A plan built in code (not read from JSON) with one path out of the root: nothing
    // at all is removed, not even the sound items.
    const QString outside = m_base.filePath(QStringLiteral("tree%1/out.log").arg(m_roots));
    QVERIFY(writeFile(outside, 4, kNowSecs - 90 * kDay));
    QVERIFY(writeFile(m_root + QStringLiteral("/a.log"), 4, kNowSecs - 90 * kDay));
    qm::CleanupPlan plan = planOrFail(ruleFor(m_root, 30));
    QCOMPARE(plan.items.size(), 1);
    plan.items.append({QStringLiteral("../out.log"), 4, (kNowSecs - 90 * kDay) * 1000});
    Recorder recorder;
    qm::CleanupResult result = qm::executeCleanup(plan, {}, recorder.callbacks());
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("../out.log")), qPrintable(result.error));
    QVERIFY(recorder.removed.isEmpty());
    QVERIFY(QFileInfo::exists(outside));
    QVERIFY(QFileInfo::exists(m_root + QStringLiteral("/a.log")));
    // A duplicate is refused the same way.
    plan.items.last() = plan.items.first();
    result = qm::executeCleanup(plan);
    QVERIFY(!result.ok);
    QVERIFY(QFileInfo::exists(m_root + QStringLiteral("/a.log")));
}

void TestCleanup::moveToTrashOutcomes()
{
    const QString path = m_root + QStringLiteral("/t.log");
    QVERIFY(writeFile(path, 9, kNowSecs));
    const qm::TrashOutcome trashed = qm::moveToTrash(path);
    QCOMPARE(trashed.result, qm::TrashOutcome::Result::Trashed);
    QVERIFY(trashed.error.isEmpty());
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY2(trashed.pathInTrash.startsWith(m_trash + QStringLiteral("/files/")),
             qPrintable(trashed.pathInTrash));
    QCOMPARE(QFileInfo(trashed.pathInTrash).size(), 9);
    const QString info = m_trash + QStringLiteral("/info/") +
                         QFileInfo(trashed.pathInTrash).fileName() + QStringLiteral(".trashinfo");
    QVERIFY2(QFileInfo::exists(info), qPrintable(info)); // restorable from the trash

    const qm::TrashOutcome again = qm::moveToTrash(path);
    QCOMPARE(again.result, qm::TrashOutcome::Result::AlreadyGone);
    QCOMPARE(qm::moveToTrash(m_root + QStringLiteral("/no/such/folder/x")).result,
             qm::TrashOutcome::Result::AlreadyGone);
}

void TestCleanup::trashTrapsAvoided_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("trashSetup"); // "ok", "no trash possible", "info is a file"
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("name too long for the record")
        << QString(250, QLatin1Char('n')) << QStringLiteral("ok") << QStringLiteral("too long");
    QTest::newRow("no trash folder can be made")
        << QStringLiteral("f.log") << QStringLiteral("no trash possible")
        << QStringLiteral("no usable trash folder");
    QTest::newRow("the trash's info folder is a file")
        << QStringLiteral("f.log") << QStringLiteral("info is a file")
        << QStringLiteral("cannot be written to");
}

void TestCleanup::trashTrapsAvoided()
{
    // Qt 6.4 would spin for ever on each of these, or trash into the working folder.
    QFETCH(QString, name);
    QFETCH(QString, trashSetup);
    QFETCH(QString, errorPart);
    const QString path = m_root + QLatin1Char('/') + name;
    QVERIFY(writeFile(path, 3, kNowSecs));
    const QByteArray savedData = qgetenv("XDG_DATA_HOME");
    const QString data = m_root + QStringLiteral("-data");
    if (trashSetup == QLatin1String("no trash possible")) {
        QVERIFY(writeFile(data, 1, kNowSecs)); // a file where the data folder should be
        qputenv("XDG_DATA_HOME", QFile::encodeName(data + QStringLiteral("/share")));
    } else if (trashSetup == QLatin1String("info is a file")) {
        QVERIFY(QDir().mkpath(data + QStringLiteral("/Trash/files")));
        QVERIFY(writeFile(data + QStringLiteral("/Trash/info"), 1, kNowSecs));
        qputenv("XDG_DATA_HOME", QFile::encodeName(data));
    }
    // In a thread, so a regression fails here instead of hanging the suite.
    qm::TrashOutcome outcome;
    std::unique_ptr<QThread> thread(QThread::create([&] { outcome = qm::moveToTrash(path); }));
    thread->start();
    if (!thread->wait(QDeadlineTimer(20000)))
        qFatal("moveToTrash(%s) did not return within 20 s", qPrintable(path));
    qputenv("XDG_DATA_HOME", savedData);
    QCOMPARE(outcome.result, qm::TrashOutcome::Result::Failed);
    QVERIFY2(outcome.error.contains(errorPart) && outcome.error.contains(path),
             qPrintable(outcome.error));
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(QDir::currentPath() + QStringLiteral("/files/") + name));
}

void TestCleanup::describesPlan()
{
    QVERIFY(writeFile(m_root + QStringLiteral("/a.log"), 1536, kNowSecs - 90 * kDay));
    QVERIFY(writeFile(m_root + QStringLiteral("/b.log"), 512, kNowSecs - 90 * kDay));
    QVERIFY(makeLink(QStringLiteral("a.log"), m_root + QStringLiteral("/l.log")));
    const qm::CleanupPlan plan = planOrFail(ruleFor(m_root, 30, {QStringLiteral("*.log")}));
    const QString text = qm::describePlan(plan);
    const QString total = qm::formatDataSize(2048);
    QVERIFY2(text.startsWith(QStringLiteral("Would move 2 file")), qPrintable(text));
    QVERIFY2(text.contains(plan.canonicalRoot + QStringLiteral(" to the trash")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Freed now: ") + qm::formatDataSize(0) +
                           QStringLiteral("; held in the trash: ") + total),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("*.log")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("30 day")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1 symbolic link")), qPrintable(text));

    const qm::CleanupPlan empty = planOrFail(ruleFor(m_root, 30, {QStringLiteral("*.none")}));
    QVERIFY2(qm::describePlan(empty).startsWith(QStringLiteral("Nothing to clean up")),
             qPrintable(qm::describePlan(empty)));

    qm::CleanupResult result;
    result.filesRemoved = 2;
    result.bytesRemoved = 2048;
    result.alreadyGone = 1;
    result.notReached = 4;
    result.capped = true;
    const QString summary = qm::describeResult(result);
    QVERIFY2(summary.contains(total) && summary.contains(QStringLiteral("1 already gone")) &&
                 summary.contains(QStringLiteral("4 left by the caps")),
             qPrintable(summary));
}

QTEST_GUILESS_MAIN(TestCleanup)

#include "tst_cleanup.moc"
