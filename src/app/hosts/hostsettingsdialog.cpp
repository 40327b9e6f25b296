#include "hostsettingsdialog.h"

#include "core/hosts/probehost.h"
#include "core/settings/settings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace qm {

HostSettingsDialog::HostSettingsDialog(const QString &host, const QString &configUrl, bool local,
                                       Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_host(host)
    , m_settings(settings)
    , m_interval(new QSpinBox)
    , m_url(new QLineEdit)
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("hostSettingsDialog"));
    setWindowTitle(tr("Host Settings: %1").arg(host));

    const int defaultMinutes = int(settings->probeInterval().count() / 60);
    m_interval->setObjectName(QStringLiteral("hostProbeInterval"));
    m_interval->setRange(0, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("Default (%1 min)").arg(defaultMinutes));
    m_interval->setValue(int(settings->hostProbeInterval(host).count() / 60));
    m_interval->setToolTip(tr("How often this host is probed while periodic probing is on; "
                              "an unreachable host is retried less often"));

    m_url->setObjectName(QStringLiteral("hostNodeExporterUrl"));
    m_url->setClearButtonEnabled(true);
    m_url->setText(settings->nodeExporterUrl(host));
    m_url->setPlaceholderText(local                 ? tr("this machine is read directly")
                              : configUrl.isEmpty() ? tr("none: volumes are read over SSH")
                                                    : tr("from the config: %1").arg(configUrl));
    m_url->setEnabled(!local);
    m_url->setToolTip(tr("Read the volumes from this node_exporter (e.g. "
                         "http://HOST:9100/metrics) instead of the config's; empty: the "
                         "config's"));
    m_error->setObjectName(QStringLiteral("hostSettingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c03030"));
    m_error->setVisible(false);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Probe every:"), m_interval);
    form->addRow(tr("&node_exporter URL:"), m_url);
    form->addRow(m_error);
    form->addRow(m_buttons);
    connect(m_url, &QLineEdit::textChanged, this, &HostSettingsDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &HostSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

void HostSettingsDialog::validate()
{
    const QString url = m_url->text().trimmed();
    const QString error = url.isEmpty() ? QString() : nodeExporterUrlError(url);
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

void HostSettingsDialog::accept()
{
    const QString url = m_url->text().trimmed();
    if (!url.isEmpty() && !nodeExporterUrlError(url).isEmpty())
        return;
    m_settings->setHostProbeInterval(m_host, std::chrono::minutes(m_interval->value()));
    m_settings->setNodeExporterUrl(m_host, url);
    QDialog::accept();
}

} // namespace qm
