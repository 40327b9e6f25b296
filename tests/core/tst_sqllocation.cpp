// SqlLocation: the database addresses a user types, read as libpq reads its URIs.
#include "core/sql/sqllocation.h"

#include <QTest>

using qm::SqlLocation;

class TestSqlLocation : public QObject
{
    Q_OBJECT

private:
    static SqlLocation parsed(const QString &uri)
    {
        QString error;
        const std::optional<SqlLocation> location = SqlLocation::parse(uri, &error);
        if (!location)
            qWarning("%s: %s", qPrintable(uri), qPrintable(error));
        return location.value_or(SqlLocation{});
    }

private Q_SLOTS:
    void sqliteFiles()
    {
        for (const QString &uri : {QStringLiteral("sqlite:/var/lib/qm/logs.sqlite"),
                                   QStringLiteral("sqlite:///var/lib/qm/logs.sqlite"),
                                   QStringLiteral("  /var/lib/qm/logs.sqlite ")}) {
            const SqlLocation location = parsed(uri);
            QCOMPARE(location.kind, SqlLocation::Kind::Sqlite);
            QCOMPARE(location.path, QStringLiteral("/var/lib/qm/logs.sqlite"));
        }
        QCOMPARE(parsed(QStringLiteral("sqlite:/tmp/with%20space.db")).path,
                 QStringLiteral("/tmp/with space.db"));
        QCOMPARE(parsed(QStringLiteral("sqlite:/a.db")).displayName(),
                 QStringLiteral("sqlite:/a.db"));
    }

    void postgresFields()
    {
        const SqlLocation location =
            parsed(QStringLiteral("postgresql://fleet:p%40ss%3Aw@db.invalid:6432/system%5Flogs"));
        QCOMPARE(location.kind, SqlLocation::Kind::Postgres);
        QCOMPARE(location.user, QStringLiteral("fleet"));
        QCOMPARE(location.password, QStringLiteral("p@ss:w"));
        QCOMPARE(location.host, QStringLiteral("db.invalid"));
        QCOMPARE(location.port, 6432);
        QCOMPARE(location.database, QStringLiteral("system_logs"));
        QVERIFY(location.options.isEmpty());
        // Never the password.
        QCOMPARE(location.displayName(),
                 QStringLiteral("postgresql://fleet@db.invalid:6432/system_logs"));
    }

    void partsLeftToLibpq()
    {
        // Nothing given: libpq's defaults (PGHOST, PGUSER, the socket folder) decide.
        const SqlLocation bare = parsed(QStringLiteral("postgres://"));
        QCOMPARE(bare.kind, SqlLocation::Kind::Postgres);
        QVERIFY(bare.host.isEmpty());
        QCOMPARE(bare.port, -1);
        QVERIFY(bare.user.isEmpty());
        QVERIFY(bare.database.isEmpty());
        const SqlLocation service = parsed(QStringLiteral("postgresql:///?service=fleet"));
        QCOMPARE(service.options, QStringList{QStringLiteral("service='fleet'")});
    }

    void hostsOfEveryShape()
    {
        const SqlLocation socket =
            parsed(QStringLiteral("postgresql://qm@%2Fvar%2Frun%2Fpostgresql/qm"));
        QCOMPARE(socket.host, QStringLiteral("/var/run/postgresql"));
        const SqlLocation v6 = parsed(QStringLiteral("postgresql://[::1]:5433/qm"));
        QCOMPARE(v6.host, QStringLiteral("::1"));
        QCOMPARE(v6.port, 5433);
        QCOMPARE(v6.displayName(), QStringLiteral("postgresql://[::1]:5433/qm"));
        const SqlLocation several =
            parsed(QStringLiteral("postgresql://a.invalid:5432,b.invalid/qm"));
        QVERIFY(several.host.isEmpty());
        QCOMPARE(several.options, (QStringList{QStringLiteral("host='a.invalid,b.invalid'"),
                                               QStringLiteral("port='5432,'")}));
    }

    void parametersAreQuotedForLibpq()
    {
        const SqlLocation location =
            parsed(QStringLiteral("postgresql://h.invalid/qm?sslmode=verify-full&application_name="
                                  "it%27s%20qm&connect_timeout=3&port=7000&user=u&dbname=d"));
        QCOMPARE(location.options, (QStringList{QStringLiteral("sslmode='verify-full'"),
                                                QStringLiteral("application_name='it\\'s qm'"),
                                                QStringLiteral("connect_timeout='3'")}));
        QCOMPARE(location.port, 7000);
        QCOMPARE(location.user, QStringLiteral("u"));
        QCOMPARE(location.database, QStringLiteral("d"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("said");
        QTest::newRow("mysql") << QStringLiteral("mysql://h/db")
                               << QStringLiteral("is not a database address");
        QTest::newRow("relative") << QStringLiteral("logs.sqlite")
                                  << QStringLiteral("is not a database address");
        QTest::newRow("no file") << QStringLiteral("sqlite:") << QStringLiteral("names no SQLite");
        QTest::newRow("sqlite host")
            << QStringLiteral("sqlite://h/x.db") << QStringLiteral("names no SQLite");
        QTest::newRow("port word")
            << QStringLiteral("postgresql://h:http/db") << QStringLiteral("is not a port number");
        QTest::newRow("port zero")
            << QStringLiteral("postgresql://h:0/db") << QStringLiteral("is not a port number");
        QTest::newRow("port big") << QStringLiteral("postgresql://h/db?port=70000")
                                  << QStringLiteral("is not a port number");
        QTest::newRow("keyword") << QStringLiteral("postgresql://h/db?ssl mode=require")
                                 << QStringLiteral("is not a connection parameter");
        QTest::newRow("semicolon") << QStringLiteral("postgresql://h/db?options=-c%20a%3Db;x")
                                   << QStringLiteral("may not hold ';'");
        QTest::newRow("host list") << QStringLiteral("postgresql://a.invalid,b%3Bc.invalid/db")
                                   << QStringLiteral("may not hold ';'");
    }

    void refusals()
    {
        QFETCH(QString, uri);
        QFETCH(QString, said);
        QString error;
        QVERIFY(!SqlLocation::parse(uri, &error));
        QVERIFY2(error.contains(said), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSqlLocation)
#include "tst_sqllocation.moc"
