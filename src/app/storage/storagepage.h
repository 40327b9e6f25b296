#pragma once

#include "core/history/forecast.h"
#include "core/remote/fleetaccess.h"
#include "core/storage/backuplink.h"
#include "core/storage/locationscanstore.h"
#include "core/storage/orphanscanrun.h"

#include <QFutureWatcher>
#include <QHash>
#include <QSet>
#include <QVariantList>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QTimer;
class QTreeWidget;

namespace qm {

class Settings;

/// What the Storage page shows of the history, read in a worker.
struct KnownLocations
{
    QList<LocationStatus> locations;
    QHash<QString, QVariantList> trends; ///< sizes over 90 days, oldest first
    QHash<QString, Forecast> growth;     ///< fitted over the last 30 days
    /// The largest top-level folders at each one's newest scan or listing.
    QHash<QString, QList<LocationPrefix>> prefixes;
    QString error;
};

/// The Storage page (docs/orphans.md, "The Storage page"): the storage locations
/// scanned so far with their size, objects, orphaned share and band (from the history,
/// where every scan is kept, from here or from `qmctl orphans scan`); an orphan scan of a
/// location against the keys a database query or a file references, run in a worker
/// with its progress, its refusals (a reference source that fails or is empty, a share
/// over the limit) said as they are; its plan by top-level folder, with what would be
/// freed now and what would be held in the quarantine; and from there the cleanup (New
/// Job, reviewed before it is queued), the location's quarantine emptied after a
/// confirmation, and the plan's audit log.
class StoragePage : public QWidget
{
    Q_OBJECT

public:
    explicit StoragePage(Settings *settings, QWidget *parent = nullptr);
    ~StoragePage() override;

    /// Where scans are kept (the job environment's history) and plans saved.
    void setHistoryPath(const QString &path);
    void setPlanFolder(const QString &folder);
    /// How hosts (HOST:/path) are reached.
    void setFleetAccess(const FleetAccess &access);

    /// Reads the locations again from the history, in a worker; `then` follows once they
    /// are shown.
    void refresh(const std::function<void()> &then = {});
    /// Scans what the form holds (as Scan does).
    void scan();
    /// Tests the reference source the form holds (as Test Query does).
    void testReferences();
    bool isBusy() const;
    /// Names `location` the backup of `link`'s host and kind (its location is
    /// `location`), or, with nothing, no backup (Backup Of…); kept in the settings.
    void setBackupOf(const QString &location, const std::optional<BackupLink> &link);

    QTableWidget *locationsTable() const { return m_locations; }
    QString headline() const;
    QString planPath() const { return m_lastRun.planPath; }

Q_SIGNALS:
    /// Clean Up… on the plan `planPath`: another part of the window builds the job.
    void cleanUpRequested(const QString &planPath);
    /// Schedule… on a location: with `lifecycle`, a lifecycle job that scans it nightly
    /// with the rule of its last scan and cleans what it finds; without (a location only
    /// listed, a backup), a listing job that keeps its size fresh.
    void scheduleRequested(const QString &location, bool lifecycle);
    void statusMessage(const QString &message);
    /// A scan or a reference test ended (its result is on the page).
    void finished();

private:
    void buildForm();
    /// Backup Of…: asks which host's data kind the location in the form backs up.
    void askBackupOf();
    /// Fills the form with the rule `location` was last scanned with here, or else with
    /// the one of its last plan (`planPath`, a scan made by qmctl).
    void fillFromRule(const QString &location, const QString &planPath = {});
    std::optional<OrphanScanRequest> requestFromForm(QString *error) const;
    /// The form's request when nothing runs; nothing (the reason shown) otherwise.
    std::optional<OrphanScanRequest> readyRequest();
    QJsonObject ruleFromForm() const;
    void showRun(const OrphanScanRun &run, const QString &location);
    void showLocations(const KnownLocations &known);
    void setBusy(bool busy);
    void emptyQuarantine();

    Settings *m_settings;
    QString m_historyPath;
    QString m_planFolder;
    FleetAccess m_access;

    QTableWidget *m_locations = nullptr;
    QComboBox *m_location = nullptr;
    QComboBox *m_referenceKind = nullptr;
    QStackedWidget *m_referenceForms = nullptr;
    QComboBox *m_database = nullptr;
    QPlainTextEdit *m_query = nullptr;
    QLineEdit *m_keysFile = nullptr;
    QLineEdit *m_keysColumn = nullptr;
    QLineEdit *m_stripPrefix = nullptr;
    QLineEdit *m_addPrefix = nullptr;
    QSpinBox *m_minAge = nullptr;
    QSpinBox *m_maxShare = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_scan = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_details = nullptr;
    QTreeWidget *m_plan = nullptr;
    QPushButton *m_schedule = nullptr;
    bool m_lastScanKept = false; ///< the last scan is in the history, with its rule
    /// Whether the plan box shows this page's own last scan (else a record of the history).
    bool m_showingOwnRun = false;
    KnownLocations m_knownLocations; ///< as last read from the history
    /// The locations whose last orphan scan in the history kept its rule: a lifecycle
    /// job can be scheduled for them.
    QSet<QString> m_withRule;
    QSet<QString> m_known; ///< every location the history has
    void updateSchedule();
    /// The plan box on `location` as the history has it (selected in the list): its
    /// newest scan or listing and its largest folders, its last plan ready for Clean Up….
    /// Nothing changes when the box shows this page's own scan of it.
    void showRecorded(const QString &location);
    /// Whether `location` has a scan rule a lifecycle job can take (its last orphan scan
    /// kept one, or this page just scanned it).
    bool hasScanRule(const QString &location) const;
    QPushButton *m_cleanUp = nullptr;
    QPushButton *m_quarantine = nullptr;
    QPushButton *m_audit = nullptr;
    QTimer *m_progressTimer = nullptr;

    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    std::shared_ptr<std::atomic<qint64>> m_listed;
    QFutureWatcher<OrphanScanRun> m_scanWatcher;
    QFutureWatcher<QString> m_testWatcher;
    QFutureWatcher<QString> m_emptyWatcher;
    bool m_listingQuarantine = false;
    int m_refreshGeneration = 0;
    OrphanScanRun m_lastRun;
    QString m_lastLocation;
};

} // namespace qm
