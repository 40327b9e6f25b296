#include "plyfile.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace qm {

PlyStatistics plyStatistics(const SplatCloud &cloud)
{
    PlyStatistics stats;
    stats.count = cloud.size();
    constexpr double inf = std::numeric_limits<double>::infinity();
    std::array<double, 3> low = {inf, inf, inf};
    std::array<double, 3> high = {-inf, -inf, -inf};
    for (qsizetype v = 0; v < cloud.size(); ++v) {
        const float *p = cloud.positions.data() + 3 * v;
        if (!std::isfinite(p[0]) || !std::isfinite(p[1]) || !std::isfinite(p[2])) {
            ++stats.nonFinite;
            continue;
        }
        for (size_t axis = 0; axis < 3; ++axis) {
            low[axis] = std::min(low[axis], double(p[axis]));
            high[axis] = std::max(high[axis], double(p[axis]));
        }
    }
    if (stats.count > stats.nonFinite) {
        stats.bboxMin = low;
        stats.bboxMax = high;
    }

    // Histogram of `values` (finite ones only) over [lowEdge, highEdge] of `transform`ed values.
    const auto distribution = [](const std::vector<float> &values, bool logarithmic) {
        PlyDistribution d;
        double sum = 0;
        qint64 n = 0;
        d.min = inf;
        d.max = -inf;
        for (const float value : values) {
            if (!std::isfinite(value) || (logarithmic && value <= 0))
                continue;
            d.min = std::min(d.min, double(value));
            d.max = std::max(d.max, double(value));
            sum += value;
            ++n;
        }
        d.histogram = QList<qint64>(kPlyHistogramBins, 0);
        if (n == 0) {
            d.min = d.max = d.mean = 0;
            return d;
        }
        d.mean = sum / double(n);
        d.histogramLow = logarithmic ? std::log10(d.min) : 0.0;
        d.histogramHigh = logarithmic ? std::log10(d.max) : 1.0;
        const double width = (d.histogramHigh - d.histogramLow) / kPlyHistogramBins;
        for (const float value : values) {
            if (!std::isfinite(value) || (logarithmic && value <= 0))
                continue;
            const double x = logarithmic ? std::log10(double(value)) : double(value);
            const int bin = width > 0 ? int((x - d.histogramLow) / width) : 0;
            ++d.histogram[std::clamp(bin, 0, kPlyHistogramBins - 1)];
        }
        return d;
    };
    if (cloud.hasAlpha())
        stats.alpha = distribution(cloud.alphas, false);
    if (cloud.hasScale())
        stats.scale = distribution(cloud.scales, true);
    return stats;
}

} // namespace qm
