#pragma once

#include "volume.h"

namespace qm {

/// The free-space thresholds below which a volume is shown as a warning or as
/// critical. Both are percentages of `used + available` (see Volume::freePercent()).
struct UsageThresholds
{
    double warningFreePercent = 20.0;
    double criticalFreePercent = 10.0;

    /// True when both lie in [0, 100] and critical <= warning.
    bool isValid() const;

    friend bool operator==(const UsageThresholds &, const UsageThresholds &) = default;
};

enum class UsageLevel {
    Unknown,  ///< no figures (not responding, access denied, error)
    Normal,   ///< free >= warning threshold
    Warning,  ///< critical <= free < warning
    Critical, ///< free < critical threshold
};

/// The level of `volume` under `thresholds`. A read-only volume is judged like any
/// other: a full read-only image is still full.
UsageLevel usageLevel(const Volume &volume, const UsageThresholds &thresholds);

} // namespace qm
