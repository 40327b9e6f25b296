#pragma once

#include "core/jobkinds/jobkindcatalogue.h"
#include "core/jobs/jobschedules.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProcess;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QTimeEdit;

namespace qm {

class JobQueueService;

/// New Job (the Jobs page, the Space page's Clean up… and Archive…, "Run again with
/// changes", a schedule's Edit): any kind built from arguments — sync, archive,
/// cleanup, probe — as a form, reviewed before anything is queued. Review builds the
/// job as `qmctl jobs add` does (JobKindCatalogue::fromArguments, off the GUI thread)
/// and shows what qmctl would print: the plan of a job that removes anything, the dry
/// run of a sync (its checks: an empty source, external storage not mounted, a full
/// destination), or why it is refused. Queue (or Schedule) stays off until the form as
/// it stands has been reviewed; the job is queued with the plan that was shown.
///
/// Sync endpoints are offered from the open config (each host's storage paths and
/// external storage as HOST:/path, the routing's receivers of the source's data kind
/// first), this machine's folders (Browse…) and the rclone remotes of the user's
/// rclone config; anything may be typed.
class NewJobDialog : public QDialog
{
    Q_OBJECT

public:
    /// `service` (not owned) queues and schedules; its environment (config, ssh) is
    /// what the job is built in.
    explicit NewJobDialog(JobQueueService *service, QWidget *parent = nullptr);
    ~NewJobDialog() override;

    /// Opens New Job (window-modal, deleted when closed) over `parent`, filled with a job
    /// of kind `key` (empty: the first kind) built from `arguments`.
    static NewJobDialog *openFor(JobQueueService *service, const QString &key,
                                 const JobArguments &arguments, QWidget *parent);

    /// Fills the form with a job of kind `key` built from `arguments`.
    void setJob(const QString &key, const JobArguments &arguments);
    /// Sets When to daily at `at` (a nightly task, as a lifecycle rule runs).
    void setDailyAt(const QTime &at);
    /// Edits `schedule` (its job and times): the button saves it in place.
    void editSchedule(const JobSchedule &schedule);
    /// Opens on "repeat" rather than "now".
    void setScheduled(bool scheduled);

    /// The kind chosen, and the form as arguments.
    QString kindKey() const;
    JobArguments arguments() const;
    /// Whether the form as it stands has been reviewed and can be queued.
    bool isReviewed() const { return m_reviewed.has_value(); }
    /// Whether a review is running.
    bool isReviewing() const { return m_reviewing; }
    /// What the review showed (the plan, the dry run, or why not).
    QString reviewText() const;

public Q_SLOTS:
    /// Builds the job from the form off the GUI thread; reviewed() follows.
    void review();
    /// Queues (or schedules) the reviewed job and closes; nothing when not reviewed.
    void accept() override;

Q_SIGNALS:
    /// A review ended: `ok` when the job can be queued.
    void reviewed(bool ok);

private:
    struct Reviewed
    {
        PreparedJob job;
    };
    void buildForm();
    void fillSuggestions();
    void readRcloneRemotes();
    void suggestReceivers();
    void formChanged();
    void showReview(quint64 serial, const JobFromArguments &made);
    void updateButtons();
    /// The schedule the "repeat" choices describe, for `spec`.
    std::optional<JobSchedule> scheduleFor(const JobSpec &spec, QString *error) const;
    bool repeats() const;

    QPointer<JobQueueService> m_service;
    QProcess *m_rclone = nullptr; ///< `rclone listremotes` while it runs
    QComboBox *m_kind;
    QStackedWidget *m_forms;
    // sync
    QComboBox *m_syncSource;
    QComboBox *m_syncDestination;
    QCheckBox *m_syncDelete;
    QSpinBox *m_syncMaxDelete;
    QCheckBox *m_syncPush;
    // archive
    QLineEdit *m_archiveRoot;
    QLineEdit *m_archiveDestination;
    QSpinBox *m_archiveDays;
    QComboBox *m_archiveFormat;
    // cleanup
    QLineEdit *m_cleanupRoot;
    QSpinBox *m_cleanupDays;
    QLineEdit *m_cleanupPatterns;
    QCheckBox *m_cleanupEmptyQuarantine;
    // probe
    QComboBox *m_probeHost;
    QComboBox *m_retentionDatabase;
    QSpinBox *m_retentionHours;
    QLineEdit *m_orphansPlan;
    QSpinBox *m_orphansMaxObjects;
    QLineEdit *m_orphansMaxBytes;
    QSpinBox *m_orphansBatch;
    QLineEdit *m_lifecycleLocation;
    QCheckBox *m_lifecycleScanOnly;
    QSpinBox *m_lifecycleMaxObjects;
    QLineEdit *m_lifecycleMaxBytes;
    QSpinBox *m_lifecycleBatch;
    QLineEdit *m_listingLocation;
    QLineEdit *m_rotatePath;
    QSpinBox *m_rotateMaxMb;
    QSpinBox *m_rotateMaxDays;
    QSpinBox *m_rotateKeep;
    QComboBox *m_rotateFormat;
    QComboBox *m_daemonHost;
    QComboBox *m_daemonName;
    QComboBox *m_daemonAction;
    // when
    QRadioButton *m_now;
    QRadioButton *m_every;
    QRadioButton *m_daily;
    QSpinBox *m_everyCount;
    QComboBox *m_everyUnit;
    QTimeEdit *m_dailyAt;
    QCheckBox *m_catchUp;
    // review
    QPlainTextEdit *m_review;
    QLabel *m_reviewState;
    QPushButton *m_reviewButton;
    QPushButton *m_queueButton;
    QStringList m_receiverSuggestions; ///< destinations offered for the source's kind
    std::optional<Reviewed> m_reviewed;
    std::optional<JobSchedule> m_editing;
    quint64 m_serial = 0;
    bool m_reviewing = false;
    bool m_filling = false;    ///< setJob is filling the form
    bool m_unreadable = false; ///< the schedule edited has a job the form cannot say
};

} // namespace qm
