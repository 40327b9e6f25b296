// Database passwords go to the system keychain, never to the settings file: a keychain of
// the test's own (testkeychain.h: a private D-Bus bus and gnome-keyring-daemon) and a real
// PostgreSQL server asking for a password (scram-sha-256, testservers.h). The keychain
// stores, reads back and deletes a password; the Logs page adds a URI with a password
// and the settings file holds no trace of it, while the keychain does; a fresh page (a
// restart) connects with the keychain's password; a server that asks for one gets the
// password dialog, whose answer is remembered; Remove deletes it; a keychain that fails
// is said, and the password kept for the session.

#include "app/logs/databasepasswords.h"
#include "app/logs/logsmodel.h"
#include "app/logs/logspage.h"
#include "app/logs/passworddialog.h"
#include "core/logs/logstore.h"
#include "core/settings/settings.h"
#include "testkeychain.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QUuid>

#include <memory>
#include <optional>

using namespace qm;

namespace {

/// What the keychain `passwords` holds for `uri`: the password, "" when none, or the
/// error prefixed with "error: ".
struct Stored
{
    bool answered = false;
    std::optional<QString> password;
    QString error;
};

Stored readBack(DatabasePasswords &passwords, const QString &uri)
{
    auto result = std::make_shared<Stored>();
    QObject context;
    passwords.read(uri, &context,
                   [result](const std::optional<QString> &password, const QString &error) {
                       result->answered = true;
                       result->password = password;
                       result->error = error;
                   });
    if (!QTest::qWaitFor([&] { return result->answered; }, 20'000))
        result->error = QStringLiteral("the keychain did not answer in 20 s");
    return *result;
}

QString storeNow(DatabasePasswords &passwords, const QString &uri, const QString &password)
{
    bool answered = false;
    QString problem = QStringLiteral("no answer");
    QObject context;
    passwords.store(uri, password, &context, [&](const QString &error) {
        answered = true;
        problem = error;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 20'000))
        problem = QStringLiteral("the keychain did not answer in 20 s");
    return problem;
}

/// Waits until the page has nothing in flight (keychain jobs included).
bool settle(LogsPage &page)
{
    QTest::qWait(50);
    return QTest::qWaitFor([&] { return !page.isBusy(); }, 30'000);
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

/// Answers the next QInputDialog (Add a Database) with `text`.
void answerInputDialog(const QString &text)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, text] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QInputDialog *>(widget);
            if (dialog && dialog->isVisible()) {
                dialog->setTextValue(text);
                dialog->accept();
                timer->deleteLater();
                return;
            }
        }
    });
    timer->start();
}

} // namespace

class TestDatabasePasswords : public QObject
{
    Q_OBJECT

private:
    testservers::TestKeychain m_keychain;
    testservers::PostgresServer m_postgres;
    QString m_keychainError = QStringLiteral("not started");
    QString m_postgresError = QStringLiteral("not started");
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    QString m_settingsPath;
    QString m_embeddedPath;
    std::unique_ptr<DatabasePasswords> m_passwords;

    /// The server's database, as a profile is saved: without the password.
    QString profile() const
    {
        return QStringLiteral("postgresql://qm@127.0.0.1:%1/qm").arg(m_postgres.port());
    }
    /// The same URI with the password, as a person types it.
    QString uriWithPassword() const
    {
        return QStringLiteral("postgresql://qm:%1@127.0.0.1:%2/qm")
            .arg(QString::fromUtf8(QUrl::toPercentEncoding(
                QString::fromUtf8(testservers::PostgresServer::password()))))
            .arg(m_postgres.port());
    }
    static QString password() { return QString::fromUtf8(testservers::PostgresServer::password()); }

    /// A page on a profile list of its own, shown (which connects to the embedded file).
    std::unique_ptr<LogsPage> newPage()
    {
        auto page = std::make_unique<LogsPage>(m_settings.get(), m_embeddedPath);
        page->resize(1000, 700);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()) || !settle(*page))
            return nullptr;
        return page;
    }

    /// Whether `page` read the server's one line.
    static bool readTheServer(LogsPage &page)
    {
        return QTest::qWaitFor(
            [&] {
                return page.model()->rowCount() == 1 &&
                       page.model()->line(0)->message == QLatin1String("behind a password");
            },
            20'000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // libpq must not find the password anywhere else (~/.pgpass, the environment).
        qputenv("PGPASSFILE", m_dir.filePath(QStringLiteral("no-pgpass")).toUtf8());
        qunsetenv("PGPASSWORD");
        qunsetenv("PGSERVICE");
        m_keychainError = m_keychain.start();
        m_postgresError = m_postgres.start();
        if (m_postgresError.isEmpty()) {
            // The table, with one line, written with the password.
            QString error;
            const std::optional<SqlLocation> location =
                SqlLocation::parse(uriWithPassword(), &error);
            QVERIFY2(location, qPrintable(error));
            LogStore store(QStringLiteral("test-writer"));
            QVERIFY2(store.open(*location, &error), qPrintable(error));
            QVERIFY2(store.createSchema(&error), qPrintable(error));
            LogLine line;
            line.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            line.timeUs = QDateTime::currentMSecsSinceEpoch() * 1000 - 60'000'000;
            line.sourceType = QStringLiteral("worker");
            line.sourceId = QStringLiteral("gpu-1");
            line.level = QStringLiteral("INFO");
            line.message = QStringLiteral("behind a password");
            QCOMPARE(store.insert({line}, &error), qint64(1));
        }
    }

    void init()
    {
        const QString id = QUuid::createUuid().toString(QUuid::Id128);
        m_settingsPath = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(id));
        m_settings = std::make_unique<Settings>(m_settingsPath);
        m_embeddedPath = m_dir.filePath(QStringLiteral("logs-%1.sqlite").arg(id));
        m_passwords = std::make_unique<DatabasePasswords>();
    }

    void cleanup()
    {
        m_passwords.reset();
        m_settings.reset();
    }

    void theKeychainStoresReadsAndDeletes()
    {
        QM_REQUIRE_SERVER(m_keychainError);
        const QString uri = QStringLiteral("postgresql://someone@db.invalid:5432/logs");
        QCOMPARE(m_passwords->service(), QStringLiteral("Quartermaster"));
        QCOMPARE(storeNow(*m_passwords, uri, QStringLiteral("first")), QString());
        // A second store replaces the first.
        QCOMPARE(storeNow(*m_passwords, uri, QStringLiteral("pa ss'wörd")), QString());
        Stored stored = readBack(*m_passwords, uri);
        QVERIFY(stored.answered);
        QCOMPARE(stored.error, QString());
        QCOMPARE(stored.password.value_or(QStringLiteral("(none)")), QStringLiteral("pa ss'wörd"));
        // Another profile has none.
        stored = readBack(*m_passwords, uri + QStringLiteral("2"));
        QVERIFY(stored.answered);
        QVERIFY(!stored.password);
        QCOMPARE(stored.error, QString());

        bool answered = false;
        QString problem = QStringLiteral("no answer");
        QObject context;
        m_passwords->remove(uri, &context, [&](const QString &error) {
            answered = true;
            problem = error;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20'000);
        QCOMPARE(problem, QString());
        stored = readBack(*m_passwords, uri);
        QVERIFY(stored.answered);
        QVERIFY(!stored.password);
        QCOMPARE(stored.error, QString());
    }

    void serverErrorsThatAskForAPassword_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("asks");
        QTest::newRow("none given")
            << QStringLiteral("connection to server at \"127.0.0.1\", port 5432 failed: "
                              "fe_sendauth: no password supplied")
            << true;
        QTest::newRow("refused") << QStringLiteral("FATAL:  password authentication failed for "
                                                   "user \"qm\"")
                                 << true;
        QTest::newRow("no server")
            << QStringLiteral("connection to server at \"127.0.0.1\", port 1 failed: "
                              "Connection refused")
            << false;
        QTest::newRow("no database")
            << QStringLiteral("FATAL:  database \"x\" does not exist") << false;
    }

    void serverErrorsThatAskForAPassword()
    {
        QFETCH(QString, error);
        QFETCH(bool, asks);
        QCOMPARE(DatabasePasswords::asksForPassword(error), asks);
    }

    void addingADatabaseKeepsItsPasswordOutOfTheSettings()
    {
        QM_REQUIRE_SERVER(m_keychainError);
        QM_REQUIRE_SERVER(m_postgresError);
        std::unique_ptr<LogsPage> page = newPage();
        QVERIFY(page);
        answerInputDialog(uriWithPassword());
        page->findChild<QToolButton *>(QStringLiteral("logsAddConnection"))->click();
        QVERIFY(settle(*page));
        QVERIFY2(readTheServer(*page), qPrintable(page->state()));
        QCOMPARE(page->passwordNote(), QString());

        // The settings file names the profile, and holds the password in no form.
        QCOMPARE(m_settings->logConnections(), QStringList{profile()});
        m_settings->sync();
        const QByteArray saved = contentsOf(m_settingsPath);
        QVERIFY2(saved.contains(QUrl::toPercentEncoding(profile())) ||
                     saved.contains(profile().toUtf8()),
                 saved.constData());
        for (const QByteArray &form :
             {testservers::PostgresServer::password(), QUrl::toPercentEncoding(password()),
              QByteArrayLiteral("s3cret")})
            QVERIFY2(!saved.contains(form), saved.constData());

        // The keychain has it, under the profile.
        const Stored stored = readBack(*m_passwords, profile());
        QCOMPARE(stored.error, QString());
        QCOMPARE(stored.password.value_or(QStringLiteral("(none)")), password());
    }

    void aRestartConnectsWithTheKeychainsPassword()
    {
        QM_REQUIRE_SERVER(m_keychainError);
        QM_REQUIRE_SERVER(m_postgresError);
        QCOMPARE(storeNow(*m_passwords, profile(), password()), QString());
        m_settings->setLogConnections({profile()});
        // A fresh page: nothing typed in this session.
        std::unique_ptr<LogsPage> page = newPage();
        QVERIFY(page);
        page->connectTo(profile());
        QVERIFY(settle(*page));
        QVERIFY2(readTheServer(*page), qPrintable(page->state()));
        QVERIFY(!page->passwordDialog());
        QCOMPARE(page->passwordNote(), QString());
    }

    void aServerThatAsksGetsThePasswordDialog()
    {
        QM_REQUIRE_SERVER(m_keychainError);
        QM_REQUIRE_SERVER(m_postgresError);
        // A wrong password in the keychain: the server refuses it, the dialog says so.
        QCOMPARE(storeNow(*m_passwords, profile(), QStringLiteral("wrong")), QString());
        m_settings->setLogConnections({profile()});
        std::unique_ptr<LogsPage> page = newPage();
        QVERIFY(page);
        page->connectTo(profile());
        QTRY_VERIFY_WITH_TIMEOUT(page->passwordDialog(), 20'000);
        PasswordDialog *dialog = page->passwordDialog();
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->passwordField()->echoMode(), QLineEdit::Password);
        QVERIFY(dialog->rememberBox()->isChecked());
        QVERIFY(page->state().contains(QLatin1String("password authentication failed")));
        QVERIFY(!page->model()->rowCount());

        // The right one, remembered: connected, and in the keychain for the next start.
        QTest::keyClicks(dialog->passwordField(), password());
        QTest::keyClick(dialog->passwordField(), Qt::Key_Return);
        QVERIFY(settle(*page));
        QVERIFY2(readTheServer(*page), qPrintable(page->state()));
        Stored stored = readBack(*m_passwords, profile());
        QCOMPARE(stored.password.value_or(QStringLiteral("(none)")), password());

        // None at all, and not to be remembered: asked again, then none is stored.
        QCOMPARE(storeNow(*m_passwords, profile(), QString()), QString());
        std::unique_ptr<LogsPage> restarted = newPage();
        QVERIFY(restarted);
        restarted->connectTo(profile());
        QTRY_VERIFY_WITH_TIMEOUT(restarted->passwordDialog(), 20'000);
        dialog = restarted->passwordDialog();
        dialog->rememberBox()->setChecked(false);
        dialog->passwordField()->setText(password());
        dialog->accept();
        QVERIFY(settle(*restarted));
        QVERIFY2(readTheServer(*restarted), qPrintable(restarted->state()));
        stored = readBack(*m_passwords, profile());
        QCOMPARE(stored.error, QString());
        QVERIFY(!stored.password);
        const QByteArray saved = (m_settings->sync(), contentsOf(m_settingsPath));
        QVERIFY2(!saved.contains(testservers::PostgresServer::password()), saved.constData());
    }

    void removingADatabaseDeletesItsPassword()
    {
        QM_REQUIRE_SERVER(m_keychainError);
        const QString uri = QStringLiteral("postgresql://someone@127.0.0.1:1/gone");
        QCOMPARE(storeNow(*m_passwords, uri, QStringLiteral("secret")), QString());
        m_settings->setLogConnections({uri});
        std::unique_ptr<LogsPage> page = newPage();
        QVERIFY(page);
        auto *connection = page->findChild<QComboBox *>(QStringLiteral("logsConnection"));
        connection->setCurrentIndex(connection->findData(uri));
        QVERIFY(connection->currentIndex() > 0);
        Q_EMIT connection->activated(connection->currentIndex());
        QVERIFY(settle(*page));
        page->findChild<QToolButton *>(QStringLiteral("logsRemoveConnection"))->click();
        QVERIFY(settle(*page));
        QCOMPARE(m_settings->logConnections(), QStringList());
        const Stored stored = readBack(*m_passwords, uri);
        QVERIFY(stored.answered);
        QCOMPARE(stored.error, QString());
        QVERIFY(!stored.password);
    }

    // Last: it stops the keyring.
    void aFailingKeychainIsSaidAndThePasswordKeptForTheSession()
    {
        QM_REQUIRE_SERVER(m_keychainError);
        QM_REQUIRE_SERVER(m_postgresError);
        m_keychain.stopKeyring();
        std::unique_ptr<LogsPage> page = newPage();
        QVERIFY(page);
        QSignalSpy said(page.get(), &LogsPage::statusMessage);
        answerInputDialog(uriWithPassword());
        page->findChild<QToolButton *>(QStringLiteral("logsAddConnection"))->click();
        QVERIFY(settle(*page));
        QVERIFY2(readTheServer(*page), qPrintable(page->state()));
        QVERIFY(!said.isEmpty());
        QCOMPARE(said.last().at(0).toString(), page->passwordNote());
        QVERIFY2(page->passwordNote().contains(QLatin1String("Could not store the password of ") +
                                               profile() +
                                               QLatin1String(" in the system keychain")),
                 qPrintable(page->passwordNote()));
        QVERIFY(page->passwordNote().contains(QLatin1String("kept until Quartermaster quits")));
        QVERIFY(!page->passwordNote().contains(password()));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("logsPasswordNote"))->isVisible());
        // Connecting again in this session still has it.
        page->connectTo(QString());
        QVERIFY(settle(*page));
        page->connectTo(profile());
        QVERIFY(settle(*page));
        QVERIFY2(readTheServer(*page), qPrintable(page->state()));
        m_settings->sync();
        const QByteArray saved = contentsOf(m_settingsPath);
        QVERIFY2(!saved.contains(testservers::PostgresServer::password()), saved.constData());
    }
};

QTEST_MAIN(TestDatabasePasswords)
#include "tst_databasepasswords.moc"
