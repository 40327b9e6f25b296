#pragma once

#include "volume.h"

#include <QJsonObject>

namespace qm {

/// The JSON form of a volume (docs/architecture.md, "JSON and exit codes of qmctl"): `mountPoint`,
/// `device`, `fsType`, `totalBytes`, `usedBytes`, `availableBytes` (integers, null when unknown),
/// `usedPercent` (rounded to 2 decimals, null when unknown), `readOnly`, `system`,
/// `state` ("ok", "notResponding", "accessDenied", "error") and `error` (null or a
/// message). Keys are never translated; the error message is.
QJsonObject volumeToJson(const Volume &volume);

} // namespace qm
