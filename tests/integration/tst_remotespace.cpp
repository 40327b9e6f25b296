// `qmctl space HOST:PATH` against a real sshd on 127.0.0.1: the streamed `find` listing
// of a host gives the same folder sizes, file counts and times as the scan of the same
// folder on this machine — a hard link counted once, a name holding a newline, a
// symbolic link not followed — and a host path that does not exist says so.

#include "jobstestbase.h"

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
    for (qsizetype i = 0; i < thereChildren.size(); ++i) {
        const QJsonObject a = thereChildren[i].toObject();
        const QJsonObject b = hereChildren[i].toObject();
        for (const char *key : {"name", "sizeBytes", "files", "newestAt", "oldestAt"})
            QCOMPARE(a.value(QLatin1String(key)), b.value(QLatin1String(key)));
    }
    // Largest first: the folder holding big.npz.
    QCOMPARE(thereChildren[0].toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("2024"));
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
