// Reading and writing the files a person names: a FIFO, a device, a socket or a folder
// is refused at once (never waited on, never replaced), a regular file is read whole
// or noticed changing, and a write is atomic, verified, through links, keeping mode.

#include "core/fsutil/inputfile.h"
#include "core/fsutil/userfile.h"
#include "testfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

using namespace qm;
using namespace qm::test;

namespace {

const mode_t kTypes[] = {S_IFIFO, S_IFCHR, S_IFDIR, S_IFSOCK};

} // namespace

class TestFsUtil : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void specialFilesAreNotOpened_data();
    void specialFilesAreNotOpened();
    void readsARegularFile();
    void noticesAChangeWhileReading_data();
    void noticesAChangeWhileReading();
    void specialFilesAreNeverReplaced_data();
    void specialFilesAreNeverReplaced();
    void writesThroughLinksKeepingMode();
    void newFilesFollowTheUmask();
    void aFailedWriteLeavesTheOldFile();
};

void TestFsUtil::specialFilesAreNotOpened_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("FIFO with no writer") << QStringLiteral("fifo") << QStringLiteral("FIFO");
    QTest::newRow("character device")
        << QStringLiteral("character device") << QStringLiteral("character device");
    QTest::newRow("socket") << QStringLiteral("socket") << QStringLiteral("socket");
    QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("folder");
}

void TestFsUtil::specialFilesAreNotOpened()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input"));
    if (!makeSpecialFile(kind, path))
        QSKIP("this system does not let the test make one");
    InputFile file;
    QString error;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!file.open(path, &error));
    QVERIFY2(clock.elapsed() < 1000, "the open waited");
    QVERIFY(!file.isOpen());
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error));
    if (kind != QLatin1String("folder"))
        QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));
}

void TestFsUtil::readsARegularFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.yaml"));
    writeAll(path, "hosts: {}\n");
    InputFile file;
    QString error;
    QVERIFY2(file.open(path, &error), qPrintable(error));
    QCOMPARE(file.size(), 10);
    QCOMPARE(file.readAll(100, &error).value_or(QByteArray()), QByteArray("hosts: {}\n"));
    bool tooLarge = false;
    QVERIFY(!file.readAll(5, &error, &tooLarge));
    QVERIFY(tooLarge);
    QVERIFY(file.unchanged());
    // Through a link, too.
    const QString link = dir.filePath(QStringLiteral("link.yaml"));
    QVERIFY(QFile::link(path, link));
    QVERIFY(file.open(link, &error));
    QVERIFY(!file.open(dir.filePath(QStringLiteral("none")), &error));
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
}

void TestFsUtil::noticesAChangeWhileReading_data()
{
    QTest::addColumn<QByteArray>("after");
    QTest::newRow("truncated") << QByteArray("0123");
    QTest::newRow("grown") << QByteArray("0123456789 and more");
    QTest::newRow("rewritten, same size") << QByteArray("9876543210");
}

void TestFsUtil::noticesAChangeWhileReading()
{
    QFETCH(QByteArray, after);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f"));
    writeAll(path, "0123456789");
    InputFile file;
    QString error;
    QVERIFY(file.open(path, &error));
    // A later modification time, as a writer coming along leaves it.
    QTest::qWait(20);
    {
        QFile rewrite(path);
        QVERIFY(rewrite.open(QIODevice::ReadWrite));
        QVERIFY(rewrite.resize(0));
        QCOMPARE(rewrite.write(after), after.size());
    }
    QVERIFY(!file.unchanged());
    QVERIFY(!file.readAll(1000, &error));
    QVERIFY2(error.contains(InputFile::changedWhileReadMessage()), qPrintable(error));
}

void TestFsUtil::specialFilesAreNeverReplaced_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("type");
    QTest::newRow("FIFO") << QStringLiteral("fifo") << int(kTypes[0]);
    QTest::newRow("character device") << QStringLiteral("character device") << int(kTypes[1]);
    QTest::newRow("folder") << QStringLiteral("folder") << int(kTypes[2]);
    QTest::newRow("socket") << QStringLiteral("socket") << int(kTypes[3]);
}

void TestFsUtil::specialFilesAreNeverReplaced()
{
    QFETCH(QString, kind);
    QFETCH(int, type);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out"));
    if (!makeSpecialFile(kind, path))
        QSKIP("this system does not let the test make one");
    const UserFileTarget target = userFileTarget(path);
    QVERIFY(!target.ok());
    QVERIFY2(target.error.contains(QStringLiteral("not a regular file")), qPrintable(target.error));
    const UserFileWrite written = writeUserFile(path, "png bytes");
    QVERIFY(!written.ok());
    QCOMPARE(int(fileTypeOf(path)), type);
    // Through a link to it, the same.
    const QString link = dir.filePath(QStringLiteral("link"));
    QVERIFY(QFile::link(path, link));
    QVERIFY(!writeUserFile(link, "png bytes").ok());
    QCOMPARE(int(fileTypeOf(path)), type);
    QVERIFY(QFileInfo(link).isSymLink());
    // Nothing was left beside it.
    QCOMPARE(QDir(dir.path())
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
                 .size(),
             2);
}

void TestFsUtil::writesThroughLinksKeepingMode()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("real")));
    const QString target = dir.filePath(QStringLiteral("real/out.png"));
    const QString link = dir.filePath(QStringLiteral("out.png"));
    writeAll(target, "old");
    QVERIFY(::chmod(QFile::encodeName(target).constData(), 0640) == 0);
    QVERIFY(QFile::link(target, link));
    const UserFileWrite written = writeUserFile(link, "new picture");
    QVERIFY2(written.ok(), qPrintable(written.error));
    QCOMPARE(written.path, QFileInfo(target).canonicalFilePath());
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(readAll(target), QByteArray("new picture"));
    struct stat status = {};
    QCOMPARE(::stat(QFile::encodeName(target).constData(), &status), 0);
    QCOMPARE(status.st_mode & 07777, 0640u);

    // A dangling link: the file it names is created, the link kept.
    const QString dangling = dir.filePath(QStringLiteral("later.png"));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("real/later.png")), dangling));
    QVERIFY(writeUserFile(dangling, "made").ok());
    QVERIFY(QFileInfo(dangling).isSymLink());
    QCOMPARE(readAll(dir.filePath(QStringLiteral("real/later.png"))), QByteArray("made"));
    QCOMPARE(
        QDir(dir.filePath(QStringLiteral("real"))).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestFsUtil::newFilesFollowTheUmask()
{
    QTemporaryDir dir;
    const mode_t old = ::umask(027);
    const UserFileWrite written = writeUserFile(dir.filePath(QStringLiteral("new")), "x");
    ::umask(old);
    QVERIFY2(written.ok(), qPrintable(written.error));
    struct stat status = {};
    QCOMPARE(::stat(QFile::encodeName(written.path).constData(), &status), 0);
    QCOMPARE(status.st_mode & 07777, 0640u);
}

namespace {
ssize_t fullDisk(int, const void *, size_t)
{
    errno = ENOSPC;
    return -1;
}
} // namespace

void TestFsUtil::aFailedWriteLeavesTheOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.png"));
    writeAll(path, "old");
    SaveFileOps ops = SaveFileOps::system();
    ops.write = &fullDisk;
    const UserFileWrite written = writeUserFile(path, "new", ops);
    QVERIFY(!written.ok());
    QVERIFY2(written.error.contains(QStringLiteral("No space left")), qPrintable(written.error));
    QCOMPARE(readAll(path), QByteArray("old"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

QTEST_GUILESS_MAIN(TestFsUtil)
#include "tst_fsutil.moc"
