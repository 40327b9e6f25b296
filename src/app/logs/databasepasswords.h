#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace qm {

/// The passwords of database connections (the Logs page's PostgreSQL profiles), kept in
/// the system keychain through QtKeychain: the Secret Service (gnome-keyring, KWallet)
/// through libsecret on Linux, the Keychain on macOS. Never in the settings file, never
/// in a plain-text fallback.
///
/// Each password is an entry of the service "Quartermaster" whose key is the profile's
/// display URI (SqlLocation::displayName(): the URI without its password), so a profile
/// and its password are found by the same text.
///
/// Every call is asynchronous and returns at once: the keychain answers later (it may
/// ask the user to unlock it first), and `done` runs on the GUI thread, exactly once,
/// unless `context` is gone by then. Errors are sentences a person can act on, without
/// the password.
class DatabasePasswords : public QObject
{
    Q_OBJECT

public:
    /// `service` names the entries in the keychain; tests may use one of their own.
    explicit DatabasePasswords(QObject *parent = nullptr,
                               const QString &service = QStringLiteral("Quartermaster"));

    QString service() const { return m_service; }

    /// Stores `password` for the profile `uri`, replacing what was stored for it.
    /// `done(error)`: empty when stored.
    void store(const QString &uri, const QString &password, QObject *context,
               std::function<void(const QString &error)> done);

    /// Reads the password stored for `uri`. `done(password, error)`: the password; or
    /// nullopt with an empty error when none is stored; or nullopt and why the keychain
    /// could not be read (no keychain, locked, access refused).
    void
    read(const QString &uri, QObject *context,
         std::function<void(const std::optional<QString> &password, const QString &error)> done);

    /// Deletes the password stored for `uri`. `done(error)`: empty when it is gone, or
    /// when none was stored.
    void remove(const QString &uri, QObject *context,
                std::function<void(const QString &error)> done);

    /// Whether `connectError` (libpq's reason, as SqlConnection reports it) says the
    /// server wants a password it was not given, or refused the one given: then asking
    /// the user for one makes sense. libpq's English messages; a translated libpq is not
    /// recognised (the error is shown as it is).
    static bool asksForPassword(const QString &connectError);

private:
    QString m_service;
};

} // namespace qm
