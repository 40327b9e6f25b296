#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace qm {

class Settings;

/// Settings › Preferences: the dashboard's usage thresholds and refresh interval; the
/// probe interval, data categories and data folders of this machine for the Hosts page.
/// Values are validated as they are typed (critical must not exceed warning); OK
/// writes them to the settings, Restore Defaults fills in the defaults.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    /// `settings` must outlive the dialog.
    explicit PreferencesDialog(Settings *settings, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

private:
    void validate();
    void restoreDefaults();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    Settings *m_settings;
};

} // namespace qm
