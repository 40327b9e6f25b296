#include "volumejson.h"

#include "core/json/schema.h"

#include <cmath>

namespace qm {

QJsonObject volumeToJson(const Volume &volume)
{
    const double percent = volume.usedPercent();
    return QJsonObject{
        {QStringLiteral("mountPoint"), volume.mountPoint},
        {QStringLiteral("device"), volume.device},
        {QStringLiteral("fsType"), volume.fsType},
        {QStringLiteral("totalBytes"), json::bytes(volume.totalBytes)},
        {QStringLiteral("usedBytes"), json::bytes(volume.usedBytes)},
        {QStringLiteral("availableBytes"), json::bytes(volume.availableBytes)},
        {QStringLiteral("usedPercent"), percent < 0.0
                                            ? QJsonValue(QJsonValue::Null)
                                            : QJsonValue(std::round(percent * 100.0) / 100.0)},
        {QStringLiteral("readOnly"), volume.readOnly},
        {QStringLiteral("system"), volume.system},
        {QStringLiteral("state"), volumeStateKey(volume.state)},
        {QStringLiteral("error"), volume.errorString.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                               : QJsonValue(volume.errorString)},
    };
}

} // namespace qm
