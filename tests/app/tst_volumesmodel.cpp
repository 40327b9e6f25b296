#include "app/dashboard/volumesfiltermodel.h"
#include "app/dashboard/volumesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using qm::Volume;
using qm::VolumesModel;

namespace {

Volume volume(const char *mountPoint, qint64 total, qint64 used, qint64 available,
              bool system = false)
{
    Volume v;
    v.mountPoint = QString::fromUtf8(mountPoint);
    v.device = QStringLiteral("/dev/x");
    v.fsType = system ? QStringLiteral("proc") : QStringLiteral("ext4");
    v.totalBytes = total;
    v.usedBytes = used;
    v.availableBytes = available;
    v.system = system;
    if (system)
        v.systemReason = QStringLiteral("kernel pseudo-filesystem");
    return v;
}

} // namespace

class TestVolumesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passesTheModelTester();
    void mergesRefreshesInPlace();
    void displaysFigures();
    void levelsFollowThresholds();
    void unreadableVolumes();
    void filterHidesSystemVolumes();
    void sortsByRawValues();
};

void TestVolumesModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestVolumesModel::passesTheModelTester()
{
    VolumesModel model;
    qm::VolumesFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVolumes({volume("/", 100, 50, 40), volume("/proc", 0, 0, 0, true)});
    model.setVolumes({volume("/", 100, 60, 30), volume("/home", 10, 1, 9)});
    filter.setShowSystemVolumes(true);
    model.setVolumes({});
    model.setVolumes({volume("/a", 1, 1, 0), volume("/b", 2, 1, 1), volume("/c", 3, 1, 2)});
    filter.sort(VolumesModel::Free, Qt::DescendingOrder);
    model.setUsageThresholds({50.0, 25.0});
    filter.setShowSystemVolumes(false);
}

void TestVolumesModel::mergesRefreshesInPlace()
{
    VolumesModel model;
    model.setVolumes({volume("/", 100, 50, 40), volume("/home", 10, 5, 5)});
    const QPersistentModelIndex home = model.index(1, VolumesModel::MountPoint);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    // Same figures: nothing changes.
    model.setVolumes({volume("/", 100, 50, 40), volume("/home", 10, 5, 5)});
    QCOMPARE(changed.size(), 0);

    // /home grows, / unchanged, /media appears.
    model.setVolumes(
        {volume("/", 100, 50, 40), volume("/home", 10, 8, 2), volume("/media", 5, 0, 5)});
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(inserted.size(), 1);
    QVERIFY(home.isValid());
    QCOMPARE(home.row(), 1); // the user's selection stays on /home

    // / vanishes (unmounted): /home moves up but keeps its identity.
    model.setVolumes({volume("/home", 10, 8, 2), volume("/media", 5, 0, 5)});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(home.row(), 0);
    QCOMPARE(home.data().toString(), QStringLiteral("/home"));
    QCOMPARE(model.rowCount(), 2);
}

void TestVolumesModel::displaysFigures()
{
    VolumesModel model;
    Volume v = volume("/data", 4LL << 40, 3LL << 40, 1LL << 40);
    v.readOnly = true;
    model.setVolumes({v});
    QCOMPARE(model.index(0, VolumesModel::Size).data().toString(), QStringLiteral("4.0 TiB"));
    QCOMPARE(model.index(0, VolumesModel::Used).data().toString(), QStringLiteral("3.0 TiB"));
    QCOMPARE(model.index(0, VolumesModel::Free).data().toString(), QStringLiteral("1.0 TiB"));
    QCOMPARE(model.index(0, VolumesModel::Usage).data().toString(), QStringLiteral("75.0 %"));
    QCOMPARE(model.index(0, VolumesModel::Usage).data(VolumesModel::UsedPercentRole).toDouble(),
             75.0);
    QCOMPARE(model.index(0, VolumesModel::Access).data().toString(), QStringLiteral("read-only"));
    QCOMPARE(model.index(0, VolumesModel::Size).data(VolumesModel::SortRole).toLongLong(),
             4LL << 40);
    QVERIFY(
        model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("read-only")));
    QCOMPARE(model.headerData(VolumesModel::MountPoint, Qt::Horizontal).toString(),
             QStringLiteral("Mount Point"));
}

void TestVolumesModel::levelsFollowThresholds()
{
    VolumesModel model;
    model.setVolumes(
        {volume("/a", 100, 70, 30), volume("/b", 100, 85, 15), volume("/c", 100, 95, 5)});
    const auto level = [&](int row) {
        return qm::UsageLevel(
            model.index(row, VolumesModel::Usage).data(VolumesModel::UsageLevelRole).toInt());
    };
    QCOMPARE(level(0), qm::UsageLevel::Normal);
    QCOMPARE(level(1), qm::UsageLevel::Warning);
    QCOMPARE(level(2), qm::UsageLevel::Critical);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setUsageThresholds({40.0, 20.0});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(level(0), qm::UsageLevel::Warning);
    QCOMPARE(level(1), qm::UsageLevel::Critical);
}

void TestVolumesModel::unreadableVolumes()
{
    VolumesModel model;
    Volume dead = volume("/mnt/nas", -1, -1, -1);
    dead.state = Volume::State::NotResponding;
    dead.errorString = QStringLiteral("The filesystem did not answer within 3 seconds");
    model.setVolumes({dead});
    QCOMPARE(model.index(0, VolumesModel::Usage).data().toString(),
             QStringLiteral("not responding"));
    QCOMPARE(model.index(0, VolumesModel::Size).data().toString(), QStringLiteral("—"));
    QCOMPARE(qm::UsageLevel(
                 model.index(0, VolumesModel::Usage).data(VolumesModel::UsageLevelRole).toInt()),
             qm::UsageLevel::Unknown);
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(dead.errorString));
}

void TestVolumesModel::filterHidesSystemVolumes()
{
    VolumesModel model;
    qm::VolumesFilterModel filter;
    filter.setSourceModel(&model);
    model.setVolumes(
        {volume("/", 100, 50, 40), volume("/proc", 0, 0, 0, true), volume("/sys", 0, 0, 0, true)});
    QCOMPARE(filter.rowCount(), 1);
    filter.setShowSystemVolumes(true);
    QCOMPARE(filter.rowCount(), 3);
    filter.setShowSystemVolumes(false);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("/"));
}

void TestVolumesModel::sortsByRawValues()
{
    VolumesModel model;
    qm::VolumesFilterModel filter;
    filter.setSourceModel(&model);
    // 900 MiB sorts below 2 GiB although "900.0 MiB" > "2.0 GiB" as text.
    model.setVolumes(
        {volume("/big", 2LL << 30, 0, 2LL << 30), volume("/small", 900LL << 20, 0, 900LL << 20)});
    filter.sort(VolumesModel::Size, Qt::AscendingOrder);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("/small"));
    filter.sort(VolumesModel::Size, Qt::DescendingOrder);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("/big"));
}

QTEST_MAIN(TestVolumesModel)
#include "tst_volumesmodel.moc"
