// `qmctl space HOST:PATH` against a real sshd on 127.0.0.1: the streamed `find` listing
// of a host gives the same folder sizes, file counts and times as the scan of the same
// folder on this machine — a hard link counted once, a name holding a newline, a
// symbolic link not followed — and a host path that does not exist says so.

#include "jobstestbase.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

using namespace jobstest;

class TestRemoteSpace : public JobsTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startServers(); }
    void init() { newCase(); }
    void aHostsFolderReadsAsTheSameFolderHere();
    void aMissingFolderOnAHost();

private:
    Run space(const QStringList &arguments) const
    {
        QProcess process;
        process.start(qmctlPath(),
                      QStringList{QStringLiteral("space")} + arguments +
                          QStringList{QStringLiteral("--ssh-config"), m_server.clientConfig(),
                                      QStringLiteral("--known-hosts"), m_server.knownHosts(),
                                      QStringLiteral("--format"), QStringLiteral("json")});
        process.waitForFinished(120'000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }
};

void TestRemoteSpace::aHostsFolderReadsAsTheSameFolderHere()
{
    const QString root = path(QStringLiteral("imports"));
    writeRandom(root + QStringLiteral("/2024/big.npz"), 300'000);
    writeRandom(root + QStringLiteral("/2024/small.npz"), 1'000);
    writeRandom(root + QStringLiteral("/2025/a.ply"), 50'000);
    writeRandom(root + QStringLiteral("/2025/line\nbreak.ply"), 7'000);
    QVERIFY(::link(QFile::encodeName(root + QStringLiteral("/2024/big.npz")).constData(),
                   QFile::encodeName(root + QStringLiteral("/2025/big-again.npz")).constData()) ==
            0);
    QVERIFY(QFile::link(root + QStringLiteral("/2024"), root + QStringLiteral("/2025/loop")));
    const QString config = writeConfig(0);

    const Run local = space({root, QStringLiteral("--depth"), QStringLiteral("2")});
    QVERIFY2(local.exitCode == 0, local.err.constData());
    const Run remote = space({QStringLiteral("node-a:") + root, QStringLiteral("--depth"),
                              QStringLiteral("2"), QStringLiteral("--config"), config});
    QVERIFY2(remote.exitCode == 0, remote.err.constData());
    const QJsonObject here = QJsonDocument::fromJson(local.out).object();
    const QJsonObject there = QJsonDocument::fromJson(remote.out).object();
    // The hard link once, the symbolic link not at all: 358,000 bytes in 4 files.
    QCOMPARE(there.value(QStringLiteral("sizeBytes")).toInteger(), 358'000);
    QCOMPARE(there.value(QStringLiteral("files")).toInteger(), 4);
    QCOMPARE(there.value(QStringLiteral("sizeBytes")), here.value(QStringLiteral("sizeBytes")));
    QCOMPARE(there.value(QStringLiteral("files")), here.value(QStringLiteral("files")));
    const QJsonArray thereChildren = there.value(QStringLiteral("children")).toArray();
    const QJsonArray hereChildren = here.value(QStringLiteral("children")).toArray();
    QCOMPARE(thereChildren.size(), 2);
    QCOMPARE(thereChildren.size(), hereChildren.size());
    // The hard link is counted once, in whichever folder the walk reached first: the two
    // walks may credit different folders (and so order them differently), never count it
    // twice or lose it.
    QHash<QString, QJsonObject> hereByName;
    for (const QJsonValue child : hereChildren)
        hereByName.insert(child[QStringLiteral("name")].toString(), child.toObject());
    for (const QJsonValue child : thereChildren) {
        const QJsonObject a = child.toObject();
        const QString name = a.value(QStringLiteral("name")).toString();
        QVERIFY2(hereByName.contains(name), qPrintable(name));
        const QJsonObject b = hereByName.value(name);
        const qint64 bytes = a.value(QStringLiteral("sizeBytes")).toInteger() -
                             b.value(QStringLiteral("sizeBytes")).toInteger();
        const qint64 files = a.value(QStringLiteral("files")).toInteger() -
                             b.value(QStringLiteral("files")).toInteger();
        QVERIFY2((bytes == 0 && files == 0) || (bytes == 300'000 && files == 1) ||
                     (bytes == -300'000 && files == -1),
                 qPrintable(name));
        if (bytes == 0)
            QCOMPARE(a.value(QStringLiteral("oldestAt")), b.value(QStringLiteral("oldestAt")));
    }
    // Largest first.
    QVERIFY(thereChildren[0].toObject().value(QStringLiteral("sizeBytes")).toInteger() >=
            thereChildren[1].toObject().value(QStringLiteral("sizeBytes")).toInteger());
}

void TestRemoteSpace::aMissingFolderOnAHost()
{
    const QString config = writeConfig(0);
    const Run remote = space({QStringLiteral("node-a:") + path(QStringLiteral("gone")),
                              QStringLiteral("--config"), config});
    QVERIFY(remote.exitCode != 0);
    // It names the folder it could not list.
    const QByteArray said = QByteArray(remote.out) + remote.err;
    QVERIFY2(said.contains("gone"), said.constData());
}

QTEST_GUILESS_MAIN(TestRemoteSpace)
#include "tst_remotespace.moc"
