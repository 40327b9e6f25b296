#include "locationusage.h"

#include "core/json/schema.h"

#include <QJsonArray>

#include <algorithm>

namespace qm {

namespace {

QJsonValue timeOrNull(qint64 ms)
{
    return ms < 0 ? QJsonValue() : QJsonValue(json::time(ms));
}

QJsonObject figuresJson(const UsageFigures &figures)
{
    return {{QStringLiteral("objects"), figures.objects},
            {QStringLiteral("sizeBytes"), figures.bytes},
            {QStringLiteral("newestAt"), timeOrNull(figures.newestMs)},
            {QStringLiteral("oldestAt"), timeOrNull(figures.oldestMs)}};
}

} // namespace

void UsageFigures::add(qint64 objectBytes, qint64 modifiedMs)
{
    ++objects;
    bytes += objectBytes;
    if (newestMs < 0 || modifiedMs > newestMs)
        newestMs = modifiedMs;
    if (oldestMs < 0 || modifiedMs < oldestMs)
        oldestMs = modifiedMs;
}

void UsageCounter::add(QByteArrayView key, qint64 bytes, qint64 modifiedMs)
{
    m_total.add(bytes, modifiedMs);
    // Each folder the key is in, down to the depth: "a/", then "a/b/"… (a folder counts
    // everything below it, as du does); a key in no folder counts in the top's "".
    qsizetype end = 0;
    for (int depth = 1; depth <= m_depth; ++depth) {
        const qsizetype slash = key.indexOf('/', end);
        if (slash < 0 && depth > 1)
            break;
        const QByteArray prefix = key.first(slash < 0 ? 0 : slash + 1).toByteArray();
        auto it = m_prefixes.find(prefix);
        if (it == m_prefixes.end())
            it = m_prefixes.insert(prefix, PrefixUsage{QString::fromUtf8(prefix), depth, {}});
        it->figures.add(bytes, modifiedMs);
        if (slash < 0)
            break;
        end = slash + 1;
    }
}

QList<PrefixUsage> UsageCounter::prefixes() const
{
    QList<PrefixUsage> all = m_prefixes.values();
    std::sort(all.begin(), all.end(), [](const PrefixUsage &a, const PrefixUsage &b) {
        if (a.figures.bytes != b.figures.bytes)
            return a.figures.bytes > b.figures.bytes;
        return a.prefix < b.prefix;
    });
    return all;
}

QJsonObject locationUsageJson(const QString &location, const UsageCounter &usage)
{
    QJsonArray prefixes;
    for (const PrefixUsage &prefix : usage.prefixes()) {
        QJsonObject entry = figuresJson(prefix.figures);
        entry.insert(QStringLiteral("prefix"), prefix.prefix);
        entry.insert(QStringLiteral("depth"), prefix.depth);
        prefixes.append(entry);
    }
    QJsonObject document = figuresJson(usage.total());
    document.insert(QStringLiteral("schemaVersion"), 1);
    document.insert(QStringLiteral("location"), location);
    document.insert(QStringLiteral("prefixes"), prefixes);
    return document;
}

} // namespace qm
