#include "preferencesdialog.h"

#include "core/alerts/alertrules.h"
#include "core/async/whenfinished.h"
#include "core/history/historyretention.h"
#include "core/hosts/probehost.h"
#include "core/probes/datacategories.h"
#include "core/settings/settings.h"
#include "core/volumes/usagelevel.h"
#include "ui_preferencesdialog.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace qm {

namespace {

/// How a rule's thresholds and margin are shown: seconds as days, hours or minutes, bytes
/// as GB (10^9 bytes, like the limits' default).
struct FieldUnit
{
    double scale = 1;
    QString suffix;
    int decimals = 0;
    double maximum = 100;
};

FieldUnit fieldUnit(AlertRuleKind kind)
{
    switch (kind) {
    case AlertRuleKind::VolumeFree:
    case AlertRuleKind::MaxDiskUsage:
    case AlertRuleKind::OrphanedStorage:
        return {1, QStringLiteral(" %"), 1, 100};
    case AlertRuleKind::CategorySize:
        return {1e9, QStringLiteral(" GB"), 0, 1e6};
    case AlertRuleKind::HostUnreachable:
        return {60, PreferencesDialog::tr(" min"), 0, 7 * 24 * 60};
    case AlertRuleKind::DaemonNotRunning:
    case AlertRuleKind::HealthCheck:
        return {};
    case AlertRuleKind::ForecastFull:
    case AlertRuleKind::StaleData:
    case AlertRuleKind::EphemeralReplication:
    case AlertRuleKind::StaleBackup:
        return {3600, PreferencesDialog::tr(" h"), 1, 24 * 366};
    case AlertRuleKind::LocationFull:
        return {86400, PreferencesDialog::tr(" days"), 1, 366};
    }
    return {};
}

QDoubleSpinBox *spinFor(AlertRuleKind kind, const QString &name)
{
    const FieldUnit unit = fieldUnit(kind);
    auto *spin = new QDoubleSpinBox;
    spin->setObjectName(QStringLiteral("%1_%2").arg(alertRuleKey(kind), name));
    spin->setDecimals(unit.decimals);
    spin->setRange(0, unit.maximum);
    spin->setSuffix(unit.suffix);
    return spin;
}

void setSpin(QDoubleSpinBox *spin, AlertRuleKind kind, const std::optional<double> &value)
{
    if (spin && value)
        spin->setValue(*value / fieldUnit(kind).scale);
}

std::optional<double> spinValue(const QDoubleSpinBox *spin, AlertRuleKind kind)
{
    if (!spin)
        return std::nullopt;
    return spin->value() * fieldUnit(kind).scale;
}

} // namespace

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
    m_ui->sampleCacheSpin->setValue(
        int(std::clamp<qint64>(m_settings->sampleCacheBytes() >> 30, 1, 4096)));
    m_ui->storageTextfileEdit->setText(m_settings->storageTextfileDirectory());

    buildAlertRules();
    showAlertRules(m_settings->alertRules());
    buildRunnerService();
    m_ui->notificationsCheck->setChecked(m_settings->alertNotifications());
    m_ui->rawDaysSpin->setRange(1, Settings::kMaxRawDays);
    m_ui->hourlyDaysSpin->setRange(1, Settings::kMaxHourlyDays);
    const HistoryRetention retention = m_settings->historyRetention();
    m_ui->rawDaysSpin->setValue(retention.rawDays);
    m_ui->hourlyDaysSpin->setValue(retention.hourlyDays);
    connect(m_ui->rawDaysSpin, &QSpinBox::valueChanged, this, &PreferencesDialog::validate);
    connect(m_ui->hourlyDaysSpin, &QSpinBox::valueChanged, this, &PreferencesDialog::validate);
    connect(m_ui->categoryLimitsEdit, &QPlainTextEdit::textChanged, this,
            &PreferencesDialog::validate);
    connect(m_ui->locationLimitsEdit, &QPlainTextEdit::textChanged, this,
            &PreferencesDialog::validate);

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

void PreferencesDialog::buildRunnerService()
{
    auto *group = new QGroupBox(tr("Jobs"), m_ui->generalTab);
    group->setObjectName(QStringLiteral("jobsGroup"));
    m_serviceLabel = new QLabel(tr("Looking at the job runner…"), group);
    m_serviceLabel->setObjectName(QStringLiteral("runnerServiceLabel"));
    m_serviceLabel->setWordWrap(true);
    m_serviceButton = new QPushButton(group);
    m_serviceButton->setObjectName(QStringLiteral("runnerServiceButton"));
    m_serviceButton->setEnabled(false);
    auto *row = new QHBoxLayout(group);
    row->addWidget(m_serviceLabel, 1);
    row->addWidget(m_serviceButton);
    if (auto *layout = qobject_cast<QBoxLayout *>(m_ui->generalTab->layout()))
        layout->insertWidget(layout->indexOf(m_ui->storageGroup) + 1, group);
    // The service manager is asked off the GUI thread.
    whenFinished(this, QtConcurrent::run(runnerServiceStatus),
                 [this](const RunnerServiceStatus &status) { showRunnerService(status, {}); });
    connect(m_serviceButton, &QPushButton::clicked, this, [this] {
        m_serviceButton->setEnabled(false);
        const bool install = !m_serviceInstalled;
        // qmctl sits beside the app (the build, the package, the app bundle).
        const QString qmctl = QCoreApplication::applicationDirPath() + QStringLiteral("/qmctl");
        whenFinished(this, QtConcurrent::run([install, qmctl] {
                         QString message;
                         QString error;
                         if (install)
                             installRunnerService(qmctl, QString(), true, &message, &error);
                         else
                             uninstallRunnerService(&message, &error);
                         return std::pair{runnerServiceStatus(), error};
                     }),
                     [this](const std::pair<RunnerServiceStatus, QString> &done) {
                         showRunnerService(done.first, done.second);
                     });
    });
}

void PreferencesDialog::showRunnerService(const RunnerServiceStatus &status, const QString &problem)
{
    m_serviceInstalled = status.installed;
    QString text = !status.installed ? tr("Scheduled jobs run only while this window is open.")
                   : status.running
                       ? tr("Scheduled jobs run with the window closed: the job runner is a %1 "
                            "service of your session (%2).")
                             .arg(status.manager, status.unitPath)
                       : tr("The job runner is installed as a %1 service (%2) but is not running: "
                            "%3")
                             .arg(status.manager, status.unitPath, status.detail);
    if (!problem.isEmpty())
        text += QLatin1Char(' ') + problem;
    m_serviceLabel->setText(text);
    m_serviceButton->setText(status.installed ? tr("Run Only With the &Window")
                                              : tr("Run &With the Window Closed"));
    m_serviceButton->setEnabled(true);
    Q_EMIT runnerServiceUpdated();
}

void PreferencesDialog::buildAlertRules()
{
    QGridLayout *grid = m_ui->alertRulesGrid;
    const QStringList headers = {tr("Rule"), tr("Warning"), tr("Critical"), tr("Margin"),
                                 tr("For")};
    for (int column = 0; column < headers.size(); ++column) {
        auto *header = new QLabel(headers[column]);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        grid->addWidget(header, 0, column);
    }
    // Where a threshold lives elsewhere, the cell says where.
    const auto note = [](const QString &text, const QString &toolTip) {
        auto *label = new QLabel(text);
        label->setToolTip(toolTip);
        label->setEnabled(false);
        return label;
    };
    for (const AlertRuleKind kind : kAlertRuleKinds) {
        const int row = int(kind) + 1;
        const AlertRule shape = AlertRule::defaults(kind);
        RuleEditors &editors = m_rules[int(kind)];
        editors.enabled = new QCheckBox(alertRuleTitle(kind));
        editors.enabled->setObjectName(alertRuleKey(kind) + QStringLiteral("_enabled"));
        editors.enabled->setToolTip(alertRuleDescription(kind));
        grid->addWidget(editors.enabled, row, 0);
        if (kind == AlertRuleKind::VolumeFree) {
            const QString where = tr("The free space thresholds of the General tab.");
            grid->addWidget(note(tr("General tab"), where), row, 1);
            grid->addWidget(note(tr("General tab"), where), row, 2);
        } else if (kind == AlertRuleKind::MaxDiskUsage) {
            grid->addWidget(note(tr("in the config"), tr("max_disk_usage_percent of the fleet "
                                                         "config")),
                            row, 2);
        } else if (kind == AlertRuleKind::CategorySize) {
            grid->addWidget(note(tr("limits below"), tr("Data category size limits")), row, 1);
        }
        // Free space's thresholds are edited once, on the General tab.
        const bool ownThresholds = kind != AlertRuleKind::VolumeFree;
        if (shape.warning && ownThresholds) {
            editors.warning = spinFor(kind, QStringLiteral("warning"));
            grid->addWidget(editors.warning, row, 1);
        }
        if (shape.critical && ownThresholds) {
            editors.critical = spinFor(kind, QStringLiteral("critical"));
            grid->addWidget(editors.critical, row, 2);
        }
        if (alertRuleUnit(kind) != AlertUnit::Flag) {
            editors.margin = spinFor(kind, QStringLiteral("margin"));
            editors.margin->setToolTip(tr("An alert clears once the value is this far past "
                                          "the threshold on the good side."));
            grid->addWidget(editors.margin, row, 3);
        }
        editors.forMinutes = new QSpinBox;
        editors.forMinutes->setObjectName(alertRuleKey(kind) + QStringLiteral("_for"));
        editors.forMinutes->setRange(0, 24 * 60);
        editors.forMinutes->setSuffix(tr(" min"));
        editors.forMinutes->setToolTip(
            tr("An alert is raised only once its condition has held this long."));
        grid->addWidget(editors.forMinutes, row, 4);

        connect(editors.enabled, &QCheckBox::toggled, this, [editors](bool on) {
            for (QWidget *field : std::initializer_list<QWidget *>{
                     editors.warning, editors.critical, editors.margin, editors.forMinutes}) {
                if (field)
                    field->setEnabled(on);
            }
        });
        connect(editors.enabled, &QCheckBox::toggled, this, &PreferencesDialog::validate);
        for (QDoubleSpinBox *spin : {editors.warning, editors.critical, editors.margin}) {
            if (spin)
                connect(spin, &QDoubleSpinBox::valueChanged, this, &PreferencesDialog::validate);
        }
    }
    grid->setColumnStretch(0, 1);
}

void PreferencesDialog::showAlertRules(const AlertRules &rules)
{
    for (const AlertRuleKind kind : kAlertRuleKinds) {
        const AlertRule &rule = rules.rule(kind);
        const RuleEditors &editors = m_rules[int(kind)];
        editors.enabled->setChecked(rule.enabled);
        Q_EMIT editors.enabled->toggled(rule.enabled); // enables the fields to match
        setSpin(editors.warning, kind, rule.warning);
        setSpin(editors.critical, kind, rule.critical);
        setSpin(editors.margin, kind, rule.margin);
        editors.forMinutes->setValue(int(rule.forSecs / 60));
    }
    m_ui->categoryLimitsEdit->setPlainText(formatCategoryLimits(rules.categoryLimits));
    m_ui->locationLimitsEdit->setPlainText(formatLocationLimits(rules.locationLimits));
}

AlertRules PreferencesDialog::editedAlertRules() const
{
    AlertRules rules;
    for (const AlertRuleKind kind : kAlertRuleKinds) {
        const RuleEditors &editors = m_rules[int(kind)];
        AlertRule &rule = rules.rule(kind);
        rule.enabled = editors.enabled->isChecked();
        if (editors.warning)
            rule.warning = spinValue(editors.warning, kind);
        if (editors.critical)
            rule.critical = spinValue(editors.critical, kind);
        rule.margin = spinValue(editors.margin, kind).value_or(0);
        rule.forSecs = qint64(editors.forMinutes->value()) * 60;
    }
    AlertRule &free = rules.rule(AlertRuleKind::VolumeFree);
    free.warning = m_ui->warningFreeSpin->value();
    free.critical = m_ui->criticalFreeSpin->value();
    QString error;
    QList<CategoryLimit> limits;
    if (parseCategoryLimits(m_ui->categoryLimitsEdit->toPlainText(), &limits, &error))
        rules.categoryLimits = limits;
    QList<LocationLimit> locationLimits;
    if (parseLocationLimits(m_ui->locationLimitsEdit->toPlainText(), &locationLimits, &error))
        rules.locationLimits = locationLimits;
    return rules;
}

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
    QList<CategoryLimit> limits;
    QString limitsError;
    const bool limitsValid =
        parseCategoryLimits(m_ui->categoryLimitsEdit->toPlainText(), &limits, &limitsError);
    QList<LocationLimit> locationLimits;
    QString locationLimitsError;
    const bool locationLimitsValid = parseLocationLimits(m_ui->locationLimitsEdit->toPlainText(),
                                                         &locationLimits, &locationLimitsError);
    QString ruleError;
    const AlertRules rules = editedAlertRules();
    for (const AlertRuleKind kind : kAlertRuleKinds) {
        if (kind != AlertRuleKind::VolumeFree && !rules.rule(kind).isValid()) {
            ruleError = tr("Alerts: %1: the critical threshold must not be milder than the "
                           "warning threshold.")
                            .arg(alertRuleTitle(kind));
            break;
        }
    }
    const bool retentionValid = m_ui->hourlyDaysSpin->value() >= m_ui->rawDaysSpin->value();
    const bool valid = thresholdsValid && categoriesValid && daemonsValid && limitsValid &&
                       locationLimitsValid && ruleError.isEmpty() && retentionValid;
    m_ui->validationLabel->setText(
        !thresholdsValid   ? tr("The critical threshold must not be above the warning threshold.")
        : !categoriesValid ? tr("Data categories: %1").arg(categoriesError)
        : !daemonsValid    ? tr("Expected processes: %1").arg(daemonsError)
        : !limitsValid     ? tr("Data category size limits: %1").arg(limitsError)
        : !locationLimitsValid ? tr("Storage location limits: %1").arg(locationLimitsError)
        : !ruleError.isEmpty() ? ruleError
        : !retentionValid
            ? tr("History: hourly figures must be kept at least as long as every probe.")
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
    m_ui->sampleCacheSpin->setValue(2);
    m_ui->storageTextfileEdit->clear();
    m_ui->categoriesEdit->setPlainText(formatDataCategories(defaultDataCategories()));
    m_ui->daemonsEdit->setPlainText(formatDataCategories(defaultDaemonRules()));
    showAlertRules(AlertRules());
    m_ui->notificationsCheck->setChecked(true);
    const HistoryRetention retention;
    m_ui->rawDaysSpin->setValue(retention.rawDays);
    m_ui->hourlyDaysSpin->setValue(retention.hourlyDays);
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
    m_settings->setSampleCacheBytes(qint64(m_ui->sampleCacheSpin->value()) << 30);
    m_settings->setStorageTextfileDirectory(m_ui->storageTextfileEdit->text().trimmed());
    m_settings->setAlertRules(editedAlertRules());
    m_settings->setAlertNotifications(m_ui->notificationsCheck->isChecked());
    m_settings->setHistoryRetention({m_ui->rawDaysSpin->value(), m_ui->hourlyDaysSpin->value()});
    QDialog::accept();
}

} // namespace qm
