#include "core/config/configfile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>

class TestConfigFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheFixture();
    void errorsNameTheProblem();
    void rejectsOversizedFiles();
    void refusesWhatIsNotARegularFile_data();
    void refusesWhatIsNotARegularFile();
    void countsLines_data();
    void countsLines();
};

void TestConfigFile::readsTheFixture()
{
    const QString path =
        QStringLiteral(QM_SOURCE_DIR "/tests/data/distributed_hosts.template.yaml");
    if (!QFile::exists(path))
        QFAIL("tests/data/distributed_hosts.template.yaml is missing");
    const qm::ConfigFileContents contents = qm::readConfigFile(path);
    QVERIFY2(contents.ok(), qPrintable(contents.error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(contents.bytes, file.readAll()); // byte-identical
    QCOMPARE(contents.lineCount(), 230);
}

void TestConfigFile::errorsNameTheProblem()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.yaml"));
    qm::ConfigFileContents contents = qm::readConfigFile(missing);
    QVERIFY(!contents.ok());
    QVERIFY(contents.error.contains(QStringLiteral("does not exist")));
    QVERIFY(contents.error.contains(missing));

    contents = qm::readConfigFile(dir.path());
    QVERIFY(contents.error.contains(QStringLiteral("folder")));

    const QString binary = dir.filePath(QStringLiteral("binary.yaml"));
    QFile file(binary);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromHex("686f7374733a0a2020fffe0062616400"));
    file.close();
    contents = qm::readConfigFile(binary);
    QVERIFY(contents.error.contains(QStringLiteral("UTF-8")));
    QVERIFY(contents.bytes.isEmpty());
}

void TestConfigFile::refusesWhatIsNotARegularFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("FIFO without a writer") << QStringLiteral("FIFO");
    QTest::newRow("character device") << QStringLiteral("character device");
}

void TestConfigFile::refusesWhatIsNotARegularFile()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("distributed_hosts.yaml"));
    const QByteArray name = QFile::encodeName(path);
    const bool made = kind == QLatin1String("FIFO")
                          ? ::mkfifo(name.constData(), 0644) == 0
                          : ::mknod(name.constData(), S_IFCHR | 0666, makedev(1, 5)) == 0; // zero
    if (!made)
        QSKIP("this system does not let the test make one");
    // Today's reader blocked in open() for ever on the FIFO and read /dev/zero's 16 MiB.
    QElapsedTimer clock;
    clock.start();
    const qm::ConfigFileContents contents = qm::readConfigFile(path);
    QVERIFY2(clock.elapsed() < 1000, "the read waited");
    QVERIFY(!contents.ok());
    QVERIFY2(contents.error.contains(QStringLiteral("not a regular file")),
             qPrintable(contents.error));
    QVERIFY2(contents.error.contains(kind), qPrintable(contents.error));
}

void TestConfigFile::rejectsOversizedFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(qm::kMaxConfigFileBytes + 1)); // sparse: costs no disk
    file.close();
    const qm::ConfigFileContents contents = qm::readConfigFile(path);
    QVERIFY(!contents.ok());
    QVERIFY(contents.error.contains(QString::number(qm::kMaxConfigFileBytes)));
}

void TestConfigFile::countsLines_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("lines");
    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("one line with newline") << QByteArray("a: 1\n") << 1;
    QTest::newRow("no final newline") << QByteArray("a: 1\nb: 2") << 2;
    QTest::newRow("CRLF") << QByteArray("a: 1\r\nb: 2\r\n") << 2;
}

void TestConfigFile::countsLines()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, lines);
    qm::ConfigFileContents contents;
    contents.bytes = bytes;
    QCOMPARE(contents.lineCount(), lines);
}

QTEST_GUILESS_MAIN(TestConfigFile)
#include "tst_configfile.moc"
