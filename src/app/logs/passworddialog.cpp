#include "passworddialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace qm {

PasswordDialog::PasswordDialog(const QString &database, const QString &reason, QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the system keychain"), this))
{
    setObjectName(QStringLiteral("databasePasswordDialog"));
    setWindowTitle(tr("Database Password"));

    auto *intro = new QLabel(tr("%1 asks for a password.").arg(database), this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *why = new QLabel(reason, this);
    why->setObjectName(QStringLiteral("databasePasswordReason"));
    why->setWordWrap(true);
    why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    why->setStyleSheet(QStringLiteral("color: #c0392b"));
    why->setVisible(!reason.isEmpty());

    m_password->setObjectName(QStringLiteral("databasePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("The password of the database's user; never written to the "
                              "settings file"));
    m_remember->setObjectName(QStringLiteral("rememberDatabasePassword"));
    m_remember->setChecked(true);
    m_remember->setToolTip(tr("Keep the password in the system keychain (gnome-keyring, "
                              "KWallet, macOS Keychain) for the next start; unchecked, it is "
                              "kept until Quartermaster quits and any stored one is deleted"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    auto *form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(why);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_remember);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_password->setFocus();
    resize(480, sizeHint().height());
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

bool PasswordDialog::remember() const
{
    return m_remember->isChecked();
}

} // namespace qm
