// The Logs page's databases: the profiles in the settings (URIs without a password), their
// passwords in the system keychain, connecting, and the password dialog.

#include "core/settings/settings.h"
#include "databasepasswords.h"
#include "logspage.h"
#include "logssession.h"
#include "passworddialog.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>

namespace qm {

namespace {

/// Whether the profile `uri` is a PostgreSQL server: only those have passwords.
bool hasPassword(const QString &uri)
{
    QString error;
    const std::optional<SqlLocation> location = SqlLocation::parse(uri, &error);
    return location && location->kind == SqlLocation::Kind::Postgres;
}

} // namespace

void LogsPage::reloadConnections(const QString &select)
{
    m_connection->clear();
    m_connection->addItem(tr("This machine (embedded file)"), QString());
    m_connection->setItemData(0, m_embeddedPath, Qt::ToolTipRole);
    for (const QString &uri : m_settings->logConnections())
        m_connection->addItem(uri, uri);
    const int index = m_connection->findData(select);
    m_connection->setCurrentIndex(std::max(index, 0));
    m_removeConnection->setEnabled(m_connection->currentIndex() > 0);
}

void LogsPage::addConnection()
{
    bool ok = false;
    const QString uri = QInputDialog::getText(
        this, tr("Add a Database"),
        tr("A PostgreSQL URI (postgresql://user@host:5432/db?sslmode=require — libpq's rules: "
           "~/.pgpass, PGSERVICE and service files work) or an SQLite file (sqlite:/path). "
           "A password in the URI goes to the system keychain, never to the settings:"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || uri.trimmed().isEmpty())
        return;
    QString error;
    const std::optional<SqlLocation> location = SqlLocation::parse(uri.trimmed(), &error);
    if (!location) {
        QMessageBox::warning(this, tr("Add a Database"), error);
        return;
    }
    // The settings get the URI without its password; the keychain gets the password.
    const QString saved = location->displayName();
    if (!location->password.isEmpty())
        rememberPassword(saved, location->password);
    QStringList connections = m_settings->logConnections();
    if (!connections.contains(saved))
        connections.append(saved);
    m_settings->setLogConnections(connections);
    reloadConnections(saved);
    connectTo(saved);
}

void LogsPage::removeConnection()
{
    const QString uri = m_connection->currentData().toString();
    if (uri.isEmpty())
        return;
    QStringList connections = m_settings->logConnections();
    connections.removeAll(uri);
    m_settings->setLogConnections(connections);
    if (hasPassword(uri))
        forgetPassword(uri);
    reloadConnections(QString());
    connectTo(QString());
}

void LogsPage::rememberPassword(const QString &uri, const QString &password)
{
    m_passwords.insert(uri, password);
    settle(+1);
    m_keychain->store(uri, password, this, [this, uri](const QString &problem) {
        if (!problem.isEmpty())
            setPasswordNote(tr("Could not store the password of %1 in the system keychain: %2. "
                               "It is kept until Quartermaster quits.")
                                .arg(uri, problem));
        settle(-1);
    });
}

void LogsPage::forgetPassword(const QString &uri)
{
    m_passwords.remove(uri);
    settle(+1);
    m_keychain->remove(uri, this, [this, uri](const QString &problem) {
        if (!problem.isEmpty())
            setPasswordNote(tr("Could not delete the password of %1 from the system keychain: "
                               "%2. Delete the entry %1 of the service %3 with the keychain's "
                               "own tool (Seahorse, KWallet Manager, Keychain Access).")
                                .arg(uri, problem, m_keychain->service()));
        settle(-1);
    });
}

void LogsPage::connectTo(const QString &uri)
{
    if (m_connection->currentData().toString() != uri)
        reloadConnections(uri);
    m_removeConnection->setEnabled(!uri.isEmpty());
    SqlLocation location;
    QString error;
    if (uri.isEmpty()) {
        location.path = m_embeddedPath;
    } else if (const std::optional<SqlLocation> parsed = SqlLocation::parse(uri, &error)) {
        location = *parsed;
    } else {
        setState(error, true);
        return;
    }
    const quint64 serial = ++m_connectSerial;
    m_connected = false;
    m_createTable->hide();
    setPasswordNote(QString());
    if (location.kind != SqlLocation::Kind::Postgres || !location.password.isEmpty()) {
        openConnection(uri, location, serial);
        return;
    }
    if (const auto known = m_passwords.constFind(uri); known != m_passwords.cend()) {
        location.password = *known;
        openConnection(uri, location, serial);
        return;
    }
    // None in this session: the keychain's, if it has one; else none (libpq's ~/.pgpass).
    setState(tr("Reading the password of %1 from the system keychain…").arg(uri));
    settle(+1);
    m_keychain->read(uri, this,
                     [this, uri, location, serial](const std::optional<QString> &password,
                                                   const QString &problem) mutable {
                         if (serial == m_connectSerial) {
                             if (password) {
                                 m_passwords.insert(uri, *password);
                                 location.password = *password;
                             } else if (!problem.isEmpty()) {
                                 setPasswordNote(
                                     tr("Could not read the password of %1 from the system "
                                        "keychain: %2. Connecting without it (libpq may find "
                                        "one in ~/.pgpass).")
                                         .arg(uri, problem));
                             }
                             openConnection(uri, location, serial);
                         }
                         settle(-1);
                     });
}

void LogsPage::openConnection(const QString &uri, const SqlLocation &location, quint64 serial)
{
    setState(tr("Connecting to %1…").arg(location.displayName()));
    settle(+1);
    m_session->connectTo(
        location, uri.isEmpty(),
        [this, uri, serial](const QString &connectError, const QString &problem, bool missing) {
            settle(-1);
            if (!connectError.isEmpty()) {
                setState(connectError, true);
                if (serial == m_connectSerial && !uri.isEmpty() &&
                    DatabasePasswords::asksForPassword(connectError))
                    askPassword(uri, connectError);
                return;
            }
            if (!problem.isEmpty()) {
                setState(problem, true);
                m_createTable->setVisible(missing);
                return;
            }
            m_connected = true;
            refresh();
        });
}

void LogsPage::askPassword(const QString &uri, const QString &reason)
{
    if (m_passwordDialog)
        return;
    auto *dialog = new PasswordDialog(uri, reason, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_passwordDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, uri] {
        const QString password = dialog->password();
        if (dialog->remember()) {
            rememberPassword(uri, password);
        } else {
            // For this session only: a password stored before (refused, or not to be
            // kept any more) goes.
            forgetPassword(uri);
            m_passwords.insert(uri, password);
        }
        connectTo(uri);
    });
    dialog->open();
}

PasswordDialog *LogsPage::passwordDialog() const
{
    return m_passwordDialog;
}

QString LogsPage::passwordNote() const
{
    return m_passwordNote->text();
}

void LogsPage::setPasswordNote(const QString &text)
{
    m_passwordNote->setText(text);
    m_passwordNote->setToolTip(text);
    m_passwordNote->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        Q_EMIT statusMessage(text);
}

} // namespace qm
