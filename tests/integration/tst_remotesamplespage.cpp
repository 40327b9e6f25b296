// The Samples page on a host's data directory (a real sshd on 127.0.0.1, the config's
// `data_dir`): the samples are listed over ssh, selecting one fetches it into the sample
// cache with progress and turns it up in the preview, the gallery then draws its
// thumbnail, and a selection removed through the job queue lands in the host's quarantine.

#include "app/fastqueue.h"
#include "app/samples/samplecleanupdialog.h"
#include "app/samples/sampledetails.h"
#include "app/samples/samplesmodel.h"
#include "app/samples/samplespage.h"
#include "app/samples/splatpreview.h"
#include "core/config/configcheck.h"
#include "core/jobkinds/jobkinds.h"
#include "core/settings/settings.h"
#include "jobstestbase.h"
#include "testfiles.h"

#include <QDateTime>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableView>

using namespace jobstest;

class TestRemoteSamplesPage : public JobsTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        startServers();
        // The page's caches (thumbnails, fetched samples) and the trash are the test's.
        qputenv("XDG_CACHE_HOME", m_work.filePath(QStringLiteral("cache")).toUtf8());
    }
    void init() { newCase(); }
    void fetchPreviewAndQuarantine();
};

void TestRemoteSamplesPage::fetchPreviewAndQuarantine()
{
    const QString data = path(QStringLiteral("miner"));
    const QString rejected = data + QStringLiteral("/ply_files/rejected_samples/");
    QVERIFY(QDir().mkpath(rejected));
    QByteArray log;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < 3; ++i) {
        const QString name = QStringLiteral("gen%1_000000000000000%1.ply").arg(i);
        QFile file(rejected + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(qm::test::splatPly(150'000 + i)); // 6 MB: the fetch reports progress
        log +=
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("metadata"),
                     QJsonObject{{QStringLiteral("generation_id"), QStringLiteral("gen%1").arg(i)},
                                 {QStringLiteral("timestamp"),
                                  QDateTime::fromMSecsSinceEpoch(now - i * 86400000LL, Qt::UTC)
                                      .toString(Qt::ISODate)}}},
                    {QStringLiteral("generation"),
                     QJsonObject{{QStringLiteral("output"),
                                  QJsonObject{{QStringLiteral("rejected_sample_path"), name}}},
                                 {QStringLiteral("submission"),
                                  QJsonObject{{QStringLiteral("rejection_reason"),
                                               QStringLiteral("low_clip_score")}}}}}})
                .toJson(QJsonDocument::Compact) +
            '\n';
    }
    QFile history(data + QStringLiteral("/generation_history.jsonl"));
    QVERIFY(history.open(QIODevice::WriteOnly));
    history.write(log);
    history.close();

    // The config: host node-a on the test sshd, with the miner's data_dir.
    QFile configFile(path(QStringLiteral("hosts.yaml")));
    QVERIFY(configFile.open(QIODevice::WriteOnly));
    configFile.write(QStringLiteral("hosts:\n  node-a:\n    ssh_host: 127.0.0.1\n    ssh_port: %1\n"
                                    "    ssh_user: %2\n    ssh_key: %3\n    data_dir: %4\n")
                         .arg(m_server.port())
                         .arg(userName(), m_server.path(QStringLiteral("user_key")), data)
                         .toUtf8());
    configFile.close();
    const qm::CheckedFile checked = qm::checkConfigFile(configFile.fileName());
    QVERIFY(checked.config);
    qm::SshOptions ssh;
    ssh.configFile = m_server.clientConfig();
    ssh.knownHostsFile = m_server.knownHosts();

    qm::Settings settings(path(QStringLiteral("settings.ini")));
    qm::SamplesPage page(&settings);
    page.setEnvironment(checked.config, ssh);
    QCOMPARE(page.sources().size(), 1);
    QCOMPARE(page.sources().first().label(), QStringLiteral("node-a:") + data);
    QSignalSpy loaded(&page, &qm::SamplesPage::loaded);
    page.resize(1400, 900);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 60'000);
    QCOMPARE(page.model()->rowCount(), 3);
    QCOMPARE(page.model()->sample(0).source.host, QStringLiteral("node-a"));

    // Selecting a sample fetches it, with progress, and previews it.
    auto *progress = page.findChild<QProgressBar *>(QStringLiteral("sampleFetchProgress"));
    int largest = 0;
    connect(progress, &QProgressBar::valueChanged, &page,
            [&largest](int value) { largest = std::max(largest, value); });
    auto *table = page.findChild<QTableView *>(QStringLiteral("samplesTable"));
    table->selectRow(0);
    qm::SplatPreview *preview = page.details()->preview();
    QTRY_VERIFY_WITH_TIMEOUT(preview->cloud() && preview->lastFrameFull(), 60'000);
    QCOMPARE(preview->cloud()->size(), 150'000);
    QCOMPARE(largest, 1000); // the bar reached the whole file
    QVERIFY(!progress->isVisible());
    // The copy is in the cache, and the row now has a file to draw its thumbnail from.
    const qm::SampleRecord shown = *page.details()->sample();
    const int row = page.model()->rowOf(QStringLiteral("node-a"), shown.absolutePath());
    QVERIFY(!page.model()->localPath(row).isEmpty());
    QFile copy(page.model()->localPath(row));
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QFile original(shown.absolutePath());
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), original.readAll());
    const QModelIndex file = page.model()->index(row, qm::SamplesModel::File);
    QVERIFY(file.data(qm::SamplesModel::ThumbnailRole).isNull()); // asked for now
    QTRY_VERIFY_WITH_TIMEOUT(!file.data(qm::SamplesModel::ThumbnailRole).isNull(), 30'000);

    // Deleting the selection queues a cleanup that moves it into the host's quarantine.
    qm::JobQueueService queue(qmtest::fastQueueOptions(path(QStringLiteral("jobs.sqlite"))));
    qm::JobEnvironment environment;
    environment.config = checked.config;
    environment.ssh = ssh;
    queue.setEnvironment(environment);
    queue.start();
    page.setJobQueue(&queue);
    loaded.clear();
    page.deleteSelected();
    auto *dialog = page.findChild<qm::SampleCleanupDialog *>(QStringLiteral("sampleCleanupDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->chosen().size(), 1);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 60'000);
    QCOMPARE(page.model()->rowCount(), 2);
    QVERIFY(!QFile::exists(shown.absolutePath()));
    QStringList quarantined;
    for (const QString &name : tree(data + QStringLiteral("/ply_files")).keys())
        if (name.startsWith(QStringLiteral(".quartermaster-quarantine/")))
            quarantined.append(name.section(QLatin1Char('/'), 2));
    QCOMPARE(quarantined, QStringList{QStringLiteral("rejected_samples/") + shown.fileName()});
    page.setJobQueue(nullptr);
}

QTEST_MAIN(TestRemoteSamplesPage)
#include "tst_remotesamplespage.moc"
