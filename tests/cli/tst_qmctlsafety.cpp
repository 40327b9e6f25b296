// qmctl under hostile input, run as a script would run it: special files named as an
// input or an output (refused at once, never waited on, never replaced), and cleanups,
// archives and deleting syncs aimed at protected folders (refused unless named).

#include "testfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

using qm::test::fileTypeOf;
using qm::test::makeSpecialFile;

namespace {

struct Run
{
    int exitCode = -1; ///< -2: killed after the time limit
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

Run qmctl(const QStringList &arguments, const QString &home = {}, int limitMs = 30000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    if (!home.isEmpty()) {
        environment.insert(QStringLiteral("HOME"), home);
        environment.remove(QStringLiteral("XDG_DATA_HOME"));
    }
    process.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    process.start(qEnvironmentVariable("QMCTL"), arguments);
    Run run;
    if (!process.waitForFinished(limitMs)) {
        process.kill();
        process.waitForFinished();
        run.exitCode = -2;
    } else {
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    run.elapsedMs = clock.elapsed();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString text(const Run &run)
{
    return QString::fromUtf8(run.out + run.err);
}

} // namespace

class TestQmctlSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void outputsThatAreNotRegularFilesAreRefused_data();
    void outputsThatAreNotRegularFilesAreRefused();
    void outputsAreWrittenThroughLinks();
    void inputsThatAreNotRegularFilesAreRefused_data();
    void inputsThatAreNotRegularFilesAreRefused();
    void protectedRootsAreRefused_data();
    void protectedRootsAreRefused();
    void aMountPointNeedsItsOwnName();
    void theHomeFolderNeedsItsOwnName();

private:
    QString writePly(const QString &path);
};

void TestQmctlSafety::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("QMCTL")), "QMCTL must name the built qmctl");
}

QString TestQmctlSafety::writePly(const QString &path)
{
    qm::test::writeAll(path, qm::test::splatPly(50));
    return path;
}

void TestQmctlSafety::outputsThatAreNotRegularFilesAreRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("character device (mknod mynull c 1 3)") << QStringLiteral("null device");
    QTest::newRow("FIFO") << QStringLiteral("fifo");
    QTest::newRow("socket") << QStringLiteral("socket");
    QTest::newRow("folder") << QStringLiteral("folder");
}

void TestQmctlSafety::outputsThatAreNotRegularFilesAreRefused()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString ply = writePly(dir.filePath(QStringLiteral("good.ply")));
    const QString node = dir.filePath(QStringLiteral("mynull"));
    if (!makeSpecialFile(kind, node))
        QSKIP("this system does not let the test make one (a device needs root)");
    const mode_t type = fileTypeOf(node);
    // Today's qmctl replaced the node with a PNG and exited 0 (as root, `-o /dev/null`
    // replaced /dev/null); a FIFO made it wait for a reader.
    const Run run =
        qmctl({QStringLiteral("ply"), QStringLiteral("render"), ply, QStringLiteral("-o"), node},
              {}, 10000);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("not a regular file"), run.err.constData());
    QVERIFY2(run.err.contains(QFile::encodeName(node)), run.err.constData());
    QCOMPARE(fileTypeOf(node), type);
    // Nothing left beside it.
    QCOMPARE(QDir(dir.path())
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
                 .size(),
             2);
    // Through a link to it: the same.
    const QString link = dir.filePath(QStringLiteral("link.png"));
    QVERIFY(QFile::link(node, link));
    QCOMPARE(
        qmctl({QStringLiteral("ply"), QStringLiteral("render"), ply, QStringLiteral("-o"), link},
              {}, 10000)
            .exitCode,
        3);
    QCOMPARE(fileTypeOf(node), type);
}

void TestQmctlSafety::outputsAreWrittenThroughLinks()
{
    QTemporaryDir dir;
    const QString ply = writePly(dir.filePath(QStringLiteral("good.ply")));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("pictures")));
    const QString target = dir.filePath(QStringLiteral("pictures/sample.png"));
    qm::test::writeAll(target, "an older picture");
    QVERIFY(::chmod(QFile::encodeName(target).constData(), 0640) == 0);
    const QString link = dir.filePath(QStringLiteral("sample.png"));
    QVERIFY(QFile::link(target, link));
    const Run run =
        qmctl({QStringLiteral("ply"), QStringLiteral("render"), ply, QStringLiteral("-o"), link,
               QStringLiteral("--size"), QStringLiteral("64x48")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(QImage(target).size(), QSize(64, 48));
    struct stat status = {};
    QCOMPARE(::stat(QFile::encodeName(target).constData(), &status), 0);
    QCOMPARE(status.st_mode & 07777, 0640u);
}

void TestQmctlSafety::inputsThatAreNotRegularFilesAreRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("arguments"); // INPUT stands for the special file
    const QString input = QStringLiteral("INPUT");
    for (const char *kind : {"fifo", "zero device"}) {
        QTest::addRow("check, %s", kind)
            << QString::fromLatin1(kind) << QStringList{QStringLiteral("check"), input};
        QTest::addRow("check --fix --yes, %s", kind)
            << QString::fromLatin1(kind)
            << QStringList{QStringLiteral("check"), QStringLiteral("--fix"),
                           QStringLiteral("--yes"), input};
        QTest::addRow("config dump, %s", kind)
            << QString::fromLatin1(kind)
            << QStringList{QStringLiteral("config"), QStringLiteral("dump"), input};
        QTest::addRow("ply info, %s", kind)
            << QString::fromLatin1(kind)
            << QStringList{QStringLiteral("ply"), QStringLiteral("info"), input};
        QTest::addRow("ply render, %s", kind)
            << QString::fromLatin1(kind)
            << QStringList{QStringLiteral("ply"), QStringLiteral("render"), input,
                           QStringLiteral("-o"), QStringLiteral("OUT")};
    }
}

void TestQmctlSafety::inputsThatAreNotRegularFilesAreRefused()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("distributed_hosts.yaml"));
    if (!makeSpecialFile(kind, input))
        QSKIP("this system does not let the test make one (a device needs root)");
    arguments.replaceInStrings(QStringLiteral("INPUT"), input);
    arguments.replaceInStrings(QStringLiteral("OUT"), dir.filePath(QStringLiteral("out.png")));
    // Today's qmctl blocked in open() on the FIFO for ever (killed here after 10 s).
    const Run run = qmctl(arguments, {}, 10000);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(text(run).contains(QStringLiteral("not a regular file")), qPrintable(text(run)));
    // Within a second of work: the rest is starting the program on a busy machine.
    QVERIFY2(run.elapsedMs < 3000, qPrintable(QString::number(run.elapsedMs)));
    QCOMPARE(fileTypeOf(input), kind == QLatin1String("fifo") ? mode_t(S_IFIFO) : mode_t(S_IFCHR));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out.png"))));
}

void TestQmctlSafety::protectedRootsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    const auto add = [](const char *name, const QStringList &arguments) {
        QTest::newRow(name) << arguments;
    };
    const QString days = QStringLiteral("--older-than");
    add("cleanup /", {QStringLiteral("add"), QStringLiteral("cleanup"), QStringLiteral("/"), days,
                      QStringLiteral("0"), QStringLiteral("--yes")});
    add("cleanup /usr", {QStringLiteral("add"), QStringLiteral("cleanup"), QStringLiteral("/usr"),
                         days, QStringLiteral("0"), QStringLiteral("--yes")});
    add("cleanup /etc/ssh",
        {QStringLiteral("add"), QStringLiteral("cleanup"), QStringLiteral("/etc/ssh"), days,
         QStringLiteral("0"), QStringLiteral("--yes")});
    add("cleanup /usr/../", {QStringLiteral("add"), QStringLiteral("cleanup"),
                             QStringLiteral("/usr/../"), days, QStringLiteral("0")});
    add("cleanup /home", {QStringLiteral("add"), QStringLiteral("cleanup"), QStringLiteral("/home"),
                          days, QStringLiteral("0")});
    add("cleanup /home/someone", {QStringLiteral("add"), QStringLiteral("cleanup"),
                                  QStringLiteral("/home/someone"), days, QStringLiteral("0")});
    add("cleanup HOME", {QStringLiteral("add"), QStringLiteral("cleanup"), QStringLiteral("HOME"),
                         days, QStringLiteral("0"), QStringLiteral("--yes")});
    add("cleanup, another folder allowed",
        {QStringLiteral("add"), QStringLiteral("cleanup"), QStringLiteral("/usr"), days,
         QStringLiteral("0"), QStringLiteral("--allow-protected-root"),
         QStringLiteral("/usr/share")});
    add("archive /", {QStringLiteral("add"), QStringLiteral("archive"), QStringLiteral("/"), days,
                      QStringLiteral("0"), QStringLiteral("--yes")});
    add("archive HOME", {QStringLiteral("add"), QStringLiteral("archive"), QStringLiteral("HOME"),
                         days, QStringLiteral("0"), QStringLiteral("--yes")});
    add("sync --delete into /",
        {QStringLiteral("add"), QStringLiteral("sync"), QStringLiteral("EMPTY"),
         QStringLiteral("/"), QStringLiteral("--delete"), QStringLiteral("--max-delete"),
         QStringLiteral("100000"), QStringLiteral("--yes")});
    add("sync --delete into HOME",
        {QStringLiteral("add"), QStringLiteral("sync"), QStringLiteral("EMPTY"),
         QStringLiteral("HOME"), QStringLiteral("--delete"), QStringLiteral("--max-delete"),
         QStringLiteral("0")});
}

void TestQmctlSafety::protectedRootsAreRefused()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    const QString home = dir.filePath(QStringLiteral("home"));
    const QString empty = dir.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(home) && QDir().mkpath(empty));
    qm::test::writeAll(home + QStringLiteral("/notes.txt"), "mine");
    arguments.replaceInStrings(QStringLiteral("HOME"), home);
    arguments.replaceInStrings(QStringLiteral("EMPTY"), empty);
    const QString data = dir.filePath(QStringLiteral("data"));
    // Today's qmctl planned "Would move 390,007 files (19.5 GiB) under / to the trash"
    // and, with --yes, queued it.
    const Run run = qmctl(QStringList{QStringLiteral("jobs")} + arguments +
                              QStringList{QStringLiteral("--data-dir"), data},
                          home, 20000);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("Refusing to act on"), run.err.constData());
    QVERIFY2(run.err.contains("--allow-protected-root"), run.err.constData());
    QVERIFY(!run.out.contains("Would move"));
    const Run listed = qmctl(
        {QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--data-dir"), data}, home);
    QVERIFY2(listed.out.startsWith("no jobs"), listed.out.constData());
    QVERIFY(QFile::exists(home + QStringLiteral("/notes.txt")));
}

void TestQmctlSafety::aMountPointNeedsItsOwnName()
{
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("drive"));
    QVERIFY(QDir().mkpath(mountPoint));
    if (::mount("none", QFile::encodeName(mountPoint).constData(), "tmpfs", 0, "size=4m") != 0)
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here: %1")
                             .arg(QString::fromLocal8Bit(std::strerror(errno)))));
    const auto unmount =
        qScopeGuard([&] { ::umount2(QFile::encodeName(mountPoint).constData(), MNT_DETACH); });
    for (int i = 0; i < 3; ++i)
        qm::test::writeAll(mountPoint + QStringLiteral("/f%1.bin").arg(i), "data");
    const QString data = dir.filePath(QStringLiteral("data"));
    const QStringList add = {QStringLiteral("jobs"),         QStringLiteral("add"),
                             QStringLiteral("cleanup"),      mountPoint,
                             QStringLiteral("--older-than"), QStringLiteral("0"),
                             QStringLiteral("--data-dir"),   data};
    Run run = qmctl(add);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("mounted"), run.err.constData());
    // Named, it is planned, and queued with --yes.
    const QStringList allow = {QStringLiteral("--allow-protected-root"), mountPoint};
    run = qmctl(add + allow);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Would move 3 files"), run.out.constData());
    run = qmctl(add + allow + QStringList{QStringLiteral("--yes")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.startsWith("queued job 1"), run.out.constData());

    // The samples of a miner whose ply_files is a drive of its own: the same rule.
    const QString miner = dir.filePath(QStringLiteral("miner"));
    QVERIFY(QDir().mkpath(miner + QStringLiteral("/ply_files")));
    const QString plyFiles = miner + QStringLiteral("/ply_files");
    QVERIFY(::mount("none", QFile::encodeName(plyFiles).constData(), "tmpfs", 0, "size=4m") == 0);
    const auto unmountSamples =
        qScopeGuard([&] { ::umount2(QFile::encodeName(plyFiles).constData(), MNT_DETACH); });
    QVERIFY(QDir().mkpath(plyFiles + QStringLiteral("/rejected_samples")));
    writePly(plyFiles + QStringLiteral("/rejected_samples/g1_aaaa.ply"));
    const QStringList clean = {QStringLiteral("samples"),      QStringLiteral("clean"),
                               QStringLiteral("--miner-dir"),  miner,
                               QStringLiteral("--older-than"), QStringLiteral("0")};
    run = qmctl(clean);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("Refusing to act on"), run.err.constData());
    run = qmctl(clean + QStringList{QStringLiteral("--allow-protected-root"), plyFiles});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Would move 1 file"), run.out.constData());
}

void TestQmctlSafety::theHomeFolderNeedsItsOwnName()
{
    QTemporaryDir dir;
    const QString home = dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home + QStringLiteral("/logs")));
    qm::test::writeAll(home + QStringLiteral("/logs/old.log"), "old");
    const QString data = dir.filePath(QStringLiteral("data"));
    const QStringList add = {
        QStringLiteral("jobs"),         QStringLiteral("add"), QStringLiteral("cleanup"),    home,
        QStringLiteral("--older-than"), QStringLiteral("0"),   QStringLiteral("--data-dir"), data};
    QCOMPARE(qmctl(add, home).exitCode, 2);
    // A folder inside it is not protected; the home itself, named, is allowed.
    Run run = qmctl({QStringLiteral("jobs"), QStringLiteral("add"), QStringLiteral("cleanup"),
                     home + QStringLiteral("/logs"), QStringLiteral("--older-than"),
                     QStringLiteral("0"), QStringLiteral("--data-dir"), data},
                    home);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = qmctl(add + QStringList{QStringLiteral("--allow-protected-root"), home + u'/'}, home);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Would move 1 file"), run.out.constData());
}

QTEST_GUILESS_MAIN(TestQmctlSafety)
#include "tst_qmctlsafety.moc"
