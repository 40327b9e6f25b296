#include "samplecleanupdialog.h"

#include "core/units/datasize.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace qm {

namespace {

/// At most this many files are listed in the plan (the count and bytes cover all).
constexpr int kListedFiles = 500;

} // namespace

SampleCleanupDialog *SampleCleanupDialog::forSelection(const QList<SampleRecord> &selected,
                                                       QWidget *parent)
{
    return new SampleCleanupDialog(selected, false, parent);
}

SampleCleanupDialog *SampleCleanupDialog::forRule(const QList<SampleRecord> &samples,
                                                  QWidget *parent)
{
    return new SampleCleanupDialog(samples, true, parent);
}

SampleCleanupDialog::SampleCleanupDialog(const QList<SampleRecord> &samples, bool byRule,
                                         QWidget *parent)
    : QDialog(parent)
    , m_samples(samples)
    , m_byRule(byRule)
    , m_nowMs(QDateTime::currentMSecsSinceEpoch())
{
    setObjectName(QStringLiteral("sampleCleanupDialog"));
    setWindowTitle(byRule ? tr("Clean Up Samples by Rule") : tr("Delete Selected Samples"));
    auto *layout = new QVBoxLayout(this);
    if (byRule) {
        auto *intro = new QLabel(
            tr("Rejected samples are removed when every rule ticked allows it. A sample's age "
               "is its log timestamp, else its file's modification time. Accepted outputs "
               "are never removed by a rule."));
        intro->setWordWrap(true);
        layout->addWidget(intro);
        auto *form = new QFormLayout;
        const auto row = [&](const QString &label, const QString &suffix, int value,
                             QCheckBox **check, QSpinBox **spin, const char *name) {
            *check = new QCheckBox(label);
            *spin = new QSpinBox;
            (*spin)->setRange(0, 100000);
            (*spin)->setValue(value);
            (*spin)->setSuffix(suffix);
            (*spin)->setEnabled(false);
            (*spin)->setObjectName(QLatin1String(name));
            (*check)->setObjectName(QLatin1String(name) + QStringLiteral("Enabled"));
            connect(*check, &QCheckBox::toggled, *spin, &QWidget::setEnabled);
            connect(*check, &QCheckBox::toggled, this, &SampleCleanupDialog::updatePlan);
            connect(*spin, &QSpinBox::valueChanged, this, &SampleCleanupDialog::updatePlan);
            form->addRow(*check, *spin);
        };
        row(tr("Older than"), tr(" days"), 30, &m_olderThan, &m_olderThanDays, "olderThanDays");
        row(tr("Keep the newest per reason"), QString(), 10, &m_perReason, &m_perReasonCount,
            "keepPerReason");
        row(tr("Keep the newest per host"), QString(), 100, &m_perHost, &m_perHostCount,
            "keepPerHost");
        layout->addLayout(form);
    }
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("cleanupSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_files = new QListWidget;
    m_files->setObjectName(QStringLiteral("cleanupFiles"));
    layout->addWidget(m_files, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Queue Cleanup"));
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(640, 480);
    updatePlan();
}

SampleRetentionRule SampleCleanupDialog::rule() const
{
    SampleRetentionRule rule;
    rule.nowMs = m_nowMs;
    if (!m_byRule)
        return rule;
    if (m_olderThan->isChecked())
        rule.olderThanDays = m_olderThanDays->value();
    if (m_perReason->isChecked())
        rule.keepPerReason = m_perReasonCount->value();
    if (m_perHost->isChecked())
        rule.keepPerHost = m_perHostCount->value();
    return rule;
}

void SampleCleanupDialog::setRule(const SampleRetentionRule &rule)
{
    if (!m_byRule)
        return;
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_olderThan),      QSignalBlocker(m_perReason),
        QSignalBlocker(m_perHost),        QSignalBlocker(m_olderThanDays),
        QSignalBlocker(m_perReasonCount), QSignalBlocker(m_perHostCount)};
    m_olderThan->setChecked(rule.olderThanDays >= 0);
    m_olderThanDays->setEnabled(rule.olderThanDays >= 0);
    if (rule.olderThanDays >= 0)
        m_olderThanDays->setValue(rule.olderThanDays);
    m_perReason->setChecked(rule.keepPerReason >= 0);
    m_perReasonCount->setEnabled(rule.keepPerReason >= 0);
    if (rule.keepPerReason >= 0)
        m_perReasonCount->setValue(rule.keepPerReason);
    m_perHost->setChecked(rule.keepPerHost >= 0);
    m_perHostCount->setEnabled(rule.keepPerHost >= 0);
    if (rule.keepPerHost >= 0)
        m_perHostCount->setValue(rule.keepPerHost);
    updatePlan();
}

QList<CleanupJobRequest> SampleCleanupDialog::requests() const
{
    return sampleCleanupRequests(m_chosen, m_nowMs);
}

void SampleCleanupDialog::updatePlan()
{
    m_chosen.clear();
    if (m_byRule) {
        for (const qsizetype i : samplesToRemove(m_samples, rule()))
            m_chosen.append(m_samples[i]);
    } else {
        m_chosen = m_samples;
    }
    qint64 bytes = 0;
    qint64 localCount = 0;
    qint64 localBytes = 0;
    QSet<QString> hosts;
    for (const SampleRecord &sample : std::as_const(m_chosen)) {
        bytes += sample.sizeBytes;
        if (sample.source.host.isEmpty()) {
            ++localCount;
            localBytes += sample.sizeBytes;
        } else {
            hosts.insert(sample.source.host);
        }
    }
    const int count = int(m_chosen.size());
    QString summary;
    if (m_byRule && rule().isEmpty()) {
        summary = tr("Tick at least one rule.");
    } else if (count == 0) {
        summary = tr("No sample matches: nothing would be removed.");
    } else {
        summary = tr("Would remove %n sample(s), %1.", nullptr, count).arg(formatDataSize(bytes));
        if (localCount > 0)
            summary += QLatin1Char(' ') +
                       tr("%n on this machine go to the trash (%1, freed when it is emptied).",
                          nullptr, int(localCount))
                           .arg(formatDataSize(localBytes));
        if (!hosts.isEmpty())
            summary +=
                QLatin1Char(' ') +
                tr("%n on %1 go to the quarantine folder of their ply_files.", nullptr,
                   count - int(localCount))
                    .arg(QStringList(hosts.cbegin(), hosts.cend()).join(QStringLiteral(", ")));
        summary += QLatin1Char(' ') + tr("The cleanup runs as a job of the queue: a sample "
                                         "changed since this plan is kept.");
    }
    // A root the cleanup would refuse (a ply_files that is a drive's root, say) is
    // refused here already, in the job's words.
    bool refused = false;
    for (const CleanupJobRequest &request : sampleCleanupRequests(m_chosen, m_nowMs)) {
        if (const QString refusal = cleanupRootRefusalByName(request); !refusal.isEmpty()) {
            summary = refusal;
            refused = true;
            break;
        }
    }
    m_summary->setText(summary);
    m_files->clear();
    for (int i = 0; i < std::min(count, kListedFiles); ++i) {
        const SampleRecord &sample = m_chosen[i];
        const QString where = sample.source.host.isEmpty()
                                  ? sample.absolutePath()
                                  : sample.source.host + QLatin1Char(':') + sample.absolutePath();
        m_files->addItem(tr("%1  (%2, %3)")
                             .arg(where, formatDataSize(sample.sizeBytes),
                                  sample.log && !sample.reason().isEmpty() ? sample.reason()
                                                                           : tr("not in the log")));
    }
    if (count > kListedFiles)
        m_files->addItem(tr("… and %n more", nullptr, count - kListedFiles));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(count > 0 && !refused);
}

} // namespace qm
