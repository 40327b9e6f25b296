#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace qm {

/// Asks for the password of a database the server wants one for: a hidden field and
/// "Remember in the system keychain" (checked by default). The Logs page opens it with
/// open(), never exec(), and reads password() and remember() once it is accepted.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    /// `database`: the profile's URI without a password; `reason`: what the server said
    /// (a password refused, or none given), shown above the field.
    PasswordDialog(const QString &database, const QString &reason, QWidget *parent = nullptr);

    QString password() const;
    /// Whether the password is to be kept in the system keychain (else for this session).
    bool remember() const;

    QLineEdit *passwordField() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }

private:
    QLineEdit *m_password;
    QCheckBox *m_remember;
};

} // namespace qm
