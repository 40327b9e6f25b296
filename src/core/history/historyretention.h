#pragma once

namespace qm {

/// How long the raw probes and the hourly rollups are kept (14 days and 1 year by
/// default); the ten-minute rollups go with the raw probes, six-hourly and daily ones
/// are kept for good (docs/trends.md, "The history").
struct HistoryRetention
{
    int rawDays = 14;
    int hourlyDays = 365;
};

} // namespace qm
