// Saving a config: backup, atomic replace, read-back, symlinks, mode and owner, and a
// failure at any step leaves the original untouched.

#include "core/config/configsave.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

using qm::test::readAll;
using qm::test::writeAll;

namespace {

// Failure injection: the call numbered g_failingCall (1-based, counted separately for
// write and fsync) fails as a full disk or a failing drive would make it fail.
int g_writeCalls = 0;
int g_syncCalls = 0;
int g_failingCall = 0;

ssize_t fullDisk(int fd, const void *data, size_t size)
{
    if (++g_writeCalls < g_failingCall)
        return ::write(fd, data, size);
    if (g_writeCalls == g_failingCall && size > 10)
        return ::write(fd, data, 10); // a short write first, as a nearly full tmpfs gives
    errno = ENOSPC;
    return -1;
}

int failingSync(int fd)
{
    if (++g_syncCalls != g_failingCall)
        return ::fsync(fd);
    errno = EIO;
    return -1;
}

QStringList entries(const QString &directory)
{
    return QDir(directory).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

const QDateTime kNow(QDate(2026, 11, 22), QTime(20, 15, 7));
const QByteArray kOld = "hosts:  # mine\r\n  a: {status: ready}\r\n";
const QByteArray kNew = "hosts:  # mine\r\n  a: {status: disabled}\r\n";

} // namespace

class TestConfigSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesWithBackup();
    void unchangedWritesNothing();
    void backupsOfOneSecondDoNotCollide();
    void savesThroughSymlink();
    void keepsModeAndOwner();
    void failures_data();
    void failures();
};

void TestConfigSave::savesWithBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("distributed_hosts.yaml"));
    writeAll(path, kOld);
    const qm::ConfigSaveResult result = qm::saveConfigFile(path, kNew, kNow);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(readAll(path), kNew);
    const QString backup =
        dir.filePath(QStringLiteral(".config_backups/distributed_hosts_20261122_201507.yaml"));
    QCOMPARE(result.backupPath, backup);
    QCOMPARE(readAll(backup), kOld);
    struct stat status = {};
    QCOMPARE(::stat(QFile::encodeName(backup).constData(), &status), 0);
    QCOMPARE(status.st_mode & 07777, 0600u);
    QCOMPARE(::stat(QFile::encodeName(dir.filePath(QStringLiteral(".config_backups"))).constData(),
                    &status),
             0);
    QCOMPARE(status.st_mode & 0777, 0700u);
    // No temporary file is left beside the config.
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("distributed_hosts.yaml")});
}

void TestConfigSave::unchangedWritesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.yaml"));
    writeAll(path, kOld);
    const qm::ConfigSaveResult result = qm::saveConfigFile(path, kOld, kNow);
    QVERIFY(result.ok());
    QVERIFY(result.unchanged);
    QVERIFY(result.backupPath.isEmpty());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral(".config_backups"))));
    QCOMPARE(readAll(path), kOld);
}

void TestConfigSave::backupsOfOneSecondDoNotCollide()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.yaml"));
    writeAll(path, "one\n");
    QVERIFY(qm::saveConfigFile(path, "two\n", kNow).ok());
    const qm::ConfigSaveResult second = qm::saveConfigFile(path, "three\n", kNow);
    QVERIFY(second.ok());
    QVERIFY(second.backupPath.endsWith(QLatin1String("c_20261122_201507_2.yaml")));
    QCOMPARE(readAll(second.backupPath), QByteArray("two\n"));
    QCOMPARE(readAll(dir.filePath(QStringLiteral(".config_backups/c_20261122_201507.yaml"))),
             QByteArray("one\n"));
}

void TestConfigSave::savesThroughSymlink()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("real")));
    const QString target = dir.filePath(QStringLiteral("real/distributed_hosts.yaml"));
    const QString link = dir.filePath(QStringLiteral("distributed_hosts.yaml"));
    writeAll(target, kOld);
    QVERIFY(QFile::link(target, link));
    const qm::ConfigSaveResult result = qm::saveConfigFile(link, kNew, kNow);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.savedPath, QFileInfo(target).canonicalFilePath());
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(readAll(target), kNew);
    // The backup sits beside the path the user opened.
    QCOMPARE(readAll(dir.filePath(
                 QStringLiteral(".config_backups/distributed_hosts_20261122_201507.yaml"))),
             kOld);
}

void TestConfigSave::keepsModeAndOwner()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.yaml"));
    writeAll(path, kOld);
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0640), 0);
    const bool root = ::geteuid() == 0;
    if (root) // give it to nobody (65534), as a shared config owned by a service account
        QCOMPARE(::chown(QFile::encodeName(path).constData(), 65534, 65534), 0);
    const qm::ConfigSaveResult result = qm::saveConfigFile(path, kNew, kNow);
    QVERIFY2(result.ok(), qPrintable(result.error));
    struct stat status = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
    QCOMPARE(status.st_mode & 07777, 0640u);
    if (root) {
        QCOMPARE(status.st_uid, 65534u);
        QCOMPARE(status.st_gid, 65534u);
    }
    QCOMPARE(readAll(path), kNew);
}

void TestConfigSave::failures_data()
{
    QTest::addColumn<bool>("diskFull");
    QTest::addColumn<int>("failingCall");
    QTest::addColumn<QString>("expected");
    // Calls in order: write backup (1), fsync backup (1), fsync backup folder (2),
    // write new file (2), fsync new file (3).
    QTest::newRow("full disk writing the backup") << true << 1 << QStringLiteral("backup failed");
    QTest::newRow("full disk writing the new file")
        << true << 2 << QStringLiteral("No space left on device");
    QTest::newRow("fsync of the backup fails") << false << 1 << QStringLiteral("backup failed");
    QTest::newRow("fsync of the new file fails") << false << 3 << QStringLiteral("(fsync)");
}

void TestConfigSave::failures()
{
    QFETCH(bool, diskFull);
    QFETCH(int, failingCall);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.yaml"));
    writeAll(path, kOld);
    qm::SaveFileOps ops = qm::SaveFileOps::system();
    if (diskFull)
        ops.write = &fullDisk;
    else
        ops.fsync = &failingSync;
    g_writeCalls = g_syncCalls = 0;
    g_failingCall = failingCall;
    const qm::ConfigSaveResult result = qm::saveConfigFile(path, kNew, kNow, ops);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("c.yaml was not changed")),
             qPrintable(result.error));
    QVERIFY(result.backupPath.isEmpty());
    QCOMPARE(readAll(path), kOld);
    // Neither a temporary file nor a backup of a save that did not happen is left.
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("c.yaml")});
    QCOMPARE(entries(dir.filePath(QStringLiteral(".config_backups"))), QStringList());
}

QTEST_GUILESS_MAIN(TestConfigSave)
#include "tst_configsave.moc"
