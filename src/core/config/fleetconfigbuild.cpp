// FleetConfig::build(): reading distributed_hosts.yaml section by section, checking
// types and typos on the way. The rest of FleetConfig is in fleetconfig.cpp.

#include "configkeys.h"
#include "configrules.h"
#include "edit/configeditor.h"
#include "fleetconfig.h"

#include <QCoreApplication>

#include <algorithm>

namespace qm {

namespace {

using yaml::Value;
using yaml::ValueData;
using Type = ValueData::Type;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::FleetConfig)
};

// The keys of each section and their types: configkeys.h.
using Expect = KeyType;
using namespace knownkeys;

QString join(const QString &path, const char *key)
{
    return path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('.') + QLatin1String(key);
}

bool matches(const Value &value, Expect expect)
{
    switch (value->type) {
    case Type::Null:
        return true; // any key may be null
    case Type::Bool:
        return expect == Expect::Bool || expect == Expect::Scalar;
    case Type::Int:
        return expect == Expect::Integer || expect == Expect::Number || expect == Expect::Scalar;
    case Type::Float:
        return expect == Expect::Number || expect == Expect::Scalar;
    case Type::String:
    case Type::Date:
    case Type::DateTime:
        return expect == Expect::String || expect == Expect::Scalar;
    case Type::Sequence:
        return expect == Expect::List;
    case Type::Mapping:
        return expect == Expect::Mapping;
    }
    return false;
}

QString describe(const Value &value)
{
    switch (value->type) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Bool:
        return value->boolean ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Int:
        return Text::tr("the number %1")
            .arg(value->bigInteger.isEmpty() ? QString::number(value->integer) : value->bigInteger);
    case Type::Float:
        return Text::tr("the number %1").arg(value->real);
    case Type::String:
        return Text::tr("the string '%1'").arg(value->string.left(60));
    case Type::Date:
    case Type::DateTime:
        return Text::tr("the date %1").arg(value->isoFormat());
    case Type::Sequence:
        return Text::tr("a list");
    case Type::Mapping:
        return Text::tr("a mapping");
    }
    return {};
}

QString expected(Expect expect)
{
    switch (expect) {
    case Expect::Number:
        return Text::tr("a number");
    case Expect::Integer:
        return Text::tr("a whole number");
    case Expect::Bool:
        return Text::tr("true or false");
    case Expect::String:
        return Text::tr("a string");
    case Expect::Scalar:
        return Text::tr("a single value");
    case Expect::List:
        return Text::tr("a list");
    case Expect::Mapping:
        return Text::tr("a mapping");
    }
    return {};
}

/// Walks the known sections, checking types and typos, and handing typed values out.
class Builder
{
public:
    Builder(const yaml::Document &document, QList<Diagnostic> *diagnostics)
        : m_document(document)
        , m_diagnostics(diagnostics)
    {}

    /// The value of `key` in `mapping` if present and of the expected type (null counts
    /// as absent); reports a type error otherwise.
    Value get(const Value &mapping, const QString &path, const char *key, Expect expect,
              int *keyNode = nullptr);
    /// Reports unknown keys of `mapping` that look like typos of `known`.
    template <size_t N>
    void checkKeys(const Value &mapping, const QString &path, const KnownKey (&known)[N]);
    void typeError(const Value &value, const QString &path, Expect expect);
    /// A string from a scalar value; false (and a type error) for anything else.
    bool hostName(const Value &value, const QString &path, HostReference *out);
    std::optional<ConfigNumber> number(const Value &mapping, const QString &path, const char *key,
                                       Expect expect);
    QList<HostReference> hostList(const Value &mapping, const QString &path, const char *key,
                                  int *listNode = nullptr, int *keyNode = nullptr);

private:
    const yaml::Document &m_document;
    QList<Diagnostic> *m_diagnostics;
};

template <typename Key>
std::pair<Value, Value> findPair(const Value &mapping, const Key &key)
{
    if (!mapping || mapping->type != Type::Mapping)
        return {};
    for (const auto &pair : mapping->pairs) {
        if (pair.first->type == Type::String && pair.first->string == key)
            return pair;
    }
    return {};
}

void Builder::typeError(const Value &value, const QString &path, Expect expect)
{
    Diagnostic diagnostic;
    diagnostic.rule = QStringLiteral("QM012");
    diagnostic.severity = Severity::Error;
    diagnostic.message =
        Text::tr("%1 is %2, but %3 is expected").arg(path, describe(value), expected(expect));
    diagnostic.range = rangeOf(m_document, value->node);
    m_diagnostics->append(diagnostic);
}

Value Builder::get(const Value &mapping, const QString &path, const char *key, Expect expect,
                   int *keyNode)
{
    const auto [k, v] = findPair(mapping, QLatin1StringView(key));
    if (!v)
        return nullptr;
    if (keyNode)
        *keyNode = k->node;
    if (v->type == Type::Null)
        return nullptr;
    if (!matches(v, expect)) {
        typeError(v, join(path, key), expect);
        return nullptr;
    }
    return v;
}

template <size_t N>
void Builder::checkKeys(const Value &mapping, const QString &path, const KnownKey (&known)[N])
{
    if (!mapping || mapping->type != Type::Mapping)
        return;
    for (const auto &pair : mapping->pairs) {
        const Value &k = pair.first; // a plain name: lambdas cannot capture bindings in clang 14
        if (k->type != Type::String || k->string.size() < 4)
            continue;
        const bool isKnown =
            std::any_of(std::begin(known), std::end(known), [&](const KnownKey &key) {
                return k->string == QLatin1StringView(key.name);
            });
        if (isKnown)
            continue;
        QStringList names; // only for unknown keys, which are few
        for (const KnownKey &key : known)
            names.append(QString::fromLatin1(key.name));
        QString best;
        int bestDistance = 3;
        for (const QString &name : names) {
            const int distance = editDistance(k->string, name);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = name;
            }
        }
        if (best.isEmpty())
            continue; // provider-specific keys are welcome
        Diagnostic diagnostic;
        diagnostic.rule = QStringLiteral("QM012");
        diagnostic.severity = Severity::Info;
        diagnostic.message =
            Text::tr("unknown key '%1' in %2; did you mean '%3'?").arg(k->string, path, best);
        diagnostic.range = rangeOf(m_document, k->node);
        if (k->node >= 0 && m_document.node(k->node).kind == yaml::NodeKind::Scalar) {
            diagnostic.fix = edit::ConfigEditor(m_document).renameKey(k->node, best, nullptr);
            if (diagnostic.fix)
                diagnostic.fix->description = Text::tr("Rename '%1' to '%2'").arg(k->string, best);
        }
        m_diagnostics->append(diagnostic);
    }
}

bool Builder::hostName(const Value &value, const QString &path, HostReference *out)
{
    if (value->type == Type::String) {
        *out = HostReference{value->string, value->node};
        return true;
    }
    if (value->type == Type::Int || value->type == Type::Float || value->type == Type::Bool) {
        // A host named like a number ("4090"): the daemons would see a number and match
        // nothing, so it is a type error, but it still names the host for the rules.
        typeError(value, path, Expect::String);
        return false;
    }
    if (value->type != Type::Null)
        typeError(value, path, Expect::String);
    return false;
}

std::optional<ConfigNumber> Builder::number(const Value &mapping, const QString &path,
                                            const char *key, Expect expect)
{
    const Value value = get(mapping, path, key, expect);
    if (!value)
        return std::nullopt;
    const double number = value->type == Type::Float ? value->real : double(value->integer);
    return ConfigNumber{number, value->node};
}

QList<HostReference> Builder::hostList(const Value &mapping, const QString &path, const char *key,
                                       int *listNode, int *keyNode)
{
    QList<HostReference> references;
    const Value list = get(mapping, path, key, Expect::List, keyNode);
    if (!list)
        return references;
    if (listNode)
        *listNode = list->node;
    const QString itemPath = join(path, key);
    for (size_t i = 0; i < list->items.size(); ++i) {
        HostReference reference;
        if (hostName(list->items[i], QStringLiteral("%1[%2]").arg(itemPath).arg(i), &reference))
            references.append(reference);
    }
    return references;
}

bool flag(const Value &value, bool fallback)
{
    return value && value->type == Type::Bool ? value->boolean : fallback;
}
/// One host of `hosts`: `key` its name, `properties` its mapping.
FleetHost readHost(Builder &b, const yaml::Document &document, const Value &key,
                   const Value &properties)
{
    FleetHost host;
    const yaml::Node &keyNode = document.node(document.resolved(key->node));
    host.name = key->type == Type::String ? key->string : keyNode.scalar;
    host.keyNode = key->node;
    host.valueNode = properties->node;
    const QString path = QStringLiteral("hosts.") + host.name;
    if (properties->type == Type::Mapping) {
        b.checkKeys(properties, path, kHost);
        if (const Value v = b.get(properties, path, "ssh_host", Expect::String)) {
            host.sshHost = v->string;
            host.sshHostNode = v->node;
        }
        if (const Value v = b.get(properties, path, "ssh_port", Expect::Integer))
            host.sshPort = int(v->integer);
        if (const Value v = b.get(properties, path, "ssh_user", Expect::String))
            host.sshUser = v->string;
        if (const Value v = b.get(properties, path, "ssh_key", Expect::String))
            host.sshKey = v->string;
        if (const Value v = b.get(properties, path, "ringrift_path", Expect::String))
            host.ringriftPath = v->string;
        if (const Value v = b.get(properties, path, "data_dir", Expect::String))
            host.dataDir = v->string;
        if (const Value v = b.get(properties, path, "node_exporter_url", Expect::String))
            host.nodeExporterUrl = v->string;
        if (const Value v = b.get(properties, path, "rsync_path", Expect::String))
            host.rsyncPath = v->string;
        if (const Value v = b.get(properties, path, "storage_paths", Expect::Mapping)) {
            for (const auto &[category, where] : v->pairs) {
                if (category->type == Type::String && where->type == Type::String)
                    host.storagePaths.append({category->string, where->string});
            }
        }
        if (const Value v = b.get(properties, path, "role", Expect::String))
            host.role = v->string;
        if (const Value v = b.get(properties, path, "status", Expect::String)) {
            host.status = v->string;
            host.statusNode = v->node;
        }
        if (const Value v = b.get(properties, path, "p2p_enabled", Expect::Bool))
            host.p2pEnabled = v->boolean;
        if (const Value v = b.get(properties, path, "nat_blocked", Expect::Bool))
            host.natBlocked = v->boolean;
        if (const Value v = b.get(properties, path, "is_ephemeral", Expect::Bool))
            host.ephemeral = v->boolean;
        for (const KnownKey &known : kHost) {
            const QString name = QString::fromLatin1(known.name);
            static const QStringList read = {QStringLiteral("ssh_host"),
                                             QStringLiteral("ssh_port"),
                                             QStringLiteral("ssh_user"),
                                             QStringLiteral("ssh_key"),
                                             QStringLiteral("ringrift_path"),
                                             QStringLiteral("data_dir"),
                                             QStringLiteral("node_exporter_url"),
                                             QStringLiteral("rsync_path"),
                                             QStringLiteral("storage_paths"),
                                             QStringLiteral("role"),
                                             QStringLiteral("status"),
                                             QStringLiteral("p2p_enabled"),
                                             QStringLiteral("nat_blocked"),
                                             QStringLiteral("is_ephemeral")};
            if (!read.contains(name))
                b.get(properties, path, known.name, known.type); // type check only
        }
    } else if (properties->type != Type::Null) {
        b.typeError(properties, path, Expect::Mapping);
    }
    return host;
}

// hosts
void readHosts(Builder &b, const yaml::Document &document, const Value &root, FleetConfig *config)
{
    if (const Value hosts =
            b.get(root, QString(), "hosts", Expect::Mapping, &config->hostsKeyNode)) {
        for (const auto &[key, properties] : hosts->pairs)
            config->hosts.append(readHost(b, document, key, properties));
    }
}

// sync_routing.excluded_hosts
void readExcludedHosts(Builder &b, const Value &routing, const QString &routingPath,
                       FleetConfig *config)
{
    if (const Value list = b.get(routing, routingPath, "excluded_hosts", Expect::List)) {
        config->excludedHostsNode = list->node;
        for (size_t i = 0; i < list->items.size(); ++i) {
            const Value &item = list->items[i];
            const QString path = QStringLiteral("sync_routing.excluded_hosts[%1]").arg(i);
            Exclusion exclusion;
            exclusion.entryNode = item->node;
            if (item->type == Type::Mapping) {
                b.checkKeys(item, path, kExclusion);
                const Value name = b.get(item, path, "name", Expect::String);
                if (!name)
                    continue;
                exclusion.host = HostReference{name->string, name->node};
                exclusion.mappingForm = true;
                for (const DataKind kind : kDataKinds) {
                    const QByteArray key = "receive_" + dataKindKey(kind).toLatin1();
                    const Value receive = b.get(item, path, key.constData(), Expect::Bool);
                    exclusion.excludes[int(kind)] = !flag(receive, false);
                    exclusion.flagNodes[int(kind)] = receive ? receive->node : -1;
                }
            } else if (!b.hostName(item, path, &exclusion.host)) {
                continue;
            }
            config->excludedHosts.append(exclusion);
        }
    }
}

// sync_routing.allowed_external_storage
void readExternalStorage(Builder &b, const Value &routing, const QString &routingPath,
                         FleetConfig *config)
{
    if (const Value list = b.get(routing, routingPath, "allowed_external_storage", Expect::List)) {
        for (size_t i = 0; i < list->items.size(); ++i) {
            const Value &item = list->items[i];
            const QString path = QStringLiteral("sync_routing.allowed_external_storage[%1]").arg(i);
            if (item->type != Type::Mapping) {
                if (item->type != Type::Null)
                    b.typeError(item, path, Expect::Mapping);
                continue;
            }
            b.checkKeys(item, path, kExternalStorage);
            ExternalStorage storage;
            storage.entryNode = item->node;
            const Value host = b.get(item, path, "host", Expect::String);
            if (!host)
                continue;
            storage.host = HostReference{host->string, host->node};
            if (const Value p = b.get(item, path, "path", Expect::String))
                storage.path = p->string;
            const Value subdirs = b.get(item, path, "subdirs", Expect::Mapping);
            for (const DataKind kind : kDataKinds) {
                const QByteArray key = "receive_" + dataKindKey(kind).toLatin1();
                const Value receive = b.get(item, path, key.constData(), Expect::Bool);
                const Value subdir = findPair(subdirs, dataKindKey(kind)).second;
                const bool hasSubdir = subdir != nullptr;
                if (subdir && subdir->type == Type::String)
                    storage.subdirs[int(kind)] = subdir->string;
                storage.receives[int(kind)] = flag(receive, hasSubdir);
                storage.flagNodes[int(kind)] = receive ? receive->node : -1;
            }
            config->externalStorage.append(storage);
        }
    }
}

// sync_routing
void readSyncRouting(Builder &b, const Value &root, FleetConfig *config)
{
    const Value routing =
        b.get(root, QString(), "sync_routing", Expect::Mapping, &config->syncRoutingKeyNode);
    const QString routingPath = QStringLiteral("sync_routing");
    if (routing) {
        b.checkKeys(routing, routingPath, kSyncRouting);
        config->maxDiskUsagePercent =
            b.number(routing, routingPath, "max_disk_usage_percent", Expect::Number);
        config->targetDiskUsagePercent =
            b.number(routing, routingPath, "target_disk_usage_percent", Expect::Number);
        config->minFreeDiskPercent =
            b.number(routing, routingPath, "min_free_disk_percent", Expect::Number);
        config->replicationTarget =
            b.number(routing, routingPath, "replication_target", Expect::Integer);
        b.get(routing, routingPath, "underserved_configs", Expect::List);

        readExcludedHosts(b, routing, routingPath, config);
        readExternalStorage(b, routing, routingPath, config);
        config->priorityHosts = b.hostList(routing, routingPath, "priority_hosts");
    }
}

// auto_sync
void readAutoSync(Builder &b, const Value &root, FleetConfig *config)
{
    const QString autoPath = QStringLiteral("auto_sync");
    if (const Value autoSync = b.get(root, QString(), "auto_sync", Expect::Mapping)) {
        b.checkKeys(autoSync, autoPath, kAutoSync);
        for (const KnownKey &known : kAutoSync) {
            if (qstrcmp(known.name, "exclude_hosts") &&
                qstrcmp(known.name, "host_bandwidth_overrides") &&
                qstrcmp(known.name, "max_concurrent_syncs") &&
                qstrcmp(known.name, "bandwidth_limit_mbps"))
                b.get(autoSync, autoPath, known.name, known.type);
        }
        config->maxConcurrentSyncs =
            b.number(autoSync, autoPath, "max_concurrent_syncs", Expect::Integer);
        config->bandwidthLimitMbps =
            b.number(autoSync, autoPath, "bandwidth_limit_mbps", Expect::Number);
        config->autoSyncExcludeHosts =
            b.hostList(autoSync, autoPath, "exclude_hosts", &config->autoSyncExcludeHostsNode);
        if (const Value overrides =
                b.get(autoSync, autoPath, "host_bandwidth_overrides", Expect::Mapping)) {
            for (const auto &[pattern, limit] : overrides->pairs) {
                const QString path = QStringLiteral("auto_sync.host_bandwidth_overrides");
                if (pattern->type != Type::String) {
                    b.typeError(pattern, path, Expect::String);
                    continue;
                }
                BandwidthOverride entry{pattern->string, pattern->node, std::nullopt};
                if (!matches(limit, Expect::Number))
                    b.typeError(limit, path + QLatin1Char('.') + pattern->string, Expect::Number);
                else
                    entry.megabytesPerSecond =
                        limit->type == Type::Float ? limit->real : double(limit->integer);
                config->bandwidthOverrides.append(entry);
            }
        }
    }
}

// elo_sync
void readEloSync(Builder &b, const Value &root, FleetConfig *config)
{
    if (const Value elo = b.get(root, QString(), "elo_sync", Expect::Mapping)) {
        const QString path = QStringLiteral("elo_sync");
        b.checkKeys(elo, path, kEloSync);
        for (const KnownKey &known : kEloSync) {
            if (qstrcmp(known.name, "coordinator"))
                b.get(elo, path, known.name, known.type);
        }
        if (const Value coordinator = b.get(elo, path, "coordinator", Expect::String))
            config->eloCoordinator = HostReference{coordinator->string, coordinator->node};
    }
}

} // namespace

FleetConfig FleetConfig::build(const yaml::Document &document, const Value &root,
                               QList<Diagnostic> *diagnostics)
{
    FleetConfig config;
    Builder b(document, diagnostics);
    if (!root || root->type != Type::Mapping) {
        if (root && root->type != Type::Null)
            b.typeError(root, Text::tr("the document"), Expect::Mapping);
        return config;
    }
    b.checkKeys(root, Text::tr("the top level"), kTopLevel);
    readHosts(b, document, root, &config);
    readSyncRouting(b, root, &config);
    readAutoSync(b, root, &config);
    readEloSync(b, root, &config);

    // p2p_voters
    config.p2pVoters = b.hostList(root, QString(), "p2p_voters", nullptr, &config.p2pVotersKeyNode);
    return config;
}

} // namespace qm
