// The Samples page on a real miner data directory: the samples appear beside their log
// entries, filtering by reason (and score, and text) narrows the table and the reason
// chart, a selected sample shows why it failed and turns up in the 3D preview, the
// gallery draws thumbnails (with a badge on those of files that cannot be read or are
// not splats), the count above the table says what the filters hide, failed checks read
// as words, and a retention rule reviewed in the cleanup dialog becomes a cleanup job that
// removes exactly the samples the dialog listed. HOME and the XDG folders point into the
// test's temporary folder: the trash and caches are the test's.

#include "app/jobs/jobqueueservice.h"
#include "app/samples/minersettingsmodel.h"
#include "app/samples/minersettingsview.h"
#include "app/samples/reasonchart.h"
#include "app/samples/samplecleanupdialog.h"
#include "app/samples/sampledetails.h"
#include "app/samples/samplegallery.h"
#include "app/samples/samplesmodel.h"
#include "app/samples/samplespage.h"
#include "app/samples/splatpreview.h"
#include "core/config/configcheck.h"
#include "core/settings/settings.h"
#include "fastqueue.h"
#include "testfiles.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace qm;

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

struct Made
{
    const char *id;
    const char *reason;
    double clip;
    int days;
};

const Made kSamples[] = {{"g0", "low_clip_score", 0.05, 1},
                         {"g1", "low_clip_score", 0.08, 12},
                         {"g2", "too_few_gaussians", 0.3, 3},
                         {"g3", "low_clip_score", 0.02, 40},
                         {"g4", "too_few_gaussians", 0.25, 50}};

JobQueueService::Options queueOptions(const QTemporaryDir &dir)
{
    return qmtest::fastQueueOptions(dir.filePath(QStringLiteral("jobs.sqlite")));
}

} // namespace

class TestSamplesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsSamplesWithTheirReasons();
    void filtersByReasonScoreAndText();
    void opensAPreviewOfTheSelection();
    void galleryDrawsThumbnails();
    void settingsHistoryTabDeletesNothing();
    void brokenFilesGetABadge();
    void theCountSaysWhatTheFiltersHide();
    void ruleCleanupRemovesWhatItListed();
    void configHostsAreReadAfterAPause();

private:
    QString rejectedPath(const Made &made) const;
    int rowOfFile(const QString &fileName) const;

    QTemporaryDir m_base;
    QString m_data;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SamplesPage> m_page;
};

void TestSamplesPage::initTestCase()
{
    QVERIFY(m_base.isValid());
    const QString home = m_base.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home + QStringLiteral("/.local/share")));
    qputenv("HOME", QFile::encodeName(home));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home + QStringLiteral("/.local/share")));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home + QStringLiteral("/.cache")));
}

QString TestSamplesPage::rejectedPath(const Made &made) const
{
    return m_data + QStringLiteral("/ply_files/rejected_samples/") + QLatin1String(made.id) +
           QStringLiteral("_00000000000000aa.ply");
}

void TestSamplesPage::init()
{
    static int round = 0;
    m_data = m_base.filePath(QStringLiteral("miner%1").arg(++round));
    QVERIFY(QDir().mkpath(m_data + QStringLiteral("/ply_files/rejected_samples")));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QByteArray log;
    for (const Made &made : kSamples) {
        QFile file(rejectedPath(made));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(qm::test::splatPly(200));
        const QJsonObject entry{
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("generation_id"), QLatin1String(made.id)},
                         {QStringLiteral("timestamp"),
                          QDateTime::fromMSecsSinceEpoch(now - made.days * kDayMs, Qt::UTC)
                              .toString(Qt::ISODate)}}},
            {QStringLiteral("task"),
             QJsonObject{{QStringLiteral("prompt"),
                          QStringLiteral("a teapot number %1").arg(QLatin1String(made.id))}}},
            {QStringLiteral("miner_config"), QJsonObject{{QStringLiteral("clip_threshold"), 0.1}}},
            {QStringLiteral("generation"),
             QJsonObject{
                 {QStringLiteral("output"),
                  QJsonObject{
                      {QStringLiteral("num_gaussians"), 200},
                      {QStringLiteral("quality_metrics"),
                       QJsonObject{{QStringLiteral("clip_score"), made.clip},
                                   {QStringLiteral("clip_threshold_pass"), made.clip >= 0.1}}},
                      {QStringLiteral("rejected_sample_path"),
                       QFileInfo(rejectedPath(made)).fileName()}}},
                 {QStringLiteral("submission"),
                  QJsonObject{{QStringLiteral("rejection_reason"), QLatin1String(made.reason)}}}}}};
        log += QJsonDocument(entry).toJson(QJsonDocument::Compact) + "\n";
    }
    log += "{not json\n";
    QFile history(m_data + QStringLiteral("/generation_history.jsonl"));
    QVERIFY(history.open(QIODevice::WriteOnly));
    history.write(log);
    history.close();
    QFile config(m_data + QStringLiteral("/miner_config_history.jsonl"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(
        R"({"timestamp": "2020-01-01T00:00:00Z", "event": "startup", "changes": {"clip_threshold": {"old": null, "new": 0.1}}})"
        "\n");
    config.close();

    m_settings = std::make_unique<Settings>(m_data + QStringLiteral("/settings.ini"));
    m_settings->setSampleDataDirectories({m_data});
    m_page = std::make_unique<SamplesPage>(m_settings.get());
    m_page->resize(1400, 900);
    QSignalSpy loaded(m_page.get(), &SamplesPage::loaded);
    m_page->show(); // the first show reads the data directories
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 20000);
}

void TestSamplesPage::cleanup()
{
    m_page.reset();
    m_settings.reset();
}

int TestSamplesPage::rowOfFile(const QString &fileName) const
{
    const SamplesFilterModel *filter = m_page->filterModel();
    for (int row = 0; row < filter->rowCount(); ++row)
        if (filter->index(row, SamplesModel::File).data().toString() == fileName)
            return row;
    return -1;
}

void TestSamplesPage::listsSamplesWithTheirReasons()
{
    QCOMPARE(m_page->model()->rowCount(), 5);
    QCOMPARE(m_page->filterModel()->rowCount(), 5);
    const int row = rowOfFile(QStringLiteral("g2_00000000000000aa.ply"));
    QVERIFY(row >= 0);
    const SamplesFilterModel *filter = m_page->filterModel();
    QCOMPARE(filter->index(row, SamplesModel::Reason).data().toString(),
             QStringLiteral("too_few_gaussians"));
    QCOMPARE(filter->index(row, SamplesModel::ClipScore).data(SamplesModel::SortRole).toDouble(),
             0.3);
    // Newest first.
    QCOMPARE(filter->index(0, SamplesModel::File).data().toString(),
             QStringLiteral("g0_00000000000000aa.ply"));
    auto *status = m_page->findChild<QLabel *>(QStringLiteral("samplesStatus"));
    QVERIFY2(status->text().contains(QStringLiteral("1 log line")), qPrintable(status->text()));
    QTRY_COMPARE(m_page->chart()->groups().size(), 2);
    QCOMPARE(m_page->chart()->groups().first().reason, QStringLiteral("low_clip_score"));
    QCOMPARE(m_page->chart()->groups().first().count, 3);
}

void TestSamplesPage::filtersByReasonScoreAndText()
{
    auto *reason = m_page->findChild<QComboBox *>(QStringLiteral("sampleReasonFilter"));
    const int index = reason->findData(QStringLiteral("too_few_gaussians"));
    QVERIFY(index > 0);
    reason->setCurrentIndex(index);
    const SamplesFilterModel *filter = m_page->filterModel();
    QCOMPARE(filter->rowCount(), 2);
    for (int row = 0; row < filter->rowCount(); ++row)
        QCOMPARE(filter->index(row, SamplesModel::Reason).data().toString(),
                 QStringLiteral("too_few_gaussians"));
    // The chart follows what is shown.
    QTRY_COMPARE(m_page->chart()->groups().size(), 1);
    QCOMPARE(m_page->chart()->groups().first().count, 2);

    reason->setCurrentIndex(0);
    auto *minScore = m_page->findChild<QDoubleSpinBox *>(QStringLiteral("sampleMinScore"));
    minScore->setValue(0.06);
    QCOMPARE(filter->rowCount(), 3); // 0.08, 0.3, 0.25
    minScore->setValue(minScore->minimum());
    auto *text = m_page->findChild<QLineEdit *>(QStringLiteral("sampleTextFilter"));
    QTest::keyClicks(text, QStringLiteral("number g3"));
    QCOMPARE(filter->rowCount(), 1);
    QCOMPARE(filter->index(0, SamplesModel::File).data().toString(),
             QStringLiteral("g3_00000000000000aa.ply"));
}

void TestSamplesPage::opensAPreviewOfTheSelection()
{
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("samplesTable"));
    const int row = rowOfFile(QStringLiteral("g1_00000000000000aa.ply"));
    table->selectRow(row);
    SampleDetails *details = m_page->details();
    QVERIFY(details->sample());
    QCOMPARE(details->sample()->fileName(), QStringLiteral("g1_00000000000000aa.ply"));
    SplatPreview *preview = details->preview();
    QTRY_VERIFY_WITH_TIMEOUT(
        preview->cloud() && !preview->lastFrame().isNull() && preview->lastFrameFull(), 10000);
    QCOMPARE(preview->cloud()->size(), 200);
    const QString html = details->detailsHtml();
    QVERIFY2(html.contains(QStringLiteral("low_clip_score")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("threshold 0.1")), qPrintable(html));
    // The failed check in words, with the figures; never the log's flag name.
    QVERIFY2(html.contains(QStringLiteral("CLIP score 0.08 below the threshold 0.1")),
             qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("clip_threshold_pass")), qPrintable(html));
    QCOMPARE(m_page->filterModel()->index(row, SamplesModel::FailedChecks).data().toString(),
             QStringLiteral("CLIP score 0.08 below the threshold 0.1"));
    QVERIFY2(html.contains(QStringLiteral("miner_config_history.jsonl")), qPrintable(html));
    QTRY_VERIFY(details->detailsHtml().contains(QStringLiteral("Bounding box")));
    // Turning it around: a drag orbits the camera.
    const float yaw = preview->camera().yawDegrees;
    const QPoint centre = preview->rect().center();
    QTest::mousePress(preview, Qt::LeftButton, {}, centre);
    QTest::mouseMove(preview, centre + QPoint(60, 0));
    QTest::mouseRelease(preview, Qt::LeftButton, {}, centre + QPoint(60, 0));
    QVERIFY(preview->camera().yawDegrees != yaw);
}

void TestSamplesPage::galleryDrawsThumbnails()
{
    auto *views = m_page->findChild<QTabWidget *>();
    auto *gallery = m_page->findChild<QListView *>(QStringLiteral("samplesGallery"));
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("samplesTable"));
    table->selectRow(2);
    const QString shown = m_page->details()->sample()->fileName();
    views->setCurrentWidget(gallery);
    // The gallery takes over the sample shown.
    QCOMPARE(m_page->details()->sample()->fileName(), shown);
    QCOMPARE(gallery->currentIndex().row(), 2);
    const QModelIndex first = m_page->filterModel()->index(0, SamplesModel::File);
    QTRY_VERIFY_WITH_TIMEOUT(!first.data(SamplesModel::ThumbnailRole).isNull(), 10000);
    const QImage thumbnail = first.data(SamplesModel::ThumbnailRole).value<QImage>();
    QCOMPARE(thumbnail.size(), QSize(160, 120));
    // The drawn splats light up some of it: not the placeholder, not all background.
    int lit = 0;
    for (int y = 0; y < thumbnail.height(); ++y)
        for (int x = 0; x < thumbnail.width(); ++x)
            lit += thumbnail.pixel(x, y) != thumbnail.pixel(0, 0);
    QVERIFY2(lit > 50, qPrintable(QString::number(lit)));
    const QModelIndex item = gallery->model()->index(0, SamplesModel::File);
    QCOMPARE(item.data(Qt::DecorationRole).value<QImage>(), thumbnail);
    QVERIFY(gallery->visualRect(item).height() >= 120); // room for the picture and its name
    QVERIFY(m_page->filterModel()->index(0, SamplesModel::File).data(Qt::DecorationRole).isNull());
}

void TestSamplesPage::settingsHistoryTabDeletesNothing()
{
    QTemporaryDir queueDir;
    JobQueueService queue(queueOptions(queueDir));
    queue.start();
    m_page->setJobQueue(&queue);
    QAction *deleteAction = nullptr;
    for (QAction *action : m_page->actions())
        if (action->text() == QStringLiteral("Delete Selected…"))
            deleteAction = action;
    QVERIFY(deleteAction);
    auto *views = m_page->findChild<QTabWidget *>();
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("samplesTable"));
    table->selectRow(0);
    QVERIFY(deleteAction->isEnabled());

    // The third tab: the miner's settings changes, read with the samples.
    MinerSettingsView *history = m_page->settingsHistory();
    views->setCurrentWidget(history);
    const MinerSettingsFilterModel *rows = history->filterModel();
    QCOMPARE(rows->rowCount(), 1);
    QCOMPARE(rows->index(0, MinerSettingsModel::Setting).data().toString(),
             QStringLiteral("clip_threshold"));
    QCOMPARE(rows->index(0, MinerSettingsModel::OldValue).data().toString(),
             QStringLiteral("null"));
    QCOMPARE(rows->index(0, MinerSettingsModel::NewValue).data().toString(), QStringLiteral("0.1"));
    QCOMPARE(rows->index(0, MinerSettingsModel::Event).data().toString(),
             QStringLiteral("startup"));
    // The samples selected are out of sight: Delete does nothing there.
    QVERIFY(!deleteAction->isEnabled());
    m_page->deleteSelected();
    QVERIFY(!m_page->findChild<SampleCleanupDialog *>(QStringLiteral("sampleCleanupDialog")));

    views->setCurrentWidget(table);
    QVERIFY(deleteAction->isEnabled());
    m_page->setJobQueue(nullptr);
}

void TestSamplesPage::ruleCleanupRemovesWhatItListed()
{
    QTemporaryDir queueDir;
    JobQueueService queue(queueOptions(queueDir));
    queue.start();
    m_page->setJobQueue(&queue);
    QSignalSpy loaded(m_page.get(), &SamplesPage::loaded);

    m_page->cleanUpByRule();
    auto *dialog = m_page->findChild<SampleCleanupDialog *>(QStringLiteral("sampleCleanupDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->chosen().isEmpty()); // no rule ticked yet
    SampleRetentionRule rule;
    rule.olderThanDays = 10;
    rule.keepPerReason = 1;
    dialog->setRule(rule);
    // Older than 10 days: g1, g3, g4; keeping the newest per reason keeps g0 and g2 anyway.
    QSet<QString> listed;
    for (const SampleRecord &sample : dialog->chosen())
        listed.insert(sample.absolutePath());
    QCOMPARE(listed, (QSet<QString>{rejectedPath(kSamples[1]), rejectedPath(kSamples[3]),
                                    rejectedPath(kSamples[4])}));
    dialog->accept();

    // The job removes exactly those, to the trash, and the page reads the folder again.
    QVERIFY(loaded.wait(30000));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 2, 10000);
    for (const Made &made : kSamples)
        QCOMPARE(QFile::exists(rejectedPath(made)), !listed.contains(rejectedPath(made)));
    QCOMPARE(queue.jobs().size(), 1);
    QCOMPARE(queue.jobs().first().state, JobState::Succeeded);
    QCOMPARE(QDir(qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/Trash/files"))
                 .entryList(QDir::Files)
                 .size(),
             3);
    m_page->setJobQueue(nullptr);
}

void TestSamplesPage::configHostsAreReadAfterAPause()
{
    // A data_dir typed into the config: the page reads the new sources once, a moment
    // after the last change, not at every keystroke. The host is a reserved .invalid
    // name, never looked up: it fails at once, and says so.
    const auto config = [this](const QString &dataDir) {
        QFile file(m_data + QStringLiteral("/hosts.yaml"));
        file.open(QIODevice::WriteOnly);
        file.write(QStringLiteral("hosts:\n  miner-1:\n    ssh_host: miner-1.invalid\n"
                                  "    data_dir: %1\n")
                       .arg(dataDir)
                       .toUtf8());
        file.close();
        return checkConfigFile(file.fileName()).config;
    };
    QSignalSpy loaded(m_page.get(), &SamplesPage::loaded);
    m_page->setEnvironment(config(QStringLiteral("/data/a")), {});
    QTest::qWait(300);
    m_page->setEnvironment(config(QStringLiteral("/data/ab")), {});
    QTest::qWait(300);
    QCOMPARE(loaded.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
    QTest::qWait(1200);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(m_page->sources().size(), 2);
    QCOMPARE(m_page->sources().last().label(), QStringLiteral("miner-1:/data/ab"));
    QCOMPARE(m_page->model()->rowCount(), 5); // this machine's samples stay
    auto *status = m_page->findChild<QLabel *>(QStringLiteral("samplesStatus"));
    QVERIFY2(status->text().contains(QStringLiteral("miner-1:/data/ab")),
             qPrintable(status->text()));
}

void TestSamplesPage::brokenFilesGetABadge()
{
    // Beside the good samples: a file that is not a PLY at all, and a PLY of bare points.
    const QString rejected = m_data + QStringLiteral("/ply_files/rejected_samples/");
    qm::test::writeAll(rejected + QStringLiteral("broken_00000000000000cc.ply"),
                       "this is not a PLY file\n");
    qm::test::writeAll(rejected + QStringLiteral("points_00000000000000dd.ply"),
                       "ply\nformat ascii 1.0\nelement vertex 3\nproperty float x\n"
                       "property float y\nproperty float z\nend_header\n0 0 0\n1 0 0\n0 1 0\n");
    QSignalSpy loaded(m_page.get(), &SamplesPage::loaded);
    m_page->reload(); // may have read them by the time it returns
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 20000);
    QCOMPARE(m_page->filterModel()->rowCount(), 7);

    auto *views = m_page->findChild<QTabWidget *>();
    auto *gallery = m_page->findChild<QListView *>(QStringLiteral("samplesGallery"));
    views->setCurrentWidget(gallery);
    const auto item = [this, gallery](const QString &file) {
        return gallery->model()->index(rowOfFile(file), SamplesModel::File);
    };
    const QModelIndex broken = item(QStringLiteral("broken_00000000000000cc.ply"));
    const QModelIndex points = item(QStringLiteral("points_00000000000000dd.ply"));
    const QModelIndex good = item(QStringLiteral("g1_00000000000000aa.ply"));
    QVERIFY(broken.isValid() && points.isValid() && good.isValid());
    // Asked for as they are shown.
    for (const QModelIndex &index : {broken, points, good}) {
        gallery->scrollTo(index);
        QTRY_VERIFY_WITH_TIMEOUT(
            !index.data(SamplesModel::ThumbnailProblemRole).toString().isEmpty() ||
                !index.data(SamplesModel::ThumbnailRole).isNull(),
            10000);
    }

    // Why, in the tooltip: the reader's reason for the broken one; that the other is not
    // a splat; nothing for a good sample.
    QVERIFY(broken.data(SamplesModel::ThumbnailFailedRole).toBool());
    const QString brokenTip = broken.data(Qt::ToolTipRole).toString();
    QVERIFY2(brokenTip.contains(QStringLiteral("Cannot draw")), qPrintable(brokenTip));
    QVERIFY2(brokenTip.contains(QStringLiteral("broken_00000000000000cc.ply")),
             qPrintable(brokenTip));
    QVERIFY(!points.data(SamplesModel::ThumbnailFailedRole).toBool());
    const QString pointsTip = points.data(Qt::ToolTipRole).toString();
    QVERIFY2(pointsTip.contains(QStringLiteral("Not a Gaussian splat")), qPrintable(pointsTip));
    QVERIFY(good.data(SamplesModel::ThumbnailProblemRole).toString().isEmpty());

    // The badge, painted over the picture: red on the broken one, amber on the points,
    // none on a good sample.
    const auto badgePixels = [gallery](const QModelIndex &index, const QColor &colour) {
        gallery->scrollTo(index);
        const QImage shot = gallery->viewport()->grab().toImage();
        const QRect rect = gallery->visualRect(index) & shot.rect();
        int n = 0;
        for (int y = rect.top(); y <= rect.bottom(); ++y)
            for (int x = rect.left(); x <= rect.right(); ++x)
                n += shot.pixelColor(x, y) == colour;
        return n;
    };
    const QColor red = SampleGalleryDelegate::failedColour();
    const QColor amber = SampleGalleryDelegate::noteColour();
    QVERIFY2(badgePixels(broken, red) > 150, qPrintable(QString::number(badgePixels(broken, red))));
    QVERIFY2(badgePixels(points, amber) > 150,
             qPrintable(QString::number(badgePixels(points, amber))));
    QCOMPARE(badgePixels(good, red) + badgePixels(good, amber), 0);
}

void TestSamplesPage::theCountSaysWhatTheFiltersHide()
{
    // An accepted output beside the five rejected samples: the default filter shows
    // rejected samples only, and the count says what it hides.
    QVERIFY(QDir().mkpath(m_data + QStringLiteral("/ply_files")));
    qm::test::writeAll(m_data + QStringLiteral("/ply_files/g9_00000000000000bb.ply"),
                       qm::test::splatPly(50));
    QSignalSpy loaded(m_page.get(), &SamplesPage::loaded);
    m_page->reload(); // may have read them by the time it returns
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 20000);
    QCOMPARE(m_page->model()->rowCount(), 6);
    QCOMPARE(m_page->filterModel()->rowCount(), 5);
    auto *status = m_page->findChild<QLabel *>(QStringLiteral("samplesStatus"));
    // (Plural forms as written in the source: the tests load no translation.)
    QVERIFY2(status->text().startsWith(
                 QStringLiteral("5 of 6 sample(s) shown — 1 hidden by the filters (1 accepted "
                                "output(s))")),
             qPrintable(status->text()));

    // A reason chosen: the count follows at once, and names both filters.
    auto *reason = m_page->findChild<QComboBox *>(QStringLiteral("sampleReasonFilter"));
    reason->setCurrentIndex(reason->findData(QStringLiteral("too_few_gaussians")));
    QCOMPARE(m_page->filterModel()->rowCount(), 2);
    QVERIFY2(status->text().startsWith(QStringLiteral("2 of 6 sample(s) shown — 4 hidden by the "
                                                      "filters (1 accepted output(s), 4 with "
                                                      "another reason)")),
             qPrintable(status->text()));
    auto *text = m_page->findChild<QLineEdit *>(QStringLiteral("sampleTextFilter"));
    QTest::keyClicks(text, QStringLiteral("g4"));
    QVERIFY2(status->text().contains(QStringLiteral("5 not matching “g4”")),
             qPrintable(status->text()));

    // Nothing hidden: the plain count.
    text->clear();
    reason->setCurrentIndex(0);
    auto *set = m_page->findChild<QComboBox *>(QStringLiteral("sampleSetFilter"));
    set->setCurrentIndex(set->findData(-1));
    QCOMPARE(m_page->filterModel()->rowCount(), 6);
    QVERIFY2(status->text().startsWith(QStringLiteral("6 sample(s)")), qPrintable(status->text()));
    QVERIFY(!status->text().contains(QStringLiteral("hidden")));
}

QTEST_MAIN(TestSamplesPage)
#include "tst_samplespage.moc"
