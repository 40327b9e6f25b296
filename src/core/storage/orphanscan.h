#pragma once

// An orphan scan: what a location holds that no reference points at any more, and what
// the references point at that the location does not hold (docs/orphans.md).

#include "core/storage/objectlist.h"
#include "core/storage/objectlisting.h"
#include "core/storage/referencesource.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace qm {

/// A location's health by the share of its bytes that are orphans: under 10 % healthy,
/// 10 to 25 % warning, over 25 % critical.
enum class HealthBand { Healthy, Warning, Critical };
HealthBand healthBandOf(double orphanShare);
/// "healthy", "warning", "critical": JSON's and the metrics' words.
QString healthBandName(HealthBand band);

struct OrphanScanOptions
{
    qint64 nowMs = 0; ///< 0: now
    /// Objects modified less than this long ago are never orphans (an upload whose row
    /// is not written yet).
    int minAgeDays = 7;
};

/// What a scan found.
struct OrphanScan
{
    qint64 listedObjects = 0;
    qint64 listedBytes = 0;
    qint64 referencedKeys = 0; ///< distinct keys, after the mapping
    qint64 orphanObjects = 0;  ///< listed, not referenced, old enough: the plan
    qint64 orphanBytes = 0;
    qint64 tooYoungObjects = 0; ///< listed, not referenced, younger than the minimum age
    qint64 tooYoungBytes = 0;
    qint64 missingCount = 0;        ///< referenced keys the location does not hold
    QStringList missingExamples;    ///< the first few of them, sorted
    std::vector<qsizetype> orphans; ///< the orphans' indices in the (sorted) listing

    /// Orphan bytes over listed bytes (objects over objects when nothing has a size).
    double orphanShare() const;
    /// The larger of the shares of objects and of bytes: what the safety limit compares.
    double largestShare() const;
    HealthBand band() const { return healthBandOf(orphanShare()); }
};

/// Sorts `listed` and `referenced` and compares them.
OrphanScan compareKeys(ObjectList &listed, KeySet &referenced, const OrphanScanOptions &options);

/// The scan's figures as `qmctl orphans scan --format json` prints them (schema in
/// docs/orphans.md), `planPath` null when no plan was saved.
QJsonObject orphanScanJson(const QString &location, const OrphanScan &scan,
                           const QString &planPath);

/// The version of a saved plan's JSON file: 2 since the CSV's times hold milliseconds
/// (a cleanup compares them with what it finds).
inline constexpr int kOrphanPlanSchemaVersion = 2;

/// Saves the plan: `csvPath` lists the orphans (`key,bytes,modifiedAt`, RFC 4180) and a
/// JSON file beside it (the same name ending in `.json`) tells where they are and what
/// was checked (location, reference source without a password, mapping, minimum age,
/// time, totals), both created new (never over a file), 0600, synced. Empty on success,
/// else why not.
QString writeOrphanPlan(const QString &csvPath, const SyncEndpoint &location,
                        const ReferenceSource &source, const OrphanScanOptions &options,
                        const ObjectList &listed, const OrphanScan &scan);

/// The plan's JSON file beside `csvPath`.
QString orphanPlanInfoPath(const QString &csvPath);

} // namespace qm
