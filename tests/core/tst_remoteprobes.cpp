// Remote command lines and streamed file listings: hostile names pass through intact
// and are never executed; any listing bytes parse without harm.

#include "core/probes/filelisting.h"
#include "core/remote/sshcommand.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Names a hostile or careless host may hold; none may run anything. `canary` is a file
// name (no '/') the commands in them would create in the working folder.
QStringList hostileNames(const QString &canary)
{
    return {QStringLiteral("plain"),
            QStringLiteral("with space"),
            QStringLiteral("it's"),
            QStringLiteral("say \"hi\""),
            QStringLiteral("new\nline"),
            QStringLiteral("$(touch %1)").arg(canary),
            QStringLiteral("`touch %1`").arg(canary),
            QStringLiteral("-rf"),
            QStringLiteral("tab\there;semi|pipe&amp>gt<lt"),
            QStringLiteral("ünïcødé ☃"),
            QStringLiteral("back\\slash"),
            QStringLiteral("*")};
}

} // namespace

class TestRemoteProbes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotedArgumentsSurviveAShell();
    void sshArgumentVector();
    void listingOfHostileNames();
    void listingGarbage();
};

void TestRemoteProbes::quotedArgumentsSurviveAShell()
{
    // What an ssh server does with the command line: hand it to `sh -c`.
    QTemporaryDir dir;
    const QString canary = QStringLiteral("executed");
    QStringList argv = {QStringLiteral("printf"), QStringLiteral("%s\\0")};
    const QStringList names = hostileNames(canary) << QString();
    argv += names;
    QProcess shell;
    shell.setWorkingDirectory(dir.path());
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), qm::remoteCommandLine(argv)});
    QVERIFY(shell.waitForFinished(10000));
    QCOMPARE(shell.exitCode(), 0);
    const QList<QByteArray> printed = shell.readAllStandardOutput().split('\0');
    QCOMPARE(printed.size(), names.size() + 1); // the trailing empty piece after the last NUL
    for (qsizetype i = 0; i < names.size(); ++i)
        QCOMPARE(QString::fromUtf8(printed[i]), names[i]);
    QVERIFY(!QFile::exists(dir.filePath(canary)));
    QCOMPARE(qm::shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
}

void TestRemoteProbes::sshArgumentVector()
{
    qm::SshEndpoint endpoint{QStringLiteral("gpu-1.example.invalid"), 2222,
                             QStringLiteral("ubuntu"), QStringLiteral("/home/me/.ssh/id_fleet")};
    qm::SshOptions options;
    options.controlDirectory = QStringLiteral("/run/user/1000/qm-ssh");
    const QStringList args =
        qm::sshArguments(endpoint, {QStringLiteral("df"), QStringLiteral("-Pk")}, options);
    QVERIFY(args.contains(QStringLiteral("BatchMode=yes")));
    QVERIFY(args.contains(QStringLiteral("StrictHostKeyChecking=yes")));
    QVERIFY(args.contains(QStringLiteral("ConnectTimeout=10")));
    QVERIFY(args.contains(QStringLiteral("ControlPath=/run/user/1000/qm-ssh/%C")));
    QCOMPARE(args.mid(args.indexOf(QStringLiteral("-p")), 2),
             (QStringList{QStringLiteral("-p"), QStringLiteral("2222")}));
    QCOMPARE(args.mid(args.indexOf(QStringLiteral("-l")), 2),
             (QStringList{QStringLiteral("-l"), QStringLiteral("ubuntu")}));
    QCOMPARE(args.mid(args.size() - 3),
             (QStringList{QStringLiteral("--"), QStringLiteral("gpu-1.example.invalid"),
                          QStringLiteral("'df' '-Pk'")}));
    endpoint.host = QStringLiteral("-oProxyCommand=touch /tmp/x");
    QVERIFY(qm::sshArguments(endpoint, {QStringLiteral("true")}).isEmpty());
    endpoint.host.clear();
    QVERIFY(qm::sshArguments(endpoint, {QStringLiteral("true")}).isEmpty());
}

void TestRemoteProbes::listingOfHostileNames()
{
    // Real GNU find output over a tree of hostile names, fed in chunks of every size.
    QTemporaryDir dir;
    const QString canary = QStringLiteral("executed");
    QDir root(dir.filePath(QStringLiteral("root")));
    QVERIFY(QDir().mkpath(root.path()));
    QVERIFY(root.mkpath(QStringLiteral("sub dir/ply_files")));
    QSet<QByteArray> expected;
    qint64 size = 1;
    for (const QString &name : hostileNames(canary)) {
        for (const QString &folder : {QString(), QStringLiteral("sub dir/ply_files/")}) {
            QFile file(root.filePath(folder + name));
            QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.fileName()));
            file.write(QByteArray(size, 'x'));
            expected.insert(QFile::encodeName(file.fileName()) + '|' + QByteArray::number(size));
            ++size;
        }
    }
    QProcess find;
    find.setWorkingDirectory(dir.path());
    find.start(QStringLiteral("find"),
               {root.path(), QStringLiteral("-xdev"), QStringLiteral("-type"), QStringLiteral("f"),
                QStringLiteral("-printf"), QStringLiteral("%s %T@ %p\\0")});
    QVERIFY(find.waitForFinished(30000));
    const QByteArray output = find.readAllStandardOutput();
    for (const int chunk : {1, 7, 64, 100000}) {
        QSet<QByteArray> seen;
        qm::FileListingParser parser([&](const qm::ListedFile &file) {
            QVERIFY(file.modifiedSecs > 1600000000);
            seen.insert(file.path.toByteArray() + '|' + QByteArray::number(file.bytes));
        });
        for (qsizetype at = 0; at < output.size(); at += chunk)
            parser.feed(QByteArrayView(output.constData() + at,
                                       std::min<qsizetype>(chunk, output.size() - at)));
        parser.finish();
        QCOMPARE(parser.badRecords(), 0);
        QCOMPARE(parser.files(), expected.size());
        QCOMPARE(seen, expected);
    }
    QVERIFY(!QFile::exists(dir.filePath(canary)));
}

void TestRemoteProbes::listingGarbage()
{
    qint64 total = 0;
    qm::FileListingParser parser([&](const qm::ListedFile &file) { total += file.bytes; });
    static const char records[] = "garbage\0"
                                  "12 notatime /x\0"
                                  "99999999999999999999 1 /overflow\0"
                                  "5 1700000000 /ok\0"
                                  "6 1700000000.123 /ok two\0"
                                  "7 1700000000\0"
                                  "\0";
    QByteArray stream(records, sizeof(records) - 1);
    stream.append(QByteArray(qm::FileListingParser::kMaxRecordBytes + 10, 'a'));
    stream.append('\0');
    stream.append("8 1700000000 /after-the-long-one");
    stream.append('\0');
    stream.append("9 170000"); // cut off
    parser.feed(stream);
    parser.finish();
    QCOMPARE(parser.files(), 3);
    QCOMPARE(total, 5 + 6 + 8);
    QCOMPARE(parser.badRecords(), 7);

    // Random bytes never crash it.
    QRandomGenerator random(42);
    for (int round = 0; round < 200; ++round) {
        QByteArray noise(int(random.bounded(2000)), '\0');
        for (char &c : noise)
            c = char(random.bounded(256));
        qm::FileListingParser fuzz([](const qm::ListedFile &file) { QVERIFY(file.bytes >= 0); });
        fuzz.feed(noise);
        fuzz.finish();
    }
}

QTEST_GUILESS_MAIN(TestRemoteProbes)
#include "tst_remoteprobes.moc"
