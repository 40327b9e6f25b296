#include "alertmonitor.h"

#include "alertstore.h"
#include "core/health/healthcheckset.h"
#include "core/health/healthhistory.h"
#include "core/history/historystore.h"
#include "core/storage/locationgrowth.h"
#include "core/storage/locationscanstore.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <optional>
#include <utility>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::AlertMonitor)
};

/// Worst first, then newest raise.
void sortOpen(QList<Alert> *alerts)
{
    std::stable_sort(alerts->begin(), alerts->end(), [](const Alert &a, const Alert &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return a.raisedAt > b.raisedAt;
    });
}

} // namespace

/// What the worker thread owns. Touched only on that thread, except that the monitor
/// creates it before the thread runs.
struct AlertMonitor::Worker
{
    HistoryStore history;
    std::optional<AlertStore> store;
    AlertEngine engine;
    AlertInput input;
    std::optional<FleetConfig> config;
    QList<BackupLink> backups;  ///< the locations named as backups
    QSet<QString> healthChecks; ///< the names of the saved health checks
    QString localHost;          ///< this machine's name in the alerts
    /// Forecasts are redone only for hosts with a newer probe than last time.
    QHash<QString, QDateTime> forecastProbeTimes;
    /// Recent alerts when there is no database: the open ones plus cleared in memory.
    QList<Alert> clearedInMemory;
    /// The database's recent alerts as last read: read again only after a change.
    std::optional<QList<Alert>> recent;
    int recentLimit = kDefaultRecentLimit;
    QString openError; ///< why there is no database, for every evaluation to report

    void updateForecasts();
    void fillFailingSince();
    /// The storage locations' last scans and listings, which `qmctl orphans scan` and
    /// `qmctl storage du` keep in the same history file.
    void readLocations();
    /// The newest result of each saved health check, which the Health page and
    /// `qmctl health run` keep in the same history file.
    void readHealth();
};

/// What one evaluation hands back to the monitor's thread.
struct AlertMonitor::Result
{
    QList<AlertEvent> events;
    QList<Alert> open;
    QList<Alert> recent;
    QList<Alert> pending;
    FleetForecasts forecasts;
    QString error;
};

void AlertMonitor::Worker::updateForecasts()
{
    if (!store)
        return;
    for (auto it = input.states.cbegin(); it != input.states.cend(); ++it) {
        const HostProbe &probe = it.value().probe;
        if (!probe.volumesKnown() || !probe.probedAt.isValid())
            continue;
        if (forecastProbeTimes.value(it.key()) == probe.probedAt)
            continue;
        forecastProbeTimes.insert(it.key(), probe.probedAt);
        QHash<QString, Forecast> forecasts;
        const qint64 asOfMs = probe.probedAt.toMSecsSinceEpoch();
        for (const Volume &volume : probe.volumes) {
            if (volume.system || volume.readOnly || forecasts.contains(volume.mountPoint))
                continue;
            const QList<VolumePoint> points = history.volumeSamples(
                it.key(), volume.mountPoint, asOfMs - kAlertForecastWindowSecs * 1000, asOfMs);
            forecasts.insert(volume.mountPoint, forecastVolume(points, kAlertForecastWindowSecs));
        }
        input.forecasts.insert(it.key(), forecasts);
    }
    // Hosts no longer probed take their forecasts with them.
    for (auto it = input.forecasts.begin(); it != input.forecasts.end();) {
        if (input.states.contains(it.key())) {
            ++it;
        } else {
            forecastProbeTimes.remove(it.key());
            it = input.forecasts.erase(it);
        }
    }
}

void AlertMonitor::Worker::fillFailingSince()
{
    if (!store)
        return;
    for (auto it = input.states.begin(); it != input.states.end(); ++it) {
        if (it->probe.status != HostStatus::Ok && !it->failingSince.isValid())
            it->failingSince = history.failingSince(it.key());
    }
}

void AlertMonitor::Worker::readLocations()
{
    if (!store) {
        input.locations.reset();
        return;
    }
    QString error;
    const QList<LocationScan> scans = LocationScanStore(history.database()).latest(&error);
    if (!error.isEmpty()) {
        input.locations.reset(); // not known this time: their alerts keep their state
        return;
    }
    QList<LocationOrphans> locations;
    for (const LocationScan &scan : scans)
        locations.append({scan.location, 100.0 * scan.orphanShare, scan.orphanBytes,
                          QDateTime::fromMSecsSinceEpoch(scan.scannedAtMs, QTimeZone::utc())});
    input.locations = locations;
    // The backups by their last listing or scan, whichever is newer; one never listed
    // is not known yet (nothing is made up).
    input.backups.reset();
    input.locationSizes.reset();
    const LocationScanStore scanStore(history.database());
    const QList<LocationScan> listed = scanStore.latestOfAnyKind(&error);
    if (!error.isEmpty())
        return;
    QHash<QString, const LocationScan *> byLocation;
    for (const LocationScan &scan : listed)
        byLocation.insert(scan.location, &scan);
    QList<BackupAge> ages;
    for (const BackupLink &link : std::as_const(backups)) {
        const LocationScan *scan = byLocation.value(link.location);
        // Not listed yet, or by a scan from before the newest object was kept (objects,
        // but no time): nothing is known, and an empty backup is not made up.
        if (!scan || (scan->newestMs < 0 && scan->listedObjects > 0))
            continue;
        ages.append({link.location, link.host, dataKindKey(link.kind), scan->newestMs,
                     QDateTime::fromMSecsSinceEpoch(scan->scannedAtMs, QTimeZone::utc())});
    }
    input.backups = ages;
    // The locations with a limit, by their growth over the forecast window.
    QList<LocationSize> sizes;
    for (const LocationLimit &limit : engine.rules().locationLimits) {
        const LocationScan *scan = byLocation.value(limit.location);
        if (!scan)
            continue; // never listed: nothing is known
        const QList<LocationScan> records = scanStore.history(
            limit.location, scan->scannedAtMs - kLocationGrowthWindowSecs * 1000, &error);
        if (!error.isEmpty())
            return;
        sizes.append({limit.location, scan->listedBytes, limit.bytes,
                      forecastLocationSize(records, limit.bytes),
                      QDateTime::fromMSecsSinceEpoch(scan->scannedAtMs, QTimeZone::utc())});
    }
    input.locationSizes = sizes;
}

void AlertMonitor::Worker::readHealth()
{
    input.health.reset(); // not known this time: their alerts keep their state
    if (!store)
        return;
    QString error;
    const QList<HealthResult> latest = HealthResultStore(history.database()).latest(&error);
    if (!error.isEmpty())
        return;
    QList<HealthResult> results;
    for (HealthResult result : latest) {
        if (!healthChecks.contains(result.name))
            continue; // a check no longer saved: its alert clears
        if (result.host.isEmpty())
            result.host = localHost;
        results << result;
    }
    input.health = results;
}

AlertMonitor::AlertMonitor(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_worker(std::make_shared<Worker>())
{
    m_thread.setObjectName(QStringLiteral("alerts"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    // The worker (and its database connection) ends on its own thread.
    connect(&m_thread, &QThread::finished, m_context, [worker = m_worker]() mutable {
        worker->store.reset();
        worker.reset();
    });
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    m_timer.setInterval(kEvaluateSecs * 1000);
    connect(&m_timer, &QTimer::timeout, this, &AlertMonitor::evaluateNow);
}

AlertMonitor::~AlertMonitor()
{
    m_timer.stop();
    // The last reference to the worker goes with the thread's finished handler, so its
    // HistoryStore closes on the thread that opened it.
    m_worker.reset();
    m_thread.quit();
    m_thread.wait();
}

void AlertMonitor::post(std::function<void(Worker &)> job)
{
    QMetaObject::invokeMethod(
        m_context, [worker = m_worker, job = std::move(job)] { job(*worker); },
        Qt::QueuedConnection);
}

void AlertMonitor::setHistoryPath(const QString &path)
{
    m_historyPath = path;
}

void AlertMonitor::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void AlertMonitor::setRecentLimit(int limit)
{
    m_recentLimit = std::max(0, limit);
    post([limit = m_recentLimit](Worker &w) {
        w.recentLimit = limit;
        w.recent.reset();
    });
}

void AlertMonitor::setRules(const AlertRules &rules)
{
    post([rules](Worker &w) { w.engine.setRules(rules); });
    if (m_started)
        evaluateNow();
}

void AlertMonitor::setConfig(const FleetConfig *config)
{
    std::optional<FleetConfig> copy;
    if (config)
        copy = *config;
    post([copy](Worker &w) {
        w.config = copy;
        w.input.config = w.config ? &*w.config : nullptr;
    });
    if (m_started)
        evaluateNow();
}

void AlertMonitor::setLiveStates(const QHash<QString, LiveHostState> &states)
{
    post([states](Worker &w) { w.input.states = states; });
    if (m_started)
        evaluateNow();
}

void AlertMonitor::setHealthChecks(const QList<SavedHealthCheck> &checks, const QString &localHost)
{
    QSet<QString> names;
    for (const SavedHealthCheck &check : checks)
        names.insert(check.check.name);
    post([names, localHost](Worker &w) {
        w.healthChecks = names;
        w.localHost = localHost;
    });
    if (m_started)
        evaluateNow();
}

void AlertMonitor::setBackupLinks(const QList<BackupLink> &links)
{
    post([links](Worker &w) { w.backups = links; });
    if (m_started)
        evaluateNow();
}

void AlertMonitor::setReplication(const QList<ReplicationMeasurement> &measurements)
{
    post([measurements](Worker &w) { w.input.replication = measurements; });
    if (m_started)
        evaluateNow();
}

void AlertMonitor::start()
{
    if (m_started)
        return;
    m_started = true;
    post([path = m_historyPath, limit = m_recentLimit](Worker &w) {
        w.recentLimit = limit;
        if (path.isEmpty())
            return;
        QString error;
        if (!w.history.open(path, &error)) {
            w.openError = Text::tr("Alerts are kept in memory only: %1").arg(error);
            return;
        }
        w.store.emplace(w.history.database());
        w.engine.seed(w.store->openAlerts(&error));
        // Without the open alerts, the first evaluation raises them again: say so once.
        if (!error.isEmpty())
            w.openError = error;
    });
    evaluateNow();
    m_timer.start();
}

void AlertMonitor::evaluateNow()
{
    if (!m_started)
        return;
    post([this, now = m_clock()](Worker &w) {
        Result result;
        w.input.now = now;
        w.fillFailingSince();
        w.updateForecasts();
        w.readLocations();
        w.readHealth();
        result.events = w.engine.evaluate(w.input);
        result.error = w.store ? std::exchange(w.openError, QString()) : w.openError;
        bool recorded = false;
        if (w.store) {
            QString error;
            if (!w.store->record(&result.events, &error))
                result.error = Text::tr("Alerts are not recorded: %1").arg(error);
            else if (!w.recent || !result.events.isEmpty())
                w.recent = w.store->recentAlerts(w.recentLimit, &error);
            result.recent = w.recent.value_or(QList<Alert>());
            if (!error.isEmpty())
                w.recent.reset();
            if (!error.isEmpty() && result.error.isEmpty())
                result.error = error;
            recorded = error.isEmpty();
        }
        if (!recorded) {
            for (const AlertEvent &event : std::as_const(result.events)) {
                if (event.kind == AlertEvent::Kind::Cleared)
                    w.clearedInMemory.prepend(event.alert);
            }
            w.clearedInMemory = w.clearedInMemory.mid(0, w.recentLimit);
            result.recent = w.engine.openAlerts() + w.clearedInMemory;
            std::stable_sort(
                result.recent.begin(), result.recent.end(),
                [](const Alert &a, const Alert &b) { return a.raisedAt > b.raisedAt; });
        }
        result.open = w.engine.openAlerts();
        // Ids come from the database: take them from its list.
        for (Alert &alert : result.open) {
            for (const Alert &stored : std::as_const(result.recent)) {
                if (stored.isOpen() && stored.key() == alert.key()) {
                    alert.id = stored.id;
                    break;
                }
            }
        }
        sortOpen(&result.open);
        result.pending = w.engine.pendingAlerts();
        sortOpen(&result.pending);
        result.forecasts = w.input.forecasts;
        QMetaObject::invokeMethod(
            this, [this, result] { apply(result); }, Qt::QueuedConnection);
    });
}

void AlertMonitor::apply(const Result &result)
{
    if (!result.error.isEmpty() && result.error != m_lastError)
        Q_EMIT storeError(result.error);
    m_lastError = result.error;
    const int before = int(m_open.size());
    const bool changed =
        result.open != m_open || result.recent != m_recent || result.pending != m_pending;
    m_open = result.open;
    m_recent = result.recent;
    m_pending = result.pending;
    const bool forecastsDiffer = result.forecasts != m_forecasts;
    m_forecasts = result.forecasts;
    for (const AlertEvent &event : result.events) {
        switch (event.kind) {
        case AlertEvent::Kind::Raised:
            Q_EMIT alertRaised(event.alert);
            break;
        case AlertEvent::Kind::SeverityChanged:
            Q_EMIT alertSeverityChanged(event.alert, event.previous);
            break;
        case AlertEvent::Kind::Cleared:
            Q_EMIT alertCleared(event.alert);
            break;
        }
    }
    if (changed)
        Q_EMIT alertsChanged();
    if (forecastsDiffer)
        Q_EMIT forecastsChanged();
    if (int(m_open.size()) != before)
        Q_EMIT openCountChanged(int(m_open.size()));
    Q_EMIT evaluated();
}

} // namespace qm
