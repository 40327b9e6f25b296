#pragma once

// The maintenance watermarks of a history and the rollup periods they belong to,
// shared by the .cpp files of HistoryStore.

#include "historystore.h"

#include <QString>

#include <utility>

namespace qm {

inline const QString kHourlyUntil = QStringLiteral("hourly_until");
inline const QString kSixHourlyUntil = QStringLiteral("six_hourly_until");
inline const QString kTenMinuteUntil = QStringLiteral("ten_minute_until");
inline const QString kDailyUntil = QStringLiteral("daily_until");

inline qint64 floorTo(qint64 timeMs, qint64 periodMs)
{
    return timeMs - ((timeMs % periodMs) + periodMs) % periodMs;
}

/// The periods of the rollups, finest first, with the names of their watermarks.
inline const std::pair<qint64, QString> kRollupLevels[] = {
    {HistoryStore::kTenMinutesMs, kTenMinuteUntil},
    {HistoryStore::kHourMs, kHourlyUntil},
    {HistoryStore::kSixHoursMs, kSixHourlyUntil},
    {HistoryStore::kDayMs, kDailyUntil},
};

} // namespace qm
