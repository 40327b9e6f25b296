// A miner's samples on a host (a real sshd on 127.0.0.1): `qmctl samples list` reads
// them and joins the log over ssh; `samples clean --yes` queues a cleanup that moves
// exactly the planned samples into the host's quarantine; and the sample cache fetches a
// remote sample with progress, keeps under its cap by dropping the least recently used,
// and refuses a sample that changed since it was listed.

#include "core/config/configcheck.h"
#include "core/samples/samplecache.h"
#include "core/samples/sampleindex.h"
#include "core/sync/syncjob.h"
#include "jobstestbase.h"

#include <QDateTime>
#include <QSet>

using namespace jobstest;

class TestRemoteSamples : public JobsTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startServers(); }
    void init() { newCase(); }
    void listAndCleanOnAHost();
    void fetchIntoTheCache();

private:
    /// A data directory with `count` rejected samples, sample i made i × 10 days ago
    /// (by the log) and 1000 + i bytes long.
    QString writeDataDir(int count) const;
    Run samples(const QStringList &arguments) const;
};

QString TestRemoteSamples::writeDataDir(int count) const
{
    const QString data = path(QStringLiteral("miner"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QByteArray log;
    for (int i = 0; i < count; ++i) {
        const QString name =
            QStringLiteral("gen%1_00000000000000%2.ply").arg(i).arg(i, 2, 10, QLatin1Char('0'));
        writeRandom(data + QStringLiteral("/ply_files/rejected_samples/") + name, 1000 + i);
        const QJsonObject entry{
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("generation_id"), QStringLiteral("gen%1").arg(i)},
                         {QStringLiteral("timestamp"),
                          QDateTime::fromMSecsSinceEpoch(now - i * 10 * 86400000LL, Qt::UTC)
                              .toString(Qt::ISODate)}}},
            {QStringLiteral("generation"),
             QJsonObject{
                 {QStringLiteral("output"),
                  QJsonObject{{QStringLiteral("rejected_sample_path"),
                               QString(QStringLiteral("ply_files/rejected_samples/") + name)}}},
                 {QStringLiteral("submission"), QJsonObject{{QStringLiteral("rejection_reason"),
                                                             QStringLiteral("low_clip_score")}}}}}};
        log += QJsonDocument(entry).toJson(QJsonDocument::Compact) + "\nnot json\n";
    }
    QFile history(data + QStringLiteral("/generation_history.jsonl"));
    if (history.open(QIODevice::WriteOnly))
        history.write(log);
    return data;
}

Run TestRemoteSamples::samples(const QStringList &arguments) const
{
    QProcess process;
    process.start(qmctlPath(),
                  arguments + QStringList{QStringLiteral("--ssh-config"), m_server.clientConfig(),
                                          QStringLiteral("--known-hosts"), m_server.knownHosts()});
    process.waitForFinished(120'000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestRemoteSamples::listAndCleanOnAHost()
{
    const QString data = writeDataDir(4);
    const QString config = writeConfig(0);
    const QString target = QStringLiteral("node-a:") + data;

    Run run = samples({QStringLiteral("samples"), QStringLiteral("list"),
                       QStringLiteral("--data-dir"), target, QStringLiteral("--config"), config,
                       QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject listing = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(listing.value(QStringLiteral("badLogLines")).toInt(), 4);
    const QJsonArray list = listing.value(QStringLiteral("samples")).toArray();
    QCOMPARE(list.size(), 4);
    for (const QJsonValue &value : list) {
        const QJsonObject sample = value.toObject();
        QCOMPARE(sample.value(QStringLiteral("host")).toString(), QStringLiteral("node-a"));
        QCOMPARE(sample.value(QStringLiteral("inLog")).toBool(), true);
        QCOMPARE(sample.value(QStringLiteral("rejectionReason")).toString(),
                 QStringLiteral("low_clip_score"));
    }

    // Older than 15 days: gen2 and gen3. The plan first, then the queued job.
    const QStringList clean = {QStringLiteral("samples"),      QStringLiteral("clean"),
                               QStringLiteral("--data-dir"),   target,
                               QStringLiteral("--config"),     config,
                               QStringLiteral("--older-than"), QStringLiteral("15")};
    run = samples(clean + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject plan = QJsonDocument::fromJson(run.out)
                                 .object()
                                 .value(QStringLiteral("plan"))
                                 .toObject()
                                 .value(QStringLiteral("plan"))
                                 .toObject();
    QSet<QString> planned;
    for (const QJsonValue &item : plan.value(QStringLiteral("items")).toArray())
        planned.insert(item.toObject().value(QStringLiteral("path")).toString());
    const QSet<QString> expected = {QStringLiteral("rejected_samples/gen2_0000000000000002.ply"),
                                    QStringLiteral("rejected_samples/gen3_0000000000000003.ply")};
    QCOMPARE(planned, expected);

    run = samples(clean + QStringList{QStringLiteral("--yes"), QStringLiteral("--queue-dir"),
                                      path(QStringLiteral("data"))});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = qmctl(
        {QStringLiteral("run"), QStringLiteral("--once"), QStringLiteral("--config"), config});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QSet<QString> left;
    QSet<QString> quarantined;
    for (const QString &file : tree(data + QStringLiteral("/ply_files")).keys()) {
        if (file.startsWith(QStringLiteral(".quartermaster-quarantine/")))
            quarantined.insert(file.section(QLatin1Char('/'), 2));
        else
            left.insert(file);
    }
    QCOMPARE(quarantined, expected);
    QCOMPARE(left, (QSet<QString>{QStringLiteral("rejected_samples/gen0_0000000000000000.ply"),
                                  QStringLiteral("rejected_samples/gen1_0000000000000001.ply")}));
}

void TestRemoteSamples::fetchIntoTheCache()
{
    const QString data = writeDataDir(3);
    const qm::CheckedFile checked = qm::checkConfigFile(writeConfig(0));
    QVERIFY(checked.config);
    qm::SshOptions ssh;
    ssh.configFile = m_server.clientConfig();
    ssh.knownHostsFile = m_server.knownHosts();
    const qm::FleetAccess environment = qm::FleetAccess::withPrograms(checked.config, ssh);
    QString error;
    const std::optional<qm::SampleSourceIndex> index =
        qm::indexRemoteSamples({QStringLiteral("node-a"), data}, environment,
                               QDateTime::currentMSecsSinceEpoch(), nullptr, &error);
    QVERIFY2(index, qPrintable(error));
    QCOMPARE(index->samples.size(), 3);

    // Room for two samples (1000 and 1001 bytes), not three.
    const qm::SampleCache cache(path(QStringLiteral("cache")), 2100);
    qint64 lastDone = 0;
    qint64 lastTotal = 0;
    const auto progress = [&](qint64 done, qint64 total) {
        QVERIFY(done >= lastDone);
        lastDone = done;
        lastTotal = total;
    };
    QStringList fetched;
    for (const qm::SampleRecord &sample : index->samples) {
        const std::optional<QString> local =
            cache.fetch(sample, environment, nullptr, progress, &error);
        QVERIFY2(local, qPrintable(error));
        QCOMPARE(lastDone, sample.sizeBytes);
        QCOMPARE(lastTotal, sample.sizeBytes);
        QFile copy(*local);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QFile original(sample.absolutePath());
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), original.readAll());
        fetched.append(*local);
        QTest::qSleep(20); // distinct use times
    }
    QVERIFY(cache.usedBytes() <= cache.capBytes());
    QVERIFY(!QFile::exists(fetched[0])); // the least recently used made room
    QVERIFY(QFile::exists(fetched[2]));
    QVERIFY(cache.cached(index->samples[2]));

    // A sample that grew since it was listed is refused, and nothing half-written stays.
    QFile grown(index->samples[0].absolutePath());
    QVERIFY(grown.open(QIODevice::Append));
    grown.write("more");
    grown.close();
    QVERIFY(!cache.fetch(index->samples[0], environment, nullptr, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("larger")), qPrintable(error));
    QVERIFY(!QFile::exists(cache.pathFor(index->samples[0])));
    // One larger than the whole cache is refused before anything is fetched.
    const qm::SampleCache tiny(path(QStringLiteral("tiny")), 10);
    QVERIFY(!tiny.fetch(index->samples[1], environment, nullptr, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("cache")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestRemoteSamples)
#include "tst_remotesamples.moc"
