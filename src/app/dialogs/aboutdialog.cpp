#include "aboutdialog.h"

#include "core/about/componentversions.h"
#include "ui_aboutdialog.h"

#include <QIcon>

namespace qm {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("aboutDialog"));
    const ComponentVersions versions = ComponentVersions::collect();
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/quartermaster.svg")).pixmap(64, 64));
    QFont nameFont = m_ui->nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    nameFont.setBold(true);
    m_ui->nameLabel->setFont(nameFont);
    m_ui->nameLabel->setText(tr("Quartermaster %1").arg(versions.application));
    m_ui->versionsLabel->setText(versions.toText());
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::versionsText() const
{
    return m_ui->versionsLabel->text();
}

} // namespace qm
