#include "config/configfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestConfigFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheFixture();
    void errorsNameTheProblem();
    void rejectsOversizedFiles();
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
