// Data categories (patterns, the settings form) and the local data-root walker: which
// file belongs where, exact totals, links never followed, unreadable folders counted.

#include "core/probes/datacategories.h"
#include "core/probes/datascan.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// A category list in the settings form, read without parseDataCategories (so the
// matcher tests do not depend on the parser).
QList<qm::DataCategory> categoriesFrom(const QString &text)
{
    if (text == QLatin1String("defaults"))
        return qm::defaultDataCategories();
    QList<qm::DataCategory> categories;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        categories.append({line.left(colon).trimmed(),
                           line.mid(colon + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts)});
    }
    return categories;
}

// Writes `bytes` bytes to `path` (creating its folders) and sets its modification time.
bool writeFile(const QString &path, qint64 bytes, qint64 modifiedSecs)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
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

const qm::CategoryTotal &totalOf(const qm::DataRootScan &scan, const QString &name)
{
    for (const qm::CategoryTotal &total : scan.categories) {
        if (total.name == name)
            return total;
    }
    static const qm::CategoryTotal none{QStringLiteral("<absent>"), -99, -99, -99};
    return none;
}

QString describe(const qm::DataRootScan &scan)
{
    QStringList parts;
    parts.append(QStringLiteral("status %1 (%2), unreadable %3")
                     .arg(qm::dataRootStatusKey(scan.status), scan.error)
                     .arg(scan.unreadableFolders));
    for (const qm::CategoryTotal &total : scan.categories)
        parts.append(QStringLiteral("%1: %2 B, %3 files, newest %4")
                         .arg(total.name)
                         .arg(total.bytes)
                         .arg(total.files)
                         .arg(total.newestSecs));
    return parts.join(QStringLiteral("; "));
}

// Restores a folder's permissions when the test leaves, so the temporary tree can go.
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

class TestDataScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matcher_data();
    void matcher();
    void matcherWithFolderList();
    void roundTrip();
    void parseForgivingLayout();
    void parseErrors_data();
    void parseErrors();
    void scanTotals_data();
    void scanTotals();
    void scanRootThroughLink();
    void scanMissingRoot();
    void scanFileAsRoot();
    void scanUnreadableFolder();
    void scanUnreadableRoot();
    void scanManyFilesSameWithAnyThreads();
    void scanLargeFolderInChunks();
    void scanCancelled();
    void scanRootInsideAPatternFolder();
};

void TestDataScan::matcher_data()
{
    QTest::addColumn<QString>("categories");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected"); // empty: no category

    const QString defaults = QStringLiteral("defaults");
    const QString none;

    // `*.db` in any folder.
    QTest::newRow("db at top") << defaults << QStringLiteral("x.db") << QStringLiteral("games");
    QTest::newRow("db one deep") << defaults << QStringLiteral("a/x.db") << QStringLiteral("games");
    QTest::newRow("db deep") << defaults << QStringLiteral("a/b/c/d/e/f/x.db")
                             << QStringLiteral("games");
    QTest::newRow("db in a hidden folder")
        << defaults << QStringLiteral("a/.cache/x.db") << QStringLiteral("games");
    QTest::newRow("db suffix only") << defaults << QStringLiteral("x.db.bak") << none;
    QTest::newRow("db is case-sensitive") << defaults << QStringLiteral("x.DB") << none;
    QTest::newRow("npz") << defaults << QStringLiteral("data/training/x.npz")
                         << QStringLiteral("training_data");
    QTest::newRow("safetensors") << defaults << QStringLiteral("models/x.safetensors")
                                 << QStringLiteral("models");
    QTest::newRow("pth") << defaults << QStringLiteral("x.pth") << QStringLiteral("models");
    QTest::newRow("jsonl") << defaults << QStringLiteral("logs/x.jsonl") << QStringLiteral("logs");
    QTest::newRow("no category") << defaults << QStringLiteral("a/notes.txt") << none;

    // Accepted and rejected PLY.
    QTest::newRow("ply accepted") << defaults << QStringLiteral("a/ply_files/x.ply")
                                  << QStringLiteral("ply_accepted");
    QTest::newRow("ply accepted at top")
        << defaults << QStringLiteral("ply_files/x.ply") << QStringLiteral("ply_accepted");
    QTest::newRow("ply rejected") << defaults << QStringLiteral("ply_files/rejected_samples/x.ply")
                                  << QStringLiteral("ply_rejected");
    QTest::newRow("ply rejected deep")
        << defaults << QStringLiteral("a/b/ply_files/rejected_samples/x.ply")
        << QStringLiteral("ply_rejected");
    QTest::newRow("ply outside ply_files") << defaults << QStringLiteral("a/x.ply") << none;
    QTest::newRow("ply at top") << defaults << QStringLiteral("x.ply") << none;
    QTest::newRow("ply in another ply_files subfolder")
        << defaults << QStringLiteral("ply_files/other/x.ply") << none;
    QTest::newRow("ply_files/*.ply alone does not take rejected")
        << QStringLiteral("ply_accepted: ply_files/*.ply")
        << QStringLiteral("ply_files/rejected_samples/x.ply") << none;
    QTest::newRow("rejected pattern alone takes rejected")
        << QStringLiteral("ply_rejected: ply_files/rejected_samples/*.ply")
        << QStringLiteral("a/ply_files/rejected_samples/x.ply") << QStringLiteral("ply_rejected");
    QTest::newRow("rejected pattern alone leaves accepted")
        << QStringLiteral("ply_rejected: ply_files/rejected_samples/*.ply")
        << QStringLiteral("a/ply_files/x.ply") << none;
    QTest::newRow("accepted listed first still leaves rejected to rejected")
        << QStringLiteral(
               "ply_accepted: ply_files/*.ply\nply_rejected: ply_files/rejected_samples/*.ply")
        << QStringLiteral("ply_files/rejected_samples/x.ply") << QStringLiteral("ply_rejected");

    // The first matching category wins.
    QTest::newRow("first wins: glob before literal")
        << QStringLiteral("first: *.db\nsecond: x.db") << QStringLiteral("a/x.db")
        << QStringLiteral("first");
    QTest::newRow("first wins: literal before glob")
        << QStringLiteral("second: x.db\nfirst: *.db") << QStringLiteral("a/x.db")
        << QStringLiteral("second");
    QTest::newRow("first wins: catch-all first")
        << QStringLiteral("all: *\ngames: *.db") << QStringLiteral("x.db") << QStringLiteral("all");
    QTest::newRow("first wins: later pattern of the first category")
        << QStringLiteral("a: *.txt *.db\nb: *.db") << QStringLiteral("x.db")
        << QStringLiteral("a");
    QTest::newRow("defaults: db before a catch-all appended")
        << QStringLiteral("games: *.db\nrest: *") << QStringLiteral("x.db")
        << QStringLiteral("games");
    QTest::newRow("falls through to the catch-all")
        << QStringLiteral("games: *.db\nrest: *") << QStringLiteral("x.txt")
        << QStringLiteral("rest");

    // Hidden files: a wildcard does not match a leading dot.
    QTest::newRow("hidden db") << defaults << QStringLiteral(".x.db") << none;
    QTest::newRow("hidden db in a folder") << defaults << QStringLiteral("a/.x.db") << none;
    QTest::newRow("hidden bare .db") << defaults << QStringLiteral(".db") << none;
    QTest::newRow("hidden ply") << defaults << QStringLiteral("ply_files/.x.ply") << none;
    QTest::newRow("hidden vs *") << QStringLiteral("all: *") << QStringLiteral(".hidden") << none;
    QTest::newRow("hidden vs ?") << QStringLiteral("q: ?x") << QStringLiteral(".x") << none;
    QTest::newRow("hidden literal matches")
        << QStringLiteral("env: .env") << QStringLiteral("a/.env") << QStringLiteral("env");
    QTest::newRow("hidden vs a pattern starting with a dot")
        << QStringLiteral("dot: .*.db") << QStringLiteral(".x.db") << none;
    QTest::newRow("hidden folder vs * as a folder component")
        << QStringLiteral("any: ply_files/*/*.ply") << QStringLiteral("ply_files/.tmp/x.ply")
        << none;
    QTest::newRow("hidden folder vs *.ext as a folder component")
        << QStringLiteral("bundles: *.d/*.conf") << QStringLiteral("a/.x.d/y.conf") << none;
    QTest::newRow("hidden folder named literally")
        << QStringLiteral("tmp: ply_files/.tmp/*.ply") << QStringLiteral("ply_files/.tmp/x.ply")
        << QStringLiteral("tmp");

    // ? and [ab].
    QTest::newRow("? matches one") << QStringLiteral("logs: run_?.log")
                                   << QStringLiteral("d/run_1.log") << QStringLiteral("logs");
    QTest::newRow("? not two") << QStringLiteral("logs: run_?.log") << QStringLiteral("run_12.log")
                               << none;
    QTest::newRow("? not zero") << QStringLiteral("logs: run_?.log") << QStringLiteral("run_.log")
                                << none;
    QTest::newRow("[ab] a") << QStringLiteral("ab: [ab]*.txt") << QStringLiteral("a1.txt")
                            << QStringLiteral("ab");
    QTest::newRow("[ab] b") << QStringLiteral("ab: [ab]*.txt") << QStringLiteral("x/b.txt")
                            << QStringLiteral("ab");
    QTest::newRow("[ab] not c") << QStringLiteral("ab: [ab]*.txt") << QStringLiteral("c.txt")
                                << none;
    QTest::newRow("glob in a folder component")
        << QStringLiteral("shards: shard_?/*.bin") << QStringLiteral("x/shard_3/y.bin")
        << QStringLiteral("shards");
    QTest::newRow("glob in a folder component, too long")
        << QStringLiteral("shards: shard_?/*.bin") << QStringLiteral("shard_33/y.bin") << none;
    QTest::newRow("[ab] in a folder component")
        << QStringLiteral("split: [ab]/*.npz") << QStringLiteral("b/x.npz")
        << QStringLiteral("split");
    QTest::newRow("* never matches /")
        << QStringLiteral("models: models/*.pt") << QStringLiteral("models/sub/x.pt") << none;
    QTest::newRow("* as a whole folder component")
        << QStringLiteral("any: ply_files/*/*.ply") << QStringLiteral("ply_files/foo/x.ply")
        << QStringLiteral("any");
    QTest::newRow("multi-dot suffix") << QStringLiteral("archives: *.tar.gz")
                                      << QStringLiteral("a/b.tar.gz") << QStringLiteral("archives");
    QTest::newRow("multi-dot suffix, other")
        << QStringLiteral("archives: *.tar.gz") << QStringLiteral("a/b.gz") << none;
    QTest::newRow("prefix") << QStringLiteral("runs: run_*") << QStringLiteral("a/run_7.log")
                            << QStringLiteral("runs");
    QTest::newRow("? is one character, not one byte")
        << QStringLiteral("q: ?.log") << QStringLiteral("a/ä.log") << QStringLiteral("q");
    QTest::newRow("backslash escapes")
        << QStringLiteral("star: \\*.db") << QStringLiteral("*.db") << QStringLiteral("star");
    QTest::newRow("backslash escapes, not a wildcard")
        << QStringLiteral("star: \\*.db") << QStringLiteral("x.db") << none;

    // Literal names.
    QTest::newRow("literal") << QStringLiteral("manifest: manifest.json")
                             << QStringLiteral("a/b/manifest.json") << QStringLiteral("manifest");
    QTest::newRow("literal at top")
        << QStringLiteral("manifest: manifest.json") << QStringLiteral("manifest.json")
        << QStringLiteral("manifest");
    QTest::newRow("literal, longer name")
        << QStringLiteral("manifest: manifest.json") << QStringLiteral("xmanifest.json") << none;
    QTest::newRow("literal, suffix added")
        << QStringLiteral("manifest: manifest.json") << QStringLiteral("manifest.json.bak") << none;
    QTest::newRow("literal path") << QStringLiteral("deep: a/b/c.txt")
                                  << QStringLiteral("x/a/b/c.txt") << QStringLiteral("deep");
    QTest::newRow("literal path, too few folders")
        << QStringLiteral("deep: a/b/c.txt") << QStringLiteral("b/c.txt") << none;
    QTest::newRow("literal path, wrong folder")
        << QStringLiteral("deep: a/b/c.txt") << QStringLiteral("a/x/c.txt") << none;

    // Absolute paths.
    QTest::newRow("absolute db") << defaults << QStringLiteral("/x.db") << QStringLiteral("games");
    QTest::newRow("absolute ply accepted")
        << defaults << QStringLiteral("/home/u/data/ply_files/x.ply")
        << QStringLiteral("ply_accepted");
    QTest::newRow("absolute ply rejected")
        << defaults << QStringLiteral("/ply_files/rejected_samples/x.ply")
        << QStringLiteral("ply_rejected");
    QTest::newRow("absolute, doubled slashes")
        << defaults << QStringLiteral("//data//ply_files///x.ply")
        << QStringLiteral("ply_accepted");
    QTest::newRow("absolute hidden") << defaults << QStringLiteral("/data/.x.db") << none;
    QTest::newRow("absolute stray ply") << defaults << QStringLiteral("/data/x.ply") << none;
    QTest::newRow("empty path") << defaults << QString() << none;
    QTest::newRow("slash only") << defaults << QStringLiteral("/") << none;
}

void TestDataScan::matcher()
{
    QFETCH(QString, categories);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const qm::CategoryMatcher matcher(categoriesFrom(categories));
    const QByteArray bytes = path.toUtf8();
    const int category = matcher.matchPath(QByteArrayView(bytes));
    QCOMPARE(category >= 0 ? matcher.name(category) : QString(), expected);
}

void TestDataScan::matcherWithFolderList()
{
    const qm::CategoryMatcher matcher(qm::defaultDataCategories());
    QCOMPARE(matcher.categoryCount(), int(qm::defaultDataCategories().size()));
    QVERIFY(matcher.needsFolders());
    for (int i = 0; i < matcher.categoryCount(); ++i)
        QCOMPARE(matcher.name(i), qm::defaultDataCategories().at(i).name);

    const auto nameOf = [&](const std::vector<QByteArrayView> &folders, const char *name) {
        const int category = matcher.match(folders, QByteArrayView(name, qsizetype(strlen(name))));
        return category >= 0 ? matcher.name(category) : QString();
    };
    QCOMPARE(nameOf({}, "x.db"), QStringLiteral("games"));
    QCOMPARE(nameOf({"a", "b"}, "x.db"), QStringLiteral("games"));
    QCOMPARE(nameOf({"a", "ply_files"}, "x.ply"), QStringLiteral("ply_accepted"));
    QCOMPARE(nameOf({"ply_files", "rejected_samples"}, "x.ply"), QStringLiteral("ply_rejected"));
    QCOMPARE(nameOf({}, "x.ply"), QString());
    QCOMPARE(nameOf({"a"}, ".x.db"), QString());

    const qm::CategoryMatcher flat(categoriesFrom(QStringLiteral("games: *.db\nmodels: *.pt")));
    QVERIFY(!flat.needsFolders());
    QCOMPARE(flat.match({}, "x.pt"), 1);

    const qm::CategoryMatcher empty{QList<qm::DataCategory>()};
    QCOMPARE(empty.categoryCount(), 0);
    QCOMPARE(empty.matchPath("a/x.db"), -1);
}

void TestDataScan::roundTrip()
{
    const QList<qm::DataCategory> defaults = qm::defaultDataCategories();
    const QString text = qm::formatDataCategories(defaults);
    QCOMPARE(text.count(QLatin1Char('\n')), defaults.size() - 1);
    QVERIFY(text.startsWith(QStringLiteral("games: *.db\n")));

    QList<qm::DataCategory> parsed;
    QString error;
    QVERIFY2(qm::parseDataCategories(text, &parsed, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(parsed, defaults);
    QCOMPARE(qm::formatDataCategories(parsed), text);

    const QList<qm::DataCategory> custom = {
        {QStringLiteral("shards"), {QStringLiteral("shard_?/*.bin"), QStringLiteral("[ab]*.x")}},
        {QStringLiteral("manifest"), {QStringLiteral("manifest.json")}},
    };
    QVERIFY2(qm::parseDataCategories(qm::formatDataCategories(custom), &parsed, &error),
             qPrintable(error));
    QCOMPARE(parsed, custom);

    QCOMPARE(qm::formatDataCategories({}), QString());
    QVERIFY(qm::parseDataCategories(QString(), &parsed, &error));
    QVERIFY(parsed.isEmpty());
}

void TestDataScan::parseForgivingLayout()
{
    QList<qm::DataCategory> parsed;
    QString error;
    QVERIFY2(
        qm::parseDataCategories(QStringLiteral("# my categories\n"
                                               "\n"
                                               "   games :   *.db \t  *.sqlite  \n"
                                               "  # another comment\n"
                                               "ply_rejected: ply_files/rejected_samples/*.ply\n"
                                               "\n"),
                                &parsed, &error),
        qPrintable(error));
    const QList<qm::DataCategory> expected = {
        {QStringLiteral("games"), {QStringLiteral("*.db"), QStringLiteral("*.sqlite")}},
        {QStringLiteral("ply_rejected"), {QStringLiteral("ply_files/rejected_samples/*.ply")}},
    };
    QCOMPARE(parsed, expected);
}

void TestDataScan::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");

    QTest::newRow("no colon") << QStringLiteral("games: *.db\nmodels *.pt") << 2;
    QTest::newRow("no colon, only a word") << QStringLiteral("games") << 1;
    QTest::newRow("no patterns") << QStringLiteral("games:") << 1;
    QTest::newRow("no patterns, spaces") << QStringLiteral("games: *.db\n\nmodels:    ") << 3;
    QTest::newRow("empty name") << QStringLiteral(": *.db") << 1;
    QTest::newRow("duplicated name")
        << QStringLiteral("# comment\n\ngames: *.db\nmodels: *.pt\ngames: *.sqlite") << 5;
    QTest::newRow("name with a space") << QStringLiteral("games: *.db\nmy games: *.db") << 2;
    QTest::newRow("name with a slash") << QStringLiteral("a/b: *.db") << 1;
    QTest::newRow("name with a non-ASCII letter")
        << QStringLiteral("spiele: *.db\nspielstände: *.x") << 2;
}

void TestDataScan::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    const QList<qm::DataCategory> before = {{QStringLiteral("keep"), {QStringLiteral("*.k")}}};
    QList<qm::DataCategory> categories = before;
    QString error;
    QVERIFY(!qm::parseDataCategories(text, &categories, &error));
    QVERIFY2(error.contains(QStringLiteral("line %1").arg(line)), qPrintable(error));
    QCOMPARE(categories, before); // untouched on failure
    if (QByteArray(QTest::currentDataTag()) == "duplicated name")
        QVERIFY2(error.contains(QStringLiteral("games")), qPrintable(error));
}

void TestDataScan::scanTotals_data()
{
    QTest::addColumn<int>("threads");
    QTest::newRow("1 thread") << 1;
    QTest::newRow("2 threads") << 2;
    QTest::newRow("4 threads") << 4;
    QTest::newRow("0 threads (at least one)") << 0;
}

void TestDataScan::scanTotals()
{
    QFETCH(int, threads);
    QTemporaryDir dir;
    QTemporaryDir outside;
    QVERIFY(dir.isValid() && outside.isValid());
    const QString root = dir.path();
    const auto at = [&](const char *relative) { return dir.filePath(QString::fromUtf8(relative)); };

    // games: 100 + 250 + 1 + 0 bytes, 4 files, newest 1700000000
    QVERIFY(writeFile(at("games/a.db"), 100, 1600000000));
    QVERIFY(writeFile(at("games/sub/deep/b.db"), 250, 1700000000));
    QVERIFY(writeFile(at("c.db"), 1, 1650000000));
    QVERIFY(writeFile(at("empty.db"), 0, 1500000000));
    QVERIFY(writeFile(at(".hidden.db"), 999, 1800000000)); // hidden: no
    // training_data
    QVERIFY(writeFile(at("npz/x.npz"), 4096, 1610000000));
    // models: 10 + 20, newest 1690000000
    QVERIFY(writeFile(at("models/m.pt"), 10, 1680000000));
    QVERIFY(writeFile(at("models/m.safetensors"), 20, 1690000000));
    // ply
    QVERIFY(writeFile(at("run/ply_files/a.ply"), 7, 1000000001));
    QVERIFY(writeFile(at("run/ply_files/b.ply"), 8, 1000000002));
    QVERIFY(writeFile(at("run/ply_files/rejected_samples/r.ply"), 33, 1000000003));
    QVERIFY(writeFile(at("stray.ply"), 5, 1900000000)); // not in ply_files: no
    // logs
    QVERIFY(writeFile(at("logs/app.log"), 12, 1620000000));
    QVERIFY(writeFile(at("logs/events.jsonl"), 13, 1630000000));
    // no category
    QVERIFY(writeFile(at("notes.txt"), 50, 1900000000));
    QVERIFY(QDir().mkpath(at("empty/folder")));

    // Outside the root, reached only through links: never counted.
    QVERIFY(writeFile(outside.filePath(QStringLiteral("big.db")), 5000, 1950000000));
    QVERIFY(writeFile(outside.filePath(QStringLiteral("ply_files/o.ply")), 6000, 1950000000));
    QVERIFY(QFile::link(outside.path(), at("linked")));               // to a folder outside
    QVERIFY(QFile::link(outside.path(), at("run/ply_files/linked"))); // nested
    QVERIFY(QFile::link(at("games/a.db"), at("link.db")));            // to a file inside
    QVERIFY(QFile::link(outside.filePath(QStringLiteral("big.db")), at("outlink.db")));
    QVERIFY(QFile::link(QStringLiteral("/nonexistent/qm-test/x.db"), at("dangling.db")));
    QCOMPARE(mkfifo(QFile::encodeName(at("pipe.db")).constData(), 0600), 0); // not a file

    const qm::DataRootScan scan =
        qm::scanLocalDataRoot(root, qm::defaultDataCategories(), nullptr, threads);
    QCOMPARE(scan.root, root);
    QVERIFY2(scan.status == qm::DataRootScan::Status::Ok, qPrintable(describe(scan)));
    QVERIFY(scan.error.isEmpty());
    QCOMPARE(scan.unreadableFolders, qint64(0));
    QCOMPARE(scan.badRecords, qint64(0));

    const QList<qm::CategoryTotal> expected = {
        {QStringLiteral("games"), 351, 4, 1700000000},
        {QStringLiteral("training_data"), 4096, 1, 1610000000},
        {QStringLiteral("models"), 30, 2, 1690000000},
        {QStringLiteral("ply_rejected"), 33, 1, 1000000003},
        {QStringLiteral("ply_accepted"), 15, 2, 1000000002},
        {QStringLiteral("images"), 0, 0, -1},
        {QStringLiteral("logs"), 25, 2, 1630000000},
    };
    QVERIFY2(scan.categories == expected, qPrintable(describe(scan)));
    QCOMPARE(qm::dataRootStatusKey(scan.status), QStringLiteral("ok"));
}

void TestDataScan::scanRootThroughLink()
{
    // The root itself may be a link (only links inside it are not followed).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("real/a.db")), 42, 1700000000));
    QVERIFY(
        QFile::link(dir.filePath(QStringLiteral("real")), dir.filePath(QStringLiteral("root"))));
    const qm::DataRootScan scan =
        qm::scanLocalDataRoot(dir.filePath(QStringLiteral("root")), qm::defaultDataCategories());
    QVERIFY2(scan.status == qm::DataRootScan::Status::Ok, qPrintable(describe(scan)));
    QCOMPARE(totalOf(scan, QStringLiteral("games")),
             (qm::CategoryTotal{QStringLiteral("games"), 42, 1, 1700000000}));
}

void TestDataScan::scanMissingRoot()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.filePath(QStringLiteral("no/such/folder"));
    const qm::DataRootScan scan = qm::scanLocalDataRoot(root, qm::defaultDataCategories());
    QVERIFY2(scan.status == qm::DataRootScan::Status::Missing, qPrintable(describe(scan)));
    QCOMPARE(qm::dataRootStatusKey(scan.status), QStringLiteral("missing"));
    QCOMPARE(scan.root, root);
    QVERIFY(!scan.error.isEmpty());
    QVERIFY2(scan.error.contains(root), qPrintable(scan.error));
    // Still one empty total per category, in order.
    QCOMPARE(scan.categories.size(), qm::defaultDataCategories().size());
    for (int i = 0; i < scan.categories.size(); ++i) {
        QCOMPARE(scan.categories.at(i),
                 (qm::CategoryTotal{qm::defaultDataCategories().at(i).name, 0, 0, -1}));
    }
}

void TestDataScan::scanFileAsRoot()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("a.db"));
    QVERIFY(writeFile(file, 10, 1700000000));
    qm::DataRootScan scan = qm::scanLocalDataRoot(file, qm::defaultDataCategories());
    QVERIFY2(scan.status == qm::DataRootScan::Status::Error, qPrintable(describe(scan)));
    QCOMPARE(qm::dataRootStatusKey(scan.status), QStringLiteral("error"));
    QVERIFY(!scan.error.isEmpty());
    QCOMPARE(totalOf(scan, QStringLiteral("games")).files, qint64(0));

    // A path through a file is no folder either.
    scan = qm::scanLocalDataRoot(file + QStringLiteral("/sub"), qm::defaultDataCategories());
    QVERIFY2(scan.status == qm::DataRootScan::Status::Error, qPrintable(describe(scan)));
}

void TestDataScan::scanUnreadableFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("open/y.db")), 5, 1600000000));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("locked/x.db")), 10, 1700000000));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("locked/inner/z.db")), 20, 1700000001));
    const QString locked = dir.filePath(QStringLiteral("locked"));
    QCOMPARE(chmod(QFile::encodeName(locked).constData(), 0), 0);
    const ModeGuard guard(locked, 0700);

    for (const int threads : {1, 4}) {
        const qm::DataRootScan scan =
            qm::scanLocalDataRoot(dir.path(), qm::defaultDataCategories(), nullptr, threads);
        QVERIFY2(scan.status == qm::DataRootScan::Status::Ok, qPrintable(describe(scan)));
        if (geteuid() != 0) {
            QCOMPARE(scan.unreadableFolders, qint64(1));
            QCOMPARE(totalOf(scan, QStringLiteral("games")),
                     (qm::CategoryTotal{QStringLiteral("games"), 5, 1, 1600000000}));
        } else {
            // Root reads it regardless of its mode.
            QCOMPARE(scan.unreadableFolders, qint64(0));
            QCOMPARE(totalOf(scan, QStringLiteral("games")),
                     (qm::CategoryTotal{QStringLiteral("games"), 35, 3, 1700000001}));
        }
    }
}

void TestDataScan::scanUnreadableRoot()
{
    if (geteuid() == 0)
        QSKIP("running as root: permissions do not apply (tst_datascan_permissions runs "
              "this as nobody)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.filePath(QStringLiteral("locked"));
    QVERIFY(writeFile(root + QStringLiteral("/x.db"), 10, 1700000000));
    QCOMPARE(chmod(QFile::encodeName(root).constData(), 0), 0);
    const ModeGuard guard(root, 0700);
    const qm::DataRootScan scan = qm::scanLocalDataRoot(root, qm::defaultDataCategories());
    QVERIFY2(scan.status == qm::DataRootScan::Status::Denied, qPrintable(describe(scan)));
    QVERIFY(!scan.error.isEmpty());
}

void TestDataScan::scanManyFilesSameWithAnyThreads()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<qm::DataCategory> categories = qm::defaultDataCategories();
    QList<qm::CategoryTotal> expected;
    for (const qm::DataCategory &category : categories)
        expected.append({category.name, 0, 0, -1});
    const auto expect = [&](const QString &name, qint64 bytes, qint64 secs) {
        for (qm::CategoryTotal &total : expected) {
            if (total.name == name) {
                total.bytes += bytes;
                ++total.files;
                total.newestSecs = qMax(total.newestSecs, secs);
            }
        }
    };

    // 3000 files in 3 levels of folders, some under ply_files/rejected_samples.
    const char *const extensions[] = {".db", ".npz", ".pt", ".png", ".log", ".txt", ".ply"};
    constexpr int kFiles = 3000;
    for (int i = 0; i < kFiles; ++i) {
        QString folder = QStringLiteral("f%1/g%2").arg(i % 7).arg(i % 5);
        if (i % 3 == 0)
            folder += QStringLiteral("/h%1").arg(i % 11);
        const char *extension = extensions[i % 7];
        const bool ply = i % 7 == 6;
        if (ply)
            folder += i % 2 ? QStringLiteral("/ply_files")
                            : QStringLiteral("/ply_files/rejected_samples");
        const QString name = QStringLiteral("file%1%2").arg(i).arg(QLatin1String(extension));
        const qint64 bytes = i % 97;
        const qint64 secs = 1600000000 + qint64(i) * 37 % 100000;
        QVERIFY(writeFile(dir.filePath(folder + QLatin1Char('/') + name), bytes, secs));
        static const QString names[] = {QStringLiteral("games"),
                                        QStringLiteral("training_data"),
                                        QStringLiteral("models"),
                                        QStringLiteral("images"),
                                        QStringLiteral("logs"),
                                        QString(),
                                        QString()};
        if (ply)
            expect(i % 2 ? QStringLiteral("ply_accepted") : QStringLiteral("ply_rejected"), bytes,
                   secs);
        else if (!names[i % 7].isEmpty())
            expect(names[i % 7], bytes, secs);
    }

    const qm::DataRootScan one = qm::scanLocalDataRoot(dir.path(), categories, nullptr, 1);
    const qm::DataRootScan four = qm::scanLocalDataRoot(dir.path(), categories, nullptr, 4);
    QVERIFY2(one.status == qm::DataRootScan::Status::Ok, qPrintable(describe(one)));
    QVERIFY2(four.status == qm::DataRootScan::Status::Ok, qPrintable(describe(four)));
    QVERIFY2(one.categories == four.categories,
             qPrintable(describe(one) + QStringLiteral(" <> ") + describe(four)));
    QVERIFY2(one.categories == expected, qPrintable(describe(one)));
    qint64 files = 0;
    for (const qm::CategoryTotal &total : one.categories)
        files += total.files;
    QCOMPARE(files, qint64(kFiles - kFiles / 7)); // every .txt is in no category
    QCOMPARE(one.unreadableFolders, qint64(0));
    QCOMPARE(four.unreadableFolders, qint64(0));
}

void TestDataScan::scanLargeFolderInChunks()
{
    // A flat folder of 7,000 rejected samples is stat'ed in chunks by several walkers;
    // every file is counted once, and every folder is closed again.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString flat = dir.filePath(QStringLiteral("ply_files/rejected_samples"));
    QVERIFY(QDir().mkpath(flat));
    constexpr int kFiles = 7000;
    qint64 bytes = 0;
    for (int i = 0; i < kFiles; ++i) {
        QVERIFY(writeFile(QStringLiteral("%1/s%2.ply").arg(flat).arg(i), i % 13, 1700000000 + i));
        bytes += i % 13;
    }
    QVERIFY(writeFile(flat + QStringLiteral("/notes.txt"), 5, 1800000000)); // no category
    QVERIFY(writeFile(dir.filePath(QStringLiteral("ply_files/a.ply")), 3, 1600000000));

    const auto openFiles = [] { return QDir(QStringLiteral("/proc/self/fd")).count(); };
    const uint before = openFiles();
    for (const int threads : {1, 2, 4}) {
        const qm::DataRootScan scan =
            qm::scanLocalDataRoot(dir.path(), qm::defaultDataCategories(), nullptr, threads);
        QVERIFY2(scan.status == qm::DataRootScan::Status::Ok, qPrintable(describe(scan)));
        for (const qm::CategoryTotal &total : scan.categories) {
            if (total.name == QLatin1String("ply_rejected")) {
                QCOMPARE(total.files, qint64(kFiles));
                QCOMPARE(total.bytes, bytes);
                QCOMPARE(total.newestSecs, qint64(1700000000 + kFiles - 1));
            } else if (total.name == QLatin1String("ply_accepted")) {
                QCOMPARE(total.files, qint64(1));
                QCOMPARE(total.bytes, qint64(3));
            } else {
                QCOMPARE(total.files, qint64(0));
            }
        }
    }
    if (QFileInfo::exists(QStringLiteral("/proc/self/fd")))
        QCOMPARE(openFiles(), before);
}

void TestDataScan::scanCancelled()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a/x.db")), 10, 1700000000));
    const std::atomic<bool> cancel{true};
    for (const int threads : {1, 4}) {
        const qm::DataRootScan scan =
            qm::scanLocalDataRoot(dir.path(), qm::defaultDataCategories(), &cancel, threads);
        QVERIFY2(scan.status == qm::DataRootScan::Status::Error, qPrintable(describe(scan)));
        QVERIFY(!scan.error.isEmpty());
    }

    // A flag that stays false changes nothing.
    const std::atomic<bool> keepGoing{false};
    const qm::DataRootScan scan =
        qm::scanLocalDataRoot(dir.path(), qm::defaultDataCategories(), &keepGoing);
    QVERIFY2(scan.status == qm::DataRootScan::Status::Ok, qPrintable(describe(scan)));
    QCOMPARE(totalOf(scan, QStringLiteral("games")).bytes, qint64(10));
}

void TestDataScan::scanRootInsideAPatternFolder()
{
    // A root that is itself a ply_files folder: its .ply files are accepted PLY, as in
    // a remote listing, which prints whole paths.
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("miner/ply_files"));
    QVERIFY(writeFile(root + QStringLiteral("/a.ply"), 10, 1700000000));
    QVERIFY(writeFile(root + QStringLiteral("/rejected_samples/b.ply"), 20, 1700000000));
    const qm::DataRootScan scan = qm::scanLocalDataRoot(root, qm::defaultDataCategories());
    QCOMPARE(totalOf(scan, QStringLiteral("ply_accepted")).bytes, 10);
    QCOMPARE(totalOf(scan, QStringLiteral("ply_rejected")).bytes, 20);
}

QTEST_GUILESS_MAIN(TestDataScan)
#include "tst_datascan.moc"
