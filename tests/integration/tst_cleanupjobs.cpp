// Archive and cleanup jobs end to end through qmctl. Without --yes `add` prints the
// plan and queues nothing; the executed job removes exactly the files of that plan;
// a symbolic link out of the root is never followed. On a host (a real sshd on
// 127.0.0.1), a cleanup moves files into the quarantine folder of the root, keeps a
// file that changed since the plan, and a later --empty-quarantine deletes them. A
// protected folder of a host (/, a system folder, a drive's root) is refused unless named.
// A host's old files are archived into a folder here from a tar stream over ssh, read back,
// and only then moved into the host's quarantine; a host that cannot be reached when the
// job runs leaves no archive and touches nothing.

#include "core/units/datasize.h"
#include "jobstestbase.h"

#include <QSet>

#include <sys/mount.h>
#include <sys/time.h>
#include <unistd.h>

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
    if (plan.contains(QStringLiteral("plan"))) // a host's cleanup
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
    void remoteArchiveWritesHereAndQuarantinesThere()
    {
        const QString root = path(QStringLiteral("node/imports"));
        const QString outside = path(QStringLiteral("node/elsewhere"));
        const QString vault = path(QStringLiteral("vault"));
        QVERIFY(QDir().mkpath(vault));
        const QStringList old = {QStringLiteral("a.npz"), QStringLiteral("deep/b c.ply"),
                                 QStringLiteral("line\nbreak.ply"), QStringLiteral("-dash.bin"),
                                 QStringLiteral("changed.bin")};
        writeRandom(root + QStringLiteral("/a.npz"), 300'000);
        writeRandom(root + QStringLiteral("/deep/b c.ply"), 50'000);
        writeRandom(root + QStringLiteral("/line\nbreak.ply"), 7'000);
        writeRandom(root + QStringLiteral("/-dash.bin"), 1'000);
        writeRandom(root + QStringLiteral("/changed.bin"), 2'000);
        writeRandom(root + QStringLiteral("/new.bin"), 2'000);
        writeRandom(outside + QStringLiteral("/victim.bin"), 2'000);
        // A second name of an old file: archived whole under both names.
        QVERIFY(::link(QFile::encodeName(root + QStringLiteral("/a.npz")).constData(),
                       QFile::encodeName(root + QStringLiteral("/deep/again.npz")).constData()) ==
                0);
        for (const QString &name : old)
            makeOld(root + QLatin1Char('/') + name, 40);
        makeOld(outside + QStringLiteral("/victim.bin"), 40);
        QVERIFY(QFile::link(outside, root + QStringLiteral("/linked")));
        const QMap<QString, QByteArray> original = tree(root);
        const QString config = writeConfig(0);
        const QStringList add = {QStringLiteral("add"),
                                 QStringLiteral("archive"),
                                 QStringLiteral("node-a:") + root,
                                 vault,
                                 QStringLiteral("--older-than"),
                                 QStringLiteral("30"),
                                 QStringLiteral("--archive-format"),
                                 QStringLiteral("gz"),
                                 QStringLiteral("--config"),
                                 config};
        const Run reviewed = qmctl(add + QStringList{QStringLiteral("--format=json")});
        QVERIFY2(reviewed.exitCode == 0, reviewed.err.constData());
        const QSet<QString> expected = {
            QStringLiteral("a.npz"),           QStringLiteral("deep/b c.ply"),
            QStringLiteral("line\nbreak.ply"), QStringLiteral("-dash.bin"),
            QStringLiteral("changed.bin"),     QStringLiteral("deep/again.npz")};
        QCOMPARE(plannedPaths(reviewed.out), expected);
        const Run text = qmctl(add);
        QVERIFY2(text.out.contains("then move the originals into"), text.out.constData());
        QVERIFY(text.out.contains("Freed on node-a now: 0 bytes"));
        QVERIFY(listJobs().isEmpty());

        QCOMPARE(qmctl(add + QStringList{QStringLiteral("--yes")}).exitCode, 0);
        writeRandom(root + QStringLiteral("/changed.bin"), 3'000); // changed since the plan
        const Run ran = qmctl(
            {QStringLiteral("run"), QStringLiteral("--once"), QStringLiteral("--config"), config});
        QVERIFY2(ran.exitCode == 0, QByteArray(ran.out + ran.err).constData());

        // One archive here, named after the host and the folder, holding exactly the old
        // files as they were (the changed one left out).
        const QStringList archives = QDir(vault).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(archives.size(), 1);
        QVERIFY2(archives.first().startsWith(QStringLiteral("node-a-imports-")) &&
                     archives.first().endsWith(QStringLiteral(".tar.gz")),
                 qPrintable(archives.first()));
        const QString unpacked = path(QStringLiteral("unpacked"));
        QVERIFY(QDir().mkpath(unpacked));
        QProcess tar;
        tar.start(QStringLiteral("tar"), {QStringLiteral("-xzf"), vault + u'/' + archives.first(),
                                          QStringLiteral("-C"), unpacked});
        QVERIFY(tar.waitForFinished() && tar.exitCode() == 0);
        const QMap<QString, QByteArray> archived = tree(unpacked);
        QSet<QString> withoutChanged = expected;
        withoutChanged.remove(QStringLiteral("changed.bin"));
        const QList<QString> archivedNames = archived.keys();
        QCOMPARE(QSet<QString>(archivedNames.begin(), archivedNames.end()), withoutChanged);
        for (auto it = archived.begin(); it != archived.end(); ++it)
            QCOMPARE(it.value(), original.value(it.key()));

        // The originals went into the host's quarantine, whole; the rest stayed.
        const QString quarantine = root + QStringLiteral("/.quartermaster-quarantine");
        const QStringList runs = QDir(quarantine).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(runs.size(), 1);
        const QMap<QString, QByteArray> held = tree(quarantine + QLatin1Char('/') + runs.first());
        QCOMPARE(held, archived);
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/changed.bin")));
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/new.bin")));
        QVERIFY(QFileInfo::exists(outside + QStringLiteral("/victim.bin")));
        QVERIFY(QFileInfo(root + QStringLiteral("/linked")).isSymLink());
        const Run shown = qmctl({QStringLiteral("show"), QStringLiteral("1")});
        QVERIFY2(shown.out.contains(QByteArray("Verified " + vault.toUtf8())),
                 shown.out.constData());
        QVERIFY(shown.out.contains(QByteArray("Left out " + root.toUtf8() + "/changed.bin")));
        QVERIFY(shown.out.contains("moved into the quarantine on node-a"));
        // Progress ends whole, the file left out counted as done.
        QCOMPARE(listJobs().at(0).toObject().value(QStringLiteral("progress")).toDouble(), 1.0);
        QVERIFY2(shown.out.contains(
                     QByteArray("100 % (" + qm::formatDataSize(2 * 660'000).toUtf8() + " of")),
                 shown.out.constData());
        QCOMPARE(listJobs().at(0).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("succeeded"));
    }

    void remoteArchiveThatCannotFinishTouchesNothing()
    {
        const QString root = path(QStringLiteral("node/imports"));
        const QString vault = path(QStringLiteral("vault"));
        QVERIFY(QDir().mkpath(vault));
        writeRandom(root + QStringLiteral("/a.npz"), 10'000);
        makeOld(root + QStringLiteral("/a.npz"), 40);
        const QString config = writeConfig(0);
        // A DEST is needed for a host's folder, and said so.
        const Run noDest = qmctl({QStringLiteral("add"), QStringLiteral("archive"),
                                  QStringLiteral("node-a:") + root, QStringLiteral("--older-than"),
                                  QStringLiteral("30"), QStringLiteral("--config"), config});
        QVERIFY(noDest.exitCode != 0);
        QVERIFY2(noDest.err.contains("give DEST"), noDest.err.constData());
        const QStringList add = {QStringLiteral("add"),
                                 QStringLiteral("archive"),
                                 QStringLiteral("node-a:") + root,
                                 vault,
                                 QStringLiteral("--older-than"),
                                 QStringLiteral("30"),
                                 QStringLiteral("--config"),
                                 config,
                                 QStringLiteral("--yes")};
        const auto untouched = [&] {
            QVERIFY(QFileInfo::exists(root + QStringLiteral("/a.npz")));
            QVERIFY(!QFileInfo::exists(root + QStringLiteral("/.quartermaster-quarantine")));
        };
        // The folder the archive goes into is gone when the job runs: the stream is never
        // written anywhere, and nothing on the host is touched.
        QCOMPARE(qmctl(add).exitCode, 0);
        QVERIFY(QDir(vault).removeRecursively());
        Run ran = qmctl(
            {QStringLiteral("run"), QStringLiteral("--once"), QStringLiteral("--config"), config});
        QVERIFY(ran.exitCode != 0);
        untouched();
        QString error = listJobs().at(0).toObject().value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(QStringLiteral("nothing was removed")), qPrintable(error));

        // When the job runs, the host's port answers no more.
        QVERIFY(QDir().mkpath(vault));
        QCOMPARE(qmctl(add).exitCode, 0);
        QFile file(config);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        file.close();
        text.replace(QStringLiteral("ssh_port: %1").arg(m_server.port()),
                     QStringLiteral("ssh_port: 1"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
        file.close();
        ran = qmctl(
            {QStringLiteral("run"), QStringLiteral("--once"), QStringLiteral("--config"), config});
        QVERIFY(ran.exitCode != 0);
        QVERIFY(QDir(vault).entryList(QDir::Files | QDir::Hidden).isEmpty());
        untouched();
        const QJsonArray jobs = listJobs();
        QCOMPARE(jobs.size(), 2);
        error = jobs.at(0).toObject().value(QStringLiteral("error")).toString() +
                jobs.at(1).toObject().value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(QStringLiteral("could not be reached")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCleanupJobs)
#include "tst_cleanupjobs.moc"
