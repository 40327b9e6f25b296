#pragma once

// What a storage location holds: objects, bytes, newest and oldest, and the same per
// prefix (the folders of its keys) down to a depth (`qmctl storage du`,
// docs/orphans.md).

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace qm {

/// Objects, bytes and times of a part of a location.
struct UsageFigures
{
    qint64 objects = 0;
    qint64 bytes = 0;
    qint64 newestMs = -1; ///< -1: no object
    qint64 oldestMs = -1;

    void add(qint64 objectBytes, qint64 modifiedMs);
};

/// A prefix: the folders keys are in ("models/", "models/2026/"), each counting every
/// object below it; "" (depth 1) counts the objects in no folder.
struct PrefixUsage
{
    QString prefix;
    int depth = 1;
    UsageFigures figures;
};

/// Counts a listing as it streams by, holding one entry a prefix (never the keys).
class UsageCounter
{
public:
    /// Prefixes down to `depth` folders (1: the top-level ones).
    explicit UsageCounter(int depth = 1)
        : m_depth(depth)
    {}

    void add(QByteArrayView key, qint64 bytes, qint64 modifiedMs);

    const UsageFigures &total() const { return m_total; }
    /// Every prefix counted, largest first (then by name).
    QList<PrefixUsage> prefixes() const;

private:
    int m_depth;
    UsageFigures m_total;
    QHash<QByteArray, PrefixUsage> m_prefixes;
};

/// The usage as `qmctl storage du --format json` prints it (docs/orphans.md).
QJsonObject locationUsageJson(const QString &location, const UsageCounter &usage);

} // namespace qm
