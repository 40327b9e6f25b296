// The live rules QM101-QM105 on synthetic probes, and the probe history database.
#include "core/config/configcheck.h"
#include "core/fleet/liverules.h"
#include "core/history/historystore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace qm;

namespace {

Volume volume(const QString &mount, double usedPercent)
{
    Volume v;
    v.mountPoint = mount;
    v.totalBytes = 1000 * 1000;
    v.usedBytes = qint64(usedPercent * 10000);
    v.availableBytes = v.totalBytes - v.usedBytes;
    return v;
}

HostProbe probe(const QString &name, HostStatus status = HostStatus::Ok)
{
    HostProbe p;
    p.name = name;
    p.status = status;
    p.transport = QStringLiteral("ssh");
    p.probedAt = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    if (status != HostStatus::Ok)
        p.error = QStringLiteral("cannot reach it");
    return p;
}

QStringList rules(const QList<Diagnostic> &diagnostics)
{
    QStringList list;
    for (const Diagnostic &d : diagnostics)
        list.append(d.rule + QLatin1Char(' ') + d.message);
    return list;
}

const QByteArray kConfig = "sync_routing:\n"
                           "  max_disk_usage_percent: 70\n"
                           "  min_free_disk_percent: 15\n"
                           "  excluded_hosts: [excluded]\n"
                           "  allowed_external_storage:\n"
                           "  - host: mac-studio\n"
                           "    path: /Volumes/RingRift-Data\n"
                           "    receive_games: true\n"
                           "hosts:\n"
                           "  mac-studio: {ssh_host: a.invalid, role: coordinator}\n"
                           "  excluded: {ssh_host: b.invalid}\n"
                           "  retired: {ssh_host: c.invalid, status: retired}\n"
                           "  vast-1: {ssh_host: d.invalid, role: gpu_selfplay}\n";

} // namespace

class TestLiveRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void receiverAboveMaxIsBlocked()
    {
        const CheckedFile checked = checkConfigText(QStringLiteral("f.yaml"), kConfig);
        QVERIFY(checked.config && checked.document);
        QHash<QString, LiveHostState> states;
        HostProbe mac = probe(QStringLiteral("mac-studio"));
        mac.volumes = {volume(QStringLiteral("/"), 20),
                       volume(QStringLiteral("/Volumes/RingRift-Data"), 83)};
        mac.externalStorage = {{QStringLiteral("/Volumes/RingRift-Data"),
                                ExternalStorageState::State::Mounted, QString()}};
        mac.daemons = {{QStringLiteral("unified_data_sync"), true, QString(), {}},
                       {QStringLiteral("s3_backup_daemon"), false, QString(), {}}};
        states.insert(mac.name, {mac, {}});
        HostProbe excluded = probe(QStringLiteral("excluded"));
        excluded.volumes = {volume(QStringLiteral("/"), 95)};
        states.insert(excluded.name, {excluded, {}});
        HostProbe retired = probe(QStringLiteral("retired"));
        retired.volumes = {volume(QStringLiteral("/"), 95)};
        states.insert(retired.name, {retired, {}});

        const QStringList found = rules(checkLiveRules(*checked.document, *checked.config, states));
        QCOMPARE(found.value(0), QStringLiteral("QM101 syncs to mac-studio are blocked: "
                                                "/Volumes/RingRift-Data is at 83 % ≥ "
                                                "max_disk_usage_percent 70 %"));
        QVERIFY(found.filter(QStringLiteral("QM102")).isEmpty()); // 17 % free ≥ 15 %
        QVERIFY(!found.filter(QStringLiteral("QM104")).isEmpty());
        // The excluded host and the retired one receive nothing: not reported.
        QVERIFY(found.filter(QStringLiteral("excluded")).isEmpty());
        QVERIFY(found.filter(QStringLiteral("retired")).isEmpty());
    }

    void lowFreeAndUnmountedStorage()
    {
        const CheckedFile checked = checkConfigText(QStringLiteral("f.yaml"), kConfig);
        QHash<QString, LiveHostState> states;
        HostProbe mac = probe(QStringLiteral("mac-studio"));
        mac.volumes = {volume(QStringLiteral("/"), 90)};
        mac.externalStorage = {{QStringLiteral("/Volumes/RingRift-Data"),
                                ExternalStorageState::State::NotMounted, QString()}};
        states.insert(mac.name, {mac, {}});
        const QString found =
            rules(checkLiveRules(*checked.document, *checked.config, states)).join(u'\n');
        QVERIFY2(found.contains(QStringLiteral("QM101 syncs to mac-studio are blocked: / is at "
                                               "90 %")),
                 qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("QM102 mac-studio has 10 % free on /")),
                 qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("QM103 external storage /Volumes/RingRift-Data on "
                                               "mac-studio is not mounted")),
                 qPrintable(found));
    }

    void unreachableAfterThreshold()
    {
        const CheckedFile checked = checkConfigText(QStringLiteral("f.yaml"), kConfig);
        QHash<QString, LiveHostState> states;
        const HostProbe vast = probe(QStringLiteral("vast-1"), HostStatus::Unreachable);
        LiveRuleOptions options;
        options.now = vast.probedAt.addSecs(60);
        // Failing for 10 minutes: under the 15-minute default.
        states.insert(vast.name, {vast, vast.probedAt.addSecs(-9 * 60)});
        QVERIFY(checkLiveRules(*checked.document, *checked.config, states, options).isEmpty());
        states.insert(vast.name, {vast, vast.probedAt.addSecs(-3600)});
        const QStringList found =
            rules(checkLiveRules(*checked.document, *checked.config, states, options));
        QCOMPARE(found.size(), 1);
        // (No translator is loaded here: the plural shows as "minute(s)".)
        QVERIFY2(found[0].startsWith(QStringLiteral("QM105 vast-1 has not answered for 61 minute")),
                 qPrintable(found[0]));
        QVERIFY(found[0].endsWith(QStringLiteral(": cannot reach it")));
        // A host that is not ready is expected to be down.
        states.clear();
        const HostProbe retired = probe(QStringLiteral("retired"), HostStatus::Refused);
        states.insert(retired.name, {retired, retired.probedAt.addSecs(-7200)});
        QVERIFY(checkLiveRules(*checked.document, *checked.config, states, options).isEmpty());
    }

    void historyRoundTripAndFailingSince()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        {
            HistoryStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            HostProbe ok = probe(QStringLiteral("h"));
            ok.volumes = {volume(QStringLiteral("/"), 42)};
            DataRootScan root;
            root.root = QStringLiteral("/data");
            root.categories = {{QStringLiteral("games"), 123, 4, 1700000000}};
            ok.roots = {root};
            ok.daemons = {{QStringLiteral("auto_sync_daemon"), true, QString(), {}}};
            QVERIFY2(store.record(ok, &error), qPrintable(error));
            QVERIFY(!store.failingSince(QStringLiteral("h")).isValid());
            const HostProbe back = store.latestProbe(QStringLiteral("h"));
            QCOMPARE(back.status, HostStatus::Ok);
            QCOMPARE(back.volumes.size(), 1);
            QCOMPARE(back.volumes[0].usedBytes, ok.volumes[0].usedBytes);
            QCOMPARE(back.roots.size(), 1);
            QCOMPARE(back.roots[0].categories, root.categories);
            QVERIFY(back.daemons[0].running);

            HostProbe down1 = probe(QStringLiteral("h"), HostStatus::Refused);
            down1.probedAt = ok.probedAt.addSecs(300);
            HostProbe down2 = probe(QStringLiteral("h"), HostStatus::Unreachable);
            down2.probedAt = ok.probedAt.addSecs(600);
            QVERIFY(store.record(down1, &error) && store.record(down2, &error));
            QCOMPARE(store.failingSince(QStringLiteral("h")), down1.probedAt);
            QCOMPARE(store.latestProbe(QStringLiteral("h")).status, HostStatus::Unreachable);
            QCOMPARE(store.probeCount(), 3);
        }
        // WAL mode, schema version 1.
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), qm::HistoryStore::kSchemaVersion);
            // A database from a newer version is refused, not damaged.
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        HistoryStore newer;
        QString error;
        QVERIFY(!newer.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestLiveRules)
#include "tst_liverules.moc"
