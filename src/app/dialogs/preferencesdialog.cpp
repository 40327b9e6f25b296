#include "preferencesdialog.h"

#include "settings/settings.h"
#include "ui_preferencesdialog.h"

#include <QPushButton>

#include <cmath>

namespace qm {

PreferencesDialog::PreferencesDialog(Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("preferencesDialog"));
    m_ui->refreshIntervalSpin->setRange(Settings::kMinRefreshSeconds, Settings::kMaxRefreshSeconds);

    const UsageThresholds thresholds = m_settings->usageThresholds();
    m_ui->warningFreeSpin->setValue(int(std::lround(thresholds.warningFreePercent)));
    m_ui->criticalFreeSpin->setValue(int(std::lround(thresholds.criticalFreePercent)));
    m_ui->refreshIntervalSpin->setValue(int(m_settings->refreshInterval().count()));

    connect(m_ui->warningFreeSpin, &QSpinBox::valueChanged, this, &PreferencesDialog::validate);
    connect(m_ui->criticalFreeSpin, &QSpinBox::valueChanged, this, &PreferencesDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
    validate();
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::validate()
{
    const bool valid = m_ui->criticalFreeSpin->value() <= m_ui->warningFreeSpin->value();
    m_ui->validationLabel->setText(
        valid ? QString() : tr("The critical threshold must not be above the warning threshold."));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

void PreferencesDialog::restoreDefaults()
{
    const UsageThresholds defaults;
    m_ui->warningFreeSpin->setValue(int(defaults.warningFreePercent));
    m_ui->criticalFreeSpin->setValue(int(defaults.criticalFreePercent));
    m_ui->refreshIntervalSpin->setValue(Settings::kDefaultRefreshSeconds);
}

void PreferencesDialog::accept()
{
    UsageThresholds thresholds;
    thresholds.warningFreePercent = m_ui->warningFreeSpin->value();
    thresholds.criticalFreePercent = m_ui->criticalFreeSpin->value();
    if (!m_settings->setUsageThresholds(thresholds)) {
        validate();
        return;
    }
    m_settings->setRefreshInterval(std::chrono::seconds(m_ui->refreshIntervalSpin->value()));
    QDialog::accept();
}

} // namespace qm
