#include "liverules.h"

#include "core/config/kindrouting.h"
#include "core/replication/replicationroute.h"
#include "core/units/duration.h"

#include <QCoreApplication>
#include <QLocale>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::LiveRules)
};

QString percent(double value)
{
    return QLocale().toString(value, 'f', value == qRound(value) ? 0 : 1) + QStringLiteral(" %");
}

const ExternalStorage *externalStorageEntry(const FleetConfig &config, const QString &host,
                                            const QString &path)
{
    for (const ExternalStorage &storage : config.externalStorage) {
        if (storage.host.name == host && (path.isEmpty() || storage.path == path))
            return &storage;
    }
    return nullptr;
}

class LiveChecker
{
public:
    LiveChecker(const yaml::Document &document, const FleetConfig &config,
                const LiveRuleOptions &options)
        : m_document(document)
        , m_config(config)
        , m_options(options)
    {}

    void host(const FleetHost &host, const LiveHostState &state)
    {
        const HostProbe &probe = state.probe;
        if (probe.status != HostStatus::Ok) {
            unreachable(host, state);
            if (probe.partlyReachable()) // its node_exporter answered: the volumes are known
                diskUse(host, probe);
            return;
        }
        diskUse(host, probe);
        for (const DaemonState &daemon : probe.daemons) {
            if (!daemon.running && daemon.error.isEmpty())
                add(QStringLiteral("QM104"), Severity::Warning,
                    Text::tr("expected process '%1' is not running on %2")
                        .arg(daemon.pattern, host.name),
                    host.keyNode);
        }
        for (const ExternalStorageState &storage : probe.externalStorage) {
            const ExternalStorage *entry = storageEntry(host.name, storage.path);
            const int node = entry ? entry->entryNode : host.keyNode;
            if (storage.state == ExternalStorageState::State::NotMounted)
                add(QStringLiteral("QM103"), Severity::Error,
                    Text::tr("external storage %1 on %2 is not mounted: the path is a folder on "
                             "the system disk, and nothing may be synced there")
                        .arg(storage.path, host.name),
                    node);
            else if (storage.state == ExternalStorageState::State::Missing)
                add(QStringLiteral("QM103"), Severity::Error,
                    Text::tr("external storage %1 on %2 does not exist")
                        .arg(storage.path, host.name),
                    node);
        }
    }

    QList<Diagnostic> diagnostics() const { return m_diagnostics; }

private:
    Diagnostic &add(const QString &rule, Severity severity, const QString &message, int node)
    {
        Diagnostic d;
        d.rule = rule;
        d.severity = severity;
        d.message = message;
        if (node >= 0)
            d.range = rangeOf(m_document, node);
        m_diagnostics.append(d);
        return m_diagnostics.last();
    }

    const ExternalStorage *storageEntry(const QString &host, const QString &path) const
    {
        return externalStorageEntry(m_config, host, path);
    }

    void diskUse(const FleetHost &host, const HostProbe &probe)
    {
        for (const Volume *volume : receivingVolumes(m_config, host, probe)) {
            if (!volume->hasFigures())
                continue;
            const double used = volume->usedPercent();
            if (m_config.maxDiskUsagePercent && used >= m_config.maxDiskUsagePercent->value) {
                Diagnostic &d =
                    add(QStringLiteral("QM101"), Severity::Error,
                        Text::tr("syncs to %1 are blocked: %2 is at %3 ≥ max_disk_usage_percent %4")
                            .arg(host.name, volume->mountPoint, percent(used),
                                 percent(m_config.maxDiskUsagePercent->value)),
                        host.keyNode);
                d.related.append({rangeOf(m_document, m_config.maxDiskUsagePercent->node),
                                  Text::tr("the threshold is set here")});
            }
            const double free = volume->freePercent();
            if (m_config.minFreeDiskPercent && free < m_config.minFreeDiskPercent->value) {
                Diagnostic &d = add(QStringLiteral("QM102"), Severity::Error,
                                    Text::tr("%1 has %2 free on %3, below min_free_disk_percent %4")
                                        .arg(host.name, percent(free), volume->mountPoint,
                                             percent(m_config.minFreeDiskPercent->value)),
                                    host.keyNode);
                d.related.append({rangeOf(m_document, m_config.minFreeDiskPercent->node),
                                  Text::tr("the threshold is set here")});
            }
        }
    }

    void unreachable(const FleetHost &host, const LiveHostState &state)
    {
        const QDateTime since =
            state.failingSince.isValid() ? state.failingSince : state.probe.probedAt;
        const qint64 secs = since.isValid() ? since.secsTo(m_options.now) : 0;
        if (secs < m_options.unreachableAfterSecs || !host.isReady())
            return;
        add(QStringLiteral("QM105"), Severity::Warning,
            secs >= 60 ? Text::tr("%1 has not answered for %2: %3")
                             .arg(host.name, formatDuration(secs), state.probe.error)
                       : Text::tr("%1 does not answer: %2").arg(host.name, state.probe.error),
            host.keyNode);
    }

    const yaml::Document &m_document;
    const FleetConfig &m_config;
    const LiveRuleOptions &m_options;
    QList<Diagnostic> m_diagnostics;
};

} // namespace

QList<Diagnostic> checkLiveRules(const yaml::Document &document, const FleetConfig &config,
                                 const QHash<QString, LiveHostState> &states,
                                 const LiveRuleOptions &options)
{
    LiveChecker checker(document, config, options);
    for (const FleetHost &host : config.hosts) {
        const auto it = states.constFind(host.name);
        if (it != states.cend())
            checker.host(host, *it);
    }
    QList<Diagnostic> diagnostics = checker.diagnostics();
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         return a.range.start.byte < b.range.start.byte;
                     });
    return diagnostics;
}

} // namespace qm
