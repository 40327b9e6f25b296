// SqlConnection against a real PostgreSQL server started for the test, and an SQLite
// file: the per-thread connection the stores and the Logs page open.
#include "core/sql/sqlconnection.h"
#include "testservers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>
#include <QtConcurrent/QtConcurrentRun>

using qm::SqlConnection;
using qm::SqlLocation;

class TestSqlConnection : public QObject
{
    Q_OBJECT

private:
    SqlLocation location(const QString &uri)
    {
        QString error;
        const std::optional<SqlLocation> parsed = SqlLocation::parse(uri, &error);
        if (!parsed)
            qWarning("%s", qPrintable(error));
        return parsed.value_or(SqlLocation{});
    }

    QString tcp(const QString &userInfo, const QString &query = QString()) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/qm%3")
            .arg(userInfo)
            .arg(m_server.port())
            .arg(query);
    }

    static QVariant scalar(const SqlConnection &connection, const QString &sql)
    {
        QSqlQuery query(connection.database());
        if (!query.exec(sql) || !query.next())
            return QVariant();
        return query.value(0);
    }

    testservers::PostgresServer m_server;
    QString m_serverError;

private Q_SLOTS:
    void initTestCase() { m_serverError = m_server.start(); }

    void passwordInTheUri()
    {
        QM_REQUIRE_SERVER(m_serverError);
        SqlConnection connection(QStringLiteral("test"));
        QString error;
        // The password holds a quote, percent-encoded in the URI.
        QVERIFY2(connection.open(location(tcp(QStringLiteral("qm:s3cret%27word"))), &error),
                 qPrintable(error));
        QVERIFY(connection.isOpen());
        QCOMPARE(scalar(connection, QStringLiteral("SELECT current_user")).toString(),
                 QStringLiteral("qm"));
        QCOMPARE(connection.path(),
                 QStringLiteral("postgresql://qm@127.0.0.1:%1/qm").arg(m_server.port()));
    }

    void passwordFromAPassfileAsLibpqReadsIt()
    {
        QM_REQUIRE_SERVER(m_serverError);
        QTemporaryDir dir;
        const QString passfile = dir.filePath(QStringLiteral("pgpass"));
        QFile file(passfile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("127.0.0.1:%1:qm:qm:").arg(m_server.port()).toUtf8() +
                   m_server.password() + '\n');
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        SqlConnection connection(QStringLiteral("test"));
        QString error;
        QVERIFY2(connection.openPostgres(
                     location(tcp(QStringLiteral("qm"), QStringLiteral("?passfile=") + passfile)),
                     &error),
                 qPrintable(error));
        QCOMPARE(scalar(connection, QStringLiteral("SELECT 6 * 7")).toInt(), 42);
    }

    void socketFolderAsTheHost()
    {
        QM_REQUIRE_SERVER(m_serverError);
        const QString socketFolder =
            QString::fromUtf8(QUrl::toPercentEncoding(m_server.socketFolder()));
        SqlConnection connection(QStringLiteral("test"));
        QString error;
        // Concatenated, not arg(): the folder holds "%2F".
        const QString uri = QStringLiteral("postgresql://qm@") + socketFolder + u':' +
                            QString::number(m_server.port()) + QStringLiteral("/qm");
        QVERIFY2(connection.open(location(uri), &error), qPrintable(error));
        QCOMPARE(scalar(connection, QStringLiteral("SELECT current_database()")).toString(),
                 QStringLiteral("qm"));
    }

    void wrongPasswordSaysSoAndHidesIt()
    {
        QM_REQUIRE_SERVER(m_serverError);
        SqlConnection connection(QStringLiteral("test"));
        QString error;
        QVERIFY(!connection.open(location(tcp(QStringLiteral("qm:hunter2"))), &error));
        QVERIFY2(error.contains(QStringLiteral("password authentication failed")),
                 qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("hunter2")), qPrintable(error));
        QVERIFY(!connection.isOpen());
    }

    void missingDatabaseSaysSo()
    {
        QM_REQUIRE_SERVER(m_serverError);
        SqlConnection connection(QStringLiteral("test"));
        QString error;
        QVERIFY(!connection.open(location(QStringLiteral("postgresql://qm:s3cret%27word@"
                                                         "127.0.0.1:%1/nosuchdb")
                                              .arg(m_server.port())),
                                 &error));
        QVERIFY2(error.contains(QStringLiteral("nosuchdb")) &&
                     error.contains(QStringLiteral("does not exist")),
                 qPrintable(error));
    }

    void nothingListeningFailsAtOnce()
    {
        SqlConnection connection(QStringLiteral("test"));
        QString error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!connection.open(
            location(QStringLiteral("postgresql://qm@127.0.0.1:%1/qm?connect_timeout=2")
                         .arg(testservers::freePort())),
            &error));
        QVERIFY2(error.startsWith(QStringLiteral("cannot connect to postgresql://qm@127.0.0.1:")),
                 qPrintable(error));
        QVERIFY(timer.elapsed() < 5000);
    }

    void oneConnectionPerThread()
    {
        QM_REQUIRE_SERVER(m_serverError);
        QTemporaryDir dir;
        const QString uri = tcp(QStringLiteral("qm:s3cret%27word"));
        const QString sqlite = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("t.db"));
        // Each thread opens, uses and closes its own connection at the same time.
        const auto work = [this](const QString &where, int value) -> QString {
            SqlConnection connection(QStringLiteral("thread"));
            QString error;
            if (!connection.open(location(where), &error))
                return error;
            for (int i = 0; i < 50; ++i) {
                if (scalar(connection, QStringLiteral("SELECT %1 + %2").arg(value).arg(i))
                        .toInt() != value + i)
                    return QStringLiteral("wrong answer on ") + where;
            }
            return QString();
        };
        QList<QFuture<QString>> runs;
        for (int i = 0; i < 4; ++i)
            runs << QtConcurrent::run(work, i % 2 ? uri : sqlite, i * 100);
        for (QFuture<QString> &run : runs)
            QCOMPARE(run.result(), QString());
    }

    void migrationsAreForSqliteFiles()
    {
        QM_REQUIRE_SERVER(m_serverError);
        SqlConnection connection(QStringLiteral("test"));
        QString error;
        QVERIFY(connection.open(location(tcp(QStringLiteral("qm:s3cret%27word"))), &error));
        QVERIFY(!connection.migrate(
            1, [](int, QString *) { return true; }, &error));
        QVERIFY2(error.contains(QStringLiteral("is not an SQLite file")), qPrintable(error));
        // The same object then opens a file: the connection is made anew for SQLite.
        QTemporaryDir dir;
        QVERIFY(connection.openSqlite(dir.filePath(QStringLiteral("x.db")), &error));
        QCOMPARE(connection.database().driverName(), QStringLiteral("QSQLITE"));
        QVERIFY2(connection.migrate(
                     1, [](int, QString *) { return true; }, &error),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSqlConnection)
#include "tst_sqlconnection.moc"
