// The replication view's core without hosts: routing and skip reasons on fixture
// configs, reading the dry runs' listings (and garbage), combining the receivers'
// holdings into files, bytes and the oldest file at risk, the syncs "Sync now" asks for
// and what the alerts get.
#include "core/config/configcheck.h"
#include "core/config/configrules.h"
#include "core/replication/replicationlisting.h"
#include "core/replication/replicationroute.h"
#include "core/replication/routemeasurement.h"
#include "core/sync/syncjob.h"
#include "generatedfleets.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace qm;

namespace {

const QString kFixture =
    QStringLiteral(QM_SOURCE_DIR "/tests/data/distributed_hosts.template.yaml");

std::shared_ptr<const FleetConfig> load(const QByteArray &text)
{
    const CheckedFile checked = checkConfigText(QStringLiteral("hosts.yaml"), text);
    return checked.config;
}

Volume volume(const QString &mount, double usedPercent)
{
    Volume v;
    v.mountPoint = mount;
    v.totalBytes = 1000 * 1000;
    v.usedBytes = qint64(usedPercent * 10000);
    v.availableBytes = v.totalBytes - v.usedBytes;
    return v;
}

LiveHostState state(const QString &name, QList<Volume> volumes, HostStatus status = HostStatus::Ok)
{
    LiveHostState s;
    s.probe.name = name;
    s.probe.status = status;
    s.probe.volumes = std::move(volumes);
    s.probe.probedAt = QDateTime(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc());
    if (status != HostStatus::Ok)
        s.probe.error = QStringLiteral("cannot reach it");
    return s;
}

/// "host:reason" for each skipped host, in order.
QStringList skips(const ReplicationRoute &route)
{
    QStringList list;
    for (const SkippedReceiver &s : route.skipped)
        list.append(s.host + QLatin1Char(':') + skipReasonKey(s.reason));
    return list;
}

QStringList receiverPaths(const ReplicationRoute &route)
{
    QStringList list;
    for (const ReplicationReceiver &r : route.receivers)
        list.append(r.host + QLatin1Char(':') + r.path);
    return list;
}

const ReplicationRoute *find(const QList<ReplicationRoute> &routes, const QString &producer,
                             DataKind kind)
{
    for (const ReplicationRoute &route : routes) {
        if (route.producer == producer && route.kind == kind)
            return &route;
    }
    return nullptr;
}

QDateTime utc(int day, int hour = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), QTimeZone::utc());
}

const QByteArray kFleet =
    "sync_routing:\n"
    "  max_disk_usage_percent: 70\n"
    "  replication_target: 2\n"
    "  excluded_hosts:\n"
    "  - no-games\n"
    "  - {name: no-npz, receive_games: true, receive_models: true}\n"
    "  allowed_external_storage:\n"
    "  - host: mac-studio\n"
    "    path: /Volumes/RingRift-Data\n"
    "    receive_games: true\n"
    "    receive_npz: true\n"
    "    subdirs: {games: selfplay_repository/raw, npz: canonical_data}\n"
    "  priority_hosts: [hub-b]\n"
    "auto_sync:\n"
    "  exclude_hosts: [quiet]\n"
    "hosts:\n"
    "  vast-1:\n"
    "    ssh_host: v.invalid\n"
    "    is_ephemeral: true\n"
    "    storage_paths: {games: /data/games/, training_data: /data/npz}\n"
    "  mac-studio:\n"
    "    ssh_host: m.invalid\n"
    "    storage_paths: {games: /Users/a/games}\n"
    "  hub-a: {ssh_host: a.invalid, storage_paths: {games: /srv/a, npz: /srv/an}}\n"
    "  hub-b: {ssh_host: b.invalid, storage_paths: {games: /srv/b}}\n"
    "  full: {ssh_host: f.invalid, storage_paths: {games: /srv/f}}\n"
    "  no-games: {ssh_host: g.invalid, storage_paths: {games: /srv/g}}\n"
    "  no-npz: {ssh_host: n.invalid, storage_paths: {games: /srv/n, "
    "training_data: /srv/nn}}\n"
    "  quiet: {ssh_host: q.invalid, storage_paths: {games: /srv/q}}\n"
    "  offline: {ssh_host: o.invalid, status: offline, "
    "storage_paths: {games: /srv/o}}\n"
    "  bare: {ssh_host: x.invalid, ringrift_path: ~/ringrift}\n";

QStringList hostsOf(const QList<ReplicationReceiver> &receivers)
{
    QStringList names;
    for (const ReplicationReceiver &r : receivers)
        names.append(r.host);
    return names;
}

/// The kinds the checker's `rule` findings name: "games, npz" in "... can receive
/// games, npz (a, b)", "no host can receive games: ..." or "models from 'x' ...".
QSet<QString> kindsNamedBy(const CheckedFile &checked, const QString &rule)
{
    static const QRegularExpression kinds(
        QStringLiteral("(?:^|receive |but )((?:games|npz|models)(?:, (?:games|npz|models))*)"
                       "(?= from | \\(|:|$)"));
    QSet<QString> named;
    for (const Diagnostic &d : checked.diagnostics) {
        if (d.rule != rule)
            continue;
        const QRegularExpressionMatch match = kinds.match(d.message);
        if (match.hasMatch()) {
            for (const QString &kind : match.captured(1).split(QStringLiteral(", ")))
                named.insert(kind);
        } else {
            named.insert(QStringLiteral("unreadable: ") + d.message);
        }
    }
    return named;
}

} // namespace

class TestReplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void templateFixtureRoutes()
    {
        QFile file(kFixture);
        QVERIFY2(file.open(QIODevice::ReadOnly),
                 "tests/data/distributed_hosts.template.yaml is missing");
        const std::shared_ptr<const FleetConfig> config = load(file.readAll());
        QVERIFY(config);
        QCOMPARE(replicationTarget(*config), std::optional<int>(3));
        const QList<ReplicationRoute> routes = replicationRoutes(*config, {});
        // Every ready host with a ringrift_path produces every kind in the fleet's own
        // folders; the coordinator's storage_paths say otherwise. The proxy
        // (ringrift_path: null, proxy_only) produces nothing.
        QCOMPARE(routes.size(), 6 * 3);
        const ReplicationRoute *games =
            find(routes, QStringLiteral("your-coordinator"), DataKind::Games);
        QVERIFY(games);
        QCOMPARE(games->sourcePath, QStringLiteral("/path/to/games"));
        QCOMPARE(find(routes, QStringLiteral("your-coordinator"), DataKind::Npz)->sourcePath,
                 QStringLiteral("/path/to/training"));
        QCOMPARE(
            receiverPaths(*games),
            QStringList({QStringLiteral("lambda-gh200-example:~/ringrift/ai-service/data/games"),
                         QStringLiteral("nebius-h100-example:~/ringrift/ai-service/data/games"),
                         QStringLiteral("vast-example:~/ringrift/ai-service/data/games"),
                         QStringLiteral("runpod-a100-example:/workspace/ringrift/ai-service/"
                                        "data/games"),
                         QStringLiteral("hetzner-cpu-example:/root/ringrift/ai-service/data/"
                                        "games")}));
        QCOMPARE(skips(*games), QStringList({QStringLiteral("your-coordinator:producer"),
                                             QStringLiteral("aws-proxy-example:not_ready")}));
        QVERIFY(games->skipped.last().text.contains(QStringLiteral("proxy_only")));
        // The coordinator receives on its external storage, in the subdir for the kind.
        const ReplicationRoute *vastNpz =
            find(routes, QStringLiteral("vast-example"), DataKind::Npz);
        QVERIFY(vastNpz);
        QCOMPARE(vastNpz->sourcePath, QStringLiteral("~/ringrift/ai-service/data/training"));
        QCOMPARE(receiverPaths(*vastNpz).first(),
                 QStringLiteral("your-coordinator:/path/to/external/storage/canonical_data"));
        QVERIFY(vastNpz->receivers.first().externalStorage);
        QCOMPARE(vastNpz->receivers.size(), 5);
        // Target 3: every row can reach it, and the checker agrees (no QM003, QM004).
        for (const ReplicationRoute &route : routes)
            QVERIFY(route.receivers.size() >= 3);
    }

    void skipReasonsAndReceivers()
    {
        const std::shared_ptr<const FleetConfig> config = load(kFleet);
        QVERIFY(config);
        QHash<QString, LiveHostState> states;
        states.insert(QStringLiteral("full"),
                      state(QStringLiteral("full"), {volume(QStringLiteral("/"), 83)}));
        states.insert(QStringLiteral("hub-a"),
                      state(QStringLiteral("hub-a"), {volume(QStringLiteral("/"), 69.9)}));
        states.insert(QStringLiteral("hub-b"),
                      state(QStringLiteral("hub-b"), {}, HostStatus::Unreachable));
        const ReplicationRoute route = replicationRoute(
            *config, *config->host(QStringLiteral("vast-1")), DataKind::Games, states);
        QCOMPARE(route.sourcePath, QStringLiteral("/data/games"));
        // priority_hosts first; external storage (with its games subdir) wins over
        // mac-studio's own storage_paths.
        QCOMPARE(receiverPaths(route),
                 QStringList({QStringLiteral("hub-b:/srv/b"),
                              QStringLiteral("mac-studio:/Volumes/RingRift-Data/"
                                             "selfplay_repository/raw"),
                              QStringLiteral("hub-a:/srv/a"), QStringLiteral("no-npz:/srv/n"),
                              QStringLiteral("bare:~/ringrift/data/games")}));
        QVERIFY(route.receivers[0].priority);
        QVERIFY(route.receivers[1].externalStorage);
        QVERIFY(route.receivers[0].note.contains(QStringLiteral("did not answer")));
        QVERIFY(route.receivers[1].note.contains(QStringLiteral("not probed")));
        QVERIFY(route.receivers[2].note.isEmpty());
        QCOMPARE(skips(route), QStringList({QStringLiteral("vast-1:producer"),
                                            QStringLiteral("full:over_threshold"),
                                            QStringLiteral("no-games:excluded"),
                                            QStringLiteral("quiet:auto_sync_excluded"),
                                            QStringLiteral("offline:not_ready")}));
        const SkippedReceiver &full = route.skipped[1];
        QVERIFY2(full.text.contains(QStringLiteral("83 %")) &&
                     full.text.contains(QStringLiteral("70 %")),
                 qPrintable(full.text));
        QVERIFY(route.skipped[2].text.contains(QStringLiteral("excluded_hosts")));

        // The npz route: no-npz is excluded from npz only; training_data is the npz
        // folder, and npz the fallback key.
        const ReplicationRoute npz = replicationRoute(
            *config, *config->host(QStringLiteral("vast-1")), DataKind::Npz, states);
        QCOMPARE(npz.sourcePath, QStringLiteral("/data/npz"));
        QCOMPARE(receiverPaths(npz),
                 QStringList({QStringLiteral("mac-studio:/Volumes/RingRift-Data/canonical_data"),
                              QStringLiteral("hub-a:/srv/an"),
                              QStringLiteral("bare:~/ringrift/data/training")}));
        QVERIFY(skips(npz).contains(QStringLiteral("no-npz:excluded")));
        QVERIFY(skips(npz).contains(QStringLiteral("hub-b:no_path")));

        // An ephemeral receiver counts, with a note that its copy leaves with it.
        const ReplicationRoute mac = replicationRoute(
            *config, *config->host(QStringLiteral("mac-studio")), DataKind::Games, states);
        QCOMPARE(skips(mac).first(), QStringLiteral("mac-studio:producer"));
        const auto vast =
            std::find_if(mac.receivers.cbegin(), mac.receivers.cend(),
                         [](const ReplicationReceiver &r) { return r.host == u"vast-1"; });
        QVERIFY(vast != mac.receivers.cend());
        QVERIFY2(vast->note.contains(QStringLiteral("ephemeral")), qPrintable(vast->note));

        // Every receiver is one the config checker counts as receiving games.
        const QStringList counted = kindReceivers(*config, DataKind::Games);
        for (const ReplicationReceiver &r : route.receivers)
            QVERIFY2(counted.contains(r.host), qPrintable(r.host));
    }

    void externalStorageNotMountedIsSkipped()
    {
        const std::shared_ptr<const FleetConfig> config = load(kFleet);
        QHash<QString, LiveHostState> states;
        LiveHostState mac = state(QStringLiteral("mac-studio"), {volume(QStringLiteral("/"), 10)});
        mac.probe.externalStorage = {{QStringLiteral("/Volumes/RingRift-Data"),
                                      ExternalStorageState::State::NotMounted, QString()}};
        states.insert(mac.probe.name, mac);
        const ReplicationRoute route = replicationRoute(
            *config, *config->host(QStringLiteral("vast-1")), DataKind::Games, states);
        QVERIFY(skips(route).contains(QStringLiteral("mac-studio:not_mounted")));
        QVERIFY(!receiverPaths(route).join(u' ').contains(QStringLiteral("mac-studio")));
    }

    void producersAreReadyHostsWithAFolder()
    {
        const std::shared_ptr<const FleetConfig> config = load(kFleet);
        QStringList producers;
        for (const ReplicationRoute &route : replicationRoutes(*config, {}))
            producers.append(route.producer + QLatin1Char('/') + dataKindKey(route.kind));
        QVERIFY(producers.contains(QStringLiteral("vast-1/games")));
        QVERIFY(producers.contains(QStringLiteral("vast-1/npz")));
        QVERIFY(!producers.contains(QStringLiteral("vast-1/models")));
        QVERIFY(!producers.contains(QStringLiteral("offline/games")));
        // ringrift_path alone gives the fleet's folders: {ringrift_path}/data/games ...
        QVERIFY(producers.contains(QStringLiteral("bare/games")));
        QVERIFY(producers.contains(QStringLiteral("bare/models")));
        QVERIFY(!producers.contains(QStringLiteral("hub-b/npz")));
    }

    // The rule: the checker (QM003, QM004) and the Replication page agree on the
    // receivers of every config, because both ask kindRouting(). Over every YAML file of
    // tests/data that loads, and generated fleets.
    void checkerAndReplicationAgree_data()
    {
        QTest::addColumn<QByteArray>("text");
        int files = 0;
        QDirIterator it(QStringLiteral(QM_SOURCE_DIR "/tests/data"), {QStringLiteral("*.yaml")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            if (!checkConfigText(path, text).config)
                continue; // does not load: no routing to compare
            QTest::newRow(qPrintable(QDir(QStringLiteral(QM_SOURCE_DIR)).relativeFilePath(path)))
                << text;
            ++files;
        }
        QVERIFY(files >= 2);
        QTest::newRow("kFleet") << kFleet;
        for (quint32 seed = 1; seed <= 60; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("generated %1").arg(seed)))
                << testing::generatedFleet(seed);
    }

    void checkerAndReplicationAgree()
    {
        QFETCH(QByteArray, text);
        const CheckedFile checked = checkConfigText(QStringLiteral("hosts.yaml"), text);
        QVERIFY(checked.config);
        const FleetConfig &config = *checked.config;
        const std::optional<int> target = replicationTarget(config);
        const QList<ReplicationRoute> routes = replicationRoutes(config, {});
        QSet<QString> alone;  // kinds with a producer whose data can go nowhere
        QSet<QString> tooFew; // kinds with a producer below the target
        for (const DataKind kind : kDataKinds) {
            // The checker's receivers.
            const QStringList receivers = kindReceivers(config, kind);
            QStringList producers;
            for (const ReplicationRoute &route : routes) {
                if (route.kind != kind)
                    continue;
                producers.append(route.producer);
                QStringList expected = receivers;
                expected.removeAll(route.producer);
                QCOMPARE(hostsOf(route.receivers), expected);
                // Every host is accounted for once: receiver, producer or skipped.
                QStringList all = hostsOf(route.receivers);
                for (const SkippedReceiver &s : route.skipped)
                    all.append(s.host);
                QStringList hosts;
                for (const FleetHost &h : config.hosts)
                    hosts.append(h.name);
                std::sort(all.begin(), all.end());
                std::sort(hosts.begin(), hosts.end());
                QCOMPARE(all, hosts);
                if (route.receivers.isEmpty())
                    alone.insert(dataKindKey(kind));
                else if (target && route.receivers.size() < *target)
                    tooFew.insert(dataKindKey(kind));
            }
            QStringList expectedProducers;
            for (const FleetHost *host : kindProducers(config, kind))
                expectedProducers.append(host->name);
            QCOMPARE(producers, expectedProducers);
        }
        QCOMPARE(kindsNamedBy(checked, QStringLiteral("QM004")), alone);
        QCOMPARE(kindsNamedBy(checked, QStringLiteral("QM003")), tooFew);
    }

    void ringriftPathGivesTheFleetsFolders()
    {
        const std::shared_ptr<const FleetConfig> config =
            load("hosts:\n"
                 "  a: {ringrift_path: ~/ringrift/ai-service/}\n"
                 "  b: {ringrift_path: /srv/rr, storage_paths: {games: /big/games}}\n"
                 "  proxy: {ringrift_path: null}\n");
        QVERIFY(config);
        const FleetHost &a = *config->host(QStringLiteral("a"));
        QCOMPARE(kindStoragePath(a, DataKind::Games),
                 QStringLiteral("~/ringrift/ai-service/data/games"));
        QCOMPARE(kindStoragePath(a, DataKind::Npz),
                 QStringLiteral("~/ringrift/ai-service/data/training"));
        QCOMPARE(kindStoragePath(a, DataKind::Models),
                 QStringLiteral("~/ringrift/ai-service/models"));
        // storage_paths says otherwise for games only.
        const FleetHost &b = *config->host(QStringLiteral("b"));
        QCOMPARE(kindStoragePath(b, DataKind::Games), QStringLiteral("/big/games"));
        QCOMPARE(kindStoragePath(b, DataKind::Npz), QStringLiteral("/srv/rr/data/training"));
        QVERIFY(kindStoragePath(*config->host(QStringLiteral("proxy")), DataKind::Games).isEmpty());
        // a and b produce every kind and receive each other's.
        const QList<ReplicationRoute> routes = replicationRoutes(*config, {});
        QCOMPARE(routes.size(), 6);
        QCOMPARE(receiverPaths(*find(routes, QStringLiteral("a"), DataKind::Npz)),
                 QStringList{QStringLiteral("b:/srv/rr/data/training")});
        QCOMPARE(skips(*find(routes, QStringLiteral("b"), DataKind::Models)),
                 QStringList({QStringLiteral("b:producer"), QStringLiteral("proxy:no_path")}));
    }

    void replicationTargetFromConfig()
    {
        QCOMPARE(qm::replicationTarget(*load("sync_routing: {replication_target: 3}\n")),
                 std::optional<int>(3));
        // Not a whole number: the checker reports it (QM012) and leaves it out.
        QCOMPARE(qm::replicationTarget(*load("sync_routing: {replication_target: 2.5}\n")),
                 std::nullopt);
        QCOMPARE(qm::replicationTarget(*load("sync_routing: {replication_target: -1}\n")),
                 std::optional<int>(0));
        QCOMPARE(qm::replicationTarget(*load("hosts: {}\n")), std::nullopt);
    }

    void listingLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("file");
        QTest::addColumn<bool>("held");
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("path");
        QTest::newRow("same") << QByteArray(".f         |5|2026/11/20-10:00:00|a.db") << true
                              << true << qint64(5) << QStringLiteral("a.db");
        QTest::newRow("attributes only") << QByteArray(".f...p.....|5|2026/11/20-10:00:00|a.db")
                                         << true << true << qint64(5) << QStringLiteral("a.db");
        QTest::newRow("missing") << QByteArray(">f+++++++++|1234567|2026/11/20-10:00:00|s/b c.db")
                                 << true << false << qint64(1234567) << QStringLiteral("s/b c.db");
        QTest::newRow("other version") << QByteArray(">f.st......|1,234|2026/11/20-10:00:00|x|y.db")
                                       << true << false << qint64(1234) << QStringLiteral("x|y.db");
        QTest::newRow("pushed") << QByteArray("<f+++++++++|1|2026/11/20-10:00:00|p") << true
                                << false << qint64(1) << QStringLiteral("p");
        QTest::newRow("directory") << QByteArray("cd+++++++++|4096|2026/11/20-10:00:00|sub/")
                                   << false << false << qint64(0) << QString();
        QTest::newRow("symlink") << QByteArray("cL+++++++++|3|2026/11/20-10:00:00|l -> x") << false
                                 << false << qint64(0) << QString();
        QTest::newRow("deleting") << QByteArray("*deleting  |0|2026/11/20-10:00:00|old") << false
                                  << false << qint64(0) << QString();
        QTest::newRow("stats") << QByteArray("Number of files: 5 (reg: 3, dir: 2)") << false
                               << false << qint64(0) << QString();
        QTest::newRow("bad time") << QByteArray(">f+++++++++|5|yesterday|a") << false << false
                                  << qint64(0) << QString();
        QTest::newRow("bad size") << QByteArray(">f+++++++++|-5|2026/11/20-10:00:00|a") << false
                                  << false << qint64(0) << QString();
        QTest::newRow("no name") << QByteArray(">f+++++++++|5|2026/11/20-10:00:00|") << false
                                 << false << qint64(0) << QString();
    }

    void listingLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, file);
        const std::optional<ListedItem> item = parseListingLine(line);
        QCOMPARE(item.has_value(), file);
        if (!file)
            return;
        QFETCH(bool, held);
        QFETCH(qint64, bytes);
        QFETCH(QString, path);
        QCOMPARE(item->held, held);
        QCOMPARE(item->bytes, bytes);
        QCOMPARE(item->path, path);
        QCOMPARE(item->modified, QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc()));
    }

    void listingTimesAreUtcWhateverTheZone()
    {
        // 02:30 on the day New York springs forward does not exist there; in UTC it does.
        qputenv("TZ", "America/New_York");
        tzset();
        const std::optional<ListedItem> item =
            parseListingLine(">f+++++++++|1|2026/03/08-02:30:00|a.db");
        qunsetenv("TZ");
        tzset();
        QVERIFY(item);
        QCOMPARE(item->modified, QDateTime(QDate(2026, 3, 8), QTime(2, 30), QTimeZone::utc()));
        QVERIFY(!parseListingLine(">f+++++++++|1|2026/02/30-02:30:00|a.db"));
        QVERIFY(!parseListingLine(">f+++++++++|1|2026/03/08 02:30:00|a.db"));
    }

    void listingStreamsAcrossChunks()
    {
        const QByteArray output = ".d         |4096|2026/11/20-10:00:00|./\n"
                                  ".f         |5|2026/11/20-10:00:00|a.db\n"
                                  ">f+++++++++|9|2020/01/02-03:04:05|sub/b.db\n"
                                  "\n"
                                  "Number of files: 3 (reg: 2, dir: 1)\n"
                                  "Number of regular files transferred: 1\n"
                                  "Total file size: 14 bytes\n"
                                  "Total transferred file size: 9 bytes\n";
        for (const int chunk : {1, 7, 4096}) {
            DryRunListing listing;
            for (qsizetype i = 0; i < output.size(); i += chunk)
                listing.feed(QByteArrayView(output).sliced(
                    i, std::min<qsizetype>(chunk, output.size() - i)));
            listing.finish();
            QVERIFY(listing.stats().statsFound);
            QCOMPARE(listing.stats().totalBytes, 14);
            QCOMPARE(listing.items().size(), 2);
            QCOMPARE(listing.items()[1].path, QStringLiteral("sub/b.db"));
            QCOMPARE(listing.items()[1].modified,
                     QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5), QTimeZone::utc()));
        }
    }

    void garbageIsNoListing()
    {
        QByteArray garbage(64 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(7);
        for (char &c : garbage)
            c = char(generator.bounded(256));
        garbage.replace("Total file size", "Total file sIze");
        DryRunListing listing;
        listing.feed(garbage);
        listing.finish();
        QVERIFY(!listing.stats().statsFound);
        QVERIFY(listing.firstOtherLine().contains(QStringLiteral("binary data")));
        QVERIFY(listing.items().isEmpty());
    }

    void unescapesRsyncNames()
    {
        QCOMPARE(unescapedRsyncPath(QStringLiteral("a\\#012b")), QStringLiteral("a\nb"));
        QCOMPARE(unescapedRsyncPath(QStringLiteral("plain\\name")), QStringLiteral("plain\\name"));
        QCOMPARE(unescapedRsyncPath(QStringLiteral("end\\#0")), QStringLiteral("end\\#0"));
    }

    void tallyCountsCopies()
    {
        const QList<ProducerFile> files = {
            {QStringLiteral("a.db"), 100, utc(1)},     // held by both
            {QStringLiteral("b.db"), 200, utc(2)},     // held by r1 only
            {QStringLiteral("c.db"), 400, utc(3)},     // held by none
            {QStringLiteral("d.db"), 800, utc(20, 5)}, // held by r2 only
        };
        ReceiverHoldings r1{
            true, {QStringLiteral("a.db"), QStringLiteral("b.db"), QStringLiteral("gone.db")}};
        ReceiverHoldings r2{true, {QStringLiteral("a.db"), QStringLiteral("d.db")}};
        ReceiverHoldings unreachable{false, {}};

        ReplicationTally t = tallyReplication(files, {r1, r2}, 2);
        QCOMPARE(t.totalFiles, 4);
        QCOMPARE(t.totalBytes, 1500);
        QCOMPARE(t.atRiskFiles, 3);
        QCOMPARE(t.atRiskBytes, 1400);
        QCOMPARE(t.oldestAtRisk, utc(2));
        QCOMPARE(t.oldestFiles.size(), 3);
        QCOMPARE(t.oldestFiles[0].path, QStringLiteral("b.db"));
        QCOMPARE(t.oldestFiles[2].path, QStringLiteral("d.db"));
        QCOMPARE(t.missingFiles, QList<qint64>({2, 2}));
        QCOMPARE(t.missingBytes, QList<qint64>({1200, 600}));

        t = tallyReplication(files, {r1, r2}, 1);
        QCOMPARE(t.atRiskFiles, 1);
        QCOMPARE(t.atRiskBytes, 400);
        QCOMPARE(t.oldestAtRisk, utc(3));

        // An unreachable receiver holds no copy, whatever it would have said.
        t = tallyReplication(files, {r1, unreachable}, 1);
        QCOMPARE(t.atRiskFiles, 2);
        QCOMPARE(t.missingFiles, QList<qint64>({2, 4}));

        // Fewer receivers than the target: everything is at risk.
        t = tallyReplication(files, {r1}, 2);
        QCOMPARE(t.atRiskFiles, 4);
        QCOMPARE(t.oldestAtRisk, utc(1));

        t = tallyReplication(files, {r1, r2}, 0);
        QCOMPARE(t.atRiskFiles, 0);
        QVERIFY(!t.oldestAtRisk.isValid());
        QVERIFY(tallyReplication({}, {r1}, 2).oldestFiles.isEmpty());
    }

    void syncNowBringsTheTargetWithin()
    {
        RouteMeasurement m;
        m.route.producer = QStringLiteral("vast-1");
        m.route.kind = DataKind::Games;
        m.route.sourcePath = QStringLiteral("/data/games");
        m.target = 2;
        m.measuredAt = utc(22);
        m.tally.atRiskFiles = 3;
        const auto receiver = [](const QString &host, bool measured, qint64 missing) {
            ReceiverResult r;
            r.receiver.host = host;
            r.receiver.path = QStringLiteral("/srv/") + host;
            r.measured = measured;
            r.missingFiles = missing;
            return r;
        };
        m.receivers = {
            receiver(QStringLiteral("down"), false, 4), receiver(QStringLiteral("full"), true, 0),
            receiver(QStringLiteral("some"), true, 2), receiver(QStringLiteral("other"), true, 4)};
        QList<SyncRequest> requests = replicationSyncRequests(m);
        // "full" holds everything; one more receiver makes two: the first measured one.
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests[0].source.text, QStringLiteral("vast-1:/data/games"));
        QCOMPARE(requests[0].destination.text, QStringLiteral("some:/srv/some"));
        QVERIFY(!requests[0].deleteExtraneous);
        const JobSpec spec = syncJobSpec(requests[0]);
        QCOMPARE(spec.kind, kSyncJobKind);
        QCOMPARE(spec.hosts, QStringList({QStringLiteral("vast-1"), QStringLiteral("some")}));
        QVERIFY(!spec.destructive);

        m.target = 4;
        requests = replicationSyncRequests(m);
        QCOMPARE(requests.size(), 3);
        QCOMPARE(requests[2].destination.host, QStringLiteral("down")); // unmeasured last

        m.tally.atRiskFiles = 0;
        QVERIFY(replicationSyncRequests(m).isEmpty());
        m.tally.atRiskFiles = 3;
        m.error = QStringLiteral("cannot list");
        QVERIFY(replicationSyncRequests(m).isEmpty());
    }

    void alertsGetCompleteProducersOnly()
    {
        const auto measured = [](const QString &host, DataKind kind, bool ok) {
            RouteMeasurement m;
            m.route.producer = host;
            m.route.kind = kind;
            m.measuredAt = utc(22);
            m.tally.atRiskFiles = 2;
            m.tally.atRiskBytes = 300;
            m.tally.oldestAtRisk = utc(20);
            if (!ok)
                m.error = QStringLiteral("unreachable");
            return m;
        };
        const QList<ReplicationMeasurement> alerts =
            replicationForAlerts({measured(QStringLiteral("a"), DataKind::Games, true),
                                  measured(QStringLiteral("a"), DataKind::Npz, true),
                                  measured(QStringLiteral("b"), DataKind::Games, true),
                                  measured(QStringLiteral("b"), DataKind::Npz, false)});
        QCOMPARE(alerts.size(), 2);
        QCOMPARE(alerts[0].host, QStringLiteral("a"));
        QCOMPARE(alerts[0].kind, QStringLiteral("games"));
        QCOMPARE(alerts[1].kind, QStringLiteral("npz"));
        QCOMPARE(alerts[0].files, 2);
        QCOMPARE(alerts[0].bytes, 300);
        QCOMPARE(alerts[0].oldestUnreplicated, utc(20));
    }
};

QTEST_GUILESS_MAIN(TestReplication)
#include "tst_replication.moc"
