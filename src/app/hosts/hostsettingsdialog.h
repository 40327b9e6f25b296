#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace qm {

class Settings;

/// What the app sets for one host over the config: its own probe interval and a
/// node_exporter URL (for a host whose config entry has none, or a different one).
/// Written to `settings` on OK; an invalid URL keeps OK disabled and says why.
class HostSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// `configUrl`: the host's `node_exporter_url` in the config, shown as the default;
    /// `local`: this machine, read directly (no URL to set).
    HostSettingsDialog(const QString &host, const QString &configUrl, bool local,
                       Settings *settings, QWidget *parent = nullptr);

    void accept() override;

private:
    void validate();

    QString m_host;
    Settings *m_settings;
    QSpinBox *m_interval;
    QLineEdit *m_url;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace qm
