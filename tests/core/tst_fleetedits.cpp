// The named edits of a fleet config (edit::FleetEdits): what the Config page's forms and
// `qmctl config set` change, each only where it means to, and refused with a reason when
// the place named is not there.

#include "core/config/configcheck.h"
#include "core/config/edit/configeditor.h"
#include "core/config/edit/fleetedits.h"

#include <QTest>

using qm::edit::FleetEdits;

namespace {

const QByteArray kConfig = "# The fleet.\n"
                           "sync_routing:\n"
                           "  replication_target: 2  # copies\n"
                           "  priority_hosts: [gpu-1]\n"
                           "  allowed_external_storage:\n"
                           "    - host: nas\n"
                           "      path: /mnt/nas\n"
                           "      receive_games: true\n"
                           "hosts:\n"
                           "  gpu-1:  # the big one\n"
                           "    ssh_host: 10.0.0.5\n"
                           "    ssh_port: 22\n"
                           "    vast_instance_id: '12345678'\n"
                           "\n"
                           "  nas:\n"
                           "    ssh_host: nas.local  # NFS\n"
                           "    role: storage\n";

using Build = std::function<std::optional<qm::Fix>(const FleetEdits &, QString *)>;

/// `text` with the edit `build` makes applied, or the reason it was refused (prefixed
/// "refused: ").
QByteArray edited(const QByteArray &text, const Build &build)
{
    const qm::CheckedFile checked = qm::checkConfigText(QStringLiteral("test.yaml"), text);
    if (!checked.document || !checked.config)
        return "does not load";
    QString why;
    const std::optional<qm::Fix> fix = build(FleetEdits(*checked.document, *checked.config), &why);
    if (!fix)
        return "refused: " + why.toUtf8();
    const qm::edit::Applied applied = qm::edit::applyFix(*checked.document, *fix, true);
    return applied.ok() ? applied.text : "refused: " + applied.error.toUtf8();
}

QByteArray replaced(QByteArray text, const QByteArray &from, const QByteArray &to)
{
    return text.replace(from, to);
}

} // namespace

Q_DECLARE_METATYPE(Build)

class TestFleetEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void edits_data();
    void edits();
    void valueTypes_data();
    void valueTypes();
};

void TestFleetEdits::edits_data()
{
    QTest::addColumn<Build>("build");
    QTest::addColumn<QByteArray>("after");

    QTest::newRow("set a host's key in place") << Build([](const FleetEdits &e, QString *why) {
        return e.setHostValue(QStringLiteral("gpu-1"), QStringLiteral("ssh_port"),
                              QStringLiteral("2222"), QStringLiteral("int"), why);
    }) << replaced(kConfig, "ssh_port: 22\n", "ssh_port: 2222\n");
    QTest::newRow("set a host's absent key: appended to its mapping")
        << Build([](const FleetEdits &e, QString *why) {
               return e.setHostValue(QStringLiteral("nas"), QStringLiteral("ssh_user"),
                                     QStringLiteral("admin"), QStringLiteral("str"), why);
           })
        << QByteArray(kConfig + "    ssh_user: admin\n");
    QTest::newRow("set a key of a host not there") << Build([](const FleetEdits &e, QString *why) {
        return e.setHostValue(QStringLiteral("gone"), QStringLiteral("ssh_port"),
                              QStringLiteral("22"), QStringLiteral("int"), why);
    }) << QByteArray("refused: There is no host 'gone' any more.");
    QTest::newRow("typed text: a number for ssh_port")
        << Build([](const FleetEdits &e, QString *why) {
               return e.setHostValueText(QStringLiteral("gpu-1"), QStringLiteral("ssh_port"),
                                         QStringLiteral("2200"), why);
           })
        << replaced(kConfig, "ssh_port: 22\n", "ssh_port: 2200\n");
    QTest::newRow("typed text: a string that reads as a number is quoted")
        << Build([](const FleetEdits &e, QString *why) {
               return e.setHostValueText(QStringLiteral("nas"), QStringLiteral("role"),
                                         QStringLiteral("4090"), why);
           })
        << replaced(kConfig, "role: storage\n", "role: '4090'\n");
    QTest::newRow("typed text: a quoted id stays a string") << Build([](const FleetEdits &e,
                                                                        QString *why) {
        return e.setHostValueText(QStringLiteral("gpu-1"), QStringLiteral("vast_instance_id"),
                                  QStringLiteral("87654321"), why);
    }) << replaced(kConfig, "'12345678'", "'87654321'");
    QTest::newRow("typed text: a flag") << Build([](const FleetEdits &e, QString *why) {
        return e.setHostValueText(QStringLiteral("nas"), QStringLiteral("p2p_enabled"),
                                  QStringLiteral("true"), why);
    }) << QByteArray(kConfig + "    p2p_enabled: true\n");
    QTest::newRow("typed text: unknown host, with the closest name")
        << Build([](const FleetEdits &e, QString *why) {
               return e.setHostValueText(QStringLiteral("gpu1"), QStringLiteral("ssh_port"),
                                         QStringLiteral("22"), why);
           })
        << QByteArray("refused: there is no host 'gpu1' in the file; did you mean 'gpu-1'?");
    QTest::newRow("typed text: not a number") << Build([](const FleetEdits &e, QString *why) {
        return e.setHostValueText(QStringLiteral("gpu-1"), QStringLiteral("ssh_port"),
                                  QStringLiteral("twenty"), why);
    }) << QByteArray("refused: ssh_port takes a whole number; 'twenty' is not one");
    QTest::newRow("add a host") << Build([](const FleetEdits &e, QString *why) {
        return e.addHost(QStringLiteral("cpu-9"), why);
    }) << QByteArray(kConfig + "  cpu-9:\n    status: disabled\n");
    QTest::newRow("add a host already there") << Build([](const FleetEdits &e, QString *why) {
        return e.addHost(QStringLiteral("nas"), why);
    }) << QByteArray("refused: the mapping already has a key 'nas'");
    QTest::newRow("remove a host") << Build([](const FleetEdits &e, QString *why) {
        return e.removeHost(QStringLiteral("nas"), why);
    }) << replaced(kConfig, "  nas:\n    ssh_host: nas.local  # NFS\n    role: storage\n", "");
    QTest::newRow("remove a host not there") << Build([](const FleetEdits &e, QString *why) {
        return e.removeHost(QStringLiteral("gone"), why);
    }) << QByteArray("refused: There is no host 'gone' any more.");
    QTest::newRow("set a routing value") << Build([](const FleetEdits &e, QString *why) {
        return e.setValueAt({QStringLiteral("sync_routing"), QStringLiteral("replication_target")},
                            QStringLiteral("3"), QStringLiteral("int"), why);
    }) << replaced(kConfig, "replication_target: 2", "replication_target: 3");
    QTest::newRow("append to a host list") << Build([](const FleetEdits &e, QString *why) {
        return e.appendToList({QStringLiteral("sync_routing"), QStringLiteral("priority_hosts")},
                              QStringLiteral("nas"), why);
    }) << replaced(kConfig, "[gpu-1]", "[gpu-1, nas]");
    QTest::newRow("remove an item of a host list") << Build([](const FleetEdits &e, QString *why) {
        return e.removeListItem({QStringLiteral("sync_routing"), QStringLiteral("priority_hosts")},
                                0, why);
    }) << replaced(kConfig, "[gpu-1]", "[]");
    QTest::newRow("remove an item the list no longer has")
        << Build([](const FleetEdits &e, QString *why) {
               return e.removeListItem(
                   {QStringLiteral("sync_routing"), QStringLiteral("priority_hosts")}, 1, why);
           })
        << QByteArray("refused: The list changed; nothing was removed.");
    QTest::newRow("external storage flag") << Build([](const FleetEdits &e, QString *why) {
        return e.setStorageReceives(0, QStringLiteral("games"), false, why);
    }) << replaced(kConfig, "receive_games: true", "receive_games: false");
    QTest::newRow("external storage entry gone") << Build([](const FleetEdits &e, QString *why) {
        return e.setStorageReceives(1, QStringLiteral("games"), false, why);
    }) << QByteArray("refused: The external storage list changed; nothing was changed.");
}

void TestFleetEdits::edits()
{
    QFETCH(Build, build);
    QFETCH(QByteArray, after);
    QCOMPARE(edited(kConfig, build), after);
}

void TestFleetEdits::valueTypes_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("type"); ///< empty: refused
    QTest::addColumn<QString>("why");

    QTest::newRow("port") << "ssh_port"
                          << "2222"
                          << "int" << QString();
    QTest::newRow("port, not whole") << "ssh_port"
                                     << "22.5"
                                     << ""
                                     << "ssh_port takes a whole number; '22.5' is not one";
    QTest::newRow("memory") << "memory_gb"
                            << "1.5"
                            << "float" << QString();
    QTest::newRow("memory, a word") << "memory_gb"
                                    << "lots"
                                    << ""
                                    << "memory_gb takes a number; 'lots' is not one";
    QTest::newRow("flag") << "p2p_enabled"
                          << "false"
                          << "bool" << QString();
    QTest::newRow("flag, YAML 1.1") << "nat_blocked"
                                    << "yes"
                                    << "bool" << QString();
    QTest::newRow("flag, not one") << "is_ephemeral"
                                   << "maybe"
                                   << ""
                                   << "is_ephemeral takes true or false; 'maybe' is not one";
    QTest::newRow("string, any text") << "ssh_user"
                                      << "true"
                                      << "str" << QString();
    QTest::newRow("any value, a number") << "gpu"
                                         << "4090"
                                         << "int" << QString();
    QTest::newRow("any value, null is a string") << "note"
                                                 << "null"
                                                 << "str" << QString();
    QTest::newRow("mapping") << "storage_paths"
                             << "/data"
                             << ""
                             << "storage_paths holds a list or a mapping, not a single value: "
                                "edit it in the file or on the Config page";
    QTest::newRow("typo") << "ssh_prot"
                          << "22"
                          << ""
                          << "'ssh_prot' is not a host key the fleet reads; did you mean "
                             "'ssh_port'?";
    QTest::newRow("unknown") << "favourite_colour"
                             << "blue"
                             << ""
                             << "'favourite_colour' is not a host key the fleet reads";
}

void TestFleetEdits::valueTypes()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, type);
    QFETCH(QString, why);
    QString reason;
    const std::optional<QString> typed = qm::edit::hostValueType(key, value, &reason);
    QCOMPARE(typed.value_or(QString()), type);
    QCOMPARE(reason, why);
}

QTEST_GUILESS_MAIN(TestFleetEdits)
#include "tst_fleetedits.moc"
