#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace qm::json {

/// Version of every JSON document Quartermaster writes. Bumped only for changes that
/// break readers (a key removed or changing type); new keys do not bump it.
inline constexpr int kSchemaVersion = 1;

/// `fields` with `"schemaVersion": 1` added: every document qmctl prints.
QJsonObject document(QJsonObject fields);

/// `{"schemaVersion": 1, "<itemsKey>": items}`, the shape of every listing.
QJsonObject listing(const QString &itemsKey, const QJsonArray &items);

/// `{"schemaVersion": 1, "error": {"message": message}}`.
QJsonObject error(const QString &message);

/// A byte count, or null when negative (unknown).
QJsonValue bytes(qint64 value);

/// A time as the `...At` fields hold it: ISO-8601 in UTC, to the second
/// ("2026-11-23T10:15:00Z"), from milliseconds since the epoch.
QString time(qint64 msSinceEpoch);
/// The same, or null when `msSinceEpoch` is negative (unknown).
QJsonValue timeOrNull(qint64 msSinceEpoch);

} // namespace qm::json
