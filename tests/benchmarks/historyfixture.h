#pragma once

// A year of history for the benchmarks: 14 days of minute samples of one volume per
// host through the import and maintenance, the rest of the year as hourly, six-hourly
// and daily rollups written straight into their tables (what a year of maintenance
// leaves). Deterministic: slow growth with a daily wobble, per host.

#include "history/historystore.h"

#include <QString>

namespace qm::bench {

QString hostName(int host);
/// The used bytes of `host`'s volume at `timeMs`, a year ending at `nowMs`.
qint64 usedAt(int host, qint64 timeMs, qint64 nowMs);
/// Fills `store` with a year ending at `nowMs` for `hosts` hosts (volume "/").
bool fillYear(HistoryStore &store, qint64 nowMs, int hosts, QString *error);

} // namespace qm::bench
