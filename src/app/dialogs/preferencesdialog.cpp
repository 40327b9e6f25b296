#include "preferencesdialog.h"

#include "hosts/probehost.h"
#include "settings/settings.h"
#include "ui_preferencesdialog.h"

#include <QPlainTextEdit>
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
    m_ui->probeIntervalSpin->setValue(int(m_settings->probeInterval().count() / 60));
    m_ui->categoriesEdit->setPlainText(formatDataCategories(m_settings->dataCategories()));
    m_ui->daemonsEdit->setPlainText(formatDataCategories(m_settings->daemonRules()));
    m_ui->localRootsEdit->setPlainText(m_settings->localDataRoots().join(QLatin1Char('\n')));

    connect(m_ui->warningFreeSpin, &QSpinBox::valueChanged, this, &PreferencesDialog::validate);
    connect(m_ui->criticalFreeSpin, &QSpinBox::valueChanged, this, &PreferencesDialog::validate);
    connect(m_ui->categoriesEdit, &QPlainTextEdit::textChanged, this, &PreferencesDialog::validate);
    connect(m_ui->daemonsEdit, &QPlainTextEdit::textChanged, this, &PreferencesDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
    validate();
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::validate()
{
    const bool thresholdsValid = m_ui->criticalFreeSpin->value() <= m_ui->warningFreeSpin->value();
    QList<DataCategory> categories;
    QString categoriesError;
    const bool categoriesValid =
        parseDataCategories(m_ui->categoriesEdit->toPlainText(), &categories, &categoriesError) &&
        !categories.isEmpty();
    if (categoriesValid)
        categoriesError.clear();
    else if (categoriesError.isEmpty())
        categoriesError = tr("give at least one category");
    QList<DataCategory> daemons;
    QString daemonsError;
    const bool daemonsValid =
        parseDataCategories(m_ui->daemonsEdit->toPlainText(), &daemons, &daemonsError);
    const bool valid = thresholdsValid && categoriesValid && daemonsValid;
    m_ui->validationLabel->setText(
        !thresholdsValid   ? tr("The critical threshold must not be above the warning threshold.")
        : !categoriesValid ? tr("Data categories: %1").arg(categoriesError)
        : !daemonsValid    ? tr("Expected processes: %1").arg(daemonsError)
                           : QString());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

void PreferencesDialog::restoreDefaults()
{
    const UsageThresholds defaults;
    m_ui->warningFreeSpin->setValue(int(defaults.warningFreePercent));
    m_ui->criticalFreeSpin->setValue(int(defaults.criticalFreePercent));
    m_ui->refreshIntervalSpin->setValue(Settings::kDefaultRefreshSeconds);
    m_ui->probeIntervalSpin->setValue(5);
    m_ui->categoriesEdit->setPlainText(formatDataCategories(defaultDataCategories()));
    m_ui->daemonsEdit->setPlainText(formatDataCategories(defaultDaemonRules()));
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
    m_settings->setProbeInterval(std::chrono::minutes(m_ui->probeIntervalSpin->value()));
    QList<DataCategory> categories;
    QString error;
    if (parseDataCategories(m_ui->categoriesEdit->toPlainText(), &categories, &error) &&
        !categories.isEmpty())
        m_settings->setDataCategories(categories);
    QList<DataCategory> daemons;
    if (parseDataCategories(m_ui->daemonsEdit->toPlainText(), &daemons, &error))
        m_settings->setDaemonRules(daemons);
    QStringList roots;
    for (const QString &line : m_ui->localRootsEdit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            roots.append(line.trimmed());
    }
    m_settings->setLocalDataRoots(roots);
    QDialog::accept();
}

} // namespace qm
