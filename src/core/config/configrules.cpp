#include "configrules.h"

#include "core/text/globpattern.h"
#include "edit/configeditor.h"
#include "kindrouting.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace qm {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::ConfigRules)
};

QString kindName(DataKind kind)
{
    return dataKindKey(kind);
}

/// Collects diagnostics, with the document at hand for ranges and fixes.
class Rules
{
public:
    Rules(const yaml::Document &document, const FleetConfig &config)
        : m_document(document)
        , m_config(config)
        , m_editor(document)
    {
        for (const FleetHost &host : config.hosts)
            m_hostNames.append(host.name);
    }

    QList<Diagnostic> run();

private:
    Diagnostic &add(const char *rule, Severity severity, const QString &message, int node);
    void related(Diagnostic &diagnostic, int node, const QString &message);
    static std::optional<Fix> described(std::optional<Fix> fix, const QString &description);
    std::optional<Fix> replaceScalar(int node, const QString &text,
                                     const QString &description) const;
    std::optional<Fix> removeEntry(int node, const QString &description) const;
    std::optional<Fix> addStubHost(const QString &name) const;

    void exclusionsAgainstExternalStorage(); // QM001
    void thresholds();                       // QM002
    void routing();                          // QM003, QM004
    void undefinedHosts();                   // QM005
    void sharedSshEndpoints();               // QM007
    void voters();                           // QM008
    void priorityHosts();                    // QM009
    void exclusionListsAgree();              // QM010
    void bandwidthOverrides();               // QM011
    void duplicateEntries();                 // QM013
    /// QM013 over one list of host names: `what` names the list for a person.
    void duplicatesIn(const QList<HostReference> &list, const QString &what);

    const yaml::Document &m_document;
    const FleetConfig &m_config;
    const edit::ConfigEditor m_editor;
    QStringList m_hostNames;
    QList<Diagnostic> m_diagnostics;
};

Diagnostic &Rules::add(const char *rule, Severity severity, const QString &message, int node)
{
    Diagnostic diagnostic;
    diagnostic.rule = QString::fromLatin1(rule);
    diagnostic.severity = severity;
    diagnostic.message = message;
    diagnostic.range = rangeOf(m_document, node);
    m_diagnostics.append(diagnostic);
    return m_diagnostics.last();
}

void Rules::related(Diagnostic &diagnostic, int node, const QString &message)
{
    if (node >= 0)
        diagnostic.related.append(RelatedLocation{rangeOf(m_document, node), message});
}

std::optional<Fix> Rules::described(std::optional<Fix> fix, const QString &description)
{
    if (fix)
        fix->description = description;
    return fix;
}

std::optional<Fix> Rules::replaceScalar(int node, const QString &text,
                                        const QString &description) const
{
    return described(m_editor.setScalar(node, text, nullptr), description);
}

std::optional<Fix> Rules::removeEntry(int node, const QString &description) const
{
    return described(m_editor.removeEntry(node, nullptr), description);
}

std::optional<Fix> Rules::addStubHost(const QString &name) const
{
    return m_editor.addStubHost(m_config.hostsKeyNode, name, nullptr);
}

void Rules::exclusionsAgainstExternalStorage()
{
    for (const Exclusion &exclusion : m_config.excludedHosts) {
        for (const ExternalStorage &storage : m_config.externalStorage) {
            if (storage.host.name != exclusion.host.name)
                continue;
            for (const DataKind kind : kDataKinds) {
                if (!exclusion.excludesKind(kind) || !storage.receivesKind(kind))
                    continue;
                const int flagNode = storage.flagNodes[int(kind)];
                Diagnostic &d = add(
                    "QM001", Severity::Error,
                    Text::tr("'%1' is excluded from receiving %2 in sync_routing.excluded_hosts, "
                             "but allowed_external_storage lets it receive %2 at %3")
                        .arg(storage.host.name, kindName(kind), storage.path),
                    flagNode >= 0 ? flagNode : storage.host.node);
                related(d, exclusion.host.node, Text::tr("excluded here"));
                d.fix =
                    replaceScalar(flagNode, QStringLiteral("false"),
                                  Text::tr("Turn off receive_%1 for the external storage of '%2'")
                                      .arg(kindName(kind), storage.host.name));
                if (const std::optional<Fix> drop =
                        removeEntry(exclusion.entryNode,
                                    Text::tr("Remove '%1' from sync_routing.excluded_hosts")
                                        .arg(storage.host.name)))
                    d.alternatives.append(*drop);
            }
        }
    }
}

void Rules::thresholds()
{
    const struct
    {
        const std::optional<ConfigNumber> &value;
        const char *key;
    } percentages[] = {{m_config.maxDiskUsagePercent, "max_disk_usage_percent"},
                       {m_config.targetDiskUsagePercent, "target_disk_usage_percent"},
                       {m_config.minFreeDiskPercent, "min_free_disk_percent"}};
    for (const auto &percentage : percentages) {
        if (percentage.value && (percentage.value->value < 0.0 || percentage.value->value > 100.0))
            add("QM002", Severity::Error,
                Text::tr("sync_routing.%1 is %2, outside 0–100")
                    .arg(QLatin1String(percentage.key))
                    .arg(percentage.value->value),
                percentage.value->node);
    }
    const auto &max = m_config.maxDiskUsagePercent;
    const auto &target = m_config.targetDiskUsagePercent;
    const auto &minFree = m_config.minFreeDiskPercent;
    if (max && target && target->value >= max->value) {
        Diagnostic &d = add("QM002", Severity::Error,
                            Text::tr("target_disk_usage_percent (%1) must be below "
                                     "max_disk_usage_percent (%2): cleanup could never reach it")
                                .arg(target->value)
                                .arg(max->value),
                            target->node);
        related(d, max->node, Text::tr("max_disk_usage_percent is set here"));
        const yaml::Node &t = m_document.node(target->node);
        const yaml::Node &m = m_document.node(max->node);
        if (target->value > max->value) {
            const std::optional<Fix> first =
                m_editor.setScalar(target->node, m.scalar, nullptr, edit::scalarType(m));
            const std::optional<Fix> second =
                m_editor.setScalar(max->node, t.scalar, nullptr, edit::scalarType(t));
            if (first && second)
                d.fix = described(edit::ConfigEditor::combine(*first, *second),
                                  Text::tr("Swap the target and maximum disk usage"));
        }
    }
    if (max && minFree && max->value > 100.0 - minFree->value) {
        Diagnostic &d = add("QM002", Severity::Error,
                            Text::tr("max_disk_usage_percent (%1) lets a receiver fill beyond "
                                     "100 − min_free_disk_percent (%2)")
                                .arg(max->value)
                                .arg(100.0 - minFree->value),
                            max->node);
        related(d, minFree->node, Text::tr("min_free_disk_percent is set here"));
        const double limit = 100.0 - minFree->value;
        const QString text =
            limit == std::floor(limit) ? QString::number(qint64(limit)) : QString::number(limit);
        d.fix = m_editor.setScalar(max->node, text, nullptr,
                                   limit == std::floor(limit) ? QStringLiteral("int")
                                                              : QStringLiteral("float"));
        d.fix = described(d.fix, Text::tr("Lower max_disk_usage_percent to %1").arg(text));
    }
}

namespace {

/// "a, b, c" — at most `max` names, then "and N more".
QString nameList(const QStringList &names, int max = 8)
{
    if (names.size() <= max)
        return names.join(QStringLiteral(", "));
    return Text::tr("%1 and %n more", nullptr, int(names.size() - max))
        .arg(names.mid(0, max).join(QStringLiteral(", ")));
}

/// What QM003 and QM004 find for one kind; kinds that find the same share a diagnostic.
struct KindFinding
{
    QStringList kinds;
    QStringList receivers;
    QStringList producers; ///< the producers concerned
    QString why;           ///< QM004 with no receiver at all: why each host is skipped

    bool sameAs(const KindFinding &other) const
    {
        return receivers == other.receivers && producers == other.producers && why == other.why;
    }
};

void merge(QList<KindFinding> *findings, KindFinding finding)
{
    for (KindFinding &existing : *findings) {
        if (existing.sameAs(finding)) {
            existing.kinds += finding.kinds;
            return;
        }
    }
    findings->append(std::move(finding));
}

} // namespace

void Rules::routing()
{
    if (m_config.hostsKeyNode < 0)
        return;
    const std::optional<int> target = replicationTarget(m_config);
    QList<KindFinding> unreceived; // QM004
    QList<KindFinding> tooFew;     // QM003
    for (const DataKind kind : kDataKinds) {
        const QList<const FleetHost *> producers = kindProducers(m_config, kind);
        if (producers.isEmpty())
            continue; // nothing of this kind to replicate
        const KindRouting routing = kindRouting(m_config, kind);
        const QStringList receivers = routing.receiverNames();
        // Each producer's copies can go to every receiver but itself: the same count as
        // its route on the Replication page (replicationRoute()).
        QStringList alone;
        QStringList fewer;
        for (const FleetHost *producer : producers) {
            const qsizetype others =
                receivers.size() - (receivers.contains(producer->name) ? 1 : 0);
            if (others == 0)
                alone.append(producer->name);
            else if (target && others < *target)
                fewer.append(producer->name);
        }
        if (!alone.isEmpty()) {
            QStringList why;
            if (receivers.isEmpty()) {
                for (const SkippedReceiver &skipped : routing.skipped)
                    why.append(QStringLiteral("%1 (%2)").arg(skipped.host,
                                                             skipReasonTitle(skipped.reason)));
            }
            merge(&unreceived, {{dataKindKey(kind)}, receivers, alone, nameList(why)});
        }
        if (!fewer.isEmpty())
            merge(&tooFew, {{dataKindKey(kind)}, receivers, fewer, QString()});
    }
    const int anchor =
        m_config.syncRoutingKeyNode >= 0 ? m_config.syncRoutingKeyNode : m_config.hostsKeyNode;
    for (const KindFinding &f : std::as_const(unreceived)) {
        const QString kinds = f.kinds.join(QStringLiteral(", "));
        if (f.receivers.isEmpty())
            add("QM004", Severity::Error,
                f.why.isEmpty() ? Text::tr("no host can receive %1").arg(kinds)
                                : Text::tr("no host can receive %1: %2").arg(kinds, f.why),
                anchor);
        else
            add("QM004", Severity::Error,
                Text::tr("%1 from '%2' can go to no other host: it is the only host that can "
                         "receive them")
                    .arg(kinds, f.producers.join(QStringLiteral(", "))),
                anchor);
    }
    for (const KindFinding &f : std::as_const(tooFew)) {
        const QString kinds = f.kinds.join(QStringLiteral(", "));
        const int count = int(f.receivers.size());
        if (count < *target)
            add("QM003", Severity::Error,
                Text::tr("replication_target is %1, but only %n host(s) can receive %2 (%3)",
                         nullptr, count)
                    .arg(*target)
                    .arg(kinds, nameList(f.receivers)),
                m_config.replicationTarget->node);
        else
            add("QM003", Severity::Error,
                Text::tr("replication_target is %1, but %2 from %3 can reach only %n other "
                         "host(s) of %4: a host's own folder is no copy",
                         nullptr, count - 1)
                    .arg(*target)
                    .arg(kinds, nameList(f.producers), nameList(f.receivers)),
                m_config.replicationTarget->node);
    }
}

void Rules::undefinedHosts()
{
    // `removable`: the list item that holds the reference, or -1 when it is not in a list;
    // `list`: the names of that list, which a suggestion must not repeat.
    const auto check = [&](const HostReference &reference, const QString &where, int removable,
                           const QStringList &list = {}) {
        if (m_config.host(reference.name))
            return;
        QStringList candidates = m_hostNames;
        candidates.removeIf([&](const QString &name) { return list.contains(name); });
        const QString suggestion = closestMatch(reference.name, candidates);
        QString message = Text::tr("%1 '%2' is not defined in hosts").arg(where, reference.name);
        if (!suggestion.isEmpty())
            message += Text::tr("; did you mean '%1'?").arg(suggestion);
        Diagnostic &d = add("QM005", Severity::Error, message, reference.node);
        if (!suggestion.isEmpty())
            d.fix = replaceScalar(reference.node, suggestion,
                                  Text::tr("Change '%1' to '%2'").arg(reference.name, suggestion));
        if (!d.fix && removable >= 0)
            d.fix = removeEntry(removable,
                                Text::tr("Remove the reference to '%1'").arg(reference.name));
        const std::optional<Fix> stub = addStubHost(reference.name);
        if (!d.fix)
            d.fix = stub;
        else if (stub)
            d.alternatives.append(*stub);
    };
    const auto names = [](const QList<HostReference> &list) {
        QStringList result;
        for (const HostReference &reference : list)
            result.append(reference.name);
        return result;
    };
    QStringList excluded;
    for (const Exclusion &exclusion : m_config.excludedHosts)
        excluded.append(exclusion.host.name);
    for (const Exclusion &exclusion : m_config.excludedHosts)
        check(exclusion.host, Text::tr("excluded host"), exclusion.entryNode, excluded);
    for (const ExternalStorage &storage : m_config.externalStorage)
        check(storage.host, Text::tr("the host of external storage %1").arg(storage.path), -1);
    const QStringList priority = names(m_config.priorityHosts);
    for (const HostReference &reference : m_config.priorityHosts)
        check(reference, Text::tr("priority host"), reference.node, priority);
    const QStringList voters = names(m_config.p2pVoters);
    for (const HostReference &reference : m_config.p2pVoters)
        check(reference, Text::tr("p2p voter"), reference.node, voters);
    if (m_config.eloCoordinator)
        check(*m_config.eloCoordinator, Text::tr("elo_sync coordinator"), -1);
    const QStringList autoSync = names(m_config.autoSyncExcludeHosts);
    for (const HostReference &reference : m_config.autoSyncExcludeHosts)
        check(reference, Text::tr("auto_sync excluded host"), reference.node, autoSync);
}

void Rules::sharedSshEndpoints()
{
    QHash<QString, const FleetHost *> seen;
    for (const FleetHost &host : m_config.hosts) {
        if (host.sshHost.isEmpty())
            continue;
        const QString endpoint =
            QStringLiteral("%1@%2:%3").arg(host.sshUser, host.sshHost).arg(host.sshPort);
        if (const FleetHost *first = seen.value(endpoint)) {
            Diagnostic &d = add("QM007", Severity::Warning,
                                Text::tr("'%1' and '%2' have the same SSH endpoint %3")
                                    .arg(first->name, host.name, endpoint),
                                host.sshHostNode);
            related(d, first->sshHostNode, Text::tr("'%1' uses it here").arg(first->name));
        } else {
            seen.insert(endpoint, &host);
        }
    }
}

void Rules::voters()
{
    if (m_config.p2pVotersKeyNode < 0)
        return;
    // Each host once: a name listed twice is QM013's, and is one voter.
    QList<HostReference> voters;
    for (const HostReference &voter : m_config.p2pVoters) {
        if (std::none_of(voters.cbegin(), voters.cend(),
                         [&](const HostReference &v) { return v.name == voter.name; }))
            voters.append(voter);
    }
    if (voters.isEmpty())
        add("QM008", Severity::Error,
            Text::tr("p2p_voters lists no host: with no voters no leader can be elected"),
            m_config.p2pVotersKeyNode);
    else if (voters.size() < 3)
        add("QM008", Severity::Warning,
            Text::tr("%n p2p voter(s): leader election needs at least three to survive a failure",
                     nullptr, int(voters.size())),
            m_config.p2pVotersKeyNode);
    else if (voters.size() % 2 == 0)
        add("QM008", Severity::Warning,
            Text::tr("%n p2p voters: an even count tolerates no more failures than one fewer "
                     "and can split the vote",
                     nullptr, int(voters.size())),
            m_config.p2pVotersKeyNode);
    for (const HostReference &voter : std::as_const(voters)) {
        const FleetHost *host = m_config.host(voter.name);
        if (!host)
            continue;
        QStringList problems;
        if (host->natBlocked.value_or(false))
            problems << Text::tr("NAT-blocked");
        if (!host->isReady())
            problems << Text::tr("status '%1'").arg(host->status);
        if (!host->p2pEnabled.value_or(false))
            problems << Text::tr("p2p_enabled is not true");
        if (!problems.isEmpty()) {
            Diagnostic &d = add("QM008", Severity::Warning,
                                Text::tr("p2p voter '%1' cannot vote reliably: %2")
                                    .arg(voter.name, problems.join(QStringLiteral(", "))),
                                voter.node);
            related(d, host->keyNode, Text::tr("'%1' is defined here").arg(host->name));
        }
    }
}

void Rules::priorityHosts()
{
    QSet<QString> seen; // a host listed twice is QM013's, and reported here once
    for (const HostReference &reference : m_config.priorityHosts) {
        const FleetHost *host = m_config.host(reference.name);
        if (!host || seen.contains(host->name))
            continue;
        seen.insert(host->name);
        QStringList problems;
        for (const Exclusion &exclusion : m_config.excludedHosts) {
            if (exclusion.host.name == host->name) {
                problems << Text::tr("excluded in sync_routing.excluded_hosts");
                break;
            }
        }
        if (!host->isReady())
            problems << Text::tr("status '%1'").arg(host->status);
        if (host->ephemeral.value_or(false))
            problems << Text::tr("ephemeral (its data must leave, not arrive)");
        if (!problems.isEmpty()) {
            Diagnostic &d = add("QM009", Severity::Warning,
                                Text::tr("priority host '%1' is %2")
                                    .arg(host->name, problems.join(Text::tr(" and "))),
                                reference.node);
            related(d, host->keyNode, Text::tr("'%1' is defined here").arg(host->name));
        }
    }
}

void Rules::exclusionListsAgree()
{
    QSet<QString> routing;
    for (const Exclusion &exclusion : m_config.excludedHosts)
        routing.insert(exclusion.host.name);
    QSet<QString> autoSync;
    for (const HostReference &reference : m_config.autoSyncExcludeHosts)
        autoSync.insert(reference.name);
    for (const Exclusion &exclusion : m_config.excludedHosts) {
        if (!autoSync.contains(exclusion.host.name) && m_config.autoSyncExcludeHostsNode >= 0) {
            Diagnostic &d = add("QM010", Severity::Warning,
                                Text::tr("'%1' is in sync_routing.excluded_hosts but not in "
                                         "auto_sync.exclude_hosts")
                                    .arg(exclusion.host.name),
                                exclusion.host.node);
            related(d, m_config.autoSyncExcludeHostsNode, Text::tr("auto_sync.exclude_hosts"));
            d.fix = described(
                m_editor.appendItems(m_config.autoSyncExcludeHostsNode,
                                     {edit::TreeNode::scalar(exclusion.host.name)}, nullptr),
                Text::tr("Add '%1' to auto_sync.exclude_hosts").arg(exclusion.host.name));
        }
    }
    for (const HostReference &reference : m_config.autoSyncExcludeHosts) {
        if (!routing.contains(reference.name)) {
            Diagnostic &d = add("QM010", Severity::Warning,
                                Text::tr("'%1' is in auto_sync.exclude_hosts but not in "
                                         "sync_routing.excluded_hosts")
                                    .arg(reference.name),
                                reference.node);
            related(d, m_config.excludedHostsNode, Text::tr("sync_routing.excluded_hosts"));
            if (m_config.excludedHostsNode >= 0)
                d.fix = described(
                    m_editor.appendItems(m_config.excludedHostsNode,
                                         {edit::TreeNode::scalar(reference.name)}, nullptr),
                    Text::tr("Add '%1' to sync_routing.excluded_hosts").arg(reference.name));
            if (const std::optional<Fix> remove = described(
                    m_editor.removeEntry(reference.node, nullptr),
                    Text::tr("Remove '%1' from auto_sync.exclude_hosts").arg(reference.name)))
                d.alternatives.append(*remove);
        }
    }
}

void Rules::duplicatesIn(const QList<HostReference> &list, const QString &what)
{
    QHash<QString, const HostReference *> first;
    for (const HostReference &reference : list) {
        const auto it = first.constFind(reference.name);
        if (it == first.cend()) {
            first.insert(reference.name, &reference);
            continue;
        }
        Diagnostic &d =
            add("QM013", Severity::Warning,
                Text::tr("'%1' is listed twice in %2").arg(reference.name, what), reference.node);
        related(d, (*it)->node, Text::tr("first listed here"));
        d.fix = removeEntry(reference.node,
                            Text::tr("Remove the second '%1' from %2").arg(reference.name, what));
    }
}

void Rules::duplicateEntries()
{
    QHash<QString, const Exclusion *> first;
    const QString excluded = QStringLiteral("sync_routing.excluded_hosts");
    for (const Exclusion &exclusion : m_config.excludedHosts) {
        const auto it = first.constFind(exclusion.host.name);
        if (it == first.cend()) {
            first.insert(exclusion.host.name, &exclusion);
            continue;
        }
        const Exclusion &earlier = **it;
        const bool same = std::equal(std::begin(earlier.excludes), std::end(earlier.excludes),
                                     std::begin(exclusion.excludes));
        Diagnostic &d =
            add("QM013", Severity::Warning,
                same ? Text::tr("'%1' is listed twice in %2").arg(exclusion.host.name, excluded)
                     : Text::tr("'%1' is listed twice in %2, excluded from different kinds: which "
                                "entry the daemons follow is not defined")
                           .arg(exclusion.host.name, excluded),
                exclusion.host.node);
        related(d, earlier.host.node, Text::tr("first listed here"));
        if (same) // otherwise removing either entry changes what is excluded
            d.fix = removeEntry(
                exclusion.entryNode,
                Text::tr("Remove the second '%1' from %2").arg(exclusion.host.name, excluded));
    }
    duplicatesIn(m_config.priorityHosts, QStringLiteral("sync_routing.priority_hosts"));
    duplicatesIn(m_config.p2pVoters, QStringLiteral("p2p_voters"));
    duplicatesIn(m_config.autoSyncExcludeHosts, QStringLiteral("auto_sync.exclude_hosts"));
}

void Rules::bandwidthOverrides()
{
    for (const BandwidthOverride &override : m_config.bandwidthOverrides) {
        const GlobPattern glob(override.pattern, GlobPattern::pythonFnmatch()); // once per pattern
        const bool used =
            std::any_of(m_hostNames.cbegin(), m_hostNames.cend(),
                        [&](const QString &name) { return glob.matches(QStringView(name)); });
        if (!used)
            add("QM011", Severity::Warning,
                Text::tr("bandwidth override '%1' matches no host").arg(override.pattern),
                override.keyNode);
    }
}

QList<Diagnostic> Rules::run()
{
    exclusionsAgainstExternalStorage();
    thresholds();
    routing();
    undefinedHosts();
    sharedSshEndpoints();
    voters();
    priorityHosts();
    exclusionListsAgree();
    bandwidthOverrides();
    duplicateEntries();
    return m_diagnostics;
}

} // namespace

QStringList kindReceivers(const FleetConfig &config, DataKind kind)
{
    return kindRouting(config, kind).receiverNames();
}

QList<Diagnostic> checkFleetRules(const yaml::Document &document, const FleetConfig &config)
{
    return Rules(document, config).run();
}

bool fnmatch(const QString &name, const QString &pattern)
{
    return GlobPattern(pattern, GlobPattern::pythonFnmatch()).matches(QStringView(name));
}

} // namespace qm
