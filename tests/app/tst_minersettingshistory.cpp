// The Samples page's "Settings history" tab on real miner data directories: every
// setting change of each directory's miner_config_history.jsonl is a row (time, data
// directory, setting, old and new value, reason, event), newest first, sortable by a
// click on a header and filtered by setting or directory; the whole values are in the
// tooltip; the tab follows a reload; without any history it says where one is looked for.
// The model and its filter run under QAbstractItemModelTester. HOME and the XDG folders
// point into the test's temporary folder.

#include "app/samples/minersettingsmodel.h"
#include "app/samples/minersettingsview.h"
#include "app/samples/samplespage.h"
#include "core/settings/settings.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <iterator>
#include <memory>

using namespace qm;

namespace {

// Written out of order, with a line that is not a record.
const char kMinerA[] =
    R"({"timestamp": "2025-11-13T08:30:00+00:00", "event": "config_change", "changes": {"clip_threshold": {"old": 0.1, "new": 0.12}}, "reason": "too many low scores"})"
    "\n"
    "{not json\n"
    R"({"timestamp": "2025-11-12T10:00:00+00:00", "event": "startup", "changes": {"clip_threshold": {"old": null, "new": 0.1}, "mode": {"old": null, "new": "fast"}}})"
    "\n"
    R"({"timestamp": "2025-11-14T09:00:00Z", "event": "config_change", "changes": {"render": {"old": {"a": 1}, "new": {"a": 2, "b": [1, 2]}}}})"
    "\n";
const char kMinerB[] =
    R"({"timestamp": "2025-11-12T12:00:00Z", "event": "config_change", "changes": {"gaussian_threshold": {"old": 50000, "new": 40000}}, "reason": "fewer rejects"})"
    "\n";

/// One row as the test expects it.
struct Expected
{
    const char *miner;
    const char *setting;
    const char *oldValue;
    const char *newValue;
    const char *reason;
    const char *event;
    QDateTime at;
};

QDateTime utc(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2025, month, day), QTime(hour, minute), Qt::UTC);
}

} // namespace

class TestMinerSettingsHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void listsEveryChangeNewestFirst();
    void sortsByAClickedHeader();
    void filtersBySettingOrDirectory();
    void tooltipHoldsTheWholeValues();
    void emptyUntilAReloadFindsAHistory();
    void emptyWithoutADataDirectory();

private:
    QString makeMiner(const QString &name, const QByteArray &history);
    /// A page reading `directories`, shown on its Settings history tab, loaded.
    void openPage(const QStringList &directories);
    MinerSettingsView *view() const { return m_page->settingsHistory(); }
    QString cell(int row, int column) const;

    QTemporaryDir m_base;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SamplesPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;
};

void TestMinerSettingsHistory::initTestCase()
{
    QVERIFY(m_base.isValid());
    const QString home = m_base.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home + QStringLiteral("/.local/share")));
    qputenv("HOME", QFile::encodeName(home));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home + QStringLiteral("/.local/share")));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home + QStringLiteral("/.cache")));
}

void TestMinerSettingsHistory::cleanup()
{
    m_filterTester.reset();
    m_modelTester.reset();
    m_page.reset();
    m_settings.reset();
}

QString TestMinerSettingsHistory::makeMiner(const QString &name, const QByteArray &history)
{
    static int round = 0;
    const QString dir = m_base.filePath(QStringLiteral("%1-%2").arg(name).arg(++round));
    if (!QDir().mkpath(dir + QStringLiteral("/ply_files/rejected_samples")))
        return {};
    if (!history.isNull()) {
        QFile file(dir + QStringLiteral("/miner_config_history.jsonl"));
        if (!file.open(QIODevice::WriteOnly) || file.write(history) != history.size())
            return {};
    }
    return dir;
}

void TestMinerSettingsHistory::openPage(const QStringList &directories)
{
    m_settings = std::make_unique<Settings>(m_base.filePath(
        QStringLiteral("settings-%1.ini").arg(QDateTime::currentMSecsSinceEpoch())));
    m_settings->setSampleDataDirectories(directories);
    m_page = std::make_unique<SamplesPage>(m_settings.get());
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_filterTester = std::make_unique<QAbstractItemModelTester>(
        view()->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1400, 900);
    auto *tabs = m_page->findChild<QTabWidget *>();
    QVERIFY(tabs);
    const int tab = tabs->indexOf(view());
    QVERIFY(tab >= 0);
    QCOMPARE(tabs->tabText(tab), QStringLiteral("Settings history"));
    tabs->setCurrentIndex(tab);
    QSignalSpy loaded(m_page.get(), &SamplesPage::loaded);
    m_page->show(); // the first show reads the data directories
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 20000);
}

QString TestMinerSettingsHistory::cell(int row, int column) const
{
    return view()->filterModel()->index(row, column).data().toString();
}

void TestMinerSettingsHistory::listsEveryChangeNewestFirst()
{
    const QString a = makeMiner(QStringLiteral("minerA"), kMinerA);
    const QString b = makeMiner(QStringLiteral("minerB"), kMinerB);
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    openPage({a, b});

    auto *table = m_page->findChild<QTableView *>(QStringLiteral("minerSettingsTable"));
    QVERIFY(table);
    QVERIFY(table->isVisible());
    QVERIFY(!m_page->findChild<QLabel *>(QStringLiteral("minerSettingsEmpty"))->isVisible());
    QCOMPARE(table->model(), view()->filterModel());

    const Expected expected[] = {
        {"A", "render", R"({"a":1})", R"({"a":2,"b":[1,2]})", "", "config_change",
         utc(11, 14, 9, 0)},
        {"A", "clip_threshold", "0.1", "0.12", "too many low scores", "config_change",
         utc(11, 13, 8, 30)},
        {"B", "gaussian_threshold", "50000", "40000", "fewer rejects", "config_change",
         utc(11, 12, 12, 0)},
        {"A", "clip_threshold", "null", "0.1", "", "startup", utc(11, 12, 10, 0)},
        {"A", "mode", "null", R"("fast")", "", "startup", utc(11, 12, 10, 0)},
    };
    QCOMPARE(view()->filterModel()->rowCount(), int(std::size(expected)));
    for (int row = 0; row < int(std::size(expected)); ++row) {
        const Expected &e = expected[row];
        const QString dir = QLatin1String(e.miner) == QLatin1String("A") ? a : b;
        QCOMPARE(cell(row, MinerSettingsModel::Setting), QLatin1String(e.setting));
        QCOMPARE(cell(row, MinerSettingsModel::OldValue), QLatin1String(e.oldValue));
        QCOMPARE(cell(row, MinerSettingsModel::NewValue), QLatin1String(e.newValue));
        QCOMPARE(cell(row, MinerSettingsModel::Reason), QLatin1String(e.reason));
        QCOMPARE(cell(row, MinerSettingsModel::Event), QLatin1String(e.event));
        QCOMPARE(cell(row, MinerSettingsModel::Source), QStringLiteral("this machine: ") + dir);
        // Shown in local time, sorted by the real time.
        QCOMPARE(cell(row, MinerSettingsModel::Time),
                 QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(view()
                     ->filterModel()
                     ->index(row, MinerSettingsModel::Time)
                     .data(MinerSettingsModel::SortRole)
                     .toLongLong(),
                 e.at.toMSecsSinceEpoch());
    }
    const QString count = m_page->findChild<QLabel *>(QStringLiteral("minerSettingsCount"))->text();
    QVERIFY2(count.contains(QStringLiteral("5 setting change")), qPrintable(count));
    QVERIFY2(count.contains(QStringLiteral("1 line")), qPrintable(count));
}

void TestMinerSettingsHistory::sortsByAClickedHeader()
{
    const QString a = makeMiner(QStringLiteral("minerA"), kMinerA);
    const QString b = makeMiner(QStringLiteral("minerB"), kMinerB);
    openPage({a, b});
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("minerSettingsTable"));
    QHeaderView *header = table->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(MinerSettingsModel::Time));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);

    const auto settingsInViewOrder = [this] {
        QStringList settings;
        for (int row = 0; row < view()->filterModel()->rowCount(); ++row)
            settings.append(cell(row, MinerSettingsModel::Setting));
        return settings;
    };
    const auto clickHeader = [header](int section) {
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                   header->height() / 2));
    };
    const QStringList newestFirst = settingsInViewOrder();
    QCOMPARE(newestFirst, (QStringList{QStringLiteral("render"), QStringLiteral("clip_threshold"),
                                       QStringLiteral("gaussian_threshold"),
                                       QStringLiteral("clip_threshold"), QStringLiteral("mode")}));
    clickHeader(MinerSettingsModel::Setting);
    QCOMPARE(header->sortIndicatorSection(), int(MinerSettingsModel::Setting));
    QStringList ascending{QStringLiteral("clip_threshold"), QStringLiteral("clip_threshold"),
                          QStringLiteral("gaussian_threshold"), QStringLiteral("mode"),
                          QStringLiteral("render")};
    QStringList descending(ascending.crbegin(), ascending.crend());
    const Qt::SortOrder first = header->sortIndicatorOrder();
    QCOMPARE(settingsInViewOrder(), first == Qt::AscendingOrder ? ascending : descending);
    clickHeader(MinerSettingsModel::Setting);
    QVERIFY(header->sortIndicatorOrder() != first);
    QCOMPARE(settingsInViewOrder(), first == Qt::AscendingOrder ? descending : ascending);

    // Back to time, oldest first: the real times, not the text shown, and exactly the
    // reverse of newest first (the settings of one record too), whatever the sort before.
    table->sortByColumn(MinerSettingsModel::Time, Qt::AscendingOrder);
    QCOMPARE(settingsInViewOrder(), QStringList(newestFirst.crbegin(), newestFirst.crend()));
    QCOMPARE(cell(1, MinerSettingsModel::Setting), QStringLiteral("clip_threshold"));
    QCOMPARE(cell(1, MinerSettingsModel::NewValue), QStringLiteral("0.1"));
    table->sortByColumn(MinerSettingsModel::Time, Qt::DescendingOrder);
    QCOMPARE(settingsInViewOrder(), newestFirst);
}

void TestMinerSettingsHistory::filtersBySettingOrDirectory()
{
    const QString a = makeMiner(QStringLiteral("minerA"), kMinerA);
    const QString b = makeMiner(QStringLiteral("minerB"), kMinerB);
    openPage({a, b});
    auto *filter = m_page->findChild<QLineEdit *>(QStringLiteral("minerSettingsFilter"));
    QVERIFY(filter);
    auto *count = m_page->findChild<QLabel *>(QStringLiteral("minerSettingsCount"));

    QTest::keyClicks(filter, QStringLiteral("CLIP"));
    QCOMPARE(view()->filterModel()->rowCount(), 2);
    QCOMPARE(cell(0, MinerSettingsModel::NewValue), QStringLiteral("0.12"));
    QCOMPARE(cell(1, MinerSettingsModel::NewValue), QStringLiteral("0.1"));
    QVERIFY2(count->text().contains(QStringLiteral("2 of 5")), qPrintable(count->text()));

    filter->setText(QFileInfo(b).fileName()); // the directory's name
    QCOMPARE(view()->filterModel()->rowCount(), 1);
    QCOMPARE(cell(0, MinerSettingsModel::Setting), QStringLiteral("gaussian_threshold"));

    filter->clear();
    QCOMPARE(view()->filterModel()->rowCount(), 5);
}

void TestMinerSettingsHistory::tooltipHoldsTheWholeValues()
{
    const QString a = makeMiner(QStringLiteral("minerA"), kMinerA);
    openPage({a});
    QCOMPARE(cell(0, MinerSettingsModel::Setting), QStringLiteral("render"));
    const QString tip = view()
                            ->filterModel()
                            ->index(0, MinerSettingsModel::NewValue)
                            .data(Qt::ToolTipRole)
                            .toString();
    // Laid out over lines, whole.
    QVERIFY2(tip.contains(QStringLiteral("\"a\": 2,")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("\"b\": [")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("\"a\": 1")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("2025-11-14 09:00:00 UTC)")), qPrintable(tip));
    QVERIFY2(tip.contains(a), qPrintable(tip));
}

void TestMinerSettingsHistory::emptyUntilAReloadFindsAHistory()
{
    const QString bare = makeMiner(QStringLiteral("bare"), QByteArray());
    QVERIFY(!bare.isEmpty());
    openPage({bare});
    auto *empty = m_page->findChild<QLabel *>(QStringLiteral("minerSettingsEmpty"));
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("minerSettingsTable"));
    QVERIFY(empty->isVisible());
    QVERIFY(!table->isVisible());
    QCOMPARE(view()->model()->rowCount(), 0);
    // Says what is missing and where it was looked for.
    QVERIFY2(empty->text().contains(QStringLiteral("miner_config_history.jsonl")),
             qPrintable(empty->text()));
    QVERIFY2(
        empty->text().contains(QDir(bare).filePath(QStringLiteral("miner_config_history.jsonl"))),
        qPrintable(empty->text()));

    // The miner writes its first record; the tab shows it after a reload.
    QFile file(bare + QStringLiteral("/miner_config_history.jsonl"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kMinerB);
    file.close();
    QSignalSpy loaded(m_page.get(), &SamplesPage::loaded);
    m_page->reload();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 20000);
    QCOMPARE(view()->filterModel()->rowCount(), 1);
    QCOMPARE(cell(0, MinerSettingsModel::Setting), QStringLiteral("gaussian_threshold"));
    QCOMPARE(cell(0, MinerSettingsModel::OldValue), QStringLiteral("50000"));
    QCOMPARE(cell(0, MinerSettingsModel::NewValue), QStringLiteral("40000"));
    QVERIFY(table->isVisible());
    QVERIFY(!empty->isVisible());
}

void TestMinerSettingsHistory::emptyWithoutADataDirectory()
{
    openPage({});
    auto *empty = m_page->findChild<QLabel *>(QStringLiteral("minerSettingsEmpty"));
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(QStringLiteral("No data directory")),
             qPrintable(empty->text()));
    QVERIFY2(empty->text().contains(QStringLiteral("miner_config_history.jsonl")),
             qPrintable(empty->text()));
}

QTEST_MAIN(TestMinerSettingsHistory)
#include "tst_minersettingshistory.moc"
