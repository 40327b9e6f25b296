#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace qm {

/// One sample of a volume: when (ms since the epoch), its used and total bytes.
struct VolumePoint
{
    qint64 timeMs = 0;
    qint64 usedBytes = 0;
    qint64 totalBytes = 0;
    friend bool operator==(const VolumePoint &, const VolumePoint &) = default;
};

/// Why a forecast gives no time (the JSON `reason` key).
enum class ForecastReason {
    None,          ///< every time the caller asked for is given
    TooFewSamples, ///< fewer than 3 samples, or spanning less than a quarter of the window
    Flat,          ///< changed by less than 0.1 % of the volume over the window
    Shrinking,     ///< usage goes down: the volume does not fill
    Noisy,         ///< the samples do not follow a line (R² below 0.5)
    NoThreshold,   ///< no max_disk_usage_percent to reach (secondsToMax only)
};
QString forecastReasonKey(ForecastReason reason);

/// A linear forecast of a volume's usage, counted from `asOfMs`, the newest sample.
struct Forecast
{
    qint64 asOfMs = 0;
    qint64 windowSecs = 0;
    int samples = 0; ///< samples inside the window
    /// Least-squares growth; absent with TooFewSamples.
    std::optional<double> rateBytesPerDay;
    std::optional<qint64> secondsToFull; ///< 0 when already full
    std::optional<qint64> secondsToMax;  ///< 0 when already at or above the threshold
    double rSquared = 0;
    ForecastReason reason = ForecastReason::None;
    friend bool operator==(const Forecast &, const Forecast &) = default;
};

/// Forecasts by host, then by mount point.
using FleetForecasts = QHash<QString, QHash<QString, Forecast>>;

/// Fits a line (least squares) to the samples of the last `windowSecs` before the
/// newest one and projects it to the volume's size and to `maxPercent` of it. Flat,
/// shrinking, noisy and too short series give no times and say why — never a time
/// from a line that does not describe the data. `points` in any order.
Forecast forecastVolume(QList<VolumePoint> points, qint64 windowSecs,
                        std::optional<double> maxPercent = std::nullopt);

} // namespace qm
