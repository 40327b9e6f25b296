#include "configrules.h"

#include "edit/configeditor.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
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
    QStringList receivers(DataKind kind) const { return kindReceivers(m_config, kind); }

    void exclusionsAgainstExternalStorage(); // QM001
    void thresholds();                       // QM002
    void replication();                      // QM003
    void unreceivedKinds();                  // QM004
    void undefinedHosts();                   // QM005
    void sharedSshEndpoints();               // QM007
    void voters();                           // QM008
    void priorityHosts();                    // QM009
    void exclusionListsAgree();              // QM010
    void bandwidthOverrides();               // QM011

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

void Rules::replication()
{
    const auto &target = m_config.replicationTarget;
    if (!target || m_config.hostsKeyNode < 0)
        return;
    const QStringList names = receivers(DataKind::Games);
    if (target->value > names.size())
        add("QM003", Severity::Error,
            Text::tr("replication_target is %1, but only %n host(s) can receive games%2", nullptr,
                     int(names.size()))
                .arg(target->value)
                .arg(names.isEmpty()
                         ? QString()
                         : QStringLiteral(" (%1)").arg(names.join(QStringLiteral(", ")))),
            target->node);
}

void Rules::unreceivedKinds()
{
    if (m_config.hostsKeyNode < 0)
        return;
    for (const DataKind kind : kDataKinds) {
        if (receivers(kind).isEmpty())
            add("QM004", Severity::Error,
                Text::tr("no host can receive %1: every host is excluded from it or not ready, "
                         "and no external storage takes it")
                    .arg(kindName(kind)),
                m_config.syncRoutingKeyNode >= 0 ? m_config.syncRoutingKeyNode
                                                 : m_config.hostsKeyNode);
    }
}

void Rules::undefinedHosts()
{
    // `removable`: the list item that holds the reference, or -1 when it is not in a list.
    const auto check = [&](const HostReference &reference, const QString &where, int removable) {
        if (m_config.host(reference.name))
            return;
        const QString suggestion = closestMatch(reference.name, m_hostNames);
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
    for (const Exclusion &exclusion : m_config.excludedHosts)
        check(exclusion.host, Text::tr("excluded host"), exclusion.entryNode);
    for (const ExternalStorage &storage : m_config.externalStorage)
        check(storage.host, Text::tr("the host of external storage %1").arg(storage.path), -1);
    for (const HostReference &reference : m_config.priorityHosts)
        check(reference, Text::tr("priority host"), reference.node);
    for (const HostReference &reference : m_config.p2pVoters)
        check(reference, Text::tr("p2p voter"), reference.node);
    if (m_config.eloCoordinator)
        check(*m_config.eloCoordinator, Text::tr("elo_sync coordinator"), -1);
    for (const HostReference &reference : m_config.autoSyncExcludeHosts)
        check(reference, Text::tr("auto_sync excluded host"), reference.node);
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
    const QList<HostReference> &voters = m_config.p2pVoters;
    if (m_config.p2pVotersKeyNode < 0 || voters.isEmpty())
        return;
    if (voters.size() < 3)
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
    for (const HostReference &voter : voters) {
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
    for (const HostReference &reference : m_config.priorityHosts) {
        const FleetHost *host = m_config.host(reference.name);
        if (!host)
            continue;
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

void Rules::bandwidthOverrides()
{
    for (const BandwidthOverride &override : m_config.bandwidthOverrides) {
        const QRegularExpression glob = fnmatchExpression(override.pattern); // once per pattern
        const bool used = glob.isValid() && std::any_of(m_hostNames.cbegin(), m_hostNames.cend(),
                                                        [&](const QString &name) {
                                                            return glob.match(name).hasMatch();
                                                        });
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
    replication();
    unreceivedKinds();
    undefinedHosts();
    sharedSshEndpoints();
    voters();
    priorityHosts();
    exclusionListsAgree();
    bandwidthOverrides();
    return m_diagnostics;
}

/// What makes two keys equal: the text for strings (no copy), a tagged text otherwise;
/// a null string for keys that may repeat (merge keys, collections).
QString keyIdentity(const yaml::Document &document, int keyIndex)
{
    const yaml::Node &key = document.node(document.resolved(keyIndex));
    if (key.kind != yaml::NodeKind::Scalar)
        return {};
    if (key.tag.isEmpty() && key.style == yaml::ScalarStyle::Plain) {
        const QString tag = yaml::resolvePlainScalar(key.scalar);
        if (tag == QLatin1String("merge"))
            return {}; // several merge keys are allowed
        if (tag != QLatin1String("str"))
            return QLatin1Char('\x01') + tag + QLatin1Char(':') + key.scalar;
    }
    return key.scalar.isNull() ? QStringLiteral("") : key.scalar;
}

} // namespace

bool hostReceivesKind(const FleetConfig &config, const FleetHost &host, DataKind kind)
{
    if (!host.isReady())
        return false;
    for (const Exclusion &exclusion : config.excludedHosts) {
        if (exclusion.host.name == host.name && exclusion.excludesKind(kind))
            return false;
    }
    return true;
}

QStringList kindReceivers(const FleetConfig &config, DataKind kind)
{
    QStringList names;
    for (const FleetHost &host : config.hosts) {
        if (hostReceivesKind(config, host, kind))
            names.append(host.name);
    }
    for (const ExternalStorage &storage : config.externalStorage) {
        if (storage.receivesKind(kind) && !names.contains(storage.host.name))
            names.append(storage.host.name + QLatin1Char(':') + storage.path);
    }
    return names;
}

QRegularExpression fnmatchExpression(const QString &pattern)
{
    // Translate like Python's fnmatch.translate, anchored on both ends.
    QString regex;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == QLatin1Char('*')) {
            regex += QStringLiteral(".*");
        } else if (c == QLatin1Char('?')) {
            regex += QLatin1Char('.');
        } else if (c == QLatin1Char('[')) {
            qsizetype j = i + 1;
            if (j < pattern.size() && pattern[j] == QLatin1Char('!'))
                ++j;
            if (j < pattern.size() && pattern[j] == QLatin1Char(']'))
                ++j;
            while (j < pattern.size() && pattern[j] != QLatin1Char(']'))
                ++j;
            if (j >= pattern.size()) {
                regex += QStringLiteral("\\[");
            } else {
                QString set = pattern.mid(i + 1, j - i - 1);
                set.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
                if (set.startsWith(QLatin1Char('!')))
                    set[0] = QLatin1Char('^');
                regex += QLatin1Char('[') + set + QLatin1Char(']');
                i = j;
            }
        } else {
            regex += QRegularExpression::escape(QString(c));
        }
    }
    return QRegularExpression(QStringLiteral("\\A(?:") + regex + QStringLiteral(")\\z"),
                              QRegularExpression::DotMatchesEverythingOption);
}

bool fnmatch(const QString &name, const QString &pattern)
{
    const QRegularExpression re = fnmatchExpression(pattern);
    return re.isValid() && re.match(name).hasMatch();
}

QList<Diagnostic> checkFleetRules(const yaml::Document &document, const FleetConfig &config)
{
    return Rules(document, config).run();
}

QList<Diagnostic> duplicateKeys(const yaml::Document &document)
{
    QList<Diagnostic> diagnostics;
    const edit::ConfigEditor editor(document);
    for (const yaml::Node &mapping : document.nodes) {
        if (mapping.kind != yaml::NodeKind::Mapping)
            continue;
        QHash<QString, int> first;
        first.reserve(qsizetype(mapping.children.size() / 2));
        for (size_t i = 0; i + 1 < mapping.children.size(); i += 2) {
            const int key = mapping.children[i];
            const QString identity = keyIdentity(document, key);
            if (identity.isNull())
                continue;
            const auto it = first.constFind(identity);
            if (it == first.cend()) {
                first.insert(identity, key);
                continue;
            }
            const yaml::Node &keyNode = document.node(key);
            Diagnostic d;
            d.rule = QStringLiteral("QM006");
            d.severity = Severity::Error;
            d.message = QCoreApplication::translate(
                            "qm::ConfigRules",
                            "duplicate key '%1': this definition silently replaces the first")
                            .arg(keyNode.scalar);
            d.range = rangeOf(document, key);
            d.related.append(RelatedLocation{
                rangeOf(document, *it),
                QCoreApplication::translate("qm::ConfigRules", "first defined here")});
            std::optional<Fix> fix = editor.removeEntry(key, nullptr);
            if (fix) {
                fix->description = QCoreApplication::translate(
                                       "qm::ConfigRules", "Remove the second definition of '%1'")
                                       .arg(keyNode.scalar);
                d.fix = fix;
            }
            diagnostics.append(d);
        }
    }
    return diagnostics;
}

} // namespace qm
