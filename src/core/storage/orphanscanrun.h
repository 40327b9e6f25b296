#pragma once

// One orphan scan from start to end, as `qmctl orphans scan` and the Storage page run
// it: the references read first, the location listed, both compared, the plan saved
// and the figures kept in the history (docs/orphans.md).

#include "core/storage/locationusage.h"
#include "core/storage/objectlisting.h"
#include "core/storage/orphanscan.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>

namespace qm {

/// What to scan and where its results go.
struct OrphanScanRequest
{
    SyncEndpoint location;
    ReferenceSource source;
    OrphanScanOptions options; ///< nowMs 0: now
    /// The largest share of orphans (objects or bytes, 0–1) a plan is saved for; over it
    /// the scan is refused (no plan).
    double maxShare = 0.5;
    bool savePlan = true; ///< false: the figures only (a scheduled scan that moves nothing)
    QString planPath;     ///< the plan's CSV (new); empty: planFolder/<planName>-<UTC time>.csv
    QString planFolder;   ///< where plans go when planPath is empty (made when missing)
    /// How a plan's name begins in planFolder: "plan" (a scan a person made), "lifecycle"
    /// (a lifecycle job's, which the job prunes: pruneLifecyclePlans()).
    QString planName = QStringLiteral("plan");
    QString historyPath; ///< the history the figures are kept in; empty: not kept
    /// node_exporter's textfile-collector folder: the gauges of every location's last
    /// scan are written there after the scan is kept (storagemetrics.h); empty: not.
    QString textfileDirectory;
};

/// The orphans of a plan under one top-level folder of the location.
struct PlanPrefix
{
    QString prefix; ///< "models/", or "" for objects in no folder
    qint64 objects = 0;
    qint64 bytes = 0;
};

/// What a scan gave.
struct OrphanScanRun
{
    /// Empty when the scan was made (refused or not); else why not: the references or
    /// the listing failed, the plan could not be saved.
    QString error;
    OrphanScan scan;
    ObjectListingStats stats;
    bool refused = false;           ///< the share was over maxShare: no plan
    QString planPath;               ///< the plan saved; empty when none (no orphans, refused)
    QList<PlanPrefix> planPrefixes; ///< the plan by top-level folder, largest first
    /// What the location holds by top-level folder ("" for objects in no folder),
    /// largest first: counted while it was listed.
    QList<PrefixUsage> prefixes;
    QString historyWarning; ///< why the figures were not kept, when they were not
    QString metricsWarning; ///< why the gauges were not written, when they were not

    bool ok() const { return error.isEmpty(); }
};

/// How `request` scans, to scan the same way again (a scheduled lifecycle job): the
/// reference source as referenceSourceJson() keeps it (no password), the minimum age and
/// the share limit. Kept with every scan in the history.
QJsonObject orphanScanRuleJson(const OrphanScanRequest &request);
/// Sets `request`'s source, minimum age and share limit from `rule`; false, with `*error`
/// for a person, when it is not a rule orphanScanRuleJson() wrote.
bool applyOrphanScanRule(const QJsonObject &rule, OrphanScanRequest *request, QString *error);

/// Runs `request`: the references (stopping there when they cannot be read or give no
/// key), the listing (objects counted into `*listed` as they come, when given), the
/// comparison, the plan (unless refused or empty), the history. Blocking.
OrphanScanRun runOrphanScan(const OrphanScanRequest &request, const ObjectListingOptions &listing,
                            std::atomic<qint64> *listed = nullptr);

} // namespace qm
