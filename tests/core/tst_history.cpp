// The history database: rollups and retention on synthetic samples, imports that
// land in hours already rolled up, category sums over data roots.
#include "core/history/historycsv.h"
#include "core/history/historystore.h"
#include "core/storage/locationscanstore.h"
#include "core/storage/locationusage.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using qm::HistoryStore;
using qm::ImportedSample;
using qm::LocationScan;
using qm::LocationScanStore;
using qm::UsageFigures;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = HistoryStore::kHourMs;
constexpr qint64 kDay = HistoryStore::kDayMs;
constexpr qint64 kStart = 1'700'006'400'000; // a UTC midnight, ms (19675 days)
constexpr qint64 kGB = 1'000'000'000;

/// One sample a minute for `minutes`, used = base + minute index (bytes).
QList<ImportedSample> minuteSamples(const QString &host, const QString &mount, qint64 from,
                                    int minutes, qint64 base)
{
    QList<ImportedSample> samples;
    for (int i = 0; i < minutes; ++i) {
        ImportedSample sample;
        sample.host = host;
        sample.mount = mount;
        sample.timeMs = from + i * kMinute;
        sample.totalBytes = 100 * kGB;
        sample.usedBytes = base + i;
        samples.append(sample);
    }
    return samples;
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QString error;
        m_store = std::make_unique<HistoryStore>();
        QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("history.sqlite")), &error),
                 qPrintable(error));
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void hourlyAndDailyRollups()
    {
        QString error;
        // Three days of one-minute samples.
        QVERIFY2(m_store->import(minuteSamples(QStringLiteral("h"), QStringLiteral("/"), kStart,
                                               3 * 24 * 60, 10 * kGB),
                                 &error),
                 qPrintable(error));
        // Maintenance in the middle of the fourth day's first hour.
        QVERIFY2(m_store->maintain(kStart + 3 * kDay + 30 * kMinute, {}, &error),
                 qPrintable(error));
        const auto hourly = m_store->volumeRollups(QStringLiteral("h"), QStringLiteral("/"), kHour,
                                                   kStart, kStart + 10 * kDay);
        QCOMPARE(hourly.size(), 72);
        for (int i = 0; i < hourly.size(); ++i) {
            QCOMPARE(hourly[i].startMs, kStart + i * kHour);
            QCOMPARE(hourly[i].samples, 60);
            QCOMPARE(hourly[i].usedMin, 10 * kGB + i * 60);
            QCOMPARE(hourly[i].usedMax, 10 * kGB + i * 60 + 59);
            QCOMPARE(hourly[i].usedMean, double(10 * kGB + i * 60) + 29.5);
            QCOMPARE(hourly[i].totalBytes, 100 * kGB);
        }
        const auto daily = m_store->volumeRollups(QStringLiteral("h"), QStringLiteral("/"), kDay,
                                                  kStart, kStart + 10 * kDay);
        QCOMPARE(daily.size(), 3);
        QCOMPARE(daily[1].samples, 1440);
        QCOMPARE(daily[1].usedMin, 10 * kGB + 1440);
        QCOMPARE(daily[1].usedMax, 10 * kGB + 2879);
        QCOMPARE(daily[1].usedMean, double(10 * kGB + 1440) + 719.5);
        const auto sixHourly =
            m_store->volumeRollups(QStringLiteral("h"), QStringLiteral("/"),
                                   HistoryStore::kSixHoursMs, kStart, kStart + 10 * kDay);
        QCOMPARE(sixHourly.size(), 12);
        QCOMPARE(sixHourly[5].startMs, kStart + 30 * kHour);
        QCOMPARE(sixHourly[5].samples, 360);
        QCOMPARE(sixHourly[5].usedMin, 10 * kGB + 5 * 360);
        QCOMPARE(sixHourly[5].usedMax, 10 * kGB + 5 * 360 + 359);
        const auto tenMinutes =
            m_store->volumeRollups(QStringLiteral("h"), QStringLiteral("/"),
                                   HistoryStore::kTenMinutesMs, kStart, kStart + 10 * kDay);
        QCOMPARE(tenMinutes.size(), 3 * 144);
        QCOMPARE(tenMinutes[7].startMs, kStart + 70 * kMinute);
        QCOMPARE(tenMinutes[7].samples, 10);
        QCOMPARE(tenMinutes[7].usedMin, 10 * kGB + 70);
        QCOMPARE(tenMinutes[7].usedMax, 10 * kGB + 79);

        // Again: the same rollups, nothing doubled.
        QVERIFY(m_store->maintain(kStart + 3 * kDay + 31 * kMinute, {}, &error));
        QCOMPARE(m_store
                     ->volumeRollups(QStringLiteral("h"), QStringLiteral("/"), kHour, kStart,
                                     kStart + 10 * kDay)
                     .size(),
                 72);
        QCOMPARE(m_store
                     ->volumeRollups(QStringLiteral("h"), QStringLiteral("/"), kDay, kStart,
                                     kStart + 10 * kDay)[1]
                     .samples,
                 1440);
        QCOMPARE(m_store->hosts(), QStringList{QStringLiteral("h")});
        QCOMPARE(m_store->mounts(QStringLiteral("h")), QStringList{QStringLiteral("/")});
    }

    void importIntoARolledUpHourRedoesIt()
    {
        QString error;
        QVERIFY(m_store->import(
            minuteSamples(QStringLiteral("h"), QStringLiteral("/"), kStart, 120, 0), &error));
        QVERIFY(m_store->maintain(kStart + 3 * kHour, {}, &error));
        QCOMPARE(
            m_store
                ->volumeRollups(QStringLiteral("h"), QStringLiteral("/"), kHour, kStart, kStart)[0]
                .samples,
            60);
        // A late import into the first hour (a sample at 30.5 minutes).
        ImportedSample late;
        late.host = QStringLiteral("h");
        late.mount = QStringLiteral("/");
        late.timeMs = kStart + 30 * kMinute + 30000;
        late.totalBytes = 100 * kGB;
        late.usedBytes = 1000;
        QVERIFY(m_store->import({late}, &error));
        QVERIFY(m_store->maintain(kStart + 3 * kHour, {}, &error));
        const auto first = m_store->volumeRollups(QStringLiteral("h"), QStringLiteral("/"), kHour,
                                                  kStart, kStart)[0];
        QCOMPARE(first.samples, 61);
        QCOMPARE(first.usedMax, 1000);
    }

    void retention()
    {
        QString error;
        // Twenty days of hourly samples.
        QList<ImportedSample> samples;
        for (int i = 0; i < 20 * 24; ++i) {
            ImportedSample sample;
            sample.host = QStringLiteral("h");
            sample.mount = QStringLiteral("/data");
            sample.timeMs = kStart + i * kHour;
            sample.totalBytes = 100 * kGB;
            sample.usedBytes = i;
            samples.append(sample);
        }
        QVERIFY(m_store->import(samples, &error));
        const qint64 now = kStart + 20 * kDay;
        QVERIFY2(m_store->maintain(now, {14, 2}, &error), qPrintable(error));
        // Raw: only the last 14 days.
        const auto raw =
            m_store->volumeSamples(QStringLiteral("h"), QStringLiteral("/data"), 0, now);
        QCOMPARE(raw.size(), 14 * 24);
        QCOMPARE(raw.first().timeMs, now - 14 * kDay);
        // Hourly: the last 2 days; daily: all 20.
        const auto hourly =
            m_store->volumeRollups(QStringLiteral("h"), QStringLiteral("/data"), kHour, 0, now);
        QCOMPARE(hourly.size(), 2 * 24);
        QCOMPARE(hourly.first().startMs, now - 2 * kDay);
        const auto daily =
            m_store->volumeRollups(QStringLiteral("h"), QStringLiteral("/data"), kDay, 0, now);
        QCOMPARE(daily.size(), 20);
        QCOMPARE(daily.first().usedMin, 0);
        QCOMPARE(daily.first().usedMax, 23);
        QCOMPARE(m_store->probeCount(QStringLiteral("h")), 14 * 24);
        // Ten-minute rollups go with the raw samples; six-hourly ones stay, like daily.
        const auto tenMinutes = m_store->volumeRollups(QStringLiteral("h"), QStringLiteral("/data"),
                                                       HistoryStore::kTenMinutesMs, 0, now);
        QCOMPARE(tenMinutes.size(), 14 * 24);
        QCOMPARE(tenMinutes.first().startMs, now - 14 * kDay);
        QCOMPARE(m_store
                     ->volumeRollups(QStringLiteral("h"), QStringLiteral("/data"),
                                     HistoryStore::kSixHoursMs, 0, now)
                     .size(),
                 20 * 4);
    }

    void rawIsKeptUntilRolledUp()
    {
        // Samples older than the raw retention whose day is not complete yet stay.
        QString error;
        QVERIFY(m_store->import(
            minuteSamples(QStringLiteral("h"), QStringLiteral("/"), kStart + 10 * kHour, 10, 0),
            &error));
        QVERIFY(m_store->maintain(kStart + 20 * kHour, {0, 365}, &error));
        QCOMPARE(m_store->volumeSamples(QStringLiteral("h"), QStringLiteral("/"), 0, kStart + kDay)
                     .size(),
                 10);
        QVERIFY(m_store->maintain(kStart + kDay + kHour, {0, 365}, &error));
        QCOMPARE(m_store->volumeSamples(QStringLiteral("h"), QStringLiteral("/"), 0, kStart + kDay)
                     .size(),
                 0);
        QCOMPARE(
            m_store
                ->volumeRollups(QStringLiteral("h"), QStringLiteral("/"), kDay, 0, kStart + kDay)[0]
                .samples,
            10);
    }

    void categoriesSumOverRoots()
    {
        QString error;
        qm::HostProbe probe;
        probe.name = QStringLiteral("miner");
        probe.transport = QStringLiteral("ssh");
        for (int i = 0; i < 3; ++i) {
            probe.probedAt = QDateTime::fromMSecsSinceEpoch(kStart + i * 10 * kMinute, Qt::UTC);
            probe.roots.clear();
            for (const QString &root : {QStringLiteral("/a"), QStringLiteral("/b")}) {
                qm::DataRootScan scan;
                scan.root = root;
                scan.categories.append({QStringLiteral("ply_rejected"), 100 * (i + 1), i + 1, -1});
                probe.roots.append(scan);
            }
            QVERIFY2(m_store->record(probe, &error), qPrintable(error));
        }
        QVERIFY(m_store->maintain(kStart + kHour, {}, &error));
        // The rollup of the hour: per probe 200, 400, 600 (two roots each).
        QCOMPARE(QSqlDatabase::connectionNames().size(), 1); // the store's
        const QSqlDatabase db = QSqlDatabase::database(QSqlDatabase::connectionNames().first());
        QSqlQuery rollup(db);
        QVERIFY(rollup.exec(QStringLiteral("SELECT samples, bytes_min, bytes_max, bytes_mean, "
                                           "files_max FROM category_rollups WHERE period = %1")
                                .arg(kHour)));
        QVERIFY(rollup.next());
        QCOMPARE(rollup.value(0).toInt(), 3);
        QCOMPARE(rollup.value(1).toLongLong(), 200);
        QCOMPARE(rollup.value(2).toLongLong(), 600);
        QCOMPARE(rollup.value(3).toDouble(), 400.0);
        QCOMPARE(rollup.value(4).toLongLong(), 6);
    }

    void importsAreNotProbes()
    {
        // An imported sample newer than the last real probe is not "the latest probe",
        // and does not end a failure.
        QString error;
        qm::HostProbe failed;
        failed.name = QStringLiteral("h");
        failed.transport = QStringLiteral("ssh");
        failed.status = qm::HostStatus::Unreachable;
        failed.probedAt = QDateTime::fromMSecsSinceEpoch(kStart, Qt::UTC);
        QVERIFY(m_store->record(failed, &error));
        QVERIFY(m_store->import(
            minuteSamples(QStringLiteral("h"), QStringLiteral("/"), kStart + kHour, 2, 0), &error));
        QCOMPARE(m_store->latestProbe(QStringLiteral("h")).status, qm::HostStatus::Unreachable);
        QCOMPARE(m_store->failingSince(QStringLiteral("h")).toMSecsSinceEpoch(), kStart);
    }

    void importKeepsAnyNameAndEveryRow()
    {
        // Names travel to SQLite as JSON: quotes, backslashes, control characters and
        // non-ASCII come back as they went in; more rows than one batch all arrive, and
        // the same volume twice in one probe counts once, the first given.
        const QString host = QStringLiteral("n\u00e4me \"q\" \\ back\tslash\x01");
        const QString mount = QStringLiteral("/Volumes/Data \u2603 'x'");
        QList<ImportedSample> samples = minuteSamples(host, mount, kStart, 10000, 7);
        ImportedSample again = samples.first();
        again.usedBytes = 999;
        samples.append(again);
        ImportedSample category;
        category.host = host;
        category.timeMs = kStart;
        category.category = QStringLiteral("ply \"rejected\"");
        category.categoryBytes = 42;
        samples.append(category);
        QString error;
        QVERIFY2(m_store->import(samples, &error), qPrintable(error));
        QCOMPARE(m_store->hosts(), QStringList{host});
        QCOMPARE(m_store->mounts(host), QStringList{mount});
        const QList<qm::VolumePoint> points =
            m_store->volumeSamples(host, mount, kStart, kStart + 10000 * kMinute);
        QCOMPARE(points.size(), 10000);
        QCOMPARE(points.first().usedBytes, 7);
        QCOMPARE(points.last().usedBytes, 7 + 9999);
        QCOMPARE(points.first().totalBytes, 100 * kGB);
        QCOMPARE(m_store->probeCount(host), 10000);
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT category, bytes, available_bytes FROM "
                                      "category_samples, volume_samples USING (probe_id)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), category.category);
        QCOMPARE(q.value(1).toLongLong(), 42);
        QVERIFY(q.value(2).isNull()); // not given: unknown, not total - used
        // The import checks no references itself; the connection does again after it.
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void availableBytesAreKeptNotGuessed()
    {
        // A probe's volume with 5 GB reserved for root, and an import with and without
        // available_bytes: the history keeps what was given, and unknown for the rest.
        QString error;
        qm::HostProbe probe;
        probe.name = QStringLiteral("h");
        probe.transport = QStringLiteral("local");
        probe.probedAt = QDateTime::fromMSecsSinceEpoch(kStart + 5 * kMinute, Qt::UTC);
        qm::Volume root;
        root.mountPoint = QStringLiteral("/");
        root.totalBytes = 100 * kGB;
        root.usedBytes = 19 * kGB;
        root.availableBytes = 76 * kGB; // df: 19 / 95 = 20 %, where used / total is 19 %
        probe.volumes = {root};
        QVERIFY2(m_store->record(probe, &error), qPrintable(error));
        ImportedSample known;
        known.host = QStringLiteral("h");
        known.mount = QStringLiteral("/");
        known.timeMs = kStart + 15 * kMinute;
        known.totalBytes = 100 * kGB;
        known.usedBytes = 38 * kGB;
        known.availableBytes = 57 * kGB; // 40 %
        ImportedSample unknown = known;
        unknown.mount = QStringLiteral("/old");
        unknown.availableBytes = -1;
        QVERIFY(m_store->import({known, unknown}, &error));
        ImportedSample unknownToo = unknown;
        unknownToo.mount = QStringLiteral("/");
        unknownToo.timeMs = kStart + 25 * kMinute;
        unknownToo.usedBytes = 90 * kGB;
        unknownToo.availableBytes = -1;
        QVERIFY(m_store->import({unknownToo}, &error));

        const QList<qm::VolumePoint> raw =
            m_store->volumeSamples(QStringLiteral("h"), QStringLiteral("/"), 0, kStart + kDay);
        QCOMPARE(raw.size(), 3);
        QCOMPARE(raw[0].availableBytes, 76 * kGB);
        QCOMPARE(raw[0].usedPercent(), 20.0);
        QCOMPARE(raw[1].usedPercent(), 40.0);
        QCOMPARE(raw[2].availableBytes, -1);
        QCOMPARE(raw[2].usedPercent(), -1.0);
        QCOMPARE(raw[2].capacityBytes(), 100 * kGB); // the size, where nothing else is known

        // The rollups keep the mean time of their samples, and the mean available bytes
        // and the used % range of those that recorded them.
        QVERIFY(m_store->maintain(kStart + kDay + kHour, {}, &error));
        for (const qint64 period : {HistoryStore::kHourMs, HistoryStore::kDayMs}) {
            const auto rollups =
                m_store->volumeRollups(QStringLiteral("h"), QStringLiteral("/"), period, 0, kStart);
            QCOMPARE(rollups.size(), 1);
            const qm::VolumeRollup &r = rollups.first();
            QCOMPARE(r.samples, 3);
            QCOMPARE(r.timeMs, kStart + 15 * kMinute); // (5 + 15 + 25) / 3 minutes
            QCOMPARE(r.usedPercentMin, 20.0);
            QCOMPARE(r.usedPercentMax, 40.0);
            QCOMPARE(r.availableMean, double(76 + 57) / 2 * kGB);
        }
        const auto old =
            m_store->volumeRollups(QStringLiteral("h"), QStringLiteral("/old"), kHour, 0, kStart);
        QCOMPARE(old.size(), 1);
        QCOMPARE(old.first().usedPercentMin, -1.0);
        QCOMPARE(old.first().availableMean, -1.0);
    }

    void systemFilesystemsAreNotListed()
    {
        qm::HostProbe probe;
        probe.name = QStringLiteral("h");
        probe.transport = QStringLiteral("local");
        probe.probedAt = QDateTime::fromMSecsSinceEpoch(kStart, Qt::UTC);
        qm::Volume root;
        root.mountPoint = QStringLiteral("/");
        root.totalBytes = 100;
        root.usedBytes = 10;
        qm::Volume proc = root;
        proc.mountPoint = QStringLiteral("/proc");
        proc.system = true;
        probe.volumes = {root, proc};
        QString error;
        QVERIFY(m_store->record(probe, &error));
        QCOMPARE(m_store->mounts(QStringLiteral("h")), QStringList{QStringLiteral("/")});
    }

    void concurrentFirstOpensAllSucceed()
    {
        // The probe scheduler and the alerts open a new history at the same moment: each
        // waits for the other's schema instead of failing with "database is locked".
        for (int round = 0; round < 5; ++round) {
            const QString path = m_dir->filePath(QStringLiteral("fresh-%1.sqlite").arg(round));
            constexpr int kThreads = 6;
            std::atomic<int> ready = 0;
            QStringList errors[kThreads];
            std::vector<std::thread> threads;
            for (int i = 0; i < kThreads; ++i) {
                threads.emplace_back([&, i] {
                    ++ready;
                    while (ready < kThreads) {
                    }
                    HistoryStore store;
                    QString error;
                    if (!store.open(path, &error))
                        errors[i].append(error);
                });
            }
            for (std::thread &thread : threads)
                thread.join();
            for (const QStringList &e : errors)
                QVERIFY2(e.isEmpty(), qPrintable(e.join(QLatin1Char('\n'))));
        }
    }

    void migratesFromVersion1()
    {
        // A version-1 database (probes only) gains the rollups and alerts and keeps its
        // probes.
        QString error;
        QVERIFY(m_store->import(
            minuteSamples(QStringLiteral("h"), QStringLiteral("/"), kStart, 90, 0), &error));
        m_store.reset();
        const QString path = m_dir->filePath(QStringLiteral("history.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *statement :
                 {"DROP TABLE volume_rollups", "DROP TABLE category_rollups",
                  "DROP TABLE maintenance", "DROP TABLE alerts", "DROP TABLE location_prefixes",
                  "DROP TABLE health_results", "DROP TABLE location_scans",
                  "PRAGMA user_version = 1"})
                QVERIFY2(q.exec(QString::fromLatin1(statement)), statement);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        m_store = std::make_unique<HistoryStore>();
        QVERIFY2(m_store->open(path, &error), qPrintable(error));
        QCOMPARE(m_store->probeCount(), 90);
        // Version 6 keeps the storage locations' scans.
        QVERIFY(QSqlQuery(m_store->database())
                    .exec(QStringLiteral("SELECT COUNT(*) FROM location_scans")));
        QSqlQuery alerts(m_store->database());
        QVERIFY(alerts.exec(QStringLiteral("SELECT COUNT(*) FROM alerts")));
        QVERIFY2(m_store->maintain(kStart + 2 * kHour, {}, &error), qPrintable(error));
        QCOMPARE(
            m_store
                ->volumeRollups(QStringLiteral("h"), QStringLiteral("/"), kHour, kStart, kStart)[0]
                .samples,
            60);
    }

    void migratesLocationScansFromVersion6()
    {
        // A version-6 file's scans stay, as orphan scans without a rule or times; a
        // listing can be kept beside them.
        m_store.reset();
        const QString path = m_dir->filePath(QStringLiteral("history.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *statement :
                 {"DROP TABLE location_prefixes", "DROP TABLE health_results",
                  "DROP TABLE location_scans",
                  "CREATE TABLE location_scans (id INTEGER PRIMARY KEY, location TEXT NOT NULL, "
                  "scanned_at INTEGER NOT NULL, listed_objects INTEGER NOT NULL, listed_bytes "
                  "INTEGER NOT NULL, referenced_keys INTEGER NOT NULL, orphan_objects INTEGER NOT "
                  "NULL, orphan_bytes INTEGER NOT NULL, too_young_objects INTEGER NOT NULL, "
                  "too_young_bytes INTEGER NOT NULL, missing_references INTEGER NOT NULL, "
                  "orphan_share REAL NOT NULL, band TEXT NOT NULL, plan_path TEXT)",
                  "INSERT INTO location_scans VALUES (1, '/srv/a', 1000, 5, 500, 4, 1, 100, 0, 0, "
                  "0, 0.2, 'warning', NULL)",
                  "PRAGMA user_version = 6"})
                QVERIFY2(q.exec(QString::fromLatin1(statement)), statement);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        m_store = std::make_unique<HistoryStore>();
        QString error;
        QVERIFY2(m_store->open(path, &error), qPrintable(error));
        LocationScanStore scans(m_store->database());
        std::optional<LocationScan> kept = scans.latestOrphanScan(QStringLiteral("/srv/a"), &error);
        QVERIFY2(kept, qPrintable(error));
        QVERIFY(kept->isOrphanScan());
        QCOMPARE(kept->band, QStringLiteral("warning"));
        QCOMPARE(kept->newestMs, -1);
        QVERIFY(kept->rule.isEmpty());
        UsageFigures usage;
        usage.add(700, 1500);
        QVERIFY2(scans.record(LocationScan::listing(QStringLiteral("/srv/a"), 2000, usage), &error),
                 qPrintable(error));
        // The newest record is the listing; the orphan figures stay the scan's.
        const QList<LocationScan> any = scans.latestOfAnyKind(&error);
        QCOMPARE(any.size(), 1);
        QVERIFY(!any[0].isOrphanScan());
        QCOMPARE(any[0].listedBytes, 700);
        QCOMPARE(any[0].newestMs, 1500);
        QCOMPARE(scans.latest(&error).value(0).orphanBytes, 100);
        // Version 8 keeps a record's largest top-level folders, largest first.
        qm::UsageCounter counted;
        counted.add("models/a.bin", 300, 1600);
        counted.add("models/b.bin", 400, 1700);
        counted.add("games/x.db", 50, 1800);
        counted.add("loose.txt", 5, 1900);
        QVERIFY2(
            scans.record(LocationScan::listing(QStringLiteral("/srv/a"), 3000, counted), &error),
            qPrintable(error));
        const LocationScan newest = scans.latestOfAnyKind(&error).value(0);
        QCOMPARE(newest.listedBytes, 755);
        QCOMPARE(scans.prefixes(newest.id, &error),
                 (QList<qm::LocationPrefix>{{QStringLiteral("models/"), 2, 700},
                                            {QStringLiteral("games/"), 1, 50},
                                            {QString(), 1, 5}}));
        QVERIFY(scans.prefixes(any[0].id, &error).isEmpty()); // a listing of bare figures
    }

    void migratesFromVersion3()
    {
        // A version-3 database has hourly rollups but no six-hourly or ten-minute ones:
        // they are made from the hourly ones and the raw samples kept, and maintenance
        // goes on from the hourly watermark.
        QString error;
        QVERIFY(m_store->import(
            minuteSamples(QStringLiteral("h"), QStringLiteral("/"), kStart, 2 * 24 * 60, 10 * kGB),
            &error));
        QVERIFY(m_store->maintain(kStart + kDay + 30 * kMinute, {}, &error));
        m_store.reset();
        const QString path = m_dir->filePath(QStringLiteral("history.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            // Probes (and their samples) before 12:00 on day 0 are gone.
            for (const char *statement :
                 {"PRAGMA foreign_keys = ON",
                  "DELETE FROM volume_rollups WHERE period IN (600000, 21600000)",
                  "DELETE FROM category_rollups WHERE period IN (600000, 21600000)",
                  "DELETE FROM maintenance WHERE name IN ('six_hourly_until', "
                  "'ten_minute_until')",
                  "DELETE FROM probes WHERE probed_at < 1700006400000 + 43200000",
                  "ALTER TABLE volume_rollups DROP COLUMN time_mean",
                  "ALTER TABLE volume_rollups DROP COLUMN available_mean",
                  "ALTER TABLE volume_rollups DROP COLUMN used_percent_min",
                  "ALTER TABLE volume_rollups DROP COLUMN used_percent_max",
                  "DROP TABLE location_prefixes", "DROP TABLE health_results",
                  "DROP TABLE location_scans", "PRAGMA user_version = 3"})
                QVERIFY2(q.exec(QString::fromLatin1(statement)), statement);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        m_store = std::make_unique<HistoryStore>();
        QVERIFY2(m_store->open(path, &error), qPrintable(error));
        const auto six =
            m_store->volumeRollups(QStringLiteral("h"), QStringLiteral("/"),
                                   HistoryStore::kSixHoursMs, kStart, kStart + 10 * kDay);
        QCOMPARE(six.size(), 4); // day 0 only: the hourly watermark is 1d 00:00
        QCOMPARE(six[1].samples, 360);
        QCOMPARE(six[1].usedMin, 10 * kGB + 360);
        QCOMPARE(six[1].usedMax, 10 * kGB + 719);
        QCOMPARE(six[1].usedMean, double(10 * kGB + 360) + 179.5);
        QCOMPARE(m_store->rolledUpUntil(HistoryStore::kSixHoursMs), kStart + kDay);
        // Ten-minute rollups from the raw samples still kept (from 12:00 on day 0), up
        // to the hourly watermark.
        const auto ten =
            m_store->volumeRollups(QStringLiteral("h"), QStringLiteral("/"),
                                   HistoryStore::kTenMinutesMs, kStart, kStart + 10 * kDay);
        QCOMPARE(ten.size(), 72);
        QCOMPARE(ten.first().startMs, kStart + 12 * kHour);
        QCOMPARE(ten.first().usedMax, 10 * kGB + 12 * 60 + 9);
        QCOMPARE(m_store->rolledUpUntil(HistoryStore::kTenMinutesMs), kStart + kDay);
    }

    void migratesFromVersion4()
    {
        // A version-4 database: rollups without mean times or available bytes, and
        // imports whose available bytes were guessed as total - used. Rollups whose raw
        // samples are all kept are made again with them; older ones stay unknown (NULL),
        // and so do the imports' available bytes: nothing is made up.
        QString error;
        QVERIFY(m_store->import(
            minuteSamples(QStringLiteral("h"), QStringLiteral("/"), kStart, 2 * 24 * 60, 10 * kGB),
            &error));
        qm::HostProbe probe;
        probe.name = QStringLiteral("h");
        probe.transport = QStringLiteral("local");
        probe.probedAt = QDateTime::fromMSecsSinceEpoch(kStart + kDay + 10 * kHour, Qt::UTC);
        qm::Volume data;
        data.mountPoint = QStringLiteral("/data");
        data.totalBytes = 100 * kGB;
        data.usedBytes = 30 * kGB;
        data.availableBytes = 60 * kGB;
        probe.volumes = {data};
        QVERIFY(m_store->record(probe, &error));
        QVERIFY(m_store->maintain(kStart + 2 * kDay + 30 * kMinute, {}, &error));
        m_store.reset();
        const QString path = m_dir->filePath(QStringLiteral("history.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            // Day 0's raw probes are gone; imports carry the guess version 4 stored.
            for (const char *statement :
                 {"PRAGMA foreign_keys = ON",
                  "UPDATE volume_samples SET available_bytes = MAX(0, total_bytes - used_bytes) "
                  "WHERE available_bytes IS NULL",
                  "DELETE FROM probes WHERE probed_at < 1700006400000 + 86400000",
                  "ALTER TABLE volume_rollups DROP COLUMN time_mean",
                  "ALTER TABLE volume_rollups DROP COLUMN available_mean",
                  "ALTER TABLE volume_rollups DROP COLUMN used_percent_min",
                  "ALTER TABLE volume_rollups DROP COLUMN used_percent_max",
                  "DROP TABLE location_prefixes", "DROP TABLE health_results",
                  "DROP TABLE location_scans", "PRAGMA user_version = 4"})
                QVERIFY2(q.exec(QString::fromLatin1(statement)), qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        m_store = std::make_unique<HistoryStore>();
        QVERIFY2(m_store->open(path, &error), qPrintable(error));

        // The imports' available bytes are unknown again.
        const auto raw =
            m_store->volumeSamples(QStringLiteral("h"), QStringLiteral("/"), 0, kStart + 3 * kDay);
        QCOMPARE(raw.size(), 24 * 60);
        QCOMPARE(raw.first().availableBytes, -1);
        // Day 0 (raw gone): the middle of the hour, nothing about available bytes.
        const auto day0 = m_store->volumeRollups(QStringLiteral("h"), QStringLiteral("/"), kHour,
                                                 kStart, kStart + kDay - 1);
        QCOMPARE(day0.size(), 24);
        QCOMPARE(day0.first().timeMs, kStart + kHour / 2);
        QCOMPARE(day0.first().usedPercentMin, -1.0);
        QCOMPARE(day0.first().availableMean, -1.0);
        // Day 1 (raw kept): made again, at the mean time of the samples (xx:29:30).
        const auto day1 = m_store->volumeRollups(QStringLiteral("h"), QStringLiteral("/"), kHour,
                                                 kStart + kDay, kStart + 2 * kDay - 1);
        QCOMPARE(day1.size(), 24);
        QCOMPARE(day1.first().timeMs, kStart + kDay + 29 * kMinute + 30 * 1000);
        QCOMPARE(day1.first().samples, 60);
        QCOMPARE(day1.first().usedPercentMin, -1.0); // imported without: unknown
        // The probe's volume, kept raw: its used % as df counts it.
        const auto probed = m_store->volumeRollups(QStringLiteral("h"), QStringLiteral("/data"),
                                                   kHour, 0, kStart + 3 * kDay);
        QCOMPARE(probed.size(), 1);
        QCOMPARE(probed.first().usedPercentMin, 100.0 / 3);
        QCOMPARE(probed.first().availableMean, 60.0 * kGB);
        QCOMPARE(probed.first().timeMs, kStart + kDay + 10 * kHour);
        QCOMPARE(m_store
                     ->volumeRollups(QStringLiteral("h"), QStringLiteral("/data"), kDay, 0,
                                     kStart + 3 * kDay)
                     .first()
                     .usedPercentMax,
                 100.0 / 3);
    }

    void volumeHistoryUsesTheFinestLevelKept()
    {
        // 20 days of hourly samples, raw kept for 3 days and hourly rollups for 10:
        // daily means, then hourly means, then raw samples, oldest first, no overlap.
        QString error;
        QList<ImportedSample> samples;
        for (int i = 0; i < 20 * 24; ++i)
            samples +=
                minuteSamples(QStringLiteral("h"), QStringLiteral("/"), kStart + i * kHour, 1, i);
        QVERIFY(m_store->import(samples, &error));
        const qint64 now = kStart + 20 * kDay;
        QVERIFY(m_store->maintain(now, {3, 10}, &error));
        const QList<qm::VolumePoint> points =
            m_store->volumeHistory(QStringLiteral("h"), QStringLiteral("/"), 0, now);
        QCOMPARE(points.size(), 10 + 7 * 24 + 3 * 24);
        for (int i = 1; i < points.size(); ++i)
            QVERIFY(points[i - 1].timeMs < points[i].timeMs);
        QCOMPARE(points.first().timeMs, kStart + kDay / 2 - kHour / 2); // mean of 00:00..23:00
        QCOMPARE(points.first().usedBytes, 12);                         // mean of 0..23, rounded
        QCOMPARE(points[10].timeMs, now - 10 * kDay);         // the first hourly mean: its sample
        QCOMPARE(points[10 + 7 * 24].timeMs, now - 3 * kDay); // the first raw sample
    }

    void csvImport()
    {
        QList<ImportedSample> samples;
        QStringList errors;
        const QByteArray good =
            "\xEF\xBB\xBFtime,host,mount,used_bytes,total_bytes,category,bytes\n"
            "2026-11-01T10:00:00,\"mac, studio\",/,5,10,,\n"
            "2026-11-01T10:00:00+01:00,m,,,,games,7\n"
            "\n"
            "1700000000.5,m,/data,1,2,models,3\n";
        QVERIFY2(qm::parseHistoryCsv(good, &samples, &errors), qPrintable(errors.join(u';')));
        QCOMPARE(samples.size(), 3);
        QCOMPARE(samples[0].host, QStringLiteral("mac, studio"));
        QCOMPARE(samples[0].timeMs,
                 QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(samples[0].usedBytes, 5);
        QCOMPARE(samples[0].categoryBytes, -1);
        QVERIFY(samples[1].mount.isEmpty()); // a category row only
        QCOMPARE(samples[1].timeMs,
                 QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(samples[2].timeMs, 1700000000500);
        QCOMPARE(samples[2].category, QStringLiteral("models"));

        // available_bytes where given; empty or absent: unknown.
        QVERIFY(qm::parseHistoryCsv("host,mount,time,total_bytes,used_bytes,available_bytes\n"
                                    "a,/,1700000000,100,20,75\n"
                                    "a,/,1700000060,100,20,\n",
                                    &samples, &errors));
        QCOMPARE(samples.size(), 2);
        QCOMPARE(samples[0].availableBytes, 75);
        QCOMPARE(samples[1].availableBytes, -1);
        QVERIFY(qm::parseHistoryCsv(
            "host,mount,time,total_bytes,used_bytes\na,/,1700000000,100,20\n", &samples, &errors));
        QCOMPARE(samples[0].availableBytes, -1);
        QVERIFY(!qm::parseHistoryCsv(
            "host,mount,time,total_bytes,used_bytes,available_bytes\na,/,1700000000,100,20,101\n",
            &samples, &errors));
        QVERIFY2(errors.last().startsWith(QStringLiteral("line 2: available_bytes 101 is more")),
                 qPrintable(errors.last()));
        errors.clear();

        const QByteArray bad = "host,mount,time,total_bytes,used_bytes\n"
                               "a,/,1700000000,10,5\n"
                               "a,/,1700000000,5,10\n"
                               "a,/,1700000000,x,5\n"
                               "a,/,1700000000,10\n"
                               "a,/,\"1700000000,10,5\n"
                               ",/,1700000000,10,5\n"
                               "a,/,-5,10,5\n";
        QVERIFY(!qm::parseHistoryCsv(bad, &samples, &errors));
        QVERIFY(samples.isEmpty()); // all or nothing
        QCOMPARE(errors.size(), 6);
        QVERIFY2(errors[0].startsWith(QStringLiteral("line 3: used_bytes 10 is more")),
                 qPrintable(errors[0]));
        QVERIFY(errors[1].startsWith(QStringLiteral("line 4: total_bytes 'x'")));
        QVERIFY(errors[2].startsWith(QStringLiteral("line 5: 4 fields")));
        QVERIFY(errors[3].startsWith(QStringLiteral("line 6: a quote")));
        QVERIFY(errors[4].startsWith(QStringLiteral("line 7: no host")));
        QVERIFY(errors[5].startsWith(QStringLiteral("line 8: time '-5'")));

        errors.clear();
        QVERIFY(!qm::parseHistoryCsv("host,time\n", &samples, &errors));
        QVERIFY(errors.first().contains(QStringLiteral("mount, total_bytes, used_bytes")));
        errors.clear();
        QVERIFY(!qm::parseHistoryCsv("", &samples, &errors));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
