// Archive and cleanup jobs end to end through qmctl. Without --yes `add` prints the
// plan and queues nothing; the executed job removes exactly the files of that plan;
// a symbolic link out of the root is never followed. On a host (a real sshd on
// 127.0.0.1), a cleanup moves files into the quarantine folder of the root, keeps a
// file that changed since the plan, and a later --empty-quarantine deletes them. A
// protected folder of a host (/, a system folder, a drive's root) is refused unless named.

#include "core/units/datasize.h"
#include "jobstestbase.h"

#include <QSet>

#include <sys/mount.h>
#include <sys/time.h>

using namespace jobstest;

namespace {

void makeOld(const QString &path, int days)
{
    const qint64 when = QDateTime::currentSecsSinceEpoch() - qint64(days) * 86400;
    const timeval times[2] = {{time_t(when), 0}, {time_t(when), 0}};
    QVERIFY(utimes(QFile::encodeName(path).constData(), times) == 0);
}

/// The relative paths of a plan printed with --format json.
QSet<QString> plannedPaths(const QByteArray &json)
{
    QJsonObject plan =
        QJsonDocument::fromJson(json).object().value(QStringLiteral("plan")).toObject();
    if (plan.contains(QStringLiteral("host")))
        plan = plan.value(QStringLiteral("plan")).toObject();
    QSet<QString> paths;
    for (const QJsonValue &item : plan.value(QStringLiteral("items")).toArray())
        paths.insert(item.toObject().value(QStringLiteral("path")).toString());
    return paths;
}

QSet<QString> filesUnder(const QString &root)
{
    const QList<QString> keys = tree(root).keys();
    return {keys.begin(), keys.end()};
}

} // namespace

class TestCleanupJobs : public JobsTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startServers(); }
    void init() { newCase(); }

    void localCleanupRemovesExactlyItsPlan()
    {
        const QString root = path(QStringLiteral("root"));
        const QString outside = path(QStringLiteral("outside"));
        for (const QString &name : {QStringLiteral("a.log"), QStringLiteral("sub/b.log"),
                                    QStringLiteral("sub/-dash c.log"), QStringLiteral("new.log"),
                                    QStringLiteral("keep.txt")})
            writeRandom(root + QLatin1Char('/') + name, 1000);
        writeRandom(outside + QStringLiteral("/victim.log"), 1000);
        for (const QString &name : {QStringLiteral("a.log"), QStringLiteral("sub/b.log"),
                                    QStringLiteral("sub/-dash c.log"), QStringLiteral("keep.txt")})
            makeOld(root + QLatin1Char('/') + name, 40);
        makeOld(outside + QStringLiteral("/victim.log"), 40);
        QVERIFY(QFile::link(outside, root + QStringLiteral("/linked")));
        QVERIFY(QFile::link(outside + QStringLiteral("/victim.log"),
                            root + QStringLiteral("/victim.log")));

        const QStringList add = {
            QStringLiteral("add"),          QStringLiteral("cleanup"), root,
            QStringLiteral("--older-than"), QStringLiteral("30"),      QStringLiteral("--pattern"),
            QStringLiteral("*.log")};
        const Run reviewed = qmctl(add + QStringList{QStringLiteral("--format=json")});
        QVERIFY2(reviewed.exitCode == 0, reviewed.err.constData());
        const QSet<QString> planned = plannedPaths(reviewed.out);
        QCOMPARE(planned, (QSet<QString>{QStringLiteral("a.log"), QStringLiteral("sub/b.log"),
                                         QStringLiteral("sub/-dash c.log")}));
        QVERIFY(listJobs().isEmpty()); // nothing queued without --yes
        const Run text = qmctl(add);
        QVERIFY(text.out.contains("sub/b.log"));
        QVERIFY(text.out.contains("--yes"));

        const QSet<QString> before = filesUnder(root);
        QCOMPARE(qmctl(add + QStringList{QStringLiteral("--yes")}).exitCode, 0);
        const Run ran = qmctl({QStringLiteral("run"), QStringLiteral("--once")});
        QVERIFY2(ran.exitCode == 0, QByteArray(ran.out + ran.err).constData());
        QCOMPARE(before - filesUnder(root), planned);
        QVERIFY(QFileInfo::exists(outside + QStringLiteral("/victim.log")));
        QVERIFY(QFileInfo(root + QStringLiteral("/victim.log")).isSymLink());
        const Run shown = qmctl({QStringLiteral("show"), QStringLiteral("1")});
        for (const QString &removed : planned) // the audit log names every file
            QVERIFY2(shown.out.contains(QStringLiteral("removed %1").arg(removed).toUtf8()),
                     shown.out.constData());
    }

    void localArchiveJobKeepsNewFilesAndTrashesOriginals()
    {
        const QString root = path(QStringLiteral("db"));
        writeRandom(root + QStringLiteral("/old.db"), 300'000);
        writeRandom(root + QStringLiteral("/new.db"), 1000);
        makeOld(root + QStringLiteral("/old.db"), 100);
        const QStringList add = {QStringLiteral("add"),
                                 QStringLiteral("archive"),
                                 root,
                                 QStringLiteral("--older-than"),
                                 QStringLiteral("30"),
                                 QStringLiteral("--format"),
                                 QStringLiteral("gz")};
        const Run reviewed = qmctl(add);
        QCOMPARE(reviewed.exitCode, 0);
        QVERIFY(reviewed.out.contains("old.db"));
        QVERIFY(reviewed.out.contains(".tar.gz"));
        QVERIFY(listJobs().isEmpty());
        QCOMPARE(qmctl(add + QStringList{QStringLiteral("--yes")}).exitCode, 0);
        const Run ran = qmctl({QStringLiteral("run"), QStringLiteral("--once")});
        QVERIFY2(ran.exitCode == 0, QByteArray(ran.out + ran.err).constData());
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/old.db")));
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/new.db")));
        const QStringList archives =
            QDir(root + QStringLiteral("/archives")).entryList({QStringLiteral("*.tar.gz")});
        QCOMPARE(archives.size(), 1);
        QProcess tar;
        tar.start(QStringLiteral("tar"),
                  {QStringLiteral("tzf"), root + QStringLiteral("/archives/") + archives.first()});
        QVERIFY(tar.waitForFinished());
        QCOMPARE(tar.readAllStandardOutput().trimmed(), QByteArray("old.db"));
        QCOMPARE(listJobs().at(0).toObject().value(QStringLiteral("progress")).toDouble(), 1.0);
    }

    // Issue 20: `jobs add cleanup / --older-than 0` was planned ("Would move 390,007
    // files") and would be queued with --yes. On a host the folder is asked about over
    // ssh: a drive mounted there is refused as on this machine, and the job itself
    // checks again when it runs, whoever queued it.
    void aHostsProtectedFoldersAreRefused()
    {
        const QString config = writeConfig(0);
        const QString drive = path(QStringLiteral("node/drive"));
        QDir().mkpath(drive);
        if (::mount("none", QFile::encodeName(drive).constData(), "tmpfs", 0, "size=4m") != 0) {
            if (testservers::underCi())
                QFAIL("cannot mount a tmpfs (run the tests as root)");
            QSKIP("mounting needs root");
        }
        const auto unmount =
            qScopeGuard([&] { ::umount2(QFile::encodeName(drive).constData(), MNT_DETACH); });
        writeRandom(drive + QStringLiteral("/a.log"), 100);
        makeOld(drive + QStringLiteral("/a.log"), 40);
        const auto add = [&](const QString &root, const QStringList &more = {}) {
            return qmctl(QStringList{QStringLiteral("add"), QStringLiteral("cleanup"),
                                     QStringLiteral("node-a:") + root,
                                     QStringLiteral("--older-than"), QStringLiteral("0"),
                                     QStringLiteral("--config"), config} +
                         more);
        };
        for (const QString &root : {QStringLiteral("/"), QStringLiteral("/usr"), drive}) {
            const Run refused = add(root, {QStringLiteral("--yes")});
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains(
                         QByteArray("Refusing to act on node-a:" + QFile::encodeName(root))),
                     refused.err.constData());
        }
        QVERIFY(listJobs().isEmpty());
        // Named, the drive is planned and queued; the job checks again and runs.
        const QStringList allow = {QStringLiteral("--allow-protected-root"), drive};
        const Run planned = add(drive, allow + QStringList{QStringLiteral("--yes")});
        QVERIFY2(planned.exitCode == 0, planned.err.constData());
        const Run ran = qmctl(
            {QStringLiteral("run"), QStringLiteral("--once"), QStringLiteral("--config"), config});
        QVERIFY2(ran.exitCode == 0, QByteArray(ran.out + ran.err).constData());
        QVERIFY(!QFileInfo::exists(drive + QStringLiteral("/a.log")));
    }

    void remoteCleanupQuarantinesThenEmpties()
    {
        const QString root = path(QStringLiteral("node/logs"));
        const QString outside = path(QStringLiteral("node/elsewhere"));
        for (const QString &name : {QStringLiteral("a.log"), QStringLiteral("deep/er/b c.log"),
                                    QStringLiteral("changed.log"), QStringLiteral("new.log")})
            writeRandom(root + QLatin1Char('/') + name, 2000);
        writeRandom(outside + QStringLiteral("/victim.log"), 2000);
        for (const QString &name : {QStringLiteral("a.log"), QStringLiteral("deep/er/b c.log"),
                                    QStringLiteral("changed.log")})
            makeOld(root + QLatin1Char('/') + name, 40);
        makeOld(outside + QStringLiteral("/victim.log"), 40);
        QVERIFY(QFile::link(outside, root + QStringLiteral("/linked")));
        const QMap<QString, QByteArray> original = tree(root);
        const QString config = writeConfig(0);
        const QStringList add = {QStringLiteral("add"),
                                 QStringLiteral("cleanup"),
                                 QStringLiteral("node-a:") + root,
                                 QStringLiteral("--older-than"),
                                 QStringLiteral("30"),
                                 QStringLiteral("--pattern"),
                                 QStringLiteral("*.log"),
                                 QStringLiteral("--config"),
                                 config};
        const Run reviewed = qmctl(add + QStringList{QStringLiteral("--format=json")});
        QVERIFY2(reviewed.exitCode == 0, reviewed.err.constData());
        const QSet<QString> planned = plannedPaths(reviewed.out);
        QCOMPARE(planned, (QSet<QString>{QStringLiteral("a.log"), QStringLiteral("deep/er/b c.log"),
                                         QStringLiteral("changed.log")}));
        QVERIFY(listJobs().isEmpty());

        QCOMPARE(qmctl(add + QStringList{QStringLiteral("--yes")}).exitCode, 0);
        writeRandom(root + QStringLiteral("/changed.log"), 3000); // changed since the plan
        const Run ran = qmctl(
            {QStringLiteral("run"), QStringLiteral("--once"), QStringLiteral("--config"), config});
        QVERIFY2(ran.exitCode == 0, QByteArray(ran.out + ran.err).constData());
        const QString quarantine = root + QStringLiteral("/.quartermaster-quarantine");
        const QStringList runs = QDir(quarantine).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(runs.size(), 1);
        const QMap<QString, QByteArray> held = tree(quarantine + QLatin1Char('/') + runs.first());
        QCOMPARE(held.keys(),
                 (QStringList{QStringLiteral("a.log"), QStringLiteral("deep/er/b c.log")}));
        for (auto it = held.begin(); it != held.end(); ++it)
            QCOMPARE(it.value(), original.value(it.key())); // moved whole, not rewritten
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/a.log")));
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/changed.log")));
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/new.log")));
        QVERIFY(QFileInfo::exists(outside + QStringLiteral("/victim.log")));
        const Run shown = qmctl({QStringLiteral("show"), QStringLiteral("1")});
        QVERIFY(shown.out.contains("kept changed.log"));
        QVERIFY(shown.out.contains("removed deep/er/b c.log"));
        // The summary says where the files went: the quarantine, not a trash.
        QVERIFY2(shown.out.contains(
                     QStringLiteral("Moved 2 files (%1) to the quarantine folder "
                                    "node-a:%2/")
                         .arg(qm::formatDataSize(4000), QFileInfo(quarantine).canonicalFilePath())
                         .toUtf8()),
                 shown.out.constData());
        QVERIFY(!shown.out.contains("trash"));

        // A cleanup of the same root never touches the quarantine.
        const Run again = qmctl(add + QStringList{QStringLiteral("--format=json")});
        QVERIFY(plannedPaths(again.out) == QSet<QString>{QStringLiteral("changed.log")} ||
                plannedPaths(again.out).isEmpty());

        const QStringList empty = {QStringLiteral("add"),
                                   QStringLiteral("cleanup"),
                                   QStringLiteral("node-a:") + root,
                                   QStringLiteral("--empty-quarantine"),
                                   QStringLiteral("--older-than"),
                                   QStringLiteral("1"),
                                   QStringLiteral("--config"),
                                   config,
                                   QStringLiteral("--format=json")};
        QVERIFY(plannedPaths(qmctl(empty).out).isEmpty()); // held for less than a day
        QTest::qWait(1100); // the run folder's name has whole seconds
        QStringList emptyNow = empty;
        emptyNow[5] = QStringLiteral("0");
        const QSet<QString> toDelete = plannedPaths(qmctl(emptyNow).out);
        QCOMPARE(toDelete, (QSet<QString>{runs.first() + QStringLiteral("/a.log"),
                                          runs.first() + QStringLiteral("/deep/er/b c.log")}));
        QCOMPARE(qmctl(emptyNow.mid(0, 8) + QStringList{QStringLiteral("--yes")}).exitCode, 0);
        const Run emptied = qmctl(
            {QStringLiteral("run"), QStringLiteral("--once"), QStringLiteral("--config"), config});
        QVERIFY2(emptied.exitCode == 0, QByteArray(emptied.out + emptied.err).constData());
        QVERIFY(tree(quarantine).isEmpty());
        const Run emptiedLog = qmctl({QStringLiteral("show"), QStringLiteral("2")});
        QVERIFY2(emptiedLog.out.contains("Deleted 2 files"), emptiedLog.out.constData());
        QVERIFY(emptiedLog.out.contains("for good from the quarantine"));
        QVERIFY(QDir(quarantine).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/changed.log")));
    }

    void remoteCleanupRefusesAMovedRoot()
    {
        const QString root = path(QStringLiteral("node/logs"));
        writeRandom(root + QStringLiteral("/a.log"), 100);
        makeOld(root + QStringLiteral("/a.log"), 40);
        const QString config = writeConfig(0);
        QCOMPARE(qmctl({QStringLiteral("add"), QStringLiteral("cleanup"),
                        QStringLiteral("node-a:") + root, QStringLiteral("--older-than"),
                        QStringLiteral("30"), QStringLiteral("--config"), config,
                        QStringLiteral("--yes")})
                     .exitCode,
                 0);
        // The root is replaced by a link to another folder holding the same name.
        const QString other = path(QStringLiteral("node/other"));
        writeRandom(other + QStringLiteral("/a.log"), 100);
        makeOld(other + QStringLiteral("/a.log"), 40);
        QVERIFY(QDir(root).removeRecursively());
        QVERIFY(QFile::link(other, root));
        const Run ran = qmctl(
            {QStringLiteral("run"), QStringLiteral("--once"), QStringLiteral("--config"), config});
        QCOMPARE(ran.exitCode, 1);
        QVERIFY(QFileInfo::exists(other + QStringLiteral("/a.log")));
        QVERIFY(listJobs()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("moved")));
    }
};

QTEST_GUILESS_MAIN(TestCleanupJobs)
#include "tst_cleanupjobs.moc"
