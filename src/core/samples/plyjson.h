#pragma once

#include "plyfile.h"

#include <QJsonObject>

namespace qm {

/// What `qmctl ply info --format json` prints for a file of `sizeBytes` (schemaVersion
/// included): its format, elements and properties, whether it is a Gaussian splat, and
/// the statistics (bounding box, alpha and scale distributions; null when absent).
QJsonObject plyInfoToJson(const PlyHeader &header, const SplatCloud &cloud,
                          const PlyStatistics &stats, qint64 sizeBytes);

/// `{"schemaVersion": 1, "error": {"offset", "message"}}`.
QJsonObject plyErrorToJson(const PlyError &error);

} // namespace qm
