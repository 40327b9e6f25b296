#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPair>
#include <QSettings>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

namespace qm {

// What the settings hold is declared by the features it belongs to; their headers are
// included where the values are used, not here.
enum class AlertRuleKind;
struct AlertRule;
struct AlertRules;
struct BackupLink;
struct SavedHealthCheck;
struct DaemonSpec;
struct CategoryLimit;
struct LocationLimit;
struct DataCategory;
struct HistoryRetention;
struct UsageThresholds;

/// The one typed registry of the application's settings, over QSettings. Each setting
/// has a getter with its default, a setter that validates and stores, and a change
/// signal, so views follow changes made elsewhere (the Preferences dialog).
///
/// The default constructor uses the platform's settings store for the organisation and
/// application names set on QCoreApplication. Tests pass an INI file path instead.
class Settings : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxRecentFiles = 10;
    static constexpr int kDefaultRefreshSeconds = 30;
    static constexpr int kMinRefreshSeconds = 2;
    static constexpr int kMaxRefreshSeconds = 24 * 3600;
    static constexpr int kMaxRawDays = 366;
    static constexpr int kMaxHourlyDays = 10 * 366;

    explicit Settings(QObject *parent = nullptr);
    /// Settings kept in the INI file `iniPath` (created on the first write).
    explicit Settings(const QString &iniPath, QObject *parent = nullptr);
    /// The desktop app's settings, read from another program (qmctl), so both keep the
    /// same history retention.
    static std::unique_ptr<Settings> ofDesktopApp();
    ~Settings() override;

    /// Warning and critical free-space thresholds (default 20 % and 10 %).
    UsageThresholds usageThresholds() const;
    /// Stores `thresholds` if valid (see UsageThresholds::isValid()); returns false and
    /// changes nothing otherwise. They are the VolumeFree alert rule's thresholds too,
    /// so a change also emits alertRulesChanged.
    bool setUsageThresholds(const UsageThresholds &thresholds);

    /// The alert rule of `kind` (default: AlertRule::defaults()). VolumeFree's warning
    /// and critical thresholds are usageThresholds(): kept once, edited in either place.
    /// A stored rule that is not valid (a hand-edited file) gives the default.
    AlertRule alertRule(AlertRuleKind kind) const;
    /// Stores `rule` if valid (AlertRule::isValid()); VolumeFree's thresholds go to
    /// usageThresholds(). Returns false and changes nothing otherwise.
    bool setAlertRule(const AlertRule &rule);
    /// Size limits of the CategorySize alert rule (default: defaultCategoryLimits(),
    /// rejected PLY samples at 300 GB); may be empty.
    QList<CategoryLimit> alertCategoryLimits() const;
    /// Stores `limits` if each names a category once with a limit above zero; returns
    /// false and changes nothing otherwise.
    bool setAlertCategoryLimits(const QList<CategoryLimit> &limits);
    /// Size limits of the LocationFull alert rule (default: none). A hand-edited value
    /// that does not parse gives none.
    QList<LocationLimit> alertLocationLimits() const;
    /// Every alert rule and the category and location limits, as AlertMonitor takes them.
    AlertRules alertRules() const;
    /// Stores all of `rules` if every rule and the limits are valid, with one
    /// alertRulesChanged; returns false and changes nothing otherwise.
    bool setAlertRules(const AlertRules &rules);

    /// Interval of the dashboard's automatic refresh (default 30 s), clamped to
    /// [kMinRefreshSeconds, kMaxRefreshSeconds].
    std::chrono::seconds refreshInterval() const;
    void setRefreshInterval(std::chrono::seconds interval);

    /// Whether pseudo and runtime filesystems are shown (default: hidden).
    /// Whether a raised alert shows a desktop notification (default true).
    bool alertNotifications() const;
    void setAlertNotifications(bool notify);

    /// Whether a job that failed for good shows a desktop notification (default true).
    bool jobFailureNotifications() const;
    void setJobFailureNotifications(bool notify);

    bool showSystemVolumes() const;
    void setShowSystemVolumes(bool show);

    /// Most recently opened config files, newest first, at most kMaxRecentFiles.
    QStringList recentFiles() const;
    /// Moves `path` (made absolute) to the front of the recent files.
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();

    /// Whether the main window's navigation sidebar is shown (default: yes).
    bool sidebarVisible() const;
    void setSidebarVisible(bool visible);

    /// Whether the hosts of the config at `configPath` are probed periodically. Off for
    /// a config never seen before (docs/architecture.md, "Probing and the history": probing is
    /// the user's decision).
    bool probingEnabled(const QString &configPath) const;
    void setProbingEnabled(const QString &configPath, bool enabled);
    /// Interval of periodic probes (default 5 min), clamped to [1 min, 24 h].
    std::chrono::seconds probeInterval() const;
    void setProbeInterval(std::chrono::seconds interval);
    /// How long the history keeps raw samples and hourly rollups (default 14 days and
    /// 1 year; daily rollups stay forever). Raw is clamped to [1, kMaxRawDays] days,
    /// hourly to [raw, kMaxHourlyDays].
    HistoryRetention historyRetention() const;
    void setHistoryRetention(const HistoryRetention &retention);

    /// The volumes ticked on the Trends page ("host", "mount" pairs), with all the
    /// volumes it listed when they were stored: a volume listed later that is not among
    /// them is new to the history (a host probed or imported since) and starts ticked,
    /// while one the user unticked stays so. nullopt until the page first stores them.
    struct TrendVolumes
    {
        QList<QPair<QString, QString>> ticked;
        QList<QPair<QString, QString>> listed;
    };
    std::optional<TrendVolumes> trendVolumes() const;
    void setTrendVolumes(const TrendVolumes &volumes);

    /// The data categories a scan counts (default: defaultDataCategories()).
    QList<DataCategory> dataCategories() const;
    void setDataCategories(const QList<DataCategory> &categories);
    /// Processes expected per role or host name glob ("coordinator: unified_data_sync
    /// s3_backup_daemon"); default: defaultDaemonRules().
    QList<DataCategory> daemonRules() const;
    void setDaemonRules(const QList<DataCategory> &rules);
    /// Data roots of this machine to scan besides those the config names.
    QStringList localDataRoots() const;
    void setLocalDataRoots(const QStringList &roots);

    /// The orphan scan last made of `location` on the Storage page (its reference
    /// source, prefixes, minimum age and share limit, as the page writes them); empty
    /// when there was none.
    QJsonObject storageScanRule(const QString &location) const;
    /// The folder of node_exporter's textfile collector the storage gauges are written
    /// to after every orphan scan (default: none, not written).
    QString storageTextfileDirectory() const;
    void setStorageTextfileDirectory(const QString &directory);
    void setStorageScanRule(const QString &location, const QJsonObject &rule);
    /// The locations named as backups of a host's data kind (Storage page, "Backup
    /// Of…"): the replication measurement counts their copies and the Stale backup alert
    /// watches them.
    QList<BackupLink> backupLinks() const;
    void setBackupLinks(const QList<BackupLink> &links);

    /// The saved health checks (docs/health.md), in the order shown; a hand-edited entry
    /// that cannot be read is left out.
    QList<SavedHealthCheck> healthChecks() const;
    void setHealthChecks(const QList<SavedHealthCheck> &checks);
    /// The daemons that should run (docs/health.md, "Daemons"); an entry that cannot be
    /// read is left out.
    QList<DaemonSpec> daemons() const;
    void setDaemons(const QList<DaemonSpec> &daemons);

    /// Miner data directories of this machine the Samples page reads, besides the
    /// `data_dir` of each host of the config.
    QStringList sampleDataDirectories() const;
    void setSampleDataDirectories(const QStringList &directories);
    /// The databases of `system_logs` the Logs page offers besides this machine's
    /// embedded file: URIs without passwords (a typed password is kept for the session
    /// only; ~/.pgpass remembers it).
    QStringList logConnections() const;
    void setLogConnections(const QStringList &uris);
    /// How many bytes the cache of fetched remote samples may hold (default 2 GiB,
    /// at least 64 MiB).
    qint64 sampleCacheBytes() const;
    void setSampleCacheBytes(qint64 bytes);

    /// Per host (by name), over the config: a node_exporter URL (empty: the config's)
    /// and an own probe interval (zero: the default), clamped like probeInterval().
    QString nodeExporterUrl(const QString &host) const;
    void setNodeExporterUrl(const QString &host, const QString &url);
    QHash<QString, QString> nodeExporterUrls() const;
    std::chrono::seconds hostProbeInterval(const QString &host) const;
    void setHostProbeInterval(const QString &host, std::chrono::seconds interval);
    QHash<QString, std::chrono::seconds> hostProbeIntervals() const;

    /// Opaque state blobs of the window (geometry, splitters, headers), by name.
    QByteArray windowState(const QString &name) const;
    void setWindowState(const QString &name, const QByteArray &state);

    /// Writes pending changes to permanent storage.
    void sync();

Q_SIGNALS:
    void usageThresholdsChanged();
    /// An alert rule, the category limits or the usage thresholds changed.
    void alertRulesChanged();
    void refreshIntervalChanged();
    void alertNotificationsChanged(bool notify);
    void showSystemVolumesChanged(bool show);
    void recentFilesChanged();
    void probingChanged();
    void historyRetentionChanged();
    void samplesChanged();
    void storageTextfileDirectoryChanged();
    void backupLinksChanged();
    void healthChecksChanged();
    void daemonsChanged();

private:
    void setRecentFiles(const QStringList &files);
    /// Writes `rule` (valid) without signals; true when something changed, and
    /// `thresholdsChanged` when VolumeFree's thresholds did.
    bool writeAlertRule(const AlertRule &rule, bool *thresholdsChanged);
    bool writeCategoryLimits(const QList<CategoryLimit> &limits);
    bool writeLocationLimits(const QList<LocationLimit> &limits);
    template <typename T>
    QHash<QString, T> perHost(const QString &key, T (Settings::*read)(const QString &) const) const;

    std::unique_ptr<QSettings> m_settings;
};

} // namespace qm
