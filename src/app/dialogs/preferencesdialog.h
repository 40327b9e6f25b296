#pragma once

#include "core/alerts/alertrules.h"
#include "core/jobkinds/runnerservice.h"

#include <QDialog>

#include <array>
#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QDoubleSpinBox;
class QSpinBox;

namespace Ui {
class PreferencesDialog;
}

namespace qm {

class Settings;

/// Settings › Preferences. General: the dashboard's usage thresholds and refresh
/// interval; the probe interval, data categories and data folders of this machine for
/// the Hosts page. Alerts: desktop notifications, each rule's switch, thresholds,
/// margin and "for" time, and the data category size limits. Jobs (General): whether the
/// job runner runs with the window closed (a systemd user service or launchd agent),
/// installed or removed at once with its button. History: how long probes
/// and hourly figures are kept. Values are validated as they are typed; OK writes them
/// to the settings, Restore Defaults fills in the defaults.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    /// `settings` must outlive the dialog.
    explicit PreferencesDialog(Settings *settings, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

    /// The label saying whether the job runner runs with the window closed.
    QLabel *runnerServiceLabel() const { return m_serviceLabel; }

Q_SIGNALS:
    /// The runner service was looked at, installed or removed (the label says how).
    void runnerServiceUpdated();

private:
    void buildRunnerService();
    void showRunnerService(const RunnerServiceStatus &status, const QString &problem);

    QLabel *m_serviceLabel = nullptr;
    QPushButton *m_serviceButton = nullptr;
    bool m_serviceInstalled = false;

    /// The editors of one alert rule; a field the rule does not have is nullptr.
    struct RuleEditors
    {
        QCheckBox *enabled = nullptr;
        QDoubleSpinBox *warning = nullptr;
        QDoubleSpinBox *critical = nullptr;
        QDoubleSpinBox *margin = nullptr;
        QSpinBox *forMinutes = nullptr;
    };

    void buildAlertRules();
    void showAlertRules(const AlertRules &rules);
    /// The rules as edited; VolumeFree's thresholds come from the General tab.
    AlertRules editedAlertRules() const;
    void validate();
    void restoreDefaults();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    Settings *m_settings;
    std::array<RuleEditors, kAlertRuleKindCount> m_rules;
};

} // namespace qm
