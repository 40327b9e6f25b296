#include "forecast.h"

#include <algorithm>
#include <cmath>

namespace qm {

namespace {

constexpr double kMinRSquared = 0.5;
constexpr double kFlatFraction = 0.001; // of the volume, over the whole window
constexpr int kMinSamples = 3;

std::optional<qint64> secondsUntil(double target, double now, double ratePerSec)
{
    if (now >= target)
        return 0;
    const double seconds = (target - now) / ratePerSec;
    if (!std::isfinite(seconds) || seconds > 1e15)
        return std::nullopt;
    return qint64(std::ceil(seconds));
}

} // namespace

qint64 VolumePoint::capacityBytes() const
{
    if (usedBytes >= 0 && availableBytes >= 0)
        return usedBytes + availableBytes;
    return totalBytes >= 0 ? totalBytes : -1;
}

double VolumePoint::usedPercent() const
{
    if (usedBytes < 0 || availableBytes < 0)
        return -1.0;
    const double denominator = double(usedBytes) + double(availableBytes);
    return denominator > 0.0 ? double(usedBytes) * 100.0 / denominator : 0.0;
}

QList<ForecastWindow> forecastWindows()
{
    return {{QStringLiteral("6h"), 6 * 3600},
            {QStringLiteral("24h"), 24 * 3600},
            {QStringLiteral("7d"), 7 * 86400},
            {QStringLiteral("30d"), 30 * 86400}};
}

QString forecastReasonKey(ForecastReason reason)
{
    switch (reason) {
    case ForecastReason::None:
        return {};
    case ForecastReason::TooFewSamples:
        return QStringLiteral("too-few-samples");
    case ForecastReason::Flat:
        return QStringLiteral("flat");
    case ForecastReason::Shrinking:
        return QStringLiteral("shrinking");
    case ForecastReason::Noisy:
        return QStringLiteral("noisy");
    case ForecastReason::NoThreshold:
        return QStringLiteral("no-threshold");
    }
    return {};
}

Forecast forecastVolume(QList<VolumePoint> points, qint64 windowSecs,
                        std::optional<double> maxPercent)
{
    Forecast forecast;
    forecast.windowSecs = windowSecs;
    points.removeIf([](const VolumePoint &p) { return p.usedBytes < 0 || p.capacityBytes() <= 0; });
    if (points.isEmpty()) {
        forecast.reason = ForecastReason::TooFewSamples;
        return forecast;
    }
    std::sort(points.begin(), points.end(),
              [](const VolumePoint &a, const VolumePoint &b) { return a.timeMs < b.timeMs; });
    const VolumePoint newest = points.last();
    forecast.asOfMs = newest.timeMs;
    forecast.usedBytes = newest.usedBytes;
    const qint64 startMs = newest.timeMs - windowSecs * 1000;
    points.removeIf([startMs](const VolumePoint &p) { return p.timeMs < startMs; });
    forecast.samples = int(points.size());
    // Full when nothing is available: at used + available of the newest sample that
    // recorded it (the size only where none did).
    const auto recorded = std::find_if(points.crbegin(), points.crend(),
                                       [](const VolumePoint &p) { return p.hasAvailable(); });
    forecast.capacityIsSize = recorded == points.crend();
    forecast.capacityBytes = (forecast.capacityIsSize ? newest : *recorded).capacityBytes();
    const double spanSecs = double(newest.timeMs - points.first().timeMs) / 1000;
    if (points.size() < kMinSamples || spanSecs < double(windowSecs) / 4) {
        forecast.reason = ForecastReason::TooFewSamples;
        return forecast;
    }

    // Least squares in seconds relative to the newest sample (keeps the sums small).
    const double n = double(points.size());
    double sumT = 0;
    double sumU = 0;
    for (const VolumePoint &p : std::as_const(points)) {
        sumT += double(p.timeMs - newest.timeMs) / 1000;
        sumU += double(p.usedBytes);
    }
    const double meanT = sumT / n;
    const double meanU = sumU / n;
    double sTT = 0;
    double sTU = 0;
    double sUU = 0;
    for (const VolumePoint &p : std::as_const(points)) {
        const double t = double(p.timeMs - newest.timeMs) / 1000 - meanT;
        const double u = double(p.usedBytes) - meanU;
        sTT += t * t;
        sTU += t * u;
        sUU += u * u;
    }
    const double rate = sTT > 0 ? sTU / sTT : 0; // bytes per second
    forecast.rateBytesPerDay = rate * 86400;
    forecast.rSquared = sUU > 0 ? (sTU * sTU) / (sTT * sUU) : 1;

    const double capacity = double(forecast.capacityBytes);
    if (std::abs(rate) * double(windowSecs) < kFlatFraction * capacity) {
        forecast.reason = ForecastReason::Flat;
        return forecast;
    }
    if (rate < 0) {
        forecast.reason = ForecastReason::Shrinking;
        return forecast;
    }
    if (forecast.rSquared < kMinRSquared) {
        forecast.reason = ForecastReason::Noisy;
        return forecast;
    }
    // The fitted line at the newest sample: where usage is now, without its noise.
    const double now = meanU - rate * meanT;
    forecast.secondsToFull = secondsUntil(capacity, now, rate);
    if (maxPercent)
        forecast.secondsToMax = secondsUntil(capacity * *maxPercent / 100, now, rate);
    else
        forecast.reason = ForecastReason::NoThreshold;
    return forecast;
}

} // namespace qm
