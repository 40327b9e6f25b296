// The edit engine: every edit changes only the bytes it means to, keeps quoting,
// indentation, line endings and comments, and is verified by re-parsing.

#include "core/config/configcheck.h"
#include "core/config/edit/configeditor.h"
#include "core/config/edit/safefixes.h"
#include "core/config/fleetconfig.h"
#include "core/text/linediff.h"

#include <QTest>

using qm::edit::ConfigEditor;
using qm::edit::TreeNode;

namespace {

/// The node at a dotted path ("sync_routing.excluded_hosts.1"); a last step written
/// "@key" names the key node of that entry rather than its value.
int nodeAt(const qm::yaml::Document &document, const QString &path)
{
    int node = document.root;
    const QStringList steps = path.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    for (qsizetype s = 0; s < steps.size() && node >= 0; ++s) {
        QString step = steps[s];
        const bool wantKey = step.startsWith(QLatin1Char('@'));
        if (wantKey)
            step.remove(0, 1);
        const qm::yaml::Node &n = document.node(node);
        if (n.kind == qm::yaml::NodeKind::Sequence) {
            node = n.children[size_t(step.toInt())];
            continue;
        }
        int found = -1;
        for (size_t i = 0; i + 1 < n.children.size(); i += 2) {
            if (document.node(n.children[i]).scalar == step)
                found = n.children[wantKey ? i : i + 1];
        }
        node = found;
    }
    return node;
}

std::optional<qm::Fix> build(const qm::yaml::Document &document, const QString &op,
                             const QString &path, const QString &a, const QString &b, QString *why)
{
    const ConfigEditor editor(document);
    const int node = nodeAt(document, path);
    if (op == u"set")
        return editor.setScalar(node, a, why);
    if (op == u"set-str")
        return editor.setScalar(node, a, why, QStringLiteral("str"));
    if (op == u"rename")
        return editor.renameKey(node, a, why);
    if (op == u"remove")
        return editor.removeEntry(node, why);
    if (op == u"append")
        return editor.appendItems(node, {TreeNode::scalar(a)}, why);
    if (op == u"insert")
        return editor.insertEntry(node, a, TreeNode::scalar(b), why);
    if (op == u"insert-map")
        return editor.insertEntry(
            node, a,
            TreeNode::mapping({TreeNode::scalar(QStringLiteral("k")), TreeNode::scalar(b)}), why);
    if (op == u"setat")
        return editor.setAt(path.split(u'.'), TreeNode::scalar(a, b), why);
    if (op == u"appendat")
        return editor.appendAt(path.split(u'.'), TreeNode::scalar(a), why);
    if (op == u"stub")
        return editor.addStubHost(nodeAt(document, QStringLiteral("@hosts")), a, why);
    return std::nullopt;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestConfigEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void edits_data();
    void edits();
    void refusals_data();
    void refusals();
    void verificationRefusesAnUnintendedChange();
    void quickFixes_data();
    void quickFixes();
    void alternativesApplyCleanly();
    void fixTheFixture();
    void fixesAreVerifiedAsAWhole_data();
    void fixesAreVerifiedAsAWhole();
    void stubHostNeverBecomesADuplicate();
    void unifiedDiffLikeDiff();
};

void TestConfigEditor::edits_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QByteArray>("after");

    const QByteArray host = "hosts:\n  gpu-1:  # the big one\n    ssh_port: 22\n"
                            "    ssh_user: 'ubuntu'\n    token: '12345'\n"
                            "    note: \"say \\\"hi\\\"\"\n";
    QTest::newRow("number stays a number")
        << host << "set"
        << "hosts.gpu-1.ssh_port"
        << "2222"
        << "" << QByteArray(host).replace("ssh_port: 22", "ssh_port: 2222");
    QTest::newRow("quoted string stays quoted")
        << host << "set"
        << "hosts.gpu-1.token"
        << "67890"
        << "" << QByteArray(host).replace("'12345'", "'67890'");
    QTest::newRow("single quotes escape a quote")
        << host << "set"
        << "hosts.gpu-1.ssh_user"
        << "o'neil"
        << "" << QByteArray(host).replace("'ubuntu'", "'o''neil'");
    QTest::newRow("double quotes stay double")
        << host << "set"
        << "hosts.gpu-1.note"
        << "a\tb"
        << "" << QByteArray(host).replace("\"say \\\"hi\\\"\"", "\"a\\tb\"");
    QTest::newRow("plain string that would read as a number is quoted")
        << QByteArray("role: trainer\n") << "set"
        << "role"
        << "123"
        << "" << QByteArray("role: '123'\n");
    QTest::newRow("plain string stays plain") << QByteArray("role: trainer  # why\n") << "set"
                                              << "role"
                                              << "gpu_selfplay"
                                              << "" << QByteArray("role: gpu_selfplay  # why\n");
    QTest::newRow("rename keeps the value and comment")
        << QByteArray("a: 1\nmax_disk_usage_percnt: 80 # note\n") << "rename"
        << "@max_disk_usage_percnt"
        << "max_disk_usage_percent"
        << "" << QByteArray("a: 1\nmax_disk_usage_percent: 80 # note\n");
    QTest::newRow("remove block item with its comment line kept")
        << QByteArray("l:\n  # keep me\n  - a\n  - b  # gone\n  - c\n") << "remove"
        << "l.1"
        << ""
        << "" << QByteArray("l:\n  # keep me\n  - a\n  - c\n");
    QTest::newRow("remove the only block item leaves []")
        << QByteArray("l:\n  - a\nm: 1\n") << "remove"
        << "l.0"
        << ""
        << "" << QByteArray("l: []\nm: 1\n");
    QTest::newRow("remove the only item after a comment keeps the comment")
        << QByteArray("l:  # why\n  - a\n") << "remove"
        << "l.0"
        << ""
        << "" << QByteArray("l:  # why\n  []\n");
    QTest::newRow("remove the only entry of a mapping in a list")
        << QByteArray("l:\n  - host: a\n") << "remove"
        << "l.0.@host"
        << ""
        << "" << QByteArray("l:\n  - {}\n");
    QTest::newRow("remove flow item in the middle") << QByteArray("l: [a, b, c]\n") << "remove"
                                                    << "l.1"
                                                    << ""
                                                    << "" << QByteArray("l: [a, c]\n");
    QTest::newRow("remove last flow item") << QByteArray("l: [a, b]\n") << "remove"
                                           << "l.1"
                                           << ""
                                           << "" << QByteArray("l: [a]\n");
    QTest::newRow("remove a mapping entry with its nested lines")
        << QByteArray("hosts:\n  a:\n    x: 1\n  b:\n    y: 2\n\n# tail\nz: 3\n") << "remove"
        << "hosts.@a"
        << ""
        << "" << QByteArray("hosts:\n  b:\n    y: 2\n\n# tail\nz: 3\n");
    QTest::newRow("remove the later duplicate") << QByteArray("a: 1\nb: 2\na: 3\n") << "remove"
                                                << "@a"
                                                << ""
                                                << "" << QByteArray("a: 1\nb: 2\n");
    QTest::newRow("append to block list keeps its indentation")
        << QByteArray("l:\n    -   a\n    -   b\n# after\n") << "append"
        << "l"
        << "c"
        << "" << QByteArray("l:\n    -   a\n    -   b\n    -   c\n# after\n");
    QTest::newRow("append to indentless list") << QByteArray("l:\n- a\nz: 1\n") << "append"
                                               << "l"
                                               << "b"
                                               << "" << QByteArray("l:\n- a\n- b\nz: 1\n");
    QTest::newRow("append to empty flow list") << QByteArray("l: []  # none yet\n") << "append"
                                               << "l"
                                               << "vast-1"
                                               << "" << QByteArray("l: [vast-1]  # none yet\n");
    QTest::newRow("append to flow list") << QByteArray("l: [a]\n") << "append"
                                         << "l"
                                         << "yes"
                                         << "" << QByteArray("l: [a, 'yes']\n");
    QTest::newRow("append with CRLF and no final newline")
        << QByteArray("l:\r\n  - a") << "append"
        << "l"
        << "b"
        << "" << QByteArray("l:\r\n  - a\r\n  - b\r\n");
    QTest::newRow("insert into block mapping")
        << QByteArray("s:\n  a: 1\n  # tail comment\nt: 2\n") << "insert"
        << "s"
        << "b"
        << "x y" << QByteArray("s:\n  a: 1\n  b: x y\n  # tail comment\nt: 2\n");
    QTest::newRow("insert into flow mapping") << QByteArray("s: {a: 1}\n") << "insert"
                                              << "s"
                                              << "b"
                                              << "2" << QByteArray("s: {a: 1, b: '2'}\n");
    QTest::newRow("insert a nested mapping at the file's indentation")
        << QByteArray("s:\n    a:\n        x: 1\n") << "insert-map"
        << "s"
        << "b"
        << "v" << QByteArray("s:\n    a:\n        x: 1\n    b:\n        k: v\n");
    QTest::newRow("set a threshold in place")
        << QByteArray("sync_routing:\n  max_disk_usage_percent: 80 # Dec\n") << "setat"
        << "sync_routing.max_disk_usage_percent"
        << "85"
        << "int" << QByteArray("sync_routing:\n  max_disk_usage_percent: 85 # Dec\n");
    QTest::newRow("set a threshold that is absent")
        << QByteArray("sync_routing:\n  a: 1\nhosts: {}\n") << "setat"
        << "sync_routing.max_disk_usage_percent"
        << "85.5"
        << "float"
        << QByteArray("sync_routing:\n  a: 1\n  max_disk_usage_percent: 85.5\nhosts: {}\n");
    QTest::newRow("set a key without a value") << QByteArray("h:\n  a: 1\n  b:\n") << "setat"
                                               << "h.b"
                                               << "5"
                                               << "int" << QByteArray("h:\n  a: 1\n  b: 5\n");
    QTest::newRow("remove the only item, a block scalar, keeps the line break")
        << QByteArray("a:\n  k:\n    - |\n      t\n  # next is j\n  j: 1\n") << "remove"
        << "a.k.0"
        << ""
        << "" << QByteArray("a:\n  k: []\n  # next is j\n  j: 1\n");
    QTest::newRow("set creates the mappings on the way")
        << QByteArray("hosts: {}\n") << "setat"
        << "sync_routing.replication_target"
        << "2"
        << "int" << QByteArray("hosts: {}\nsync_routing:\n  replication_target: 2\n");
    QTest::newRow("append to an absent list")
        << QByteArray("sync_routing:\n  a: 1\n") << "appendat"
        << "sync_routing.priority_hosts"
        << "gpu-1"
        << "" << QByteArray("sync_routing:\n  a: 1\n  priority_hosts:\n    - gpu-1\n");
    QTest::newRow("append to a key without a value")
        << QByteArray("auto_sync:\n  exclude_hosts:\n  b: 1\n") << "appendat"
        << "auto_sync.exclude_hosts"
        << "gpu-1"
        << "" << QByteArray("auto_sync:\n  exclude_hosts: [gpu-1]\n  b: 1\n");
    QTest::newRow("stub host")
        << QByteArray("hosts:\n  a:\n    status: ready\nsync_routing: {}\n") << "stub"
        << ""
        << "ghost"
        << ""
        << QByteArray("hosts:\n  a:\n    status: ready\n  ghost:\n    status: disabled\n"
                      "sync_routing: {}\n");
    QTest::newRow("anchors and merge keys elsewhere stay")
        << QByteArray("base: &b {x: 1}\nh:\n  <<: *b\n  y: 2\n") << "set"
        << "h.y"
        << "3"
        << "" << QByteArray("base: &b {x: 1}\nh:\n  <<: *b\n  y: 3\n");
}

void TestConfigEditor::edits()
{
    QFETCH(QByteArray, before);
    QFETCH(QString, op);
    QFETCH(QString, path);
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QByteArray, after);
    qm::yaml::ParseError error;
    const std::optional<qm::yaml::Document> document = qm::yaml::parse(before, &error);
    QVERIFY2(document, qPrintable(error.toString()));
    QString why;
    const std::optional<qm::Fix> fix = build(*document, op, path, a, b, &why);
    QVERIFY2(fix, qPrintable(why));
    const qm::edit::Applied applied = qm::edit::applyFix(*document, *fix);
    QVERIFY2(applied.ok(), qPrintable(applied.error));
    QCOMPARE(applied.text, after);
}

void TestConfigEditor::refusals_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("a");

    QTest::newRow("a number cannot take a word") << QByteArray("p: 22\n") << "set"
                                                 << "p"
                                                 << "x";
    QTest::newRow("block scalar") << QByteArray("p: |\n  text\n") << "set"
                                  << "p"
                                  << "x";
    QTest::newRow("anchored scalar") << QByteArray("p: &a 1\nq: *a\n") << "set"
                                     << "p"
                                     << "2";
    QTest::newRow("key sharing its line")
        << QByteArray("l:\n  - host: a\n    reason: r\n") << "remove"
        << "l.0.@host"
        << "";
    QTest::newRow("last flow item after a comment")
        << QByteArray("l: [\n  a,  # about a\n  b  # about b\n]\n") << "remove"
        << "l.1"
        << "";
    QTest::newRow("rename onto an existing key") << QByteArray("a: 1\nb: 2\n") << "rename"
                                                 << "@a"
                                                 << "b";
}

void TestConfigEditor::refusals()
{
    QFETCH(QByteArray, before);
    QFETCH(QString, op);
    QFETCH(QString, path);
    QFETCH(QString, a);
    const std::optional<qm::yaml::Document> document = qm::yaml::parse(before, nullptr);
    QVERIFY(document);
    QString why;
    const std::optional<qm::Fix> fix = build(*document, op, path, a, QString(), &why);
    QVERIFY(!fix);
    QVERIFY(!why.isEmpty());
}

void TestConfigEditor::verificationRefusesAnUnintendedChange()
{
    const QByteArray text = "a: 1 # one\nb: [x, y]\n";
    const std::optional<qm::yaml::Document> document = qm::yaml::parse(text, nullptr);
    QVERIFY(document);
    const int a = nodeAt(*document, QStringLiteral("a"));
    // Says it sets a to 2, but its bytes also touch b.
    qm::Fix lying;
    lying.edits = {qm::TextEdit{5, 5, QString()}, qm::TextEdit{3, 4, QStringLiteral("2")},
                   qm::TextEdit{15, 16, QStringLiteral("z")}};
    lying.intents.push_back(
        qm::edit::Intent{qm::edit::Intent::Kind::Replace,
                         a,
                         qm::edit::Intent::kAtEnd,
                         {TreeNode::scalar(QStringLiteral("2"), QStringLiteral("int"))}});
    qm::edit::Applied applied = qm::edit::applyFix(*document, lying);
    QVERIFY(!applied.ok());
    QVERIFY2(applied.error.contains(QLatin1String("b.0")), qPrintable(applied.error));
    QVERIFY(applied.text.isEmpty());

    // An edit that breaks the syntax.
    qm::Fix breaking = lying;
    breaking.edits = {qm::TextEdit{3, 4, QStringLiteral("[2")}};
    applied = qm::edit::applyFix(*document, breaking);
    QVERIFY(!applied.ok());
    QVERIFY2(applied.error.contains(QLatin1String("does not parse")), qPrintable(applied.error));

    // A quoted number is a string: the type check sees it.
    qm::Fix retyping = lying;
    retyping.edits = {qm::TextEdit{3, 4, QStringLiteral("'2'")}};
    QVERIFY(!qm::edit::applyFix(*document, retyping).ok());
    retyping.edits = {qm::TextEdit{3, 4, QStringLiteral("2")}};
    QCOMPARE(qm::edit::applyFix(*document, retyping).text, QByteArray("a: 2 # one\nb: [x, y]\n"));
}

void TestConfigEditor::quickFixes_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QByteArray>("diff"); // the unified diff, without its header

    const QByteArray hosts = "hosts:\n"
                             "  alpha:\n    status: ready\n    p2p_enabled: true\n"
                             "  beta:\n    status: ready\n    p2p_enabled: true\n"
                             "  gamma:\n    status: ready\n    p2p_enabled: true\n";
    QTest::newRow("QM001 turns the flag off")
        << QByteArray(hosts + "sync_routing:\n  excluded_hosts:\n    - alpha  # Dec 2025: full\n"
                              "  allowed_external_storage:\n    - host: alpha\n      path: /mnt/x\n"
                              "      receive_games: true\n      receive_npz: false\n"
                              "      receive_models: false\n")
        << "QM001"
        << QByteArray("@@ -14,6 +14,6 @@\n   allowed_external_storage:\n     - host: alpha\n"
                      "       path: /mnt/x\n"
                      "-      receive_games: true\n+      receive_games: false\n"
                      "       receive_npz: false\n       receive_models: false\n");
    QTest::newRow("QM002 swaps thresholds")
        << QByteArray("sync_routing:\n  max_disk_usage_percent: 60\n"
                      "  target_disk_usage_percent: 70.5 # hmm\n")
        << "QM002"
        << QByteArray("@@ -1,3 +1,3 @@\n sync_routing:\n-  max_disk_usage_percent: 60\n"
                      "-  target_disk_usage_percent: 70.5 # hmm\n"
                      "+  max_disk_usage_percent: 70.5\n+  target_disk_usage_percent: 60 # hmm\n");
    QTest::newRow("QM002 lowers max below 100 - min free")
        << QByteArray("sync_routing:\n  max_disk_usage_percent: 95\n  min_free_disk_percent: 15\n")
        << "QM002"
        << QByteArray("@@ -1,3 +1,3 @@\n sync_routing:\n-  max_disk_usage_percent: 95\n"
                      "+  max_disk_usage_percent: 85\n   min_free_disk_percent: 15\n");
    QTest::newRow("QM005 removes a dangling reference")
        << QByteArray(hosts + "sync_routing:\n  priority_hosts:\n    - alpha\n"
                              "    - zzzzzzzz  # gone\n    - beta\n")
        << "QM005"
        << QByteArray("@@ -11,5 +11,4 @@\n sync_routing:\n   priority_hosts:\n     - alpha\n"
                      "-    - zzzzzzzz  # gone\n     - beta\n");
    QTest::newRow("QM005 adds a stub host when nothing can be removed")
        << QByteArray(hosts + "elo_sync:\n  coordinator: zzzzzzzz\n") << "QM005"
        << QByteArray("@@ -8,5 +8,7 @@\n   gamma:\n     status: ready\n     p2p_enabled: true\n"
                      "+  zzzzzzzz:\n+    status: disabled\n elo_sync:\n"
                      "   coordinator: zzzzzzzz\n");
    QTest::newRow("QM006 removes the second definition")
        << QByteArray("a: 1\nb:\n  - x\n  - y\nc: 2\nb: [z]\n") << "QM006"
        << QByteArray("@@ -3,4 +3,3 @@\n   - x\n   - y\n c: 2\n-b: [z]\n");
    QTest::newRow("QM010 aligns the exclusion lists")
        << QByteArray(hosts + "sync_routing:\n  excluded_hosts:\n    - alpha\n"
                              "auto_sync:\n  exclude_hosts: []\n")
        << "QM010"
        << QByteArray("@@ -12,4 +12,4 @@\n   excluded_hosts:\n     - alpha\n auto_sync:\n"
                      "-  exclude_hosts: []\n+  exclude_hosts: [alpha]\n");
    QTest::newRow("QM012 renames a typo")
        << QByteArray("sync_routing:\n  max_disk_usage_percnt: 80\n") << "QM012"
        << QByteArray("@@ -1,2 +1,2 @@\n sync_routing:\n-  max_disk_usage_percnt: 80\n"
                      "+  max_disk_usage_percent: 80\n");
}

void TestConfigEditor::quickFixes()
{
    QFETCH(QByteArray, before);
    QFETCH(QString, rule);
    QFETCH(QByteArray, diff);
    const qm::CheckedFile checked = qm::checkConfigText(QStringLiteral("t.yaml"), before);
    const auto it = std::find_if(checked.diagnostics.cbegin(), checked.diagnostics.cend(),
                                 [&](const qm::Diagnostic &d) { return d.rule == rule; });
    QVERIFY(it != checked.diagnostics.cend());
    QVERIFY2(it->fix, "the diagnostic offers no fix");
    const qm::edit::Applied applied = qm::edit::applyFix(before, *it->fix);
    QVERIFY2(applied.ok(), qPrintable(applied.error));
    QCOMPARE(qm::unifiedDiff(before, applied.text, "a", "b"), "--- a\n+++ b\n" + diff);
    const qm::CheckedFile after = qm::checkConfigText(QStringLiteral("t.yaml"), applied.text);
    for (const qm::Diagnostic &d : after.diagnostics)
        QVERIFY2(d.rule != rule, qPrintable(d.message));
}

void TestConfigEditor::alternativesApplyCleanly()
{
    // QM001's alternative drops the host from excluded_hosts instead.
    const QByteArray text = "hosts:\n  alpha: {status: ready}\n  beta: {status: ready}\n"
                            "sync_routing:\n  excluded_hosts:\n    - alpha\n    - beta\n"
                            "  allowed_external_storage:\n    - host: alpha\n      path: /x\n"
                            "      receive_games: true\n";
    const qm::CheckedFile checked = qm::checkConfigText(QStringLiteral("t.yaml"), text);
    const auto it = std::find_if(checked.diagnostics.cbegin(), checked.diagnostics.cend(),
                                 [](const qm::Diagnostic &d) { return d.rule == u"QM001"; });
    QVERIFY(it != checked.diagnostics.cend());
    QCOMPARE(it->alternatives.size(), 1);
    const qm::edit::Applied applied = qm::edit::applyFix(text, it->alternatives.first());
    QVERIFY2(applied.ok(), qPrintable(applied.error));
    QCOMPARE(applied.text, QByteArray(text).replace("    - alpha\n    - beta\n", "    - beta\n"));
}

void TestConfigEditor::fixTheFixture()
{
    // The real template names placeholder voters and priority hosts it does not define.
    // Removing them one by one would leave `p2p_voters: []` (no leader election) and
    // `priority_hosts: []`: the run refuses every such fix, says why, and changes
    // nothing; the problems stay for a person.
    const QString path =
        QStringLiteral(QM_SOURCE_DIR "/tests/data/distributed_hosts.template.yaml");
    const QByteArray text = readFile(path);
    QVERIFY(!text.isEmpty());
    const qm::edit::SafeFixRun run = qm::edit::applySafeFixes(path, text);
    QVERIFY2(run.applied.isEmpty(), qPrintable(run.applied.value(0).description));
    QCOMPARE(run.text, text);
    QCOMPARE(run.refused.size(), 7);
    QStringList reasons;
    for (const qm::edit::RefusedFix &refused : run.refused) {
        QCOMPARE(refused.rule, QStringLiteral("QM005"));
        reasons.append(QString::number(refused.line) + QLatin1Char(' ') + refused.reason);
    }
    // The two priority hosts: together they would empty the list.
    QVERIFY2(reasons[0].startsWith(QStringLiteral("31 ")) &&
                 reasons[0].contains(QStringLiteral("priority_hosts empty")),
             qPrintable(reasons[0]));
    QVERIFY2(reasons[1].startsWith(QStringLiteral("32 ")), qPrintable(reasons[1]));
    // Each voter: four voters would be an even count, a problem the file does not have.
    for (qsizetype i = 2; i < reasons.size(); ++i)
        QVERIFY2(reasons[i].contains(QStringLiteral("QM008")), qPrintable(reasons[i]));

    // Several problems at once: each fixed, in one pass, and the file checks clean.
    const QByteArray broken = "hosts:\n  alpha: {status: ready}\n  beta: {status: ready}\n"
                              "  gamma: {status: ready}\n"
                              "sync_routing:\n  max_disk_usage_percent: 60\n"
                              "  target_disk_usage_percent: 70\n"
                              "  priority_hosts: [alpha, zzzzzzzz]\n"
                              "  excluded_hosts: []\n"
                              "auto_sync:\n  exclude_hosts:\n    - beta\n";
    const qm::edit::SafeFixRun fixed = qm::edit::applySafeFixes(path, broken);
    QVERIFY(fixed.refused.isEmpty());
    QCOMPARE(fixed.applied.size(), 3);
    QVERIFY(qm::checkConfigText(path, fixed.text).diagnostics.isEmpty());
    const qm::edit::SafeFixRun again = qm::edit::applySafeFixes(path, fixed.text);
    QVERIFY(again.applied.isEmpty());
    QCOMPARE(again.text, fixed.text);
}

void TestConfigEditor::fixesAreVerifiedAsAWhole_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected");    // the text after the run
    QTest::addColumn<QString>("refusedBecause"); // empty: nothing refused

    const QByteArray hosts = "hosts:\n  alpha: {ringrift_path: /r, p2p_enabled: true}\n"
                             "  beta: {ringrift_path: /r, p2p_enabled: true}\n"
                             "  gamma: {ringrift_path: /r, p2p_enabled: true}\n";
    QTest::newRow("the last voter stays")
        << "p2p_voters:\n  - ghost\n" + hosts << "p2p_voters:\n  - ghost\n" + hosts
        << QStringLiteral("QM008");
    QTest::newRow("a voter whose removal makes an even count stays")
        << "p2p_voters: [alpha, beta, gamma, ghost, ghoul]\n" + hosts
        << "p2p_voters: [alpha, beta, gamma, ghost, ghoul]\n" + hosts << QStringLiteral("QM008");
    QTest::newRow("a dangling voter of three stays: two are too few")
        << "p2p_voters: [alpha, beta, ghost]\n" + hosts
        << "p2p_voters: [alpha, beta, ghost]\n" + hosts << QStringLiteral("QM008");
    QTest::newRow("the last priority host stays")
        << "sync_routing:\n  priority_hosts: [ghost]\n" + hosts
        << "sync_routing:\n  priority_hosts: [ghost]\n" + hosts
        << QStringLiteral("priority_hosts empty");
    QTest::newRow("priority hosts that would all go stay")
        << "sync_routing:\n  priority_hosts:\n    - ghost\n    - ghoul\n" + hosts
        << "sync_routing:\n  priority_hosts:\n    - ghost\n    - ghoul\n" + hosts
        << QStringLiteral("priority_hosts empty");
    QTest::newRow("a dangling priority host beside a real one goes")
        << "sync_routing:\n  priority_hosts:\n    - alpha\n    - ghost\n" + hosts
        << "sync_routing:\n  priority_hosts:\n    - alpha\n" + hosts << QString();
    QTest::newRow("a name listed twice goes, with its twin reference")
        << "sync_routing:\n  priority_hosts: [alpha, ghost, ghost]\n" + hosts
        << "sync_routing:\n  priority_hosts: [alpha]\n" + hosts << QString();
    QTest::newRow("a duplicate voter goes")
        << "p2p_voters: [alpha, beta, gamma, beta]\n" + hosts
        << "p2p_voters: [alpha, beta, gamma]\n" + hosts << QString();
    // QM001's fix (stop alpha's external storage taking games) would leave beta's games
    // with nowhere to go: a new QM004.
    QTest::newRow("a fix that leaves data nowhere to go")
        << QByteArray("sync_routing:\n  excluded_hosts: [alpha]\n"
                      "  allowed_external_storage:\n    - host: alpha\n      path: /x\n"
                      "      receive_games: true\n"
                      "hosts:\n  alpha: {ringrift_path: /r}\n  beta: {ringrift_path: /r}\n")
        << QByteArray("sync_routing:\n  excluded_hosts: [alpha]\n"
                      "  allowed_external_storage:\n    - host: alpha\n      path: /x\n"
                      "      receive_games: true\n"
                      "hosts:\n  alpha: {ringrift_path: /r}\n  beta: {ringrift_path: /r}\n")
        << QStringLiteral("QM004");
}

void TestConfigEditor::fixesAreVerifiedAsAWhole()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    QFETCH(QString, refusedBecause);
    const QString path = QStringLiteral("distributed_hosts.yaml");
    const qm::edit::SafeFixRun run = qm::edit::applySafeFixes(path, text);
    QCOMPARE(run.text, expected);
    QStringList reasons;
    for (const qm::edit::RefusedFix &refused : run.refused)
        reasons.append(refused.rule + QStringLiteral(": ") + refused.reason);
    if (refusedBecause.isEmpty()) {
        QVERIFY2(run.refused.isEmpty(), qPrintable(reasons.join(u'\n')));
    } else {
        QVERIFY(!run.refused.isEmpty());
        for (const QString &reason : std::as_const(reasons))
            QVERIFY2(reason.contains(refusedBecause), qPrintable(reason));
    }
    // Whatever was applied, the result has no problem the original did not have.
    QMultiHash<QString, QString> before;
    for (const qm::Diagnostic &d : qm::checkConfigText(path, text).diagnostics)
        before.insert(d.rule, d.message);
    for (const qm::Diagnostic &d : qm::checkConfigText(path, run.text).diagnostics)
        QVERIFY2(before.contains(d.rule, d.message), qPrintable(d.message));
}

void TestConfigEditor::stubHostNeverBecomesADuplicate()
{
    // The template once a stub `your-training-node-1` exists: `your-training-node-2` is
    // one letter from it, yet renaming it would list node-1 twice in priority_hosts.
    const QString path =
        QStringLiteral(QM_SOURCE_DIR "/tests/data/distributed_hosts.template.yaml");
    QByteArray text = readFile(path);
    QVERIFY(!text.isEmpty());
    text.replace("\nhosts:\n", "\nhosts:\n  your-training-node-1:\n    status: disabled\n");
    const qm::edit::SafeFixRun run = qm::edit::applySafeFixes(path, text);
    for (const qm::edit::AppliedFix &fix : run.applied)
        QVERIFY2(!fix.description.contains(QStringLiteral("Change")), qPrintable(fix.description));
    const qm::CheckedFile after = qm::checkConfigText(path, run.text);
    QVERIFY(after.config);
    QStringList priority;
    for (const qm::HostReference &reference : after.config->priorityHosts)
        priority.append(reference.name);
    QCOMPARE(priority.removeDuplicates(), 0);
    QVERIFY(!priority.isEmpty());
    for (const qm::Diagnostic &d : after.diagnostics)
        QVERIFY2(d.rule != u"QM013", qPrintable(d.message));
    // The voters are untouched.
    QCOMPARE(after.config->p2pVoters.size(), 5);
}

void TestConfigEditor::unifiedDiffLikeDiff()
{
    QCOMPARE(qm::unifiedDiff("a\nb\n", "a\nb\n", "x", "y"), QByteArray());
    QCOMPARE(qm::unifiedDiff("a\nb", "a\nc", "x", "y"),
             QByteArray("--- x\n+++ y\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n"
                        "+c\n\\ No newline at end of file\n"));
    QCOMPARE(qm::unifiedDiff("", "a\n", "x", "y"), QByteArray("--- x\n+++ y\n@@ -0,0 +1 @@\n+a\n"));
    // Two changes far apart make two hunks.
    QByteArray before, after;
    for (int i = 0; i < 20; ++i) {
        before += QByteArray::number(i) + '\n';
        after += (i == 2    ? QByteArray("two")
                  : i == 17 ? QByteArray("seventeen")
                            : QByteArray::number(i)) +
                 '\n';
    }
    QCOMPARE(qm::unifiedDiff(before, after, "x", "y"),
             QByteArray("--- x\n+++ y\n@@ -1,6 +1,6 @@\n 0\n 1\n-2\n+two\n 3\n 4\n 5\n"
                        "@@ -15,6 +15,6 @@\n 14\n 15\n 16\n-17\n+seventeen\n 18\n 19\n"));
}

QTEST_GUILESS_MAIN(TestConfigEditor)
#include "tst_configeditor.moc"
