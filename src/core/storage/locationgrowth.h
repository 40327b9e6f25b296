#pragma once

// How a storage location's size grows: a line fitted to its listings and scans, like a
// volume's forecast (core/history/forecast.h), projected to the location's size limit
// when it has one (docs/orphans.md, "Size and growth").

#include "core/history/forecast.h"

#include <QList>

namespace qm {

struct LocationScan;

/// How far back a location's growth is fitted: 30 days (listings come daily at best).
inline constexpr qint64 kLocationGrowthWindowSecs = 30 * 86'400;

/// Fits the sizes of `records` (one location's scans and listings, any order) over the
/// kLocationGrowthWindowSecs before the newest. With `limitBytes` > 0 the limit is the
/// capacity: secondsToFull is the time until the location reaches it. Without one, its
/// largest size stands in (a point without a capacity is not fitted, and "flat" means
/// under 0.1 % of what it holds): only the rate means anything then.
Forecast forecastLocationSize(const QList<LocationScan> &records, qint64 limitBytes);

} // namespace qm
