#include "usagelevel.h"

namespace qm {

bool UsageThresholds::isValid() const
{
    return warningFreePercent >= 0.0 && warningFreePercent <= 100.0 && criticalFreePercent >= 0.0 &&
           criticalFreePercent <= 100.0 && criticalFreePercent <= warningFreePercent;
}

UsageLevel usageLevel(const Volume &volume, const UsageThresholds &thresholds)
{
    const double free = volume.freePercent();
    if (free < 0.0)
        return UsageLevel::Unknown;
    if (free < thresholds.criticalFreePercent)
        return UsageLevel::Critical;
    if (free < thresholds.warningFreePercent)
        return UsageLevel::Warning;
    return UsageLevel::Normal;
}

} // namespace qm
