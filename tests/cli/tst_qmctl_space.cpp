// `qmctl space`: the real binary on a generated tree, its JSON shape and exit codes.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

/// Exit code and standard output of qmctl with `arguments`.
QPair<int, QByteArray> space(const QStringList &arguments)
{
    QProcess process;
    process.start(qEnvironmentVariable("QMCTL"), QStringList{QStringLiteral("space")} + arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
        return {-1, {}};
    return {process.exitCode(), process.readAllStandardOutput()};
}

bool writeFile(const QString &path, qint64 bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QByteArray(bytes, 'q')) == bytes;
}

} // namespace

class TestQmctlSpace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonShape();
    void textTable();
    void badInput();
};

void TestQmctlSpace::jsonShape()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("small/a.txt")), 10));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("big/b.bin")), 3000));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("big/inner/c.bin")), 1000));
    const auto [code, out] = space({dir.path(), QStringLiteral("--format"), QStringLiteral("json"),
                                    QStringLiteral("--depth"), QStringLiteral("2"),
                                    QStringLiteral("--top"), QStringLiteral("2")});
    QCOMPARE(code, 0);
    const QJsonObject document = QJsonDocument::fromJson(out).object();
    QCOMPARE(document.value(QStringLiteral("schemaVersion")).toInt(), 1);
    QCOMPARE(document.value(QStringLiteral("path")).toString(), dir.path());
    QCOMPARE(document.value(QStringLiteral("sizeBytes")).toInteger(), 4010);
    QCOMPARE(document.value(QStringLiteral("files")).toInteger(), 3);
    const QJsonArray children = document.value(QStringLiteral("children")).toArray();
    QCOMPARE(children.size(), 2);
    const QJsonObject big = children.at(0).toObject();
    QCOMPARE(big.value(QStringLiteral("name")).toString(), QStringLiteral("big"));
    QCOMPARE(big.value(QStringLiteral("sizeBytes")).toInteger(), 4000);
    QCOMPARE(big.value(QStringLiteral("files")).toInteger(), 2);
    QVERIFY(big.value(QStringLiteral("newestAt")).toString().endsWith(QLatin1Char('Z')));
    QVERIFY(big.value(QStringLiteral("oldestAt")).isString());
    const QJsonArray inner = big.value(QStringLiteral("children")).toArray();
    QCOMPARE(inner.size(), 1);
    QCOMPARE(inner.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("inner"));
    QVERIFY(inner.at(0).toObject().value(QStringLiteral("children")).isNull()); // below --depth
    QCOMPARE(children.at(1).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("small"));
    const QJsonArray largest = document.value(QStringLiteral("largestFiles")).toArray();
    QCOMPARE(largest.size(), 2);
    QCOMPARE(largest.at(0).toObject().value(QStringLiteral("path")).toString(),
             dir.filePath(QStringLiteral("big/b.bin")));
}

void TestQmctlSpace::textTable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("only/x.bin")), 2048));
    const auto [code, out] = space({dir.path()});
    QCOMPARE(code, 0);
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3); // header, the root, its folder
    QVERIFY(lines.at(0).contains("Size"));
    QVERIFY(lines.at(2).contains("only"));
    QVERIFY(lines.at(2).contains("100"));
}

void TestQmctlSpace::badInput()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(space({}).first, 2);
    QCOMPARE(space({dir.path(), QStringLiteral("--depth"), QStringLiteral("0")}).first, 2);
    const auto [code, out] =
        space({dir.filePath(QStringLiteral("missing")), QStringLiteral("--format=json")});
    QCOMPARE(code, 2);
    QVERIFY(QJsonDocument::fromJson(out).object().value(QStringLiteral("error")).isObject());
    // A host that no config names: refused before anything is run.
    QCOMPARE(space({QStringLiteral("nowhere.invalid:/data")}).first, 2);
}

QTEST_GUILESS_MAIN(TestQmctlSpace)
#include "tst_qmctl_space.moc"
