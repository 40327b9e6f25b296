#include "settings.h"

#include "core/alerts/alertrules.h"
#include "core/health/daemons.h"
#include "core/health/healthcheckset.h"
#include "core/history/historyretention.h"
#include "core/hosts/probehost.h"
#include "core/probes/datacategories.h"
#include "core/storage/backuplink.h"
#include "core/volumes/usagelevel.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <limits>

namespace qm {

namespace {
const QString kRefreshInterval = QStringLiteral("dashboard/refreshIntervalSeconds");
const QString kShowSystemVolumes = QStringLiteral("dashboard/showSystemVolumes");
const QString kAlertNotifications = QStringLiteral("alerts/notifications");
const QString kJobFailureNotifications = QStringLiteral("jobs/failureNotifications");
const QString kProbedConfigs = QStringLiteral("probes/enabledConfigs");
const QString kProbeInterval = QStringLiteral("probes/intervalSeconds");
const QString kDataCategories = QStringLiteral("probes/dataCategories");
const QString kDaemonRules = QStringLiteral("probes/daemonRules");
const QString kLocalDataRoots = QStringLiteral("probes/localDataRoots");
const QString kSampleDataDirectories = QStringLiteral("samples/dataDirectories");
const QString kLogConnections = QStringLiteral("logs/connections");
const QString kStorageScanRules = QStringLiteral("storage/scanRules");
const QString kStorageTextfileDirectory = QStringLiteral("storage/textfileDirectory");
const QString kStorageBackups = QStringLiteral("storage/backups");
const QString kHealthChecks = QStringLiteral("health/checks");
const QString kDaemons = QStringLiteral("health/daemons");
const QString kSampleCacheBytes = QStringLiteral("samples/cacheBytes");
constexpr qint64 kDefaultSampleCacheBytes = 2LL * 1024 * 1024 * 1024;
constexpr qint64 kMinSampleCacheBytes = 64LL * 1024 * 1024;
const QString kRawDays = QStringLiteral("history/rawDays");
const QString kHourlyDays = QStringLiteral("history/hourlyDays");
// hosts/<percent-encoded name>/<key>: a host name may hold a '/'.
const QString kHostsGroup = QStringLiteral("hosts");
const QString kHostNodeExporter = QStringLiteral("nodeExporterUrl");
const QString kHostInterval = QStringLiteral("probeIntervalSeconds");

QString hostKey(const QString &host, const QString &key)
{
    return QStringLiteral("%1/%2/%3")
        .arg(kHostsGroup, QString::fromLatin1(QUrl::toPercentEncoding(host)), key);
}

std::chrono::seconds clampedInterval(qint64 secs)
{
    return std::chrono::seconds(std::clamp<qint64>(secs, 60, 24 * 3600));
}
HistoryRetention clampedRetention(const HistoryRetention &retention)
{
    const int raw = std::clamp(retention.rawDays, 1, Settings::kMaxRawDays);
    return {raw, std::clamp(retention.hourlyDays, raw, Settings::kMaxHourlyDays)};
}
const QString kRecentFiles = QStringLiteral("files/recent");
const QString kSidebarVisible = QStringLiteral("window/sidebarVisible");
const QString kWindowGroup = QStringLiteral("window/");
const QString kTrendsTicked = QStringLiteral("trends/tickedVolumes");
const QString kTrendsListed = QStringLiteral("trends/listedVolumes");

/// Volumes as a flat list host, mount, host, mount, ...: any name survives the INI file.
QStringList flatVolumes(const QList<QPair<QString, QString>> &volumes)
{
    QStringList flat;
    for (const auto &[host, mount] : volumes)
        flat << host << mount;
    return flat;
}

QList<QPair<QString, QString>> volumePairs(const QStringList &flat)
{
    QList<QPair<QString, QString>> volumes;
    for (qsizetype i = 0; i + 1 < flat.size(); i += 2)
        volumes.append({flat.at(i), flat.at(i + 1)});
    return volumes;
}
} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{}

Settings::Settings(const QString &iniPath, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

Settings::~Settings() = default;

std::unique_ptr<Settings> Settings::ofDesktopApp()
{
    auto settings = std::make_unique<Settings>();
    settings->m_settings = std::make_unique<QSettings>(
        QSettings::UserScope, QStringLiteral("Quartermaster"), QStringLiteral("quartermaster"));
    return settings;
}

std::chrono::seconds Settings::refreshInterval() const
{
    const int seconds = m_settings->value(kRefreshInterval, kDefaultRefreshSeconds).toInt();
    return std::chrono::seconds(std::clamp(seconds, kMinRefreshSeconds, kMaxRefreshSeconds));
}

void Settings::setRefreshInterval(std::chrono::seconds interval)
{
    const auto seconds = std::clamp(int(interval.count()), kMinRefreshSeconds, kMaxRefreshSeconds);
    if (seconds == refreshInterval().count())
        return;
    m_settings->setValue(kRefreshInterval, seconds);
    Q_EMIT refreshIntervalChanged();
}

bool Settings::alertNotifications() const
{
    return m_settings->value(kAlertNotifications, true).toBool();
}

bool Settings::jobFailureNotifications() const
{
    return m_settings->value(kJobFailureNotifications, true).toBool();
}

void Settings::setJobFailureNotifications(bool notify)
{
    m_settings->setValue(kJobFailureNotifications, notify);
}

void Settings::setAlertNotifications(bool notify)
{
    if (notify == alertNotifications())
        return;
    m_settings->setValue(kAlertNotifications, notify);
    Q_EMIT alertNotificationsChanged(notify);
}

bool Settings::showSystemVolumes() const
{
    return m_settings->value(kShowSystemVolumes, false).toBool();
}

void Settings::setShowSystemVolumes(bool show)
{
    if (show == showSystemVolumes())
        return;
    m_settings->setValue(kShowSystemVolumes, show);
    Q_EMIT showSystemVolumesChanged(show);
}

bool Settings::probingEnabled(const QString &configPath) const
{
    return m_settings->value(kProbedConfigs)
        .toStringList()
        .contains(QFileInfo(configPath).absoluteFilePath());
}

void Settings::setProbingEnabled(const QString &configPath, bool enabled)
{
    if (configPath.isEmpty() || enabled == probingEnabled(configPath))
        return;
    QStringList configs = m_settings->value(kProbedConfigs).toStringList();
    const QString path = QFileInfo(configPath).absoluteFilePath();
    if (enabled)
        configs.append(path);
    else
        configs.removeAll(path);
    m_settings->setValue(kProbedConfigs, configs);
    Q_EMIT probingChanged();
}

std::chrono::seconds Settings::probeInterval() const
{
    return clampedInterval(m_settings->value(kProbeInterval, 300).toLongLong());
}

void Settings::setProbeInterval(std::chrono::seconds interval)
{
    const qint64 secs = clampedInterval(interval.count()).count();
    if (secs == probeInterval().count())
        return;
    m_settings->setValue(kProbeInterval, secs);
    Q_EMIT probingChanged();
}

HistoryRetention Settings::historyRetention() const
{
    const HistoryRetention defaults;
    return clampedRetention({m_settings->value(kRawDays, defaults.rawDays).toInt(),
                             m_settings->value(kHourlyDays, defaults.hourlyDays).toInt()});
}

void Settings::setHistoryRetention(const HistoryRetention &retention)
{
    const HistoryRetention clamped = clampedRetention(retention);
    const HistoryRetention current = historyRetention();
    if (clamped.rawDays == current.rawDays && clamped.hourlyDays == current.hourlyDays)
        return;
    m_settings->setValue(kRawDays, clamped.rawDays);
    m_settings->setValue(kHourlyDays, clamped.hourlyDays);
    Q_EMIT historyRetentionChanged();
}

QList<DataCategory> Settings::dataCategories() const
{
    QList<DataCategory> categories;
    QString error;
    const QString text = m_settings->value(kDataCategories).toString();
    if (text.trimmed().isEmpty() || !parseDataCategories(text, &categories, &error) ||
        categories.isEmpty())
        return defaultDataCategories();
    return categories;
}

void Settings::setDataCategories(const QList<DataCategory> &categories)
{
    if (categories == dataCategories())
        return;
    if (categories == defaultDataCategories())
        m_settings->remove(kDataCategories);
    else
        m_settings->setValue(kDataCategories, formatDataCategories(categories));
    Q_EMIT probingChanged();
}

QList<DataCategory> Settings::daemonRules() const
{
    QList<DataCategory> rules;
    QString error;
    if (!m_settings->contains(kDaemonRules) ||
        !parseDataCategories(m_settings->value(kDaemonRules).toString(), &rules, &error))
        return defaultDaemonRules();
    return rules; // may be empty: the user expects no process anywhere
}

void Settings::setDaemonRules(const QList<DataCategory> &rules)
{
    if (rules == daemonRules())
        return;
    if (rules == defaultDaemonRules())
        m_settings->remove(kDaemonRules);
    else
        m_settings->setValue(kDaemonRules, formatDataCategories(rules));
    Q_EMIT probingChanged();
}

QStringList Settings::localDataRoots() const
{
    return m_settings->value(kLocalDataRoots).toStringList();
}

void Settings::setLocalDataRoots(const QStringList &roots)
{
    if (roots == localDataRoots())
        return;
    m_settings->setValue(kLocalDataRoots, roots);
    Q_EMIT probingChanged();
}

QStringList Settings::sampleDataDirectories() const
{
    return m_settings->value(kSampleDataDirectories).toStringList();
}

void Settings::setSampleDataDirectories(const QStringList &directories)
{
    if (directories == sampleDataDirectories())
        return;
    m_settings->setValue(kSampleDataDirectories, directories);
    Q_EMIT samplesChanged();
}

QJsonObject Settings::storageScanRule(const QString &location) const
{
    const QJsonObject rules =
        QJsonDocument::fromJson(m_settings->value(kStorageScanRules).toByteArray()).object();
    return rules.value(location).toObject();
}

void Settings::setStorageScanRule(const QString &location, const QJsonObject &rule)
{
    QJsonObject rules =
        QJsonDocument::fromJson(m_settings->value(kStorageScanRules).toByteArray()).object();
    rules.insert(location, rule);
    m_settings->setValue(kStorageScanRules, QJsonDocument(rules).toJson(QJsonDocument::Compact));
}

QString Settings::storageTextfileDirectory() const
{
    return m_settings->value(kStorageTextfileDirectory).toString();
}

void Settings::setStorageTextfileDirectory(const QString &directory)
{
    if (directory == storageTextfileDirectory())
        return;
    if (directory.isEmpty())
        m_settings->remove(kStorageTextfileDirectory);
    else
        m_settings->setValue(kStorageTextfileDirectory, directory);
    Q_EMIT storageTextfileDirectoryChanged();
}

QList<BackupLink> Settings::backupLinks() const
{
    return backupLinksFromJson(
        QJsonDocument::fromJson(m_settings->value(kStorageBackups).toByteArray()).array());
}

void Settings::setBackupLinks(const QList<BackupLink> &links)
{
    if (links == backupLinks())
        return;
    if (links.isEmpty())
        m_settings->remove(kStorageBackups);
    else
        m_settings->setValue(
            kStorageBackups,
            QJsonDocument(backupLinksToJson(links)).toJson(QJsonDocument::Compact));
    Q_EMIT backupLinksChanged();
}

QList<SavedHealthCheck> Settings::healthChecks() const
{
    QList<SavedHealthCheck> checks;
    const QJsonArray saved =
        QJsonDocument::fromJson(m_settings->value(kHealthChecks).toByteArray()).array();
    for (const QJsonValue item : saved) {
        QString error;
        if (std::optional<SavedHealthCheck> check =
                savedHealthCheckFromJson(item.toObject(), &error))
            checks << *check;
    }
    return checks;
}

void Settings::setHealthChecks(const QList<SavedHealthCheck> &checks)
{
    if (checks == healthChecks())
        return;
    QJsonArray array;
    for (const SavedHealthCheck &check : checks)
        array.append(savedHealthCheckJson(check));
    if (checks.isEmpty())
        m_settings->remove(kHealthChecks);
    else
        m_settings->setValue(kHealthChecks, QJsonDocument(array).toJson(QJsonDocument::Compact));
    Q_EMIT healthChecksChanged();
}

QList<DaemonSpec> Settings::daemons() const
{
    QList<DaemonSpec> daemons;
    const QJsonArray saved =
        QJsonDocument::fromJson(m_settings->value(kDaemons).toByteArray()).array();
    for (const QJsonValue item : saved) {
        QString error;
        if (std::optional<DaemonSpec> daemon = daemonSpecFromJson(item.toObject(), &error))
            daemons << *daemon;
    }
    return daemons;
}

void Settings::setDaemons(const QList<DaemonSpec> &daemons)
{
    if (daemons == this->daemons())
        return;
    QJsonArray array;
    for (const DaemonSpec &daemon : daemons)
        array.append(daemonSpecJson(daemon));
    if (daemons.isEmpty())
        m_settings->remove(kDaemons);
    else
        m_settings->setValue(kDaemons, QJsonDocument(array).toJson(QJsonDocument::Compact));
    Q_EMIT daemonsChanged();
}

QStringList Settings::logConnections() const
{
    return m_settings->value(kLogConnections).toStringList();
}

void Settings::setLogConnections(const QStringList &uris)
{
    m_settings->setValue(kLogConnections, uris);
}

qint64 Settings::sampleCacheBytes() const
{
    bool ok = false;
    const qint64 bytes = m_settings->value(kSampleCacheBytes).toLongLong(&ok);
    return ok ? std::max(bytes, kMinSampleCacheBytes) : kDefaultSampleCacheBytes;
}

void Settings::setSampleCacheBytes(qint64 bytes)
{
    bytes = std::max(bytes, kMinSampleCacheBytes);
    if (bytes == sampleCacheBytes())
        return;
    m_settings->setValue(kSampleCacheBytes, bytes);
    Q_EMIT samplesChanged();
}

QString Settings::nodeExporterUrl(const QString &host) const
{
    return m_settings->value(hostKey(host, kHostNodeExporter)).toString();
}

void Settings::setNodeExporterUrl(const QString &host, const QString &url)
{
    if (url.trimmed() == nodeExporterUrl(host))
        return;
    if (url.trimmed().isEmpty())
        m_settings->remove(hostKey(host, kHostNodeExporter));
    else
        m_settings->setValue(hostKey(host, kHostNodeExporter), url.trimmed());
    Q_EMIT probingChanged();
}

std::chrono::seconds Settings::hostProbeInterval(const QString &host) const
{
    const qint64 secs = m_settings->value(hostKey(host, kHostInterval), 0).toLongLong();
    return secs > 0 ? clampedInterval(secs) : std::chrono::seconds(0);
}

void Settings::setHostProbeInterval(const QString &host, std::chrono::seconds interval)
{
    const std::chrono::seconds value =
        interval.count() > 0 ? clampedInterval(interval.count()) : std::chrono::seconds(0);
    if (value == hostProbeInterval(host))
        return;
    if (value.count() == 0)
        m_settings->remove(hostKey(host, kHostInterval));
    else
        m_settings->setValue(hostKey(host, kHostInterval), qint64(value.count()));
    Q_EMIT probingChanged();
}

template <typename T>
QHash<QString, T> Settings::perHost(const QString &key,
                                    T (Settings::*read)(const QString &) const) const
{
    QHash<QString, T> values;
    m_settings->beginGroup(kHostsGroup);
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &group : groups) {
        if (!m_settings->contains(QStringLiteral("%1/%2/%3").arg(kHostsGroup, group, key)))
            continue;
        const QString host = QUrl::fromPercentEncoding(group.toLatin1());
        values.insert(host, (this->*read)(host));
    }
    return values;
}

QHash<QString, QString> Settings::nodeExporterUrls() const
{
    return perHost(kHostNodeExporter, &Settings::nodeExporterUrl);
}

QHash<QString, std::chrono::seconds> Settings::hostProbeIntervals() const
{
    return perHost(kHostInterval, &Settings::hostProbeInterval);
}

QStringList Settings::recentFiles() const
{
    return m_settings->value(kRecentFiles).toStringList().mid(0, kMaxRecentFiles);
}

void Settings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    setRecentFiles(files.mid(0, kMaxRecentFiles));
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    if (files.removeAll(path) > 0)
        setRecentFiles(files);
}

void Settings::clearRecentFiles()
{
    if (!recentFiles().isEmpty())
        setRecentFiles({});
}

void Settings::setRecentFiles(const QStringList &files)
{
    m_settings->setValue(kRecentFiles, files);
    Q_EMIT recentFilesChanged();
}

bool Settings::sidebarVisible() const
{
    return m_settings->value(kSidebarVisible, true).toBool();
}

void Settings::setSidebarVisible(bool visible)
{
    m_settings->setValue(kSidebarVisible, visible);
}

QByteArray Settings::windowState(const QString &name) const
{
    return m_settings->value(kWindowGroup + name).toByteArray();
}

void Settings::setWindowState(const QString &name, const QByteArray &state)
{
    m_settings->setValue(kWindowGroup + name, state);
}

std::optional<Settings::TrendVolumes> Settings::trendVolumes() const
{
    if (!m_settings->contains(kTrendsListed))
        return std::nullopt;
    return TrendVolumes{volumePairs(m_settings->value(kTrendsTicked).toStringList()),
                        volumePairs(m_settings->value(kTrendsListed).toStringList())};
}

void Settings::setTrendVolumes(const TrendVolumes &volumes)
{
    m_settings->setValue(kTrendsTicked, flatVolumes(volumes.ticked));
    m_settings->setValue(kTrendsListed, flatVolumes(volumes.listed));
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace qm
