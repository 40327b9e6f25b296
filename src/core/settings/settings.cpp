#include "settings.h"

#include "hosts/probehost.h"

#include <QFileInfo>

#include <algorithm>

namespace qm {

namespace {
const QString kWarningFree = QStringLiteral("dashboard/warningFreePercent");
const QString kCriticalFree = QStringLiteral("dashboard/criticalFreePercent");
const QString kRefreshInterval = QStringLiteral("dashboard/refreshIntervalSeconds");
const QString kShowSystemVolumes = QStringLiteral("dashboard/showSystemVolumes");
const QString kProbedConfigs = QStringLiteral("probes/enabledConfigs");
const QString kProbeInterval = QStringLiteral("probes/intervalSeconds");
const QString kDataCategories = QStringLiteral("probes/dataCategories");
const QString kDaemonRules = QStringLiteral("probes/daemonRules");
const QString kLocalDataRoots = QStringLiteral("probes/localDataRoots");
const QString kRecentFiles = QStringLiteral("files/recent");
const QString kSidebarVisible = QStringLiteral("window/sidebarVisible");
const QString kWindowGroup = QStringLiteral("window/");
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

UsageThresholds Settings::usageThresholds() const
{
    UsageThresholds thresholds;
    thresholds.warningFreePercent =
        m_settings->value(kWarningFree, thresholds.warningFreePercent).toDouble();
    thresholds.criticalFreePercent =
        m_settings->value(kCriticalFree, thresholds.criticalFreePercent).toDouble();
    // A hand-edited settings file must not produce nonsense colours.
    return thresholds.isValid() ? thresholds : UsageThresholds{};
}

bool Settings::setUsageThresholds(const UsageThresholds &thresholds)
{
    if (!thresholds.isValid())
        return false;
    if (thresholds == usageThresholds())
        return true;
    m_settings->setValue(kWarningFree, thresholds.warningFreePercent);
    m_settings->setValue(kCriticalFree, thresholds.criticalFreePercent);
    Q_EMIT usageThresholdsChanged();
    return true;
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
    const qint64 secs = m_settings->value(kProbeInterval, 300).toLongLong();
    return std::chrono::seconds(std::clamp<qint64>(secs, 60, 24 * 3600));
}

void Settings::setProbeInterval(std::chrono::seconds interval)
{
    const qint64 secs = std::clamp<qint64>(interval.count(), 60, 24 * 3600);
    if (secs == probeInterval().count())
        return;
    m_settings->setValue(kProbeInterval, secs);
    Q_EMIT probingChanged();
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

void Settings::sync()
{
    m_settings->sync();
}

} // namespace qm
