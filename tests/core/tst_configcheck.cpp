// One minimal file per rule that triggers it at an exact line, and one that must not.

#include "core/config/configcheck.h"
#include "core/config/configrules.h"
#include "core/config/edit/configeditor.h"
#include "core/config/fleetconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using qm::CheckedFile;
using qm::Diagnostic;

namespace {

// Three ready hosts that produce and can receive everything (their folders lie under
// ringrift_path), for files that need a sane base.
const QByteArray kHosts = "hosts:\n"
                          "  alpha:\n"
                          "    ssh_host: a.example.invalid\n"
                          "    ringrift_path: ~/ringrift/ai-service\n"
                          "    status: ready\n"
                          "    p2p_enabled: true\n"
                          "  beta:\n"
                          "    ssh_host: b.example.invalid\n"
                          "    ringrift_path: ~/ringrift/ai-service\n"
                          "    status: ready\n"
                          "    p2p_enabled: true\n"
                          "  gamma:\n"
                          "    ssh_host: c.example.invalid\n"
                          "    ringrift_path: ~/ringrift/ai-service\n"
                          "    status: ready\n"
                          "    p2p_enabled: true\n";

const Diagnostic *firstOf(const CheckedFile &file, const QString &rule)
{
    for (const Diagnostic &d : file.diagnostics) {
        if (d.rule == rule)
            return &d;
    }
    return nullptr;
}

QList<int> linesOf(const CheckedFile &file, const QString &rule)
{
    QList<int> lines;
    for (const Diagnostic &d : file.diagnostics) {
        if (d.rule == rule)
            lines.append(int(d.range.start.line) + 1);
    }
    return lines;
}

} // namespace

class TestConfigCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void fixtureReportsExactlyItsRealProblems();
    void noVotersIsAnError();
    void duplicatesHaveAFix();
    void suggestionsNeverRepeatAListedName_data();
    void suggestionsNeverRepeatAListedName();
    void routingFindingsNameHostsAndReasons();
    void ignoreComment();
    void unparseableIsQm000();
    void fixesAreTextEdits();
    void jsonShape();
    void fnmatchLikePython_data();
    void fnmatchLikePython();
};

void TestConfigCheck::rules_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QList<int>>("lines"); // empty: must not trigger

    // QM001: excluded, yet external storage receives — plain and mapping forms, per kind.
    QTest::newRow("QM001 plain exclusion") << QByteArray("sync_routing:\n"
                                                         "  excluded_hosts: [alpha]\n"
                                                         "  allowed_external_storage:\n"
                                                         "    - host: alpha\n"
                                                         "      path: /Volumes/Data\n"
                                                         "      receive_games: true\n"
                                                         "      receive_npz: false\n") +
                                                  kHosts
                                           << QStringLiteral("QM001") << QList<int>{6};
    QTest::newRow("QM001 mapping exclusion, models only")
        << QByteArray("sync_routing:\n"
                      "  excluded_hosts:\n"
                      "    - name: alpha\n"
                      "      receive_games: true\n"
                      "      receive_npz: true\n"
                      "  allowed_external_storage:\n"
                      "    - host: alpha\n"
                      "      path: /Volumes/Data\n"
                      "      receive_games: true\n"
                      "      receive_models: true\n") +
               kHosts
        << QStringLiteral("QM001") << QList<int>{10};
    QTest::newRow("QM001 not when storage receives nothing excluded")
        << QByteArray("sync_routing:\n"
                      "  excluded_hosts: [{name: alpha, receive_games: true}]\n"
                      "  allowed_external_storage:\n"
                      "    - {host: alpha, path: /x, receive_games: true, receive_npz: false, "
                      "receive_models: false}\n") +
               kHosts
        << QStringLiteral("QM001") << QList<int>{};

    // QM002: thresholds.
    QTest::newRow("QM002 target above max")
        << QByteArray(
               "sync_routing:\n  max_disk_usage_percent: 60\n  target_disk_usage_percent: 70\n")
        << QStringLiteral("QM002") << QList<int>{3};
    QTest::newRow("QM002 max beyond min free")
        << QByteArray("sync_routing:\n  max_disk_usage_percent: 90\n  min_free_disk_percent: 15\n")
        << QStringLiteral("QM002") << QList<int>{2};
    QTest::newRow("QM002 outside 0-100")
        << QByteArray("sync_routing:\n  min_free_disk_percent: 120\n") << QStringLiteral("QM002")
        << QList<int>{2};
    QTest::newRow("QM002 consistent")
        << QByteArray(
               "sync_routing:\n  max_disk_usage_percent: 70\n  target_disk_usage_percent: 60\n"
               "  min_free_disk_percent: 15\n")
        << QStringLiteral("QM002") << QList<int>{};

    // QM003: replication target beyond the receivers.
    QTest::newRow("QM003 too few receivers")
        << QByteArray("sync_routing:\n  replication_target: 4\n") + kHosts
        << QStringLiteral("QM003") << QList<int>{2};
    QTest::newRow("QM003 excluded and not ready do not count")
        << QByteArray("sync_routing:\n  replication_target: 2\n  excluded_hosts: [alpha]\n"
                      "hosts:\n  alpha: {status: ready, ringrift_path: /r}\n"
                      "  beta: {status: ready, ringrift_path: /r}\n"
                      "  gamma: {status: disabled, ringrift_path: /r}\n")
        << QStringLiteral("QM003") << QList<int>{2};
    QTest::newRow("QM003 enough") << QByteArray("sync_routing:\n  replication_target: 2\n") + kHosts
                                  << QStringLiteral("QM003") << QList<int>{};
    // Three receivers, target three: each producer's copies can go to the two others
    // only, as its row on the Replication page shows.
    QTest::newRow("QM003 a producer's own folder is no copy")
        << QByteArray("sync_routing:\n  replication_target: 3\n") + kHosts
        << QStringLiteral("QM003") << QList<int>{2};
    QTest::newRow("QM003 ringrift_path gives the folders")
        << QByteArray("sync_routing:\n  replication_target: 1\n"
                      "hosts:\n  alpha: {ringrift_path: ~/r}\n  beta: {ringrift_path: /s}\n")
        << QStringLiteral("QM003") << QList<int>{};
    QTest::newRow("QM003 nothing produced, nothing to replicate")
        << QByteArray("sync_routing:\n  replication_target: 4\n"
                      "hosts:\n  alpha: {status: ready}\n  beta: {status: ready}\n")
        << QStringLiteral("QM003") << QList<int>{};

    // QM004: a kind nobody receives.
    QTest::newRow("QM004 npz nowhere")
        << QByteArray("sync_routing:\n  excluded_hosts:\n"
                      "    - {name: alpha, receive_games: true, receive_models: true}\n"
                      "    - {name: beta, receive_games: true, receive_models: true}\n"
                      "hosts:\n  alpha: {status: ready, ringrift_path: /r}\n"
                      "  beta: {status: ready, ringrift_path: /r}\n")
        << QStringLiteral("QM004") << QList<int>{1};
    QTest::newRow("QM004 external storage takes it")
        << QByteArray("sync_routing:\n  excluded_hosts: [alpha]\n  allowed_external_storage:\n"
                      "    - {host: alpha, path: /x, receive_games: true, receive_npz: true, "
                      "receive_models: true}\n"
                      "hosts:\n  alpha: {status: ready}\n  beta: {ringrift_path: /r}\n")
        << QStringLiteral("QM004") << QList<int>{};
    QTest::newRow("QM004 a host without a folder holds no copy")
        << QByteArray("sync_routing:\n  replication_target: 1\n"
                      "hosts:\n  alpha: {ringrift_path: /r}\n  beta: {status: ready}\n")
        << QStringLiteral("QM004") << QList<int>{1};
    QTest::newRow("QM004 a host that is not ready: not even its external storage")
        << QByteArray("sync_routing:\n  allowed_external_storage:\n"
                      "    - {host: beta, path: /x, receive_games: true, receive_npz: true, "
                      "receive_models: true}\n"
                      "hosts:\n  alpha: {ringrift_path: /r}\n  beta: {status: offline}\n")
        << QStringLiteral("QM004") << QList<int>{1};
    QTest::newRow("QM004 auto_sync.exclude_hosts receive nothing")
        << QByteArray("sync_routing:\n  excluded_hosts: [beta]\n"
                      "auto_sync:\n  exclude_hosts: [beta]\n"
                      "hosts:\n  alpha: {ringrift_path: /r}\n  beta: {ringrift_path: /r}\n")
        << QStringLiteral("QM004") << QList<int>{1};
    QTest::newRow("QM004 external storage of a host not in hosts")
        << QByteArray("sync_routing:\n  allowed_external_storage:\n"
                      "    - {host: ghost, path: /x, receive_games: true, receive_npz: true, "
                      "receive_models: true}\n"
                      "hosts:\n  alpha: {ringrift_path: /r}\n")
        << QStringLiteral("QM004") << QList<int>{1};

    // QM005: references to hosts that do not exist.
    QTest::newRow("QM005 every place")
        << QByteArray("sync_routing:\n"
                      "  excluded_hosts: [ghost1]\n"
                      "  allowed_external_storage: [{host: ghost2, path: /x}]\n"
                      "  priority_hosts: [ghost3]\n"
                      "auto_sync:\n"
                      "  exclude_hosts: [ghost4]\n"
                      "elo_sync:\n"
                      "  coordinator: ghost5\n"
                      "p2p_voters: [ghost6]\n") +
               kHosts
        << QStringLiteral("QM005") << QList<int>{2, 3, 4, 6, 8, 9};
    QTest::newRow("QM005 defined")
        << QByteArray("sync_routing:\n  priority_hosts: [alpha]\n") + kHosts
        << QStringLiteral("QM005") << QList<int>{};

    // QM006: duplicate keys anywhere.
    QTest::newRow("QM006 second host definition")
        << QByteArray("hosts:\n  alpha:\n    status: ready\n  alpha:\n    status: disabled\n")
        << QStringLiteral("QM006") << QList<int>{4};
    QTest::newRow("QM006 nested key") << QByteArray("sync_routing:\n  replication_target: 2\n"
                                                    "  replication_target: 3\n")
                                      << QStringLiteral("QM006") << QList<int>{3};
    QTest::newRow("QM006 merge keys may repeat")
        << QByteArray("a: &a {x: 1}\nb: &b {y: 2}\nc:\n  <<: *a\n  <<: *b\n")
        << QStringLiteral("QM006") << QList<int>{};

    // QM007: shared SSH endpoints.
    QTest::newRow("QM007 same endpoint")
        << QByteArray("hosts:\n  a: {ssh_host: n.invalid, ssh_port: 22, ssh_user: root}\n"
                      "  b: {ssh_host: n.invalid, ssh_user: root}\n")
        << QStringLiteral("QM007") << QList<int>{3};
    QTest::newRow("QM007 other port")
        << QByteArray("hosts:\n  a: {ssh_host: n.invalid, ssh_port: 2222, ssh_user: root}\n"
                      "  b: {ssh_host: n.invalid, ssh_user: root}\n")
        << QStringLiteral("QM007") << QList<int>{};

    // QM008: voters.
    QTest::newRow("QM008 even count")
        << QByteArray("p2p_voters: [alpha, beta, gamma, delta]\n") + kHosts +
               "  delta: {status: ready, p2p_enabled: true}\n"
        << QStringLiteral("QM008") << QList<int>{1};
    QTest::newRow("QM008 a voter listed twice counts once")
        << QByteArray("p2p_voters: [alpha, beta, gamma, alpha]\n") + kHosts
        << QStringLiteral("QM008") << QList<int>{};
    QTest::newRow("QM008 no voters")
        << QByteArray("p2p_voters: []\n") + kHosts << QStringLiteral("QM008") << QList<int>{1};
    QTest::newRow("QM008 voters null")
        << QByteArray("p2p_voters:\n") + kHosts << QStringLiteral("QM008") << QList<int>{1};
    QTest::newRow("QM008 no key, no finding") << kHosts << QStringLiteral("QM008") << QList<int>{};
    QTest::newRow("QM008 fewer than three")
        << QByteArray("p2p_voters: [alpha]\n") + kHosts << QStringLiteral("QM008") << QList<int>{1};
    QTest::newRow("QM008 NAT-blocked voter")
        << QByteArray("p2p_voters:\n  - alpha\n  - beta\n  - gamma\n"
                      "hosts:\n  alpha: {status: ready, p2p_enabled: true}\n"
                      "  beta: {status: ready, p2p_enabled: true, nat_blocked: true}\n"
                      "  gamma: {status: offline, p2p_enabled: true}\n")
        << QStringLiteral("QM008") << QList<int>{3, 4};
    QTest::newRow("QM008 fine") << QByteArray("p2p_voters: [alpha, beta, gamma]\n") + kHosts
                                << QStringLiteral("QM008") << QList<int>{};

    // QM009: priority hosts that cannot take priority.
    QTest::newRow("QM009 ephemeral and excluded")
        << QByteArray(
               "sync_routing:\n  priority_hosts:\n    - alpha\n    - beta\n"
               "  excluded_hosts: [beta]\n"
               "hosts:\n  alpha: {status: ready, is_ephemeral: true}\n  beta: {status: ready}\n")
        << QStringLiteral("QM009") << QList<int>{3, 4};
    QTest::newRow("QM009 fine") << QByteArray("sync_routing:\n  priority_hosts: [alpha]\n") + kHosts
                                << QStringLiteral("QM009") << QList<int>{};

    // QM010: the two exclusion lists disagree.
    QTest::newRow("QM010 disagree")
        << QByteArray(
               "sync_routing:\n  excluded_hosts: [alpha]\nauto_sync:\n  exclude_hosts: [beta]\n") +
               kHosts
        << QStringLiteral("QM010") << QList<int>{2, 4};
    QTest::newRow("QM010 agree")
        << QByteArray(
               "sync_routing:\n  excluded_hosts: [alpha]\nauto_sync:\n  exclude_hosts: [alpha]\n") +
               kHosts
        << QStringLiteral("QM010") << QList<int>{};

    // QM011: overrides that match nothing.
    QTest::newRow("QM011 unmatched glob")
        << QByteArray("auto_sync:\n  host_bandwidth_overrides:\n    al*: 50\n    vultr-*: 50\n") +
               kHosts
        << QStringLiteral("QM011") << QList<int>{4};

    // QM013: a host listed twice in a list of hosts.
    QTest::newRow("QM013 every list") << QByteArray("sync_routing:\n"
                                                    "  excluded_hosts: [alpha, alpha]\n"
                                                    "  priority_hosts: [beta, gamma, beta]\n"
                                                    "auto_sync:\n"
                                                    "  exclude_hosts:\n    - alpha\n    - alpha\n"
                                                    "p2p_voters: [alpha, beta, gamma, gamma]\n") +
                                             kHosts
                                      << QStringLiteral("QM013") << QList<int>{2, 3, 7, 8};
    QTest::newRow("QM013 mapping and plain forms")
        << QByteArray("sync_routing:\n"
                      "  excluded_hosts:\n    - alpha\n    - {name: alpha}\n") +
               kHosts
        << QStringLiteral("QM013") << QList<int>{4};
    QTest::newRow("QM013 none") << QByteArray("p2p_voters: [alpha, beta, gamma]\n") + kHosts
                                << QStringLiteral("QM013") << QList<int>{};

    // QM012: wrong types, and typos of known keys.
    QTest::newRow("QM012 string port") << QByteArray("hosts:\n  alpha:\n    ssh_port: '22'\n")
                                       << QStringLiteral("QM012") << QList<int>{3};
    QTest::newRow("QM012 hosts as a list")
        << QByteArray("hosts:\n  - alpha\n") << QStringLiteral("QM012") << QList<int>{2};
    QTest::newRow("QM012 typo") << QByteArray("sync_routing:\n  replication_taget: 2\n")
                                << QStringLiteral("QM012") << QList<int>{2};
    QTest::newRow("QM012 provider keys are fine")
        << QByteArray("hosts:\n  alpha:\n    vast_instance_id: '1'\n    tailscale_ip: 100.1.2.3\n"
                      "    lambda_cluster: x\n    venv_activate: source x\n")
        << QStringLiteral("QM012") << QList<int>{};
    QTest::newRow("QM012 null is fine") << QByteArray("sync_routing:\n  excluded_hosts:\n")
                                        << QStringLiteral("QM012") << QList<int>{};
}

void TestConfigCheck::rules()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, rule);
    QFETCH(QList<int>, lines);
    const CheckedFile file = qm::checkConfigText(QStringLiteral("test.yaml"), text);
    QVERIFY2(!file.unreadable, qPrintable(file.diagnostics.value(0).message));
    QCOMPARE(linesOf(file, rule), lines);
    for (const Diagnostic &d : file.diagnostics) {
        if (d.rule == rule)
            QVERIFY(!d.message.isEmpty());
    }
}

void TestConfigCheck::fixtureReportsExactlyItsRealProblems()
{
    const CheckedFile file = qm::checkConfigFile(
        QStringLiteral(QM_SOURCE_DIR "/tests/data/distributed_hosts.template.yaml"));
    QVERIFY(!file.unreadable);
    QCOMPARE(linesOf(file, QStringLiteral("QM005")), (QList<int>{31, 32, 71, 72, 73, 74, 75}));
    QCOMPARE(linesOf(file, QStringLiteral("QM011")), QList<int>{53});
    QCOMPARE(file.diagnostics.size(), 8);
    QVERIFY(file.diagnostics[2].message.contains(QStringLiteral("vultr-*")));
}

void TestConfigCheck::noVotersIsAnError()
{
    const CheckedFile empty =
        qm::checkConfigText(QStringLiteral("t.yaml"), "p2p_voters: []\n" + kHosts);
    const Diagnostic *d = firstOf(empty, QStringLiteral("QM008"));
    QVERIFY(d);
    QCOMPARE(d->severity, qm::Severity::Error);
    QVERIFY2(d->message.contains(QStringLiteral("leader")), qPrintable(d->message));
    QVERIFY(empty.hasErrors());
    // Fewer than three is a warning, as before.
    const CheckedFile one =
        qm::checkConfigText(QStringLiteral("t.yaml"), "p2p_voters: [alpha]\n" + kHosts);
    QCOMPARE(firstOf(one, QStringLiteral("QM008"))->severity, qm::Severity::Warning);
}

void TestConfigCheck::duplicatesHaveAFix()
{
    const QByteArray text = "sync_routing:\n  priority_hosts:\n    - beta\n    - alpha\n"
                            "    - beta # again\n" +
                            kHosts;
    const CheckedFile file = qm::checkConfigText(QStringLiteral("t.yaml"), text);
    const Diagnostic *d = firstOf(file, QStringLiteral("QM013"));
    QVERIFY(d);
    QCOMPARE(d->severity, qm::Severity::Warning);
    QCOMPARE(int(d->range.start.line) + 1, 5);
    QCOMPARE(d->related.size(), 1);
    QCOMPARE(int(d->related[0].range.start.line) + 1, 3);
    QVERIFY(d->fix);
    const qm::edit::Applied applied = qm::edit::applyFix(text, *d->fix);
    QVERIFY2(applied.ok(), qPrintable(applied.error));
    QCOMPARE(applied.text, QByteArray(text).replace("    - beta # again\n", ""));
    QVERIFY(!firstOf(qm::checkConfigText(QStringLiteral("t.yaml"), applied.text),
                     QStringLiteral("QM013")));

    // Exclusions that differ in what they exclude: removing either changes the routing,
    // so there is no fix, and the message says why.
    const CheckedFile differing = qm::checkConfigText(
        QStringLiteral("t.yaml"), "sync_routing:\n  excluded_hosts:\n    - alpha\n"
                                  "    - {name: alpha, receive_games: true}\n" +
                                      kHosts);
    const Diagnostic *e = firstOf(differing, QStringLiteral("QM013"));
    QVERIFY(e);
    QVERIFY(!e->fix);
    QVERIFY2(e->message.contains(QStringLiteral("different")), qPrintable(e->message));
}

void TestConfigCheck::suggestionsNeverRepeatAListedName_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("dangling");
    // A stub for node-1 exists; node-2 is one letter away from it, but node-1 is listed
    // already: renaming would make a duplicate.
    const QByteArray stub = "hosts:\n  your-training-node-1: {status: disabled}\n"
                            "  other: {ringrift_path: /r}\n";
    QTest::newRow("priority_hosts")
        << QByteArray("sync_routing:\n  priority_hosts:\n    - your-training-node-1\n"
                      "    - your-training-node-2\n") +
               stub
        << QStringLiteral("your-training-node-2");
    QTest::newRow("p2p_voters") << QByteArray("p2p_voters: [your-training-node-1, "
                                              "your-training-node-2, other]\n") +
                                       stub
                                << QStringLiteral("your-training-node-2");
    QTest::newRow("excluded_hosts")
        << QByteArray("sync_routing:\n  excluded_hosts: [your-training-node-1, "
                      "{name: your-training-node-2}]\n") +
               stub
        << QStringLiteral("your-training-node-2");
    QTest::newRow("auto_sync.exclude_hosts")
        << QByteArray(
               "auto_sync:\n  exclude_hosts: [your-training-node-1, your-training-node-2]\n") +
               stub
        << QStringLiteral("your-training-node-2");
}

void TestConfigCheck::suggestionsNeverRepeatAListedName()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, dangling);
    const CheckedFile file = qm::checkConfigText(QStringLiteral("t.yaml"), text);
    const Diagnostic *d = nullptr;
    for (const Diagnostic &candidate : file.diagnostics) {
        if (candidate.rule == u"QM005" && candidate.message.contains(dangling))
            d = &candidate;
    }
    QVERIFY(d);
    QVERIFY2(!d->message.contains(QStringLiteral("did you mean")), qPrintable(d->message));
    QList<qm::Fix> fixes = d->alternatives;
    if (d->fix)
        fixes.prepend(*d->fix);
    QVERIFY(!fixes.isEmpty());
    // Whatever the Config page offers for it, applying it never lists a host twice.
    for (const qm::Fix &fix : std::as_const(fixes)) {
        const qm::edit::Applied applied = qm::edit::applyFix(text, fix);
        QVERIFY2(applied.ok(), qPrintable(applied.error));
        const CheckedFile after = qm::checkConfigText(QStringLiteral("t.yaml"), applied.text);
        QVERIFY2(!firstOf(after, QStringLiteral("QM013")), qPrintable(fix.description));
    }
}

void TestConfigCheck::routingFindingsNameHostsAndReasons()
{
    // No receiver at all: the message says why each host is skipped.
    const CheckedFile none =
        qm::checkConfigText(QStringLiteral("t.yaml"),
                            "sync_routing:\n  excluded_hosts: [alpha]\n"
                            "hosts:\n  alpha: {ringrift_path: /r}\n  beta: {status: offline}\n"
                            "  gamma: {}\n");
    QList<const Diagnostic *> found;
    for (const Diagnostic &d : none.diagnostics) {
        if (d.rule == u"QM004")
            found.append(&d);
    }
    // One finding for the three kinds, which are routed alike.
    QCOMPARE(found.size(), 1);
    const QString message = found[0]->message;
    for (const char *part :
         {"games, npz, models", "alpha (excluded)", "beta (not ready)", "gamma (no folder)"})
        QVERIFY2(message.contains(QLatin1String(part)), qPrintable(message));

    // Too few: the receivers are named.
    const CheckedFile few = qm::checkConfigText(
        QStringLiteral("t.yaml"), "sync_routing:\n  replication_target: 4\n" + kHosts);
    const Diagnostic *d = firstOf(few, QStringLiteral("QM003"));
    QVERIFY(d);
    QVERIFY2(d->message.contains(QStringLiteral("only 3 host")) &&
                 d->message.contains(
                     QStringLiteral("can receive games, npz, models (alpha, beta, gamma)")),
             qPrintable(d->message));
}

void TestConfigCheck::ignoreComment()
{
    const QByteArray text =
        "p2p_voters: [ghost, alpha, beta]  # qm: ignore[QM005, QM008]\n" + kHosts;
    const CheckedFile file = qm::checkConfigText(QStringLiteral("t.yaml"), text);
    QVERIFY(linesOf(file, QStringLiteral("QM005")).isEmpty());
    const CheckedFile other =
        qm::checkConfigText(QStringLiteral("t.yaml"),
                            "p2p_voters: [ghost, alpha, beta]  # qm: ignore[QM011]\n" + kHosts);
    QCOMPARE(linesOf(other, QStringLiteral("QM005")), QList<int>{1});
}

void TestConfigCheck::unparseableIsQm000()
{
    const CheckedFile file =
        qm::checkConfigText(QStringLiteral("t.yaml"), "a: 1\nb: \"unterminated\nc: 2\n");
    QVERIFY(file.unreadable);
    QCOMPARE(file.diagnostics.size(), 1);
    QCOMPARE(file.diagnostics[0].rule, QStringLiteral("QM000"));
    QVERIFY(file.diagnostics[0].message.startsWith(QStringLiteral("line ")));
    const CheckedFile missing = qm::checkConfigFile(QStringLiteral("/nonexistent/x.yaml"));
    QVERIFY(missing.unreadable);
    QVERIFY(missing.diagnostics[0].message.contains(QStringLiteral("does not exist")));
}

void TestConfigCheck::fixesAreTextEdits()
{
    // Applying the fix of a dangling priority host removes exactly its line.
    const QByteArray text = "sync_routing:\n  priority_hosts:\n    - alpha\n    - ghost # gone\n"
                            "    - beta\n" +
                            kHosts;
    const CheckedFile file = qm::checkConfigText(QStringLiteral("t.yaml"), text);
    const auto it =
        std::find_if(file.diagnostics.cbegin(), file.diagnostics.cend(),
                     [](const Diagnostic &d) { return d.rule == QLatin1String("QM005"); });
    QVERIFY(it != file.diagnostics.cend());
    QVERIFY(it->fix);
    QByteArray fixed = text;
    const qm::TextEdit &edit = it->fix->edits.first();
    fixed.replace(edit.startByte, edit.endByte - edit.startByte, edit.newText.toUtf8());
    QCOMPARE(fixed,
             QByteArray("sync_routing:\n  priority_hosts:\n    - alpha\n    - beta\n") + kHosts);
    QVERIFY(qm::checkConfigText(QStringLiteral("t.yaml"), fixed).diagnostics.isEmpty());

    // Swapping inverted thresholds.
    const QByteArray thresholds = "sync_routing:\n  max_disk_usage_percent: 60\n"
                                  "  target_disk_usage_percent: 70\n";
    const CheckedFile inverted = qm::checkConfigText(QStringLiteral("t.yaml"), thresholds);
    QCOMPARE(inverted.diagnostics.size(), 1);
    QVERIFY(inverted.diagnostics[0].fix);
    QByteArray swapped = thresholds;
    QList<qm::TextEdit> edits = inverted.diagnostics[0].fix->edits;
    std::sort(edits.begin(), edits.end(), [](const qm::TextEdit &a, const qm::TextEdit &b) {
        return a.startByte > b.startByte;
    });
    for (const qm::TextEdit &e : edits)
        swapped.replace(e.startByte, e.endByte - e.startByte, e.newText.toUtf8());
    QCOMPARE(swapped, QByteArray("sync_routing:\n  max_disk_usage_percent: 70\n"
                                 "  target_disk_usage_percent: 60\n"));
}

void TestConfigCheck::jsonShape()
{
    const CheckedFile file =
        qm::checkConfigText(QStringLiteral("t.yaml"),
                            "hosts:\n  a: {ssh_host: x.invalid}\n  a: {ssh_host: y.invalid}\n");
    QCOMPARE(file.diagnostics.size(), 1);
    const QJsonObject json = qm::diagnosticToJson(file.diagnostics[0], file.path);
    QCOMPARE(json.value(QStringLiteral("rule")).toString(), QStringLiteral("QM006"));
    QCOMPARE(json.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(json.value(QStringLiteral("line")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("column")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("endLine")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("endColumn")).toInt(), 4);
    const QJsonArray related = json.value(QStringLiteral("related")).toArray();
    QCOMPARE(related.size(), 1);
    QCOMPARE(related[0].toObject().value(QStringLiteral("line")).toInt(), 2);
    QVERIFY(json.contains(QStringLiteral("fix")));
}

void TestConfigCheck::fnmatchLikePython_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("match");
    QTest::newRow("star") << QStringLiteral("vast-1") << QStringLiteral("vast-*") << true;
    QTest::newRow("star needs prefix")
        << QStringLiteral("myvast-1") << QStringLiteral("vast-*") << false;
    QTest::newRow("question") << QStringLiteral("gh1") << QStringLiteral("gh?") << true;
    QTest::newRow("set") << QStringLiteral("node-b") << QStringLiteral("node-[abc]") << true;
    QTest::newRow("negated set") << QStringLiteral("node-b") << QStringLiteral("node-[!abc]")
                                 << false;
    QTest::newRow("case sensitive")
        << QStringLiteral("Vast-1") << QStringLiteral("vast-*") << false;
    QTest::newRow("dot is literal") << QStringLiteral("axb") << QStringLiteral("a.b") << false;
    QTest::newRow("unclosed bracket") << QStringLiteral("a[") << QStringLiteral("a[") << true;
}

void TestConfigCheck::fnmatchLikePython()
{
    QFETCH(QString, name);
    QFETCH(QString, pattern);
    QFETCH(bool, match);
    QCOMPARE(qm::fnmatch(name, pattern), match);
}

QTEST_GUILESS_MAIN(TestConfigCheck)
#include "tst_configcheck.moc"
