#include "schema.h"

#include <QDateTime>

namespace qm::json {

QJsonObject document(QJsonObject fields)
{
    fields.insert(QStringLiteral("schemaVersion"), kSchemaVersion);
    return fields;
}

QJsonObject listing(const QString &itemsKey, const QJsonArray &items)
{
    return document({{itemsKey, items}});
}

QJsonObject error(const QString &message)
{
    return document({{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), message}}}});
}

QJsonValue bytes(qint64 value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QString time(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODate);
}

QJsonValue timeOrNull(qint64 msSinceEpoch)
{
    return msSinceEpoch < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(time(msSinceEpoch));
}

} // namespace qm::json
