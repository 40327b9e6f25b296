#include "alertconditions.h"

#include "core/units/datasize.h"
#include "core/units/duration.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::AlertConditions)
};

// The category daemons write whether or not the host produces anything.
const QString kLogsCategory = QStringLiteral("logs");

QString percent(double value)
{
    return QLocale().toString(value, 'f', value == qRound(value) ? 0 : 1) + QStringLiteral(" %");
}

qint64 secondsBetween(const QDateTime &from, const QDateTime &to)
{
    return from.msecsTo(to) / 1000;
}

class Observer
{
public:
    Observer(const AlertRules &rules, const AlertInput &input)
        : m_rules(rules)
        , m_input(input)
    {}

    AlertObservations run()
    {
        for (auto it = m_input.states.cbegin(); it != m_input.states.cend(); ++it) {
            if (!alertHostWatched(m_input, it.key()))
                continue;
            const FleetHost *entry = m_input.config ? m_input.config->host(it.key()) : nullptr;
            host(it.key(), entry, it.value());
        }
        if (enabled(AlertRuleKind::OrphanedStorage) && m_input.locations)
            orphanedStorage(*m_input.locations);
        if (enabled(AlertRuleKind::StaleBackup) && m_input.backups)
            staleBackups(*m_input.backups);
        if (enabled(AlertRuleKind::LocationFull) && m_input.locationSizes)
            locationsFull(*m_input.locationSizes);
        if (enabled(AlertRuleKind::HealthCheck) && m_input.health)
            healthChecks(*m_input.health);
        return m_result;
    }

private:
    bool enabled(AlertRuleKind kind) const { return m_rules.rule(kind).enabled; }

    void cover(AlertRuleKind kind, const QString &host)
    {
        m_result.covered.insert({alertRuleKey(kind), host});
    }

    AlertObservation &add(AlertRuleKind kind, const QString &host, const QString &subject,
                          const QDateTime &at)
    {
        AlertObservation o;
        o.kind = kind;
        o.key = {alertRuleKey(kind), host, subject};
        o.at = at.isValid() ? at : m_input.now;
        const AlertRule &rule = m_rules.rule(kind);
        o.thresholds[int(AlertSeverity::Warning)] = rule.warning;
        o.thresholds[int(AlertSeverity::Critical)] = rule.critical;
        m_result.observations.append(o);
        return m_result.observations.last();
    }

    void unknown(AlertRuleKind kind, const QString &host, const QString &subject)
    {
        add(kind, host, subject, m_input.now).known = false;
    }

    void host(const QString &name, const FleetHost *entry, const LiveHostState &state)
    {
        const HostProbe &probe = state.probe;
        if (enabled(AlertRuleKind::HostUnreachable))
            unreachable(name, state);
        if (enabled(AlertRuleKind::EphemeralReplication))
            replication(name, entry);
        // Everything else reads the probe: unknown while the host does not answer. The
        // volumes of a partly reachable host came from its node_exporter: they are known.
        if (!probe.volumesKnown())
            return;
        const QList<const Volume *> writable = writableVolumes(probe);
        if (enabled(AlertRuleKind::VolumeFree))
            volumeFree(name, probe, writable);
        if (enabled(AlertRuleKind::ForecastFull))
            forecastFull(name, writable);
        if (enabled(AlertRuleKind::MaxDiskUsage))
            maxDiskUsage(name, entry, probe);
        if (probe.status != HostStatus::Ok)
            return;
        if (enabled(AlertRuleKind::CategorySize))
            categorySize(name, probe);
        if (enabled(AlertRuleKind::DaemonNotRunning))
            daemons(name, probe);
        if (enabled(AlertRuleKind::StaleData))
            staleData(name, probe);
    }

    /// The volumes data can be written to: not system volumes (proc, snap images, ...),
    /// not read-only ones (a full read-only image is not a problem to act on); one per
    /// mount point.
    static QList<const Volume *> writableVolumes(const HostProbe &probe)
    {
        QList<const Volume *> volumes;
        for (const Volume &volume : probe.volumes) {
            if (volume.system || volume.readOnly)
                continue;
            if (std::none_of(volumes.cbegin(), volumes.cend(),
                             [&](const Volume *v) { return v->mountPoint == volume.mountPoint; }))
                volumes.append(&volume);
        }
        return volumes;
    }

    void volumeFree(const QString &host, const HostProbe &probe,
                    const QList<const Volume *> &volumes)
    {
        const AlertRuleKind kind = AlertRuleKind::VolumeFree;
        cover(kind, host);
        for (const Volume *volume : volumes) {
            if (!volume->hasFigures()) {
                unknown(kind, host, volume->mountPoint);
                continue;
            }
            AlertObservation &o = add(kind, host, volume->mountPoint, probe.probedAt);
            o.value = volume->freePercent();
            for (const AlertSeverity severity : kAlertSeverities) {
                if (const std::optional<double> t = o.thresholds[int(severity)])
                    o.messages[int(severity)] =
                        Text::tr("%1 on %2 has %3 free, below %4")
                            .arg(volume->mountPoint, host, percent(o.value), percent(*t));
            }
        }
    }

    void maxDiskUsage(const QString &host, const FleetHost *entry, const HostProbe &probe)
    {
        const AlertRuleKind kind = AlertRuleKind::MaxDiskUsage;
        if (!m_input.config)
            return; // not known yet: alerts keep their state
        cover(kind, host);
        const std::optional<ConfigNumber> &max = m_input.config->maxDiskUsagePercent;
        if (!entry || !max)
            return;
        QStringList seen;
        for (const Volume *volume : receivingVolumes(*m_input.config, *entry, probe)) {
            if (seen.contains(volume->mountPoint))
                continue;
            seen.append(volume->mountPoint);
            if (!volume->hasFigures()) {
                unknown(kind, host, volume->mountPoint);
                continue;
            }
            AlertObservation &o = add(kind, host, volume->mountPoint, probe.probedAt);
            o.value = volume->usedPercent();
            o.thresholds[int(AlertSeverity::Critical)] = max->value;
            o.messages[int(AlertSeverity::Critical)] =
                Text::tr("syncs to %1 are blocked: %2 is at %3 ≥ max_disk_usage_percent %4")
                    .arg(host, volume->mountPoint, percent(o.value), percent(max->value));
        }
    }

    void categorySize(const QString &host, const HostProbe &probe)
    {
        const AlertRuleKind kind = AlertRuleKind::CategorySize;
        cover(kind, host);
        for (const CategoryLimit &limit : m_rules.categoryLimits) {
            qint64 bytes = 0;
            bool present = false;
            bool partial = false; // a root could not be scanned: the sum is a lower bound
            for (const DataRootScan &root : probe.roots) {
                if (root.status != DataRootScan::Status::Ok) {
                    partial = true;
                    continue;
                }
                for (const CategoryTotal &total : root.categories) {
                    if (total.name == limit.category) {
                        bytes += total.bytes;
                        present = true;
                    }
                }
            }
            if (!present && !partial)
                continue; // the category is not counted on this host
            if (partial && bytes < limit.bytes) {
                unknown(kind, host, limit.category);
                continue;
            }
            AlertObservation &o = add(kind, host, limit.category, probe.probedAt);
            o.value = double(bytes);
            o.thresholds[int(AlertSeverity::Warning)] = double(limit.bytes);
            o.messages[int(AlertSeverity::Warning)] =
                Text::tr("%1 on %2 take %3, over the limit of %4")
                    .arg(dataCategoryTitle(limit.category), host, formatDataSize(bytes),
                         formatDataSize(limit.bytes));
        }
    }

    void forecastFull(const QString &host, const QList<const Volume *> &volumes)
    {
        const AlertRuleKind kind = AlertRuleKind::ForecastFull;
        cover(kind, host);
        const QHash<QString, Forecast> forecasts = m_input.forecasts.value(host);
        for (const Volume *volume : volumes) {
            const auto it = forecasts.constFind(volume->mountPoint);
            if (it == forecasts.cend()) {
                unknown(kind, host, volume->mountPoint);
                continue;
            }
            const Forecast &forecast = *it;
            double value = std::numeric_limits<double>::infinity();
            if (forecast.secondsToFull) {
                value = double(*forecast.secondsToFull);
            } else if (forecast.reason == ForecastReason::TooFewSamples ||
                       forecast.reason == ForecastReason::Noisy) {
                unknown(kind, host, volume->mountPoint);
                continue;
            }
            // Flat, shrinking, or full beyond any horizon: "never" (+infinity).
            AlertObservation &o = add(kind, host, volume->mountPoint,
                                      QDateTime::fromMSecsSinceEpoch(forecast.asOfMs, Qt::UTC));
            o.value = value;
            const QString rate = formatDataSize(qint64(forecast.rateBytesPerDay.value_or(0)));
            const QString text =
                value <= 0 ? Text::tr("%1 on %2 is full").arg(volume->mountPoint, host)
                           : Text::tr("%1 on %2 will be full in about %3 (growing %4 a day)")
                                 .arg(volume->mountPoint, host,
                                      formatDuration(qint64(std::min(value, 1e15))), rate);
            o.messages[0] = o.messages[1] = text;
        }
    }

    void unreachable(const QString &host, const LiveHostState &state)
    {
        const AlertRuleKind kind = AlertRuleKind::HostUnreachable;
        cover(kind, host);
        const HostProbe &probe = state.probe;
        if (probe.status == HostStatus::Ok) {
            add(kind, host, QString(), m_input.now).value = 0;
            return;
        }
        const QDateTime since = state.failingSince.isValid() ? state.failingSince : probe.probedAt;
        if (!since.isValid()) {
            unknown(kind, host, QString());
            return;
        }
        AlertObservation &o = add(kind, host, QString(), m_input.now);
        const qint64 secs = std::max<qint64>(0, secondsBetween(since, m_input.now));
        o.value = double(secs);
        const QString why = probe.error.isEmpty() ? hostStatusText(probe.status) : probe.error;
        o.messages[0] = o.messages[1] =
            probe.partlyReachable()
                ? Text::tr("%1 has not answered over SSH for %2: %3 (its node_exporter answers)")
                      .arg(host, formatDuration(secs), why)
                : Text::tr("%1 has not answered for %2: %3").arg(host, formatDuration(secs), why);
    }

    void daemons(const QString &host, const HostProbe &probe)
    {
        const AlertRuleKind kind = AlertRuleKind::DaemonNotRunning;
        cover(kind, host);
        QStringList seen;
        for (const DaemonState &daemon : probe.daemons) {
            if (seen.contains(daemon.pattern))
                continue;
            seen.append(daemon.pattern);
            if (!daemon.error.isEmpty()) {
                unknown(kind, host, daemon.pattern);
                continue;
            }
            AlertObservation &o = add(kind, host, daemon.pattern, probe.probedAt);
            o.value = daemon.running ? 0 : 1;
            o.thresholds[int(AlertSeverity::Warning)] = 1;
            o.messages[int(AlertSeverity::Warning)] =
                Text::tr("expected process '%1' is not running on %2").arg(daemon.pattern, host);
        }
    }

    void staleData(const QString &host, const HostProbe &probe)
    {
        const AlertRuleKind kind = AlertRuleKind::StaleData;
        cover(kind, host);
        qint64 newest = -1;
        bool partial = false; // the newest file may be in a root that was not scanned
        for (const DataRootScan &root : probe.roots) {
            if (root.status != DataRootScan::Status::Ok) {
                partial = true;
                continue;
            }
            for (const CategoryTotal &total : root.categories) {
                if (total.name != kLogsCategory)
                    newest = std::max(newest, total.newestSecs);
            }
        }
        const std::optional<double> limit = m_rules.rule(kind).warning;
        const QDateTime at = probe.probedAt.isValid() ? probe.probedAt : m_input.now;
        const qint64 age = newest >= 0 ? at.toSecsSinceEpoch() - newest : -1;
        if (partial && (newest < 0 || (limit && double(age) >= *limit))) {
            unknown(kind, host, QString());
            return;
        }
        if (newest < 0)
            return; // no data, so none that is stale
        AlertObservation &o = add(kind, host, QString(), at);
        o.value = double(std::max<qint64>(0, age));
        if (limit)
            o.messages[int(AlertSeverity::Warning)] =
                Text::tr("the newest data on %1 is %2 old (limit %3)")
                    .arg(host, formatDuration(qint64(o.value)), formatDuration(qint64(*limit)));
    }

    void orphanedStorage(const QList<LocationOrphans> &locations)
    {
        const AlertRuleKind kind = AlertRuleKind::OrphanedStorage;
        cover(kind, QString());
        for (const LocationOrphans &location : locations) {
            AlertObservation &o = add(kind, QString(), location.location, location.scannedAt);
            o.value = location.orphanPercent;
            const QString text =
                Text::tr("%1: %2 % orphaned at its last scan (%3)")
                    .arg(location.location, QLocale().toString(location.orphanPercent, 'f', 1),
                         formatDataSize(location.orphanBytes));
            o.messages[0] = o.messages[1] = text;
        }
    }

    void staleBackups(const QList<BackupAge> &backups)
    {
        const AlertRuleKind kind = AlertRuleKind::StaleBackup;
        cover(kind, QString());
        for (const BackupAge &backup : backups) {
            AlertObservation &o = add(kind, QString(), backup.location, backup.listedAt);
            const QString listed =
                QLocale().toString(backup.listedAt.toLocalTime(), QLocale::ShortFormat);
            QString text;
            if (backup.newestMs < 0) {
                // An empty backup holds nothing at all: as stale as can be.
                o.value = std::numeric_limits<double>::infinity();
                text = Text::tr("%1, the backup of %2 %3, was empty when listed at %4")
                           .arg(backup.location, backup.host, backup.kind, listed);
            } else {
                const QDateTime newest =
                    QDateTime::fromMSecsSinceEpoch(backup.newestMs, QTimeZone::utc());
                o.value = double(std::max<qint64>(0, secondsBetween(newest, m_input.now)));
                text = Text::tr("%1, the backup of %2 %3: its newest object is %4 old (as "
                                "listed at %5)")
                           .arg(backup.location, backup.host, backup.kind,
                                formatDuration(qint64(o.value)), listed);
            }
            o.messages[0] = o.messages[1] = text;
        }
    }

    void locationsFull(const QList<LocationSize> &locations)
    {
        const AlertRuleKind kind = AlertRuleKind::LocationFull;
        cover(kind, QString());
        for (const LocationSize &location : locations) {
            const Forecast &forecast = location.forecast;
            const QString limit = formatDataSize(location.limitBytes);
            if (location.bytes >= location.limitBytes) {
                AlertObservation &o = add(kind, QString(), location.location, location.listedAt);
                o.value = 0;
                o.messages[0] = o.messages[1] =
                    Text::tr("%1 holds %2, at or over its limit of %3")
                        .arg(location.location, formatDataSize(location.bytes), limit);
                continue;
            }
            if (!forecast.secondsToFull && (forecast.reason == ForecastReason::TooFewSamples ||
                                            forecast.reason == ForecastReason::Noisy)) {
                unknown(kind, QString(), location.location);
                continue;
            }
            // Flat or shrinking: "never" (+infinity).
            AlertObservation &o = add(kind, QString(), location.location,
                                      QDateTime::fromMSecsSinceEpoch(forecast.asOfMs, Qt::UTC));
            o.value = forecast.secondsToFull ? double(*forecast.secondsToFull)
                                             : std::numeric_limits<double>::infinity();
            o.messages[0] = o.messages[1] =
                Text::tr("%1 will reach its limit of %2 in about %3 (growing %4 a day)")
                    .arg(location.location, limit, formatDuration(qint64(std::min(o.value, 1e15))),
                         formatDataSize(qint64(forecast.rateBytesPerDay.value_or(0))));
        }
    }

    void healthChecks(const QList<HealthResult> &results)
    {
        const AlertRuleKind kind = AlertRuleKind::HealthCheck;
        // Every machine is covered: an alert of a check no longer saved clears.
        QSet<QString> hosts;
        for (auto it = m_input.states.cbegin(); it != m_input.states.cend(); ++it)
            hosts.insert(it.key());
        for (const FleetHost &host : m_input.config ? m_input.config->hosts : QList<FleetHost>())
            hosts.insert(host.name);
        for (const HealthResult &result : results)
            hosts.insert(result.host);
        for (const QString &host : std::as_const(hosts)) {
            if (alertHostWatched(m_input, host))
                cover(kind, host);
        }
        for (const HealthResult &result : results) {
            if (!alertHostWatched(m_input, result.host))
                continue;
            if (result.state == HealthState::Unknown) {
                unknown(kind, result.host, result.name);
                continue;
            }
            AlertObservation &o = add(kind, result.host, result.name,
                                      QDateTime::fromMSecsSinceEpoch(result.checkedAtMs, Qt::UTC));
            o.value = result.state == HealthState::Critical  ? 2
                      : result.state == HealthState::Warning ? 1
                                                             : 0;
            o.thresholds[int(AlertSeverity::Warning)] = 1;
            o.thresholds[int(AlertSeverity::Critical)] = 2;
            o.messages[0] = o.messages[1] =
                Text::tr("%1 on %2: %3").arg(result.name, result.host, result.summary);
        }
    }

    void replication(const QString &host, const FleetHost *entry)
    {
        const AlertRuleKind kind = AlertRuleKind::EphemeralReplication;
        if (!m_input.config)
            return;
        const bool applies =
            entry && entry->ephemeral.value_or(false) && m_input.config->replicationTarget;
        QList<const ReplicationMeasurement *> measured;
        for (const ReplicationMeasurement &m : m_input.replication) {
            if (m.host == host && m.measuredAt.isValid())
                measured.append(&m);
        }
        if (applies && measured.isEmpty())
            return; // not measured (yet): nothing is known, nothing is made up
        cover(kind, host);
        if (!applies)
            return;
        const int target = int(m_input.config->replicationTarget->value);
        for (const ReplicationMeasurement *m : std::as_const(measured)) {
            AlertObservation &o = add(kind, host, m->kind, m->measuredAt);
            const qint64 age =
                m->oldestUnreplicated.isValid()
                    ? std::max<qint64>(0, secondsBetween(m->oldestUnreplicated, m->measuredAt))
                    : 0;
            o.value = m->files > 0 ? double(age) : 0;
            o.messages[int(AlertSeverity::Critical)] =
                Text::tr("%1 is ephemeral and holds %n file(s) of %2 (%3) with fewer than %4 "
                         "copies; the oldest is %5 old",
                         nullptr, int(std::min<qint64>(m->files, std::numeric_limits<int>::max())))
                    .arg(host, m->kind, formatDataSize(m->bytes))
                    .arg(target)
                    .arg(formatDuration(age));
        }
    }

    const AlertRules &m_rules;
    const AlertInput &m_input;
    AlertObservations m_result;
};

} // namespace

bool alertHostWatched(const AlertInput &input, const QString &host)
{
    if (!input.config || host.isEmpty()) // no config yet, or the fleet's (a location)
        return true;
    if (const FleetHost *entry = input.config->host(host))
        return entry->isReady();
    return input.states.contains(host);
}

AlertObservations observeAlertConditions(const AlertRules &rules, const AlertInput &input)
{
    return Observer(rules, input).run();
}

} // namespace qm
