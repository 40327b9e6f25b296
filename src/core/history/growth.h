#pragma once

#include "historystore.h"

#include <QList>
#include <QString>

#include <optional>

namespace qm {

/// How one data category of one host changed: its size at the host's newest probe and
/// the change since the probe before, since 24 hours and since 7 days before it. A
/// change is absent when the history does not reach back that far.
struct CategoryGrowth
{
    QString host;
    QString category;
    qint64 asOfMs = 0; ///< the host's newest probe with this category
    qint64 bytes = 0;
    std::optional<qint64> sincePrevious;
    std::optional<qint64> since24h;
    std::optional<qint64> since7d;
};

/// Which change "largest first" sorts by.
enum class GrowthPeriod { Previous, Day, Week };

/// "What grew": every host's data categories with their changes, largest growth over
/// `sortBy` first (absent changes last). A category's size at a probe is its sum over
/// the host's data roots; where the raw probes are gone, the hourly (then daily) mean
/// of the bucket at or before the time stands in.
QList<CategoryGrowth> whatGrew(const HistoryStore &store, GrowthPeriod sortBy = GrowthPeriod::Week);

} // namespace qm
