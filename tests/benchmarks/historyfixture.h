#pragma once

// A year of history for the benchmarks: 14 days of minute samples of one volume per
// host through the import and maintenance, the rest of the year as hourly, six-hourly
// and daily rollups written straight into their tables (what a year of maintenance
// leaves). Deterministic: slow growth plus a daily rise that drops back at midnight.

#include "core/history/historystore.h"

#include <QString>

namespace qm::bench {

/// Each volume holds 4 TB, of which 5 % are reserved for root: used + available is
/// 3.8 TB.
constexpr qint64 kVolumeBytes = 4'000'000'000'000;
constexpr qint64 kUsableBytes = kVolumeBytes / 100 * 95;
/// A daily rise of 0.18 % of the volume: usage that looks smooth at any range.
constexpr qint64 kSmallDailyRise = 7'200'000'000;
/// A daily rise of 5 %: a miner that fills its disk by day and syncs it off at night,
/// a zigzag on the chart at every range longer than a day.
constexpr qint64 kLargeDailyRise = 200'000'000'000;

QString hostName(int host);
/// The used bytes of `host`'s volume at `timeMs`, a year ending at `nowMs`.
qint64 usedAt(int host, qint64 timeMs, qint64 nowMs, qint64 dailyRise = kSmallDailyRise);
/// Fills `store` with a year ending at `nowMs` for `hosts` hosts (volume "/").
bool fillYear(HistoryStore &store, qint64 nowMs, int hosts, QString *error,
              qint64 dailyRise = kSmallDailyRise);

} // namespace qm::bench
