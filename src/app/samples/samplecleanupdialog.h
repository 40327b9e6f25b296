#pragma once

#include "core/cleanup/cleanupjob.h"
#include "core/samples/sampleretention.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QLabel;
class QListWidget;
class QSpinBox;
class QDialogButtonBox;

namespace qm {

/// The review step of a sample cleanup: either the samples a person selected, or those a
/// retention rule chooses among the ones given, shown as a plan — how many, how many
/// bytes, where they go (this machine's to the trash, a host's to its quarantine), and
/// the files themselves — before anything is queued. Accepting queues nothing itself:
/// the page turns requests() into cleanup jobs.
class SampleCleanupDialog : public QDialog
{
    Q_OBJECT

public:
    /// Removes exactly `selected`.
    static SampleCleanupDialog *forSelection(const QList<SampleRecord> &selected,
                                             QWidget *parent = nullptr);
    /// Removes what a rule, edited in the dialog, chooses among `samples`.
    static SampleCleanupDialog *forRule(const QList<SampleRecord> &samples,
                                        QWidget *parent = nullptr);

    /// The samples the plan removes now.
    const QList<SampleRecord> &chosen() const { return m_chosen; }
    /// The cleanup jobs that remove them: one per data directory.
    QList<CleanupJobRequest> requests() const;
    SampleRetentionRule rule() const;

    /// Edits the rule as a person would (for tests and remembered settings).
    void setRule(const SampleRetentionRule &rule);

private:
    SampleCleanupDialog(const QList<SampleRecord> &samples, bool byRule, QWidget *parent);
    void updatePlan();

    QList<SampleRecord> m_samples;
    QList<SampleRecord> m_chosen;
    bool m_byRule = false;
    qint64 m_nowMs = 0;
    QCheckBox *m_olderThan = nullptr;
    QSpinBox *m_olderThanDays = nullptr;
    QCheckBox *m_perReason = nullptr;
    QSpinBox *m_perReasonCount = nullptr;
    QCheckBox *m_perHost = nullptr;
    QSpinBox *m_perHostCount = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_files = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace qm
