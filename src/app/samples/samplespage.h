#pragma once

#include "core/cleanup/cleanupjob.h"
#include "core/config/fleetconfig.h"
#include "core/remote/fleetaccess.h"
#include "core/samples/samplecache.h"
#include "core/samples/sampleindex.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <atomic>
#include <memory>

class QAction;
class QLabel;
class QListView;
class QProgressBar;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace qm {

class JobQueueService;
class MinerSettingsView;
class ReasonChart;
class SampleFilterBar;
class SampleDetails;
class SamplesFilterModel;
class SamplesModel;
class Settings;
class ThumbnailCache;

/// The Samples page: every sample the miners kept — in the data directories of this
/// machine the person added, and the `data_dir` of each host of the config — beside why
/// it was rejected. A table and a thumbnail gallery of one model, filters, a chart of
/// count and bytes per reason, the miners' settings history (a third tab), the details
/// and 3D preview of the current sample, and cleanups (the selection, or a retention
/// rule) reviewed as a plan and run as jobs of the queue. Data directories are read off
/// the GUI thread when the page is first shown and on Reload; nothing is read while the
/// page has never been shown.
class SamplesPage : public QWidget
{
    Q_OBJECT

public:
    explicit SamplesPage(Settings *settings, QWidget *parent = nullptr);
    ~SamplesPage() override;

    /// The config's hosts (their `data_dir`) and how to reach them. Reloads a second
    /// after the sources last changed (a `data_dir` being typed in the Config page is
    /// read once, when it is done), once the page has been shown.
    void setEnvironment(std::shared_ptr<const FleetConfig> config, const SshOptions &ssh);
    /// Where cleanups are queued; without one, cleanups are off (and say why).
    void setJobQueue(JobQueueService *queue);

    /// The data directories read: this machine's, then the hosts'.
    QList<SampleSource> sources() const;
    bool isLoading() const { return m_pendingSources > 0; }

    SamplesModel *model() const { return m_model; }
    SamplesFilterModel *filterModel() const { return m_filter; }
    SampleDetails *details() const { return m_details; }
    ReasonChart *chart() const { return m_chart; }
    /// The "Settings history" tab: every source's miner_config_history.jsonl changes.
    MinerSettingsView *settingsHistory() const { return m_settingsHistory; }

public Q_SLOTS:
    /// Reads every source again (cancelling a reading under way).
    void reload();
    /// Reviews the removal of the selected samples, then queues it.
    void deleteSelected();
    /// Reviews a retention rule over the samples shown, then queues it.
    void cleanUpByRule();

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// Every source of a reload has answered.
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct SourceResult;
    void applyFilters();
    void sourceRead(quint64 generation, const SourceResult &result);
    void rebuild();
    void currentChanged();
    QList<SampleRecord> selectedSamples() const;
    void queueCleanup(const QList<CleanupJobRequest> &requests);
    void jobsChanged();
    void addDataDirectory();
    void updateDirectoryMenu();
    void updateActions();
    /// The line above the filters: how many samples are shown of how many, what the
    /// filters hide, unreadable log lines and the sources' notes.
    void updateStatus();

    Settings *m_settings;
    FleetAccess m_access; ///< the config (may be null) and how to reach its hosts
    std::shared_ptr<SampleCache> m_cache;
    JobQueueService *m_queue = nullptr;
    bool m_shown = false;

    QHash<QString, SampleSourceIndex> m_indexes; ///< by SampleSource::label()
    QHash<QString, QString> m_errors;            ///< by label: why a source is missing
    QHash<QString, QString> m_cachedCopies;      ///< "host\npath" → cached local copy
    quint64 m_loadGeneration = 0;
    int m_pendingSources = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QSet<qint64> m_cleanupJobs;     ///< queued cleanups not finished yet
    QSet<QString> m_cleanupTargets; ///< their targets, until the queue names their ids
    qint64 m_badLines = 0;          ///< log lines not readable, over every source
    QStringList m_notes;            ///< why sources are missing, their warnings

    SamplesModel *m_model = nullptr;
    SamplesFilterModel *m_filter = nullptr;
    ThumbnailCache *m_thumbnails = nullptr;
    QTabWidget *m_views = nullptr;
    QTableView *m_table = nullptr;
    QListView *m_gallery = nullptr;
    MinerSettingsView *m_settingsHistory = nullptr;
    SampleDetails *m_details = nullptr;
    ReasonChart *m_chart = nullptr;
    QTimer *m_chartTimer = nullptr;
    QTimer *m_sourcesTimer = nullptr; ///< a reload a moment after the config's hosts changed
    SampleFilterBar *m_filterBar = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_loading = nullptr;
    QToolButton *m_directories = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_ruleAction = nullptr;
};

} // namespace qm
