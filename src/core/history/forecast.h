#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace qm {

/// One sample of a volume (or the mean of a rollup): when (ms since the epoch), its
/// used, total and available bytes. `availableBytes` is what an unprivileged user can
/// still write, as `df` reports it; -1 where it was not recorded (history from before
/// Quartermaster kept it, or imported without it).
struct VolumePoint
{
    qint64 timeMs = 0;
    qint64 usedBytes = 0;
    qint64 totalBytes = 0;
    qint64 availableBytes = -1;

    bool hasAvailable() const { return availableBytes >= 0; }
    /// The bytes at which the volume is full: used + available (docs/architecture.md,
    /// "Disk figures": full when
    /// nothing is available any more, so blocks reserved for root do not count), or
    /// where the available bytes were not recorded, the size; -1 when neither is known.
    qint64 capacityBytes() const;
    /// used / (used + available) * 100, the figure `df` shows and the Dashboard, the
    /// alerts and `qmctl volumes` use; 0 for an empty filesystem; negative when the
    /// available bytes were not recorded (see capacityBytes() for the fallback).
    double usedPercent() const;

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
    /// The used bytes at which the volume is full (VolumePoint::capacityBytes() of the
    /// newest sample that recorded its available bytes, else of the newest sample); 0
    /// when there is no sample.
    qint64 capacityBytes = 0;
    /// True when no sample in the window recorded its available bytes, so capacityBytes
    /// is the volume's size (and "full" comes later than df would say).
    bool capacityIsSize = false;
    qint64 usedBytes = 0; ///< of the newest sample, where a chart's forecast line starts
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
/// newest one and projects it to the volume's capacity (full: nothing available any
/// more) and to `maxPercent` of it (used / (used + available), as everywhere). Flat,
/// shrinking, noisy and too short series give no times and say why — never a time
/// from a line that does not describe the data. `points` in any order; rollup means
/// should be stamped with the mean time of their samples (HistoryStore does), or a
/// short window tilts the line.
Forecast forecastVolume(QList<VolumePoint> points, qint64 windowSecs,
                        std::optional<double> maxPercent = std::nullopt);

/// A window a forecast can be fitted over: its key (`qmctl history forecast --window`)
/// and length.
struct ForecastWindow
{
    QString key; ///< "6h", "24h", "7d", "30d"
    qint64 seconds = 0;
};

/// The windows the Trends page and `qmctl history forecast` offer, shortest first.
QList<ForecastWindow> forecastWindows();

} // namespace qm
