// `qmctl orphans scan` (docs/orphans.md) against real stores and databases: a local
// folder, an S3 bucket of an S3 server on 127.0.0.1 listed by the real rclone, references
// from SQLite and from the PostgreSQL server of testservers.h. Keys with spaces, quotes,
// newlines, unicode and leading dashes; symbolic links and the quarantine left out; a
// reference source that fails, is empty or tries to write stops the scan; a share of
// orphans over the limit needs --max-share; nothing is ever deleted.

#include "core/text/csv.h"
#include "testservers.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <utime.h>

using namespace qm;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

/// `qmctl orphans scan ARGUMENTS` (or, with `command`, `qmctl COMMAND ARGUMENTS`).
Run qmctl(const QStringList &arguments,
          const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
          const QStringList &command = {QStringLiteral("orphans"), QStringLiteral("scan")})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(QM_BINARY_DIR "/bin/qmctl"), command + arguments);
    process.closeWriteChannel();
    process.waitForFinished(120'000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

/// Writes `bytes` bytes at `path` (folders made), modified `daysAgo` days ago.
void writeFile(const QString &path, qint64 bytes, int daysAgo)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(QByteArray(bytes, 'x'));
    file.close();
    const qint64 secs = QDateTime::currentSecsSinceEpoch() - qint64(daysAgo) * 86400;
    struct utimbuf times
    {
        time_t(secs), time_t(secs)
    };
    QCOMPARE(utime(QFile::encodeName(path).constData(), &times), 0);
}

/// The lines of a JSON Lines file.
QList<QJsonObject> jsonLines(const QString &path)
{
    QFile file(path);
    QList<QJsonObject> lines;
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

/// The keys of an audit log that are done with (moved, kept or gone), in its order.
QStringList doneKeys(const QString &auditPath)
{
    QStringList keys;
    for (const QJsonObject &entry : jsonLines(auditPath)) {
        const QString action = entry.value(QStringLiteral("action")).toString();
        if (action == QLatin1String("quarantined") || action == QLatin1String("kept") ||
            action == QLatin1String("gone"))
            keys << entry.value(QStringLiteral("key")).toString();
    }
    return keys;
}

/// The run folders in the quarantine of the local location `store`.
QStringList quarantineRuns(const QString &store)
{
    return QDir(store + QStringLiteral("/.quartermaster-quarantine"))
        .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
}

/// Where `key` is in the quarantine of the local location `store` (any run folder), or
/// empty; `*copies` counts the run folders holding it.
QString quarantined(const QString &store, const QString &key, int *copies = nullptr)
{
    QString found;
    int count = 0;
    for (const QString &run : quarantineRuns(store)) {
        const QString path =
            store + QStringLiteral("/.quartermaster-quarantine/") + run + u'/' + key;
        if (QFileInfo::exists(path)) {
            found = path;
            ++count;
        }
    }
    if (copies)
        *copies = count;
    return found;
}

/// The keys of a saved plan, in its order.
QStringList planKeys(const QString &csvPath)
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("(no plan)")};
    const QByteArray text = file.readAll();
    qsizetype at = 0;
    QStringList keys;
    const auto header = nextCsvRecord(text, &at);
    if (!header || header->join(',') != "key,bytes,modifiedAt")
        return {QStringLiteral("(bad header)")};
    while (const auto record = nextCsvRecord(text, &at))
        keys << QString::fromUtf8(record->first());
    return keys;
}

} // namespace

class TestOrphans : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath(const QString &suffix)
    {
        return m_dir.filePath(QStringLiteral("f%1%2").arg(++m_files).arg(suffix));
    }

    /// An SQLite file with the table `refs(path)` holding `keys`.
    QString sqliteReferences(const QStringList &keys)
    {
        const QString path = newPath(QStringLiteral(".sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), path);
            db.setDatabaseName(path);
            if (!db.open())
                return {};
            QSqlQuery query(db);
            query.exec(QStringLiteral("CREATE TABLE refs(path TEXT)"));
            for (const QString &key : keys) {
                query.prepare(QStringLiteral("INSERT INTO refs VALUES (?)"));
                query.addBindValue(key);
                query.exec();
            }
        }
        QSqlDatabase::removeDatabase(path);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The scans' history goes to a data folder of this test, never the user's.
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg"))));
    }

    void aLocalFolderAgainstSqliteReferences()
    {
        const QString store = newPath(QStringLiteral("-store"));
        const QStringList old = {
            QStringLiteral("models/kept.bin"),      QStringLiteral("models/a b, \"c\".bin"),
            QStringLiteral("models/new\nline.bin"), QStringLiteral("models/ünï 日本.bin"),
            QStringLiteral("-leading-dash.bin"),    QStringLiteral("deep/er/still/kept too.bin"),
            QStringLiteral("deep/orphan.bin")};
        for (const QString &key : old)
            writeFile(store + u'/' + key, 1000, 30);
        writeFile(store + QStringLiteral("/models/fresh.bin"), 10, 0); // too young
        writeFile(store + QStringLiteral("/.quartermaster-quarantine/run/q.bin"), 5000, 30);
        const QString outside = newPath(QStringLiteral("-outside"));
        writeFile(outside + QStringLiteral("/secret.bin"), 7000, 30);
        QVERIFY(QFile::link(outside, store + QStringLiteral("/linked-folder")));
        QVERIFY(QFile::link(outside + QStringLiteral("/secret.bin"),
                            store + QStringLiteral("/models/linked.bin")));
        // The database names its files by URL; two of them are gone.
        const QString db = sqliteReferences(
            {QStringLiteral("s3://b/models/kept.bin"), QStringLiteral("s3://b/-leading-dash.bin"),
             QStringLiteral("s3://b/deep/er/still/kept too.bin"),
             QStringLiteral("s3://b/models/ünï 日本.bin"), QStringLiteral("s3://b/gone/1.bin"),
             QStringLiteral("s3://b/gone/2.bin"), QStringLiteral("s3://b/models/kept.bin")});
        const QString plan = newPath(QStringLiteral("-plan.csv"));
        const Run run = qmctl({store, QStringLiteral("--ref-db"), QStringLiteral("sqlite:") + db,
                               QStringLiteral("--ref-sql"), QStringLiteral("SELECT path FROM refs"),
                               QStringLiteral("--strip-prefix"), QStringLiteral("s3://b/"),
                               QStringLiteral("--plan"), plan, QStringLiteral("--format"),
                               QStringLiteral("json")});
        QVERIFY2(run.code == 1, run.err.constData()); // 3 of 8 objects: critical
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("schemaVersion")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("listedObjects")).toInt(), 8);
        QCOMPARE(json.value(QStringLiteral("listedBytes")).toInt(), 7010);
        QCOMPARE(json.value(QStringLiteral("referencedKeys")).toInt(), 6);
        QCOMPARE(json.value(QStringLiteral("orphans")).toObject(),
                 (QJsonObject{{QStringLiteral("objects"), 3}, {QStringLiteral("bytes"), 3000}}));
        QCOMPARE(json.value(QStringLiteral("tooYoung")).toObject(),
                 (QJsonObject{{QStringLiteral("objects"), 1}, {QStringLiteral("bytes"), 10}}));
        QCOMPARE(
            json.value(QStringLiteral("missing")).toObject(),
            (QJsonObject{{QStringLiteral("count"), 2},
                         {QStringLiteral("examples"), QJsonArray{QStringLiteral("gone/1.bin"),
                                                                 QStringLiteral("gone/2.bin")}}}));
        QCOMPARE(json.value(QStringLiteral("band")).toString(), QStringLiteral("critical"));
        QCOMPARE(json.value(QStringLiteral("planPath")).toString(), plan);
        QCOMPARE(planKeys(plan), (QStringList{QStringLiteral("deep/orphan.bin"),
                                              QStringLiteral("models/a b, \"c\".bin"),
                                              QStringLiteral("models/new\nline.bin")}));
        QFile info(m_dir.filePath(QFileInfo(plan).completeBaseName() + QStringLiteral(".json")));
        QVERIFY(info.open(QIODevice::ReadOnly));
        const QJsonObject about = QJsonDocument::fromJson(info.readAll()).object();
        QCOMPARE(about.value(QStringLiteral("location")).toString(), store);
        QCOMPARE(about.value(QStringLiteral("objects")).toInt(), 3);
        QCOMPARE(about.value(QStringLiteral("reference"))
                     .toObject()
                     .value(QStringLiteral("sql"))
                     .toString(),
                 QStringLiteral("SELECT path FROM refs"));
        QCOMPARE(QFileInfo(plan).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFileDevice::Permissions());
        // What the folder holds, per folder: the links and the quarantine left out.
        const Run du = qmctl({store, QStringLiteral("--depth"), QStringLiteral("2"),
                              QStringLiteral("--format"), QStringLiteral("json")},
                             QProcessEnvironment::systemEnvironment(),
                             {QStringLiteral("storage"), QStringLiteral("du")});
        QVERIFY2(du.code == 0, du.err.constData());
        QCOMPARE(du.json().value(QStringLiteral("objects")).toInt(), 8);
        QCOMPARE(du.json().value(QStringLiteral("sizeBytes")).toInt(), 7010);
        QJsonObject byPrefix;
        for (const QJsonValue prefix : du.json().value(QStringLiteral("prefixes")).toArray())
            byPrefix.insert(prefix[QStringLiteral("prefix")].toString(),
                            prefix[QStringLiteral("sizeBytes")].toInt());
        QCOMPARE(byPrefix, (QJsonObject{{QStringLiteral("models/"), 4010},
                                        {QStringLiteral("deep/"), 2000},
                                        {QStringLiteral("deep/er/"), 1000},
                                        {QStringLiteral(""), 1000}}));
        // Nothing was touched, and the same plan is not written over.
        for (const QString &key : old)
            QVERIFY(QFileInfo::exists(store + u'/' + key));
        QVERIFY(QFileInfo::exists(outside + QStringLiteral("/secret.bin")));
        const Run again =
            qmctl({store, QStringLiteral("--ref-db"), QStringLiteral("sqlite:") + db,
                   QStringLiteral("--ref-sql"), QStringLiteral("SELECT path FROM refs"),
                   QStringLiteral("--strip-prefix"), QStringLiteral("s3://b/"),
                   QStringLiteral("--plan"), plan});
        QCOMPARE(again.code, 3);
        QVERIFY2(again.err.contains(plan.toUtf8()), again.err.constData());
    }

    void aReferenceSourceThatFailsIsEmptyOrWritesStopsTheScan()
    {
        const QString store = newPath(QStringLiteral("-store"));
        writeFile(store + QStringLiteral("/a.bin"), 100, 30);
        const QString db = sqliteReferences({QStringLiteral("a.bin")});
        const QString plans = newPath(QStringLiteral("-data"));
        const auto scan = [&](const QString &uri, const QString &sql) {
            return qmctl({store, QStringLiteral("--ref-db"), uri, QStringLiteral("--ref-sql"), sql,
                          QStringLiteral("--data-dir"), plans});
        };
        Run run =
            scan(QStringLiteral("sqlite:") + db, QStringLiteral("SELECT path FROM refs WHERE 0"));
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains("gave no key at all"), run.err.constData());
        run = scan(QStringLiteral("sqlite:") + db, QStringLiteral("SELECT path FROM nowhere"));
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains("nowhere"), run.err.constData());
        const QString absent = m_dir.filePath(QStringLiteral("absent.sqlite"));
        run = scan(QStringLiteral("sqlite:") + absent, QStringLiteral("SELECT 1"));
        QCOMPARE(run.code, 3);
        QVERIFY(!QFileInfo::exists(absent)); // not created
        // The query runs read-only: a statement that writes fails, the table is whole.
        run =
            scan(QStringLiteral("sqlite:") + db, QStringLiteral("DELETE FROM refs RETURNING path"));
        QCOMPARE(run.code, 3);
        run = scan(QStringLiteral("sqlite:") + db, QStringLiteral("SELECT path FROM refs"));
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY(!QFileInfo::exists(plans + QStringLiteral("/orphans")) ||
                QDir(plans + QStringLiteral("/orphans")).isEmpty(QDir::Files));
    }

    void tooManyOrphansNeedAnOverride()
    {
        const QString store = newPath(QStringLiteral("-store"));
        for (int i = 0; i < 4; ++i)
            writeFile(store + QStringLiteral("/o%1.bin").arg(i), 100, 30);
        writeFile(store + QStringLiteral("/kept.bin"), 100, 30);
        const QString keys = newPath(QStringLiteral("-keys.txt"));
        QFile file(keys);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("kept.bin\r\n\nsomething/else.bin\n");
        file.close();
        const QString plan = newPath(QStringLiteral("-plan.csv"));
        Run run =
            qmctl({store, QStringLiteral("--ref-file"), keys, QStringLiteral("--plan"), plan});
        QCOMPARE(run.code, 3); // 80 % orphans
        QVERIFY2(run.err.contains("--max-share 80"), run.err.constData());
        QVERIFY(!QFileInfo::exists(plan));
        // In JSON, one document: the figures and why no plan was saved.
        run = qmctl({store, QStringLiteral("--ref-file"), keys, QStringLiteral("--plan"), plan,
                     QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.code, 3);
        QCOMPARE(run.json().value(QStringLiteral("orphanShare")).toDouble(), 0.8);
        QVERIFY(run.json().value(QStringLiteral("planPath")).isNull());
        QVERIFY(run.json()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("--max-share 80")));
        QVERIFY(!QFileInfo::exists(plan));
        for (const char *bad : {"nan", "0", "101", "-5", "x"}) {
            run = qmctl({store, QStringLiteral("--ref-file"), keys, QStringLiteral("--max-share"),
                         QString::fromLatin1(bad)});
            QVERIFY2(run.code == 2, bad);
        }
        run = qmctl({store, QStringLiteral("--ref-file"), keys, QStringLiteral("--plan"), plan,
                     QStringLiteral("--max-share"), QStringLiteral("80")});
        QCOMPARE(run.code, 1);
        QCOMPARE(planKeys(plan).size(), 4);

        // A CSV file's column, quoted keys and all.
        const QString csv = newPath(QStringLiteral("-keys.csv"));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::WriteOnly));
        csvFile.write("id,path\n1,\"o0.bin\"\n2,o1.bin\n3,\"o2.bin\"\n4,o3.bin\n");
        csvFile.close();
        run = qmctl({store, QStringLiteral("--ref-file"), csv, QStringLiteral("--ref-column"),
                     QStringLiteral("path"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.code == 1, run.err.constData()); // kept.bin: 20 %, a warning
        QCOMPARE(run.json().value(QStringLiteral("band")).toString(), QStringLiteral("warning"));
        QCOMPARE(run.json()
                     .value(QStringLiteral("orphans"))
                     .toObject()
                     .value(QStringLiteral("objects"))
                     .toInt(),
                 1);
    }

    void cleanALocalPlanIntoTheQuarantineAndEmptyIt()
    {
        const QString store = newPath(QStringLiteral("-store"));
        QStringList orphans = {
            QStringLiteral("o/a b, \"c\".bin"),       QStringLiteral("o/new\nline.bin"),
            QStringLiteral("o/ünï 日本.bin"),         QStringLiteral("-dash.bin"),
            QStringLiteral("o/later-referenced.bin"), QStringLiteral("o/replaced.bin")};
        for (int i = 0; i < 6; ++i)
            orphans << QStringLiteral("o/n%1.bin").arg(i);
        QStringList referenced;
        for (int i = 0; i < 30; ++i)
            referenced << QStringLiteral("r/%1.bin").arg(i);
        for (const QString &key : orphans + referenced)
            writeFile(store + u'/' + key, 100, 30);
        const QString db = sqliteReferences(referenced);
        const QString plan = newPath(QStringLiteral("-plan.csv"));
        const QString audit = plan.chopped(4) + QStringLiteral(".audit.jsonl");
        const QString afterScan = newPath(QStringLiteral("-textfiles"));
        QVERIFY(QDir().mkpath(afterScan));
        Run run =
            qmctl({store, QStringLiteral("--ref-db"), QStringLiteral("sqlite:") + db,
                   QStringLiteral("--ref-sql"), QStringLiteral("SELECT path FROM refs;"),
                   QStringLiteral("--plan"), plan, QStringLiteral("--textfile-dir"), afterScan});
        QVERIFY2(run.code == 1, run.err.constData()); // 12 of 42: critical
        // --textfile-dir: the gauges written after the scan, as metrics write does.
        QVERIFY(QFileInfo::exists(afterScan + QStringLiteral("/quartermaster_storage.prom")));
        QCOMPARE(planKeys(plan).size(), 12);
        // The scan is kept: `storage list` and the metrics give its figures.
        run = qmctl({QStringLiteral("--format"), QStringLiteral("json")},
                    QProcessEnvironment::systemEnvironment(),
                    {QStringLiteral("storage"), QStringLiteral("list")});
        QVERIFY2(run.code == 0, run.err.constData());
        QJsonObject listed;
        for (const QJsonValue location : run.json()[QStringLiteral("locations")].toArray()) {
            if (location[QStringLiteral("location")].toString() == store)
                listed = location.toObject();
        }
        QCOMPARE(listed[QStringLiteral("objects")].toInt(), 42);
        QCOMPARE(listed[QStringLiteral("orphans")][QStringLiteral("bytes")].toInt(), 1200);
        QCOMPARE(listed[QStringLiteral("band")].toString(), QStringLiteral("critical"));
        const QString textfiles = newPath(QStringLiteral("-textfiles"));
        QVERIFY(QDir().mkpath(textfiles));
        run = qmctl({QStringLiteral("--textfile-dir"), textfiles},
                    QProcessEnvironment::systemEnvironment(),
                    {QStringLiteral("metrics"), QStringLiteral("write")});
        QVERIFY2(run.code == 0, run.err.constData());
        // Only the finished file is there (no temporary one), and promtool reads it.
        QCOMPARE(QDir(textfiles).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("quartermaster_storage.prom")});
        QFile metrics(textfiles + QStringLiteral("/quartermaster_storage.prom"));
        QVERIFY(metrics.open(QIODevice::ReadOnly));
        const QByteArray gauges = metrics.readAll();
        const QByteArray label = "{location=\"" + store.toUtf8() + '"';
        QVERIFY2(
            gauges.contains(QByteArray("quartermaster_storage_orphan_bytes" + label + "} 1200\n")),
            gauges.constData());
        QVERIFY2(gauges.contains(QByteArray("quartermaster_storage_health" + label +
                                            ",band=\"critical\"} 1\n")),
                 gauges.constData());
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        if (promtool.isEmpty() && testservers::underCi())
            QFAIL("promtool is not installed (packaging/deps.sh: prometheus)");
        if (!promtool.isEmpty()) {
            QProcess check;
            check.setStandardInputFile(metrics.fileName());
            check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
            QVERIFY(check.waitForFinished(30'000));
            QVERIFY2(check.exitCode() == 0,
                     QByteArray(check.readAllStandardOutput() + check.readAllStandardError())
                         .constData());
        }

        // After the plan: one key is referenced again, one object is replaced.
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db);
            sql.setDatabaseName(db);
            QVERIFY(sql.open());
            QVERIFY(QSqlQuery(sql).exec(
                QStringLiteral("INSERT INTO refs VALUES ('o/later-referenced.bin')")));
        }
        QSqlDatabase::removeDatabase(db);
        writeFile(store + QStringLiteral("/o/replaced.bin"), 200, 30);
        const QStringList clean = {QStringLiteral("orphans"), QStringLiteral("clean")};
        const QStringList json = {QStringLiteral("--format"), QStringLiteral("json")};
        const auto figure = [](const Run &r, const char *name) {
            return r.json().value(QLatin1String(name)).toInteger(-1);
        };
        const auto movedObjects = [](const Run &r) {
            return r.json()[QStringLiteral("moved")][QStringLiteral("objects")].toInteger(-1);
        };

        // A dry run makes every check and moves nothing.
        run = qmctl(QStringList{plan} + json, QProcessEnvironment::systemEnvironment(), clean);
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(run.json().value(QStringLiteral("dryRun")).toBool(), true);
        QCOMPARE(movedObjects(run), 10);
        QCOMPARE(figure(run, "keptReferenced"), 1);
        QCOMPARE(figure(run, "keptChanged"), 1);
        for (const QString &key : orphans)
            QVERIFY2(QFileInfo::exists(store + u'/' + key), qPrintable(key));
        QVERIFY(!QFileInfo::exists(audit));
        QVERIFY(quarantineRuns(store).isEmpty());

        // A capped run, then a reference source that fails: it stops, nothing moves.
        run = qmctl(QStringList{plan, QStringLiteral("--yes"), QStringLiteral("--max-objects"),
                                QStringLiteral("4"), QStringLiteral("--batch-size"),
                                QStringLiteral("3")} +
                        json,
                    QProcessEnvironment::systemEnvironment(), clean);
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(run.json().value(QStringLiteral("capped")).toBool(), true);
        QCOMPARE(figure(run, "notReached"), 8);
        QStringList first = doneKeys(audit);
        first.sort();
        QCOMPARE(first, planKeys(plan).mid(0, 4)); // the plan's first four, by key
        QVERIFY(QFile::rename(db, db + QStringLiteral(".away")));
        run =
            qmctl({plan, QStringLiteral("--yes")}, QProcessEnvironment::systemEnvironment(), clean);
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains("reference"), run.err.constData());
        QCOMPARE(doneKeys(audit).size(), 4);
        QVERIFY(QFile::rename(db + QStringLiteral(".away"), db));

        // The rest, in batches of 5; then once more, which changes nothing.
        run = qmctl(QStringList{plan, QStringLiteral("--yes"), QStringLiteral("--batch-size"),
                                QStringLiteral("5")} +
                        json,
                    QProcessEnvironment::systemEnvironment(), clean);
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(figure(run, "doneBefore"), 4);
        QCOMPARE(run.json().value(QStringLiteral("finished")).toBool(), true);
        QStringList done = doneKeys(audit);
        done.sort();
        QStringList expected = planKeys(plan);
        expected.sort();
        QCOMPARE(done, expected); // each key once
        // Each run moved into a folder of its own (the stopped one left none).
        const QStringList runs = quarantineRuns(store);
        QCOMPARE(runs.size(), 2);
        for (const QString &key : orphans) {
            const bool kept = key == QLatin1String("o/later-referenced.bin") ||
                              key == QLatin1String("o/replaced.bin");
            int copies = 0;
            QVERIFY2(QFileInfo::exists(store + u'/' + key) == kept, qPrintable(key));
            QVERIFY2(quarantined(store, key, &copies).isEmpty() == kept, qPrintable(key));
            QCOMPARE(copies, kept ? 0 : 1);
        }
        for (const QString &key : referenced)
            QVERIFY(QFileInfo::exists(store + u'/' + key));
        run = qmctl(QStringList{plan, QStringLiteral("--yes")} + json,
                    QProcessEnvironment::systemEnvironment(), clean);
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(movedObjects(run), 0);
        QCOMPARE(figure(run, "doneBefore"), 12);
        QCOMPARE(doneKeys(audit).size(), 12);

        // The quarantine: listed, not due at 7 days, emptied when asked with --yes.
        const QStringList quarantineCommand = {QStringLiteral("orphans"),
                                               QStringLiteral("quarantine")};
        run = qmctl(QStringList{store} + json, QProcessEnvironment::systemEnvironment(),
                    quarantineCommand);
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(figure(run, "objects"), 10);
        QCOMPARE(figure(run, "sizeBytes"), 1000);
        QCOMPARE(run.json()[QStringLiteral("runs")][0][QStringLiteral("folder")].toString(),
                 runs[0]);
        run = qmctl(QStringList{store, QStringLiteral("--empty"), QStringLiteral("--yes")} + json,
                    QProcessEnvironment::systemEnvironment(), quarantineCommand);
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(run.json()[QStringLiteral("emptying")][QStringLiteral("objects")].toInt(), 0);
        run = qmctl(QStringList{store, QStringLiteral("--empty"),
                                QStringLiteral("--older-than-days"), QStringLiteral("0")} +
                        json,
                    QProcessEnvironment::systemEnvironment(), quarantineCommand);
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(run.json()[QStringLiteral("emptying")][QStringLiteral("dryRun")].toBool(), true);
        QCOMPARE(run.json()[QStringLiteral("emptying")][QStringLiteral("objects")].toInt(), 10);
        QVERIFY(!quarantined(store, QStringLiteral("-dash.bin")).isEmpty());
        const QString dataDir = newPath(QStringLiteral("-data"));
        run = qmctl(QStringList{store, QStringLiteral("--empty"),
                                QStringLiteral("--older-than-days"), QStringLiteral("0"),
                                QStringLiteral("--yes"), QStringLiteral("--data-dir"), dataDir} +
                        json,
                    QProcessEnvironment::systemEnvironment(), quarantineCommand);
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(run.json()[QStringLiteral("emptying")][QStringLiteral("deleted")].toInt(), 10);
        QCOMPARE(run.json()[QStringLiteral("emptying")][QStringLiteral("left")].toInt(), 0);
        QVERIFY(quarantineRuns(store).isEmpty());
        QCOMPARE(jsonLines(dataDir + QStringLiteral("/orphans/quarantine-audit.jsonl")).size(), 10);
        for (const QString &key : referenced)
            QVERIFY(QFileInfo::exists(store + u'/' + key));
    }

    void theRecheckSeesValuesAsTheScanDidAndOneRunGoesAtATime()
    {
        // Keys the database holds as REAL numbers: Qt reads 9.0 as "9", SQLite's CAST
        // makes "9.0" of it, so the narrowed check cannot find it; its canary says so and
        // the whole query is read instead.
        const QString store = newPath(QStringLiteral("-store"));
        for (int i = 1; i <= 10; ++i)
            writeFile(store + u'/' + QString::number(i), 100, 30);
        const QString db = newPath(QStringLiteral("-real.sqlite"));
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db);
            sql.setDatabaseName(db);
            QVERIFY(sql.open());
            QSqlQuery query(sql);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE refs(n REAL)")));
            for (int i = 1; i <= 8; ++i)
                QVERIFY(query.exec(QStringLiteral("INSERT INTO refs VALUES (%1.0)").arg(i)));
        }
        QSqlDatabase::removeDatabase(db);
        const QString plan = newPath(QStringLiteral("-plan.csv"));
        Run run = qmctl({store, QStringLiteral("--ref-db"), QStringLiteral("sqlite:") + db,
                         QStringLiteral("--ref-sql"),
                         QStringLiteral("SELECT n FROM refs -- a comment at the end"),
                         QStringLiteral("--plan"), plan});
        QVERIFY2(run.code == 1, run.err.constData());
        QCOMPARE(planKeys(plan), (QStringList{QStringLiteral("10"), QStringLiteral("9")}));
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db);
            sql.setDatabaseName(db);
            QVERIFY(sql.open());
            QVERIFY(QSqlQuery(sql).exec(QStringLiteral("INSERT INTO refs VALUES (9.0)")));
        }
        QSqlDatabase::removeDatabase(db);
        const QStringList clean = {QStringLiteral("orphans"), QStringLiteral("clean")};
        // While another run holds the plan's audit log, a run stops before anything.
        const QString audit = plan.chopped(4) + QStringLiteral(".audit.jsonl");
        const int held = ::open(QFile::encodeName(audit).constData(), O_RDWR | O_CREAT, 0600);
        QVERIFY(held >= 0);
        QCOMPARE(::flock(held, LOCK_EX), 0);
        run =
            qmctl({plan, QStringLiteral("--yes")}, QProcessEnvironment::systemEnvironment(), clean);
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains("another run"), run.err.constData());
        QVERIFY(QFileInfo::exists(store + QStringLiteral("/10")));
        ::close(held);
        run = qmctl(
            {plan, QStringLiteral("--yes"), QStringLiteral("--format"), QStringLiteral("json")},
            QProcessEnvironment::systemEnvironment(), clean);
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(run.json()[QStringLiteral("keptReferenced")].toInt(), 1);
        QCOMPARE(run.json()[QStringLiteral("moved")][QStringLiteral("objects")].toInt(), 1);
        QVERIFY(QFileInfo::exists(store + QStringLiteral("/9")));
        QVERIFY(!QFileInfo::exists(store + QStringLiteral("/10")));
    }

    void aCleanRunsAsAJobOfTheQueueWithinItsCaps()
    {
        const QString store = newPath(QStringLiteral("-store"));
        QStringList referenced;
        for (int i = 0; i < 10; ++i) {
            referenced << QStringLiteral("r/%1.bin").arg(i);
            writeFile(store + u'/' + referenced.last(), 100, 30);
        }
        for (int i = 0; i < 5; ++i)
            writeFile(store + QStringLiteral("/o/%1.bin").arg(i), 100, 30);
        const QString db = sqliteReferences(referenced);
        const QString plan = newPath(QStringLiteral("-plan.csv"));
        Run run = qmctl({store, QStringLiteral("--ref-db"), QStringLiteral("sqlite:") + db,
                         QStringLiteral("--ref-sql"), QStringLiteral("SELECT path FROM refs"),
                         QStringLiteral("--plan"), plan});
        QVERIFY2(run.code == 1, run.err.constData());
        const QString data = newPath(QStringLiteral("-jobs"));
        const QStringList jobs = {QStringLiteral("jobs")};
        const QStringList add = {QStringLiteral("add"),
                                 QStringLiteral("orphans-clean"),
                                 plan,
                                 QStringLiteral("--max-objects"),
                                 QStringLiteral("3"),
                                 QStringLiteral("--data-dir"),
                                 data};
        // Without --yes: the plan of the first run, nothing queued.
        run = qmctl(add, QProcessEnvironment::systemEnvironment(), jobs);
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY2(run.out.contains("Move 3 object"), run.out.constData());
        QVERIFY(QByteArray(run.out + run.err).contains("give --yes"));
        const QStringList runOnce = {QStringLiteral("run"), QStringLiteral("--once"),
                                     QStringLiteral("--data-dir"), data};
        for (const int left : {2, 0}) {
            run = qmctl(add + QStringList{QStringLiteral("--yes")},
                        QProcessEnvironment::systemEnvironment(), jobs);
            QVERIFY2(run.code == 0, run.err.constData());
            run = qmctl(runOnce, QProcessEnvironment::systemEnvironment(), jobs);
            QVERIFY2(run.code == 0, QByteArray(run.out + run.err).constData());
            QCOMPARE(QDir(store + QStringLiteral("/o")).entryList(QDir::Files).size(), left);
        }
        QCOMPARE(QDir(store + QStringLiteral("/r")).entryList(QDir::Files).size(), 10);
        QCOMPARE(doneKeys(plan.chopped(4) + QStringLiteral(".audit.jsonl")).size(), 5);
    }

    void aLifecycleJobScansWithTheLastRuleAndCleansWithinItsCaps()
    {
        const QString store = newPath(QStringLiteral("-store"));
        QStringList referenced;
        for (int i = 0; i < 10; ++i) {
            referenced << QStringLiteral("r/%1.bin").arg(i);
            writeFile(store + u'/' + referenced.last(), 100, 30);
        }
        for (int i = 0; i < 3; ++i)
            writeFile(store + QStringLiteral("/o/%1.bin").arg(i), 100, 30);
        const QString db = sqliteReferences(referenced);
        const QString data = newPath(QStringLiteral("-data"));
        const QStringList jobs = {QStringLiteral("jobs")};
        const QStringList add = {QStringLiteral("add"), QStringLiteral("orphans-lifecycle"), store,
                                 QStringLiteral("--data-dir"), data};
        const QStringList runOnce = {QStringLiteral("run"), QStringLiteral("--once"),
                                     QStringLiteral("--data-dir"), data};
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Never scanned: there is no rule to run, and nothing is queued.
        Run run = qmctl(add + QStringList{QStringLiteral("--yes")}, env, jobs);
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains("has not been scanned for orphans yet"), run.err.constData());

        // The scan a person looked at makes the rule: its query, mapping, minimum age.
        run = qmctl({store, QStringLiteral("--ref-db"), QStringLiteral("sqlite:") + db,
                     QStringLiteral("--ref-sql"), QStringLiteral("SELECT path FROM refs"),
                     QStringLiteral("--min-age-days"), QStringLiteral("5"),
                     QStringLiteral("--data-dir"), data});
        QVERIFY2(run.code == 1, run.err.constData());
        // Between the scan and the job, one orphan is referenced again and a new one
        // appears: the job scans again, so it keeps the first and moves the second.
        {
            QSqlDatabase handle = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db);
            handle.setDatabaseName(db);
            QVERIFY(handle.open());
            QSqlQuery(handle).exec(QStringLiteral("INSERT INTO refs VALUES ('o/0.bin')"));
        }
        QSqlDatabase::removeDatabase(db);
        writeFile(store + QStringLiteral("/o/3.bin"), 100, 30);
        writeFile(store + QStringLiteral("/o/young.bin"), 100, 1); // younger than 5 days

        // Without --yes: what it will do, nothing queued.
        run = qmctl(add + QStringList{QStringLiteral("--max-objects"), QStringLiteral("2")}, env,
                    jobs);
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY2(run.out.contains("SELECT path FROM refs"), run.out.constData());
        QVERIFY2(run.out.contains("older than 5 day"), run.out.constData());
        QVERIFY(QByteArray(run.out + run.err).contains("give --yes"));
        // Scan only: nothing moves, and the scan is kept in the history.
        run = qmctl(add + QStringList{QStringLiteral("--max-objects"), QStringLiteral("0"),
                                      QStringLiteral("--yes")},
                    env, jobs);
        QVERIFY2(run.code == 0, run.err.constData());
        run = qmctl(runOnce, env, jobs);
        QVERIFY2(run.code == 0, QByteArray(run.out + run.err).constData());
        QCOMPARE(QDir(store + QStringLiteral("/o")).entryList(QDir::Files).size(), 5);
        // A scan only saves no plan: the one of the scan by hand is all there is.
        QCOMPARE(QDir(data + QStringLiteral("/orphans"))
                     .entryList({QStringLiteral("*.csv")}, QDir::Files)
                     .size(),
                 1);
        Run list = qmctl({QStringLiteral("--data-dir"), data, QStringLiteral("--format"),
                          QStringLiteral("json")},
                         env, {QStringLiteral("storage"), QStringLiteral("list")});
        QVERIFY2(list.code != 3, list.err.constData());
        const QJsonObject last = list.json()[QStringLiteral("locations")][0].toObject();
        QCOMPARE(last.value(QStringLiteral("orphans"))
                     .toObject()
                     .value(QStringLiteral("objects"))
                     .toInt(),
                 3); // o/1, o/2, o/3
        // A location only listed (storage du) is in the list too, without orphan figures.
        const QString listedOnly = newPath(QStringLiteral("-listed"));
        writeFile(listedOnly + QStringLiteral("/x.bin"), 7, 3);
        Run du = qmctl({listedOnly, QStringLiteral("--data-dir"), data}, env,
                       {QStringLiteral("storage"), QStringLiteral("du")});
        QVERIFY2(du.code == 0, du.err.constData());
        list = qmctl({QStringLiteral("--data-dir"), data, QStringLiteral("--format"),
                      QStringLiteral("json")},
                     env, {QStringLiteral("storage"), QStringLiteral("list")});
        QJsonObject listed;
        for (const QJsonValue value : list.json()[QStringLiteral("locations")].toArray()) {
            if (value[QStringLiteral("location")].toString() == listedOnly)
                listed = value.toObject();
        }
        QCOMPARE(listed.value(QStringLiteral("sizeBytes")).toInt(), 7);
        QVERIFY(listed.value(QStringLiteral("band")).isNull());
        QVERIFY(listed.value(QStringLiteral("orphans")).isNull());
        QVERIFY(!listed.value(QStringLiteral("newestModifiedAt")).isNull());
        // Two a run: o/1 and o/2 go, then o/3; o/0 (referenced) and the young one stay.
        for (const int left : {3, 2}) {
            run = qmctl(add + QStringList{QStringLiteral("--max-objects"), QStringLiteral("2"),
                                          QStringLiteral("--batch-size"), QStringLiteral("1"),
                                          QStringLiteral("--yes")},
                        env, jobs);
            QVERIFY2(run.code == 0, run.err.constData());
            run = qmctl(runOnce, env, jobs);
            QVERIFY2(run.code == 0, QByteArray(run.out + run.err).constData());
            QCOMPARE(QDir(store + QStringLiteral("/o")).entryList(QDir::Files).size(), left);
        }
        QVERIFY(QFileInfo::exists(store + QStringLiteral("/o/0.bin")));
        QVERIFY(QFileInfo::exists(store + QStringLiteral("/o/young.bin")));
        QCOMPARE(QDir(store + QStringLiteral("/r")).entryList(QDir::Files).size(), 10);
        for (const QString &key :
             {QStringLiteral("o/1.bin"), QStringLiteral("o/2.bin"), QStringLiteral("o/3.bin")})
            QVERIFY2(!quarantined(store, key).isEmpty(), qPrintable(key));

        // Each run made a plan of its own beside the one of the scan by hand. A lifecycle
        // plan older than 30 days is pruned by the next run: its CSV goes, its description
        // and audit log stay; the plan a person saved stays whatever its age.
        const QDir plans(data + QStringLiteral("/orphans"));
        QStringList lifecycle =
            plans.entryList({QStringLiteral("lifecycle-*.csv")}, QDir::Files, QDir::Name);
        QCOMPARE(lifecycle.size(), 2);
        const QStringList byHand = plans.entryList({QStringLiteral("plan-*.csv")}, QDir::Files);
        QCOMPARE(byHand.size(), 1);
        const auto backdate = [&plans](const QString &csv) {
            const QString info = plans.filePath(
                QString(csv).replace(QStringLiteral(".csv"), QStringLiteral(".json")));
            QFile file(info);
            if (!file.open(QIODevice::ReadOnly))
                return false;
            QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
            file.close();
            object[QStringLiteral("createdAt")] =
                QDateTime::currentDateTimeUtc().addDays(-40).toString(Qt::ISODate);
            return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                   file.write(QJsonDocument(object).toJson()) > 0;
        };
        QVERIFY(backdate(lifecycle.first()));
        QVERIFY(backdate(byHand.first()));
        run = qmctl(add + QStringList{QStringLiteral("--yes")}, env, jobs);
        QVERIFY2(run.code == 0, run.err.constData());
        run = qmctl(runOnce, env, jobs);
        QVERIFY2(run.code == 0, QByteArray(run.out + run.err).constData());
        QCOMPARE(plans.entryList({QStringLiteral("lifecycle-*.csv")}, QDir::Files),
                 QStringList{lifecycle.last()});
        QVERIFY(plans.exists(
            QString(lifecycle.first()).replace(QStringLiteral(".csv"), QStringLiteral(".json"))));
        QVERIFY(plans.exists(QString(lifecycle.first())
                                 .replace(QStringLiteral(".csv"), QStringLiteral(".audit.jsonl"))));
        QCOMPARE(plans.entryList({QStringLiteral("plan-*.csv")}, QDir::Files), byHand);

        // A database emptied since: the scan stops the job, and nothing is moved.
        {
            QSqlDatabase handle = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db);
            handle.setDatabaseName(db);
            QVERIFY(handle.open());
            QSqlQuery(handle).exec(QStringLiteral("DELETE FROM refs"));
        }
        QSqlDatabase::removeDatabase(db);
        run = qmctl(add + QStringList{QStringLiteral("--yes")}, env, jobs);
        QVERIFY2(run.code == 0, run.err.constData());
        run = qmctl(runOnce, env, jobs);
        QVERIFY2(run.out.contains("the scan failed, so nothing was moved"),
                 QByteArray(run.out + run.err).constData());
        QCOMPARE(QDir(store + QStringLiteral("/r")).entryList(QDir::Files).size(), 10);
        QCOMPARE(QDir(store + QStringLiteral("/o")).entryList(QDir::Files).size(), 2);
    }

    void aHostsFolderOverSsh()
    {
        testservers::SshServer ssh;
        QM_REQUIRE_SERVER(ssh.start());
        const QString store = newPath(QStringLiteral("-host-store"));
        const QStringList orphans = {QStringLiteral("o/with space.bin"),
                                     QStringLiteral("o/ünï.bin"), QStringLiteral("-dash.bin")};
        QStringList referenced;
        for (int i = 0; i < 6; ++i)
            referenced << QStringLiteral("r/%1.bin").arg(i);
        for (const QString &key : orphans + referenced)
            writeFile(store + u'/' + key, 100, 30);
        const passwd *user = getpwuid(geteuid());
        const QString config = newPath(QStringLiteral("-hosts.yaml"));
        {
            QFile file(config);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("hosts:\n  store-host:\n    ssh_host: 127.0.0.1\n"
                                      "    ssh_port: %1\n    ssh_user: %2\n    ssh_key: %3\n")
                           .arg(ssh.port())
                           .arg(QString::fromLocal8Bit(user->pw_name),
                                ssh.path(QStringLiteral("user_key")))
                           .toUtf8());
        }
        const QStringList reach = {QStringLiteral("--config"),      config,
                                   QStringLiteral("--ssh-config"),  ssh.clientConfig(),
                                   QStringLiteral("--known-hosts"), ssh.knownHosts()};
        const QString location = QStringLiteral("store-host:") + store;
        const QString db = sqliteReferences(referenced);
        const QString plan = newPath(QStringLiteral("-plan.csv"));
        Run run =
            qmctl(QStringList{location, QStringLiteral("--ref-db"), QStringLiteral("sqlite:") + db,
                              QStringLiteral("--ref-sql"), QStringLiteral("SELECT path FROM refs"),
                              QStringLiteral("--plan"), plan, QStringLiteral("--format"),
                              QStringLiteral("json")} +
                  reach);
        QVERIFY2(run.code == 1, run.err.constData());
        QCOMPARE(run.json()[QStringLiteral("listedObjects")].toInt(), 9);
        // The same listing, streamed file by file, for its usage.
        Run du = qmctl(QStringList{location, QStringLiteral("--format"), QStringLiteral("json"),
                                   QStringLiteral("--data-dir"), newPath(QStringLiteral("-du"))} +
                           reach,
                       QProcessEnvironment::systemEnvironment(),
                       {QStringLiteral("storage"), QStringLiteral("du")});
        QVERIFY2(du.code == 0, du.err.constData());
        QCOMPARE(du.json()[QStringLiteral("objects")].toInt(), 9);
        QCOMPARE(du.json()[QStringLiteral("sizeBytes")].toInt(), 900);
        QCOMPARE(planKeys(plan),
                 (QStringList{QStringLiteral("-dash.bin"), QStringLiteral("o/with space.bin"),
                              QStringLiteral("o/ünï.bin")}));
        // Without the config the host is not known.
        run = qmctl({plan, QStringLiteral("--yes")}, QProcessEnvironment::systemEnvironment(),
                    {QStringLiteral("orphans"), QStringLiteral("clean")});
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains("--config"), run.err.constData());
        // One object replaced after the plan: kept; the others move into the host's
        // quarantine.
        writeFile(store + QStringLiteral("/o/ünï.bin"), 300, 30);
        // The dry run lists the host's folder and sees it already, moving nothing.
        run = qmctl(QStringList{plan, QStringLiteral("--format"), QStringLiteral("json")} + reach,
                    QProcessEnvironment::systemEnvironment(),
                    {QStringLiteral("orphans"), QStringLiteral("clean")});
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(run.json()[QStringLiteral("moved")][QStringLiteral("objects")].toInt(), 2);
        QCOMPARE(run.json()[QStringLiteral("keptChanged")].toInt(), 1);
        QVERIFY(QFileInfo::exists(store + QStringLiteral("/-dash.bin")));
        run = qmctl(QStringList{plan, QStringLiteral("--yes"), QStringLiteral("--format"),
                                QStringLiteral("json")} +
                        reach,
                    QProcessEnvironment::systemEnvironment(),
                    {QStringLiteral("orphans"), QStringLiteral("clean")});
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(run.json()[QStringLiteral("moved")][QStringLiteral("objects")].toInt(), 2);
        QCOMPARE(run.json()[QStringLiteral("keptChanged")].toInt(), 1);
        // A run killed between a move and its line in the audit log: the next run finds
        // the key in that run's folder on the host, and logs it as moved then.
        const QString audit =
            QString(plan).replace(QStringLiteral(".csv"), QStringLiteral(".audit.jsonl"));
        {
            QFile file(audit);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QByteArrayList lines = file.readAll().split('\n');
            file.close();
            lines.removeIf([](const QByteArray &line) {
                const QJsonObject entry = QJsonDocument::fromJson(line).object();
                return entry.value(QStringLiteral("key")).toString() == QLatin1String("-dash.bin");
            });
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(lines.join('\n'));
        }
        run = qmctl(QStringList{plan, QStringLiteral("--yes"), QStringLiteral("--format"),
                                QStringLiteral("json")} +
                        reach,
                    QProcessEnvironment::systemEnvironment(),
                    {QStringLiteral("orphans"), QStringLiteral("clean")});
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(run.json()[QStringLiteral("moved")][QStringLiteral("objects")].toInt(), 1);
        {
            QFile file(audit);
            QVERIFY(file.open(QIODevice::ReadOnly));
            bool foundThen = false;
            for (const QByteArray &line : file.readAll().split('\n')) {
                const QJsonObject entry = QJsonDocument::fromJson(line).object();
                if (entry.value(QStringLiteral("key")).toString() == QLatin1String("-dash.bin"))
                    foundThen = entry.value(QStringLiteral("action")).toString() ==
                                    QLatin1String("quarantined") &&
                                entry.value(QStringLiteral("reason"))
                                    .toString()
                                    .contains(QLatin1String("interrupted run"));
            }
            QVERIFY(foundThen);
        }
        const QStringList runs = quarantineRuns(store);
        QCOMPARE(runs.size(), 1);
        const QString quarantine = store + QStringLiteral("/.quartermaster-quarantine/") + runs[0];
        QVERIFY(QFileInfo::exists(quarantine + QStringLiteral("/-dash.bin")));
        QVERIFY(QFileInfo::exists(quarantine + QStringLiteral("/o/with space.bin")));
        QVERIFY(QFileInfo::exists(store + QStringLiteral("/o/ünï.bin")));
        QCOMPARE(QDir(store + QStringLiteral("/r")).entryList(QDir::Files).size(), 6);
        // The host's quarantine: listed, emptied.
        const QStringList quarantineCommand = {QStringLiteral("orphans"),
                                               QStringLiteral("quarantine")};
        run =
            qmctl(QStringList{location, QStringLiteral("--format"), QStringLiteral("json")} + reach,
                  QProcessEnvironment::systemEnvironment(), quarantineCommand);
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(run.json()[QStringLiteral("objects")].toInt(), 2);
        run = qmctl(QStringList{location, QStringLiteral("--empty"),
                                QStringLiteral("--older-than-days"), QStringLiteral("0"),
                                QStringLiteral("--yes"), QStringLiteral("--data-dir"),
                                newPath(QStringLiteral("-data")), QStringLiteral("--format"),
                                QStringLiteral("json")} +
                        reach,
                    QProcessEnvironment::systemEnvironment(), quarantineCommand);
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(run.json()[QStringLiteral("emptying")][QStringLiteral("deleted")].toInt(), 2);
        QVERIFY(!QFileInfo::exists(quarantine + QStringLiteral("/-dash.bin")));
        QCOMPARE(QDir(store + QStringLiteral("/r")).entryList(QDir::Files).size(), 6);
    }

    void aCleanKilledMidRunResumes()
    {
        const QString store = newPath(QStringLiteral("-store"));
        QStringList referenced;
        for (int i = 0; i < 1600; ++i) {
            referenced << QStringLiteral("r/%1.bin").arg(i, 4, 10, QLatin1Char('0'));
            writeFile(store + u'/' + referenced.last(), 10, 30);
        }
        for (int i = 0; i < 1500; ++i)
            writeFile(store + QStringLiteral("/o/%1.bin").arg(i, 4, 10, QLatin1Char('0')), 10, 30);
        const QString db = sqliteReferences(referenced);
        const QString plan = newPath(QStringLiteral("-plan.csv"));
        const QString audit = plan.chopped(4) + QStringLiteral(".audit.jsonl");
        Run run = qmctl({store, QStringLiteral("--ref-db"), QStringLiteral("sqlite:") + db,
                         QStringLiteral("--ref-sql"), QStringLiteral("SELECT path FROM refs"),
                         QStringLiteral("--plan"), plan});
        QVERIFY2(run.code == 1, run.err.constData());
        QProcess process;
        process.start(QStringLiteral(QM_BINARY_DIR "/bin/qmctl"),
                      {QStringLiteral("orphans"), QStringLiteral("clean"), plan,
                       QStringLiteral("--yes"), QStringLiteral("--batch-size"),
                       QStringLiteral("7")});
        QVERIFY(process.waitForStarted());
        // Killed once some batches are in the log: anywhere in a batch, or in a write.
        QElapsedTimer waited;
        waited.start();
        while (doneKeys(audit).size() < 40 && waited.elapsed() < 60'000 &&
               process.state() == QProcess::Running)
            QTest::qWait(1);
        QCOMPARE(process.state(), QProcess::Running);
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished());
        const qsizetype doneAtKill = doneKeys(audit).size();
        QVERIFY2(doneAtKill < 1500, qPrintable(QString::number(doneAtKill)));
        run = qmctl(
            {plan, QStringLiteral("--yes"), QStringLiteral("--format"), QStringLiteral("json")},
            QProcessEnvironment::systemEnvironment(),
            {QStringLiteral("orphans"), QStringLiteral("clean")});
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY(run.json().value(QStringLiteral("finished")).toBool());
        // Every planned key dealt with once, moved; nothing else touched.
        QStringList done = doneKeys(audit);
        QCOMPARE(done.size(), 1500);
        done.removeDuplicates();
        QCOMPARE(done.size(), 1500);
        // The killed run's folder and the resumed run's: every key in exactly one.
        qsizetype held = 0;
        for (const QString &folder : quarantineRuns(store))
            held += QDir(store + QStringLiteral("/.quartermaster-quarantine/") + folder +
                         QStringLiteral("/o"))
                        .entryList(QDir::Files)
                        .size();
        QCOMPARE(held, 1500);
        for (int i = 0; i < 1500; i += 97) {
            int copies = 0;
            quarantined(store, QStringLiteral("o/%1.bin").arg(i, 4, 10, QLatin1Char('0')), &copies);
            QCOMPARE(copies, 1);
        }
        QCOMPARE(QDir(store + QStringLiteral("/o")).entryList(QDir::Files).size(), 0);
        QCOMPARE(QDir(store + QStringLiteral("/r")).entryList(QDir::Files).size(), 1600);
    }

    void anS3BucketThroughRcloneAgainstPostgres()
    {
        testservers::S3Server s3;
        testservers::PostgresServer postgres;
        for (const QString &failed : {s3.start(), postgres.start()}) {
            if (failed.isEmpty())
                continue;
            if (testservers::underCi())
                QFAIL(qPrintable(failed));
            QSKIP(qPrintable(failed));
        }
        // Objects with their modification times (rclone keeps them as metadata).
        const QString local = newPath(QStringLiteral("-upload"));
        const QStringList keys = {QStringLiteral("models/kept.bin"),
                                  QStringLiteral("models/with space & 'quote'.bin"),
                                  QStringLiteral("models/ünïcødé.bin"),
                                  QStringLiteral("-dash/x.bin"), QStringLiteral("games/g1.db")};
        for (const QString &key : keys)
            writeFile(local + u'/' + key, 2000, 40);
        writeFile(local + QStringLiteral("/games/new.db"), 50, 0);
        QVERIFY(s3.rclone({QStringLiteral("copy"), local, QStringLiteral("s3:bucket/data")}));
        const QString uri =
            QStringLiteral("postgresql://qm:s3cret%27word@127.0.0.1:%1/qm").arg(postgres.port());
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("refs"));
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(postgres.port());
            db.setDatabaseName(QStringLiteral("qm"));
            db.setUserName(QStringLiteral("qm"));
            db.setPassword(QString::fromUtf8(testservers::PostgresServer::password()));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE datasets (id serial, file text)")));
            for (const QString &file :
                 {QStringLiteral("models/kept.bin"), QStringLiteral("games/g1.db"),
                  QStringLiteral("models/deleted-long-ago.bin")}) {
                query.prepare(QStringLiteral("INSERT INTO datasets (file) VALUES (?)"));
                query.addBindValue(file);
                QVERIFY(query.exec());
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("refs"));
        const QString plan = newPath(QStringLiteral("-plan.csv"));
        const QStringList arguments = {QStringLiteral("rclone:s3:bucket/data"),
                                       QStringLiteral("--rclone-config"),
                                       s3.rcloneConfig(),
                                       QStringLiteral("--ref-db"),
                                       uri,
                                       QStringLiteral("--ref-sql"),
                                       QStringLiteral("SELECT file FROM datasets"),
                                       QStringLiteral("--format"),
                                       QStringLiteral("json")};
        Run run =
            qmctl(arguments + QStringList{QStringLiteral("--plan"), plan,
                                          QStringLiteral("--max-share"), QStringLiteral("70")},
                  testservers::S3Server::rcloneEnvironment());
        QVERIFY2(run.code == 1, run.err.constData());
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("location")).toString(),
                 QStringLiteral("rclone:s3:bucket/data"));
        QCOMPARE(json.value(QStringLiteral("listedObjects")).toInt(), 6);
        QCOMPARE(json.value(QStringLiteral("orphans"))
                     .toObject()
                     .value(QStringLiteral("objects"))
                     .toInt(),
                 3);
        QCOMPARE(json.value(QStringLiteral("tooYoung"))
                     .toObject()
                     .value(QStringLiteral("objects"))
                     .toInt(),
                 1);
        QCOMPARE(
            json.value(QStringLiteral("missing")).toObject().value(QStringLiteral("count")).toInt(),
            1);
        QCOMPARE(planKeys(plan), (QStringList{QStringLiteral("-dash/x.bin"),
                                              QStringLiteral("models/with space & 'quote'.bin"),
                                              QStringLiteral("models/ünïcødé.bin")}));
        // Cleaning it up: a key referenced after the plan and an object replaced after
        // it are kept; the plan copied aside first, for a run without a database.
        const QString copy = newPath(QStringLiteral("-plan.csv"));
        QVERIFY(QFile::copy(plan, copy));
        QVERIFY(QFile::copy(plan.chopped(4) + QStringLiteral(".json"),
                            copy.chopped(4) + QStringLiteral(".json")));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("refs"));
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(postgres.port());
            db.setDatabaseName(QStringLiteral("qm"));
            db.setUserName(QStringLiteral("qm"));
            db.setPassword(QString::fromUtf8(testservers::PostgresServer::password()));
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(
                QStringLiteral("INSERT INTO datasets (file) VALUES ('models/ünïcødé.bin')")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("refs"));
        writeFile(local + QStringLiteral("/-dash/x.bin"), 3000, 40);
        QVERIFY(s3.rclone({QStringLiteral("copyto"), local + QStringLiteral("/-dash/x.bin"),
                           QStringLiteral("s3:bucket/data/-dash/x.bin")}));
        const QStringList clean = {QStringLiteral("orphans"), QStringLiteral("clean")};
        const QStringList cleanArguments = {plan,
                                            QStringLiteral("--rclone-config"),
                                            s3.rcloneConfig(),
                                            QStringLiteral("--ref-db"),
                                            uri,
                                            QStringLiteral("--format"),
                                            QStringLiteral("json")};
        run = qmctl(cleanArguments, testservers::S3Server::rcloneEnvironment(), clean);
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(run.json()[QStringLiteral("moved")][QStringLiteral("objects")].toInt(), 1);
        QCOMPARE(run.json()[QStringLiteral("keptReferenced")].toInt(), 1);
        QCOMPARE(run.json()[QStringLiteral("keptChanged")].toInt(), 1);
        run = qmctl(cleanArguments + QStringList{QStringLiteral("--yes")},
                    testservers::S3Server::rcloneEnvironment(), clean);
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY(run.json()[QStringLiteral("finished")].toBool());
        const QString moved = QStringLiteral("models/with space & 'quote'.bin");
        std::optional<QByteArray> listing =
            s3.rclone({QStringLiteral("lsf"), QStringLiteral("-R"), QStringLiteral("--files-only"),
                       QStringLiteral("s3:bucket/data")});
        QVERIFY(listing);
        QStringList objects = QString::fromUtf8(*listing).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(objects.size(), 6);
        QVERIFY(!objects.contains(moved));
        const QString runFolder =
            run.json()[QStringLiteral("quarantine")].toString().section(u'/', -1);
        QVERIFY2(objects.contains(QStringLiteral(".quartermaster-quarantine/") + runFolder + u'/' +
                                  moved),
                 qPrintable(objects.join(u'|')));
        run = qmctl(cleanArguments + QStringList{QStringLiteral("--yes")},
                    testservers::S3Server::rcloneEnvironment(), clean);
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(run.json()[QStringLiteral("moved")][QStringLiteral("objects")].toInt(), 0);
        // The quarantine of the bucket, listed and emptied.
        const QStringList quarantine = {QStringLiteral("orphans"), QStringLiteral("quarantine")};
        run = qmctl({QStringLiteral("rclone:s3:bucket/data"), QStringLiteral("--rclone-config"),
                     s3.rcloneConfig(), QStringLiteral("--format"), QStringLiteral("json")},
                    testservers::S3Server::rcloneEnvironment(), quarantine);
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(run.json()[QStringLiteral("objects")].toInt(), 1);
        QCOMPARE(run.json()[QStringLiteral("sizeBytes")].toInt(), 2000);
        run = qmctl(
            {QStringLiteral("rclone:s3:bucket/data"), QStringLiteral("--rclone-config"),
             s3.rcloneConfig(), QStringLiteral("--empty"), QStringLiteral("--older-than-days"),
             QStringLiteral("0"), QStringLiteral("--yes"), QStringLiteral("--data-dir"),
             newPath(QStringLiteral("-data")), QStringLiteral("--format"), QStringLiteral("json")},
            testservers::S3Server::rcloneEnvironment(), quarantine);
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(run.json()[QStringLiteral("emptying")][QStringLiteral("deleted")].toInt(), 1);
        listing = s3.rclone({QStringLiteral("lsf"), QStringLiteral("-R"),
                             QStringLiteral("--files-only"), QStringLiteral("s3:bucket/data")});
        QVERIFY(listing);
        QCOMPARE(listing->count('\n'), 5);

        const Run du =
            qmctl({QStringLiteral("rclone:s3:bucket/data"), QStringLiteral("--rclone-config"),
                   s3.rcloneConfig(), QStringLiteral("--format"), QStringLiteral("json")},
                  testservers::S3Server::rcloneEnvironment(),
                  {QStringLiteral("storage"), QStringLiteral("du")});
        QVERIFY2(du.code == 0, du.err.constData());
        QCOMPARE(du.json().value(QStringLiteral("objects")).toInt(), 5);
        QCOMPARE(du.json().value(QStringLiteral("sizeBytes")).toInt(), 3 * 2000 + 3000 + 50);
        QCOMPARE(du.json()
                     .value(QStringLiteral("prefixes"))
                     .toArray()
                     .first()[QStringLiteral("prefix")]
                     .toString(),
                 QStringLiteral("models/"));
        // The query cannot write: PostgreSQL runs it in a read-only transaction.
        Run write =
            qmctl({QStringLiteral("rclone:s3:bucket/data"), QStringLiteral("--rclone-config"),
                   s3.rcloneConfig(), QStringLiteral("--ref-db"), uri, QStringLiteral("--ref-sql"),
                   QStringLiteral("DELETE FROM datasets RETURNING file")},
                  testservers::S3Server::rcloneEnvironment());
        QCOMPARE(write.code, 3);
        QVERIFY2(write.err.contains("read-only"), write.err.constData());
        // A query that runs past --ref-timeout is stopped by the server.
        Run slow =
            qmctl({QStringLiteral("rclone:s3:bucket/data"), QStringLiteral("--rclone-config"),
                   s3.rcloneConfig(), QStringLiteral("--ref-db"), uri, QStringLiteral("--ref-sql"),
                   QStringLiteral("SELECT file FROM datasets, pg_sleep(5)"),
                   QStringLiteral("--ref-timeout"), QStringLiteral("1")},
                  testservers::S3Server::rcloneEnvironment());
        QCOMPARE(slow.code, 3);
        QVERIFY2(slow.err.contains("timeout"), slow.err.constData());
        // The database stopped before the scan: refused, no plan.
        postgres.stop();
        const QString second = newPath(QStringLiteral("-plan.csv"));
        run = qmctl(arguments + QStringList{QStringLiteral("--plan"), second},
                    testservers::S3Server::rcloneEnvironment());
        QCOMPARE(run.code, 3);
        QVERIFY(!QFileInfo::exists(second));
        QVERIFY(run.out.isEmpty() || run.json().contains(QStringLiteral("error")));
        // A cleanup whose database is down stops before its first batch.
        run = qmctl({copy, QStringLiteral("--yes"), QStringLiteral("--rclone-config"),
                     s3.rcloneConfig(), QStringLiteral("--ref-db"), uri},
                    testservers::S3Server::rcloneEnvironment(), clean);
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains("reference"), run.err.constData());
        // Nothing more left the bucket.
        const std::optional<QByteArray> left =
            s3.rclone({QStringLiteral("lsf"), QStringLiteral("-R"), QStringLiteral("--files-only"),
                       QStringLiteral("s3:bucket/data")});
        QVERIFY(left);
        QCOMPARE(left->count('\n'), 5);
    }
};

QTEST_GUILESS_MAIN(TestOrphans)
#include "tst_orphans.moc"
