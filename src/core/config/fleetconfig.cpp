#include "fleetconfig.h"

#include "configrules.h"
#include "edit/configeditor.h"

#include <algorithm>

namespace qm {

QString dataKindKey(DataKind kind)
{
    switch (kind) {
    case DataKind::Games:
        return QStringLiteral("games");
    case DataKind::Npz:
        return QStringLiteral("npz");
    case DataKind::Models:
        return QStringLiteral("models");
    }
    return {};
}

std::optional<DataKind> dataKindFromKey(const QString &key)
{
    for (const DataKind kind : kDataKinds) {
        if (dataKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

std::optional<double> FleetConfig::bandwidthLimitFor(const QString &host) const
{
    // The daemons walk the overrides in the order written and take the first match.
    for (const BandwidthOverride &entry : bandwidthOverrides) {
        if (fnmatch(host, entry.pattern))
            return entry.megabytesPerSecond && *entry.megabytesPerSecond > 0
                       ? entry.megabytesPerSecond
                       : std::nullopt;
    }
    if (bandwidthLimitMbps && bandwidthLimitMbps->value > 0)
        return bandwidthLimitMbps->value;
    return std::nullopt;
}

const FleetHost *FleetConfig::host(const QString &name) const
{
    for (const FleetHost &candidate : hosts) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

SourceRange rangeOf(const yaml::Document &document, int index)
{
    if (index < 0 || size_t(index) >= document.nodes.size())
        return {};
    const yaml::Node &node = document.node(index);
    return SourceRange{node.start, node.end};
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> previous(size_t(b.size()) + 1), current(size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[size_t(j)] =
                std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[size_t(b.size())];
}

QString closestMatch(const QString &word, const QStringList &candidates)
{
    const int limit = std::max<int>(2, int(word.size() / 3));
    QString best;
    int bestDistance = limit + 1;
    for (const QString &candidate : candidates) {
        const int distance = editDistance(word, candidate);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return best;
}

} // namespace qm
