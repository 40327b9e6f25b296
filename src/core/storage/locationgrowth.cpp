#include "locationgrowth.h"

#include "locationscanstore.h"

#include <algorithm>

namespace qm {

Forecast forecastLocationSize(const QList<LocationScan> &records, qint64 limitBytes)
{
    QList<VolumePoint> points;
    qint64 largest = 1;
    for (const LocationScan &record : records) {
        points.append({record.scannedAtMs, record.listedBytes, 0, -1});
        largest = std::max(largest, record.listedBytes);
    }
    for (VolumePoint &point : points)
        point.totalBytes = limitBytes > 0 ? limitBytes : largest;
    return forecastVolume(points, kLocationGrowthWindowSecs);
}

} // namespace qm
