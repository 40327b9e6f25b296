#include "schema.h"

namespace qm::json {

QJsonObject listing(const QString &itemsKey, const QJsonArray &items)
{
    return QJsonObject{{QStringLiteral("schemaVersion"), kSchemaVersion}, {itemsKey, items}};
}

QJsonObject error(const QString &message)
{
    return QJsonObject{
        {QStringLiteral("schemaVersion"), kSchemaVersion},
        {QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), message}}}};
}

QJsonValue bytes(qint64 value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace qm::json
