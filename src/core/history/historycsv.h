#pragma once

#include "historystore.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace qm {

/// Reads a history CSV for `qmctl history import`: a header naming the columns
/// `host,mount,time,total_bytes,used_bytes` and optionally `available_bytes` and
/// `category,bytes`, in any order; times as ISO 8601 (UTC when no offset is given) or
/// seconds since the epoch. A row may leave the volume columns or the category columns
/// empty; an empty (or absent) available_bytes is kept as unknown, never guessed from
/// the size. All or nothing:
/// false with the first errors ("line 7: used_bytes '12x' is not a number") when any
/// row is bad, so nothing half-read is imported.
bool parseHistoryCsv(const QByteArray &text, QList<ImportedSample> *samples, QStringList *errors);

/// One CSV field as the history files write it: in double quotes (a quote doubled) when
/// it holds a comma, quote or line break; as it is otherwise.
QString csvField(const QString &text);

/// Parses a time as `qmctl history` takes it: ISO 8601 (UTC unless an offset is given)
/// or seconds since the epoch (a fraction allowed). Nothing on anything else.
std::optional<qint64> parseHistoryTime(const QString &text);

} // namespace qm
